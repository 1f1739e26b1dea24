import { z } from 'zod';
import { localizedTextSchema, ruleActionSchema, severitySchema, type LocalizedText, type RuleAction, type Severity } from './findings.js';
import { offeringLevelSchema, type OfferingLevel } from './indicators.js';
export { extraMetricIds, type ExtraMetricId } from './indicators.js';

/**
 * Rule packs as data: versioned, each with its issuing authority, effective dates, source and
 * rules built from a small set of primitives (governance-rules.md, "Rule primitives"). The rule
 * engine (`modules/governance/domain/rules/`) validates a pack with `validateRulePack` when it is
 * saved and evaluates it; the web shows and edits packs with these schemas.
 *
 * Conventions: rates are fractions (0.6, never 60); years are calendar years; a condition is
 * evaluated for one subject and one year (the last year of its window) and comes out met, not
 * met, insufficient data (never pass or fail) or not applicable. Objects are strict: an unknown or
 * misspelt key (`minCont`) is an error, never silently dropped.
 */

// ---------------------------------------------------------------------------------------------
// Indicators

/** Indicators computed per offering-year (college × program × year). */
export const offeringIndicatorIdSchema = z.enum([
  'destination-rate-first', // 毕业去向落实率, first snapshot (~31 Aug)
  'destination-rate-year-end', // 毕业去向落实率, year end (31 Dec)
  'related-employment-rate', // related employed ÷ employed (year end)
  'fill-rate', // entrants ÷ planned places
  'entrants', // new entrants (count)
  'first-year-intake', // entrants in the offering's first year (not applicable in later years)
  'enrollment', // full-time enrollment (count)
  'years-without-enrollment', // consecutive years up to this one with zero entrants
  'student-teacher-ratio', // students ÷ (full-time + 0.5 × external teachers)
  'dual-qualified-share', // 双师型 full-time ÷ full-time teachers
  // generic extra metrics: present only when such data was imported (else insufficient data)
  'doctorate-teacher-share',
  'industry-teaching-share',
  'continuation-rate',
  'completion-rate',
  'progression-rate',
  'placement-rate',
  'earnings-median',
  'earnings-premium',
  'debt-to-earnings-annual',
  'debt-to-earnings-discretionary',
]);
export type OfferingIndicatorId = z.infer<typeof offeringIndicatorIdSchema>;

/** Measures that caps limit: per program in a region, or per college. */
export const capMeasureSchema = z.enum([
  'offerings-in-region', // 布点数: colleges in the region offering the program
  'repetition-rate', // 布点率: colleges offering the program ÷ colleges in the region (same level)
  'offerings-per-college', // programs the college offers
  'new-offerings-per-college', // offerings the college opened this year
  'programs-per-enrollment', // programs offered vs full-time enrollment ÷ divisor
]);
export type CapMeasure = z.infer<typeof capMeasureSchema>;

export type IndicatorKind = 'rate' | 'ratio' | 'count' | 'amount';
export type IndicatorDefinition = {
  kind: IndicatorKind;
  /** Rates and ratios with a numerator and a denominator can be pooled over years and summed over a college. */
  isPoolable: boolean;
  label: LocalizedText;
};

