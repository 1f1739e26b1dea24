import type { Amplitude } from '../../../../shared/contracts/catalog/catalog.js';
import type { DataRow } from '../../../ui/chart-card.js';
import type { EChartOption } from '../../../ui/lazy-echart.js';

export type AmplitudeMethod = 'moe' | 'paper';
export const amplitudeMethods: readonly AmplitudeMethod[] = ['moe', 'paper'];

/** 0.123 → "12.3%"; null (denominator 0) stays null. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${(rate * 100).toFixed(1)}%`;
}

/** One table row per level and definition, with the numerator and denominator behind each rate. */
export function amplitudeRows(amplitudes: readonly Amplitude[], levelLabel: (amplitude: Amplitude) => string, methodLabel: (method: AmplitudeMethod) => string): DataRow[] {
  return amplitudes.flatMap((amplitude) =>
    amplitudeMethods.map((method) => {
      const figure = amplitude[method];
      return {
        key: `${amplitude.level}:${method}`,
        level: levelLabel(amplitude),
        method: methodLabel(method),
        rate: formatRate(figure.rate),
        numerator: figure.numerator,
        denominator: figure.denominator,
      };
    }),
  );
}

/** Grouped bars: one group per level, one bar per definition, in percent. */
export function amplitudeChartOption(amplitudes: readonly Amplitude[], levelLabel: (amplitude: Amplitude) => string, methodLabel: (method: AmplitudeMethod) => string): EChartOption {
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '—') },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: amplitudes.map(levelLabel) },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    series: amplitudeMethods.map((method) => ({
      type: 'bar' as const,
      name: methodLabel(method),
      data: amplitudes.map((amplitude) => (amplitude[method].rate === null ? null : Number((amplitude[method].rate * 100).toFixed(2)))),
      label: { show: true, position: 'top' as const, formatter: (params: { value?: unknown }) => (typeof params.value === 'number' ? `${params.value.toFixed(1)}%` : '') },
    })),
  };
}
