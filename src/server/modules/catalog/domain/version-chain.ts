/**
 * Catalog versions form chains through `previousVersionId`: the 2021 edition, its
 * supplements, then the next edition. Pure helpers over a list of versions.
 */
export type ChainVersion = {
  id: string;
  previousVersionId: string | null;
  kind: string;
  editionId: string;
  isSample: boolean;
  year: number;
  createdAt: Date;
};

export type ChainPath<V extends ChainVersion> = { direction: 'forward' | 'backward' | 'none'; versions: V[] };

/** The versions from `startId` back to the start of its chain, newest first. */
export function ancestry<V extends ChainVersion>(byId: ReadonlyMap<string, V>, startId: string): V[] {
  const result: V[] = [];
  const seen = new Set<string>();
  let current = byId.get(startId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    result.push(current);
    current = current.previousVersionId ? byId.get(current.previousVersionId) : undefined;
  }
  return result;
}

/**
 * The versions to cross going from `fromId` to `toId`: forward, the versions after `from` up
 * to and including `to`; backward, from `from` down to just after `to`. Undefined when the
 * two are not on one chain.
 */
export function pathBetween<V extends ChainVersion>(versions: readonly V[], fromId: string, toId: string): ChainPath<V> | undefined {
  const byId = new Map(versions.map((v) => [v.id, v]));
  if (!byId.has(fromId) || !byId.has(toId)) return undefined;
  if (fromId === toId) return { direction: 'none', versions: [] };
  const fromTo = ancestry(byId, toId);
  const forwardIndex = fromTo.findIndex((v) => v.id === fromId);
  if (forwardIndex >= 0) return { direction: 'forward', versions: fromTo.slice(0, forwardIndex).reverse() };
  const toFrom = ancestry(byId, fromId);
  const backwardIndex = toFrom.findIndex((v) => v.id === toId);
  if (backwardIndex >= 0) return { direction: 'backward', versions: toFrom.slice(0, backwardIndex) };
  return undefined;
}

/** The newest end of a chain among official versions, else among samples. */
export function currentVersionId(versions: readonly ChainVersion[]): string | undefined {
  const followed = new Set(versions.map((v) => v.previousVersionId).filter((id): id is string => id !== null));
  const ends = versions.filter((v) => !followed.has(v.id));
  const newest = (list: ChainVersion[]) => [...list].sort((a, b) => b.year - a.year || b.createdAt.getTime() - a.createdAt.getTime())[0];
  return (newest(ends.filter((v) => !v.isSample)) ?? newest(ends))?.id;
}

/**
 * What the amplitude of `versionId` is measured against: by default its previous version
 * (for a new edition, the last version of the old edition). `oldEdition` lists the old
 * edition's versions up to `against` (the MOE baseline counts their distinct programs);
 * `between` the versions whose change records count.
 */
export function amplitudeFrame<V extends ChainVersion>(versions: readonly V[], versionId: string, againstId: string | undefined) {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const version = byId.get(versionId);
  const resolvedAgainst = againstId ?? version?.previousVersionId ?? undefined;
  if (!version || !resolvedAgainst) return undefined;
  const path = pathBetween(versions, resolvedAgainst, versionId);
  const against = byId.get(resolvedAgainst);
  if (!path || path.direction !== 'forward' || !against) return undefined;
  const oldEdition = ancestry(byId, against.id).filter((v) => v.editionId === against.editionId);
  return { version, against, between: path.versions, oldEdition };
}
