import type { FindingFact, LocalizedText, RuleAction } from '../../../../../shared/contracts/governance/findings.js';
import { indicatorDefinitions, type OfferingIndicatorId, type CapMeasure } from '../../../../../shared/contracts/governance/rule-packs.js';

/**
 * The bilingual explanation of a finding: the rule, then each fact with its year(s), value,
 * numerator / denominator and the threshold it was compared with, then the action.
 */
export const actionLabels: Record<RuleAction, LocalizedText> = {
  review: { 'zh-CN': '提示关注', en: 'review' },
  cut_plan: { 'zh-CN': '调减招生计划', en: 'cut the enrollment plan' },
  cap_plan: { 'zh-CN': '下年计划不超过上年就业人数', en: "cap next year's plan at last year's employed count" },
  enroll_alternate_years: { 'zh-CN': '隔年招生', en: 'enroll in alternate years' },
  suspend_enrollment: { 'zh-CN': '暂停招生', en: 'suspend enrollment' },
  stop_enrollment: { 'zh-CN': '停止招生', en: 'stop enrollment' },
  withdraw: { 'zh-CN': '撤销专业点', en: 'withdraw the offering' },
  no_new_offerings: { 'zh-CN': '不再新增布点', en: 'no new offerings' },
  cuts_only: { 'zh-CN': '只减不增', en: 'cuts only' },
  tight_control: { 'zh-CN': '严格控制', en: 'tight control' },
  national_approval: { 'zh-CN': '报国家审批', en: 'national approval' },
  loss_of_eligibility: { 'zh-CN': '丧失资格', en: 'loss of eligibility' },
};

const comparisonSymbols: Record<NonNullable<FindingFact['comparison']>, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=' };

const isKnownIndicator = (id: string): id is OfferingIndicatorId | CapMeasure => id in indicatorDefinitions;

function labelOf(indicator: string, locale: keyof LocalizedText): string {
  return isKnownIndicator(indicator) ? indicatorDefinitions[indicator].label[locale] : indicator;
}

function formatNumber(indicator: string, value: number): string {
  const kind = isKnownIndicator(indicator) ? indicatorDefinitions[indicator].kind : 'count';
  if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  if (kind === 'ratio') return value.toFixed(1);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function yearsText(fact: FindingFact, locale: keyof LocalizedText): string {
  if (fact.year !== null) return locale === 'zh-CN' ? `${fact.year} 年` : String(fact.year);
  const years = fact.years ?? [];
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');
  return locale === 'zh-CN' ? `${span} 年合计` : `${span} pooled`;
}

export function describeFact(fact: FindingFact, locale: keyof LocalizedText): string {
  const parts = [labelOf(fact.indicator, locale), yearsText(fact, locale)];
  if (fact.value === null) parts.push(locale === 'zh-CN' ? '数据不足' : 'insufficient data');
  else {
    const counts = fact.denominator !== null && fact.numerator !== null ? `（${fact.numerator}/${Number.isInteger(fact.denominator) ? fact.denominator : fact.denominator.toFixed(1)}）` : '';
    parts.push(`${formatNumber(fact.indicator, fact.value)}${locale === 'en' ? counts.replace('（', ' (').replace('）', ')') : counts}`);
  }
  if (fact.percentile !== undefined) parts.push(locale === 'zh-CN' ? `区域内百分位 ${(fact.percentile * 100).toFixed(1)}%` : `percentile in region ${(fact.percentile * 100).toFixed(1)}%`);
  if (fact.comparison && fact.threshold !== undefined) {
    const target = fact.percentile !== undefined ? `${(fact.threshold * 100).toFixed(1)}%` : formatNumber(fact.indicator, fact.threshold);
    parts.push(`${fact.isMet ? '' : locale === 'zh-CN' ? '未' : 'not '}${comparisonSymbols[fact.comparison]} ${target}`);
  }
  return parts.join(' ');
}

/** "Rule title: fact; fact → action", in both languages. */
export function describeFinding(title: LocalizedText, facts: readonly FindingFact[], action: RuleAction, stepLabel?: LocalizedText): LocalizedText {
  const make = (locale: keyof LocalizedText) => {
    const head = stepLabel ? (locale === 'zh-CN' ? `${title[locale]}（${stepLabel[locale]}）` : `${title[locale]} (${stepLabel[locale]})`) : title[locale];
    const body = facts.map((fact) => describeFact(fact, locale)).join(locale === 'zh-CN' ? '；' : '; ');
    return locale === 'zh-CN' ? `${head}：${body} → ${actionLabels[action]['zh-CN']}` : `${head}: ${body} → ${actionLabels[action].en}`;
  };
  return { 'zh-CN': make('zh-CN'), en: make('en') };
}
