import type { FindingFact } from '../../../../../shared/contracts/governance/findings.js';
import { indicatorDefinitions, type IndicatorDefinition } from '../../../../../shared/contracts/governance/rule-packs.js';
import type { Locale } from '../../../../../shared/contracts/platform/common.js';

const comparisonSymbols: Record<NonNullable<FindingFact['comparison']>, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

function isKnownIndicator(indicator: string): indicator is keyof typeof indicatorDefinitions {
  return Object.hasOwn(indicatorDefinitions, indicator);
}

function definitionOf(indicator: string): IndicatorDefinition | undefined {
  return isKnownIndicator(indicator) ? indicatorDefinitions[indicator] : undefined;
}

/** Rates are fractions (0.6): shown as percentages. Unknown indicators with a numerator and a denominator count as rates. */
export function isRate(fact: FindingFact): boolean {
  const definition = definitionOf(fact.indicator);
  if (definition) return definition.kind === 'rate';
  return fact.numerator !== null && fact.denominator !== null;
}

function formatNumber(value: number, locale: string, isPercent: boolean): string {
  if (isPercent) return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

export function formatFactValue(fact: FindingFact, locale: string): string {
  if (fact.value === null) return '—';
  return formatNumber(fact.value, locale, isRate(fact));
}

export function formatThreshold(fact: FindingFact, locale: string): string {
  if (fact.threshold === undefined) return '—';
  const symbol = fact.comparison ? comparisonSymbols[fact.comparison] : '';
  return `${symbol} ${formatNumber(fact.threshold, locale, isRate(fact))}`.trim();
}

/** The indicator's name in the reader's language (from the rule-pack contract), or its id. */
export function indicatorLabel(indicator: string, locale: Locale): string {
  return definitionOf(indicator)?.label[locale] ?? indicator;
}
