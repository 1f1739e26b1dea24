import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export type PageHeaderProps = {
  title: ReactNode;
  subtitle?: ReactNode;
  /** Buttons on the right (wrap below the title on small screens). */
  extra?: ReactNode;
  /** Shows a back arrow that goes to this path. */
  backTo?: string;
};

export function PageHeader({ title, subtitle, extra, backTo }: PageHeaderProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex justify="space-between" align="flex-start" gap={12} wrap style={{ marginBottom: 16 }}>
      <Flex align="flex-start" gap={8} style={{ minWidth: 0 }}>
        {backTo ? (
          <Button
            type="text"
            icon={<ArrowLeftOutlined />}
            aria-label={t('actions.back')}
            onClick={() => navigate(backTo)}
            style={{ marginTop: 2 }}
          />
        ) : null}
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {subtitle}
            </Typography.Text>
          ) : null}
        </div>
      </Flex>
      {extra ? (
        <Flex gap={8} wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
