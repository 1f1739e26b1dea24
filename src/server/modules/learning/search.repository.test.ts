import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/open-db.js';
import { describeEachEngine, openTestDatabase } from '../../testing/test-db.js';
import { segmentForIndex, segmentQuery } from './domain/segment.js';
import { buildTsQuery, facetToken } from './domain/tsquery.js';
import { findHits, findMatchPage, hasMatch, upsertSearchDocuments, type SearchDocumentInput, type SearchPlan } from './search.repository.js';

const ids = {
  titled: '00000000-0000-4000-8000-00000000a001',
  described: '00000000-0000-4000-8000-00000000a002',
  simulation: '00000000-0000-4000-8000-00000000a003',
};

function document(id: string, title: string, description: string, type: string, publishedAt: string): SearchDocumentInput {
  const a = [...new Set(segmentForIndex(title))];
  const c = [...new Set(segmentForIndex(description))].filter((token) => !a.includes(token));
  return {
    kind: 'resource',
    entityId: id,
    tokens: { a, b: [], c, d: [facetToken('type', type), facetToken('vis', 'public')] },
    titleText: title,
    title: { 'zh-CN': title },
    body: description,
    type,
    level: 'higher',
    language: 'zh-CN',
    categoryCodes: ['SAMPLE-H0701'],
    programCodes: [],
    providerKinds: ['college'],
    visibilityTokens: [facetToken('vis', 'public')],
    rating: null,
    publishedAt: new Date(publishedAt),
  };
}

function plan(q: string, overrides: Partial<SearchPlan> = {}): SearchPlan {
  return {
    tsquery: buildTsQuery({ terms: segmentQuery(q), required: [], anyOf: [facetToken('vis', 'public')] }),
    isRanked: true,
    sort: 'relevance',
    limit: 20,
    offset: 0,
    candidateLimit: 2000,
    countLimit: 10_000,
    isDense: false,
    walkLimit: 10_000,
    sampleRows: undefined,
    ...overrides,
  };
}

describeEachEngine('search repository', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await upsertSearchDocuments(database.db, [
      document(ids.titled, '数控编程教学视频', '讲解加工中心的操作', 'video', '2024-01-01T00:00:00Z'),
      document(ids.described, '机械制图课件', '结合数控编程的机械制图讲义', 'document', '2025-06-01T00:00:00Z'),
      document(ids.simulation, 'G代码虚拟仿真实训', '在虚拟车间练习G代码', 'virtual_simulation', '2023-03-01T00:00:00Z'),
    ]);
  });
  afterAll(async () => {
    await database.close();
  });

  it('ranks a title match above a newer description match (weights A over C)', async () => {
    const page = await findMatchPage(database.db, plan('数控编程'));
    expect(page.hits.map((hit) => hit.entity_id)).toEqual([ids.titled, ids.described]);
    expect(page.facets).toEqual(expect.arrayContaining([{ facet: 'total', value: '', count: 2 }, { facet: 'type', value: 'video', count: 1 }, { facet: 'type', value: 'document', count: 1 }]));
  });

  it('sorts by recency among the matches, with the hit columns', async () => {
    const page = await findMatchPage(database.db, plan('数控编程', { isRanked: false, sort: 'recent' }));
    expect(page.hits.map((hit) => hit.entity_id)).toEqual([ids.described, ids.titled]);
    expect(page.hits[0]).toMatchObject({ kind: 'resource', title: { 'zh-CN': '机械制图课件' }, type: 'document', level: 'higher', provider_kinds: ['college'], rating: null });
    expect(new Date(page.hits[0]!.published_at).toISOString()).toBe('2025-06-01T00:00:00.000Z');
  });

  it('ranks only the first candidateLimit matches and counts only the first countLimit', async () => {
    // a sample of the table's first document holds one of the two matches
    const sampled = await findMatchPage(database.db, plan('数控编程', { sampleRows: 1 }));
    expect(sampled.hits.map((hit) => hit.entity_id)).toEqual([ids.titled]);
    const page = await findMatchPage(database.db, plan('数控编程', { candidateLimit: 1, countLimit: 1 }));
    expect(page.hits).toHaveLength(1);
    expect(page.facets.find((row) => row.facet === 'total')?.count).toBe(1);
    const walked = await findHits(database.db, plan('数控编程', { isRanked: false, sort: 'recent', countLimit: 1, isDense: true }));
    expect(walked.map((hit) => hit.entity_id)).toEqual([ids.described, ids.titled]);
    // the walk stops after walkLimit documents: the newest one (the described resource) only
    const bounded = await findHits(database.db, plan('数控编程', { isRanked: false, sort: 'recent', isDense: true, walkLimit: 1 }));
    expect(bounded.map((hit) => hit.entity_id)).toEqual([ids.described]);
  });

  it('finds 虚拟仿真实训 by 虚拟仿真, 实训 and the whole phrase; nothing for a word no document has', async () => {
    for (const q of ['虚拟仿真', '实训', '虚拟仿真实训', '仿真 g代码']) {
      expect({ q, hits: (await findMatchPage(database.db, plan(q))).hits.map((hit) => hit.entity_id) }).toEqual({ q, hits: [ids.simulation] });
    }
    const none = await findMatchPage(database.db, plan('护理'));
    expect(none).toEqual({ facets: [{ facet: 'total', value: '', count: 0 }], hits: [] });
  });

  it('tells whether any document matches, filters or not', async () => {
    expect(await hasMatch(database.db, buildTsQuery({ terms: segmentQuery('虚拟仿真'), required: [], anyOf: undefined }))).toBe(true);
    expect(await hasMatch(database.db, buildTsQuery({ terms: segmentQuery('虚拟仿真'), required: [facetToken('type', 'video')], anyOf: undefined }))).toBe(false);
    expect(await hasMatch(database.db, buildTsQuery({ terms: segmentQuery('practcal'), required: [], anyOf: undefined }))).toBe(false);
  });

  it('stores a batch of one with an empty body and lists, separator characters in text, and the publication month token', async () => {
    const id = '00000000-0000-4000-8000-00000000a004';
    await upsertSearchDocuments(database.db, [{ ...document(id, '护理评估微课', '', 'video', '2026-11-30T12:00:00Z'), titleText: '护理评估\u001e微课', title: { 'zh-CN': '护理\u001f评估' }, categoryCodes: [], providerKinds: ['college', 'co-built'] }]);
    const page = await findMatchPage(database.db, plan('护理评估'));
    expect(page.hits).toEqual([expect.objectContaining({ entity_id: id, body: '', title: { 'zh-CN': '护理\u001f评估' }, program_codes: [], provider_kinds: ['college', 'co-built'] })]);
    expect(await hasMatch(database.db, buildTsQuery({ terms: [], required: ['~pm:202611', facetToken('kind', 'resource')], anyOf: undefined }))).toBe(true);
    await database.db.execute(sql`delete from learning.search_documents where entity_id = ${id}`);
  });
});
