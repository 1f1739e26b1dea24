import type { DashboardChart, TableColumn } from '../../../../shared/contracts/governance/dashboards.js';

/** The table view (and .xlsx export) columns of every chart, bilingual, in display order. */
const col = (key: string, zh: string, en: string, kind: TableColumn['kind']): TableColumn => ({ key, label: { 'zh-CN': zh, en }, kind });

const warningColumns = [col('warningsRed', '红色预警', 'Red warnings', 'count'), col('warningsYellow', '黄色预警', 'Yellow warnings', 'count'), col('warningsNotice', '提示', 'Notices', 'count')];

const unitColumns: TableColumn[] = [
  col('unitId', '代码', 'Code', 'code'),
  col('unitName', '名称', 'Name', 'text'),
  col('offerings', '专业点数', 'Offerings', 'count'),
  col('colleges', '院校数', 'Colleges', 'count'),
  col('plannedPlaces', '招生计划数', 'Planned places', 'count'),
  col('entrants', '新生报到数', 'Entrants', 'count'),
  col('enrollment', '在校生数', 'Enrollment', 'count'),
  col('graduates', '毕业生数', 'Graduates', 'count'),
  col('destinationNumerator', '毕业去向落实人数', 'Graduates placed', 'count'),
  col('destinationDenominator', '毕业生数（分母）', 'Graduates (denominator)', 'count'),
  col('destinationRate', '毕业去向落实率', 'Destination rate', 'rate'),
  ...warningColumns,
];

export const dashboardColumns: Record<DashboardChart, TableColumn[]> = {
  overview: [col('label', '指标', 'Figure', 'text'), col('value', '数值', 'Value', 'number'), col('numerator', '分子', 'Numerator', 'count'), col('denominator', '分母', 'Denominator', 'count')],
  map: unitColumns,
  breakdown: unitColumns,
  trends: [
    col('year', '年份', 'Year', 'year'),
    col('offerings', '专业点数', 'Offerings', 'count'),
    col('plannedPlaces', '招生计划数', 'Planned places', 'count'),
    col('entrants', '新生报到数', 'Entrants', 'count'),
    col('fillRate', '报到率', 'Fill rate', 'rate'),
    col('enrollment', '在校生数', 'Enrollment', 'count'),
    col('graduates', '毕业生数', 'Graduates', 'count'),
    col('destinationFirstNumerator', '初次去向落实人数', 'Placed (first)', 'count'),
    col('destinationFirstRate', '初次毕业去向落实率', 'Destination rate (first)', 'rate'),
    col('destinationYearEndNumerator', '年终去向落实人数', 'Placed (year end)', 'count'),
    col('destinationYearEndRate', '年终毕业去向落实率', 'Destination rate (year end)', 'rate'),
    col('addedOfferings', '新增专业点', 'Added offerings', 'count'),
    col('closedOfferings', '撤销专业点', 'Closed offerings', 'count'),
  ],
  saturation: [
    col('regionName', '地区', 'Region', 'text'),
    col('programCode', '专业代码', 'Program code', 'code'),
    col('programName', '专业名称', 'Program', 'text'),
    col('offerings', '布点数', 'Offerings', 'count'),
    col('collegesInRegion', '同层次院校数', 'Colleges of the level', 'count'),
    col('repetitionRate', '布点率', 'Repetition rate', 'rate'),
    col('entrants', '新生报到数', 'Entrants', 'count'),
    col('enrollment', '在校生数', 'Enrollment', 'count'),
    col('graduates', '毕业生数', 'Graduates', 'count'),
    col('destinationRate', '毕业去向落实率', 'Destination rate', 'rate'),
  ],
  alignment: [
    col('name', '类别', 'Group', 'text'),
    col('offerings', '专业点数', 'Offerings', 'count'),
    col('offeringShare', '专业点占比', 'Share of offerings', 'rate'),
    col('enrollment', '在校生数', 'Enrollment', 'count'),
    col('enrollmentShare', '在校生占比', 'Share of enrollment', 'rate'),
  ],
  'structural-deviation': [
    col('sectionCode', '行业门类', 'Section', 'code'),
    col('sectionName', '行业名称', 'Industry', 'text'),
    col('graduates', '毕业生数', 'Graduates', 'number'),
    col('graduateShare', '毕业生占比', 'Share of graduates', 'rate'),
    col('industryValue', '行业就业（或增加值）', 'Industry employment (or value added)', 'number'),
    col('industryShare', '行业占比', 'Industry share', 'rate'),
    col('deviation', '结构偏离度', 'Structural deviation', 'number'),
  ],
  adjustments: [
    col('programCode', '专业代码', 'Program code', 'code'),
    col('programName', '专业名称', 'Program', 'text'),
    col('added', '新增专业点', 'Added', 'count'),
    col('closed', '撤销专业点', 'Closed', 'count'),
    col('net', '净增', 'Net', 'number'),
  ],
};
