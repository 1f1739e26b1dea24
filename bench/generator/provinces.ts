/**
 * The 31 provincial-level regions with GB/T 2260 codes, their share of higher-vocational
 * colleges (counts of 专科 rows per province in the MOE list of 2025-06-20, used only as
 * weights), and a coarse economic zone that drives regional differences in the generator.
 */
export type Zone = 'east' | 'central' | 'west' | 'northeast';
export type GeneratorProvince = { code: string; name: string; higherColleges: number; zone: Zone };

export const generatorProvinces: readonly GeneratorProvince[] = [
  { code: '110000', name: '北京市', higherColleges: 23, zone: 'east' },
  { code: '120000', name: '天津市', higherColleges: 25, zone: 'east' },
  { code: '130000', name: '河北省', higherColleges: 68, zone: 'east' },
  { code: '140000', name: '山西省', higherColleges: 46, zone: 'central' },
  { code: '150000', name: '内蒙古自治区', higherColleges: 33, zone: 'west' },
  { code: '210000', name: '辽宁省', higherColleges: 50, zone: 'northeast' },
  { code: '220000', name: '吉林省', higherColleges: 28, zone: 'northeast' },
  { code: '230000', name: '黑龙江省', higherColleges: 40, zone: 'northeast' },
  { code: '310000', name: '上海市', higherColleges: 29, zone: 'east' },
  { code: '320000', name: '江苏省', higherColleges: 93, zone: 'east' },
  { code: '330000', name: '浙江省', higherColleges: 46, zone: 'east' },
  { code: '340000', name: '安徽省', higherColleges: 76, zone: 'central' },
  { code: '350000', name: '福建省', higherColleges: 49, zone: 'east' },
  { code: '360000', name: '江西省', higherColleges: 68, zone: 'central' },
  { code: '370000', name: '山东省', higherColleges: 95, zone: 'east' },
  { code: '410000', name: '河南省', higherColleges: 116, zone: 'central' },
  { code: '420000', name: '湖北省', higherColleges: 64, zone: 'central' },
  { code: '430000', name: '湖南省', higherColleges: 93, zone: 'central' },
  { code: '440000', name: '广东省', higherColleges: 89, zone: 'east' },
  { code: '450000', name: '广西壮族自治区', higherColleges: 48, zone: 'west' },
  { code: '460000', name: '海南省', higherColleges: 17, zone: 'east' },
  { code: '500000', name: '重庆市', higherColleges: 46, zone: 'west' },
  { code: '510000', name: '四川省', higherColleges: 86, zone: 'west' },
  { code: '520000', name: '贵州省', higherColleges: 48, zone: 'west' },
  { code: '530000', name: '云南省', higherColleges: 57, zone: 'west' },
  { code: '540000', name: '西藏自治区', higherColleges: 3, zone: 'west' },
  { code: '610000', name: '陕西省', higherColleges: 37, zone: 'west' },
  { code: '620000', name: '甘肃省', higherColleges: 21, zone: 'west' },
  { code: '630000', name: '青海省', higherColleges: 7, zone: 'west' },
  { code: '640000', name: '宁夏回族自治区', higherColleges: 12, zone: 'west' },
  { code: '650000', name: '新疆维吾尔自治区', higherColleges: 41, zone: 'west' },
];

/** Regional effects: destination-rate shift, fill-rate factor, salary factor. */
export const zoneEffects: Record<Zone, { destination: number; fill: number; salary: number }> = {
  east: { destination: 0.02, fill: 1.0, salary: 1.2 },
  central: { destination: 0, fill: 0.95, salary: 0.95 },
  west: { destination: -0.03, fill: 0.9, salary: 0.9 },
  northeast: { destination: -0.04, fill: 0.86, salary: 0.88 },
};

/**
 * Splits `total` over the provinces in proportion to their weight, rounding so the parts
 * add up exactly (largest remainder).
 */
export function apportion(total: number, provinces: readonly GeneratorProvince[]): Map<string, number> {
  const weight = provinces.reduce((sum, p) => sum + p.higherColleges, 0);
  const exact = provinces.map((p) => ({ code: p.code, share: (total * p.higherColleges) / weight }));
  const result = new Map(exact.map((e) => [e.code, Math.floor(e.share)]));
  let remaining = total - [...result.values()].reduce((a, b) => a + b, 0);
  for (const e of [...exact].sort((x, y) => (y.share % 1) - (x.share % 1) || x.code.localeCompare(y.code))) {
    if (remaining <= 0) break;
    result.set(e.code, (result.get(e.code) ?? 0) + 1);
    remaining -= 1;
  }
  return result;
}
