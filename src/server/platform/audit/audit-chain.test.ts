import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createChainVerifier, GENESIS_HASH, hashChange, hashEntry, redactDetails, type StoredAuditEntry } from './audit-chain.js';

function buildChain(count: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq += 1) {
    const details = { n: seq, name: `user${seq}` };
    const fields = {
      seq,
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorType: 'user',
      actorId: 'u1',
      actorLabel: 'alice',
      action: 'user.create',
      entityType: 'user',
      entityId: `id${seq}`,
      scope: 'national',
      provinceCode: null,
      changeHash: hashChange(details),
      prevHash,
    };
    const hash = hashEntry(fields);
    entries.push({ ...fields, details, hash });
    prevHash = hash;
  }
  return entries;
}

function verify(entries: StoredAuditEntry[], head: { seq: number; hash: string } | undefined) {
  const verifier = createChainVerifier();
  for (const entry of entries) verifier.push(entry);
  return verifier.finish(head);
}

describe('audit chain', () => {
  it('accepts an untouched chain', () => {
    const chain = buildChain(5);
    const last = chain[4]!;
    expect(verify(chain, { seq: 5, hash: last.hash })).toMatchObject({ isIntact: true, checked: 5 });
  });

  it('reports an edited row by its sequence number', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2]!, details: { n: 3, name: 'mallory' } };
    const result = verify(chain, { seq: 5, hash: chain[4]!.hash });
    expect(result.problems).toEqual([{ kind: 'altered', seq: 3 }]);
  });

  it('reports a deleted middle row and a deleted last row', () => {
    const chain = buildChain(5);
    const withoutMiddle = chain.filter((e) => e.seq !== 2);
    expect(verify(withoutMiddle, { seq: 5, hash: chain[4]!.hash }).problems).toContainEqual({ kind: 'missing', fromSeq: 2, toSeq: 2 });
    const withoutLast = chain.slice(0, 4);
    expect(verify(withoutLast, { seq: 5, hash: chain[4]!.hash }).problems).toContainEqual({ kind: 'missing', fromSeq: 5, toSeq: 5 });
  });

  it('detects any single-field change (property)', () => {
    const chain = buildChain(3);
    fc.assert(
      fc.property(fc.constantFrom('actorLabel', 'action', 'entityId', 'scope'), fc.string({ minLength: 1 }), (field, value) => {
        const target = chain[1]!;
        fc.pre(target[field] !== value);
        const altered = chain.map((e) => (e.seq === 2 ? { ...e, [field]: value } : e));
        expect(verify(altered, { seq: 3, hash: chain[2]!.hash }).problems).toContainEqual({ kind: 'altered', seq: 2 });
      }),
    );
  });

  it('never writes secrets into details', () => {
    expect(redactDetails({ username: 'a', password: 'x', nested: { apiKey: 'k' } })).toEqual({
      username: 'a',
      password: '[redacted]',
      nested: { apiKey: '[redacted]' },
    });
  });
});
