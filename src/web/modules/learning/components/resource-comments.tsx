import { Alert, App, Button, Card, Empty, Flex, Form, Input, Modal, Popconfirm, Radio, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX_LENGTH, REPORT_NOTE_MAX_LENGTH, reportReasons, type Comment, type CommentThread, type ReportReason } from '../../../../shared/contracts/learning/comments.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { useCommentAction, useCommentThread, type CommentAction } from '../api/comments.api.js';

export type ResourceCommentsProps = { resourceId: string };

type Act = (action: CommentAction) => Promise<Comment | null>;

type ComposerProps = { initial?: string; submitLabel: string; placeholder: string; isPending: boolean; onSubmit(body: string): Promise<unknown>; onCancel?: () => void; testId: string };

/** A plain-text box with the length limit shown; it clears itself after a successful submit. */
function Composer({ initial = '', submitLabel, placeholder, isPending, onSubmit, onCancel, testId }: ComposerProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState(initial);
  const submit = async () => {
    await onSubmit(body);
    setBody('');
  };
  return (
    <Flex vertical gap={8} data-testid={testId}>
      <Input.TextArea value={body} onChange={(event) => setBody(event.target.value)} placeholder={placeholder} autoSize={{ minRows: 2, maxRows: 8 }} maxLength={COMMENT_MAX_LENGTH} showCount aria-label={placeholder} />
      <Space>
        <Button type="primary" loading={isPending} disabled={body.trim().length === 0} onClick={() => void submit().catch(() => undefined)}>
          {submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('learning.comments.cancel')}</Button> : null}
      </Space>
    </Flex>
  );
}

