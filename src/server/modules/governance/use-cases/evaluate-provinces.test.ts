import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { seedGovernanceData } from '../../../seed/governance-data-seed.js';
import type { RuleFinding } from '../../../../shared/contracts/governance/findings.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';
import type { RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import { evaluatePacks, prefectureOf, type RuleEngineInput, type RuleOffering } from '../domain/rules/index.js';
import { offeringSpans } from '../domain/offering-spans.js';
import { loadProvinceIndicators } from '../indicators.repository.js';
import { loadProvinceOfferingStatuses } from '../rule-runs.repository.js';
import { LOOK_BACK_YEARS } from './load-rule-input.js';

/**
 * Findings equality: the rule-run path (evaluateProvinces — what a rule run and the benchmark
 * time) must give exactly the findings it gave when these golden values were taken, on the
 * demo-scale generated data (three provinces, ~90 colleges), and the same findings as the
 * engine over the full stored rows (the pre-719cc66 loader, rebuilt here). The province packs
 * are also evaluated re-targeted onto the demo provinces, so every default pack's rules run.
 * Any optimisation of the loader or the engine must keep this test green unchanged.
 */
const YEAR = 2025;
const PROVINCES = ['320000', '440000', '510000'];

/**
 * Per evaluated year, taken from the current code (and equal to the full-row reference): findings
 * per `packId/ruleId`, the sha256 of every finding (canonical JSON, in fingerprint order) and of
 * every rule's summary (evaluated, fired, insufficient, not applicable, by severity).
 */
const GOLDEN: Record<number, { counts: Record<string, number>; findings: string; summaries: string }> = {
  2025: {
    counts: {
      'cn-fujian-2023-on-demo/bottom-10-percent-two-years': 18,
      'cn-fujian-2023-on-demo/prefecture-share-above-50-secondary': 3,
      'cn-fujian-2023-on-demo/programs-per-enrollment-higher': 24,
      'cn-fujian-2023-on-demo/programs-per-enrollment-secondary': 60,
      'cn-national-undergraduate/dual-qualified-below-50': 1,
      'cn-national-undergraduate/student-teacher-ratio-above-18': 1,
      'cn-national/destination-below-60-two-years': 1,
      'cn-national/no-enrollment-3-years': 5,
      'cn-shandong-2017-on-demo/no-enrollment-3-years': 5,
      'cn-shanxi-2024-on-demo/no-enrollment-3-years': 5,
      'cn-tianjin-2009-on-demo/employment-ladder': 1,
    },
    findings: 'd8c860972b480cb4fcb19256436262a63a0d0aff7408ff14f74c69305198c43e',
    summaries: '682cc68f9ccbea420c86a3c6686e1e9367226270039e3cfd9915f05bd5e4fe7d',
  },
  2024: {
    counts: {
      'cn-fujian-2023-on-demo/bottom-10-percent-two-years': 17,
      'cn-fujian-2023-on-demo/prefecture-share-above-50-secondary': 3,
      'cn-fujian-2023-on-demo/programs-per-enrollment-higher': 24,
      'cn-fujian-2023-on-demo/programs-per-enrollment-secondary': 60,
      'cn-national-undergraduate/dual-qualified-below-50': 1,
      'cn-national-undergraduate/student-teacher-ratio-above-18': 2,
      'cn-national/no-enrollment-3-years': 2,
      'cn-shandong-2017-on-demo/no-enrollment-3-years': 2,
      'cn-shanxi-2024-on-demo/no-enrollment-3-years': 2,
      'cn-tianjin-2009-on-demo/employment-ladder': 1,
    },
    findings: '658cde179a32d4087894af57ad3d0c6612dfaada826fe90b32d432120ecca372',
    summaries: '8a1a4f52a07cba17ceb40a1a32a7a53b0ff4e55903c679964026ad469cf8fc1d',
  },
};

/** JSON with object keys sorted, so the digest depends on values only, not on construction order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function countsOf(findings: readonly RuleFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[`${f.packId}/${f.ruleId}`] = (counts[`${f.packId}/${f.ruleId}`] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

type Summary = { packId: string; ruleId: string; evaluated: number; fired: number; insufficient: number; notApplicable: number; bySeverity: Partial<Record<string, number>> };

/** Per-rule summaries added up over provinces, as one digest. */
function summaryDigest(summaries: readonly Summary[]): string {
  const total = new Map<string, Summary>();
  for (const s of summaries) {
    const key = `${s.packId}/${s.ruleId}`;
    const t = total.get(key) ?? { packId: s.packId, ruleId: s.ruleId, evaluated: 0, fired: 0, insufficient: 0, notApplicable: 0, bySeverity: {} };
    t.evaluated += s.evaluated;
    t.fired += s.fired;
    t.insufficient += s.insufficient;
    t.notApplicable += s.notApplicable;
    for (const [severity, n] of Object.entries(s.bySeverity)) t.bySeverity[severity] = (t.bySeverity[severity] ?? 0) + (n ?? 0);
    total.set(key, t);
  }
  return createHash('sha256').update(canonical([...total.entries()].sort(([a], [b]) => (a < b ? -1 : 1)))).digest('hex');
}

function digestOf(findings: readonly RuleFinding[]): string {
  const hash = createHash('sha256');
  for (const f of [...findings].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))) hash.update(canonical(f)).update('\n');
  return hash.digest('hex');
}

