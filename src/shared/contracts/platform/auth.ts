import { z } from 'zod';
import { localeSchema } from './common.js';
import { roleAssignmentSchema } from './roles.js';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, dot, underscore and hyphen only');

export const passwordSchema = z.string().min(10).max(200);

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const assignmentViewSchema = roleAssignmentSchema.extend({
  scopeLabel: z.string().describe('Human-readable name of the scope (province, college …)'),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const meSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: localeSchema,
  isDemo: z.boolean(),
  assignments: z.array(assignmentViewSchema),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeRequestSchema = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  locale: localeSchema.optional(),
});
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const metaSchema = z.object({
  name: z.literal('Luban'),
  version: z.string(),
  mode: z.enum(['demo', 'production']),
  engine: z.enum(['pglite', 'postgres']),
});
export type Meta = z.infer<typeof metaSchema>;
