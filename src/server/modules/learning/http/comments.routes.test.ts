import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/authz/actor.js';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, TEST_PASSWORD, type Session, type TestLuban } from '../../../testing/test-luban.js';
import type { NotificationPage } from '../../../../shared/contracts/governance/notifications.js';
import type { Comment, CommentPage, CommentSettings, ModerationQueue } from '../../../../shared/contracts/learning/comments.js';
import { createResource, publishResource } from './learning-test-client.js';

describeEachEngine('learning comments and moderation', (engine) => {
  let t: TestLuban;
  let teacher: Session;
  let reviewer: Session;
  let student: Session;
  let national: Session;
  let enterprise: Session;
  let otherReviewer: Session;
  let resourceId: string;
  let counter = 0;

  /** A fresh signed-in user (own rate-limit budget, own reports). */
  const newUser = async (role: 'student' | 'teacher' | 'college_admin', scope = 'college:DEMO-GD-01'): Promise<Session> => {
    counter += 1;
    const username = `c.${role}.${counter}`;
    await t.identity.api.createUser(systemActor('test'), { username, displayName: `${role} ${counter}`, password: TEST_PASSWORD, locale: 'en', assignments: [{ role, scope }] });
    return t.login(username);
  };
  const post = (session: Session, body: unknown, id = resourceId) => t.request({ method: 'POST', url: `/api/v1/learning/resources/${id}/comments`, session, body, headers: { 'accept-language': 'en' } });
  const posted = async (session: Session, body: unknown): Promise<Comment> => {
    const response = await post(session, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Comment>();
  };
  const thread = async (session: Session, id = resourceId): Promise<CommentPage> => {
    const response = await t.request({ method: 'GET', url: `/api/v1/learning/resources/${id}/comments?limit=50`, session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<CommentPage>();
  };
  const queue = async (session: Session): Promise<ModerationQueue> => {
    const response = await t.request({ method: 'GET', url: '/api/v1/learning/comments/moderation?limit=50', session });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ModerationQueue>();
  };
  const moderate = (session: Session, commentId: string, decision: unknown) =>
    t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/comments/${commentId}/moderation`, session, body: decision });
  const report = (session: Session, commentId: string, body: unknown = { reason: 'spam' }) =>
    t.request({ method: 'POST', url: `/api/v1/learning/resources/${resourceId}/comments/${commentId}/report`, session, body });
  const auditOf = async (commentId: string) =>
    (await t.deps.db.execute<{ action: string; details: Record<string, unknown>; scope: string }>(sql`select action, details, scope from audit.entries where entity_type = 'learning_comment' and entity_id = ${commentId} order by seq`)).rows;

  beforeAll(async () => {
    t = await createTestLuban(engine);
    teacher = await t.login('demo.teacher');
    reviewer = await t.login('demo.college');
    student = await t.login('demo.student');
    national = await t.login('demo.national');
    enterprise = await t.login('demo.enterprise');
    otherReviewer = await newUser('college_admin', 'college:DEMO-JS-01');
    resourceId = await publishResource(t, teacher, reviewer, { title: { 'zh-CN': '评论测试资源', en: 'Comment test resource' }, providers: ['enterprise:DEMO-ENT-01'] });
  });
  afterAll(async () => t.close());

  describe('threads', () => {
    it('takes comments and one level of replies, newest thread first, replies oldest first, with counts', async () => {
      const first = await posted(student, { body: '  第3章的G代码例子很清楚，谢谢老师！  ' });
      expect(first).toMatchObject({ body: '第3章的G代码例子很清楚，谢谢老师！', status: 'published', isOwn: true, can: { edit: true, delete: true, report: false, reply: true } });
      const reply = await posted(teacher, { body: '不客气，第4章还有练习。', parentId: first.id });
      await posted(enterprise, { body: 'We use the same controller in our plant.', parentId: first.id });
      const second = await posted(teacher, { body: '欢迎提问。' });
      // a reply to a reply is refused, naming the field
      const nested = await post(student, { body: '再回复', parentId: reply.id });
      expect(nested.statusCode).toBe(422);
      expect(nested.json()).toMatchObject({ code: 'COMMENT_REPLY_NOT_ALLOWED', errors: [{ field: 'parentId' }] });

      const page = await thread(enterprise);
      expect(page.total).toBe(4);
      expect(page.items.map((item) => item.id)).toEqual([second.id, first.id]);
      const firstThread = page.items[1]!;
      expect(firstThread.replyCount).toBe(2);
      expect(firstThread.replies.map((r) => r.body)).toEqual(['不客气，第4章还有练习。', 'We use the same controller in our plant.']);
      expect(firstThread).toMatchObject({ isOwn: false, author: { name: expect.any(String) }, can: { edit: false, delete: false, report: true, reply: true } });
      expect(firstThread.replies[0]!.can.reply).toBe(false);
    });

    it('refuses empty, over-long and control-character bodies naming the field, and comments on unpublished resources', async () => {
      for (const body of ['   ', 'x'.repeat(2001), 'hidden\u202Etext']) {
        const response = await post(student, { body });
        expect(response.statusCode, body.slice(0, 10)).toBe(400);
        expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'body' }] });
      }
      const draft = await createResource(t, teacher, { title: { en: 'Draft for comments' } });
      const response = await post(teacher, { body: 'too early' }, draft);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'COMMENT_RESOURCE_NOT_PUBLISHED' });
      // a student cannot even see the draft
      expect((await post(student, { body: 'hello' }, draft)).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: `/api/v1/learning/resources/${resourceId}/comments` })).statusCode).toBe(401);
    });

    it('lets only the author edit and delete; a deleted comment is shown to nobody', async () => {
      const author = await newUser('student');
      const comment = await posted(author, { body: 'first version' });
      const byOther = await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${resourceId}/comments/${comment.id}`, session: student, body: { body: 'hijacked' } });
      expect(byOther.statusCode).toBe(403);
      const edited = await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${resourceId}/comments/${comment.id}`, session: author, body: { body: 'second version' } });
      expect(edited.json()).toMatchObject({ body: 'second version', isEdited: true, status: 'published' });
      expect((await t.request({ method: 'DELETE', url: `/api/v1/learning/resources/${resourceId}/comments/${comment.id}`, session: student })).statusCode).toBe(403);
      expect((await t.request({ method: 'DELETE', url: `/api/v1/learning/resources/${resourceId}/comments/${comment.id}`, session: author })).statusCode).toBe(204);
      for (const session of [author, student]) expect(JSON.stringify(await thread(session))).not.toContain('second version');
      expect((await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${resourceId}/comments/${comment.id}`, session: author, body: { body: 'back' } })).statusCode).toBe(404);
      expect((await auditOf(comment.id)).map((a) => a.action)).toEqual(['learning.comment.posted', 'learning.comment.edited', 'learning.comment.deleted']);
    });
  });

  describe('moderation', () => {
    it('holds a comment with a blocked term (through spacing) for review; only the author sees it until a reviewer approves', async () => {
      const held = await posted(student, { body: '作业答案请加 微 信 abc123' });
      expect(held).toMatchObject({ status: 'held' });
      expect(JSON.stringify(await thread(teacher))).not.toContain('abc123');
      const own = (await thread(student)).items.find((item) => item.id === held.id);
      expect(own).toMatchObject({ status: 'held', body: '作业答案请加 微 信 abc123' });
      // the reviewer of the providers sees it with the matched term; a reviewer elsewhere does not
      const item = (await queue(reviewer)).items.find((entry) => entry.id === held.id);
      expect(item).toMatchObject({ status: 'held', matchedTerms: ['加微信'], resourceTitle: { en: 'Comment test resource' } });
      expect((await queue(otherReviewer)).items.map((entry) => entry.id)).not.toContain(held.id);
      expect((await moderate(otherReviewer, held.id, { decision: 'approve' })).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: '/api/v1/learning/comments/moderation', session: student })).statusCode).toBe(403);

      const approved = await moderate(enterprise, held.id, { decision: 'approve' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({ status: 'published', moderation: { outcome: 'approved', reason: null } });
      expect(JSON.stringify(await thread(teacher))).toContain('abc123');
      expect((await queue(reviewer)).items.map((entry) => entry.id)).not.toContain(held.id);
      // approving twice: nothing is pending any more
      expect((await moderate(reviewer, held.id, { decision: 'approve' })).json()).toMatchObject({ code: 'COMMENT_NOT_PENDING' });
      const audit = await auditOf(held.id);
      expect(audit.map((a) => a.action)).toEqual(['learning.comment.held', 'learning.comment.approved']);
      expect(audit[1]).toMatchObject({ scope: 'college:DEMO-GD-01', details: { previousStatus: 'held', matchedTerms: ['加微信'] } });
    });

    it('hides a comment reported by enough users, once each; a reviewer removes it and only the author sees the reason', async () => {
      const comment = await posted(teacher, { body: '这条评论会被举报。' });
      expect((await report(teacher, comment.id)).json()).toMatchObject({ code: 'COMMENT_REPORT_NOT_ALLOWED' });
      const reporters = [student, await newUser('student'), await newUser('student')];
      expect((await report(reporters[0]!, comment.id, { reason: 'off_topic', note: '与课程无关' })).statusCode).toBe(200);
      const again = await report(reporters[0]!, comment.id);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'COMMENT_ALREADY_REPORTED' });
      // one report: still visible, already in the queue
      expect(JSON.stringify(await thread(enterprise))).toContain('这条评论会被举报。');
      expect((await queue(reviewer)).items.find((entry) => entry.id === comment.id)).toMatchObject({ status: 'published', reports: { count: 1 } });
      expect((await thread(student)).items.find((item) => item.id === comment.id)).toMatchObject({ hasReported: true, can: { report: false } });
      await report(reporters[1]!, comment.id, { reason: 'spam' });
      await report(reporters[2]!, comment.id, { reason: 'off_topic' });
      // the threshold (3) hides it from everyone but its author
      for (const session of [student, enterprise, reviewer, national]) expect(JSON.stringify(await thread(session))).not.toContain('这条评论会被举报。');
      expect((await thread(teacher)).items.find((item) => item.id === comment.id)).toMatchObject({ status: 'hidden' });
      const queued = (await queue(national)).items.find((entry) => entry.id === comment.id);
      expect(queued).toMatchObject({ status: 'hidden', reports: { count: 3, byReason: [{ reason: 'off_topic', count: 2 }, { reason: 'spam', count: 1 }], notes: ['与课程无关'] } });

      expect((await moderate(reviewer, comment.id, { decision: 'remove' })).json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'reason' }] });
      const removed = await moderate(reviewer, comment.id, { decision: 'remove', reason: '与资源内容无关' });
      expect(removed.json()).toMatchObject({ status: 'removed', moderation: { outcome: 'removed', reason: '与资源内容无关' } });
      expect((await thread(teacher)).items.find((item) => item.id === comment.id)).toMatchObject({ status: 'removed', moderation: { outcome: 'removed', reason: '与资源内容无关' }, can: { edit: false, reply: false } });
      for (const session of [student, enterprise, national]) {
        const text = JSON.stringify(await thread(session));
        expect(text).not.toContain('这条评论会被举报。');
        expect(text).not.toContain('与资源内容无关');
      }
      expect((await queue(national)).items.map((entry) => entry.id)).not.toContain(comment.id);
      expect((await auditOf(comment.id)).map((a) => a.action)).toEqual(['learning.comment.posted', 'learning.comment.reported', 'learning.comment.reported', 'learning.comment.reported', 'learning.comment.hidden', 'learning.comment.removed']);
      expect((await auditOf(comment.id)).at(-1)).toMatchObject({ details: { reason: '与资源内容无关', previousStatus: 'hidden', openReports: 3 } });
    });

    it('notifies the author when a comment is held, released, hidden or removed, and the parent’s author of a reply', async () => {
      const notices = async (session: Session) => {
        const response = await t.request({ method: 'GET', url: '/api/v1/governance/notifications?unread=false&limit=50', session });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<NotificationPage>().items.filter((item) => item.entityId === resourceId);
      };
      const author = await newUser('student');
      const replier = await newUser('teacher');
      expect(await notices(author)).toEqual([]);
      const held = await posted(author, { body: '作业答案请加 微 信 n1' });
      expect((await notices(author)).map((item) => item.kind)).toEqual(['comment_held']);
      expect((await moderate(reviewer, held.id, { decision: 'approve' })).statusCode).toBe(200);
      const [released] = await notices(author);
      expect(released).toMatchObject({ kind: 'comment_released', entityType: 'learning-resource', entityId: resourceId, readAt: null, title: { en: 'Your comment was approved' } });
      expect(released?.body.en).toContain('Comment test resource');
      // a reply tells the parent's author; replying to oneself tells nobody
      await posted(replier, { body: '请不要在这里留联系方式。', parentId: held.id });
      await posted(author, { body: '好的，已知晓。', parentId: held.id });
      const afterReplies = await notices(author);
      expect(afterReplies.map((item) => item.kind)).toEqual(['comment_replied', 'comment_released', 'comment_held']);
      expect(afterReplies[0]?.body['zh-CN']).toContain('请不要在这里留联系方式。');
      expect(await notices(replier)).toEqual([]);

      const reported = await posted(author, { body: '一条会被举报的评论' });
      for (const session of [await newUser('student'), await newUser('student'), await newUser('student')]) expect((await report(session, reported.id)).statusCode).toBe(200);
      expect((await notices(author))[0]).toMatchObject({ kind: 'comment_hidden' });
      expect((await moderate(reviewer, reported.id, { decision: 'remove', reason: '与资源内容无关' })).statusCode).toBe(200);
      const [removed] = await notices(author);
      expect(removed).toMatchObject({ kind: 'comment_removed' });
      expect(removed?.body['zh-CN']).toContain('原因：与资源内容无关');
      // read state is the author's; another user can neither see nor mark it
      expect((await t.request({ method: 'POST', url: `/api/v1/governance/notifications/${removed?.id}/read`, session: replier })).statusCode).toBe(403);
      expect((await t.request({ method: 'POST', url: `/api/v1/governance/notifications/${removed?.id}/read`, session: author })).json()).toEqual({ marked: 1 });
      expect((await t.request({ method: 'GET', url: '/api/v1/governance/notifications', session: author })).json<NotificationPage>().unreadCount).toBe(4);
    });

    it('keeps visible replies under a removed comment behind a placeholder with no author or body', async () => {
      const parent = await posted(student, { body: '会被删除的提问' });
      await posted(teacher, { body: '这条回复仍然可见', parentId: parent.id });
      await moderate(reviewer, parent.id, { decision: 'remove', reason: '重复提问' });
      const seen = (await thread(enterprise)).items.find((item) => item.id === parent.id);
      expect(seen).toMatchObject({ status: 'unavailable', body: null, author: null, replyCount: 1, replies: [{ body: '这条回复仍然可见' }] });
      expect(JSON.stringify(seen)).not.toContain('会被删除的提问');
    });

    it('refuses moderating one’s own comment', async () => {
      const own = await posted(reviewer, { body: '审核员自己的评论' });
      expect((await moderate(reviewer, own.id, { decision: 'remove', reason: 'x' })).json()).toMatchObject({ code: 'COMMENT_MODERATE_OWN' });
    });
  });

  describe('abuse limits and settings', () => {
    it('limits posting per user and minute with a clear 429 and Retry-After, and refuses double posts', async () => {
      const author = await newUser('student');
      await posted(author, { body: 'same text' });
      const duplicate = await post(author, { body: 'same text' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.json()).toMatchObject({ code: 'COMMENT_DUPLICATE' });
      for (let n = 2; n <= 5; n += 1) await posted(author, { body: `comment ${n}` });
      const limited = await post(author, { body: 'one too many' });
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'COMMENT_RATE_LIMITED', detail: expect.stringMatching(/at most 5 comments a minute; try again in \d+ seconds/) });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      // another user is not affected
      await posted(await newUser('student'), { body: 'not limited' });
    });

    it('lets national administrators set blocked terms and limits (audited); moderators read them; others are refused', async () => {
      const before = (await t.request({ method: 'GET', url: '/api/v1/learning/comments/settings', session: reviewer })).json<CommentSettings>();
      expect(before).toMatchObject({ reportThreshold: 3, commentsPerMinute: 5, updatedAt: null });
      const settings = { ...before, blockedTerms: [...before.blockedTerms, ' Spam Link ', '刷分'], reportThreshold: 2 };
      delete (settings as Partial<CommentSettings>).updatedAt;
      delete (settings as Partial<CommentSettings>).updatedBy;
      expect((await t.request({ method: 'PUT', url: '/api/v1/learning/comments/settings', session: reviewer, body: settings })).statusCode).toBe(403);
      const invalid = await t.request({ method: 'PUT', url: '/api/v1/learning/comments/settings', session: national, body: { ...settings, reportThreshold: 0 } });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toMatchObject({ errors: [{ field: 'reportThreshold' }] });
      const saved = await t.request({ method: 'PUT', url: '/api/v1/learning/comments/settings', session: national, body: settings });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json<CommentSettings>().blockedTerms).toContain('spam link');
      expect(saved.json<CommentSettings>()).toMatchObject({ reportThreshold: 2, updatedBy: expect.any(String) });
      expect((await t.request({ method: 'GET', url: '/api/v1/learning/comments/settings', session: student })).statusCode).toBe(403);

      const author = await newUser('student');
      expect(await posted(author, { body: 'click this SPAM   link now' })).toMatchObject({ status: 'held' });
      expect(await posted(author, { body: '帮忙刷 分' })).toMatchObject({ status: 'held' });
      // an edit is checked again: the held comment becomes visible once the term is gone
      const held = await posted(author, { body: 'spam link inside' });
      const cleaned = await t.request({ method: 'PATCH', url: `/api/v1/learning/resources/${resourceId}/comments/${held.id}`, session: author, body: { body: 'nothing bad inside' } });
      expect(cleaned.json()).toMatchObject({ status: 'published' });
      const audit = (await t.deps.db.execute<{ details: { added: string[] } }>(sql`select details from audit.entries where action = 'learning.comment-settings.updated' order by seq desc limit 1`)).rows[0];
      expect(audit?.details.added).toEqual(['spam link', '刷分']);
    });
  });
});