/** The engine's input as the loader built it before 719cc66: every status row and every stored indicator row. */
async function fullRowInput(t: TestLuban, provinceCode: string, year: number): Promise<RuleEngineInput> {
  const db = t.deps.db;
  const [collegeRows, statuses, indicators] = await Promise.all([
    t.institutions.api.listCollegesInProvince(db, provinceCode),
    loadProvinceOfferingStatuses(db, provinceCode),
    loadProvinceIndicators(db, provinceCode, { from: year - LOOK_BACK_YEARS + 1, to: year }),
  ]);
  const colleges = collegeRows.map((c) => ({ id: c.id, provinceCode: c.provinceCode, prefectureCode: prefectureOf(c.regionCode), level: c.level, ownership: c.ownership, openedYear: null }));
  const levelOfCollege = new Map(colleges.map((c) => [c.id, c.level]));
  const levelOfReported = new Map(indicators.map((r) => [`${r.collegeId}:${r.programCode}`, r.level]));
  const spans = offeringSpans(statuses, indicators);
  const names = new Map<string, Map<string, Awaited<ReturnType<typeof t.catalog.api.listProgramNames>>[number]>>();
  for (const version of new Set(spans.map((s) => s.catalogVersionId))) names.set(version, new Map((await t.catalog.api.listProgramNames(version)).map((p) => [p.code, p])));
  const offerings: RuleOffering[] = spans.map((span) => {
    const id = `${span.collegeId}:${span.programCode}`;
    const program = names.get(span.catalogVersionId)?.get(span.programCode);
    const level: OfferingLevel = program?.level ?? levelOfReported.get(id) ?? levelOfCollege.get(span.collegeId) ?? 'higher';
    return {
      id, provinceCode, collegeId: span.collegeId, programCode: span.programCode, level, openedYear: span.openedYear, closedYear: span.closedYear,
      majorCode: program?.majorCode ?? '', majorName: program?.majorName ?? '', categoryCode: program?.categoryCode ?? '',
      categoryName: program?.categoryName ?? '', programName: program?.name ?? span.programCode,
    };
  });
  return { colleges, offerings, indicators };
}

describeEachEngine('rule evaluation: findings equal the golden values and the full-row engine', (engine) => {
  let t: TestLuban;
  let packs: RulePack[];
  beforeAll(async () => {
    t = await createTestLuban(engine);
    const seeded = await seedGovernanceData(t, new Date('2026-03-01T00:00:00Z'));
    if (!seeded) throw new Error('the governance demo data was not seeded');
    const inForce = await t.governance.api.packsInForce(YEAR);
    // the province packs once more, re-targeted onto the demo provinces, so their rules meet data
    const retargeted = inForce.filter((p) => p.ownerScope.startsWith('province:')).map((p) => ({ ...p, id: `${p.id}-on-demo`, appliesTo: PROVINCES }));
    packs = [...inForce, ...retargeted];
  }, 120_000);
  afterAll(async () => t.close());

  it('evaluates every pack in force, the province packs also on the demo provinces', () => {
    const ids = packs.map((p) => p.id).sort();
    expect(ids).toEqual(expect.arrayContaining(['cn-national', 'cn-national-undergraduate', 'cn-anhui-2022', 'cn-anhui-2022-on-demo', 'cn-fujian-2023-on-demo', 'cn-shandong-2017-on-demo', 'cn-shanxi-2024-on-demo', 'cn-tianjin-2009-on-demo']));
  });

  for (const year of [2025, 2024]) {
    it(`gives the golden findings for ${year}, and the same as the engine over every stored row`, async () => {
      const { findings, offerings, counts } = await t.governance.api.evaluateProvinces(PROVINCES, year, packs);
      const reference: RuleFinding[] = [];
      const referenceSummaries: Summary[] = [];
      let referenceOfferings = 0;
      for (const province of PROVINCES) {
        const input = await fullRowInput(t, province, year);
        referenceOfferings += input.offerings.length;
        const result = evaluatePacks(packs, input, { year });
        reference.push(...result.findings);
        referenceSummaries.push(...result.summary);
      }
      const actual = { counts: countsOf(findings), findings: digestOf(findings), summaries: summaryDigest(counts) };
            expect(offerings).toBe(referenceOfferings);
      expect(actual).toEqual({ counts: countsOf(reference), findings: digestOf(reference), summaries: summaryDigest(referenceSummaries) });
      expect(actual).toEqual(GOLDEN[year]);
    });
  }

  it('gives one province the findings of that province in the whole run', async () => {
    const whole = await t.governance.api.evaluateProvinces(PROVINCES, YEAR, packs);
    const one = await t.governance.api.evaluateProvinces(['440000'], YEAR, packs);
    const inProvince = whole.findings.filter((f) => f.subject.provinceCode === '440000');
    expect(one.findings.length).toBeGreaterThan(0);
    expect(digestOf(one.findings)).toBe(digestOf(inProvince));
  });
});
