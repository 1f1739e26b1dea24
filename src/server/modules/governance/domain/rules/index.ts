/**
 * The governance rule engine's public surface (pure domain, no I/O): input types, pack schema
 * types, validation, evaluation, default packs, controlled-program matching and indicator
 * computation. Import from here only.
 */
export type { EvaluateOptions, EvaluationResult, PackRunStatus, RuleCollege, RuleEngineInput, RuleOffering, RuleSummary } from './input.js';
export { prefectureOf } from './input.js';
export type {
  Condition,
  ControlledClass,
  LadderRule,
  OfferingIndicatorId,
  PackIssue,
  PackValidationResult,
  Rule,
  RulePack,
  RulePackInput,
  SimpleRule,
} from '../../../../../shared/contracts/governance/rule-packs.js';
