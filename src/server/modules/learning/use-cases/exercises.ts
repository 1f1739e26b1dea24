import { randomUUID } from 'node:crypto';
import type { Actor } from '../../../platform/authz/actor.js';
import { AppError } from '../../../platform/errors/app-error.js';
import { exerciseKindSchema, type AnswerFeedback, type Attempt, type CreateExerciseSetInput, type ExerciseQuestion, type ExerciseSet, type ExerciseSetSummary, type ExerciseSheet } from '../../../../shared/contracts/learning/courses.js';
import { isCorrect, responseProblem, xapiResponse } from '../domain/exercise-scoring.js';
import { coursePermissions } from '../course.policies.js';
import {
  findExerciseSet,
  findLatestAttempt,
  insertAttempt,
  insertExerciseSet,
  listExerciseItems,
  listExerciseSetsCreatedBy,
  updateAttempt,
  updateEnrolment,
  type AttemptRow,
  type ExerciseItemRow,
} from '../courses.repository.js';
import { teacherScopeOf } from './course-deps.js';
import { recordCourseEvents, type CourseEvent } from './course-events.js';
import { announceCompletion, completeItem, itemObject, loadEnrolledItem, type EnrolledItem } from './learn-courses.js';
import { requireUser, type LearningDeps } from './learning-deps.js';

export async function createExerciseSet(deps: LearningDeps, actor: Actor, input: CreateExerciseSetInput): Promise<string> {
  const user = requireUser(actor);
  const ownerScope = teacherScopeOf(actor);
  await deps.authz.authorize(actor, coursePermissions.authorCourses, ownerScope);
  const id = randomUUID();
  const now = deps.now();
  const items: ExerciseItemRow[] = input.items.map((item, position) => ({
    setId: id, id: randomUUID(), position, kind: item.kind, prompt: item.prompt,
    options: item.kind === 'true_false' ? [{ id: 'true', text: { 'zh-CN': '正确', en: 'True' } }, { id: 'false', text: { 'zh-CN': '错误', en: 'False' } }] : item.kind === 'fill_in' ? [] : item.options,
    answer: item.answer, explanation: item.explanation, knowledgePoints: item.knowledgePoints, difficulty: item.difficulty,
  }));
  await deps.db.transaction(async (tx) => {
    await insertExerciseSet(tx, { id, ownerScope, createdBy: user.userId, title: input.title, createdAt: now }, items);
    await deps.audit.record(tx, actor, { action: 'learning.exercise_set.created', entityType: 'learning_exercise_set', entityId: id, scope: ownerScope, details: { questions: items.length } });
  });
  return id;
}

function presentQuestion(item: ExerciseItemRow): ExerciseQuestion {
  return { id: item.id, kind: exerciseKindSchema.parse(item.kind), prompt: item.prompt, options: item.options, knowledgePoints: item.knowledgePoints, difficulty: item.difficulty };
}

/** The author's view, answers included. */
export async function getExerciseSet(deps: LearningDeps, actor: Actor, id: string): Promise<ExerciseSet> {
  const user = requireUser(actor);
  deps.authz.scopeFilter(actor, coursePermissions.authorCourses);
  const set = await findExerciseSet(deps.db, id);
  if (!set || set.createdBy !== user.userId) throw new AppError('EXERCISE_SET_NOT_FOUND', { id });
  const items = await listExerciseItems(deps.db, id);
  return { id, title: set.title, createdBy: set.createdBy, createdAt: set.createdAt.toISOString(), items: items.map((item) => ({ ...presentQuestion(item), answer: item.answer, explanation: item.explanation })) };
}

export async function listMyExerciseSets(deps: LearningDeps, actor: Actor): Promise<ExerciseSetSummary[]> {
  const user = requireUser(actor);
  deps.authz.scopeFilter(actor, coursePermissions.authorCourses);
  return (await listExerciseSetsCreatedBy(deps.db, user.userId)).map((set) => ({ id: set.id, title: set.title, questionCount: set.questionCount, createdAt: set.createdAt.toISOString() }));
}

function feedbackOf(item: ExerciseItemRow, response: readonly string[], correct: boolean): AnswerFeedback {
  return { exerciseId: item.id, response: [...response], correct, correctAnswer: item.answer, explanation: item.explanation };
}

/** An attempt as the learner sees it: feedback only for what was answered. */
function presentAttempt(attempt: AttemptRow, items: readonly ExerciseItemRow[]): Attempt {
  const feedback = items.flatMap((item) => {
    const answer = attempt.answers[item.id];
    return answer ? [feedbackOf(item, answer.response, answer.correct)] : [];
  });
  return { id: attempt.id, startedAt: attempt.startedAt.toISOString(), finishedAt: attempt.finishedAt?.toISOString() ?? null, score: attempt.score, maxScore: attempt.maxScore, feedback };
}

async function exerciseItemOf(deps: LearningDeps, enrolled: EnrolledItem): Promise<{ setId: string; items: ExerciseItemRow[] }> {
  const setId = enrolled.item.exerciseSetId;
  if (enrolled.item.kind !== 'exercise_set' || !setId) throw new AppError('COURSE_ITEM_NOT_EXERCISE');
  return { setId, items: await listExerciseItems(deps.db, setId) };
}