export const indicatorDefinitions: Record<OfferingIndicatorId | CapMeasure, IndicatorDefinition> = {
  'destination-rate-first': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '毕业去向落实率（初次）', en: 'destination rate (first snapshot)' } },
  'destination-rate-year-end': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '毕业去向落实率（年终）', en: 'destination rate (year end)' } },
  'related-employment-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '专业相关就业率', en: 'related-employment rate' } },
  'fill-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '招生计划完成率', en: 'fill rate' } },
  entrants: { kind: 'count', isPoolable: false, label: { 'zh-CN': '新生报到数', en: 'entrants' } },
  'first-year-intake': { kind: 'count', isPoolable: false, label: { 'zh-CN': '首年招生数', en: 'first-year intake' } },
  enrollment: { kind: 'count', isPoolable: false, label: { 'zh-CN': '全日制在校生数', en: 'full-time enrollment' } },
  'years-without-enrollment': { kind: 'count', isPoolable: false, label: { 'zh-CN': '连续未招生年数', en: 'years without enrollment' } },
  'student-teacher-ratio': { kind: 'ratio', isPoolable: true, label: { 'zh-CN': '生师比', en: 'student–teacher ratio' } },
  'dual-qualified-share': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '双师型教师占比', en: 'dual-qualified teacher share' } },
  'doctorate-teacher-share': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '博士学位教师占比', en: 'doctorate teacher share' } },
  'industry-teaching-share': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '行业兼职教师授课课时占比', en: 'share of hours taught by industry staff' } },
  'continuation-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '续读率', en: 'continuation rate' } },
  'completion-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '完成率', en: 'completion rate' } },
  'progression-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '进阶率（高技能就业或深造）', en: 'progression rate' } },
  'placement-rate': { kind: 'rate', isPoolable: true, label: { 'zh-CN': '就业安置率', en: 'job placement rate' } },
  'earnings-median': { kind: 'amount', isPoolable: false, label: { 'zh-CN': '毕业生收入中位数', en: 'median earnings' } },
  'earnings-premium': { kind: 'amount', isPoolable: false, label: { 'zh-CN': '收入溢价', en: 'earnings premium' } },
  'debt-to-earnings-annual': { kind: 'rate', isPoolable: false, label: { 'zh-CN': '年度债务收入比', en: 'annual debt-to-earnings' } },
  'debt-to-earnings-discretionary': { kind: 'rate', isPoolable: false, label: { 'zh-CN': '可支配收入债务比', en: 'discretionary debt-to-earnings' } },
  'offerings-in-region': { kind: 'count', isPoolable: false, label: { 'zh-CN': '布点数', en: 'offerings in the region' } },
  'repetition-rate': { kind: 'rate', isPoolable: false, label: { 'zh-CN': '布点率', en: 'repetition rate' } },
  'offerings-per-college': { kind: 'count', isPoolable: false, label: { 'zh-CN': '学校专业点数', en: 'offerings per college' } },
  'new-offerings-per-college': { kind: 'count', isPoolable: false, label: { 'zh-CN': '学校当年新增专业数', en: 'new offerings this year' } },
  'programs-per-enrollment': { kind: 'count', isPoolable: false, label: { 'zh-CN': '专业数（对照在校生数 ÷ 标准）', en: 'programs vs enrollment ÷ divisor' } },
};

// ---------------------------------------------------------------------------------------------
// Conditions (recursive)

export const comparisonSchema = z.enum(['lt', 'lte', 'gt', 'gte', 'eq']);
export type Comparison = z.infer<typeof comparisonSchema>;

/** A region for ranks and caps: the offering's province, or its prefecture (地级市). Never wider than a province. */
export const regionKindSchema = z.enum(['province', 'prefecture']);
export type RegionKind = z.infer<typeof regionKindSchema>;

/** Pool numerators and denominators over the last `years` years (`when: 'insufficient'`: only if one year is below the minimum count). */
export const poolingSchema = z.strictObject({ years: z.number().int().min(2).max(10), when: z.enum(['always', 'insufficient']) });
export type Pooling = z.infer<typeof poolingSchema>;

/** An absolute threshold: `indicator comparison value`, per offering (or summed over the college's offerings). */
export type ThresholdCondition = {
  kind: 'threshold';
  indicator: OfferingIndicatorId;
  comparison: Comparison;
  value: number;
  /** Below this count (graduates, employed, places, students, teachers or cohort) → insufficient data. Default 30. */
  minCount?: number;
  pooling?: Pooling;
  /** `college`: sum numerators and denominators over the college's offerings in the rule's population (whole-school ratios). */
  aggregate?: 'offering' | 'college';
};

/**
 * A benchmark within a region (province or prefecture) among offerings of the same level in the
 * rule's population. `bottom`/`top`: within the lowest/highest `percent` %. Tie rule: an offering is
 * in the bottom k % when fewer than k % of the ranked offerings are strictly below it, so offerings
 * tied at the cut are all in (`percentile` = share strictly below). Only offerings with sufficient
 * data are ranked. `below-average`/`above-average`: against the region's pooled rate.
 */
