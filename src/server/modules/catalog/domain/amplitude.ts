import type { Amplitude, CatalogLevel, RevisionKind } from '../../../../shared/contracts/catalog/catalog.js';
import { revisionKindSchema } from '../../../../shared/contracts/catalog/catalog.js';
import { moeAdjustmentKinds, paperAdjustmentKinds } from './codes.js';

/**
 * Catalog adjustment amplitude (调整幅度), two ways (governance-rules.md):
 * - MOE: (新增 + 更名 + 合并 + 撤销 + 归属调整 + 拆分) ÷ (the old catalog's programs plus
 *   every program its supplements added). With this definition the 2021 catalog reads
 *   61.1 % (secondary, 225 ÷ ≈368) and 56.4 % (higher vocational, 439 ÷ ≈778).
 * - The paper: (added + discontinued + substantially revised, i.e. merged and split) ÷ the
 *   old version's programs.
 * One change record counts once, whatever number of codes it names.
 */
export type AmplitudeInput = {
  level: CatalogLevel;
  /** Change records of every version after the old one up to the new one. */
  revisions: readonly { kind: RevisionKind; level: CatalogLevel }[];
  /** Programs of this level in the old version (the paper's baseline). */
  oldVersionPrograms: number;
  /** Distinct programs of this level over the old edition and all its supplements (the MOE baseline). */
  oldEditionPrograms: number;
};

type Method = Amplitude['moe'];

const definitions = {
  moe: {
    en: '(added + renamed + merged + discontinued + regrouped + split) ÷ (old catalog + all its supplements)',
    'zh-CN': '（新增 + 更名 + 合并 + 撤销 + 归属调整 + 拆分）÷（原目录专业数 + 历年增补数）',
  },
  paper: {
    en: '(added + discontinued + substantially revised [merged, split]) ÷ programs of the old version',
    'zh-CN': '（新增 + 撤销 + 实质性调整［合并、拆分］）÷ 原版本专业数',
  },
} as const;

function countKinds(revisions: AmplitudeInput['revisions'], level: CatalogLevel): Record<RevisionKind, number> {
  const counts = Object.fromEntries(revisionKindSchema.options.map((k) => [k, 0])) as Record<RevisionKind, number>;
  for (const revision of revisions) if (revision.level === level) counts[revision.kind] += 1;
  return counts;
}

function method(counts: Record<RevisionKind, number>, kinds: readonly RevisionKind[], denominator: number, definition: string): Method {
  const numerator = kinds.reduce((sum, kind) => sum + counts[kind], 0);
  return { rate: denominator > 0 ? numerator / denominator : null, numerator, denominator, counts, definition };
}

export function computeAmplitude(input: AmplitudeInput, locale: 'zh-CN' | 'en'): { moe: Method; paper: Method } {
  const counts = countKinds(input.revisions, input.level);
  return {
    moe: method(counts, moeAdjustmentKinds, input.oldEditionPrograms, definitions.moe[locale]),
    paper: method(counts, paperAdjustmentKinds, input.oldVersionPrograms, definitions.paper[locale]),
  };
}
