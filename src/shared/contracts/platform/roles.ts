import { z } from 'zod';

/** The roles of ARCHITECTURE.md. A user holds (role, scope) assignments. */
export const roles = [
  'national_admin',
  'province_admin',
  'college_admin',
  'teacher',
  'student',
  'enterprise',
  'workshop_partner',
  'auditor',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/**
 * Scopes: `national`, `province:<GB/T 2260 province code>`, `college:<id>`,
 * `enterprise:<id>`, `self`.
 */
export const scopeSchema = z
  .string()
  .regex(
    /^(national|self|province:\d{2}0000|college:[A-Za-z0-9_-]{1,40}|enterprise:[A-Za-z0-9_-]{1,40})$/,
    'must be national, self, province:<6-digit code ending 0000>, college:<id> or enterprise:<id>',
  );
export type Scope = string;

export const roleAssignmentSchema = z.object({ role: roleSchema, scope: scopeSchema });
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

/** Which scope kinds each role may be held at. */
export const roleScopeKinds: Record<Role, readonly ScopeKind[]> = {
  national_admin: ['national'],
  province_admin: ['province'],
  college_admin: ['college'],
  teacher: ['college'],
  student: ['college', 'self'],
  enterprise: ['enterprise'],
  workshop_partner: ['college', 'national', 'self'],
  auditor: ['national', 'province'],
};

export type ScopeKind = 'national' | 'province' | 'college' | 'enterprise' | 'self';

export function scopeKind(scope: Scope): ScopeKind {
  const kind = scope.split(':', 1)[0];
  if (kind === 'national' || kind === 'province' || kind === 'college' || kind === 'enterprise' || kind === 'self') {
    return kind;
  }
  throw new Error(`unknown scope kind in ${scope}`);
}
