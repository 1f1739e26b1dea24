import { describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../platform/authz/actor.js';
import type { LearningDeps } from './learning-deps.js';
import { recordLearnerEvent, type LearnerEventDeps } from './learner-events.js';
import { readerTokens } from './search-resources.js';
import type { ResourceRow } from '../resources.repository.js';

const row = { id: '3b0c4f5e-7a5e-4d0c-9a43-0d1f4c1d2e3f', type: 'video', title: { 'zh-CN': '焊接' }, programCodes: ['SAMPLE-H070101'], knowledgePoints: ['焊缝'], language: 'zh-CN' } as Pick<ResourceRow, 'id' | 'type' | 'title' | 'programCodes' | 'knowledgePoints' | 'language'>;
const student: Actor = { kind: 'user', userId: 'u1', username: 's', displayName: '学生', locale: 'zh-CN', assignments: [{ role: 'student', scope: 'college:DEMO-GD-01' }] };

function fakeDeps(storeStatements: LearningDeps['lrs']['storeStatements']) {
  const error = vi.fn();
  const deps: LearnerEventDeps = { lrs: { storeStatements }, log: { error }, now: () => new Date('2026-01-01T00:00:00Z') };
  return { deps, error };
}

describe('learner events', () => {
  it('stores one statement as the platform, in the learner’s scope', async () => {
    const store = vi.fn<LearningDeps['lrs']['storeStatements']>().mockResolvedValue(['id']);
    const { deps } = fakeDeps(store);
    await recordLearnerEvent(deps, student, 'viewed', row as ResourceRow, 3);
    expect(store).toHaveBeenCalledTimes(1);
    const [actor, statements, options] = store.mock.calls[0] ?? [];
    expect(actor).toMatchObject({ kind: 'system', label: 'learning' });
    expect(options).toEqual({ scope: 'college:DEMO-GD-01' });
    expect(statements).toEqual([expect.objectContaining({ verb: expect.objectContaining({ id: 'http://id.tincanapi.com/verb/viewed' }), actor: expect.objectContaining({ name: '学生' }) })]);
  });

  it('logs a failed store without failing the learner’s action, and records nothing for machine clients', async () => {
    const store = vi.fn<LearningDeps['lrs']['storeStatements']>().mockRejectedValue(new Error('lrs down'));
    const { deps, error } = fakeDeps(store);
    await expect(recordLearnerEvent(deps, student, 'downloaded', row as ResourceRow, 1)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    await recordLearnerEvent(deps, { kind: 'apiKey', apiKeyId: 'k', name: 'k', locale: 'en', assignments: [] }, 'viewed', row as ResourceRow, 1);
    expect(store).toHaveBeenCalledTimes(1);
  });
});

describe('reader visibility tokens', () => {
  it('gives national readers no restriction and others public plus what they reach', () => {
    expect(readerTokens({ kind: 'all' })).toBeUndefined();
    expect(readerTokens({ kind: 'scoped', provinces: ['440000'], colleges: ['DEMO-GD-01'], enterprises: ['E1'], selfUserId: undefined })).toEqual(['~vis:public', '~vis:college:DEMO-GD-01', '~vis:province:440000', '~vis:enterprise:E1']);
  });
});
