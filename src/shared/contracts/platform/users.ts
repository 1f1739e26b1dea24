import { z } from 'zod';
import { localeSchema, pageQuerySchema, pageSchema } from './common.js';
import { roleAssignmentSchema, roleSchema, scopeSchema } from './roles.js';
import { assignmentViewSchema, passwordSchema, usernameSchema } from './auth.js';

export const userStatusSchema = z.enum(['active', 'disabled']);

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: localeSchema,
  status: userStatusSchema,
  isDemo: z.boolean(),
  isLocked: z.boolean(),
  assignments: z.array(assignmentViewSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Matches username or display name'),
  role: roleSchema.optional(),
  scope: scopeSchema.optional().describe('Only users holding a role at exactly this scope'),
  status: userStatusSchema.optional(),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
export const userPageSchema = pageSchema(userSchema);

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(100),
  email: z.email().max(200).optional(),
  password: passwordSchema,
  locale: localeSchema.default('zh-CN'),
  assignments: z.array(roleAssignmentSchema).min(1).max(20),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  email: z.email().max(200).nullable().optional(),
  locale: localeSchema.optional(),
  status: userStatusSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;

export const setAssignmentsRequestSchema = z.object({
  assignments: z.array(roleAssignmentSchema).min(1).max(20),
});
export type SetAssignmentsRequest = z.infer<typeof setAssignmentsRequestSchema>;

export const resetPasswordRequestSchema = z.object({ password: passwordSchema });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  keyPrefix: z.string(),
  assignments: z.array(assignmentViewSchema),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyRequestSchema = z.object({
  name: z.string().trim().min(1).max(100),
  assignments: z.array(roleAssignmentSchema).min(1).max(20),
  expiresAt: z.iso.datetime().optional(),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeyRequestSchema>;

/** Returned once, at creation: the secret is never shown again. */
export const createdApiKeySchema = apiKeySchema.extend({ secret: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const apiKeyPageSchema = pageSchema(apiKeySchema);

/** A scope the caller may grant a role at, with its human-readable name. */
export const assignableScopeSchema = z.object({ scope: z.string(), label: z.string() });
export type AssignableScope = z.infer<typeof assignableScopeSchema>;
export const assignableScopesQuerySchema = z.object({ role: roleSchema, q: z.string().trim().max(100).optional() });
export const assignableScopesResponseSchema = z.object({ items: z.array(assignableScopeSchema) });
