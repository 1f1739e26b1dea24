import { createHash } from 'node:crypto';
import type { FindingFact, FindingSubject, RuleFinding, Severity } from '../../../../../shared/contracts/governance/findings.js';
import type { Population, Rule, RulePack } from '../../../../../shared/contracts/governance/rule-packs.js';
import { evaluateCondition, type Membership, type RuleContext, type State, type Subject } from './conditions.js';
import { compileControlledMatcher } from './controlled.js';
import { describeFinding } from './describe.js';
import { buildEngineIndex, existsIn, type EngineIndex, type OfferingEntry, type ProgramGroup } from './engine-index.js';
import type { EvaluateOptions, EvaluationResult, PackRunStatus, RuleCollege, RuleEngineInput, RuleOffering, RuleSummary } from './input.js';
import { regionKindOfRule, subjectKindOfRule } from './subjects.js';

/**
 * Evaluation of rule packs over plain data: one pass per rule over pre-indexed maps, deciding
 * first and building the explanation (facts, bilingual summary) only for what fired. Ranks and
 * caps never cross a province, so evaluating one province's input alone gives exactly that
 * province's findings of the whole run.
 */

/** A pack applies in `year` when its effective dates overlap that calendar year. */
export function isPackInEffect(pack: RulePack, year: number): boolean {
  return pack.effectiveFrom <= `${year}-12-31` && (pack.effectiveTo === null || pack.effectiveTo >= `${year}-01-01`);
}

/** The provinces a pack is evaluated in; null = everywhere. */
export function packProvinces(pack: RulePack): ReadonlySet<string> | null {
  if (pack.appliesTo) return new Set(pack.appliesTo);
  return pack.ownerScope.startsWith('province:') ? new Set([pack.ownerScope.slice('province:'.length)]) : null;
}

function combine(a: Membership, b: Membership): Membership {
  if (a === 'out' || b === 'out') return 'out';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'in';
}

function collegeMembership(population: Population | undefined, college: RuleCollege | undefined, year: number): Membership {
  if (!population || (!population.ownership && !population.collegeAgeYears)) return 'in';
  if (!college) return 'unknown';
  if (population.ownership && !population.ownership.includes(college.ownership)) return 'out';
  const age = population.collegeAgeYears;
  if (age) {
    if (college.openedYear === null) return 'unknown';
    const years = year - college.openedYear + 1;
    if ((age.min !== undefined && years < age.min) || (age.max !== undefined && years > age.max)) return 'out';
  }
  return 'in';
}

/**
 * Per rule with controlled classes, its matcher with the answer kept per distinct set of catalog
 * names: offerings of one program share their names, so a national run normalises each
 * program's names once instead of once per offering and province. Packs are immutable data.
 */
const controlledMatchers = new WeakMap<Rule, (offering: RuleOffering) => boolean>();

function controlledMatcherOf(pack: RulePack, rule: Rule): (offering: RuleOffering) => boolean {
  let matcher = controlledMatchers.get(rule);
  if (!matcher) {
    const classes = rule.population?.controlledClasses;
    const match = compileControlledMatcher((pack.controlledPrograms ?? []).filter((c) => classes?.includes(c.id)));
    const known = new Map<string, boolean>();
    matcher = (offering) => {
      const key = `${offering.majorName}\u0000${offering.categoryName}\u0000${offering.programName}`;
      let answer = known.get(key);
      if (answer === undefined) {
        answer = match(offering);
        known.set(key, answer);
      }
      return answer;
    };
    controlledMatchers.set(rule, matcher);
  }
  return matcher;
}

function makeContext(pack: RulePack, rule: Rule, index: EngineIndex): RuleContext {
  const population = rule.population;
  const levels = new Set(population?.levels ? population.levels.filter((l) => pack.levels.includes(l)) : pack.levels);
  const isControlled = (entry: OfferingEntry) => controlledMatcherOf(pack, rule)(entry.offering);
  return {
    index,
    benchmarks: new Map(),
    includesCollege: (college, year) => (levels.has(college.level) ? collegeMembership(population, college, year) : 'out'),
    includesOffering: (entry, year) => {
      if (!levels.has(entry.offering.level)) return 'out';
      if (population?.controlledClasses && !isControlled(entry)) return 'out';
      return combine('in', collegeMembership(population, entry.college, year));
    },
  };
}

type Candidate = { subject: Subject; membership: Membership };

function* candidates(rule: Rule, ctx: RuleContext, provinces: ReadonlySet<string> | null, year: number): Generator<Candidate> {
  const inProvince = (code: string) => provinces === null || provinces.has(code);
  const kind = subjectKindOfRule(rule);
  if (kind === 'offering') {
    const lists = provinces === null ? [ctx.index.offerings] : [...provinces].map((p) => ctx.index.offeringsByProvince.get(p) ?? []);
    for (const list of lists) {
      for (const entry of list) {
        if (!existsIn(entry.offering, year)) continue;
        const membership = ctx.includesOffering(entry, year);
        if (membership !== 'out') yield { subject: { kind: 'offering', entry }, membership };
      }
    }
  } else if (kind === 'college') {
    for (const entry of ctx.index.colleges.values()) {
      if (!inProvince(entry.college.provinceCode) || !entry.offerings.some((o) => existsIn(o.offering, year))) continue;
      const membership = ctx.includesCollege(entry.college, year);
      if (membership !== 'out') yield { subject: { kind: 'college', entry }, membership };
    }
  } else if (kind === 'program-in-region') {
    const regionKind = regionKindOfRule(rule) ?? 'province';
    const isCurrent = (group: ProgramGroup) => group.offerings.some((o) => existsIn(o.offering, year) && ctx.includesOffering(o, year) === 'in');
    for (const group of ctx.index.programGroups(regionKind, provinces)) if (isCurrent(group)) yield { subject: { kind: 'program-in-region', group }, membership: 'in' };
    // offerings whose prefecture is unknown cannot be placed in a prefecture: insufficient data, one per province and program
    if (regionKind === 'prefecture') for (const group of ctx.index.programGroups(regionKind, provinces, true)) if (isCurrent(group)) yield { subject: { kind: 'program-in-region', group }, membership: 'unknown' };
  }
}

