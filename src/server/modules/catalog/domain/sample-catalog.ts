import type { CatalogLevel } from '../../../../shared/contracts/catalog/catalog.js';
import type { ProgramDraft, RevisionDraft } from './catalog-draft.js';

/**
 * The demo's sample catalog. Every code is `SAMPLE-…` and numbered in sequence: none is, or
 * imitates, an official catalog code. Program names are ones that appear in the public
 * notices cited in governance-sources.md (Shanxi 2024 / Shandong 2023 lists, MOE 2024 filing);
 * the names of programs the supplement adds, renames or merges into are made up and say so.
 * Versions and reference sets are flagged `isSample` and titled 示例 / sample.
 */
export const SAMPLE_EDITION_ID = 'SAMPLE-2021';
export const SAMPLE_SUPPLEMENT_ID = 'SAMPLE-2024S';

type Row = [level: CatalogLevel, major: string, majorName: string, majorEn: string, category: string, categoryName: string, categoryEn: string, code: string, name: string, nameEn: string, continuesTo: string, industry: string];

const rows: Row[] = [
  ['higher', 'SAMPLE-H01', '电子与信息大类', 'Electronics and information', 'SAMPLE-H0101', '计算机类', 'Computing', 'SAMPLE-H010101', '计算机应用技术', 'Computer application technology', 'SAMPLE-U010101', 'I'],
  ['higher', 'SAMPLE-H01', '电子与信息大类', 'Electronics and information', 'SAMPLE-H0101', '计算机类', 'Computing', 'SAMPLE-H010102', '软件技术', 'Software technology', 'SAMPLE-U010102', 'I'],
  ['higher', 'SAMPLE-H01', '电子与信息大类', 'Electronics and information', 'SAMPLE-H0101', '计算机类', 'Computing', 'SAMPLE-H010103', '人工智能技术应用', 'Applied artificial intelligence', '', 'I'],
  ['higher', 'SAMPLE-H02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-H0201', '财务会计类', 'Accounting', 'SAMPLE-H020101', '大数据与会计', 'Big data and accounting', 'SAMPLE-U020101', 'L'],
  ['higher', 'SAMPLE-H02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-H0202', '电子商务类', 'E-commerce', 'SAMPLE-H020201', '电子商务', 'E-commerce', '', 'F'],
  ['higher', 'SAMPLE-H02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-H0203', '工商管理类', 'Business administration', 'SAMPLE-H020301', '市场营销', 'Marketing', '', 'F'],
  ['higher', 'SAMPLE-H03', '旅游大类', 'Tourism', 'SAMPLE-H0301', '旅游类', 'Tourism', 'SAMPLE-H030101', '旅游管理', 'Tourism management', '', 'L'],
  ['higher', 'SAMPLE-H04', '交通运输大类', 'Transport', 'SAMPLE-H0401', '航空运输类', 'Air transport', 'SAMPLE-H040101', '空中乘务', 'Flight attendance', '', 'G'],
  ['higher', 'SAMPLE-H05', '医药卫生大类', 'Medicine and health', 'SAMPLE-H0501', '护理类', 'Nursing', 'SAMPLE-H050101', '护理', 'Nursing', '', 'Q'],
  ['higher', 'SAMPLE-H05', '医药卫生大类', 'Medicine and health', 'SAMPLE-H0502', '临床医学类', 'Clinical medicine', 'SAMPLE-H050201', '临床医学', 'Clinical medicine', '', 'Q'],
  ['higher', 'SAMPLE-H06', '教育与体育大类', 'Education and sport', 'SAMPLE-H0601', '教育类', 'Education', 'SAMPLE-H060101', '学前教育', 'Early childhood education', '', 'P'],
  ['higher', 'SAMPLE-H06', '教育与体育大类', 'Education and sport', 'SAMPLE-H0601', '教育类', 'Education', 'SAMPLE-H060102', '小学教育', 'Primary education', '', 'P'],
  ['higher', 'SAMPLE-H07', '装备制造大类', 'Equipment manufacturing', 'SAMPLE-H0701', '航空装备类', 'Aviation equipment', 'SAMPLE-H070101', '无人机应用技术', 'Drone application technology', '', 'C'],
  ['higher', 'SAMPLE-H08', '公共管理与服务大类', 'Public administration and services', 'SAMPLE-H0801', '文秘类', 'Secretarial', 'SAMPLE-H080101', '现代文秘', 'Modern secretarial studies', '', 'L'],
  ['secondary', 'SAMPLE-S01', '电子与信息大类', 'Electronics and information', 'SAMPLE-S0101', '计算机类', 'Computing', 'SAMPLE-S010101', '计算机应用', 'Computer applications', 'SAMPLE-H010101;SAMPLE-H010102', 'I'],
  ['secondary', 'SAMPLE-S02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-S0201', '电子商务类', 'E-commerce', 'SAMPLE-S020101', '电子商务', 'E-commerce', 'SAMPLE-H020201', 'F'],
  ['secondary', 'SAMPLE-S05', '医药卫生大类', 'Medicine and health', 'SAMPLE-S0501', '护理类', 'Nursing', 'SAMPLE-S050101', '护理', 'Nursing', 'SAMPLE-H050101', 'Q'],
  ['undergraduate', 'SAMPLE-U01', '电子与信息大类', 'Electronics and information', 'SAMPLE-U0101', '计算机类', 'Computing', 'SAMPLE-U010101', '计算机应用工程', 'Computer application engineering', '', 'I'],
  ['undergraduate', 'SAMPLE-U01', '电子与信息大类', 'Electronics and information', 'SAMPLE-U0101', '计算机类', 'Computing', 'SAMPLE-U010102', '软件工程技术', 'Software engineering technology', '', 'I'],
  ['undergraduate', 'SAMPLE-U02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-U0201', '财务会计类', 'Accounting', 'SAMPLE-U020101', '大数据与财务管理', 'Big data and financial management', '', 'L'],
];

