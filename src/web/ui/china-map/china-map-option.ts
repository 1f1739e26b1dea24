import type { EChartOption } from '../echart.js';
import type { MapProvince } from './china-geo-source.js';

/** One province's figure; `value` null means no data (drawn grey, never as 0). */
export type ProvinceValue = {
  provinceCode: string;
  value: number | null;
  /** The province's name as the reader should see it (e.g. 广东省 / Guangdong). */
  label: string;
  /** A second tooltip line, e.g. "45 / 52" or "red 3 · yellow 5". */
  detail?: string;
};

export type ChinaMapProps = {
  values: readonly ProvinceValue[];
  /** What the colour means, e.g. "Destination rate". */
  seriesName: string;
  /** Shown in the tooltip of a province without data. */
  noDataText: string;
  formatValue?: (value: number) => string;
  /** Low → high colours of the visualMap. */
  colors?: readonly string[];
  /** Colour scale bounds; default: the smallest and largest value. */
  min?: number;
  max?: number;
  /** The province highlighted as the current drill-down. */
  selectedCode?: string;
  onProvinceClick?: (provinceCode: string) => void;
  height?: number;
  ariaLabel: string;
  testId?: string;
};

/** The data item of one province, carried into tooltips and click events. */
type MapDatum = {
  name: string;
  value: number | '-';
  provinceCode: string;
  label: string;
  detail: string | null;
  selected: boolean;
};

const defaultColors = ['#e8f1fb', '#8fb8e8', '#1f5fbf'];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The region name ECharts passes to tooltips and events. */
export function readRegionName(params: unknown): string | null {
  if (typeof params !== 'object' || params === null || !('name' in params)) return null;
  const name = (params as { name: unknown }).name;
  return typeof name === 'string' ? name : null;
}

function scaleBounds(values: readonly ProvinceValue[], min?: number, max?: number): { min: number; max: number } {
  const numbers = values.map((item) => item.value).filter((value): value is number => value !== null && Number.isFinite(value));
  const low = min ?? (numbers.length > 0 ? Math.min(...numbers) : 0);
  const high = max ?? (numbers.length > 0 ? Math.max(...numbers) : 1);
  return { min: low, max: high > low ? high : low + 1 };
}

/** The data items for every outline on the map, in the map's order; provinces without a figure get '-'. */
export function buildMapData(provinces: readonly MapProvince[], values: readonly ProvinceValue[], selectedCode?: string): MapDatum[] {
  const byCode = new Map(values.map((item) => [item.provinceCode, item]));
  return provinces.map((province) => {
    const item = byCode.get(province.code);
    return {
      name: province.mapName,
      value: item?.value ?? '-',
      provinceCode: province.code,
      label: item?.label ?? province.mapName,
      detail: item?.detail ?? null,
      selected: province.code === selectedCode,
    };
  });
}

/** The ECharts option of the province map: one map series coloured by a continuous visualMap. */
export function buildChinaMapOption(mapName: string, provinces: readonly MapProvince[], props: ChinaMapProps): EChartOption {
  const format = props.formatValue ?? ((value: number) => value.toLocaleString());
  const bounds = scaleBounds(props.values, props.min, props.max);
  const data = buildMapData(provinces, props.values, props.selectedCode);
  const byName = new Map(data.map((datum) => [datum.name, datum]));
  const tooltipFormatter = (params: unknown): string => {
    const datum = byName.get(readRegionName(params) ?? '');
    if (!datum) return '';
    const value = typeof datum.value === 'number' ? format(datum.value) : props.noDataText;
    const lines = [`<strong>${escapeHtml(datum.label)}</strong>`, `${escapeHtml(props.seriesName)}: ${escapeHtml(value)}`];
    if (datum.detail) lines.push(escapeHtml(datum.detail));
    return lines.join('<br/>');
  };
  return {
    tooltip: { trigger: 'item', formatter: tooltipFormatter },
    visualMap: {
      type: 'continuous',
      min: bounds.min,
      max: bounds.max,
      left: 8,
      bottom: 8,
      calculable: false,
      text: [format(bounds.max), format(bounds.min)],
      itemHeight: 120,
      inRange: { color: [...(props.colors ?? defaultColors)] },
      formatter: (value: unknown) => (typeof value === 'number' ? format(value) : String(value)),
    },
    series: [
      {
        type: 'map',
        map: mapName,
        name: props.seriesName,
        roam: false,
        selectedMode: 'single',
        layoutCenter: ['50%', '55%'],
        layoutSize: '108%',
        itemStyle: { areaColor: '#f0f0f0', borderColor: '#ffffff', borderWidth: 0.8 },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#ffd666' } },
        select: { itemStyle: { areaColor: '#fa8c16' }, label: { show: true } },
        data: data.map((datum) => ({ name: datum.name, value: datum.value, selected: datum.selected })),
      },
    ],
  };
}
