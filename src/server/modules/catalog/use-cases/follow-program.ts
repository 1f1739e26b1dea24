import { AppError } from '../../../platform/errors/app-error.js';
import type { DbOrTx } from '../../../db/open-db.js';
import type { FollowResult } from '../../../../shared/contracts/catalog/catalog.js';
import { listRevisions, listVersions, programCodesOf, type RevisionRow } from '../catalog.repository.js';
import { followBackward, followForward } from '../domain/follow-code.js';
import { pathBetween } from '../domain/version-chain.js';
import { presentRevision } from './present.js';

/** Follows a program code from one catalog version to another: successor code(s), or where it ended. */
export async function followProgram(db: DbOrTx, query: { code: string; from: string; to: string }): Promise<FollowResult> {
  const versions = await listVersions(db);
  for (const id of [query.from, query.to]) if (!versions.some((v) => v.id === id)) throw new AppError('CATALOG_VERSION_NOT_FOUND', { id });
  const path = pathBetween(versions, query.from, query.to);
  if (!path) throw new AppError('VERSIONS_NOT_ON_ONE_CHAIN', { from: query.from, to: query.to });
  const ids = [query.from, ...path.versions.map((v) => v.id), ...path.versions.map((v) => v.previousVersionId ?? '').filter(Boolean)];
  const [codes, revisions] = await Promise.all([programCodesOf(db, [...new Set(ids)]), listRevisions(db, path.versions.map((v) => v.id))]);
  const codesOf = (id: string) => codes.get(id) ?? new Set<string>();
  const revisionsOf = (id: string) => revisions.filter((r) => r.versionId === id);
  const start = codesOf(query.from);
  const base = { code: query.code, fromVersionId: query.from, toVersionId: query.to };
  const present = (outcome: ReturnType<typeof followForward<RevisionRow>>): FollowResult => ({
    ...base,
    direction: outcome.direction,
    outcome: outcome.outcome,
    codes: outcome.codes,
    steps: outcome.steps.map((s) => ({ versionId: s.versionId, codes: s.codes, revisions: s.revisions.map(presentRevision) })),
  });
  if (path.direction === 'none') {
    return { ...base, direction: 'none', outcome: start.has(query.code) ? 'continued' : 'unknown-code', codes: start.has(query.code) ? [query.code] : [], steps: [] };
  }
  if (path.direction === 'forward') {
    return present(followForward(query.code, start, path.versions.map((v) => ({ versionId: v.id, codes: codesOf(v.id), revisions: revisionsOf(v.id) }))));
  }
  const steps = path.versions.map((v) => ({ versionId: v.id, revisions: revisionsOf(v.id), previousCodes: codesOf(v.previousVersionId ?? ''), previousVersionId: v.previousVersionId ?? '' }));
  return present(followBackward(query.code, start, steps));
}
