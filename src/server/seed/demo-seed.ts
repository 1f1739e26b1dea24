import type { Luban } from '../compose.js';
import { systemActor } from '../platform/authz/actor.js';
import { generatePassword } from '../platform/identity/domain/password.js';
import type { CollegeInput } from '../modules/institutions/index.js';
import type { Role } from '../../shared/contracts/platform/roles.js';

/**
 * Demo colleges: generated, deterministic and labelled as demo data. Their ids start
 * with DEMO- so they can never be mistaken for MOE institution codes.
 */
export const demoColleges: CollegeInput[] = [
  { id: 'DEMO-GD-01', name: '演示职业技术学院（广州）', nameEn: 'Demo Polytechnic (Guangzhou)', provinceCode: '440000', regionCode: '440100', level: 'higher', ownership: 'public', authority: '演示数据', isDemo: true },
  { id: 'DEMO-GD-02', name: '演示工程职业学院（深圳）', nameEn: 'Demo Engineering College (Shenzhen)', provinceCode: '440000', regionCode: '440300', level: 'higher', ownership: 'private', authority: '演示数据', isDemo: true },
  { id: 'DEMO-JS-01', name: '演示技师学院（南京）', nameEn: 'Demo Technician College (Nanjing)', provinceCode: '320000', regionCode: '320100', level: 'higher', ownership: 'public', authority: '演示数据', isDemo: true },
  { id: 'DEMO-JS-02', name: '演示中等职业学校（苏州）', nameEn: 'Demo Vocational School (Suzhou)', provinceCode: '320000', regionCode: '320500', level: 'secondary', ownership: 'public', authority: '演示数据', isDemo: true },
];

export type DemoAccount = { username: string; displayName: string; role: Role; scope: string; password: string };

export const demoAccountPlan: Omit<DemoAccount, 'password'>[] = [
  { username: 'demo.national', displayName: '演示·国家管理员', role: 'national_admin', scope: 'national' },
  { username: 'demo.province', displayName: '演示·广东省管理员', role: 'province_admin', scope: 'province:440000' },
  { username: 'demo.college', displayName: '演示·院校管理员', role: 'college_admin', scope: 'college:DEMO-GD-01' },
  { username: 'demo.teacher', displayName: '演示·教师', role: 'teacher', scope: 'college:DEMO-GD-01' },
  { username: 'demo.student', displayName: '演示·学生', role: 'student', scope: 'college:DEMO-GD-01' },
  { username: 'demo.enterprise', displayName: '演示·企业用户', role: 'enterprise', scope: 'enterprise:DEMO-ENT-01' },
  { username: 'demo.auditor', displayName: '演示·审计员', role: 'auditor', scope: 'national' },
];

/** Loads regions (always) and, in demo mode on an empty database, demo colleges and one account per role. */
export async function seedReferenceData(luban: Luban): Promise<{ regions: number }> {
  const regions = await luban.institutions.api.ensureRegions(luban.deps.db);
  // the rule engine's default packs (national, provincial, international references): in every mode
  await luban.governance.api.seedDefaultRulePacks(systemActor('reference-seed'));
  return { regions };
}

export async function seedDemo(luban: Luban, passwordFor: (username: string) => string = () => generatePassword()): Promise<DemoAccount[]> {
  await luban.institutions.api.upsertColleges(luban.deps.db, demoColleges);
  const actor = systemActor('demo-seed');
  const accounts: DemoAccount[] = [];
  for (const plan of demoAccountPlan) {
    const password = passwordFor(plan.username);
    await luban.identity.api.createUser(actor, {
      username: plan.username,
      displayName: plan.displayName,
      password,
      locale: 'zh-CN',
      assignments: [{ role: plan.role, scope: plan.scope }],
    });
    accounts.push({ ...plan, password });
  }
  await luban.identity.api.markDemoUsers(accounts.map((a) => a.username));
  // the sample catalog: SAMPLE- codes, every version flagged isSample (replaced in use by an imported real one)
  await luban.catalog.api.seedSampleCatalog(actor);
  await luban.governance.api.seedDefaultRulePacks(actor);
  return accounts;
}

export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const width = Math.max(...accounts.map((a) => a.username.length));
  const lines = accounts.map((a) => `  ${a.username.padEnd(width)}  ${a.password}  ${a.role} @ ${a.scope}`);
  return [
    '',
    '┌ Luban demo accounts (DEMO DATA — shown once; store them now) ─────────',
    ...lines,
    '└────────────────────────────────────────────────────────────────────────',
    '',
  ].join('\n');
}
