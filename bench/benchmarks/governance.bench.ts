import { generateIndicators, generateWorld, type GeneratedWorld, type Scale } from '../generator/generate.js';
import { startLuban, BENCH_PASSWORD, type RunningLuban } from '../lib/luban-app.js';
import { percentileOfSorted } from '../lib/stats.js';
import { defineBenchmark, type BenchDatabase, type EnvironmentKind, type Figure } from '../lib/types.js';
import { createDuckReference, type DuckReference } from './governance-reference.js';
import { systemActor } from '../../src/server/platform/authz/actor.js';
import type { OfferingYearIndicators } from '../../src/shared/contracts/governance/indicators.js';
import type { GeneratedData, IndicatorRecord } from '../../src/server/modules/governance/index.js';

/**
 * `governance`: full evaluation of every default rule pack over all offerings (national scale:
 * ~120,000 offerings × 5 years) on PostgreSQL and PGlite — the per-province load from the
 * database plus the rule engine, exactly as a rule run does it — against the same indicator
 * aggregation (per-offering windows, regional ranks, counts) in one DuckDB query on the same
 * rows; the re-evaluation of one province (what one college's import triggers); and the
 * dashboard API's p95 against GET /auth/me in the same run.
 */
const CATALOG_VERSION = 'GEN-BENCH-2021';
const DASHBOARD_PATHS = ['overview', 'map', 'breakdown', 'trends', 'saturation', 'adjustments'];

type Target = { kind: EnvironmentKind; app: RunningLuban; cookie: string; environment: BenchDatabase };
type State = { world: GeneratedWorld; year: number; busiest: string; duck: DuckReference; targets: Target[]; requests: number };

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The generated programs as a catalog file in the MOE layout (a sample version: GEN- codes, labelled). */
export function catalogCsv(world: GeneratedWorld): string {
  const levelName = { secondary: '中职', higher: '高职专科', undergraduate: '职业本科' } as const;
  const lines = ['层次,专业大类代码,专业大类名称,专业类代码,专业类名称,专业代码,专业名称,英文名称'];
  for (const p of world.programs) {
    lines.push([levelName[p.level], p.majorCode, `生成专业大类 ${p.majorCode}（生成数据）`, p.categoryCode, `生成专业类 ${p.categoryCode}（生成数据）`, p.code, p.name, p.nameEn].map(csvCell).join(','));
  }
  return lines.join('\n');
}

async function session(app: RunningLuban): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${app.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo.national', password: BENCH_PASSWORD }) });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

async function post(app: RunningLuban, auth: { cookie: string; csrf: string }, url: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${app.baseUrl}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: auth.cookie, 'x-csrf-token': auth.csrf }, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`POST ${url}: ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

export function generatedData(world: GeneratedWorld, rows: readonly OfferingYearIndicators[]): GeneratedData {
  const first = world.years[0] ?? 0;
  const last = world.years[world.years.length - 1] ?? 0;
  const programs = new Map(world.programs.map((p) => [p.code, p]));
  const offeringYears: GeneratedData['offeringYears'][number][] = [];
  for (const o of world.offerings) {
    const base = { provinceCode: o.provinceCode, collegeId: o.collegeId, programCode: o.programCode, programName: programs.get(o.programCode)?.name ?? o.programCode, catalogVersionId: CATALOG_VERSION };
    if (o.openedYear < first) offeringYears.push({ ...base, year: o.openedYear, status: 'recorded' });
    for (const year of world.years) if (year >= o.openedYear && (o.closedYear === null || year <= o.closedYear)) offeringYears.push({ ...base, year, status: 'recorded' });
    if (o.closedYear !== null && o.closedYear < last) offeringYears.push({ ...base, year: o.closedYear + 1, status: 'withdrawn' });
  }
  const indicators: IndicatorRecord[] = rows.map((r) => ({ ...r, catalogVersionId: CATALOG_VERSION, isGenerated: true }));
  return { offeringYears, indicators };
}

export async function startTarget(log: (text: string) => void, kind: EnvironmentKind, environment: BenchDatabase, world: GeneratedWorld, data: GeneratedData): Promise<Target> {
  const started = performance.now();
  const app = await startLuban(environment);
  const auth = await session(app);
  const file = { fileName: 'generated-catalog.csv', contentBase64: Buffer.from(catalogCsv(world)).toString('base64') };
  const version = { id: CATALOG_VERSION, title: '生成目录（基准测试，生成数据）', titleEn: 'Generated catalog (benchmark, generated data)', kind: 'edition', year: 2021, isSample: true };
  const preview = (await post(app, auth, '/api/v1/catalog/imports/preview', { version, mode: 'full', programs: file })) as { fingerprint: string; isCommittable: boolean };
  if (!preview.isCommittable) throw new Error('the generated catalog did not pass the catalog import checks');
  await post(app, auth, '/api/v1/catalog/imports', { version, mode: 'full', programs: file, fingerprint: preview.fingerprint });
  const luban = app.luban;
  const colleges = world.colleges.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn, provinceCode: c.provinceCode, regionCode: c.regionCode, level: c.level, ownership: c.ownership, authority: c.authority, isDemo: true }));
  for (let i = 0; i < colleges.length; i += 1000) await luban.institutions.api.upsertColleges(luban.deps.db, colleges.slice(i, i + 1000));
  if (!(await luban.governance.api.loadGeneratedData(systemActor('governance-bench'), data))) throw new Error('the benchmark database already held indicators');
  await luban.governance.api.refreshDashboards();
  log(`  ${kind}: loaded ${data.indicators.length} indicator rows, ${data.offeringYears.length} offering-years in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { kind, app, cookie: auth.cookie, environment };
}

