import { openDb } from './src/server/db/open-db.ts';
import { indexStatement } from './src/server/modules/lrs/domain/statement-index.ts';
import { statementGenerator } from './bench/benchmarks/lrs-statements.ts';
import { randomUUID } from 'node:crypto';
const db = await openDb({ databaseUrl: process.argv[2]!, poolSize: 4 });
const next = statementGenerator({ learners: 200_000, courses: 2000, seed: Number(process.argv[4] ?? 7) });
const authority = JSON.stringify({ objectType: 'Agent', name: 'x', account: { homePage: 'https://x', name: 'y' } });
const mode = process.argv[3]!;
const B = 100;
const arr = (v: string[] | null) => v === null ? null : `{${v.map((x) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
function batch() {
  return Array.from({ length: B }, () => { const s = next(); const ix = indexStatement(s); return [ix.actorKey, randomUUID(), new Date().toISOString(), ix.verbId, ix.activityId, ix.objectAgentKey, ix.objectRef, ix.registration, arr(ix.relatedActivities), arr(ix.relatedAgents), 'national', null, null, '2.0.0', JSON.stringify(s), authority]; });
}
const batches = Array.from({ length: 60 }, batch);
const cols = 'actor_key, id, stored, verb_id, activity_id, object_agent_key, object_ref, registration, related_activities, related_agents, scope, province_code, client_id, version, payload, authority';
const t0 = performance.now(); let n = 0; let i = 0;
await Promise.all([0, 1, 2, 3].map(async () => {
  const client = await db.pool.connect();
  while (i < batches.length) {
    const rows = batches[i++]!;
    if (mode === 'values') {
      const params: unknown[] = []; const tuples: string[] = []; const idt: string[] = []; const idp: unknown[] = [];
      for (const r of rows) { const b = params.length; tuples.push(`(${r.map((_, k) => `$${b + k + 1}`).join(',')})`); params.push(...r); idt.push(`($${idp.length + 1}::uuid,$${idp.length + 2})`); idp.push(r[1], r[0]); }
      await client.query(`with ids as (insert into lrs.statement_ids (id, actor_key) values ${idt.join(',')} returning 1) insert into lrs.statements (${cols}) values ${tuples.join(',')}`, [...idp, ...params].length ? undefined : undefined);
      // note: params must be numbered across both lists
    } else if (mode === 'values2') {
      const params: unknown[] = []; const tuples: string[] = []; const idt: string[] = [];
      for (const r of rows) { const b = params.length; tuples.push(`(${r.map((_, k) => `$${b + k + 1}`).join(',')})`); params.push(...r); idt.push(`($${b + 2}::uuid,$${b + 1})`); }
      await client.query(`with ids as (insert into lrs.statement_ids (id, actor_key) values ${idt.join(',')} returning 1) insert into lrs.statements (${cols}) values ${tuples.join(',')}`, params);
    } else {
      const colsA = rows[0]!.map((_, k) => rows.map((r) => r[k]));
      await client.query(`with ids as (insert into lrs.statement_ids (id, actor_key) select * from unnest($2::uuid[], $1::text[]) returning 1) insert into lrs.statements (${cols}) select a,i,st::timestamptz,v,act,oa,oref::uuid,reg::uuid,ra::text[],rg::text[],sc,pc,cl::uuid,ver,p::json,au::json from unnest($1::text[],$2::uuid[],$3::text[],$4::text[],$5::text[],$6::text[],$7::text[],$8::text[],$9::text[],$10::text[],$11::text[],$12::text[],$13::text[],$14::text[],$15::text[],$16::text[]) as u(a,i,st,v,act,oa,oref,reg,ra,rg,sc,pc,cl,ver,p,au)`, colsA);
    }
    n += rows.length;
  }
  client.release();
}));
console.log(mode, 'statements/s', Math.round(n / ((performance.now() - t0) / 1000)));
await db.close();
