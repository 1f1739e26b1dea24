import type { BrowsedStatement, LanguageMap } from '../../../../shared/contracts/lrs/statement-browse.js';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** A language map from a JSON value, or null when it holds no strings. */
export function languageMap(value: Json | undefined): LanguageMap | null {
  if (!isJsonObject(value)) return null;
  const map: LanguageMap = {};
  for (const [tag, text] of Object.entries(value)) if (typeof text === 'string') map[tag] = text;
  return Object.keys(map).length > 0 ? map : null;
}

/** How people recognise an Agent or Group: its IFI, or the size of an anonymous group. */
export function agentIdentifier(agent: JsonObject): string {
  if (typeof agent.mbox === 'string') return agent.mbox;
  if (isJsonObject(agent.account)) return `${String(agent.account.name)} @ ${String(agent.account.homePage)}`;
  if (typeof agent.openid === 'string') return agent.openid;
  if (typeof agent.mbox_sha1sum === 'string') return `sha1:${agent.mbox_sha1sum}`;
  const members = Array.isArray(agent.member) ? agent.member.length : 0;
  return `${members} members`;
}

function summarizeActor(actor: Json | undefined): BrowsedStatement['actor'] {
  const agent = isJsonObject(actor) ? actor : {};
  return {
    name: typeof agent.name === 'string' ? agent.name : null,
    identifier: agentIdentifier(agent),
    objectType: agent.objectType === 'Group' ? 'Group' : 'Agent',
  };
}

function summarizeObject(value: Json | undefined): BrowsedStatement['object'] {
  const object = isJsonObject(value) ? value : {};
  const type = object.objectType;
  if (type === 'Agent' || type === 'Group') {
    return { objectType: type, id: agentIdentifier(object), name: typeof object.name === 'string' ? { und: object.name } : null };
  }
  if (type === 'StatementRef' || type === 'SubStatement') {
    return { objectType: type, id: typeof object.id === 'string' ? object.id : null, name: null };
  }
  const definition = isJsonObject(object.definition) ? object.definition : {};
  return { objectType: 'Activity', id: typeof object.id === 'string' ? object.id : null, name: languageMap(definition.name) };
}

/** The parts of a statement the browser's table shows (the statement itself goes to the drawer). */
export function summarizeStatement(statement: JsonObject): Pick<BrowsedStatement, 'actor' | 'verb' | 'object' | 'timestamp' | 'registration'> {
  const verb = isJsonObject(statement.verb) ? statement.verb : {};
  const context = isJsonObject(statement.context) ? statement.context : {};
  return {
    actor: summarizeActor(statement.actor),
    verb: { id: typeof verb.id === 'string' ? verb.id : '', display: languageMap(verb.display) ?? {} },
    object: summarizeObject(statement.object),
    timestamp: typeof statement.timestamp === 'string' ? statement.timestamp : null,
    registration: typeof context.registration === 'string' ? context.registration : null,
  };
}

