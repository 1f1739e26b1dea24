import type { ResourceType } from '../../../../shared/contracts/learning/resources.js';

/**
 * LRS-ready xAPI statements for what a learner does with a resource. The platform stores them
 * through the LRS module with its own identity as authority; diagnosis reads the program codes
 * and knowledge points from the context extensions.
 */
export const LEARNING_IRI = 'https://luban.local';
export const extensionIri = {
  programCodes: `${LEARNING_IRI}/xapi/extensions/program-codes`,
  knowledgePoints: `${LEARNING_IRI}/xapi/extensions/knowledge-points`,
  resourceType: `${LEARNING_IRI}/xapi/extensions/resource-type`,
  resourceVersion: `${LEARNING_IRI}/xapi/extensions/resource-version`,
  textbookEdition: `${LEARNING_IRI}/xapi/extensions/textbook-edition`,
  /** cmi5's progress extension: percent of the activity done (0–100). */
  progress: 'https://w3id.org/xapi/cmi5/result/extensions/progress',
} as const;

export const learnerVerbs = {
  viewed: { id: 'http://id.tincanapi.com/verb/viewed', display: { 'zh-CN': '浏览了', en: 'viewed' } },
  downloaded: { id: 'http://id.tincanapi.com/verb/downloaded', display: { 'zh-CN': '下载了', en: 'downloaded' } },
  favourited: { id: 'http://activitystrea.ms/schema/1.0/favorite', display: { 'zh-CN': '收藏了', en: 'favourited' } },
  unfavourited: { id: 'http://activitystrea.ms/schema/1.0/unfavorite', display: { 'zh-CN': '取消收藏', en: 'unfavourited' } },
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'zh-CN': '尝试了', en: 'attempted' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'zh-CN': '回答了', en: 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成了', en: 'completed' } },
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'zh-CN': '启动了', en: 'launched' } },
  progressed: { id: 'http://adlnet.gov/expapi/verbs/progressed', display: { 'zh-CN': '学习进展', en: 'progressed' } },
  registered: { id: 'http://adlnet.gov/expapi/verbs/registered', display: { 'zh-CN': '加入了', en: 'registered' } },
} as const;
export type LearnerVerb = keyof typeof learnerVerbs;

const activityTypes: Record<ResourceType, string> = {
  document: 'http://id.tincanapi.com/activitytype/document',
  video: 'https://w3id.org/xapi/video/activity-type/video',
  audio: 'http://adlnet.gov/expapi/activities/media',
  image: 'http://adlnet.gov/expapi/activities/media',
  h5: 'http://adlnet.gov/expapi/activities/interaction',
  exercise_set: 'http://adlnet.gov/expapi/activities/assessment',
  virtual_simulation: 'http://adlnet.gov/expapi/activities/simulation',
  textbook_chapter: 'http://id.tincanapi.com/activitytype/chapter',
};

/** The activity type the LRS admin's course list looks for. */
export const COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

export const activityTypeOf = (type: ResourceType): string => activityTypes[type];
export const resourceActivityId = (resourceId: string) => `${LEARNING_IRI}/learning/resources/${resourceId}`;
export const learnerAccount = (userId: string) => ({ homePage: `${LEARNING_IRI}/users`, name: userId });

export type LearnerEventInput = {
  verb: LearnerVerb;
  learner: { userId: string; displayName: string };
  resource: { id: string; type: ResourceType; title: Record<string, string>; programCodes: readonly string[]; knowledgePoints: readonly string[]; language: string; version: number };
  timestamp: Date;
};

export type XapiStatement = {
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } };
  result: { extensions: Record<string, number> };
  context: { platform: string; language: string; extensions: Record<string, readonly string[] | string> };
  timestamp: string;
};

/** xAPI language maps need tags; our stored keys already are BCP 47. Empty texts are left out. */
export function languageMap(text: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(text).filter(([, value]) => value.length > 0));
}

export function buildLearnerStatement(input: LearnerEventInput): XapiStatement {
  const verb = learnerVerbs[input.verb];
  return {
    actor: { objectType: 'Agent', name: input.learner.displayName, account: learnerAccount(input.learner.userId) },
    verb: { id: verb.id, display: { ...verb.display } },
    object: { objectType: 'Activity', id: resourceActivityId(input.resource.id), definition: { name: languageMap(input.resource.title), type: activityTypes[input.resource.type] } },
    result: { extensions: { [extensionIri.resourceVersion]: input.resource.version } },
    context: {
      platform: 'Luban',
      language: input.resource.language,
      extensions: {
        [extensionIri.programCodes]: [...input.resource.programCodes],
        [extensionIri.knowledgePoints]: [...input.resource.knowledgePoints],
        [extensionIri.resourceType]: input.resource.type,
      },
    },
    timestamp: input.timestamp.toISOString(),
  };
}

export const textbookActivityId = (textbookId: string) => `${LEARNING_IRI}/learning/textbooks/${textbookId}`;
export const chapterActivityId = (textbookId: string, chapterId: string) => `${textbookActivityId(textbookId)}/chapters/${chapterId}`;
const textbookActivityType = 'http://id.tincanapi.com/activitytype/book';

export type TextbookEventInput = {
  verb: Extract<LearnerVerb, 'viewed' | 'progressed'>;
  learner: { userId: string; displayName: string };
  textbook: { id: string; title: Record<string, string>; edition: number; language: string };
  chapter: { id: string; title: Record<string, string>; programCodes: readonly string[]; knowledgePoints: readonly string[] };
  /** Percent of the textbook's chapters reached in reading order (for `progressed`). */
  progress?: number;
  timestamp: Date;
};

export type TextbookStatement = Omit<XapiStatement, 'context'> & {
  context: XapiStatement['context'] & { contextActivities: { parent: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } }[] } };
};

/**
 * Reading a chapter: the chapter is the object, the textbook its parent context activity; the
 * chapter's program codes and knowledge points go in the context as for resources.
 */
export function buildTextbookStatement(input: TextbookEventInput): TextbookStatement {
  const verb = learnerVerbs[input.verb];
  const result: Record<string, number> = { [extensionIri.textbookEdition]: input.textbook.edition };
  if (input.progress !== undefined) result[extensionIri.progress] = Math.max(0, Math.min(100, Math.round(input.progress)));
  return {
    actor: { objectType: 'Agent', name: input.learner.displayName, account: learnerAccount(input.learner.userId) },
    verb: { id: verb.id, display: { ...verb.display } },
    object: { objectType: 'Activity', id: chapterActivityId(input.textbook.id, input.chapter.id), definition: { name: languageMap(input.chapter.title), type: activityTypes.textbook_chapter } },
    result: { extensions: result },
    context: {
      platform: 'Luban',
      language: input.textbook.language,
      contextActivities: { parent: [{ objectType: 'Activity', id: textbookActivityId(input.textbook.id), definition: { name: languageMap(input.textbook.title), type: textbookActivityType } }] },
      extensions: {
        [extensionIri.programCodes]: [...input.chapter.programCodes],
        [extensionIri.knowledgePoints]: [...input.chapter.knowledgePoints],
        [extensionIri.resourceType]: 'textbook_chapter',
      },
    },
    timestamp: input.timestamp.toISOString(),
  };
}
