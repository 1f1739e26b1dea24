import { describe, expect, it } from 'vitest';
import type { Json, JsonObject } from './json.js';
import { validateStatement } from './validate-statement.js';
import type { XapiVersion } from './validation.js';

const base = (): JsonObject => ({
  actor: { objectType: 'Agent', name: '张三', mbox: 'mailto:zhangsan@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted', 'zh-CN': '尝试' } },
  object: { id: 'https://luban.example/activities/welding-101', definition: { name: { 'zh-CN': '焊接基础' }, type: 'http://adlnet.gov/expapi/activities/course' } },
});

function check(mutate: (s: JsonObject) => void, version: XapiVersion = '2.0.0'): () => JsonObject {
  const statement = base();
  mutate(statement);
  return () => validateStatement(statement, { version });
}

const agent = (extra: JsonObject = {}): JsonObject => ({ mbox: 'mailto:a@example.com', ...extra });
const group = (members: Json[]): JsonObject => ({ objectType: 'Group', member: members });

describe('statement validation: what the LRS must accept', () => {
  const valid: [string, (s: JsonObject) => void][] = [
    ['the base statement', () => {}],
    ['an id, timestamp, version 1.0 and 2.0.0', (s) => Object.assign(s, { id: 'aa97b177-9383-4934-8543-0f91a7a02836', timestamp: '2008-09-15T15:53:00.601+00:00', version: '2.0.0' })],
    ['null values inside extensions', (s) => Object.assign(s, { result: { extensions: { 'http://example.com/null': null } } })],
    ['an anonymous group actor', (s) => (s.actor = group([agent(), { account: { homePage: 'https://example.com', name: 'x' } }]))],
    ['an identified group without members', (s) => (s.actor = { objectType: 'Group', openid: 'https://openid.example.com/x' })],
    ['a voiding statement with a StatementRef', (s) => Object.assign(s, { verb: { id: 'http://adlnet.gov/expapi/verbs/voided' }, object: { objectType: 'StatementRef', id: 'aa97b177-9383-4934-8543-0f91a7a02836' } })],
    ['a SubStatement object', (s) => (s.object = { objectType: 'SubStatement', actor: agent(), verb: { id: 'http://example.com/v' }, object: { id: 'http://example.com/a' } })],
    ['an Agent object with objectType', (s) => (s.object = { objectType: 'Agent', mbox_sha1sum: 'a'.repeat(40) })],
    ['a single context activity object', (s) => (s.context = { contextActivities: { parent: { id: 'http://example.com/course' } } })],
    ['2.0 context agents and groups', (s) => (s.context = { contextAgents: [{ objectType: 'contextAgent', agent: agent(), relevantTypes: ['http://example.com/t'] }], contextGroups: [{ objectType: 'contextGroup', group: group([agent()]) }] })],
    ['a full result', (s) => (s.result = { score: { scaled: 0.95, raw: 95, min: 0, max: 100 }, success: true, completion: true, response: 'x', duration: 'PT1H0M0.1S' })],
    ['a choice interaction', (s) => (s.object = { id: 'http://example.com/q1', definition: { interactionType: 'choice', correctResponsesPattern: ['a'], choices: [{ id: 'a', description: { 'sr-Latn-RS': 'x' } }, { id: 'b' }] } })],
    ['attachments with a fileUrl', (s) => (s.attachments = [{ usageType: 'http://example.com/u', display: { es: 'x' }, contentType: 'text/plain', length: 3, sha2: '0'.repeat(64), fileUrl: 'http://example.com/f' }])],
  ];
  for (const [name, mutate] of valid) it(name, () => expect(check(mutate)).not.toThrow());
});