/** Questions without answers, and the latest attempt's feedback (for resuming). No side effects. */
export async function getExerciseSheet(deps: LearningDeps, actor: Actor, id: string, itemId: string): Promise<ExerciseSheet> {
  const enrolled = await loadEnrolledItem(deps, actor, id, itemId);
  const { setId, items } = await exerciseItemOf(deps, enrolled);
  const set = await findExerciseSet(deps.db, setId);
  const attempt = await findLatestAttempt(deps.db, id, enrolled.enrolment.userId, itemId);
  return { exerciseSetId: setId, title: set?.title ?? {}, questions: items.map(presentQuestion), attempt: attempt ? presentAttempt(attempt, items) : null };
}

/** Starts a new attempt (`attempted`), unless one is still open: then that one is returned. */
export async function startAttempt(deps: LearningDeps, actor: Actor, id: string, itemId: string): Promise<Attempt> {
  const enrolled = await loadEnrolledItem(deps, actor, id, itemId);
  const { setId, items } = await exerciseItemOf(deps, enrolled);
  const userId = enrolled.enrolment.userId;
  const now = deps.now();
  const { attempt, isNew } = await deps.db.transaction(async (tx) => {
    const latest = await findLatestAttempt(tx, id, userId, itemId, { forUpdate: true });
    await updateEnrolment(tx, id, userId, { lastItemId: itemId, updatedAt: now });
    if (latest && latest.finishedAt === null) return { attempt: latest, isNew: false };
    const row: AttemptRow = { courseId: id, id: randomUUID(), itemId, userId, setId, answers: {}, score: 0, maxScore: items.length, startedAt: now, finishedAt: null };
    await insertAttempt(tx, row);
    await deps.audit.record(tx, actor, { action: 'learning.exercise.attempt_started', entityType: 'learning_course', entityId: id, scope: enrolled.row.ownerScope, details: { itemId, attemptId: row.id } });
    return { attempt: row, isNew: true };
  });
  if (isNew) await recordCourseEvents(deps, actor, enrolled.row, [{ verb: 'attempted', object: await itemObject(deps, enrolled.item), itemId }]);
  return presentAttempt(attempt, items);
}

/**
 * One answer with immediate feedback (`answered` with success and response). The last answer
 * finishes the attempt (`completed` with the score) and completes the item.
 */
export async function answerExercise(deps: LearningDeps, actor: Actor, id: string, itemId: string, input: { exerciseId: string; response: string[] }): Promise<{ feedback: AnswerFeedback; attempt: Attempt }> {
  const enrolled = await loadEnrolledItem(deps, actor, id, itemId);
  const { items } = await exerciseItemOf(deps, enrolled);
  const item = items.find((candidate) => candidate.id === input.exerciseId);
  if (!item) throw new AppError('EXERCISE_NOT_IN_SET', { id: input.exerciseId }, [{ field: 'exerciseId', code: 'unknown_exercise' }]);
  const kind = exerciseKindSchema.parse(item.kind);
  const problem = responseProblem({ kind, options: item.options, answer: item.answer }, input.response);
  if (problem) throw new AppError('EXERCISE_RESPONSE_INVALID', { reason: problem }, [{ field: 'response', code: 'invalid_response' }]);
  const correct = isCorrect({ kind, options: item.options, answer: item.answer }, input.response);
  const userId = enrolled.enrolment.userId;
  const now = deps.now();
  const outcome = await deps.db.transaction(async (tx) => {
    const attempt = await findLatestAttempt(tx, id, userId, itemId, { forUpdate: true });
    if (!attempt || attempt.finishedAt !== null) throw new AppError('EXERCISE_NO_OPEN_ATTEMPT');
    if (attempt.answers[item.id]) throw new AppError('EXERCISE_ALREADY_ANSWERED');
    const answers = { ...attempt.answers, [item.id]: { response: input.response, correct } };
    const score = Object.values(answers).filter((answer) => answer.correct).length;
    const isFinished = items.every((candidate) => answers[candidate.id] !== undefined);
    const finishedAt = isFinished ? now : null;
    await updateAttempt(tx, id, attempt.id, { answers, score, finishedAt });
    await updateEnrolment(tx, id, userId, { lastItemId: itemId, updatedAt: now });
    const courseEvent = isFinished ? await completeItem(deps, tx, enrolled, null) : undefined;
    await deps.audit.record(tx, actor, { action: 'learning.exercise.answered', entityType: 'learning_course', entityId: id, scope: enrolled.row.ownerScope, details: { itemId, attemptId: attempt.id, exerciseId: item.id, correct } });
    return { attempt: { ...attempt, answers, score, finishedAt }, courseEvent };
  });
  const events: CourseEvent[] = [
    {
      verb: 'answered',
      object: { kind: 'exercise', id: item.id, exerciseKind: kind, prompt: item.prompt },
      itemId,
      knowledgePoints: item.knowledgePoints,
      result: { success: correct, response: xapiResponse(kind, input.response), score: { raw: correct ? 1 : 0, min: 0, max: 1 } },
    },
  ];
  if (outcome.attempt.finishedAt) {
    const seconds = (outcome.attempt.finishedAt.getTime() - outcome.attempt.startedAt.getTime()) / 1000;
    events.push({
      verb: 'completed',
      object: await itemObject(deps, enrolled.item),
      itemId,
      knowledgePoints: [...new Set(items.flatMap((candidate) => candidate.knowledgePoints))],
      result: { completion: true, success: outcome.attempt.score === outcome.attempt.maxScore, score: { raw: outcome.attempt.score, min: 0, max: outcome.attempt.maxScore }, durationSeconds: seconds },
    });
  }
  events.push(...announceCompletion(deps, enrolled.enrolment, outcome.courseEvent));
  await recordCourseEvents(deps, actor, enrolled.row, events);
  return { feedback: feedbackOf(item, input.response, correct), attempt: presentAttempt(outcome.attempt, items) };
}
