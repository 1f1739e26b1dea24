import type { CatalogLevel, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';

/**
 * Program codes. The 2021 catalog codes its levels uniformly: 2-digit major category
 * (专业大类), 4-digit category (专业类), 6-digit program; a category code starts with its
 * major's, a program code with its category's. Sample and generated data use codes that
 * cannot be mistaken for official ones: `SAMPLE-…` and `GEN-…`.
 */
export type CodeRank = 'major' | 'category' | 'program';

const OFFICIAL: Record<CodeRank, RegExp> = { major: /^\d{2}$/, category: /^\d{4}$/, program: /^\d{6}$/ };
const NON_OFFICIAL = /^(SAMPLE|GEN)-[A-Z0-9][A-Z0-9-]{0,30}$/;

export const officialCodeShape: Record<CodeRank, string> = { major: '2 digits', category: '4 digits', program: '6 digits' };

export const isNonOfficialCode = (code: string): boolean => NON_OFFICIAL.test(code);
export const isOfficialCode = (code: string, rank: CodeRank): boolean => OFFICIAL[rank].test(code);

export type CodeCheck = 'ok' | 'bad-format' | 'sample-code-in-official-version';

/** Official versions take official codes only; sample versions take SAMPLE-/GEN- codes or official ones. */
export function checkCode(code: string, rank: CodeRank, isSampleVersion: boolean): CodeCheck {
  if (isOfficialCode(code, rank)) return 'ok';
  if (isNonOfficialCode(code)) return isSampleVersion ? 'ok' : 'sample-code-in-official-version';
  return 'bad-format';
}

/** For official codes the hierarchy is in the code itself: 510201 lies under 5102, under 51. */
export function isCodeUnder(child: string, parent: string): boolean {
  return child.startsWith(parent);
}

export const levelOrder: Record<CatalogLevel, number> = { secondary: 0, higher: 1, undergraduate: 2 };

/** Kinds the MOE counts as adjustments (调整): everything except `kept`. */
export const moeAdjustmentKinds: readonly RevisionKind[] = ['added', 'renamed', 'merged', 'discontinued', 'regrouped', 'split'];
/** Kinds the paper counts: added + discontinued + substantially revised (merged, split). */
export const paperAdjustmentKinds: readonly RevisionKind[] = ['added', 'discontinued', 'merged', 'split'];

/** How many predecessor and successor codes each kind of change record has. */
export const revisionShape: Record<RevisionKind, { predecessors: [number, number]; successors: [number, number] }> = {
  added: { predecessors: [0, 0], successors: [1, 1] },
  renamed: { predecessors: [1, 1], successors: [1, 1] },
  merged: { predecessors: [2, 50], successors: [1, 1] },
  discontinued: { predecessors: [1, 1], successors: [0, 0] },
  regrouped: { predecessors: [1, 1], successors: [1, 1] },
  split: { predecessors: [1, 1], successors: [2, 50] },
  kept: { predecessors: [1, 1], successors: [1, 1] },
};

export function fitsShape(kind: RevisionKind, predecessors: number, successors: number): boolean {
  const shape = revisionShape[kind];
  return predecessors >= shape.predecessors[0] && predecessors <= shape.predecessors[1] && successors >= shape.successors[0] && successors <= shape.successors[1];
}
