import { AppError } from '../../../platform/errors/app-error.js';
import { isJsonObject, type JsonObject } from './json.js';

/**
 * What a delegated credential (e.g. a simulation launch) may write: statements about one learner
 * (actor, by account) in one registration, and nothing that voids. Anything else is refused.
 */
export type DelegatedRestriction = { actorAccount: { homePage: string; name: string }; registration: string };

const VOIDED = 'http://adlnet.gov/expapi/verbs/voided';

function field(value: JsonObject | undefined, key: string): JsonObject | undefined {
  const found = value?.[key];
  return isJsonObject(found) ? found : undefined;
}

export function assertWithinRestriction(statement: JsonObject, restriction: DelegatedRestriction, path: string): void {
  const refuse = (what: string) => new AppError('LRS_FORBIDDEN', { action: `write ${what} (${path})` });
  const account = field(field(statement, 'actor'), 'account');
  if (account?.homePage !== restriction.actorAccount.homePage || account.name !== restriction.actorAccount.name) throw refuse('statements about another actor');
  const registration = field(statement, 'context')?.registration;
  if (typeof registration !== 'string' || registration.toLowerCase() !== restriction.registration.toLowerCase()) throw refuse('statements outside its registration');
  if (field(statement, 'verb')?.id === VOIDED) throw refuse('voiding statements');
}