export type BenchmarkCondition = {
  kind: 'benchmark';
  indicator: OfferingIndicatorId;
  region: RegionKind;
  mode: 'bottom' | 'top' | 'below-average' | 'above-average';
  /** For bottom/top: 0 < percent < 100. */
  percent?: number;
  minCount?: number;
  pooling?: Pooling;
  /** Fewer ranked offerings in the region than this → insufficient data. Default 1. */
  minGroupSize?: number;
};

/** A cap: fires when the measure exceeds `limit` (exactly at the limit is within the cap). */
export type CapCondition = {
  kind: 'cap';
  measure: CapMeasure;
  /** For `offerings-in-region` and `repetition-rate`. */
  region?: RegionKind;
  /** The cap (a count, or a share 0–1 for `repetition-rate`); not used by `programs-per-enrollment`. */
  limit?: number;
  /** For `programs-per-enrollment`: programs may not exceed full-time enrollment ÷ divisor. */
  divisor?: number;
};

/** The condition held in consecutive years ending in the evaluated year (a missing year breaks the run). */
export type ConsecutiveCondition = { kind: 'consecutive'; years: number; condition: Condition };
/** The condition held in at least `m` of the last `n` years. */
export type MOfNCondition = { kind: 'm-of-n'; m: number; n: number; condition: Condition };
export type AllCondition = { kind: 'all'; conditions: Condition[] };
export type AnyCondition = { kind: 'any'; conditions: Condition[] };
/** At least `k` of the conditions hold. */
export type AtLeastCondition = { kind: 'at-least'; k: number; conditions: Condition[] };

export type Condition = ThresholdCondition | BenchmarkCondition | CapCondition | ConsecutiveCondition | MOfNCondition | AllCondition | AnyCondition | AtLeastCondition;

const finite = z.number().finite();
const thresholdSchema = z.strictObject({
  kind: z.literal('threshold'),
  indicator: offeringIndicatorIdSchema,
  comparison: comparisonSchema,
  value: finite,
  minCount: z.number().int().min(0).optional(),
  pooling: poolingSchema.optional(),
  aggregate: z.enum(['offering', 'college']).optional(),
});
const benchmarkSchema = z.strictObject({
  kind: z.literal('benchmark'),
  indicator: offeringIndicatorIdSchema,
  region: regionKindSchema,
  mode: z.enum(['bottom', 'top', 'below-average', 'above-average']),
  percent: finite.optional(),
  minCount: z.number().int().min(0).optional(),
  pooling: poolingSchema.optional(),
  minGroupSize: z.number().int().min(1).optional(),
});
const capSchema = z.strictObject({
  kind: z.literal('cap'),
  measure: capMeasureSchema,
  region: regionKindSchema.optional(),
  limit: finite.optional(),
  divisor: finite.optional(),
});

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    thresholdSchema,
    benchmarkSchema,
    capSchema,
    z.strictObject({ kind: z.literal('consecutive'), years: z.number().int(), condition: conditionSchema }),
    z.strictObject({ kind: z.literal('m-of-n'), m: z.number().int(), n: z.number().int(), condition: conditionSchema }),
    z.strictObject({ kind: z.literal('all'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('any'), conditions: z.array(conditionSchema).min(1) }),
    z.strictObject({ kind: z.literal('at-least'), k: z.number().int(), conditions: z.array(conditionSchema).min(1) }),
  ]),
);

// ---------------------------------------------------------------------------------------------
// Rules

/** Which subjects a rule looks at (population split). Omitted fields do not filter. */
export const populationSchema = z.strictObject({
  levels: z.array(offeringLevelSchema).min(1).optional(),
  ownership: z.array(z.enum(['public', 'private'])).min(1).optional(),
  /** The college's age in the evaluated year (year − opening year + 1; the opening year is year 1). */
  collegeAgeYears: z.strictObject({ min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional() }).optional(),
  /** Only offerings of programs in these controlled classes (the pack's `controlledPrograms`). */
  controlledClasses: z.array(z.string()).min(1).optional(),
});
export type Population = z.infer<typeof populationSchema>;

export const ruleIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, 'letters, digits, . _ - (at most 60)');

