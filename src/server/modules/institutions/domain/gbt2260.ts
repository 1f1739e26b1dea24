/**
 * GB/T 2260 administrative division codes: 2 digits province, 2 prefecture, 2 county.
 * Pure helpers over the code structure; the data itself comes from an npm package.
 */
export type RegionLevel = 'province' | 'prefecture' | 'county';

export type RegionRecord = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  provinceCode: string;
};

export const provinceCodeOf = (code: string): string => `${code.slice(0, 2)}0000`;
export const prefectureCodeOf = (code: string): string => `${code.slice(0, 4)}00`;

export function levelOf(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/**
 * Builds the region tree from flat province / prefecture / county lists. A county whose
 * prefecture is not listed (the districts of the four municipalities, and counties
 * directly administered by a province) hangs from its province.
 */
export function buildRegions(
  provinces: { code: string; name: string }[],
  prefectures: { code: string; name: string }[],
  counties: { code: string; name: string }[],
): RegionRecord[] {
  const result: RegionRecord[] = [];
  const known = new Set<string>();
  for (const p of provinces) {
    result.push({ code: p.code, name: p.name, level: 'province', parentCode: null, provinceCode: p.code });
    known.add(p.code);
  }
  for (const c of prefectures) {
    const provinceCode = provinceCodeOf(c.code);
    if (!known.has(provinceCode) || known.has(c.code)) continue;
    result.push({ code: c.code, name: c.name, level: 'prefecture', parentCode: provinceCode, provinceCode });
    known.add(c.code);
  }
  for (const a of counties) {
    const provinceCode = provinceCodeOf(a.code);
    if (!known.has(provinceCode) || known.has(a.code)) continue;
    const prefecture = prefectureCodeOf(a.code);
    result.push({
      code: a.code,
      name: a.name,
      level: 'county',
      parentCode: known.has(prefecture) ? prefecture : provinceCode,
      provinceCode,
    });
    known.add(a.code);
  }
  return result;
}
