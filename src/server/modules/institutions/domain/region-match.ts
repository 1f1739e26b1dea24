import type { RegionRecord } from './gbt2260.js';

/**
 * Maps place names as written in source lists (广东省 / 广东, 临夏州, 济源市 …) to
 * GB/T 2260 codes. Pure: the regions come in as data.
 */
export type RegionIndex = {
  provinces: RegionRecord[];
  byCode: Map<string, RegionRecord>;
  prefectures: Map<string, RegionRecord[]>;
  counties: Map<string, RegionRecord[]>;
};

export type RegionMatch = 'prefecture' | 'county' | 'province';

export function buildRegionIndex(records: readonly RegionRecord[]): RegionIndex {
  const index: RegionIndex = { provinces: [], byCode: new Map(), prefectures: new Map(), counties: new Map() };
  for (const record of records) {
    index.byCode.set(record.code, record);
    if (record.level === 'province') {
      index.provinces.push(record);
      continue;
    }
    const bucket = record.level === 'prefecture' ? index.prefectures : index.counties;
    const list = bucket.get(record.provinceCode) ?? [];
    list.push(record);
    bucket.set(record.provinceCode, list);
  }
  return index;
}

const PROVINCE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/;
const PLACE_SUFFIX = /(自治州|地区|州|盟|市|县|区|旗)$/;

/** 广西壮族自治区 → 广西, 北京市 → 北京. */
export const provinceStem = (name: string): string => name.trim().replace(PROVINCE_SUFFIX, '');
/** 临夏州 → 临夏, 大兴安岭地区 → 大兴安岭, 济源市 → 济源. */
export const placeStem = (name: string): string => name.trim().replace(PLACE_SUFFIX, '');

/** A province by its name (full or without 省/市/自治区), or by its 6-digit code. */
export function matchProvince(index: RegionIndex, text: string): RegionRecord | undefined {
  const value = text.trim().replace(/[（(]\s*\d+\s*所?\s*[）)]$/, '').trim();
  if (value.length === 0) return undefined;
  if (/^\d{6}$/.test(value)) {
    const byCode = index.byCode.get(value);
    return byCode?.level === 'province' ? byCode : undefined;
  }
  const exact = index.provinces.find((p) => p.name === value);
  if (exact) return exact;
  const stem = provinceStem(value);
  return stem.length >= 2 ? index.provinces.find((p) => provinceStem(p.name) === stem) : undefined;
}

function uniqueByStem(candidates: readonly RegionRecord[], stem: string): RegionRecord | undefined {
  if (stem.length < 2) return undefined;
  const found = candidates.filter((c) => c.name.startsWith(stem));
  return found.length === 1 ? found[0] : undefined;
}

export type CityMatch = { regionCode: string; match: RegionMatch; isUnmatched: boolean };

/**
 * A city inside a province: exact prefecture name, exact county name (county-level cities
 * directly under the province, such as 济源市), then the same by stem. A municipality's
 * own name, an empty city, or no match place the college at the province.
 */
export function matchCity(index: RegionIndex, provinceCode: string, cityText: string): CityMatch {
  const city = cityText.trim();
  const province = index.byCode.get(provinceCode);
  const atProvince = (isUnmatched: boolean): CityMatch => ({ regionCode: provinceCode, match: 'province', isUnmatched });
  if (city.length === 0) return atProvince(false);
  if (province && (province.name === city || provinceStem(province.name) === provinceStem(city))) return atProvince(false);
  const prefectures = index.prefectures.get(provinceCode) ?? [];
  const counties = index.counties.get(provinceCode) ?? [];
  const exactPrefecture = prefectures.find((p) => p.name === city);
  if (exactPrefecture) return { regionCode: exactPrefecture.code, match: 'prefecture', isUnmatched: false };
  const exactCounty = counties.filter((c) => c.name === city);
  if (exactCounty.length === 1) return { regionCode: exactCounty[0]!.code, match: 'county', isUnmatched: false };
  const stem = placeStem(city);
  const prefecture = uniqueByStem(prefectures, stem);
  if (prefecture) return { regionCode: prefecture.code, match: 'prefecture', isUnmatched: false };
  const county = uniqueByStem(counties, stem);
  if (county) return { regionCode: county.code, match: 'county', isUnmatched: false };
  return atProvince(true);
}
