import type { Actor } from '../../../platform/authz/actor.js';
import { decodeCursor, toPage } from '../../../platform/paging.js';
import type { IndustryEmployment, ListIndustryEmploymentQuery } from '../../../../shared/contracts/governance/industry-data.js';
import { buildCsvTemplate, buildXlsxTemplate, type TemplateFile } from '../../institutions/index.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { governancePermissions } from '../policies.js';
import { listIndustryEmployment, type IndustryRegions } from '../industry-data.repository.js';
import { industryLayout } from '../industry-data.rows.js';

/** Stored industry figures of the caller's provinces (a college's province for a college administrator). */
export async function listIndustryData(deps: GovernanceDeps, actor: Actor, query: ListIndustryEmploymentQuery): Promise<{ items: IndustryEmployment[]; nextCursor: string | null }> {
  const filter = deps.authz.scopeFilter(actor, governancePermissions.readDashboards);
  let regions: IndustryRegions = 'all';
  if (filter.kind === 'scoped') {
    const collegeProvinces = await Promise.all(filter.colleges.map((id) => deps.authz.directory.provinceOfCollege(id)));
    regions = [...new Set([...filter.provinces, ...collegeProvinces.filter((p): p is string => p !== undefined)])];
  }
  const cursor = decodeCursor<string>(query.cursor, 'string');
  const [regionCode = '', year = '0', sectionCode = ''] = cursor?.split('|') ?? [];
  const rows = await listIndustryEmployment(deps.db, {
    regions, region: query.region, year: query.year, section: query.section,
    after: cursor ? { regionCode, year: Number(year), sectionCode } : undefined,
    limit: query.limit + 1,
  });
  const page = toPage(rows, query.limit, (r) => `${r.regionCode}|${r.year}|${r.sectionCode}`);
  return {
    items: page.items.map((r) => ({ regionCode: r.regionCode, year: r.year, sectionCode: r.sectionCode, sectionName: r.sectionName ?? r.sectionCode, employment: r.employment, valueAdded: r.valueAdded, source: r.source, isSample: r.isSample, importedAt: r.importedAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}

const notes = [
  '每行一个省份、一个年份、一个国民经济行业门类（GB/T 4754—2017，A–T）。One row per province, year and industry section (GB/T 4754-2017, A–T).',
  '就业人数填“人”或“万人”一列即可；两列都填时须一致。Give employment in persons or in 10k persons; if both, they must agree.',
  '示例行（地区名称含“示例”）不会导入。The example row (region name contains “示例/Example”) is never imported.',
  '导入同一省份、年份、门类的数据将替换原有数据。A row replaces the stored figure for the same province, year and section.',
];

export async function buildIndustryTemplate(format: 'xlsx' | 'csv'): Promise<TemplateFile> {
  const sheet = { name: '行业就业 Industry employment', columns: industryLayout.columns, examples: [Object.fromEntries(industryLayout.columns.map((c) => [c.key, c.example ?? '']))], notes };
  return format === 'csv' ? buildCsvTemplate('luban-industry-employment-template', sheet) : buildXlsxTemplate('luban-industry-employment-template', [sheet]);
}
