import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Flex, Menu, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useEffect } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { TextbookDetail } from '../../../../shared/contracts/learning/textbooks.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useChapter, useTextbook } from '../api/textbooks.api.js';
import { localizedText } from '../components/localized-text.js';

function TextbookFacts({ book }: { book: TextbookDetail }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t('textbooks.reader.isbn')}>{book.isbn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('textbooks.reader.publisher')}>{book.publisher}</Descriptions.Item>
      <Descriptions.Item label={t('textbooks.reader.authors')}>{book.authors.join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('textbooks.reader.edition')}>{t('textbooks.reader.editionValue', { number: book.currentEdition })}</Descriptions.Item>
      <Descriptions.Item label={t('textbooks.reader.lastRevised')}>{formatDateTime(book.lastSubstantiveRevisionAt, locale)}</Descriptions.Item>
      <Descriptions.Item label={t('textbooks.reader.programs')}>{book.programCodes.join('、') || '—'}</Descriptions.Item>
    </Descriptions>
  );
}

/** The server records two summaries itself, language-neutral: "created" and "metadata: title, isbn". */
function revisionSummaryText(summary: string, t: TFunction): string {
  if (summary === 'created') return t('textbooks.reader.createdSummary');
  if (summary.startsWith('metadata: ')) return t('textbooks.reader.metadataSummary', { fields: summary.slice('metadata: '.length) });
  return summary;
}

function TextbookHistory({ book }: { book: TextbookDetail }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  return (
    <>
      <Card size="small" title={t('textbooks.reader.editions')} style={{ marginTop: 16 }}>
        <Timeline
          items={book.editions.map((edition) => ({
            key: edition.number,
            children: (
              <>
                <Typography.Text strong>{t('textbooks.reader.editionLine', { number: edition.number, date: edition.publishedOn })}</Typography.Text>
                {edition.changeNotes ? <div>{edition.changeNotes}</div> : null}
              </>
            ),
          }))}
        />
      </Card>
      <Card size="small" title={t('textbooks.reader.revisions')} style={{ marginTop: 16 }} data-testid="revision-history">
        <Timeline
          items={book.revisions.map((revision) => ({
            key: revision.id,
            color: revision.isSubstantive ? 'blue' : 'gray',
            children: (
              <>
                <Flex gap={6} align="center" wrap>
                  <Tag color={revision.isSubstantive ? 'blue' : 'default'}>{revision.isSubstantive ? t('textbooks.reader.substantive') : t('textbooks.reader.minor')}</Tag>
                  <Typography.Text type="secondary">{t('textbooks.reader.editionValue', { number: revision.edition })}</Typography.Text>
                </Flex>
                <div>{revisionSummaryText(revision.summary, t)}</div>
                <Typography.Text type="secondary">{t('textbooks.reader.revisedBy', { name: revision.revisedByName, date: formatDateTime(revision.revisedAt, locale) })}</Typography.Text>
              </>
            ),
          }))}
        />
      </Card>
    </>
  );
}

/**
 * The reader: the table of contents, one chapter at a time (content sanitized by the server
 * before it was stored), previous/next, and the textbook's editions and revision history.
 * Opening the textbook without a chapter goes back to the reader's last chapter.
 */
