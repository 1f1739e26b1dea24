// The esm build: with Vite 8, echarts-for-react/lib/core renders a blank chart (ARCHITECTURE.md, Known traps).
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts';
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, PieSeriesOption } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { CSSProperties } from 'react';
import { useCurrentLocale } from '../app/i18n/i18n.js';

// Register only what the platform draws, so the chunk stays small; add charts here as modules need them.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  MapChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** The option shapes the registered charts accept. */
export type EChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | MapSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TitleComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

export type EChartProps = {
  option: EChartOption;
  /** Pixel height; the width follows the container. */
  height?: number;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  style?: CSSProperties;
  testId?: string;
  /** ECharts events by name (e.g. `click`), for drill-down. */
  onEvents?: Readonly<Record<string, (params: EChartEventParams) => void>>;
};

/** What ECharts passes to a mouse-event handler; the fields the platform reads. */
export type EChartEventParams = {
  componentType?: string;
  seriesType?: string;
  name?: string;
  dataIndex?: number;
  data?: unknown;
};

/** An ECharts chart that follows the interface language and resizes with its container. */
export function EChart({ option, height = 320, ariaLabel, style, testId, onEvents }: EChartProps) {
  const locale = useCurrentLocale();
  return (
    <div role="img" aria-label={ariaLabel} data-testid={testId}>
      <ReactEChartsCore
        key={locale}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        opts={{ locale: locale === 'zh-CN' ? 'ZH' : 'EN', renderer: 'canvas' }}
        style={{ height, width: '100%', ...style }}
        onEvents={onEvents}
      />
    </div>
  );
}
