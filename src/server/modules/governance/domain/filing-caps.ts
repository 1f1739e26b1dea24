import type { RuleAction } from '../../../../shared/contracts/governance/findings.js';
import type { Condition, Rule, RulePack } from '../../../../shared/contracts/governance/rule-packs.js';
import type { FilingKind } from '../../../../shared/contracts/governance/filings.js';
import type { OfferingLevel } from '../../../../shared/contracts/governance/indicators.js';

/**
 * The caps a province applies when it records filings (pure), taken from the cap conditions of
 * the rule packs in force there: offerings per college (Anhui ≤ 40), new programs per college a
 * year (Shanxi ≤ 5, Shandong ≤ 3/5), offerings of one program in the province (Fujian > 20 →
 * no new offerings). A cap "fires when the measure exceeds its limit", so recording is refused
 * when the count after recording would exceed it — but only for a rule or ladder step whose
 * action forbids growth (`no_new_offerings`, `cuts_only`): a step such as Shanxi's "> 10 → tight
 * control" asks for strict justification, which the province weighs, and refuses nothing.
 */
export type FilingCapMeasure = 'offerings-per-college' | 'new-offerings-per-college' | 'offerings-in-region';

export type FilingCap = {
  measure: FilingCapMeasure;
  limit: number;
  packId: string;
  packVersion: string;
  ruleId: string;
  /** The pack's first source citation. */
  source: string;
  /** The levels the rule applies to (its population, else its pack's levels). */
  levels: readonly OfferingLevel[];
  /** For a rule limited to a college age (new colleges' caps), the ages it covers. */
  collegeAgeYears?: { min?: number | undefined; max?: number | undefined } | undefined;
};

const filingMeasures: readonly string[] = ['offerings-per-college', 'new-offerings-per-college', 'offerings-in-region'];

function capsOfCondition(condition: Condition): { measure: FilingCapMeasure; limit: number }[] {
  switch (condition.kind) {
    case 'cap':
      if (!filingMeasures.includes(condition.measure) || condition.limit === undefined) return [];
      // a prefecture-level cap needs the college's prefecture counts: not applied at filing time
      if (condition.measure === 'offerings-in-region' && condition.region === 'prefecture') return [];
      return [{ measure: condition.measure as FilingCapMeasure, limit: condition.limit }];
    case 'all':
      return condition.conditions.flatMap(capsOfCondition);
    default:
      // caps inside windows, alternatives or k-of-m combine with indicators: not a filing cap
      return [];
  }
}

/** The actions that forbid a new offering outright; other actions (tight control, review …) only advise. */
const refusingActions: readonly RuleAction[] = ['no_new_offerings', 'cuts_only'];

function refusingConditionsOf(rule: Rule): Condition[] {
  const steps = rule.kind === 'rule' ? [rule] : rule.steps;
  return steps.filter((step) => refusingActions.includes(step.action)).map((step) => step.condition);
}

/** Every cap in the packs that refuses a filing (one per rule and measure; the tightest refusing step of a ladder). */
export function filingCapsOf(packs: readonly RulePack[]): FilingCap[] {
  const caps: FilingCap[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const found = refusingConditionsOf(rule).flatMap(capsOfCondition);
      const byMeasure = new Map<FilingCapMeasure, number>();
      for (const cap of found) byMeasure.set(cap.measure, Math.min(byMeasure.get(cap.measure) ?? Infinity, cap.limit));
      for (const [measure, limit] of byMeasure) {
        caps.push({
          measure, limit, packId: pack.id, packVersion: pack.version, ruleId: rule.id, source: pack.sources[0]?.citation ?? pack.id,
          levels: rule.population?.levels ?? pack.levels, collegeAgeYears: rule.population?.collegeAgeYears,
        });
      }
    }
  }
  return caps;
}

/** The counts after recording the item: what the caps are compared with. */
export type CapCounts = {
  /** Enrollable offerings the college has in the year, counting this item if it adds one. */
  offeringsPerCollege: number;
  /** New offerings recorded or approved for the college in the year, counting this item. */
  newOfferingsPerCollege: number;
  /** Enrollable offerings of the program in the province in the year, counting this item. */
  offeringsInProvince: number;
};

export type CapBreach = { cap: FilingCap; count: number };

const countOf: Record<FilingCapMeasure, keyof CapCounts> = {
  'offerings-per-college': 'offeringsPerCollege',
  'new-offerings-per-college': 'newOfferingsPerCollege',
  'offerings-in-region': 'offeringsInProvince',
};

/** A cap limited to colleges of some age applies only when the college's age is known and in range. */
function appliesToAge(cap: FilingCap, collegeAge: number | undefined): boolean {
  if (!cap.collegeAgeYears) return true;
  if (collegeAge === undefined) return false;
  const { min, max } = cap.collegeAgeYears;
  return (min === undefined || collegeAge >= min) && (max === undefined || collegeAge <= max);
}

/** What is known of the item's subject: the offering's level (its program's) and, when known, the college's age. */
export type CapSubject = { level: OfferingLevel | undefined; collegeAge?: number | undefined };

/**
 * The first cap the item would break. Only new offerings grow the counts: suspensions,
 * withdrawals and adjustments of a running offering never break a cap.
 */
export function firstCapBreach(caps: readonly FilingCap[], kind: FilingKind, counts: CapCounts, subject: CapSubject): CapBreach | undefined {
  if (kind !== 'new') return undefined;
  for (const cap of caps) {
    // an unknown level (a program no catalog version knows) is held to every cap
    if ((subject.level !== undefined && !cap.levels.includes(subject.level)) || !appliesToAge(cap, subject.collegeAge)) continue;
    const count = counts[countOf[cap.measure]];
    if (count > cap.limit) return { cap, count };
  }
  return undefined;
}
