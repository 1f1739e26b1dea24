import type { Luban } from '../compose.js';
import { systemActor } from '../platform/authz/actor.js';
import type { CollegeInput } from '../modules/institutions/index.js';
import type { ProgramNames } from '../modules/catalog/index.js';
import type { GeneratedData, IndicatorRecord } from '../modules/governance/index.js';
import type { OfferingLevel, ProgramOffering } from '../../shared/contracts/governance/indicators.js';
import { generateIndicators, generateWorld, type GeneratedProgram, type GeneratedWorld } from '../../../bench/generator/generate.js';
import { demoColleges } from './demo-seed.js';

/**
 * Governance demo data from the deterministic generator (scale `demo`), mapped onto the sample
 * catalog (SAMPLE-… codes) and onto the demo colleges plus generated colleges (GEN-…, named
 * …（生成数据）): offerings recorded for the five past years, their yearly indicators, and one
 * national rule run so dashboards have warnings. Everything is flagged generated / demo.
 * Only on a database whose current catalog is the sample and that has no indicators yet.
 */
export type GovernanceSeedResult = { colleges: number; offerings: number; indicators: number; ruleRunId: string | null; warnings: number; ms: number };

type Mapped = { collegeId: string; programCode: string; program: ProgramNames };

/** Generated programs of a level, most popular first, each onto a sample program (round robin). */
function mapPrograms(world: GeneratedWorld, sample: readonly ProgramNames[]): Map<string, ProgramNames> {
  const mapping = new Map<string, ProgramNames>();
  for (const level of ['secondary', 'higher', 'undergraduate'] as const satisfies readonly OfferingLevel[]) {
    const targets = sample.filter((p) => p.level === level);
    const programs = world.programs.filter((p) => p.level === level).sort((a: GeneratedProgram, b: GeneratedProgram) => b.popularity - a.popularity || (a.code < b.code ? -1 : 1));
    programs.forEach((p, i) => {
      const target = targets[i % Math.max(1, targets.length)];
      if (target) mapping.set(p.code, target);
    });
  }
  return mapping;
}

/** Each demo college takes the place of the first generated college of its province and level. */
function mapColleges(world: GeneratedWorld): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const demo of demoColleges) {
    const stand = world.colleges.find((c) => c.provinceCode === demo.provinceCode && c.level === demo.level && !mapping.has(c.id));
    if (stand) mapping.set(stand.id, demo.id);
  }
  return mapping;
}

/**
 * Programs a demo college does not offer in the generated data, so that the demo (the demo
 * filings and the filing browser journey) can file them as new offerings: two on key industrial
 * chains (applied AI, drones) and one nationally controlled program (nursing).
 */
const demoCollegeOpenings: Readonly<Record<string, readonly string[]>> = { 'DEMO-GD-01': ['SAMPLE-H010103', 'SAMPLE-H070101', 'SAMPLE-H050101'] };

/** One offering per (college, sample program): the first generated offering mapped there. */
function mapOfferings(world: GeneratedWorld, colleges: Map<string, string>, programs: Map<string, ProgramNames>): Map<string, Mapped & { offering: ProgramOffering }> {
  const kept = new Map<string, Mapped & { offering: ProgramOffering }>();
  const taken = new Set<string>();
  for (const offering of world.offerings) {
    const program = programs.get(offering.programCode);
    if (!program) continue;
    const collegeId = colleges.get(offering.collegeId) ?? offering.collegeId;
    const key = `${collegeId}:${program.code}`;
    if (taken.has(key) || demoCollegeOpenings[collegeId]?.includes(program.code)) continue;
    taken.add(key);
    kept.set(offering.id, { collegeId, programCode: program.code, program, offering });
  }
  return kept;
}

/** Status rows: the opening year (when before the window), every year it existed in the window, withdrawn after its last. */
function offeringYears(kept: Iterable<Mapped & { offering: ProgramOffering }>, versionId: string, years: readonly number[]): GeneratedData['offeringYears'] {
  const rows: GeneratedData['offeringYears'][number][] = [];
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;
  for (const { collegeId, programCode, program, offering } of kept) {
    const base = { provinceCode: offering.provinceCode, collegeId, programCode, programName: program.name, catalogVersionId: versionId };
    if (offering.openedYear < first) rows.push({ ...base, year: offering.openedYear, status: 'recorded' });
    for (const year of years) {
      const exists = year >= offering.openedYear && (offering.closedYear === null || year <= offering.closedYear);
      if (exists) rows.push({ ...base, year, status: 'recorded' });
    }
    if (offering.closedYear !== null && offering.closedYear < last) rows.push({ ...base, year: offering.closedYear + 1, status: 'withdrawn' });
  }
  return rows;
}

function generatedColleges(world: GeneratedWorld, mapping: Map<string, string>): CollegeInput[] {
  return world.colleges
    .filter((c) => !mapping.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, provinceCode: c.provinceCode, regionCode: c.regionCode, level: c.level, ownership: c.ownership, authority: c.authority, isDemo: true }));
}

export async function seedGovernanceData(luban: Luban, now: Date = luban.deps.now()): Promise<GovernanceSeedResult | undefined> {
  const started = Date.now();
  const current = (await luban.catalog.api.listVersions()).find((v) => v.isCurrent);
  // generated figures go onto the sample catalog only, never onto real program codes
  if (!current?.isSample) return undefined;
  const sample = await luban.catalog.api.listProgramNames(current.id);
  const world = generateWorld({ scale: 'demo', seed: 'luban', startYear: now.getUTCFullYear() - 5, years: 5 });
  const collegeMap = mapColleges(world);
  const kept = mapOfferings(world, collegeMap, mapPrograms(world, sample));
  const indicators: IndicatorRecord[] = [];
  for (const row of generateIndicators(world)) {
    const mapped = kept.get(row.offeringId);
    if (!mapped) continue;
    indicators.push({ ...row, offeringId: `${mapped.collegeId}:${mapped.programCode}`, collegeId: mapped.collegeId, programCode: mapped.programCode, level: mapped.program.level, catalogVersionId: current.id, isGenerated: true });
  }
  const actor = systemActor('demo-governance-seed');
  const colleges = generatedColleges(world, collegeMap);
  await luban.institutions.api.upsertColleges(luban.deps.db, colleges);
  const isLoaded = await luban.governance.api.loadGeneratedData(actor, { offeringYears: offeringYears(kept.values(), current.id, world.years), indicators });
  if (!isLoaded) return undefined;
  const lastYear = world.years[world.years.length - 1] ?? now.getUTCFullYear() - 1;
  const run = await luban.governance.api.runRules(actor, { scope: 'national', year: lastYear }, 'seed');
  // The dashboards and the public site read the per-province summaries: build them for the seeded years.
  await luban.governance.api.refreshDashboards();
  return { colleges: colleges.length, offerings: kept.size, indicators: indicators.length, ruleRunId: run.id, warnings: run.warningsIssued ?? 0, ms: Date.now() - started };
}