export function TextbookReaderPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const detail = useTextbook(id);
  const book = detail.data;
  const requested = searchParams.get('chapter') ?? undefined;
  // a resume is marked in the address, so the notice survives a re-render (a language switch) until the reader moves on
  const isResumed = searchParams.get('resumed') === '1';
  // without a chapter in the address, open the reader's last chapter (else the first) and put it in the address
  const chapterId = requested ?? book?.lastChapterId ?? book?.toc[0]?.id;
  const chapter = useChapter(id, book ? chapterId : undefined);
  const view = chapter.data;

  useEffect(() => {
    if (requested || !book || !chapterId) return;
    setSearchParams(book.lastChapterId === chapterId ? { chapter: chapterId, resumed: '1' } : { chapter: chapterId }, { replace: true });
  }, [requested, book, chapterId, setSearchParams]);

  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!book) return <Skeleton active />;

  const go = (target: string | null) => {
    if (target) setSearchParams({ chapter: target });
  };

  return (
    <>
      <PageHeader
        title={localizedText(book.title, locale)}
        subtitle={`${book.publisher} · ${t('textbooks.reader.editionValue', { number: book.currentEdition })}`}
        backTo="/learning/textbooks"
        extra={
          book.can.edit ? (
            <Link to={`/learning/textbooks/${book.id}/edit`}>
              <Button icon={<EditOutlined />}>{t('textbooks.reader.edit')}</Button>
            </Link>
          ) : null
        }
      />
      {book.toc.length === 0 ? <Empty description={t('textbooks.reader.noChapters')} /> : null}
      <Row gutter={16}>
        <Col xs={24} md={7} xl={5}>
          <Card size="small" title={t('textbooks.reader.contents')} styles={{ body: { padding: 4 } }}>
            <Menu
              mode="inline"
              selectedKeys={chapterId ? [chapterId] : []}
              onClick={(item) => go(item.key)}
              style={{ borderInlineEnd: 'none' }}
              items={book.toc.map((entry) => ({
                key: entry.id,
                style: { paddingInlineStart: entry.parentId === null ? 12 : 32, height: 'auto', lineHeight: 1.5, paddingBlock: 6, whiteSpace: 'normal' },
                label: <span data-testid="toc-entry">{`${entry.number} ${localizedText(entry.title, locale) || t('textbooks.editor.untitled')}`}</span>,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} md={17} xl={13}>
          {chapter.error ? <ErrorAlert error={chapter.error} onRetry={() => void chapter.refetch()} /> : null}
          {isResumed ? <Alert type="info" showIcon message={t('textbooks.reader.resumed')} style={{ marginBottom: 12 }} data-testid="resumed" closable /> : null}
          {view ? (
            <Card data-testid="chapter">
              <Typography.Title level={3} data-testid="chapter-title" style={{ marginTop: 0 }}>
                {view.chapter.number} {localizedText(view.chapter.title, locale)}
              </Typography.Title>
              {view.chapter.knowledgePoints.length > 0 ? (
                <Flex wrap gap={4} style={{ marginBottom: 12 }}>
                  <Typography.Text type="secondary">{t('textbooks.reader.knowledgePoints')}：</Typography.Text>
                  {view.chapter.knowledgePoints.map((point) => (
                    <Tag key={point} color="geekblue">
                      {point}
                    </Tag>
                  ))}
                </Flex>
              ) : null}
              {view.chapter.content ? (
                // sanitized with an allowlist on the server before it was stored (domain/rich-text.ts)
                <Typography>
                  <div data-testid="chapter-content" style={{ fontSize: 16, lineHeight: 1.8 }} dangerouslySetInnerHTML={{ __html: view.chapter.content }} />
                </Typography>
              ) : (
                <Typography.Paragraph type="secondary">{t('textbooks.reader.emptyChapter')}</Typography.Paragraph>
              )}
              <Flex justify="space-between" align="center" style={{ marginTop: 24 }}>
                <Button icon={<LeftOutlined />} disabled={!view.previousId} onClick={() => go(view.previousId)}>
                  {t('textbooks.reader.previous')}
                </Button>
                <Typography.Text type="secondary">{t('textbooks.reader.position', { position: view.position, count: view.count })}</Typography.Text>
                <Button disabled={!view.nextId} onClick={() => go(view.nextId)} data-testid="next-chapter">
                  {t('textbooks.reader.next')} <RightOutlined />
                </Button>
              </Flex>
            </Card>
          ) : book.toc.length > 0 ? (
            <Card>
              <Skeleton active />
            </Card>
          ) : null}
        </Col>
        <Col xs={24} xl={6}>
          <Card size="small" title={t('textbooks.reader.details')} styles={{ body: { padding: 0 } }}>
            <TextbookFacts book={book} />
          </Card>
          <TextbookHistory book={book} />
        </Col>
      </Row>
    </>
  );
}
