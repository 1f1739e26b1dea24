import { describe, expect, it } from 'vitest';
import { agentKey } from './agent-key.js';
import { decodeMoreToken, encodeMoreToken } from './more-token.js';
import { MAX_PAGE_SIZE, parseStatementQuery } from './statement-query.js';

const id = 'aa97b177-9383-4934-8543-0f91a7a02836';
const agent = JSON.stringify({ mbox: 'mailto:learner@example.com' });

function rejects(params: Record<string, string>, parameter: string) {
  expect(() => parseStatementQuery(params)).toThrowError(expect.objectContaining({ code: 'LRS_INVALID_PARAMETER', params: expect.objectContaining({ parameter }) }));
}

describe('GET /statements parameters (Communication 2.1.3)', () => {
  it('reads a single-statement query, lower-casing the id', () => {
    expect(parseStatementQuery({ statementId: id.toUpperCase(), format: 'ids', attachments: 'true' })).toEqual({
      kind: 'single',
      id,
      isVoided: false,
      format: 'ids',
      isAttachments: true,
    });
    expect(parseStatementQuery({ voidedStatementId: id })).toMatchObject({ kind: 'single', isVoided: true, format: 'exact' });
  });

  it('refuses statementId or voidedStatementId with anything but format and attachments', () => {
    for (const extra of ['agent', 'verb', 'activity', 'registration', 'related_activities', 'related_agents', 'since', 'until', 'limit', 'ascending']) {
      rejects({ statementId: id, [extra]: 'x' }, extra);
      rejects({ voidedStatementId: id, [extra]: 'x' }, extra);
    }
    rejects({ statementId: id, voidedStatementId: id }, 'statementId');
  });

  it('reads every filter of a list query', () => {
    const query = parseStatementQuery({
      agent,
      verb: 'http://adlnet.gov/expapi/verbs/passed',
      activity: 'http://example.com/a',
      registration: id.toUpperCase(),
      related_activities: 'true',
      related_agents: 'false',
      since: '2024-01-01T00:00:00Z',
      until: '2024-02-01T00:00:00+08:00',
      limit: '10',
      ascending: 'true',
      format: 'canonical',
    });
    expect(query).toEqual({
      kind: 'list',
      filter: {
        agentKey: agentKey({ mbox: 'mailto:learner@example.com' }),
        agent: { mbox: 'mailto:learner@example.com' },
        verbId: 'http://adlnet.gov/expapi/verbs/passed',
        activityId: 'http://example.com/a',
        registration: id,
        isRelatedActivities: true,
        isRelatedAgents: false,
        since: new Date('2024-01-01T00:00:00Z'),
        until: new Date('2024-01-31T16:00:00Z'),
      },
      limit: 10,
      isAscending: true,
      format: 'canonical',
      isAttachments: false,
    });
  });

  it('uses the server maximum for limit=0 and beyond it', () => {
    expect(parseStatementQuery({ limit: '0' })).toMatchObject({ limit: MAX_PAGE_SIZE });
    expect(parseStatementQuery({ limit: '100000' })).toMatchObject({ limit: MAX_PAGE_SIZE });
  });

  it('refuses malformed and unknown parameters', () => {
    rejects({ agent: 'not json' }, 'agent');
    rejects({ agent: JSON.stringify({ name: 'no ifi' }) }, 'agent');
    rejects({ verb: 'not an iri' }, 'verb');
    rejects({ registration: 'x' }, 'registration');
    rejects({ since: 'yesterday' }, 'since');
    rejects({ limit: '-1' }, 'limit');
    rejects({ ascending: 'yes' }, 'ascending');
    rejects({ format: 'full' }, 'format');
    rejects({ Agent: agent }, 'Agent');
    rejects({ statementid: id }, 'statementid');
  });
});

describe('more tokens', () => {
  it('round-trip the query and the position', () => {
    const cursor = { stored: new Date('2024-01-01T00:00:00.123Z'), id };
    expect(decodeMoreToken(encodeMoreToken({ verb: 'http://example.com/v' }, cursor))).toEqual({ params: { verb: 'http://example.com/v' }, cursor });
  });
  it('refuses tampered tokens', () => {
    expect(() => decodeMoreToken('garbage')).toThrowError(expect.objectContaining({ code: 'LRS_INVALID_PARAMETER' }));
  });
});
