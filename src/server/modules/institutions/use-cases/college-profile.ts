import { AppError } from '../../../platform/errors/app-error.js';
import type { Actor } from '../../../platform/authz/actor.js';
import { collegeScope } from '../../../platform/authz/scope.js';
import type { CollegeDetail, DoubleHighMembership, SetDoubleHighRequest } from '../../../../shared/contracts/institutions/colleges.js';
import { findCollege, findRegion } from '../institutions.repository.js';
import { findCollegeProfile, replaceDoubleHigh } from '../institutions-profile.repository.js';
import { institutionsPermissions } from '../policies.js';
import type { InstitutionsDeps } from './institutions-deps.js';

const ROUND_ORDER = ['2019', '2025'];
const tierOf = (tier: string | null): DoubleHighMembership['tier'] => (tier === 'A' || tier === 'B' || tier === 'C' ? tier : null);

function presentMemberships(rows: { round: string; kind: string; tier: string | null; groupName: string }[]): DoubleHighMembership[] {
  return rows
    .map((r) => ({
      round: r.round === '2025' ? ('2025' as const) : ('2019' as const),
      kind: r.kind === 'program-group' ? ('program-group' as const) : ('school' as const),
      tier: tierOf(r.tier),
      groupName: r.groupName,
    }))
    .sort((a, b) => ROUND_ORDER.indexOf(a.round) - ROUND_ORDER.indexOf(b.round) || a.kind.localeCompare(b.kind) || a.groupName.localeCompare(b.groupName));
}

/** One college with its profile and Double High memberships, if the actor's scope reaches it. */
export async function getCollegeDetail(deps: InstitutionsDeps, actor: Actor, id: string): Promise<CollegeDetail> {
  await deps.authz.authorize(actor, institutionsPermissions.readColleges, collegeScope(id));
  const college = await findCollege(deps.db, id);
  if (!college) throw new AppError('COLLEGE_NOT_FOUND', { id });
  const [{ profile, memberships }, province, region] = await Promise.all([
    findCollegeProfile(deps.db, id),
    findRegion(deps.db, college.provinceCode),
    findRegion(deps.db, college.regionCode),
  ]);
  return {
    id: college.id,
    name: college.name,
    nameEn: college.nameEn,
    provinceCode: college.provinceCode,
    regionCode: college.regionCode,
    level: college.level === 'secondary' ? 'secondary' : college.level === 'undergraduate' ? 'undergraduate' : 'higher',
    ownership: college.ownership === 'private' ? 'private' : 'public',
    authority: college.authority,
    isDemo: college.isDemo,
    moeCode: profile?.moeCode ?? null,
    provinceName: province?.name ?? null,
    regionName: region?.name ?? null,
    city: profile?.city ?? null,
    regionMatch: profile?.regionMatch === 'prefecture' || profile?.regionMatch === 'county' || profile?.regionMatch === 'province' ? profile.regionMatch : null,
    sourceOwnership: profile?.sourceOwnership ?? null,
    website: profile?.website ?? null,
    doubleHigh: presentMemberships(memberships),
    source: profile?.source ?? null,
  };
}

/** Replaces a college's Double High memberships (national administrators). */
export async function setDoubleHigh(deps: InstitutionsDeps, actor: Actor, id: string, request: SetDoubleHighRequest): Promise<CollegeDetail> {
  await deps.authz.authorize(actor, institutionsPermissions.manageDoubleHigh, collegeScope(id));
  const college = await findCollege(deps.db, id);
  if (!college) throw new AppError('COLLEGE_NOT_FOUND', { id });
  const unique = new Map<string, DoubleHighMembership>();
  for (const m of request.memberships) {
    const groupName = m.kind === 'school' ? '' : m.groupName;
    if (m.kind === 'program-group' && groupName.length === 0) {
      throw new AppError('VALIDATION_FAILED', { summary: 'memberships.groupName' }, [{ field: 'memberships.groupName', code: 'too_small', params: { minimum: 1 } }]);
    }
    unique.set(`${m.round}|${m.kind}|${groupName}`, { ...m, groupName });
  }
  await deps.db.transaction(async (tx) => {
    await replaceDoubleHigh(tx, id, [...unique.values()]);
    await deps.audit.record(tx, actor, {
      action: 'college.double-high.set',
      entityType: 'college',
      entityId: id,
      scope: collegeScope(id),
      details: { memberships: [...unique.values()] },
    });
  });
  return getCollegeDetail(deps, actor, id);
}
