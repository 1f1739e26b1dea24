import { describe, expect, it } from 'vitest';
import { parseArguments } from './args.js';
import { computeRatios, median, percentileOfSorted, summarizeFigures } from './stats.js';
import type { Figure } from './types.js';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const values = [5, 1, 3];
    expect(median(values)).toBe(3);
    expect(values).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileOfSorted(sorted, 50)).toBe(50);
    expect(percentileOfSorted(sorted, 95)).toBe(95);
    expect(percentileOfSorted(sorted, 99)).toBe(99);
    expect(percentileOfSorted([7], 99)).toBe(7);
  });

  it('divides the median of a figure by the median of its reference, and keeps per-run ratios', () => {
    const run = (app: number, bare: number): Figure[] => [
      { name: 'bare_rps', unit: 'req/s', value: bare, better: 'higher' },
      { name: 'app_rps', unit: 'req/s', value: app, better: 'higher', reference: 'bare_rps' },
    ];
    const runs = [run(100, 1000), run(300, 1000), run(200, 2000)];
    const figures = summarizeFigures(runs);
    expect(figures.app_rps?.median).toBe(200);
    expect(figures.app_rps?.samples).toEqual([100, 300, 200]);
    const ratios = computeRatios(runs, figures);
    expect(ratios['app_rps/bare_rps']?.ratio).toBeCloseTo(0.2);
    expect(ratios['app_rps/bare_rps']?.perRun).toEqual([0.1, 0.3, 0.1]);
    expect(ratios['app_rps/bare_rps']?.reading).toContain('higher is better');
  });

  it('refuses a reference that was not measured or has another unit', () => {
    const missing: Figure[][] = [[{ name: 'a', unit: 'ms', value: 1, better: 'lower', reference: 'b' }]];
    expect(() => computeRatios(missing, summarizeFigures(missing))).toThrow(/not measured/);
    const units: Figure[][] = [
      [
        { name: 'a', unit: 'ms', value: 1, better: 'lower', reference: 'b' },
        { name: 'b', unit: 's', value: 1, better: 'lower' },
      ],
    ];
    expect(() => computeRatios(units, summarizeFigures(units))).toThrow(/unit/);
  });
});

describe('bench arguments', () => {
  it('separates names, runner flags and benchmark options', () => {
    const args = parseArguments(['http', '--runs', '3', '--engines=pglite', '--duration', '5']);
    expect(args.names).toEqual(['http']);
    expect(args.runs).toBe(3);
    expect(args.engines).toEqual(['pglite']);
    expect(args.options).toEqual({ duration: '5' });
    expect(() => parseArguments(['--runs', '0'])).toThrow();
    expect(() => parseArguments(['--engines', 'mysql'])).toThrow();
  });
});
