import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestLuban, type TestLuban } from '../testing/test-luban.js';
import { describeEachEngine } from '../testing/test-db.js';
import { seedGovernanceData, type GovernanceSeedResult } from './governance-data-seed.js';

describeEachEngine('governance demo data from the generator', (engine) => {
  let t: TestLuban;
  let result: GovernanceSeedResult | undefined;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    result = await seedGovernanceData(t, new Date('2026-03-01T00:00:00Z'));
  }, 120_000);
  afterAll(async () => t.close());

  it('loads labelled offerings and indicators for the five past years and runs the rules once', async () => {
    expect(result).toBeDefined();
    if (!result) return;
    process.stdout.write(`governance demo seed on ${engine}: ${result.ms} ms, ${result.colleges} generated colleges, ${result.offerings} offerings, ${result.indicators} indicator rows, ${result.warnings} warnings\n`);
    expect(result.offerings).toBeGreaterThan(200);
    expect(result.indicators).toBeGreaterThan(result.offerings * 3);
    expect(result.ruleRunId).not.toBeNull();
    expect(result.warnings).toBeGreaterThan(0);

    const session = await t.login('demo.national');
    const rows = await t.request({ method: 'GET', url: '/api/v1/governance/indicators?limit=500', session });
    const page = rows.json() as { items: { collegeId: string; programCode: string; year: number; isGenerated: boolean }[] };
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((r) => r.isGenerated && r.programCode.startsWith('SAMPLE-') && /^(GEN-|DEMO-)/.test(r.collegeId))).toBe(true);
    expect(new Set(page.items.map((r) => r.year))).toEqual(new Set([2021, 2022, 2023, 2024, 2025]));
    // the demo college carries data too, so its administrator sees warnings and indicators
    const college = await t.login('demo.college');
    const own = (await t.request({ method: 'GET', url: '/api/v1/governance/indicators?limit=10', session: college })).json() as { items: { collegeId: string }[] };
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((r) => r.collegeId === 'DEMO-GD-01')).toBe(true);

    const run = (await t.request({ method: 'GET', url: `/api/v1/governance/rule-runs/${result.ruleRunId}`, session })).json() as { status: string; trigger: string; provinces: string[]; findings: number };
    expect(run).toMatchObject({ status: 'succeeded', trigger: 'seed' });
    expect(run.provinces.sort()).toEqual(['320000', '440000', '510000']);
    expect(run.findings).toBeGreaterThan(0);
  });

  it('does nothing a second time', async () => {
    expect(await seedGovernanceData(t)).toBeUndefined();
  });
});

describe('governance demo seed mapping', () => {
  it('is deterministic: the same seed gives the same offerings', async () => {
    const { generateWorld } = await import('../../../bench/generator/generate.js');
    const a = generateWorld({ scale: 'demo', seed: 'luban', startYear: 2021 });
    const b = generateWorld({ scale: 'demo', seed: 'luban', startYear: 2021 });
    expect(a.offerings.map((o) => o.id)).toEqual(b.offerings.map((o) => o.id));
  });
});
