import type { LocalizedText } from '../../../../shared/contracts/governance/findings.js';
import type { GovernanceDeps } from '../governance-deps.js';

/** College id → its name as the institutions list has it (`en` falls back to the Chinese name). */
export type CollegeNames = ReadonlyMap<string, LocalizedText>;

/** The names of the colleges behind a page of filing items or warnings, in one lookup. */
export async function collegeNamesOf(deps: Pick<GovernanceDeps, 'institutions'>, ids: readonly (string | null)[]): Promise<CollegeNames> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const colleges = await deps.institutions.findColleges(wanted);
  return new Map(colleges.map((c) => [c.id, { 'zh-CN': c.name, en: c.nameEn ?? c.name }]));
}
