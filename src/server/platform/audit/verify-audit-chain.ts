import type { DbOrTx } from '../../db/open-db.js';
import { createChainVerifier } from './audit-chain.js';
import { readAuditChain, readAuditHead } from './audit.repository.js';

/** Re-hashes every row in order and compares with the stored chain and head. */
export async function verifyAuditChain(db: DbOrTx) {
  const verifier = createChainVerifier();
  for await (const entry of readAuditChain(db)) verifier.push(entry);
  return verifier.finish(await readAuditHead(db));
}
