import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { definedActivities } from './activity-merge.js';
import { readCommonStatement } from './common-statement.js';
import type { Json, JsonObject } from './json.js';
import { indexStatement } from './statement-index.js';
import { validateStatement } from './validate-statement.js';
import type { XapiVersion } from './validation.js';

/** A statement as the learning platform sends it: account actor, activity with definition, result, context. */
const platformStatement = (): JsonObject => ({
  id: '3f2c8a4e-1b7d-4e59-9a3c-5d6e7f8a9b0c',
  actor: { objectType: 'Agent', name: '学员1', account: { homePage: 'https://luban.edu.cn', name: 'learner-00000001' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'zh-CN': '作答' } },
  object: {
    objectType: 'Activity',
    id: 'https://luban.edu.cn/xapi/courses/7/units/2/items/3',
    definition: { name: { 'zh-CN': '第3单元 练习', 'en-US': 'Unit 3 exercise' }, type: 'http://adlnet.gov/expapi/activities/assessment', moreInfo: 'https://luban.edu.cn/c/7' },
  },
  result: { score: { scaled: 0.8, raw: 80, min: 0, max: 100 }, success: true, completion: false, response: 'b', duration: 'PT12M3.5S', extensions: { 'https://luban.edu.cn/x/n': null } },
  context: {
    registration: 'AB5C1D2E-3F40-4a5b-8c6d-7e8f9a0b1c2d',
    contextActivities: {
      parent: [{ id: 'https://luban.edu.cn/xapi/courses/7', objectType: 'Activity', definition: { type: 'https://luban.edu.cn/xapi/activities/course' } }],
      grouping: { id: 'https://luban.edu.cn/xapi/programs/7' },
      category: [{ id: 'https://luban.edu.cn/xapi/profiles/smart-learning' }, { id: 'https://luban.edu.cn/xapi/courses/7/units/2/items/3' }, { id: 'https://luban.edu.cn/xapi/courses/7' }],
      other: [],
    },
    revision: 'r2',
    platform: 'Luban 智慧职教学习平台',
    language: 'zh-CN',
    statement: { objectType: 'StatementRef', id: '0c9b8a7f-6e5d-4c3b-8a19-0f1e2d3c4b5a' },
    extensions: { 'https://luban.edu.cn/xapi/extensions/device': 'pc' },
  },
  timestamp: '2026-09-01T08:00:00.123+08:00',
  stored: '2026-09-01T00:00:01Z',
  version: '1.0.3',
});

function isValid(value: Json, version: XapiVersion): boolean {
  try {
    validateStatement(value, { version });
    return true;
  } catch {
    return false;
  }
}

/** What the generic path derives from a statement it accepts. */
function generic(statement: JsonObject) {
  const defined = definedActivities(statement);
  return { index: indexStatement(statement), definitions: defined.length > 0 ? defined : null };
}

