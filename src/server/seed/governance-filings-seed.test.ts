import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../platform/authz/actor.js';
import { describeEachEngine } from '../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../testing/test-luban.js';
import { seedDemoFilings } from './governance-filings-seed.js';

describeEachEngine('demo filings seed', (engine) => {
  let t: TestLuban;
  beforeAll(async () => {
    t = await createTestLuban(engine);
  });
  afterAll(async () => t.close());

  it('opens next year’s cycle with demo items at DEMO-GD-01 (a withdrawal only of an offering the college has), once', async () => {
    const year = new Date().getUTCFullYear() + 1;
    await t.deps.db.transaction((tx) =>
      t.governance.api.recordBaselineOfferings(tx, systemActor('test'), [
        { provinceCode: '440000', collegeId: 'DEMO-GD-01', programCode: 'SAMPLE-H080101', programName: '现代文秘', catalogVersionId: 'SAMPLE-2021', year: year - 1, status: 'recorded', isDemo: true },
      ], 'test'),
    );
    expect(await seedDemoFilings(t)).toEqual({ year, items: 4 });
    expect(await seedDemoFilings(t)).toBeNull();

    const session = await t.login('demo.province');
    const cycle = (await t.request({ method: 'GET', url: `/api/v1/governance/filing-cycles/${year}`, session })).json();
    expect(cycle.isDemo).toBe(true);
    expect(new Date(cycle.controlledApplicationsCloseAt).getTime()).toBeGreaterThan(Date.now());
    const items = (await t.request({ method: 'GET', url: `/api/v1/governance/filing-items?college=DEMO-GD-01&year=${year}`, session })).json().items as { programCode: string; kind: string; status: string; isDemo: boolean; isControlled: boolean; justification: string }[];
    const byCode = Object.fromEntries(items.map((i) => [i.programCode, i]));
    expect(items.every((i) => i.isDemo && i.programCode.startsWith('SAMPLE-') && i.justification.includes('演示数据'))).toBe(true);
    expect(byCode['SAMPLE-H010103']).toMatchObject({ kind: 'new', status: 'draft' });
    expect(byCode['SAMPLE-H070101']).toMatchObject({ kind: 'new', status: 'submitted', isControlled: false });
    expect(byCode['SAMPLE-H050101']).toMatchObject({ kind: 'new', status: 'submitted', isControlled: true });
    expect(byCode['SAMPLE-H080101']).toMatchObject({ kind: 'withdrawn', status: 'draft' });
  });
});
