import type { z } from 'zod';
import type { LocalizedText } from '../../../../../shared/contracts/governance/findings.js';
import { indicatorDefinitions, rulePackSchema, type Condition, type PackIssue, type PackValidationResult, type Rule, type RulePack } from '../../../../../shared/contracts/governance/rule-packs.js';
import { isRegionMeasure, regionKindOfRule, subjectKindOf, subjectKindOfRule } from './subjects.js';

/**
 * Validation when a pack is saved: the schema first, then the meaning (rates within 0–1, m ≤ n,
 * k ≤ m, effective dates in order, unique rule ids, one subject kind per rule …). Every problem is
 * reported with its path; a malformed rule is an error, never silently skipped.
 */
type Path = PackIssue['path'];

const MAX_WINDOW_YEARS = 10;
const MAX_DEPTH = 6;

const messages = {
  INVALID_FIELD: (p: { detail: string }) => ({ 'zh-CN': `字段无效：${p.detail}`, en: `invalid field: ${p.detail}` }),
  UNKNOWN_INDICATOR: (p: { detail: string }) => ({ 'zh-CN': `未知指标：${p.detail}`, en: `unknown indicator: ${p.detail}` }),
  EFFECTIVE_TO_BEFORE_FROM: () => ({ 'zh-CN': '失效日期早于生效日期', en: 'effectiveTo is before effectiveFrom' }),
  DUPLICATE_RULE_ID: (p: { id: string }) => ({ 'zh-CN': `规则编号重复：${p.id}`, en: `duplicate rule id: ${p.id}` }),
  DUPLICATE_CONTROLLED_CLASS: (p: { id: string }) => ({ 'zh-CN': `国控类别编号重复：${p.id}`, en: `duplicate controlled class id: ${p.id}` }),
  RATE_OUT_OF_RANGE: (p: { value: number }) => ({ 'zh-CN': `比率阈值须在 0–1 之间（写成 0.6 而非 60），当前为 ${p.value}`, en: `a rate threshold must be within 0–1 (write 0.6, not 60); got ${p.value}` }),
  THRESHOLD_OUT_OF_RANGE: (p: { value: number }) => ({ 'zh-CN': `阈值不能为负数：${p.value}`, en: `the threshold cannot be negative: ${p.value}` }),
  PERCENT_OUT_OF_RANGE: () => ({ 'zh-CN': '排名比例须大于 0 且小于 100', en: 'the rank percent must be above 0 and below 100' }),
  PERCENT_NOT_ALLOWED: () => ({ 'zh-CN': '与区域平均比较时不使用排名比例', en: 'a comparison with the regional average takes no percent' }),
  WINDOW_YEARS_OUT_OF_RANGE: (p: { value: number }) => ({ 'zh-CN': `年数须在 1–${MAX_WINDOW_YEARS} 之间：${p.value}`, en: `years must be within 1–${MAX_WINDOW_YEARS}: ${p.value}` }),
  M_GREATER_THAN_N: (p: { m: number; n: number }) => ({ 'zh-CN': `m（${p.m}）不能大于 n（${p.n}）`, en: `m (${p.m}) cannot exceed n (${p.n})` }),
  K_OUT_OF_RANGE: (p: { k: number; m: number }) => ({ 'zh-CN': `k（${p.k}）须在 1 与条件数（${p.m}）之间`, en: `k (${p.k}) must be between 1 and the number of conditions (${p.m})` }),
  NOT_POOLABLE: (p: { indicator: string }) => ({ 'zh-CN': `指标 ${p.indicator} 没有分子分母，不能跨年合并或按学校汇总`, en: `${p.indicator} has no numerator and denominator: it cannot be pooled or summed over a college` }),
  CAP_LIMIT_MISSING: () => ({ 'zh-CN': '上限规则缺少上限值', en: 'the cap has no limit' }),
  CAP_LIMIT_OUT_OF_RANGE: (p: { value: number }) => ({ 'zh-CN': `上限值超出范围：${p.value}`, en: `the cap limit is out of range: ${p.value}` }),
  CAP_DIVISOR_MISSING: () => ({ 'zh-CN': '“专业数 ≤ 在校生数 ÷ N”须给出大于 0 的 N', en: '"programs ≤ enrollment ÷ N" needs N above 0' }),
  CAP_REGION_MISSING: () => ({ 'zh-CN': '区域上限须指明区域（省或地市）', en: 'a regional cap needs its region (province or prefecture)' }),
  MIXED_REGIONS: () => ({ 'zh-CN': '同一规则中的区域上限须使用同一种区域（省或地市）', en: 'the regional caps of one rule must use the same kind of region (province or prefecture)' }),
  MIXED_SUBJECTS: () => ({ 'zh-CN': '组合条件中的子条件针对不同对象（专业点、学校、区域专业）', en: 'the combined conditions are about different subjects (offering, college, program in a region)' }),
  NESTING_TOO_DEEP: () => ({ 'zh-CN': `条件嵌套超过 ${MAX_DEPTH} 层`, en: `conditions nested deeper than ${MAX_DEPTH}` }),
  LADDER_SEVERITY_ORDER: () => ({ 'zh-CN': '阶梯规则的各级须由轻到重排列', en: 'ladder steps must go from the mildest to the most severe' }),
  UNKNOWN_CONTROLLED_CLASS: (p: { id: string }) => ({ 'zh-CN': `本规则包未定义国控类别：${p.id}`, en: `controlled class not defined in this pack: ${p.id}` }),
  LEVEL_OUTSIDE_PACK: (p: { level: string }) => ({ 'zh-CN': `规则层次 ${p.level} 不在规则包适用层次内`, en: `level ${p.level} is not among the pack's levels` }),
  AGE_RANGE_INVALID: () => ({ 'zh-CN': '办学年限下限大于上限', en: 'college age minimum exceeds its maximum' }),
  APPLIES_OUTSIDE_OWNER: (p: { code: string }) => ({ 'zh-CN': `省级规则包不能适用于其他省份：${p.code}`, en: `a province's pack cannot apply to another province: ${p.code}` }),
} satisfies Record<string, (params: never) => LocalizedText>;

