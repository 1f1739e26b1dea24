import { z } from 'zod';
import { pageQuerySchema, pageSchema } from './common.js';

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorType: z.string(),
  actorId: z.string(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  scope: z.string(),
  details: z.unknown(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  actorId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
export const auditPageSchema = pageSchema(auditEntrySchema);

export const chainProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('altered'), seq: z.number() }),
  z.object({ kind: z.literal('missing'), fromSeq: z.number(), toSeq: z.number() }),
  z.object({ kind: z.literal('broken_link'), seq: z.number() }),
  z.object({ kind: z.literal('head_mismatch'), headSeq: z.number(), lastSeq: z.number() }),
]);

export const auditVerificationSchema = z.object({
  checked: z.number().int(),
  lastSeq: z.number().int(),
  isIntact: z.boolean(),
  problems: z.array(chainProblemSchema),
  verifiedAt: z.string(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
