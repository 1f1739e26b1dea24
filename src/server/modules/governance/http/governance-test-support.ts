import { systemActor } from '../../../platform/authz/actor.js';
import { TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';

/** Test fixtures shared by the filings and warnings route tests (test code only). */
export type Fixture = { collegeId: string; college: Session; otherCollege: Session; province: Session; otherProvince: Session; national: Session };

let counter = 0;

/** A fresh college in Guangdong (440000) with its own administrator, so tests never share offerings. */
export async function createFixture(t: TestLuban, label: string): Promise<Fixture> {
  counter += 1;
  const collegeId = `TEST-GD-${label}-${counter}`.toUpperCase();
  await t.institutions.api.upsertColleges(t.deps.db, [
    { id: collegeId, name: `测试学院 ${label}`, nameEn: `Test college ${label}`, provinceCode: '440000', regionCode: '440100', level: 'higher', ownership: 'public', authority: 'test', isDemo: true },
  ]);
  const username = `admin.${collegeId.toLowerCase()}`;
  await t.identity.api.createUser(systemActor('test'), { username, displayName: username, password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'college_admin', scope: `college:${collegeId}` }] });
  const otherProvinceUser = `prov.js.${collegeId.toLowerCase()}`;
  await t.identity.api.createUser(systemActor('test'), { username: otherProvinceUser, displayName: otherProvinceUser, password: TEST_PASSWORD, locale: 'en', assignments: [{ role: 'province_admin', scope: 'province:320000' }] });
  return {
    collegeId,
    college: await t.login(username),
    otherCollege: await t.login('demo.college'),
    province: await t.login('demo.province'),
    otherProvince: await t.login(otherProvinceUser),
    national: await t.login('demo.national'),
  };
}

/** Offerings the college already has (recorded in an earlier year), without a filing. */
export async function giveOfferings(t: TestLuban, collegeId: string, year: number, programs: { code: string; name: string }[]): Promise<void> {
  await t.deps.db.transaction(async (tx) => {
    await t.governance.api.recordBaselineOfferings(tx, systemActor('test'), programs.map((p) => ({
      provinceCode: '440000', collegeId, programCode: p.code, programName: p.name, catalogVersionId: 'SAMPLE-2024S', year, status: 'recorded', isDemo: true,
    })), 'test');
  });
}

export const justification = '本地电子信息产业人才需求调研显示未来三年每年缺口约三百人，校企合作企业已承诺提供实训岗位。Industry research shows demand.';