export type PackIssueCode = keyof typeof messages;

class IssueList {
  readonly issues: PackIssue[] = [];
  add<C extends PackIssueCode>(path: Path, code: C, ...params: Parameters<(typeof messages)[C]>) {
    const make = messages[code] as (...args: Parameters<(typeof messages)[C]>) => LocalizedText;
    this.issues.push({ path, code, message: make(...params) });
  }
}

function fromZod(error: z.ZodError): PackIssue[] {
  const list = new IssueList();
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const last = path[path.length - 1];
    const isIndicator = (last === 'indicator' || last === 'measure') && issue.code === 'invalid_value';
    if (isIndicator) list.add(path, 'UNKNOWN_INDICATOR', { detail: issue.message });
    else list.add(path, 'INVALID_FIELD', { detail: `${path.join('.') || '(pack)'}: ${issue.message}` });
  }
  return list.issues;
}

function checkThreshold(condition: Extract<Condition, { kind: 'threshold' }>, path: Path, list: IssueList) {
  const definition = indicatorDefinitions[condition.indicator];
  if (definition.kind === 'rate' && (condition.value < 0 || condition.value > 1)) list.add([...path, 'value'], 'RATE_OUT_OF_RANGE', { value: condition.value });
  if ((definition.kind === 'count' || definition.kind === 'ratio') && condition.value < 0) list.add([...path, 'value'], 'THRESHOLD_OUT_OF_RANGE', { value: condition.value });
  if ((condition.pooling || condition.aggregate === 'college') && !definition.isPoolable) list.add([...path, 'indicator'], 'NOT_POOLABLE', { indicator: condition.indicator });
}

function checkBenchmark(condition: Extract<Condition, { kind: 'benchmark' }>, path: Path, list: IssueList) {
  const isRank = condition.mode === 'bottom' || condition.mode === 'top';
  if (isRank && (condition.percent === undefined || condition.percent <= 0 || condition.percent >= 100)) list.add([...path, 'percent'], 'PERCENT_OUT_OF_RANGE');
  if (!isRank && condition.percent !== undefined) list.add([...path, 'percent'], 'PERCENT_NOT_ALLOWED');
  if (condition.pooling && !indicatorDefinitions[condition.indicator].isPoolable) list.add([...path, 'indicator'], 'NOT_POOLABLE', { indicator: condition.indicator });
}

function checkCap(condition: Extract<Condition, { kind: 'cap' }>, path: Path, list: IssueList) {
  if (condition.measure === 'programs-per-enrollment') {
    if (condition.divisor === undefined || condition.divisor <= 0) list.add([...path, 'divisor'], 'CAP_DIVISOR_MISSING');
    return;
  }
  if (isRegionMeasure(condition.measure) && condition.region === undefined) list.add([...path, 'region'], 'CAP_REGION_MISSING');
  if (condition.limit === undefined) list.add([...path, 'limit'], 'CAP_LIMIT_MISSING');
  else if (condition.limit < 0 || (condition.measure === 'repetition-rate' && condition.limit > 1)) list.add([...path, 'limit'], 'CAP_LIMIT_OUT_OF_RANGE', { value: condition.limit });
}

