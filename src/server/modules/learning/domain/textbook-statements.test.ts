import { describe, expect, it } from 'vitest';
import { buildTextbookStatement, chapterActivityId, extensionIri, learnerVerbs, textbookActivityId } from './statements.js';

describe('textbook statements', () => {
  const base = {
    learner: { userId: 'user-2', displayName: '学生乙' },
    textbook: { id: '6f1a2b3c-0000-4000-8000-000000000001', title: { 'zh-CN': '数控加工技术', en: 'CNC machining' }, edition: 2, language: 'zh-CN' },
    chapter: { id: '6f1a2b3c-0000-4000-8000-000000000002', title: { 'zh-CN': '第二章 编程', en: '' }, programCodes: ['SAMPLE-H070101'], knowledgePoints: ['G 代码', '刀补'] },
    timestamp: new Date('2026-12-01T09:00:00Z'),
  };

  it('has the chapter as object and the textbook as parent activity', () => {
    const statement = buildTextbookStatement({ ...base, verb: 'viewed' });
    expect(statement.verb.id).toBe(learnerVerbs.viewed.id);
    expect(statement.object.id).toBe(chapterActivityId(base.textbook.id, base.chapter.id));
    expect(statement.object.definition).toEqual({ name: { 'zh-CN': '第二章 编程' }, type: 'http://id.tincanapi.com/activitytype/chapter' });
    expect(statement.context.contextActivities.parent[0]?.id).toBe(textbookActivityId(base.textbook.id));
  });

  it('carries the chapter’s program codes and knowledge points, the edition, and a clamped progress', () => {
    const statement = buildTextbookStatement({ ...base, verb: 'progressed', progress: 140 });
    expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/progressed');
    expect(statement.context.extensions[extensionIri.programCodes]).toEqual(['SAMPLE-H070101']);
    expect(statement.context.extensions[extensionIri.knowledgePoints]).toEqual(['G 代码', '刀补']);
    expect(statement.result.extensions).toEqual({ [extensionIri.textbookEdition]: 2, [extensionIri.progress]: 100 });
  });
});
