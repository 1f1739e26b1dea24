import type { ControlledClass, NameMatch, RulePack } from '../../../../../shared/contracts/governance/rule-packs.js';

/**
 * Nationally controlled programs (国控专业: medicine, police, justice, teaching) are reference data
 * of the national pack, matched by catalog NAMES (major category, category, program) so the list
 * works on any catalog version. Names are compared after NFKC normalisation with spaces removed.
 */
export type ProgramNames = { majorName?: string | null; categoryName?: string | null; programName?: string | null };

const normalize = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

function nameOf(names: ProgramNames, field: NameMatch['field']): string {
  const value = field === 'major' ? names.majorName : field === 'category' ? names.categoryName : names.programName;
  return value ? normalize(value) : '';
}

export function matchesName(match: NameMatch, names: ProgramNames): boolean {
  const name = nameOf(names, match.field);
  if (name === '') return false;
  const text = normalize(match.text);
  if (match.match === 'equals') return name === text;
  if (match.match === 'prefix') return name.startsWith(text);
  return name.includes(text);
}

export function isInControlledClass(controlledClass: ControlledClass, names: ProgramNames): boolean {
  return controlledClass.matches.some((m) => matchesName(m, names)) && !controlledClass.excludes.some((m) => matchesName(m, names));
}

type CompiledMatch = { field: NameMatch['field']; match: NameMatch['match']; text: string };
const compile = (list: readonly NameMatch[]): CompiledMatch[] => list.map((m) => ({ field: m.field, match: m.match, text: normalize(m.text) }));

/**
 * A matcher for many programs (the rule engine checks every offering): the classes' texts are
 * normalised once, and each program's names once.
 */
export function compileControlledMatcher(classes: readonly ControlledClass[]): (names: ProgramNames) => boolean {
  const compiled = classes.map((c) => ({ matches: compile(c.matches), excludes: compile(c.excludes) }));
  return (names) => {
    const normalized: Partial<Record<NameMatch['field'], string>> = {};
    const test = (m: CompiledMatch) => {
      const name = (normalized[m.field] ??= nameOf(names, m.field));
      if (name === '') return false;
      return m.match === 'equals' ? name === m.text : m.match === 'prefix' ? name.startsWith(m.text) : name.includes(m.text);
    };
    return compiled.some((c) => c.matches.some(test) && !c.excludes.some(test));
  };
}

/** The controlled classes (across the given packs) a program falls in, each with the pack that defines it. */
export function controlledClassesOf(packs: readonly RulePack[], names: ProgramNames): { packId: string; controlledClass: ControlledClass }[] {
  const found: { packId: string; controlledClass: ControlledClass }[] = [];
  for (const pack of packs) {
    for (const controlledClass of pack.controlledPrograms ?? []) {
      if (isInControlledClass(controlledClass, names)) found.push({ packId: pack.id, controlledClass });
    }
  }
  return found;
}

/** Whether a program needs national approval under any of the packs (the filings workflow calls this). */
export function isControlledProgram(packs: readonly RulePack[], names: ProgramNames): boolean {
  return controlledClassesOf(packs, names).length > 0;
}
