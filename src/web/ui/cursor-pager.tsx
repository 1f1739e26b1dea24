import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorPaging } from './use-cursor-paging.js';

export type CursorPagerProps = {
  paging: CursorPaging;
  nextCursor: string | null | undefined;
  pageSize: number;
  onPageSizeChange: (size: number) => void;
  isLoading?: boolean;
  pageSizes?: readonly number[];
};

/** Previous / next buttons for cursor-paged lists (there is no total count). */
export function CursorPager({
  paging,
  nextCursor,
  pageSize,
  onPageSizeChange,
  isLoading = false,
  pageSizes = [20, 50, 100],
}: CursorPagerProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" align="center" gap={8} wrap style={{ marginTop: 16 }} data-testid="cursor-pager">
      <Typography.Text type="secondary">{t('paging.page', { page: paging.page })}</Typography.Text>
      <Button
        icon={<VerticalRightOutlined />}
        aria-label={t('paging.first')}
        title={t('paging.first')}
        disabled={!paging.hasPrevious || isLoading}
        onClick={paging.goFirst}
      />
      <Button
        icon={<LeftOutlined />}
        disabled={!paging.hasPrevious || isLoading}
        onClick={paging.goPrevious}
        data-testid="page-previous"
      >
        {t('paging.previous')}
      </Button>
      <Button
        disabled={!nextCursor || isLoading}
        onClick={() => {
          if (nextCursor) paging.goNext(nextCursor);
        }}
        data-testid="page-next"
      >
        {t('paging.next')}
        <RightOutlined />
      </Button>
      <Select<number>
        value={pageSize}
        onChange={onPageSizeChange}
        style={{ width: 120 }}
        aria-label={t('paging.pageSize', { size: pageSize })}
        options={pageSizes.map((size) => ({ value: size, label: t('paging.pageSize', { size }) }))}
      />
    </Flex>
  );
}
