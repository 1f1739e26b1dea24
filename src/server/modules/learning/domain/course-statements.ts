import type { ExerciseKind } from '../../../../shared/contracts/learning/courses.js';
import type { ResourceType } from '../../../../shared/contracts/learning/resources.js';
import { interactionTypeOf } from './exercise-scoring.js';
import { activityTypeOf, COURSE_ACTIVITY_TYPE, extensionIri, languageMap, learnerAccount, learnerVerbs, LEARNING_IRI, resourceActivityId } from './statements.js';

/**
 * LRS-ready xAPI statements for what a learner does in a course: every statement carries the
 * course as `contextActivities.parent` (typed as an ADL course, which the LRS admin's course list
 * looks for), and the program codes and knowledge points as context extensions.
 */
export type CourseVerb = 'attempted' | 'answered' | 'completed' | 'launched' | 'progressed' | 'registered' | 'viewed';

export const courseActivityId = (courseId: string) => `${LEARNING_IRI}/learning/courses/${courseId}`;
export const exerciseActivityId = (exerciseId: string) => `${LEARNING_IRI}/learning/exercises/${exerciseId}`;
export const exerciseSetActivityId = (setId: string) => `${LEARNING_IRI}/learning/exercise-sets/${setId}`;
export const courseExtensionIri = { position: `${LEARNING_IRI}/xapi/extensions/position`, courseItem: `${LEARNING_IRI}/xapi/extensions/course-item` } as const;

type Activity = { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string; interactionType?: string } };
export type CourseStatementObject =
  | { kind: 'course' }
  | { kind: 'resource'; id: string; type: ResourceType; title: Record<string, string>; knowledgePoints?: readonly string[] }
  | { kind: 'exercise_set'; id: string; title: Record<string, string> }
  | { kind: 'exercise'; id: string; exerciseKind: ExerciseKind; prompt: Record<string, string> };

export type CourseStatementResult = {
  score?: { raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  /** Seconds on task; sent as an ISO 8601 duration. */
  durationSeconds?: number;
  /** Where the learner is in the item (video seconds). */
  position?: number;
};

export type CourseStatementInput = {
  verb: CourseVerb;
  learner: { userId: string; displayName: string };
  course: { id: string; title: Record<string, string>; language: string; programCodes: readonly string[]; knowledgePoints: readonly string[] };
  object: CourseStatementObject;
  /** The course item the statement is about (absent for the course itself). */
  itemId?: string;
  /** Knowledge points of the object (an exercise's, a resource's), added to the course's. */
  knowledgePoints?: readonly string[];
  result?: CourseStatementResult;
  timestamp: Date;
};

export type CourseStatement = {
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: Activity;
  result?: {
    score?: { raw: number; min: number; max: number; scaled: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    duration?: string;
    extensions?: Record<string, number>;
  };
  context: {
    platform: string;
    language: string;
    contextActivities: { parent?: Activity[] };
    extensions: Record<string, readonly string[] | string>;
  };
  timestamp: string;
};

/** ISO 8601 duration with seconds to two decimals (`PT1M5.5S` style is allowed; we keep `PT65.5S`). */
export function isoDuration(seconds: number): string {
  return `PT${Math.round(seconds * 100) / 100}S`;
}

function courseActivity(course: CourseStatementInput['course']): Activity {
  return { objectType: 'Activity', id: courseActivityId(course.id), definition: { name: languageMap(course.title), type: COURSE_ACTIVITY_TYPE } };
}

function objectActivity(input: CourseStatementInput): Activity {
  const object = input.object;
  switch (object.kind) {
    case 'course':
      return courseActivity(input.course);
    case 'resource':
      return { objectType: 'Activity', id: resourceActivityId(object.id), definition: { name: languageMap(object.title), type: activityTypeOf(object.type) } };
    case 'exercise_set':
      return { objectType: 'Activity', id: exerciseSetActivityId(object.id), definition: { name: languageMap(object.title), type: 'http://adlnet.gov/expapi/activities/assessment' } };
    case 'exercise':
      return {
        objectType: 'Activity',
        id: exerciseActivityId(object.id),
        definition: { name: languageMap(object.prompt), type: 'http://adlnet.gov/expapi/activities/cmi.interaction', interactionType: interactionTypeOf[object.exerciseKind] },
      };
  }
}

function buildResult(result: CourseStatementResult | undefined): CourseStatement['result'] {
  if (!result) return undefined;
  const built: NonNullable<CourseStatement['result']> = {};
  if (result.score) built.score = { ...result.score, scaled: result.score.max > result.score.min ? Math.round(((result.score.raw - result.score.min) / (result.score.max - result.score.min)) * 1000) / 1000 : 0 };
  if (result.success !== undefined) built.success = result.success;
  if (result.completion !== undefined) built.completion = result.completion;
  if (result.response !== undefined) built.response = result.response;
  if (result.durationSeconds !== undefined) built.duration = isoDuration(result.durationSeconds);
  if (result.position !== undefined) built.extensions = { [courseExtensionIri.position]: result.position };
  return built;
}

export function buildCourseStatement(input: CourseStatementInput): CourseStatement {
  const verb = learnerVerbs[input.verb];
  const result = buildResult(input.result);
  // the course completing is itself the object; everything else sits inside the course
  const parent = input.object.kind === 'course' ? undefined : [courseActivity(input.course)];
  return {
    actor: { objectType: 'Agent', name: input.learner.displayName, account: learnerAccount(input.learner.userId) },
    verb: { id: verb.id, display: { ...verb.display } },
    object: objectActivity(input),
    ...(result ? { result } : {}),
    context: {
      platform: 'Luban',
      language: input.course.language,
      contextActivities: parent ? { parent } : {},
      extensions: {
        [extensionIri.programCodes]: [...input.course.programCodes],
        [extensionIri.knowledgePoints]: [...new Set([...input.course.knowledgePoints, ...(input.knowledgePoints ?? [])])],
        ...(input.itemId ? { [courseExtensionIri.courseItem]: input.itemId } : {}),
      },
    },
    timestamp: input.timestamp.toISOString(),
  };
}
