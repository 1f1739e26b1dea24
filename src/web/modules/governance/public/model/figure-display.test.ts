import { describe, expect, it } from 'vitest';
import { displayFigure, readCompareIds, toggleCompare, yearsLabel } from './figure-display.js';

describe('public figures', () => {
  it('prints a reported rate with its numerator and denominator', () => {
    expect(displayFigure({ indicator: 'destination-year-end', status: 'reported', years: [2024], numerator: 45, denominator: 52, rate: 45 / 52 })).toEqual({
      status: 'reported',
      rate: '86.5%',
      counts: '45 / 52',
      years: '2024',
    });
  });

  it('prints a pooled rate with the years it covers', () => {
    expect(displayFigure({ indicator: 'destination-first', status: 'pooled', years: [2022, 2023, 2024], numerator: 28, denominator: 33, rate: 28 / 33 })).toMatchObject({ rate: '84.8%', counts: '28 / 33', years: '2022–2024' });
  });

  it('never prints numbers for a suppressed or missing figure', () => {
    expect(displayFigure({ indicator: 'destination-year-end', status: 'suppressed', years: [2024], numerator: null, denominator: null, rate: null })).toEqual({ status: 'suppressed', rate: null, counts: null, years: '2024' });
    expect(displayFigure(undefined)).toEqual({ status: 'no-data', rate: null, counts: null, years: null });
    expect(yearsLabel([])).toBeNull();
  });

  it('keeps at most four offerings to compare, without duplicates', () => {
    let ids: string[] = [];
    for (const id of ['A:1', 'B:2', 'C:3', 'D:4', 'E:5']) ids = toggleCompare(ids, id);
    expect(ids).toEqual(['A:1', 'B:2', 'C:3', 'D:4']);
    expect(toggleCompare(ids, 'B:2')).toEqual(['A:1', 'C:3', 'D:4']);
    expect(readCompareIds('A:1,A:1,bad,B:2,C:3,D:4,E:5')).toEqual(['A:1', 'B:2', 'C:3', 'D:4']);
    expect(readCompareIds(null)).toEqual([]);
  });
});
