import type { CapMeasure, Condition, RegionKind, Rule } from '../../../../../shared/contracts/governance/rule-packs.js';

/** What a condition is evaluated for: an offering, a college, or a program within a region. */
export type SubjectKind = 'offering' | 'college' | 'program-in-region';

const regionMeasures: ReadonlySet<CapMeasure> = new Set(['offerings-in-region', 'repetition-rate']);
export const isRegionMeasure = (measure: CapMeasure) => regionMeasures.has(measure);

/** The subject kind of a condition; null for a combinator whose children disagree (a validation error). */
export function subjectKindOf(condition: Condition): SubjectKind | null {
  switch (condition.kind) {
    case 'threshold':
      return condition.aggregate === 'college' ? 'college' : 'offering';
    case 'benchmark':
      return 'offering';
    case 'cap':
      return isRegionMeasure(condition.measure) ? 'program-in-region' : 'college';
    case 'consecutive':
    case 'm-of-n':
      return subjectKindOf(condition.condition);
    case 'all':
    case 'any':
    case 'at-least': {
      const kinds = new Set(condition.conditions.map(subjectKindOf));
      const [only] = [...kinds];
      return kinds.size === 1 && only !== undefined ? only : null;
    }
  }
}

export const ruleConditions = (rule: Rule): Condition[] => (rule.kind === 'rule' ? [rule.condition] : rule.steps.map((s) => s.condition));

export function subjectKindOfRule(rule: Rule): SubjectKind | null {
  const kinds = new Set(ruleConditions(rule).map(subjectKindOf));
  const [only] = [...kinds];
  return kinds.size === 1 && only !== undefined ? only : null;
}

/** The region kind a program-in-region rule groups by (its first cap's); null when its caps disagree. */
export function regionKindOfRule(rule: Rule): RegionKind | null {
  const kinds = new Set<RegionKind>();
  const visit = (condition: Condition) => {
    if (condition.kind === 'cap' && isRegionMeasure(condition.measure)) kinds.add(condition.region ?? 'province');
    else if (condition.kind === 'consecutive' || condition.kind === 'm-of-n') visit(condition.condition);
    else if (condition.kind === 'all' || condition.kind === 'any' || condition.kind === 'at-least') condition.conditions.forEach(visit);
  };
  ruleConditions(rule).forEach(visit);
  const [only] = [...kinds];
  return kinds.size === 1 && only !== undefined ? only : null;
}
