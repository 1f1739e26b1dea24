import { describe, expect, it } from 'vitest';
import { buildLearnerStatement, extensionIri, learnerVerbs } from './statements.js';

describe('learner statements', () => {
  const statement = buildLearnerStatement({
    verb: 'viewed',
    learner: { userId: 'user-1', displayName: '学生甲' },
    resource: { id: '3b0c4f5e-7a5e-4d0c-9a43-0d1f4c1d2e3f', type: 'video', title: { 'zh-CN': '数控车削', en: '' }, programCodes: ['SAMPLE-H070101'], knowledgePoints: ['G 代码'], language: 'zh-CN', version: 2 },
    timestamp: new Date('2026-03-01T08:00:00Z'),
  });

  it('names the learner by platform account and the verb by IRI', () => {
    expect(statement.actor.account).toEqual({ homePage: 'https://luban.local/users', name: 'user-1' });
    expect(statement.verb.id).toBe(learnerVerbs.viewed.id);
  });

  it('carries program codes and knowledge points in the context', () => {
    expect(statement.context.extensions[extensionIri.programCodes]).toEqual(['SAMPLE-H070101']);
    expect(statement.context.extensions[extensionIri.knowledgePoints]).toEqual(['G 代码']);
    expect(statement.result.extensions[extensionIri.resourceVersion]).toBe(2);
  });

  it('drops empty names from the language map and types the activity', () => {
    expect(statement.object.definition.name).toEqual({ 'zh-CN': '数控车削' });
    expect(statement.object.definition.type).toBe('https://w3id.org/xapi/video/activity-type/video');
    expect(statement.timestamp).toBe('2026-03-01T08:00:00.000Z');
  });
});