function findingSubject(subject: Subject): FindingSubject {
  if (subject.kind === 'offering') {
    const o = subject.entry.offering;
    return { kind: 'offering', provinceCode: o.provinceCode, collegeId: o.collegeId, programCode: o.programCode, offeringId: o.id };
  }
  if (subject.kind === 'college') return { kind: 'college', provinceCode: subject.entry.college.provinceCode, collegeId: subject.entry.college.id };
  const g = subject.group;
  return { kind: 'program-in-region', provinceCode: g.provinceCode, regionCode: g.regionCode, programCode: g.programCode };
}

function subjectKey(subject: FindingSubject): string {
  if (subject.kind === 'offering') return `offering:${subject.offeringId}`;
  if (subject.kind === 'college') return `college:${subject.collegeId}`;
  return `program-in-region:${subject.regionCode}:${subject.programCode}`;
}

/** Same pack, rule, subject and year → same fingerprint (warnings are deduplicated by it; a new pack version does not reissue them). */
export function findingFingerprint(packId: string, ruleId: string, subject: FindingSubject, year: number): string {
  return createHash('sha256').update(`${packId}|${ruleId}|${subjectKey(subject)}|${year}`).digest('hex');
}

/** For a simple rule, its state; for a ladder, the index of the last (most severe) matching step. */
function decide(rule: Rule, subject: Subject, year: number, ctx: RuleContext): { state: State; step: number } {
  if (rule.kind === 'rule') return { state: evaluateCondition(rule.condition, subject, year, ctx, null), step: -1 };
  let fired = -1;
  let hasInsufficient = false;
  let hasApplicable = false;
  rule.steps.forEach((step, i) => {
    const state = evaluateCondition(step.condition, subject, year, ctx, null);
    if (state === 'met') fired = i;
    if (state === 'insufficient') hasInsufficient = true;
    if (state !== 'not-applicable') hasApplicable = true;
  });
  if (fired >= 0) return { state: 'met', step: fired };
  return { state: hasInsufficient ? 'insufficient' : hasApplicable ? 'not-met' : 'not-applicable', step: -1 };
}

function explain(pack: RulePack, rule: Rule, step: number, subject: Subject, year: number, ctx: RuleContext): RuleFinding {
  const facts: FindingFact[] = [];
  const ladderStep = rule.kind === 'ladder' ? rule.steps[step] : undefined;
  const condition = rule.kind === 'rule' ? rule.condition : ladderStep?.condition;
  const severity = rule.kind === 'rule' ? rule.severity : (ladderStep?.severity ?? 'notice');
  const action = rule.kind === 'rule' ? rule.action : (ladderStep?.action ?? 'review');
  if (condition) evaluateCondition(condition, subject, year, ctx, facts);
  const findingSubjectValue = findingSubject(subject);
  return {
    packId: pack.id,
    packVersion: pack.version,
    ruleId: rule.id,
    severity,
    action,
    subject: findingSubjectValue,
    year,
    summary: describeFinding(rule.title, facts, action, ladderStep?.label),
    facts,
    fingerprint: findingFingerprint(pack.id, rule.id, findingSubjectValue, year),
  };
}

function emptySummary(pack: RulePack, rule: Rule): RuleSummary {
  return { packId: pack.id, packVersion: pack.version, ruleId: rule.id, evaluated: 0, fired: 0, insufficient: 0, notApplicable: 0, bySeverity: { notice: 0, yellow: 0, red: 0 } };
}

function evaluateRule(pack: RulePack, rule: Rule, index: EngineIndex, year: number, findings: RuleFinding[]): RuleSummary {
  const ctx = makeContext(pack, rule, index);
  const summary = emptySummary(pack, rule);
  const provinces = packProvinces(pack);
  for (const { subject, membership } of candidates(rule, ctx, provinces, year)) {
    summary.evaluated += 1;
    if (membership === 'unknown') {
      summary.insufficient += 1;
      continue;
    }
    const { state, step } = decide(rule, subject, year, ctx);
    if (state === 'insufficient') summary.insufficient += 1;
    else if (state === 'not-applicable') summary.notApplicable += 1;
    else if (state === 'met') {
      const finding = explain(pack, rule, step, subject, year, ctx);
      findings.push(finding);
      summary.fired += 1;
      summary.bySeverity[finding.severity satisfies Severity] += 1;
    }
  }
  return summary;
}

/**
 * Evaluate rule packs (already validated with `validateRulePack`) over the input for one year:
 * the findings, per-rule counts (evaluated / fired / insufficient / not applicable) and which packs
 * were in effect.
 */
export function evaluatePacks(packs: readonly RulePack[], input: RuleEngineInput, options: EvaluateOptions): EvaluationResult {
  const index = buildEngineIndex(input);
  const findings: RuleFinding[] = [];
  const summary: RuleSummary[] = [];
  const statuses: PackRunStatus[] = [];
  for (const pack of packs) {
    const inEffect = options.ignoreEffectiveDates === true || isPackInEffect(pack, options.year);
    statuses.push({ packId: pack.id, packVersion: pack.version, status: inEffect ? 'evaluated' : 'not-in-effect' });
    if (!inEffect) continue;
    for (const rule of pack.rules) summary.push(evaluateRule(pack, rule, index, options.year, findings));
  }
  return { findings, summary, packs: statuses };
}
