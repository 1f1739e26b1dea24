import { describe, expect, it } from 'vitest';
import { buildRegions, levelOf, provinceCodeOf } from './gbt2260.js';

describe('GB/T 2260 regions', () => {
  it('derives levels and provinces from the code', () => {
    expect(levelOf('440000')).toBe('province');
    expect(levelOf('440100')).toBe('prefecture');
    expect(levelOf('440106')).toBe('county');
    expect(provinceCodeOf('440106')).toBe('440000');
  });
  it('hangs municipal districts from the province when no prefecture row exists', () => {
    const regions = buildRegions(
      [{ code: '110000', name: '北京市' }, { code: '440000', name: '广东省' }],
      [{ code: '440100', name: '广州市' }],
      [{ code: '110101', name: '东城区' }, { code: '440106', name: '天河区' }, { code: '990101', name: '无省份' }],
    );
    expect(regions.find((r) => r.code === '110101')?.parentCode).toBe('110000');
    expect(regions.find((r) => r.code === '440106')?.parentCode).toBe('440100');
    expect(regions.some((r) => r.code === '990101')).toBe(false);
  });
});