const ruleBase = {
  id: ruleIdSchema,
  title: localizedTextSchema,
  description: localizedTextSchema.optional(),
  population: populationSchema.optional(),
};

/** One step of a ladder: steps are listed from the mildest to the most severe; the last matching step fires. */
export const ladderStepSchema = z.strictObject({ severity: severitySchema, action: ruleActionSchema, condition: conditionSchema, label: localizedTextSchema.optional() });
export type LadderStep = { severity: Severity; action: RuleAction; condition: Condition; label?: LocalizedText };

export type SimpleRule = { kind: 'rule'; id: string; title: LocalizedText; description?: LocalizedText; population?: Population; severity: Severity; action: RuleAction; condition: Condition };
export type LadderRule = { kind: 'ladder'; id: string; title: LocalizedText; description?: LocalizedText; population?: Population; steps: LadderStep[] };
export type Rule = SimpleRule | LadderRule;

export const ruleSchema: z.ZodType<Rule> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rule'), ...ruleBase, severity: severitySchema, action: ruleActionSchema, condition: conditionSchema }),
  z.strictObject({ kind: z.literal('ladder'), ...ruleBase, steps: z.array(ladderStepSchema).min(1) }),
]);

// ---------------------------------------------------------------------------------------------
// Packs

/** `national`, `province:<GB/T 2260 code>` or `international` (reference packs). */
export const packOwnerScopeSchema = z.string().regex(/^(national|international|province:\d{2}0000)$/, 'national, international or province:<code such as 440000>');
export type PackOwnerScope = z.infer<typeof packOwnerScopeSchema>;

/** [V] checked against a primary notice or faithful reprint, [S] secondary, [U] unverified (governance-sources.md). */
export const reliabilitySchema = z.enum(['V', 'S', 'U']);
export type Reliability = z.infer<typeof reliabilitySchema>;

export const packSourceSchema = z.strictObject({
  citation: z.string().min(1),
  reliability: reliabilitySchema,
  urls: z.array(z.string()).default([]),
  note: localizedTextSchema.optional(),
});
export type PackSource = z.infer<typeof packSourceSchema>;

/** How a catalog name is matched: names, not codes, so the list works on any catalog version. */
export const nameMatchSchema = z.strictObject({
  field: z.enum(['major', 'category', 'program']),
  match: z.enum(['equals', 'prefix', 'contains']),
  text: z.string().min(1),
});
export type NameMatch = z.infer<typeof nameMatchSchema>;

/** A class of nationally controlled programs (国控专业): medicine, police, justice, teaching … */
export const controlledClassSchema = z.strictObject({
  id: ruleIdSchema,
  label: localizedTextSchema,
  /** The sector regulator whose opinion the province forwards. */
  regulator: localizedTextSchema,
  matches: z.array(nameMatchSchema).min(1),
  /** Names that match a pattern above but are not controlled (e.g. 体育教育 under a teaching pattern). */
  excludes: z.array(nameMatchSchema).default([]),
});
export type ControlledClass = z.infer<typeof controlledClassSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2022-08-01');

export const rulePackSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and - (at most 60)'),
  version: z.string().min(1).max(40),
  title: localizedTextSchema,
  authority: localizedTextSchema,
  ownerScope: packOwnerScopeSchema,
  /** Levels the pack applies to. */
  levels: z.array(offeringLevelSchema).min(1),
  /** Provinces the pack is evaluated in; default: the owner's province, or everywhere for national and international packs. */
  appliesTo: z.array(z.string().regex(/^\d{2}0000$/)).optional(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  sources: z.array(packSourceSchema).min(1),
  description: localizedTextSchema.optional(),
  controlledPrograms: z.array(controlledClassSchema).optional(),
  rules: z.array(ruleSchema).min(1),
});
export type RulePack = z.infer<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;

/** One problem found when a pack is saved: where it is, a stable code and a message in both languages. */
export const packIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: localizedTextSchema,
});
export type PackIssue = z.infer<typeof packIssueSchema>;

export const packValidationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pack: rulePackSchema }),
  z.object({ ok: z.literal(false), issues: z.array(packIssueSchema).min(1) }),
]);
export type PackValidationResult = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };

export type { OfferingLevel };