async function timed<T>(task: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await task();
  return { ms: performance.now() - started, value };
}

/** p95 of sequential GETs over the dashboard endpoints (national and the busiest province's views). */
async function dashboardP95(target: Target, busiest: string, year: number, requests: number): Promise<{ dashboard: number; me: number; slowest: string }> {
  const urls = DASHBOARD_PATHS.flatMap((path) => [`/api/v1/governance/dashboards/${path}?year=${year}`, `/api/v1/governance/dashboards/${path}?year=${year}&province=${busiest}`]);
  const sample = async (url: string) => {
    const started = performance.now();
    const response = await fetch(`${target.app.baseUrl}${url}`, { headers: { cookie: target.cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
    return performance.now() - started;
  };
  const dashboard: number[] = [];
  const me: number[] = [];
  const byUrl = new Map<string, number[]>();
  for (let i = 0; i < requests; i++) {
    const url = urls[i % urls.length]!;
    const ms = await sample(url);
    dashboard.push(ms);
    byUrl.set(url, [...(byUrl.get(url) ?? []), ms]);
    me.push(await sample('/api/v1/auth/me'));
  }
  const p95 = (values: number[]) => percentileOfSorted(Float64Array.from(values).sort(), 95);
  const p50 = (values: number[]) => percentileOfSorted(Float64Array.from(values).sort(), 50);
  // which requests set the p95: each URL's median, slowest first
  const slowest = [...byUrl].map(([url, values]) => [url.replace('/api/v1/governance/dashboards/', '').replace(`year=${year}`, '').replace('?&', '?').replace(/\?$/, ''), p50(values)] as const)
    .sort((a, b) => b[1] - a[1]).map(([url, ms]) => `${url} ${ms.toFixed(0)} ms`).join(', ');
  return { dashboard: p95(dashboard), me: p95(me), slowest };
}

export const benchmark = defineBenchmark<State>({
  name: 'governance',
  description: 'Full evaluation of every default rule pack at national scale (PostgreSQL, PGlite) vs the same aggregation in DuckDB; one province re-evaluated; dashboard API p95',
  needs: [],
  wants: ['postgres', 'pglite'],
  runs: 3,
  async setup(ctx) {
    const scale = (ctx.options.scale ?? 'national') as Scale;
    const started = performance.now();
    const world = generateWorld({ scale, seed: 'luban' });
    const rows = [...generateIndicators(world)];
    const year = world.years[world.years.length - 1] ?? 2025;
    const perProvince = new Map<string, number>();
    for (const o of world.offerings) perProvince.set(o.provinceCode, (perProvince.get(o.provinceCode) ?? 0) + 1);
    const busiest = [...perProvince.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '440000';
    ctx.log(`  generated ${scale}: ${world.colleges.length} colleges, ${world.offerings.length} offerings, ${rows.length} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const duck = await createDuckReference(world, rows);
    const data = generatedData(world, rows);
    const targets: Target[] = [];
    for (const kind of ['postgres', 'pglite'] as const) {
      const environment = ctx.environments[kind];
      if (environment) targets.push(await startTarget((text) => ctx.log(text), kind, environment, world, data));
    }
    ctx.note(`scale ${scale}: ${world.colleges.length} colleges, ${world.offerings.length} offerings, ${rows.length} offering-year rows, evaluation year ${year}; re-evaluated province ${busiest} (${perProvince.get(busiest)} offerings)`);
    ctx.note('generated catalog names match none of the controlled-program names, so the medical first-year intake rule evaluates no offering here');
    return { world, year, busiest, duck, targets, requests: ctx.numberOption('requests', 240) };
  },
  async run(ctx, state) {
    const figures: Figure[] = [];
    const reference = await timed(() => state.duck.evaluate(state.year));
    const provinceReference = await timed(() => state.duck.evaluate(state.year, state.busiest));
    figures.push({ name: 'duckdb_aggregation_ms', unit: 'ms', value: reference.ms, better: 'lower' });
    figures.push({ name: 'duckdb_province_aggregation_ms', unit: 'ms', value: provinceReference.ms, better: 'lower' });
    for (const target of state.targets) {
      const api = target.app.luban.governance.api;
      const packs = await api.packsInForce(state.year);
      const provinces = [...new Set(state.world.offerings.map((o) => o.provinceCode))].sort();
      // where the time goes: this process's CPU (loading, parsing, the rule engine; for PGlite also its database) and PostgreSQL's own processes
      const databaseCpuBefore = target.environment.serverCpuMicros();
      const nodeCpuBefore = process.cpuUsage();
      const full = await timed(() => api.evaluateProvinces(provinces, state.year, packs));
      const nodeCpu = process.cpuUsage(nodeCpuBefore);
      const databaseCpuAfter = target.environment.serverCpuMicros();
      figures.push({ name: `${target.kind}_full_evaluation_ms`, unit: 'ms', value: full.ms, better: 'lower', reference: 'duckdb_aggregation_ms' });
      figures.push({ name: `${target.kind}_full_evaluation_node_cpu_ms`, unit: 'ms', value: (nodeCpu.user + nodeCpu.system) / 1000, better: 'lower' });
      if (databaseCpuBefore !== undefined && databaseCpuAfter !== undefined) figures.push({ name: `${target.kind}_full_evaluation_db_cpu_ms`, unit: 'ms', value: (databaseCpuAfter - databaseCpuBefore) / 1000, better: 'lower' });
      const province = await timed(() => api.evaluateProvinces([state.busiest], state.year, packs));
      figures.push({ name: `${target.kind}_province_evaluation_ms`, unit: 'ms', value: province.ms, better: 'lower', reference: 'duckdb_province_aggregation_ms' });
      const run = await timed(() => api.runRules(systemActor('governance-bench'), { scope: `province:${state.busiest}`, year: state.year }, 'import'));
      figures.push({ name: `${target.kind}_province_rule_run_ms`, unit: 'ms', value: run.ms, better: 'lower', reference: 'duckdb_province_aggregation_ms' });
      const latency = await dashboardP95(target, state.busiest, state.year, state.requests);
      figures.push({ name: `${target.kind}_auth_me_p95_ms`, unit: 'ms', value: latency.me, better: 'lower' });
      figures.push({ name: `${target.kind}_dashboard_p95_ms`, unit: 'ms', value: latency.dashboard, better: 'lower', reference: `${target.kind}_auth_me_p95_ms` });
      if (ctx.runIndex === 0) ctx.note(`${target.kind}: dashboard requests by median (first measured run): ${latency.slowest}`);
      if (ctx.runIndex === 0) {
        const fired = full.value.findings.filter((f) => f.packId === 'cn-national' && f.ruleId === 'destination-below-60-two-years').length;
        const expected = reference.value.national_below60_two_years ?? Number.NaN;
        ctx.note(`${target.kind}: ${full.value.findings.length} findings over ${full.value.offerings} offerings; cn-national destination-below-60-two-years fired ${fired}, DuckDB counts ${expected}${fired === expected ? ' (equal)' : ' (DIFFERENT)'}`);
      }
    }
    return figures;
  },
  async teardown(state) {
    for (const target of state.targets) await target.app.close();
    state.duck.close();
  },
});
