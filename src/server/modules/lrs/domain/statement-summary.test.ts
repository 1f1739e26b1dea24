import { describe, expect, it } from 'vitest';
import { agentIdentifier, summarizeStatement } from './statement-summary.js';

describe('statement summary for the browser', () => {
  it('names agents by their identifier, whichever IFI they use', () => {
    expect(agentIdentifier({ mbox: 'mailto:li@example.com' })).toBe('mailto:li@example.com');
    expect(agentIdentifier({ account: { homePage: 'https://luban.example', name: 's-1' } })).toBe('s-1 @ https://luban.example');
    expect(agentIdentifier({ openid: 'https://id.example/li' })).toBe('https://id.example/li');
    expect(agentIdentifier({ mbox_sha1sum: 'abc' })).toBe('sha1:abc');
    expect(agentIdentifier({ objectType: 'Group', member: [{ mbox: 'mailto:a@x.org' }, { mbox: 'mailto:b@x.org' }] })).toBe('2 members');
  });

  it('summarises actor, verb, activity object, timestamp and registration', () => {
    const summary = summarizeStatement({
      actor: { name: '李雷', mbox: 'mailto:li@example.com' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成', en: 'completed' } },
      object: { id: 'https://luban.example/lessons/1', definition: { name: { 'zh-CN': '第一课' } } },
      timestamp: '2025-03-01T08:00:00Z',
      context: { registration: 'c3a5a7b0-0000-4000-8000-000000000001' },
    });
    expect(summary).toEqual({
      actor: { name: '李雷', identifier: 'mailto:li@example.com', objectType: 'Agent' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成', en: 'completed' } },
      object: { objectType: 'Activity', id: 'https://luban.example/lessons/1', name: { 'zh-CN': '第一课' } },
      timestamp: '2025-03-01T08:00:00Z',
      registration: 'c3a5a7b0-0000-4000-8000-000000000001',
    });
  });

  it('summarises agent, group, statement-reference and sub-statement objects', () => {
    const base = { actor: { mbox: 'mailto:t@example.com' }, verb: { id: 'v:x' } };
    expect(summarizeStatement({ ...base, object: { objectType: 'Agent', name: '韩梅梅', mbox: 'mailto:h@example.com' } }).object).toEqual({
      objectType: 'Agent',
      id: 'mailto:h@example.com',
      name: { und: '韩梅梅' },
    });
    expect(summarizeStatement({ ...base, object: { objectType: 'StatementRef', id: 'abc' } }).object).toEqual({ objectType: 'StatementRef', id: 'abc', name: null });
    expect(summarizeStatement({ ...base, object: { objectType: 'SubStatement', actor: {}, verb: {}, object: {} } }).object.objectType).toBe('SubStatement');
    const group = summarizeStatement({ ...base, actor: { objectType: 'Group', member: [] }, object: { id: 'x:y' } });
    expect(group.actor).toEqual({ name: null, identifier: '0 members', objectType: 'Group' });
    expect(group.verb.display).toEqual({});
    expect(group.registration).toBeNull();
  });
});