function checkCondition(condition: Condition, path: Path, list: IssueList, depth: number): void {
  if (depth > MAX_DEPTH) {
    list.add(path, 'NESTING_TOO_DEEP');
    return;
  }
  switch (condition.kind) {
    case 'threshold':
      return checkThreshold(condition, path, list);
    case 'benchmark':
      return checkBenchmark(condition, path, list);
    case 'cap':
      return checkCap(condition, path, list);
    case 'consecutive':
      if (condition.years < 1 || condition.years > MAX_WINDOW_YEARS) list.add([...path, 'years'], 'WINDOW_YEARS_OUT_OF_RANGE', { value: condition.years });
      return checkCondition(condition.condition, [...path, 'condition'], list, depth + 1);
    case 'm-of-n':
      if (condition.n < 1 || condition.n > MAX_WINDOW_YEARS) list.add([...path, 'n'], 'WINDOW_YEARS_OUT_OF_RANGE', { value: condition.n });
      if (condition.m < 1) list.add([...path, 'm'], 'WINDOW_YEARS_OUT_OF_RANGE', { value: condition.m });
      if (condition.m > condition.n) list.add([...path, 'm'], 'M_GREATER_THAN_N', { m: condition.m, n: condition.n });
      return checkCondition(condition.condition, [...path, 'condition'], list, depth + 1);
    case 'all':
    case 'any':
    case 'at-least':
      if (condition.kind === 'at-least' && (condition.k < 1 || condition.k > condition.conditions.length)) list.add([...path, 'k'], 'K_OUT_OF_RANGE', { k: condition.k, m: condition.conditions.length });
      if (subjectKindOf(condition) === null) list.add([...path, 'conditions'], 'MIXED_SUBJECTS');
      condition.conditions.forEach((child, i) => checkCondition(child, [...path, 'conditions', i], list, depth + 1));
  }
}

const severityRank = { notice: 0, yellow: 1, red: 2 } as const;

function checkRule(pack: RulePack, rule: Rule, path: Path, list: IssueList) {
  const population = rule.population;
  population?.levels?.forEach((level, i) => {
    if (!pack.levels.includes(level)) list.add([...path, 'population', 'levels', i], 'LEVEL_OUTSIDE_PACK', { level });
  });
  const classIds = new Set((pack.controlledPrograms ?? []).map((c) => c.id));
  population?.controlledClasses?.forEach((id, i) => {
    if (!classIds.has(id)) list.add([...path, 'population', 'controlledClasses', i], 'UNKNOWN_CONTROLLED_CLASS', { id });
  });
  const age = population?.collegeAgeYears;
  if (age?.min !== undefined && age.max !== undefined && age.min > age.max) list.add([...path, 'population', 'collegeAgeYears'], 'AGE_RANGE_INVALID');
  if (subjectKindOfRule(rule) === 'program-in-region' && regionKindOfRule(rule) === null) list.add(path, 'MIXED_REGIONS');
  if (rule.kind === 'rule') {
    checkCondition(rule.condition, [...path, 'condition'], list, 1);
    return;
  }
  rule.steps.forEach((step, i) => {
    checkCondition(step.condition, [...path, 'steps', i, 'condition'], list, 1);
    const previous = rule.steps[i - 1];
    if (previous && severityRank[step.severity] < severityRank[previous.severity]) list.add([...path, 'steps', i, 'severity'], 'LADDER_SEVERITY_ORDER');
  });
  const kinds = new Set(rule.steps.map((s) => subjectKindOf(s.condition)));
  if (kinds.size > 1) list.add([...path, 'steps'], 'MIXED_SUBJECTS');
}

function checkPack(pack: RulePack): PackIssue[] {
  const list = new IssueList();
  if (pack.effectiveTo !== null && pack.effectiveTo < pack.effectiveFrom) list.add(['effectiveTo'], 'EFFECTIVE_TO_BEFORE_FROM');
  if (pack.ownerScope.startsWith('province:')) {
    const own = pack.ownerScope.slice('province:'.length);
    pack.appliesTo?.forEach((code, i) => {
      if (code !== own) list.add(['appliesTo', i], 'APPLIES_OUTSIDE_OWNER', { code });
    });
  }
  const seenClasses = new Set<string>();
  pack.controlledPrograms?.forEach((c, i) => {
    if (seenClasses.has(c.id)) list.add(['controlledPrograms', i, 'id'], 'DUPLICATE_CONTROLLED_CLASS', { id: c.id });
    seenClasses.add(c.id);
  });
  const seenRules = new Set<string>();
  pack.rules.forEach((rule, i) => {
    if (seenRules.has(rule.id)) list.add(['rules', i, 'id'], 'DUPLICATE_RULE_ID', { id: rule.id });
    seenRules.add(rule.id);
    checkRule(pack, rule, ['rules', i], list);
  });
  return list.issues;
}

/** Validate a pack as it is saved (any JSON): the parsed pack, or every problem with its path, code and message in both languages. */
export function validateRulePack(input: unknown): PackValidationResult {
  const parsed = rulePackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZod(parsed.error) };
  const issues = checkPack(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack: parsed.data };
}
