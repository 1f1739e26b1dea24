import { describe, expect, it } from 'vitest';
import { assertWithinRestriction } from './delegated-restriction.js';

const restriction = { actorAccount: { homePage: 'https://luban.local/users', name: 'u1' }, registration: '0f8b5a7e-3c1d-4e2f-9a6b-1c2d3e4f5a6b' };
const statement = (overrides: Record<string, unknown> = {}) => ({
  actor: { account: { homePage: 'https://luban.local/users', name: 'u1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
  object: { id: 'https://luban.local/x' },
  context: { registration: restriction.registration.toUpperCase() },
  ...overrides,
});

describe('delegated restriction', () => {
  it('accepts statements about the learner in the registration', () => {
    expect(() => assertWithinRestriction(statement(), restriction, 'statements[0]')).not.toThrow();
  });
  it('refuses another actor, another or no registration, and voiding', () => {
    expect(() => assertWithinRestriction(statement({ actor: { account: { homePage: 'https://luban.local/users', name: 'u2' } } }), restriction, 's')).toThrow(/LRS_FORBIDDEN/);
    expect(() => assertWithinRestriction(statement({ actor: { mbox: 'mailto:u1@example.org' } }), restriction, 's')).toThrow(/LRS_FORBIDDEN/);
    expect(() => assertWithinRestriction(statement({ context: { registration: '1f8b5a7e-3c1d-4e2f-9a6b-1c2d3e4f5a6b' } }), restriction, 's')).toThrow(/LRS_FORBIDDEN/);
    expect(() => assertWithinRestriction(statement({ context: {} }), restriction, 's')).toThrow(/LRS_FORBIDDEN/);
    expect(() => assertWithinRestriction(statement({ verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } }), restriction, 's')).toThrow(/LRS_FORBIDDEN/);
  });
});
