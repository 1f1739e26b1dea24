import { extensionIri, LEARNING_IRI, learnerAccount, resourceActivityId } from './statements.js';
import { scaledScore, type AttemptOutcome } from './simulation-attempt.js';

/**
 * xAPI statements for simulation attempts: `launched` when the launcher opens the package, then
 * what the package reports. Every statement carries the attempt's registration, the course as
 * parent activity when launched from one, and the program codes and knowledge points.
 */
export const simulationVerbs = {
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'zh-CN': '启动了', en: 'launched' } },
  progressed: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'zh-CN': '推进了', en: 'progressed' } },
  scored: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'zh-CN': '得分', en: 'scored' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成了', en: 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'zh-CN': '通过了', en: 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'zh-CN': '未通过', en: 'failed' } },
} as const;
export type SimulationVerb = keyof typeof simulationVerbs;

export const SIMULATION_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/simulation';
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';
export const PROGRESS_EXTENSION = 'https://w3id.org/xapi/cmi5/result/extensions/progress';
export const simulationExtensionIri = {
  attempt: `${LEARNING_IRI}/xapi/extensions/simulation-attempt`,
  courseItem: `${LEARNING_IRI}/xapi/extensions/course-item`,
} as const;

export const courseActivityId = (courseId: string) => `${LEARNING_IRI}/learning/courses/${encodeURIComponent(courseId)}`;

export type SimulationStatementInput = {
  learner: { userId: string; displayName: string };
  resource: { id: string; title: Record<string, string>; programCodes: readonly string[]; knowledgePoints: readonly string[]; language: string; version: number };
  attempt: { id: string; registration: string; courseId: string | null; courseItemId: string | null; durationMs: number; score: { raw: number; min: number; max: number } | null; success: boolean | null };
  outcome: AttemptOutcome | { verb: 'launched' };
  timestamp: Date;
};

/** ISO 8601 duration with seconds to two decimals (xAPI result.duration). */
export function isoDuration(ms: number): string {
  return `PT${Math.round(ms / 10) / 100}S`;
}

function resultOf(input: SimulationStatementInput): Record<string, unknown> | undefined {
  const { outcome, attempt } = input;
  const score = attempt.score ? { ...attempt.score, scaled: scaledScore(attempt.score) } : undefined;
  switch (outcome.verb) {
    case 'launched':
      return undefined;
    case 'progressed':
      return { extensions: { [PROGRESS_EXTENSION]: Math.round(outcome.progress * 100) }, duration: isoDuration(attempt.durationMs) };
    case 'scored':
      return { score: { ...outcome.score, scaled: scaledScore(outcome.score) } };
    case 'completed':
      return { completion: true, ...(attempt.success === null ? {} : { success: attempt.success }), ...(score ? { score } : {}), duration: isoDuration(attempt.durationMs) };
    case 'passed':
    case 'failed':
      return { completion: true, success: outcome.verb === 'passed', ...(score ? { score } : {}), duration: isoDuration(attempt.durationMs) };
  }
}

export function buildSimulationStatement(input: SimulationStatementInput) {
  const verb = simulationVerbs[input.outcome.verb];
  const result = resultOf(input);
  const { attempt, resource } = input;
  return {
    actor: { objectType: 'Agent', name: input.learner.displayName, account: learnerAccount(input.learner.userId) },
    verb: { id: verb.id, display: { ...verb.display } },
    object: {
      objectType: 'Activity',
      id: resourceActivityId(resource.id),
      definition: { name: Object.fromEntries(Object.entries(resource.title).filter(([, text]) => text.length > 0)), type: SIMULATION_ACTIVITY_TYPE },
    },
    ...(result ? { result } : {}),
    context: {
      registration: attempt.registration,
      platform: 'Luban',
      language: resource.language,
      ...(attempt.courseId ? { contextActivities: { parent: [{ objectType: 'Activity', id: courseActivityId(attempt.courseId), definition: { type: COURSE_ACTIVITY_TYPE } }] } } : {}),
      extensions: {
        [extensionIri.programCodes]: [...resource.programCodes],
        [extensionIri.knowledgePoints]: [...resource.knowledgePoints],
        [extensionIri.resourceType]: 'virtual_simulation',
        [extensionIri.resourceVersion]: resource.version,
        [simulationExtensionIri.attempt]: attempt.id,
        ...(attempt.courseItemId ? { [simulationExtensionIri.courseItem]: attempt.courseItemId } : {}),
      },
    },
    timestamp: input.timestamp.toISOString(),
  };
}
