import type { IssueMessages } from '../../institutions/index.js';

/** Problems specific to catalog and reference-data files, in both languages. */
export const catalogIssueMessages: IssueMessages = {
  INVALID_CODE: { en: '“{value}” is not a valid code: expected {expected}, or SAMPLE-… in a sample catalog', 'zh-CN': '“{value}”不是有效代码：应为 {expected}，示例目录可用 SAMPLE- 开头的代码' },
  SAMPLE_CODE_IN_OFFICIAL: {
    en: '“{value}” is a sample code; an official catalog takes official codes only (mark the version as a sample to use it)',
    'zh-CN': '“{value}”是示例代码，正式目录只能使用正式代码（如确为示例，请将版本标记为示例）',
  },
  CODE_NOT_UNDER: { en: 'Code {value} does not start with its parent code {parent}', 'zh-CN': '代码 {value} 不以上级代码 {parent} 开头' },
  INCONSISTENT_CATEGORY: {
    en: 'Code {value} is described differently in row {firstRow} (“{name}”): a code must mean one thing',
    'zh-CN': '代码 {value} 与第 {firstRow} 行（“{name}”）的名称、层次或上级不一致',
  },
  REVISION_SHAPE: {
    en: 'A “{kind}” record takes {predecessors} predecessor code(s) and {successors} successor code(s)',
    'zh-CN': '“{kind}”类变更记录应有 {predecessors} 个原专业代码和 {successors} 个新专业代码',
  },
  CONFLICTING_RECORDS: { en: 'Code {value} is already used by the record in row {firstRow}', 'zh-CN': '代码 {value} 已出现在第 {firstRow} 行的变更记录中' },
  PREDECESSOR_UNKNOWN: { en: 'Code {value} is not in the previous version', 'zh-CN': '上一版本中没有代码 {value}' },
  NO_PREVIOUS_VERSION: {
    en: 'Code {value} names a predecessor, but this version has no previous version: import the older catalog first',
    'zh-CN': '代码 {value} 是原专业代码，但本版本没有上一版本：请先导入旧版目录',
  },
  SUCCESSOR_UNKNOWN: { en: 'Code {value} is not among this version’s programs', 'zh-CN': '本版本的专业中没有代码 {value}' },
  LEVEL_MISMATCH: { en: 'Program {value} is at level {level}, not at this record’s level', 'zh-CN': '专业 {value} 的层次为 {level}，与本记录的层次不符' },
  CODE_DROPPED: {
    en: 'Program {value} of the previous version is missing and no change record says why (add a record: discontinued, merged, renamed …)',
    'zh-CN': '上一版本的专业 {value} 不见了，但没有变更记录说明原因（请补充撤销、合并、更名等记录）',
  },
  NAME_CHANGED_WITHOUT_RECORD: {
    en: 'Program {value} was called “{before}” in the previous version: add a “renamed” record',
    'zh-CN': '专业 {value} 在上一版本中名为“{before}”，请补充“更名”记录',
  },
  UNKNOWN_PROGRAM: { en: 'Program {value} is not in this version', 'zh-CN': '本版本中没有专业 {value}' },
  CONTINUITY_LEVEL: { en: 'Program {value} is not at a higher level, so it cannot continue this one', 'zh-CN': '专业 {value} 层次不高于本专业，不能作为接续专业' },
  NO_REFERENCE_SET: { en: 'There is no {kind} reference set yet: import one first', 'zh-CN': '尚无“{kind}”类参考数据，请先导入' },
  UNKNOWN_REFERENCE: { en: '“{value}” is not in reference set {set}', 'zh-CN': '参考数据 {set} 中没有“{value}”' },
  VERSION_EXISTS: { en: 'Catalog version {value} already exists', 'zh-CN': '目录版本 {value} 已存在' },
  PREVIOUS_VERSION_NOT_FOUND: { en: 'The previous version {value} does not exist', 'zh-CN': '上一版本 {value} 不存在' },
  PREVIOUS_VERSION_REQUIRED: { en: 'A supplement, or a delta import, needs the version it follows', 'zh-CN': '增补版本或增量导入必须指定上一版本' },
  PREVIOUS_VERSION_FOLLOWED: {
    en: 'Version {value} is already followed by {next}: a new version follows the newest one',
    'zh-CN': '版本 {value} 之后已有版本 {next}，新版本只能接在最新版本之后',
  },
  SAMPLE_CHAIN_MISMATCH: {
    en: 'A sample catalog and an official one cannot follow each other ({value})',
    'zh-CN': '示例目录与正式目录不能前后相接（{value}）',
  },
  PROGRAMS_SHEET_MISSING: { en: 'No programs sheet was found', 'zh-CN': '未找到专业目录工作表' },
  NO_PROGRAMS: { en: 'The file lists no programs', 'zh-CN': '文件中没有任何专业' },
  UNKNOWN_PARENT: { en: 'Parent code {value} is not in this reference set', 'zh-CN': '上级代码 {value} 不在本参考数据中' },
  TIER_REQUIRED: { en: 'Alignment items need a tier', 'zh-CN': '对接产业必须填写层次' },
  INVALID_REGION: { en: '“{value}” is not a 6-digit GB/T 2260 region code', 'zh-CN': '“{value}”不是 6 位行政区划代码' },
};
