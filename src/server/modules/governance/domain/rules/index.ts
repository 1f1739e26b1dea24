/**
 * The governance rule engine's public surface (pure domain, no I/O): input types, pack schema
 * types, validation, evaluation, default packs, controlled-program matching and indicator
 * computation. Import from here only.
 */
export type { CompactIndicatorRow, EvaluateOptions, EvaluationResult, PackRunStatus, RuleCollege, RuleEngineInput, RuleOffering, RuleRow, RuleSummary } from './input.js';
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

/** Evaluate validated packs over plain data for one year → findings, per-rule summary, packs in effect. */
export { evaluatePacks, findingFingerprint, isPackInEffect, packProvinces } from './evaluate.js';
/** Validate a pack when it is saved: the parsed pack, or every issue with path, code and zh-CN/en message. */
export { validateRulePack, type PackIssueCode } from './validate.js';
/** Every default pack of governance-rules.md, plus each one by name. */
export * from './packs/index.js';
/** Controlled programs (国控), matched by catalog names. */
export { controlledClassesOf, isControlledProgram, type ProgramNames } from './controlled.js';
/** Indicator computation: rates with numerator, denominator, value and sufficiency; pooling; years without enrollment. */
export {
  computeIndicator,
  computeOfferingIndicators,
  DEFAULT_MIN_COUNT,
  NOT_APPLICABLE,
  sumFigures,
  yearsWithoutEnrollment,
  type ComputeOptions,
  type IndicatorRate,
  type OfferingRows,
  type YearRows,
} from './indicators.js';
export { computeCollegePortfolio, computeRegionSaturation, type CollegePortfolio, type RegionSaturation } from './portfolio.js';
export { describeFact, actionLabels } from './describe.js';
/** Yearly rows as integers in one typed array per province, read in place (the rule-run loader's form). */
export { PACKED_ROW_FIELDS, PackedIndicatorRow, packedRows, parseIntegerList, RULE_ROW_WIDTH } from './packed-rows.js';
