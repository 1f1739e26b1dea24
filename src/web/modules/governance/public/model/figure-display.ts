import type { PublicFigure, PublicIndicator, PublicOffering } from '../../../../../shared/contracts/governance/public-info.js';

/** What the public site prints for one outcome. */
export type FigureDisplay = {
  status: PublicFigure['status'];
  /** "86.5%", or null when suppressed or missing. */
  rate: string | null;
  /** "45 / 52", or null when suppressed or missing. */
  counts: string | null;
  /** "2024" or "2022–2024". */
  years: string | null;
};

export function yearsLabel(years: readonly number[]): string | null {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return null;
  return first === last ? String(first) : `${first}–${last}`;
}

/** A published figure as text; suppressed and missing figures never show numbers. */
export function displayFigure(figure: PublicFigure | undefined): FigureDisplay {
  if (!figure) return { status: 'no-data', rate: null, counts: null, years: null };
  const isShown = (figure.status === 'reported' || figure.status === 'pooled') && figure.rate !== null;
  return {
    status: figure.status,
    rate: isShown && figure.rate !== null ? `${(figure.rate * 100).toFixed(1)}%` : null,
    counts: isShown && figure.numerator !== null && figure.denominator !== null ? `${figure.numerator} / ${figure.denominator}` : null,
    years: yearsLabel(figure.years),
  };
}

export function findFigure(offering: Pick<PublicOffering, 'outcomes'>, indicator: PublicIndicator): PublicFigure | undefined {
  return offering.outcomes.find((figure) => figure.indicator === indicator);
}

export const publicIndicators: readonly PublicIndicator[] = ['destination-year-end', 'destination-first', 'related-employment', 'fill-rate'];

export const MAX_COMPARE_IDS = 4;

/** The compare list as kept in the address: unique ids, at most four, newest choice last. */
export function toggleCompare(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((item) => item !== id);
  if (ids.length >= MAX_COMPARE_IDS) return [...ids];
  return [...ids, id];
}

export function readCompareIds(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((id) => id.trim()).filter((id) => /^[A-Za-z0-9_-]+:[A-Za-z0-9._-]+$/.test(id)))].slice(0, MAX_COMPARE_IDS);
}
