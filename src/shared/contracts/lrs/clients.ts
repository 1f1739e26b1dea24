import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';
import { scopeSchema } from '../platform/roles.js';

/**
 * What an LRS client may do: `write` statements and documents, read only the statements it
 * wrote (`read-own`), or read every statement in its scope (`read-all`).
 */
export const lrsPermissionSchema = z.enum(['write', 'read-own', 'read-all']);
export type LrsPermission = z.infer<typeof lrsPermissionSchema>;

export const lrsClientSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The HTTP Basic username. */
  key: z.string(),
  scope: z.string(),
  permissions: z.array(lrsPermissionSchema),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type LrsClient = z.infer<typeof lrsClientSchema>;

export const createLrsClientRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  scope: scopeSchema.refine((scope) => scope !== 'self', 'an LRS client cannot be bound to self'),
  permissions: z.array(lrsPermissionSchema).min(1).max(3),
});
export type CreateLrsClientRequest = z.infer<typeof createLrsClientRequestSchema>;

/** Returned once, at creation: the secret is stored only as a hash. */
export const createdLrsClientSchema = lrsClientSchema.extend({ secret: z.string() });
export type CreatedLrsClient = z.infer<typeof createdLrsClientSchema>;

export const listLrsClientsQuerySchema = pageQuerySchema.extend({
  includeRevoked: z.enum(['true', 'false']).optional().describe('Also list revoked clients'),
});
export type ListLrsClientsQuery = z.infer<typeof listLrsClientsQuerySchema>;

export const lrsClientPageSchema = pageSchema(lrsClientSchema);
