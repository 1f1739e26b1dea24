import { BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Row, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TextbookSummary } from '../../../../shared/contracts/learning/textbooks.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { useVisibleNavContext } from '../../../app/nav-context.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useTextbookList, type TextbookView } from '../api/textbooks.api.js';
import { localizedText } from '../components/localized-text.js';

function TextbookCard({ book }: { book: TextbookSummary }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const title = localizedText(book.title, locale) || t('textbooks.editor.untitled');
  return (
    <Card
      size="small"
      data-testid="textbook-card"
      title={
        <Space>
          <BookOutlined />
          <Link to={`/learning/textbooks/${book.id}`}>{title}</Link>
        </Space>
      }
      extra={
        book.can.edit ? (
          <Link to={`/learning/textbooks/${book.id}/edit`}>
            <Button type="link" size="small">
              {t('textbooks.list.edit')}
            </Button>
          </Link>
        ) : null
      }
    >
      <Flex vertical gap={6}>
        <Typography.Text>
          {book.publisher} · {t('textbooks.list.edition', { number: book.currentEdition })}
        </Typography.Text>
        <Typography.Text type="secondary">{t('textbooks.list.authors', { names: book.authors.join('、') })}</Typography.Text>
        <Flex wrap gap={4}>
          <Tag color={book.status === 'published' ? 'green' : 'default'}>{t(`textbooks.status.${book.status}`)}</Tag>
          <Tag>{t(`textbooks.audience.${book.audience}`)}</Tag>
          <Tag>{t(`learning.levels.${book.level}`)}</Tag>
          {book.programCodes.map((code) => (
            <Tag key={code}>{code}</Tag>
          ))}
        </Flex>
        <Typography.Text type="secondary">{t('textbooks.list.revised', { date: formatDateTime(book.lastSubstantiveRevisionAt, locale) })}</Typography.Text>
      </Flex>
    </Card>
  );
}

/** Published textbooks the reader may open; an author also sees their own, drafts included. */
export function TextbookListPage() {
  const { t } = useTranslation();
  const { heldRoles } = useVisibleNavContext();
  const isAuthor = heldRoles.has('teacher');
  const [view, setView] = useState<TextbookView>('published');
  const list = useTextbookList(isAuthor ? view : 'published');
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('textbooks.list.title')}
        subtitle={t('textbooks.list.subtitle')}
        extra={
          isAuthor ? (
            <Link to="/learning/textbooks/new">
              <Button type="primary" icon={<PlusOutlined />}>
                {t('textbooks.list.create')}
              </Button>
            </Link>
          ) : null
        }
      />
      {isAuthor ? (
        <Segmented
          style={{ marginBottom: 16 }}
          value={view}
          onChange={(value) => setView(value as TextbookView)}
          options={(['published', 'mine'] as const).map((value) => ({ value, label: t(`textbooks.list.${value}`) }))}
        />
      ) : null}
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isLoading ? <Skeleton active /> : null}
      {list.data && items.length === 0 ? <Empty description={view === 'mine' && isAuthor ? t('textbooks.list.emptyMine') : t('textbooks.list.empty')} /> : null}
      <Row gutter={[12, 12]}>
        {items.map((book) => (
          <Col key={book.id} xs={24} md={12} xl={8}>
            <TextbookCard book={book} />
          </Col>
        ))}
      </Row>
    </>
  );
}