let rowNumber = 1;
function draft(row: Row, extra: { chain?: string; alignment?: string } = {}): ProgramDraft {
  const [level, majorCode, majorName, majorNameEn, categoryCode, categoryName, categoryNameEn, code, name, nameEn, continuesTo, industry] = row;
  rowNumber += 1;
  return {
    row: rowNumber, level, majorCode, majorName, majorNameEn, categoryCode, categoryName, categoryNameEn, code, name, nameEn, notes: '示例数据，非官方 / sample data, not official',
    continuesTo: continuesTo ? continuesTo.split(';') : [],
    classifications: [
      { kind: 'industry', itemCode: industry },
      ...(extra.chain ? [{ kind: 'chain' as const, itemCode: extra.chain }] : []),
      ...(extra.alignment ? [{ kind: 'alignment' as const, itemCode: extra.alignment }] : []),
    ],
  };
}

const extras: Record<string, { chain?: string; alignment?: string }> = {
  'SAMPLE-H010103': { chain: 'SAMPLE-CH-01', alignment: 'SAMPLE-NK-01' },
  'SAMPLE-H010101': { alignment: 'SAMPLE-RP-440000-01' },
  'SAMPLE-H070101': { chain: 'SAMPLE-CH-03', alignment: 'SAMPLE-NK-02' },
  'SAMPLE-H020201': { alignment: 'SAMPLE-LD-440100-01' },
};

export const sampleEditionPrograms: ProgramDraft[] = rows.map((row) => draft(row, extras[row[7]]));

const added: Row = ['higher', 'SAMPLE-H01', '电子与信息大类', 'Electronics and information', 'SAMPLE-H0101', '计算机类', 'Computing', 'SAMPLE-H010104', '工业互联网技术（示例增补）', 'Industrial internet technology (sample addition)', '', 'I'];
const merged: Row = ['higher', 'SAMPLE-H02', '财经商贸大类', 'Finance and commerce', 'SAMPLE-H0202', '电子商务类', 'E-commerce', 'SAMPLE-H020202', '数字营销与电子商务（示例合并）', 'Digital marketing and e-commerce (sample merger)', '', 'F'];
const renamed: Row = ['higher', 'SAMPLE-H08', '公共管理与服务大类', 'Public administration and services', 'SAMPLE-H0801', '文秘类', 'Secretarial', 'SAMPLE-H080102', '数字化文秘（示例更名）', 'Digital secretarial studies (sample rename)', '', 'L'];

/** The sample 2024 supplement, imported as a delta: one addition (derived), a rename, a merger, a discontinuation. */
export const sampleSupplementPrograms: ProgramDraft[] = [draft(added, { chain: 'SAMPLE-CH-02' }), draft(merged), draft(renamed)];
export const sampleSupplementRevisions: RevisionDraft[] = [
  { row: 2, level: 'higher', kind: 'renamed', predecessorCodes: ['SAMPLE-H080101'], successorCodes: ['SAMPLE-H080102'], note: '示例 / sample' },
  { row: 3, level: 'higher', kind: 'merged', predecessorCodes: ['SAMPLE-H020201', 'SAMPLE-H020301'], successorCodes: ['SAMPLE-H020202'], note: '示例 / sample' },
  { row: 4, level: 'higher', kind: 'discontinued', predecessorCodes: ['SAMPLE-H060102'], successorCodes: [], note: '示例 / sample' },
];

