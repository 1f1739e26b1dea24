import { hash } from 'node:crypto';
import { isJsonObject, type Json, type JsonObject } from './json.js';

/** The inverse functional identifier of an Agent or identified Group, as one string. */
export function ifiString(agent: JsonObject): string | undefined {
  if (typeof agent.mbox === 'string') return `mbox:${agent.mbox}`;
  if (typeof agent.mbox_sha1sum === 'string') return `sha1:${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid:${agent.openid}`;
  if (isJsonObject(agent.account)) return `account:${JSON.stringify([agent.account.homePage, agent.account.name])}`;
  return undefined;
}

/** Digests computed recently: a batch names the same learners again and again. */
const recentDigests = new Map<string, string>();
const MAX_RECENT_DIGESTS = 20_000;

function digest(text: string): string {
  const known = recentDigests.get(text);
  if (known !== undefined) return known;
  const computed = hash('sha256', text, 'base64url').slice(0, 22);
  if (recentDigests.size >= MAX_RECENT_DIGESTS) recentDigests.clear();
  recentDigests.set(text, computed);
  return computed;
}

/**
 * A stable, fixed-length key for an Agent or Group: the distribution key of learning records.
 * Agents and identified Groups are the same actor when objectType and IFI match (xAPI Data
 * §2.4.2); an anonymous Group is keyed by its members, in any order.
 */
export function agentKey(agent: Json | undefined): string {
  if (!isJsonObject(agent)) return digest('invalid');
  const type = agent.objectType === 'Group' ? 'Group' : 'Agent';
  const ifi = ifiString(agent);
  if (ifi !== undefined) return digest(`${type}\n${ifi}`);
  const members = Array.isArray(agent.member) ? agent.member.map((m) => agentKey(m)).sort() : [];
  return digest(`AnonymousGroup\n${members.join('\n')}`);
}
