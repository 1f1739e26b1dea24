import { describe, expect, it } from 'vitest';
import { buildChinaMapOption, buildMapData } from './china-map-option.js';

const provinces = [
  { code: '440000', mapName: '广东' },
  { code: '320000', mapName: '江苏' },
  { code: '110000', mapName: '北京' },
];

describe('China map option', () => {
  it('gives every outline a datum and marks provinces without a figure as missing, not zero', () => {
    const data = buildMapData(provinces, [{ provinceCode: '440000', value: 0.82, label: '广东省', detail: '820 / 1000' }], '440000');
    expect(data).toEqual([
      { name: '广东', value: 0.82, provinceCode: '440000', label: '广东省', detail: '820 / 1000', selected: true },
      { name: '江苏', value: '-', provinceCode: '320000', label: '江苏', detail: null, selected: false },
      { name: '北京', value: '-', provinceCode: '110000', label: '北京', detail: null, selected: false },
    ]);
  });

  it('scales the colours to the figures and explains them in the tooltip', () => {
    const option = buildChinaMapOption('china', provinces, {
      values: [
        { provinceCode: '440000', value: 12, label: '广东省' },
        { provinceCode: '320000', value: 3, label: '江苏<省>' },
      ],
      seriesName: '预警',
      noDataText: '无数据',
      ariaLabel: 'map',
    });
    const visualMap = option.visualMap;
    expect(visualMap).toMatchObject({ min: 3, max: 12 });
    const tooltip = option.tooltip;
    if (!tooltip || Array.isArray(tooltip) || typeof tooltip.formatter !== 'function') throw new Error('tooltip formatter expected');
    const formatter = tooltip.formatter as (params: unknown) => string;
    expect(formatter({ name: '广东' })).toBe('<strong>广东省</strong><br/>预警: 12');
    expect(formatter({ name: '江苏' })).toBe('<strong>江苏&#60;省&#62;</strong><br/>预警: 3');
    expect(formatter({ name: '北京' })).toBe('<strong>北京</strong><br/>预警: 无数据');
    expect(formatter({ name: '南海' })).toBe('');
  });

  it('keeps a usable scale when every province has the same figure or none has one', () => {
    const same = buildChinaMapOption('china', provinces, { values: [{ provinceCode: '440000', value: 5, label: 'x' }], seriesName: 's', noDataText: '-', ariaLabel: 'm' });
    expect(same.visualMap).toMatchObject({ min: 5, max: 6 });
    const none = buildChinaMapOption('china', provinces, { values: [], seriesName: 's', noDataText: '-', ariaLabel: 'm', min: 0, max: 1 });
    expect(none.visualMap).toMatchObject({ min: 0, max: 1 });
  });
});
