import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart.js';

export type { EChartEventParams, EChartOption, EChartProps } from './echart.js';

// ECharts is large: load it with the first page that draws a chart, not with the shell.
const EChart = lazy(async () => ({ default: (await import('./echart.js')).EChart }));

/** `EChart`, loaded on demand with a skeleton of the same height meanwhile. */
export function LazyEChart(props: EChartProps) {
  const height = props.height ?? 320;
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
