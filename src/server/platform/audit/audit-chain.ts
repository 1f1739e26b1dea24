import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditFields = {
  seq: number;
  at: Date;
  actorType: string;
  actorId: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  scope: string;
  provinceCode: string | null;
  changeHash: string;
  prevHash: string;
};

export type StoredAuditEntry = AuditFields & { details: unknown; hash: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const SECRET_KEYS = /pass(word)?|secret|token|api_?key|hash/i;

/** Removes secrets from what is written to the log: a password never reaches the audit trail. */
export function redactDetails(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => redactDetails(item));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = SECRET_KEYS.test(key) ? '[redacted]' : redactDetails(item);
    }
    return result;
  }
  return value;
}

export function hashChange(details: unknown): string {
  return sha256(canonicalJson(details));
}

export function hashEntry(fields: AuditFields): string {
  return sha256(
    [
      fields.seq,
      fields.at.toISOString(),
      fields.actorType,
      fields.actorId,
      fields.actorLabel,
      fields.action,
      fields.entityType,
      fields.entityId,
      fields.scope,
      fields.provinceCode ?? '',
      fields.changeHash,
      fields.prevHash,
    ].join('\n'),
  );
}

export type ChainProblem =
  | { kind: 'altered'; seq: number }
  | { kind: 'missing'; fromSeq: number; toSeq: number }
  | { kind: 'broken_link'; seq: number }
  | { kind: 'head_mismatch'; headSeq: number; lastSeq: number };

/**
 * Walks a chain segment. Keeps the state between pages so a verifier can stream
 * millions of rows. Reports rows whose content no longer matches their hash,
 * gaps in the sequence (deleted rows) and links that no longer match.
 */
export function createChainVerifier() {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const problems: ChainProblem[] = [];
  return {
    push(entry: StoredAuditEntry) {
      checked += 1;
      if (entry.seq !== expectedSeq) {
        problems.push({ kind: 'missing', fromSeq: expectedSeq, toSeq: entry.seq - 1 });
      } else if (entry.prevHash !== prevHash) {
        problems.push({ kind: 'broken_link', seq: entry.seq });
      }
      const isContentIntact = hashChange(entry.details) === entry.changeHash && hashEntry(entry) === entry.hash;
      if (!isContentIntact) problems.push({ kind: 'altered', seq: entry.seq });
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
    },
    finish(head: { seq: number; hash: string } | undefined) {
      const lastSeq = expectedSeq - 1;
      const headSeq = head?.seq ?? 0;
      if (headSeq !== lastSeq || (head !== undefined && head.seq > 0 && head.hash !== prevHash)) {
        if (headSeq > lastSeq) problems.push({ kind: 'missing', fromSeq: lastSeq + 1, toSeq: headSeq });
        else problems.push({ kind: 'head_mismatch', headSeq, lastSeq });
      }
      return { checked, lastSeq, problems, isIntact: problems.length === 0 };
    },
  };
}
