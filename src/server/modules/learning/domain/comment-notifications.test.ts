import { describe, expect, it } from 'vitest';
import { buildCommentNotice, commentExcerpt } from './comment-notifications.js';

const resource = { id: '0190f5f0-0000-7000-8000-000000000001', title: { 'zh-CN': '数控车床操作', en: 'CNC lathe operation' } };

describe('comment notices', () => {
  it('quotes the comment on one line, cut at a code point', () => {
    expect(commentExcerpt('  第一行\n\n第二行  ')).toBe('第一行 第二行');
    expect(commentExcerpt('数'.repeat(41))).toBe(`${'数'.repeat(40)}…`);
    expect(commentExcerpt('😀'.repeat(3), 2)).toBe('😀😀…');
  });

  it('addresses the author, points at the resource and names the outcome in both languages', () => {
    const held = buildCommentNotice({ kind: 'comment_held', recipientId: 'user-1', resource, commentBody: '加我微信' });
    expect(held).toMatchObject({ userId: 'user-1', kind: 'comment_held', entityType: 'learning-resource', entityId: resource.id });
    expect(held.body['zh-CN']).toContain('《数控车床操作》');
    expect(held.body.en).toContain('“CNC lathe operation”');
    expect(held.body.en).toContain('“加我微信”');
    const removed = buildCommentNotice({ kind: 'comment_removed', recipientId: 'user-1', resource, commentBody: 'ad', reason: 'Advertising' });
    expect(removed.body.en).toContain('Reason: Advertising');
    const replied = buildCommentNotice({ kind: 'comment_replied', recipientId: 'user-2', resource, commentBody: 'Thanks!', replierName: '演示·教师' });
    expect(replied.body['zh-CN']).toBe('演示·教师 在《数控车床操作》回复了您：“Thanks!”');
  });

  it('falls back to the other language when the resource has one title only', () => {
    const notice = buildCommentNotice({ kind: 'comment_hidden', recipientId: 'u', resource: { id: resource.id, title: { 'zh-CN': '焊接' } }, commentBody: 'x' });
    expect(notice.body.en).toContain('“焊接”');
  });
});
