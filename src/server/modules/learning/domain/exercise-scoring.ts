import type { ExerciseKind } from '../../../../shared/contracts/learning/courses.js';

/** One exercise's key, as stored (answers never leave the server before the learner answers). */
export type ExerciseKey = { kind: ExerciseKind; options: readonly { id: string }[]; answer: readonly string[] };

/** Fill-in answers compare without case, surrounding or repeated spaces, or full-width forms. */
export function normalizeFillIn(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Why a response does not fit the exercise, or undefined when it does. */
export function responseProblem(key: ExerciseKey, response: readonly string[]): string | undefined {
  if (key.kind === 'fill_in') return response.length === 1 && response[0] !== '' ? undefined : 'one text answer';
  const ids = key.kind === 'true_false' ? ['true', 'false'] : key.options.map((option) => option.id);
  const unknown = response.filter((choice) => !ids.includes(choice));
  if (unknown.length > 0) return `unknown choice ${unknown.join(', ')}`;
  if (new Set(response).size !== response.length) return 'a choice is repeated';
  if (key.kind !== 'multiple' && response.length !== 1) return 'exactly one choice';
  return undefined;
}

/** Right or wrong: a choice must match exactly (every right option and no other), a fill-in any accepted text. */
export function isCorrect(key: ExerciseKey, response: readonly string[]): boolean {
  if (key.kind === 'fill_in') {
    const given = normalizeFillIn(response[0] ?? '');
    return key.answer.some((accepted) => normalizeFillIn(accepted) === given);
  }
  const expected = new Set(key.answer);
  return response.length === expected.size && response.every((choice) => expected.has(choice));
}

/** xAPI interaction types for the statement's object definition. */
export const interactionTypeOf: Record<ExerciseKind, 'choice' | 'true-false' | 'fill-in'> = { single: 'choice', multiple: 'choice', true_false: 'true-false', fill_in: 'fill-in' };

/** The xAPI `result.response` format: choices joined by `[,]`, true/false and fill-in as text. */
export function xapiResponse(kind: ExerciseKind, response: readonly string[]): string {
  return kind === 'multiple' || kind === 'single' ? response.join('[,]') : (response[0] ?? '');
}
