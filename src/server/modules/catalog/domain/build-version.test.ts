import { describe, expect, it } from 'vitest';
import { buildVersion, type BuildInput } from './build-version.js';
import type { ProgramDraft, RevisionDraft } from './catalog-draft.js';

let row = 2;
function program(code: string, name: string, overrides: Partial<ProgramDraft> = {}): ProgramDraft {
  const level = overrides.level ?? 'higher';
  const prefix = level === 'secondary' ? 'SAMPLE-S01' : level === 'undergraduate' ? 'SAMPLE-U01' : 'SAMPLE-H01';
  return {
    row: row++, level, majorCode: prefix, majorName: `大类${prefix}`, majorNameEn: null, categoryCode: `${prefix}01`, categoryName: `类${prefix}`,
    categoryNameEn: null, code, name, nameEn: null, notes: null, continuesTo: [], classifications: [], ...overrides,
  };
}
const record = (kind: RevisionDraft['kind'], predecessorCodes: string[], successorCodes: string[], level: RevisionDraft['level'] = 'higher'): RevisionDraft => ({
  row: row++, level, kind, predecessorCodes, successorCodes, note: null,
});
const base = (programs: ProgramDraft[], extra: Partial<BuildInput> = {}): BuildInput => ({ mode: 'full', previous: undefined, programs, revisions: [], references: {}, ...extra });

const edition = buildVersion(base([
  program('SAMPLE-S010101', '计算机应用', { level: 'secondary', continuesTo: ['SAMPLE-H010101'] }),
  program('SAMPLE-H010101', '计算机应用技术', { continuesTo: ['SAMPLE-U010101'] }),
  program('SAMPLE-H010102', '软件技术'),
  program('SAMPLE-H010103', '现代文秘'),
  program('SAMPLE-H010104', '电子商务'),
  program('SAMPLE-U010101', '计算机应用工程', { level: 'undergraduate' }),
]));

describe('buildVersion: an edition', () => {
  it('builds programs, categories per level and upward continuities without records', () => {
    expect(edition.issues).toEqual([]);
    expect(edition.snapshot.programs.size).toBe(6);
    expect([...edition.snapshot.categories.values()].filter((c) => c.rank === 'major').map((c) => c.level).sort()).toEqual(['higher', 'secondary', 'undergraduate']);
    expect(edition.snapshot.continuities).toHaveLength(2);
    expect(edition.revisions).toEqual([]);
  });

  it('refuses duplicate codes, downward continuities and unknown continuing programs', () => {
    const result = buildVersion(base([
      program('SAMPLE-H010101', 'A', { continuesTo: ['SAMPLE-S010101', 'SAMPLE-X'] }),
      program('SAMPLE-S010101', 'B', { level: 'secondary' }),
      program('SAMPLE-H010101', 'C'),
    ]));
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ['code', 'DUPLICATE'],
      ['continuesTo', 'CONTINUITY_LEVEL'],
      ['continuesTo', 'UNKNOWN_PROGRAM'],
    ]);
  });

  it('refuses a category code that means two things', () => {
    const result = buildVersion(base([program('SAMPLE-H010101', 'A'), program('SAMPLE-H010102', 'B', { categoryName: '另一个名称' })]));
    expect(result.issues).toEqual([expect.objectContaining({ field: 'categoryName', code: 'INCONSISTENT_CATEGORY' })]);
  });

  it('checks classifications against the chosen reference set', () => {
    const references = { industry: { setId: 'gbt4754', codes: new Set(['I']) } };
    const result = buildVersion(base([program('SAMPLE-H010101', 'A', { classifications: [{ kind: 'industry', itemCode: 'I' }, { kind: 'industry', itemCode: 'Z' }, { kind: 'chain', itemCode: 'C1' }] })], { references }));
    expect(result.issues.map((i) => i.code)).toEqual(['UNKNOWN_REFERENCE', 'NO_REFERENCE_SET']);
    expect(result.snapshot.classifications).toEqual([{ programCode: 'SAMPLE-H010101', setId: 'gbt4754', itemCode: 'I' }]);
  });
});

describe('buildVersion: a delta supplement', () => {
  const previous = edition.snapshot;
  it('carries the previous version, applies records and derives additions for new codes', () => {
    const result = buildVersion({
      mode: 'delta', previous, references: {},
      programs: [program('SAMPLE-H010105', '人工智能技术应用'), program('SAMPLE-H010106', '数字商务')],
      revisions: [record('discontinued', ['SAMPLE-H010103'], []), record('merged', ['SAMPLE-H010104', 'SAMPLE-H010102'], ['SAMPLE-H010106'])],
    });
    expect(result.issues).toEqual([]);
    expect([...result.snapshot.programs.keys()].sort()).toEqual(['SAMPLE-H010101', 'SAMPLE-H010105', 'SAMPLE-H010106', 'SAMPLE-S010101', 'SAMPLE-U010101']);
    expect(result.revisions.filter((r) => r.isDerived)).toEqual([expect.objectContaining({ kind: 'added', successorCodes: ['SAMPLE-H010105'] })]);
    expect(result.snapshot.continuities).toHaveLength(2);
  });

  it('maps carried continuities through renames of their target', () => {
    const result = buildVersion({
      mode: 'delta', previous, references: {},
      programs: [program('SAMPLE-H010109', '计算机应用技术（新）')],
      revisions: [record('renamed', ['SAMPLE-H010101'], ['SAMPLE-H010109'])],
    });
    expect(result.issues).toEqual([]);
    expect(result.snapshot.continuities).toContainEqual({ fromCode: 'SAMPLE-S010101', toCode: 'SAMPLE-H010109' });
  });

  it('refuses records that name unknown codes, the wrong level or the wrong number of codes', () => {
    const result = buildVersion({
      mode: 'delta', previous, references: {}, programs: [],
      revisions: [record('discontinued', ['SAMPLE-H019999'], []), record('discontinued', ['SAMPLE-S010101'], []), record('merged', ['SAMPLE-H010102'], [])],
    });
    expect(result.issues.map((i) => i.code).sort()).toEqual(['LEVEL_MISMATCH', 'PREDECESSOR_UNKNOWN', 'REVISION_SHAPE']);
  });
});

describe('buildVersion: a full next edition', () => {
  it('requires a record for every code that disappears and for every rename', () => {
    const result = buildVersion({
      mode: 'full', previous: edition.snapshot, references: {}, revisions: [],
      programs: [
        program('SAMPLE-S010101', '计算机应用', { level: 'secondary' }),
        program('SAMPLE-H010101', '计算机应用技术（改）'),
        program('SAMPLE-U010101', '计算机应用工程', { level: 'undergraduate' }),
      ],
    });
    const codes = result.issues.map((i) => `${i.code}:${String(i.params.value)}`).sort();
    expect(codes).toEqual([
      'CODE_DROPPED:SAMPLE-H010102',
      'CODE_DROPPED:SAMPLE-H010103',
      'CODE_DROPPED:SAMPLE-H010104',
      'NAME_CHANGED_WITHOUT_RECORD:SAMPLE-H010101',
    ]);
  });

  it('refuses a record without a previous version to point at', () => {
    const result = buildVersion(base([program('SAMPLE-H010101', 'A')], { revisions: [record('renamed', ['OLD'], ['SAMPLE-H010101'])] }));
    expect(result.issues.map((i) => i.code)).toEqual(['NO_PREVIOUS_VERSION']);
  });
});