describe('statement validation: what the LRS must reject with 400', () => {
  const invalid: [string, (s: JsonObject) => void][] = [
    ['no actor', (s) => delete s.actor],
    ['no verb', (s) => delete s.verb],
    ['no object', (s) => delete s.object],
    ['a null value outside extensions', (s) => (s.context = null)],
    ['an unknown property', (s) => (s.Actor = s.actor ?? null)],
    ['a wrongly cased objectType', (s) => (s.actor = { objectType: 'agent', mbox: 'mailto:a@example.com' })],
    ['an id that is no UUID', (s) => (s.id = 'MA97B177-9383-4934-8543-0F91A7A02836')],
    ['a numeric id', (s) => (s.id = 12345)],
    ['an agent with two IFIs', (s) => (s.actor = { mbox: 'mailto:a@example.com', openid: 'http://example.com/x' })],
    ['an agent with no IFI', (s) => (s.actor = { name: 'nobody' })],
    ['a bad mbox', (s) => (s.actor = { mbox: 'mailto:should.fail.com' })],
    ['an account name that is not a string', (s) => (s.actor = { account: { homePage: 'http://example.com', name: { key: 'invalid' } } })],
    ['an account homePage without scheme', (s) => (s.actor = { account: { homePage: 'ab=c://should.fail.com', name: 'x' } })],
    ['an anonymous group without members', (s) => (s.actor = { objectType: 'Group', name: 'g' })],
    ['a group member that is a group', (s) => (s.actor = group([group([agent()])]))],
    ['a verb id without scheme', (s) => (s.verb = { id: 'attended' })],
    ['a bad language tag', (s) => (s.verb = { id: 'http://example.com/v', display: { a12345: 'x' } })],
    ['a display that is not a language map', (s) => (s.verb = { id: 'http://example.com/v', display: 'a12345 attended' })],
    ['a voiding verb on an activity', (s) => (s.verb = { id: 'http://adlnet.gov/expapi/verbs/voided' })],
    ['an Agent object without objectType', (s) => (s.object = { mbox: 'mailto:a@example.com' })],
    ['a nested SubStatement', (s) => (s.object = { objectType: 'SubStatement', actor: agent(), verb: { id: 'http://example.com/v' }, object: { objectType: 'SubStatement', actor: agent(), verb: { id: 'http://example.com/v' }, object: { id: 'http://example.com/a' } } })],
    ['a SubStatement with an id', (s) => (s.object = { objectType: 'SubStatement', id: 'aa97b177-9383-4934-8543-0f91a7a02836', actor: agent(), verb: { id: 'http://example.com/v' }, object: { id: 'http://example.com/a' } })],
    ['a wrongly cased interactionType', (s) => (s.object = { id: 'http://example.com/q', definition: { interactionType: 'choiCe' } })],
    ['components not allowed for the interaction type', (s) => (s.object = { id: 'http://example.com/q', definition: { interactionType: 'likert', choices: [{ id: 'a' }] } })],
    ['duplicate component ids', (s) => (s.object = { id: 'http://example.com/q', definition: { interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] } })],
    ['a scaled score above 1', (s) => (s.result = { score: { scaled: 1.5 } })],
    ['a raw score below min', (s) => (s.result = { score: { raw: -1, min: 0, max: 10 } })],
    ['a string where a number is required', (s) => (s.result = { score: { raw: '95' } })],
    ['a string where a boolean is required', (s) => (s.result = { success: 'true' })],
    ['a bad duration', (s) => (s.result = { duration: 'PA1H0M0S' })],
    ['an extension key that is no IRI', (s) => (s.result = { extensions: { 'should fail': true } })],
    ['a registration that is no UUID', (s) => (s.context = { registration: 'x' })],
    ['a team that is an agent', (s) => (s.context = { team: agent() })],
    ['revision when the object is an agent', (s) => Object.assign(s, { object: { objectType: 'Agent', mbox: 'mailto:b@example.com' }, context: { revision: 'r' } })],
    ['an unknown context activity kind', (s) => (s.context = { contextActivities: { parents: [{ id: 'http://example.com/c' }] } })],
    ['an empty relevantTypes list', (s) => (s.context = { contextAgents: [{ objectType: 'contextAgent', agent: agent(), relevantTypes: [] }] })],
    ['a contextAgent with the wrong objectType', (s) => (s.context = { contextAgents: [{ objectType: 'Should fail', agent: agent() }] })],
    ['a timestamp with -00:00', (s) => (s.timestamp = '2008-09-15T15:53:00.601-00:00')],
    ['version 1.1.0', (s) => (s.version = '1.1.0')],
    ['version 0.9.9', (s) => (s.version = '0.9.9')],
    ['an attachment without sha2', (s) => (s.attachments = [{ usageType: 'http://example.com/u', display: { en: 'x' }, contentType: 'text/plain', length: 3 }])],
    ['an attachment length that is not an integer', (s) => (s.attachments = [{ usageType: 'http://example.com/u', display: { en: 'x' }, contentType: 'text/plain', length: 1.5, sha2: '0'.repeat(64) }])],
    ['a group authority with three members', (s) => (s.authority = group([agent(), agent({ mbox: 'mailto:b@example.com' }), agent({ mbox: 'mailto:c@example.com' })]))],
  ];
  for (const [name, mutate] of invalid) {
    it(name, () => expect(check(mutate)).toThrowError(expect.objectContaining({ code: 'LRS_INVALID_STATEMENT' })));
  }

  it('rejects 2.0 context properties and 2.0 versions in 1.0.3', () => {
    expect(check((s) => (s.context = { contextAgents: [] }), '1.0.3')).toThrow();
    expect(check((s) => (s.version = '2.0.0'), '1.0.3')).toThrow();
    expect(check((s) => (s.version = '1.0.9'), '1.0.3')).not.toThrow();
  });
});
