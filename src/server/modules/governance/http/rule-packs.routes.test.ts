import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestLuban, type Session, type TestLuban } from '../../../testing/test-luban.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import type { RulePackDetail, RulePackSummary, RulePackVersion } from '../../../../shared/contracts/governance/rule-pack-api.js';
import type { RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import type { RuleRun } from '../../../../shared/contracts/governance/rule-runs.js';

const BASE = '/api/v1/governance/rule-packs';

describeEachEngine('rule packs and rule runs', (engine) => {
  let t: TestLuban;
  let national: Session;
  let province: Session;
  let nationalPack: RulePack;
  beforeAll(async () => {
    t = await createTestLuban(engine);
    national = await t.login('demo.national');
    province = await t.login('demo.province');
    nationalPack = ((await t.request({ method: 'GET', url: `${BASE}/cn-national`, session: national })).json() as RulePackDetail).definition;
  });
  afterAll(async () => t.close());

  it('ships every default pack; international ones read-only and inactive; a province sees only its own provincial packs', async () => {
    const all = ((await t.request({ method: 'GET', url: BASE, session: national })).json() as { items: RulePackSummary[] }).items;
    expect(all.map((p) => p.id)).toHaveLength(10);
    const byId = new Map(all.map((p) => [p.id, p]));
    expect(byId.get('cn-national')).toMatchObject({ kind: 'national', isEditable: true, isReadOnly: false, latest: { number: 1, isActive: true } });
    expect(byId.get('uk-ofs-b3')).toMatchObject({ kind: 'international', isReadOnly: true, isEditable: false, active: [] });
    expect(byId.get('cn-anhui-2022')).toMatchObject({ kind: 'province', ownerScope: 'province:340000', isEditable: false });
    const seen = ((await t.request({ method: 'GET', url: BASE, session: province })).json() as { items: RulePackSummary[] }).items;
    expect(seen.some((p) => p.kind === 'province')).toBe(false);
    expect(seen.find((p) => p.id === 'cn-national')?.isEditable).toBe(false);
    expect((await t.request({ method: 'GET', url: `${BASE}/cn-anhui-2022`, session: province })).statusCode).toBe(404);
  });

  it('rejects an invalid pack with every invalid path and stores nothing', async () => {
    const broken = { ...nationalPack, effectiveFrom: '2024/01/01', rules: nationalPack.rules.map((r, i) => (i === 0 ? { ...r, id: 'bad id!' } : r)) };
    const response = await t.request({ method: 'POST', url: `${BASE}/cn-national/versions`, session: national, body: { pack: broken }, headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json() as { code: string; errors: { field: string; message: string }[] };
    expect(problem.code).toBe('RULE_PACK_INVALID');
    expect(problem.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['effectiveFrom', 'rules.0.id']));
    expect(problem.errors.every((e) => e.message.length > 0)).toBe(true);
    const versions = (await t.request({ method: 'GET', url: `${BASE}/cn-national/versions`, session: national })).json() as { items: unknown[] };
    expect(versions.items).toHaveLength(1);
  });

  it('saves a new version without touching the old one; activation follows the effective dates', async () => {
    const next = { ...nationalPack, version: `${nationalPack.version}-t`, effectiveFrom: '2025-01-01' };
    const saved = await t.request({ method: 'POST', url: `${BASE}/cn-national/versions`, session: national, body: { pack: next } });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ number: 2, isActive: false, label: next.version });
    const first = (await t.request({ method: 'GET', url: `${BASE}/cn-national/versions/1`, session: national })).json() as RulePackVersion;
    expect(first.definition).toEqual(nationalPack);
    const activated = await t.request({ method: 'POST', url: `${BASE}/cn-national/versions/2/activate`, session: national });
    expect(activated.json()).toMatchObject({ number: 2, isActive: true });
    expect((await t.governance.api.packsInForce(2025)).find((p) => p.id === 'cn-national')?.version).toBe(next.version);
    expect((await t.governance.api.packsInForce(2024)).find((p) => p.id === 'cn-national')?.version).toBe(nationalPack.version);
    await t.request({ method: 'POST', url: `${BASE}/cn-national/versions/2/deactivate`, session: national });
    expect((await t.governance.api.packsInForce(2025)).find((p) => p.id === 'cn-national')?.version).toBe(nationalPack.version);
  });

  it('only the owning level edits a pack', async () => {
    const denied = await t.request({ method: 'POST', url: `${BASE}/cn-national/versions`, session: province, body: { pack: nationalPack } });
    expect(denied.statusCode).toBe(403);
    const readOnly = await t.request({ method: 'POST', url: `${BASE}/uk-ofs-b3/versions/1/activate`, session: national });
    expect(readOnly.json()).toMatchObject({ code: 'RULE_PACK_READ_ONLY' });
    const own = { ...nationalPack, id: 'gd-test', ownerScope: 'province:440000', appliesTo: undefined };
    const created = await t.request({ method: 'POST', url: `${BASE}/gd-test/versions`, session: province, body: { pack: own, activate: true } });
    expect(created.statusCode).toBe(201);
    expect((await t.request({ method: 'POST', url: `${BASE}/gd-test/versions`, session: national, body: { pack: own } })).statusCode).toBe(403);
    const other = { ...own, id: 'js-test', ownerScope: 'province:320000' };
    expect((await t.request({ method: 'POST', url: `${BASE}/js-test/versions`, session: province, body: { pack: other } })).statusCode).toBe(403);
    const moved = await t.request({ method: 'POST', url: `${BASE}/gd-test/versions`, session: province, body: { pack: { ...own, ownerScope: 'national' } } });
    expect(moved.json()).toMatchObject({ code: 'RULE_PACK_OWNER_CHANGED' });
    await t.request({ method: 'POST', url: `${BASE}/gd-test/versions/1/deactivate`, session: province });
  });

  it('runs the rules over one province and records the run', async () => {
    const started = await t.request({ method: 'POST', url: '/api/v1/governance/rule-runs', session: province, body: { scope: 'province:440000', year: 2025 } });
    expect(started.statusCode).toBe(201);
    const run = started.json() as RuleRun;
    expect(run).toMatchObject({ scope: 'province:440000', year: 2025, status: 'succeeded', trigger: 'manual', provinces: ['440000'] });
    expect(run.packs.map((p) => p.packId)).toContain('cn-national');
    expect(run.packs.some((p) => p.packId === 'uk-ofs-b3')).toBe(false);
    expect(run.counts.length).toBeGreaterThan(0);
    const denied = await t.request({ method: 'POST', url: '/api/v1/governance/rule-runs', session: province, body: { scope: 'province:320000', year: 2025 } });
    expect(denied.statusCode).toBe(403);
    const list = (await t.request({ method: 'GET', url: '/api/v1/governance/rule-runs?scope=province:440000', session: province })).json() as { items: RuleRun[] };
    expect(list.items[0]?.id).toBe(run.id);
    const other = await t.login('demo.auditor');
    expect((await t.request({ method: 'GET', url: `/api/v1/governance/rule-runs/${run.id}`, session: other })).statusCode).toBe(200);
  });
});
