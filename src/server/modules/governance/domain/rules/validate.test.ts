import { describe, expect, it } from 'vitest';
import type { Condition, RulePackInput } from '../../../../../shared/contracts/governance/rule-packs.js';
import { cnNationalPack, validateRulePack } from './index.js';

const text = { 'zh-CN': '测试', en: 'test' };

function pack(overrides: Partial<RulePackInput> = {}): RulePackInput {
  return {
    id: 'test-pack',
    version: '1',
    title: text,
    authority: text,
    ownerScope: 'province:440000',
    levels: ['higher'],
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    sources: [{ citation: 'a notice', reliability: 'V' }],
    rules: [{ kind: 'rule', id: 'r1', title: text, severity: 'yellow', action: 'review', condition: { kind: 'threshold', indicator: 'fill-rate', comparison: 'lt', value: 0.5 } }],
    ...overrides,
  };
}

const withCondition = (condition: Condition) => pack({ rules: [{ kind: 'rule', id: 'r1', title: text, severity: 'yellow', action: 'review', condition }] });

function issues(input: unknown) {
  const result = validateRulePack(input);
  return result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')]);
}

const destination = (value: number): Condition => ({ kind: 'threshold', indicator: 'destination-rate-year-end', comparison: 'lt', value });

describe('validateRulePack', () => {
  it('accepts a well-formed pack and returns it parsed (defaults filled)', () => {
    const result = validateRulePack(pack());
    expect(result.ok).toBe(true);
    expect(result.ok && result.pack.sources[0]?.urls).toEqual([]);
  });

  it('rejects a rate written as a percentage (60 instead of 0.6), and negative counts', () => {
    expect(issues(withCondition(destination(60)))).toEqual([['RATE_OUT_OF_RANGE', 'rules.0.condition.value']]);
    expect(issues(withCondition({ kind: 'threshold', indicator: 'entrants', comparison: 'lt', value: -1 }))).toEqual([['THRESHOLD_OUT_OF_RANGE', 'rules.0.condition.value']]);
  });

  it('a misspelt or unknown key is an error, never silently dropped', () => {
    const bad = JSON.parse(JSON.stringify(withCondition(destination(0.6))));
    bad.rules[0].condition.minCont = 10;
    const result = validateRulePack(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['INVALID_FIELD', 'rules.0.condition']]);
    expect(!result.ok && result.issues[0]?.message.en).toContain('minCont');
  });

  it('names an unknown indicator', () => {
    const bad = JSON.parse(JSON.stringify(withCondition(destination(0.6))));
    bad.rules[0].condition.indicator = 'employment-rate';
    const result = validateRulePack(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'UNKNOWN_INDICATOR', path: ['rules', 0, 'condition', 'indicator'] });
    expect(!result.ok && result.issues[0]?.message['zh-CN']).toContain('未知指标');
  });

  it('rejects m > n, k > m, k < 1 and windows out of range', () => {
    expect(issues(withCondition({ kind: 'm-of-n', m: 3, n: 2, condition: destination(0.6) }))).toEqual([['M_GREATER_THAN_N', 'rules.0.condition.m']]);
    expect(issues(withCondition({ kind: 'at-least', k: 3, conditions: [destination(0.6), destination(0.5)] }))).toEqual([['K_OUT_OF_RANGE', 'rules.0.condition.k']]);
    expect(issues(withCondition({ kind: 'at-least', k: 0, conditions: [destination(0.6)] }))).toEqual([['K_OUT_OF_RANGE', 'rules.0.condition.k']]);
    expect(issues(withCondition({ kind: 'consecutive', years: 0, condition: destination(0.6) }))).toEqual([['WINDOW_YEARS_OUT_OF_RANGE', 'rules.0.condition.years']]);
    expect(issues(withCondition({ kind: 'm-of-n', m: 2, n: 11, condition: destination(0.6) }))).toEqual([['WINDOW_YEARS_OUT_OF_RANGE', 'rules.0.condition.n']]);
  });

  it('rejects effectiveTo before effectiveFrom, duplicate rule ids and malformed dates', () => {
    expect(issues(pack({ effectiveTo: '2023-12-31' }))).toEqual([['EFFECTIVE_TO_BEFORE_FROM', 'effectiveTo']]);
    const rule = pack().rules[0]!;
    expect(issues(pack({ rules: [rule, rule] }))).toEqual([['DUPLICATE_RULE_ID', 'rules.1.id']]);
    expect(issues(pack({ effectiveFrom: '2024/01/01' }))).toEqual([['INVALID_FIELD', 'effectiveFrom']]);
  });

  it('checks benchmarks, caps and pooling', () => {
    const bench = (percent: number | undefined, mode: 'bottom' | 'below-average' = 'bottom'): Condition => ({ kind: 'benchmark', indicator: 'destination-rate-first', region: 'province', mode, ...(percent === undefined ? {} : { percent }) });
    expect(issues(withCondition(bench(0)))).toEqual([['PERCENT_OUT_OF_RANGE', 'rules.0.condition.percent']]);
    expect(issues(withCondition(bench(100)))).toEqual([['PERCENT_OUT_OF_RANGE', 'rules.0.condition.percent']]);
    expect(issues(withCondition(bench(undefined)))).toEqual([['PERCENT_OUT_OF_RANGE', 'rules.0.condition.percent']]);
    expect(issues(withCondition(bench(10, 'below-average')))).toEqual([['PERCENT_NOT_ALLOWED', 'rules.0.condition.percent']]);
    expect(issues(withCondition({ kind: 'cap', measure: 'repetition-rate', region: 'prefecture', limit: 50 }))).toEqual([['CAP_LIMIT_OUT_OF_RANGE', 'rules.0.condition.limit']]);
    expect(issues(withCondition({ kind: 'cap', measure: 'offerings-in-region', limit: 20 }))).toEqual([['CAP_REGION_MISSING', 'rules.0.condition.region']]);
    expect(issues(withCondition({ kind: 'cap', measure: 'offerings-per-college' }))).toEqual([['CAP_LIMIT_MISSING', 'rules.0.condition.limit']]);
    expect(issues(withCondition({ kind: 'cap', measure: 'programs-per-enrollment', divisor: 0 }))).toEqual([['CAP_DIVISOR_MISSING', 'rules.0.condition.divisor']]);
    expect(issues(withCondition({ kind: 'threshold', indicator: 'earnings-median', comparison: 'lt', value: 1, pooling: { years: 3, when: 'always' } }))).toEqual([['NOT_POOLABLE', 'rules.0.condition.indicator']]);
    expect(issues(withCondition({ kind: 'threshold', indicator: 'entrants', comparison: 'lt', value: 1, aggregate: 'college' }))).toEqual([['NOT_POOLABLE', 'rules.0.condition.indicator']]);
  });

  it('rejects combinations about different subjects and ladders that get milder', () => {
    const mixed: Condition = { kind: 'any', conditions: [destination(0.6), { kind: 'cap', measure: 'offerings-per-college', limit: 40 }] };
    expect(issues(withCondition(mixed))).toEqual([['MIXED_SUBJECTS', 'rules.0.condition.conditions']]);
    const ladder = pack({
      rules: [{ kind: 'ladder', id: 'l', title: text, steps: [{ severity: 'red', action: 'stop_enrollment', condition: destination(0.3) }, { severity: 'yellow', action: 'cap_plan', condition: destination(0.6) }] }],
    });
    expect(issues(ladder)).toEqual([['LADDER_SEVERITY_ORDER', 'rules.0.steps.1.severity']]);
    const regions = pack({
      rules: [
        {
          kind: 'ladder',
          id: 'l',
          title: text,
          steps: [
            { severity: 'yellow', action: 'tight_control', condition: { kind: 'cap', measure: 'offerings-in-region', region: 'province', limit: 10 } },
            { severity: 'red', action: 'cuts_only', condition: { kind: 'cap', measure: 'repetition-rate', region: 'prefecture', limit: 0.5 } },
          ],
        },
      ],
    });
    expect(issues(regions)).toEqual([['MIXED_REGIONS', 'rules.0']]);
  });

  it('checks populations against the pack: levels, controlled classes, age ranges; a province pack stays in its province', () => {
    const rule = { kind: 'rule' as const, id: 'r1', title: text, severity: 'yellow' as const, action: 'review' as const, condition: destination(0.6) };
    expect(issues(pack({ rules: [{ ...rule, population: { levels: ['secondary'] } }] }))).toEqual([['LEVEL_OUTSIDE_PACK', 'rules.0.population.levels.0']]);
    expect(issues(pack({ rules: [{ ...rule, population: { controlledClasses: ['medicine'] } }] }))).toEqual([['UNKNOWN_CONTROLLED_CLASS', 'rules.0.population.controlledClasses.0']]);
    expect(issues(pack({ rules: [{ ...rule, population: { collegeAgeYears: { min: 4, max: 3 } } }] }))).toEqual([['AGE_RANGE_INVALID', 'rules.0.population.collegeAgeYears']]);
    expect(issues(pack({ appliesTo: ['440000', '320000'] }))).toEqual([['APPLIES_OUTSIDE_OWNER', 'appliesTo.1']]);
  });

  it('reports every problem at once, not just the first', () => {
    const rule = pack().rules[0]!;
    const many = pack({ effectiveTo: '2020-01-01', rules: [rule, rule, { kind: 'rule', id: 'r2', title: text, severity: 'red', action: 'withdraw', condition: { kind: 'm-of-n', m: 4, n: 3, condition: destination(75) } }] });
    expect(issues(many).map(([code]) => code)).toEqual(['EFFECTIVE_TO_BEFORE_FROM', 'DUPLICATE_RULE_ID', 'M_GREATER_THAN_N', 'RATE_OUT_OF_RANGE']);
  });

  it('rejects structural garbage with field paths, and every message is bilingual', () => {
    const result = validateRulePack({ id: 'Bad Id', rules: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['id', 'version', 'levels', 'rules', 'sources', 'ownerScope']));
    for (const issue of result.issues) {
      expect(issue.message['zh-CN'].length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(issues(null)).toEqual([['INVALID_FIELD', '']]);
  });

  it('the national pack with a duplicated controlled class is rejected', () => {
    const classes = cnNationalPack.controlledPrograms ?? [];
    expect(issues({ ...cnNationalPack, controlledPrograms: [...classes, classes[0]] })).toEqual([['DUPLICATE_CONTROLLED_CLASS', `controlledPrograms.${classes.length}.id`]]);
  });
});
