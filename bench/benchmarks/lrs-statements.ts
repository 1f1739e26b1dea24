import type { JsonObject } from '../../src/server/modules/lrs/domain/json.js';

/**
 * A deterministic generator of realistic learning-platform xAPI statements (the events the
 * learning module writes: a learner in a course attempts, answers, completes…), with result
 * and context, ~1.4 KB each as JSON.
 */

const VERBS = [
  ['http://adlnet.gov/expapi/verbs/launched', 'launched', '启动'],
  ['http://adlnet.gov/expapi/verbs/attempted', 'attempted', '尝试'],
  ['http://adlnet.gov/expapi/verbs/answered', 'answered', '作答'],
  ['http://adlnet.gov/expapi/verbs/completed', 'completed', '完成'],
  ['http://adlnet.gov/expapi/verbs/passed', 'passed', '通过'],
  ['http://adlnet.gov/expapi/verbs/failed', 'failed', '未通过'],
  ['http://adlnet.gov/expapi/verbs/progressed', 'progressed', '进展'],
  ['http://adlnet.gov/expapi/verbs/experienced', 'experienced', '学习'],
] as const;

const COLLEGES = ['DEMO-GD-01', 'DEMO-GD-02', 'DEMO-JS-01', 'DEMO-JS-02'];

/** A small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export type GeneratorOptions = { learners: number; courses: number; seed: number };

/** The learner (account) of index i, as the agent parameter of a query. */
export function learnerAgent(index: number): { objectType: 'Agent'; account: { homePage: string; name: string } } {
  return { objectType: 'Agent', account: { homePage: 'https://luban.edu.cn', name: `learner-${index.toString().padStart(8, '0')}` } };
}

export function verbIds(): string[] {
  return VERBS.map(([id]) => id);
}

/** Returns a function producing the next statement (without id: the LRS assigns it). */
export function statementGenerator(options: GeneratorOptions): () => JsonObject {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let clock = Date.parse('2026-09-01T00:00:00Z');
  return (): JsonObject => {
    const learner = Math.floor(random() * options.learners);
    const course = Math.floor(random() * options.courses);
    const unit = Math.floor(random() * 12);
    const [verbId, verbEn, verbZh] = pick(VERBS);
    const college = COLLEGES[learner % COLLEGES.length] ?? 'DEMO-GD-01';
    clock += Math.floor(random() * 2000);
    const raw = Math.floor(random() * 101);
    const courseId = `https://luban.edu.cn/xapi/courses/${course}`;
    return {
      actor: { ...learnerAgent(learner), name: `学员${learner}` },
      verb: { id: verbId, display: { 'en-US': verbEn, 'zh-CN': verbZh } },
      object: {
        objectType: 'Activity',
        id: `${courseId}/units/${unit}/items/${Math.floor(random() * 20)}`,
        definition: {
          name: { 'zh-CN': `第${unit + 1}单元 练习`, 'en-US': `Unit ${unit + 1} exercise` },
          type: 'http://adlnet.gov/expapi/activities/assessment',
        },
      },
      result: {
        score: { scaled: raw / 100, raw, min: 0, max: 100 },
        success: raw >= 60,
        completion: random() > 0.3,
        duration: `PT${Math.floor(random() * 3600)}S`,
      },
      context: {
        registration: uuidFrom(random),
        contextActivities: {
          parent: [{ id: courseId, objectType: 'Activity' }],
          grouping: [{ id: `https://luban.edu.cn/xapi/programs/${course % 300}`, objectType: 'Activity' }],
          category: [{ id: 'https://luban.edu.cn/xapi/profiles/smart-learning', objectType: 'Activity' }],
        },
        platform: 'Luban 智慧职教学习平台',
        language: 'zh-CN',
        extensions: {
          'https://luban.edu.cn/xapi/extensions/college': college,
          'https://luban.edu.cn/xapi/extensions/session': uuidFrom(random),
          'https://luban.edu.cn/xapi/extensions/device': pick(['pc', 'mobile', 'vr-lab']),
        },
      },
      timestamp: new Date(clock).toISOString(),
    };
  };
}