function ReportButton({ comment, act }: { comment: Comment; act: Act }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isOpen, setIsOpen] = useState(false);
  const [form] = Form.useForm<{ reason: ReportReason; note?: string }>();
  if (comment.hasReported) return <Typography.Text type="secondary">{t('learning.comments.reported')}</Typography.Text>;
  if (!comment.can.report) return null;
  const send = async () => {
    const { reason, note } = await form.validateFields();
    await act({ kind: 'report', commentId: comment.id, reason, ...(note ? { note } : {}) });
    setIsOpen(false);
    void message.success(t('learning.comments.reportSent'));
  };
  return (
    <>
      <Button type="link" size="small" onClick={() => setIsOpen(true)}>
        {t('learning.comments.report')}
      </Button>
      <Modal open={isOpen} title={t('learning.comments.reportTitle')} okText={t('learning.comments.report')} onOk={() => void send().catch(() => undefined)} onCancel={() => setIsOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ reason: 'spam' }}>
          <Form.Item name="reason" label={t('learning.comments.reportReason')} rules={[{ required: true }]}>
            <Radio.Group options={reportReasons.map((reason) => ({ value: reason, label: t(`learning.comments.reasons.${reason}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('learning.comments.reportNote')}>
            <Input.TextArea rows={2} maxLength={REPORT_NOTE_MAX_LENGTH} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** What the author is told about their own comment that others do not see. */
function OwnStatus({ comment }: { comment: Comment }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  if (comment.status === 'held') return <Alert type="warning" showIcon message={t('learning.comments.status.held')} description={t('learning.comments.status.heldHint')} />;
  if (comment.status === 'hidden') return <Alert type="warning" showIcon message={t('learning.comments.status.hidden')} description={t('learning.comments.status.hiddenHint')} />;
  if (comment.status === 'removed' && comment.moderation) {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="comment-removal"
        message={t('learning.comments.status.removed', { date: formatDateTime(comment.moderation.at, locale) })}
        description={t('learning.comments.status.removedReason', { reason: comment.moderation.reason ?? '—' })}
      />
    );
  }
  return null;
}

type CommentItemProps = { comment: Comment; act: Act; isPending: boolean; onReply?: () => void };

function CommentItem({ comment, act, isPending, onReply }: CommentItemProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { message } = App.useApp();
  const [isEditing, setIsEditing] = useState(false);
  if (comment.status === 'unavailable') {
    return (
      <Typography.Text type="secondary" italic data-testid="comment" data-status="unavailable">
        {t('learning.comments.unavailable')}
      </Typography.Text>
    );
  }
  const save = async (body: string) => {
    const saved = await act({ kind: 'edit', commentId: comment.id, body });
    setIsEditing(false);
    if (saved?.status === 'held') void message.warning(t('learning.comments.heldNotice'));
  };
  return (
    <Flex vertical gap={4} data-testid="comment" data-status={comment.status}>
      <Space size={8} wrap>
        <Typography.Text strong>{comment.author?.name}</Typography.Text>
        <Typography.Text type="secondary">{formatDateTime(comment.createdAt, locale)}</Typography.Text>
        {comment.isEdited ? <Typography.Text type="secondary">{t('learning.comments.edited')}</Typography.Text> : null}
        {comment.isOwn && comment.status !== 'published' ? <Tag color={comment.status === 'removed' ? 'red' : 'orange'}>{t(`learning.comments.tags.${comment.status}`)}</Tag> : null}
      </Space>
      {isEditing ? (
        <Composer initial={comment.body ?? ''} submitLabel={t('learning.comments.save')} placeholder={t('learning.comments.placeholder')} isPending={isPending} onSubmit={save} onCancel={() => setIsEditing(false)} testId="comment-edit" />
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{comment.body}</Typography.Paragraph>
      )}
      {comment.isOwn ? <OwnStatus comment={comment} /> : null}
      <Space size={0} wrap>
        {onReply && comment.can.reply ? (
          <Button type="link" size="small" onClick={onReply}>
            {t('learning.comments.reply')}
          </Button>
        ) : null}
        {comment.can.edit && !isEditing ? (
          <Button type="link" size="small" onClick={() => setIsEditing(true)}>
            {t('learning.comments.edit')}
          </Button>
        ) : null}
        {comment.can.delete ? (
          <Popconfirm title={t('learning.comments.deleteConfirm')} okText={t('learning.comments.delete')} cancelText={t('learning.comments.cancel')} onConfirm={() => act({ kind: 'delete', commentId: comment.id })}>
            <Button type="link" size="small" danger>
              {t('learning.comments.delete')}
            </Button>
          </Popconfirm>
        ) : null}
        <ReportButton comment={comment} act={act} />
      </Space>
    </Flex>
  );
}

function Thread({ thread, act, isPending }: { thread: CommentThread; act: Act; isPending: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [isReplying, setIsReplying] = useState(false);
  const reply = async (body: string) => {
    const posted = await act({ kind: 'post', body, parentId: thread.id });
    setIsReplying(false);
    void (posted?.status === 'held' ? message.warning(t('learning.comments.heldNotice')) : message.success(t('learning.comments.posted')));
  };
  const hiddenReplies = thread.replyCount - thread.replies.length;
  return (
    <Flex vertical gap={8} style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }} data-testid="comment-thread">
      <CommentItem comment={thread} act={act} isPending={isPending} onReply={() => setIsReplying(true)} />
      {thread.replies.length > 0 || isReplying ? (
        <Flex vertical gap={12} style={{ marginInlineStart: 24, paddingInlineStart: 12, borderInlineStart: '2px solid rgba(5, 5, 5, 0.06)' }}>
          {thread.replies.map((replyComment) => (
            <CommentItem key={replyComment.id} comment={replyComment} act={act} isPending={isPending} />
          ))}
          {hiddenReplies > 0 ? <Typography.Text type="secondary">{t('learning.comments.moreReplies', { count: hiddenReplies })}</Typography.Text> : null}
          {isReplying ? <Composer submitLabel={t('learning.comments.reply')} placeholder={t('learning.comments.replyPlaceholder')} isPending={isPending} onSubmit={reply} onCancel={() => setIsReplying(false)} testId="reply-composer" /> : null}
        </Flex>
      ) : null}
    </Flex>
  );
}

/**
 * Comments under a published resource: post, reply (one level), edit and delete one's own,
 * report others'. Bodies are rendered as text (never HTML). The author's own held, hidden or
 * removed comments carry their status and, when removed, the moderator's reason.
 */
export function ResourceComments({ resourceId }: ResourceCommentsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const thread = useCommentThread(resourceId);
  const action = useCommentAction(resourceId);
  const pages = thread.data?.pages ?? [];
  const total = pages[0]?.total ?? 0;
  const items = pages.flatMap((page) => page.items);
  const post = async (body: string) => {
    const posted = await action.mutateAsync({ kind: 'post', body });
    void (posted?.status === 'held' ? message.warning(t('learning.comments.heldNotice')) : message.success(t('learning.comments.posted')));
  };
  return (
    <Card title={t('learning.comments.title', { count: total })} style={{ marginTop: 16 }} data-testid="resource-comments">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('learning.comments.rules')}</Typography.Text>
        <Composer submitLabel={t('learning.comments.submit')} placeholder={t('learning.comments.placeholder')} isPending={action.isPending} onSubmit={post} testId="comment-composer" />
        {action.error ? <ErrorAlert error={action.error} /> : null}
        {thread.error ? <ErrorAlert error={thread.error} onRetry={() => void thread.refetch()} /> : null}
        {thread.isPending ? <Skeleton active /> : null}
        {!thread.isPending && items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('learning.comments.empty')} /> : null}
        <div>
          {items.map((item) => (
            <Thread key={item.id} thread={item} act={(input) => action.mutateAsync(input)} isPending={action.isPending} />
          ))}
        </div>
        {thread.hasNextPage ? (
          <Button onClick={() => void thread.fetchNextPage()} loading={thread.isFetchingNextPage}>
            {t('learning.comments.more')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