describe('the one-pass check of common statements', () => {
  it('indexes a platform statement exactly as the generic path does', () => {
    const statement = platformStatement();
    const common = readCommonStatement(statement, '2.0.0');
    expect(common).toEqual(generic(statement));
    // the object's id is not repeated among the related activities, nor any id twice
    expect(common?.index.relatedActivities).toEqual([
      'https://luban.edu.cn/xapi/courses/7',
      'https://luban.edu.cn/xapi/programs/7',
      'https://luban.edu.cn/xapi/profiles/smart-learning',
    ]);
    expect(common?.index.registration).toBe('ab5c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d');
    expect(common?.definitions?.map((d) => d.id)).toEqual(['https://luban.edu.cn/xapi/courses/7/units/2/items/3', 'https://luban.edu.cn/xapi/courses/7']);
  });

  it('leaves every shape it does not cover to the generic validator', () => {
    const others: [string, (s: JsonObject) => void][] = [
      ['a Group actor', (s) => (s.actor = { objectType: 'Group', member: [{ mbox: 'mailto:a@example.com' }] })],
      // (revision and platform describe activities only: these replace the context)
      ['a SubStatement', (s) => Object.assign(s, { object: { objectType: 'SubStatement', actor: { mbox: 'mailto:a@example.com' }, verb: { id: 'http://example.com/v' }, object: { id: 'http://example.com/a' } }, context: {} })],
      ['an Agent object', (s) => Object.assign(s, { object: { objectType: 'Agent', mbox: 'mailto:a@example.com' }, context: { registration: '0c9b8a7f-6e5d-4c3b-8a19-0f1e2d3c4b5a' } })],
      ['a voiding statement', (s) => Object.assign(s, { verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: '0c9b8a7f-6e5d-4c3b-8a19-0f1e2d3c4b5a' }, context: {} })],
      ['an interaction', (s) => (s.object = { id: 'http://example.com/q', definition: { interactionType: 'choice', choices: [{ id: 'a' }] } })],
      ['attachments', (s) => (s.attachments = [{ usageType: 'http://example.com/u', display: { en: 'x' }, contentType: 'text/plain', length: 3, sha2: '0'.repeat(64) }])],
      ['an authority', (s) => (s.authority = { mbox: 'mailto:a@example.com' })],
      ['an instructor', (s) => (s.context = { instructor: { mbox: 'mailto:i@example.com' } })],
      ['context agents', (s) => (s.context = { contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:a@example.com' } }] })],
    ];
    for (const [name, mutate] of others) {
      const statement = platformStatement();
      mutate(statement);
      expect(isValid(statement, '2.0.0'), name).toBe(true);
      expect(readCommonStatement(statement, '2.0.0'), name).toBeUndefined();
    }
  });

  it('accepts only what the generic validator accepts, and then indexes it the same way', () => {
    // each field of the platform statement replaced by a valid or an invalid alternative, or removed
    const anyJson = fc.jsonValue({ maxDepth: 2 }).map((value) => value as Json);
    const iri = fc.constantFrom('http://example.com/a', 'https://例子.中国/活动', 'urn:x:1', 'no scheme', 'http://x/<a>', 'http://x/a b', 'http://x/\u001e', '');
    const uuid = fc.constantFrom('0c9b8a7f-6e5d-4c3b-8a19-0f1e2d3c4b5a', '0C9B8A7F-6E5D-4C3B-8A19-0F1E2D3C4B5A', 'x', '0c9b8a7f6e5d4c3b8a190f1e2d3c4b5a');
    const tag = fc.constantFrom('en-US', 'zh-CN', 'zh-Hans-CN', 'a12345', 'en_US', '', 'x-private');
    const languageMap = fc.oneof(fc.dictionary(tag, fc.oneof(fc.string(), anyJson), { maxKeys: 3 }), anyJson);
    const activity = fc.record(
      {
        objectType: fc.constantFrom('Activity', 'activity', 'Agent', null),
        id: fc.oneof(iri, anyJson),
        definition: fc.oneof(
          fc.record({ name: languageMap, description: languageMap, type: iri, moreInfo: iri, extensions: fc.dictionary(iri, anyJson, { maxKeys: 2 }), interactionType: fc.constantFrom('choice', 'other') }, { requiredKeys: [] }),
          anyJson,
        ),
      },
      { requiredKeys: [] },
    );
    const agent = fc.oneof(
      fc.record(
        {
          objectType: fc.constantFrom('Agent', 'Group', 'agent', null),
          name: fc.oneof(fc.string(), anyJson),
          mbox: fc.constantFrom('mailto:a@example.com', 'a@example.com', 'mailto:nobody'),
          mbox_sha1sum: fc.constantFrom('a'.repeat(40), 'A'.repeat(40), 'g'.repeat(40)),
          openid: iri,
          account: fc.record({ homePage: iri, name: fc.oneof(fc.string(), anyJson), extra: fc.string() }, { requiredKeys: [] }),
          member: fc.constant([{ mbox: 'mailto:m@example.com' }]),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    );
    const score = fc.record({ scaled: fc.oneof(fc.double(), fc.constant(0.5)), raw: fc.integer({ min: -5, max: 120 }), min: fc.integer({ min: -5, max: 120 }), max: fc.integer({ min: -5, max: 120 }) }, { requiredKeys: [] });
    const result = fc.record(
      { score: fc.oneof(score, anyJson), success: anyJson, completion: fc.boolean(), response: anyJson, duration: fc.constantFrom('PT1H', 'P1W', 'P1WT1H', 'PT', 'P', 'PT0.5S'), extensions: fc.oneof(fc.dictionary(iri, anyJson, { maxKeys: 2 }), anyJson) },
      { requiredKeys: [] },
    );
    const contextActivities = fc.oneof(fc.dictionary(fc.constantFrom('parent', 'grouping', 'category', 'other', 'parents'), fc.oneof(activity, fc.array(activity, { maxLength: 3 })), { maxKeys: 3 }), anyJson);
    const context = fc.oneof(
      fc.record(
        {
          registration: fc.oneof(uuid, anyJson),
          contextActivities,
          revision: fc.oneof(fc.string(), anyJson),
          platform: fc.string(),
          language: tag,
          statement: fc.oneof(fc.record({ objectType: fc.constantFrom('StatementRef', 'statementref'), id: uuid }, { requiredKeys: [] }), anyJson),
          extensions: fc.dictionary(iri, anyJson, { maxKeys: 2 }),
          contextGroups: fc.constant([]),
        },
        { requiredKeys: [] },
      ),
      anyJson,
    );
    const timestamp = fc.oneof(fc.constantFrom('2026-09-01T08:00:00Z', '2026-02-30T00:00:00Z', '2026-09-01T08:00:00-00:00', '20260901T080000Z', 'yesterday'), anyJson);
    /** Where a mutation lands, and what it may put there (undefined removes the property). */
    const fields: [string[], fc.Arbitrary<unknown>][] = [
      [[], fc.constantFrom('Actor', 'authority', 'attachments', '__proto__').map((key) => key as Json)],
      [['id'], fc.oneof(uuid, anyJson)],
      [['actor'], agent],
      [['actor', 'account'], fc.record({ homePage: iri, name: fc.oneof(fc.string(), anyJson), extra: fc.string() }, { requiredKeys: [] })],
      [['actor', 'mbox'], fc.constantFrom('mailto:a@example.com', 'a@example.com', undefined)],
      [['verb'], fc.oneof(fc.record({ id: fc.oneof(iri, fc.constant('http://adlnet.gov/expapi/verbs/voided')), display: languageMap }, { requiredKeys: [] }), anyJson)],
      [['verb', 'display'], languageMap],
      [['object'], fc.oneof(activity, anyJson)],
      [['object', 'id'], fc.oneof(iri, anyJson)],
      [['object', 'definition'], activity.map((a) => a.definition)],
      [['object', 'definition', 'name'], languageMap],
      [['result'], fc.oneof(result, anyJson)],
      [['result', 'score'], fc.oneof(score, anyJson)],
      [['result', 'duration'], fc.constantFrom('PT1H', 'P1W', 'P1WT1H', 'PT', 'P', 'PT0.5S', undefined)],
      [['context'], context],
      [['context', 'contextActivities'], contextActivities],
      [['context', 'contextActivities', 'parent'], fc.oneof(activity, fc.array(activity, { maxLength: 3 }), anyJson)],
      [['context', 'registration'], fc.oneof(uuid, anyJson)],
      [['context', 'statement'], fc.oneof(fc.record({ objectType: fc.constantFrom('StatementRef', 'statementref'), id: uuid }, { requiredKeys: [] }), anyJson)],
      [['context', 'extensions'], fc.oneof(fc.dictionary(iri, anyJson, { maxKeys: 2 }), anyJson)],
      [['context', 'language'], fc.oneof(tag, anyJson)],
      [['timestamp'], timestamp],
      [['stored'], timestamp],
      [['version'], fc.constantFrom('1.0.0', '1.0.3', '2.0.0', '2.1.0', '1.0', 1, undefined)],
    ];
    const mutation = fc.oneof(...fields.map(([path, value]) => fc.tuple(fc.constant(path), value.map((v) => v as Json | undefined))));
    const apply = (statement: JsonObject, [path, value]: [string[], Json | undefined]) => {
      if (path.length === 0) {
        // a top-level property no common statement has
        statement[value as string] = 'x';
        return;
      }
      let target: Json | undefined = statement;
      for (const key of path.slice(0, -1)) target = typeof target === 'object' && target !== null && !Array.isArray(target) ? target[key] : undefined;
      if (typeof target !== 'object' || target === null || Array.isArray(target)) return;
      const last = path[path.length - 1] as string;
      if (value === undefined) delete target[last];
      else target[last] = value;
    };
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 3 }), fc.constantFrom<XapiVersion>('2.0.0', '1.0.3'), (mutations, version) => {
        const value = platformStatement();
        for (const m of mutations) apply(value, m);
        // JSON text and back, as statements arrive (drops undefined, keeps "__proto__" as a key)
        const received = JSON.parse(JSON.stringify(value)) as Json;
        const common = readCommonStatement(received, version);
        if (common === undefined) {
          refused += 1;
          return;
        }
        accepted += 1;
        expect(isValid(received, version), JSON.stringify(received)).toBe(true);
        expect(common).toEqual(generic(received as JsonObject));
      }),
      { numRuns: 5_000 },
    );
    // the property must have exercised both sides
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('accepts the platform statement with every optional part removed in turn', () => {
    const optional = ['id', 'result', 'context', 'timestamp', 'stored', 'version'];
    for (const key of optional) {
      const statement = platformStatement();
      delete statement[key];
      const common = readCommonStatement(statement, '1.0.3');
      expect(common, key).toEqual(generic(statement));
    }
  });
});
