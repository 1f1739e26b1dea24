import { describe, expect, it } from 'vitest';
import { buildRegionIndex, matchCity, matchProvince } from './region-match.js';
import type { RegionRecord } from './gbt2260.js';

const regions: RegionRecord[] = [
  { code: '110000', name: '北京市', level: 'province', parentCode: null, provinceCode: '110000' },
  { code: '410000', name: '河南省', level: 'province', parentCode: null, provinceCode: '410000' },
  { code: '410100', name: '郑州市', level: 'prefecture', parentCode: '410000', provinceCode: '410000' },
  { code: '419001', name: '济源市', level: 'county', parentCode: '410000', provinceCode: '410000' },
  { code: '450000', name: '广西壮族自治区', level: 'province', parentCode: null, provinceCode: '450000' },
  { code: '620000', name: '甘肃省', level: 'province', parentCode: null, provinceCode: '620000' },
  { code: '622900', name: '临夏回族自治州', level: 'prefecture', parentCode: '620000', provinceCode: '620000' },
  { code: '622901', name: '临夏市', level: 'county', parentCode: '622900', provinceCode: '620000' },
];
const index = buildRegionIndex(regions);

describe('matchProvince', () => {
  it('matches full names, stems, codes and MOE heading rows', () => {
    expect(matchProvince(index, '河南省')?.code).toBe('410000');
    expect(matchProvince(index, '河南')?.code).toBe('410000');
    expect(matchProvince(index, '广西')?.code).toBe('450000');
    expect(matchProvince(index, '450000')?.code).toBe('450000');
    expect(matchProvince(index, '北京市（92所）')?.code).toBe('110000');
    expect(matchProvince(index, '火星省')).toBeUndefined();
    expect(matchProvince(index, '')).toBeUndefined();
  });
});

describe('matchCity', () => {
  it('maps a prefecture by exact name', () => {
    expect(matchCity(index, '410000', '郑州市')).toEqual({ regionCode: '410100', match: 'prefecture', isUnmatched: false });
  });
  it('maps a county-level city directly under the province', () => {
    expect(matchCity(index, '410000', '济源市')).toEqual({ regionCode: '419001', match: 'county', isUnmatched: false });
  });
  it('maps a short autonomous-prefecture name by its stem, preferring the prefecture', () => {
    expect(matchCity(index, '620000', '临夏州')).toEqual({ regionCode: '622900', match: 'prefecture', isUnmatched: false });
  });
  it('places a municipality and an empty city at the province without calling it unmatched', () => {
    expect(matchCity(index, '110000', '北京市')).toEqual({ regionCode: '110000', match: 'province', isUnmatched: false });
    expect(matchCity(index, '410000', '')).toEqual({ regionCode: '410000', match: 'province', isUnmatched: false });
  });
  it('places an unknown city at the province and says so', () => {
    expect(matchCity(index, '410000', '开封市')).toEqual({ regionCode: '410000', match: 'province', isUnmatched: true });
  });
  it('never matches a city of another province', () => {
    expect(matchCity(index, '410000', '临夏州').isUnmatched).toBe(true);
  });
});