export type SampleReferenceSet = {
  id: string;
  kind: 'industry' | 'alignment' | 'chain';
  title: string;
  titleEn: string;
  authority: string;
  source: string;
  items: { code: string; name: string; nameEn: string; tier?: 'national-key' | 'regional-pillar' | 'local-distinctive'; regionCode?: string }[];
};

const industrySections: [string, string, string][] = [
  ['A', '农、林、牧、渔业', 'Agriculture, forestry, animal husbandry and fishery'], ['B', '采矿业', 'Mining'], ['C', '制造业', 'Manufacturing'],
  ['D', '电力、热力、燃气及水生产和供应业', 'Electricity, heat, gas and water'], ['E', '建筑业', 'Construction'], ['F', '批发和零售业', 'Wholesale and retail'],
  ['G', '交通运输、仓储和邮政业', 'Transport, storage and post'], ['H', '住宿和餐饮业', 'Accommodation and catering'],
  ['I', '信息传输、软件和信息技术服务业', 'Information transmission, software and IT services'], ['J', '金融业', 'Finance'], ['K', '房地产业', 'Real estate'],
  ['L', '租赁和商务服务业', 'Leasing and business services'], ['M', '科学研究和技术服务业', 'Scientific research and technical services'],
  ['N', '水利、环境和公共设施管理业', 'Water, environment and public facilities'], ['O', '居民服务、修理和其他服务业', 'Resident, repair and other services'],
  ['P', '教育', 'Education'], ['Q', '卫生和社会工作', 'Health and social work'], ['R', '文化、体育和娱乐业', 'Culture, sports and entertainment'],
  ['S', '公共管理、社会保障和社会组织', 'Public administration, social security and social organisations'], ['T', '国际组织', 'International organisations'],
];

export const sampleReferenceSets: SampleReferenceSet[] = [
  {
    id: 'SAMPLE-GBT4754-SECTIONS', kind: 'industry', title: '国民经济行业门类（示例，据 GB/T 4754—2017 录入，未经核对）', titleEn: 'Industry sections (sample, keyed in from GB/T 4754-2017, unverified)',
    authority: '示例数据 / sample data', source: 'GB/T 4754—2017；正式使用前请导入经核对的文件 / import a checked file before official use',
    items: industrySections.map(([code, name, nameEn]) => ({ code, name, nameEn })),
  },
  {
    id: 'SAMPLE-ALIGNMENT', kind: 'alignment', title: '对接产业（示例）', titleEn: 'Aligned industries (sample)', authority: '示例数据 / sample data', source: '示例，非官方 / sample, not official',
    items: [
      { code: 'SAMPLE-NK-01', name: '新一代信息技术（示例）', nameEn: 'New-generation IT (sample)', tier: 'national-key' },
      { code: 'SAMPLE-NK-02', name: '航空航天装备（示例）', nameEn: 'Aerospace equipment (sample)', tier: 'national-key' },
      { code: 'SAMPLE-RP-440000-01', name: '广东：软件与信息服务（示例）', nameEn: 'Guangdong: software and IT services (sample)', tier: 'regional-pillar', regionCode: '440000' },
      { code: 'SAMPLE-LD-440100-01', name: '广州：商贸服务（示例）', nameEn: 'Guangzhou: trade services (sample)', tier: 'local-distinctive', regionCode: '440100' },
    ],
  },
  {
    id: 'SAMPLE-CHAINS', kind: 'chain', title: '重点产业链（示例，非官方名单）', titleEn: 'Key industrial chains (sample; no official list was found)', authority: '示例数据 / sample data', source: '示例，非官方 / sample, not official',
    items: [
      { code: 'SAMPLE-CH-01', name: '人工智能产业链（示例）', nameEn: 'Artificial intelligence chain (sample)' },
      { code: 'SAMPLE-CH-02', name: '工业互联网产业链（示例）', nameEn: 'Industrial internet chain (sample)' },
      { code: 'SAMPLE-CH-03', name: '低空经济产业链（示例）', nameEn: 'Low-altitude economy chain (sample)' },
    ],
  },
];
