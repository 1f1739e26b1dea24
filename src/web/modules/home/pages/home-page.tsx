import { Card, Col, Empty, Flex, Row, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVisibleNavContext } from '../../../app/nav-context.js';
import { AssignmentTags } from '../../../ui/assignment-tag.js';
import { useMe } from '../../auth/index.js';

export function HomePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data: me } = useMe();
  const nav = useVisibleNavContext();
  if (!me) return null;
  const shortcuts = [...nav.main, ...nav.user].filter((item) => item.path !== '/');

  return (
    <Flex vertical gap={16}>
      <Card
        style={{ background: `linear-gradient(120deg, ${token.colorPrimaryBg} 0%, ${token.colorBgContainer} 70%)` }}
        data-testid="home-welcome"
      >
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.welcome', { name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
        <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
          {t('home.assignments')}
        </Typography.Text>
        {me.assignments.length > 0 ? (
          <div data-testid="home-assignments">
            <AssignmentTags assignments={me.assignments} />
          </div>
        ) : (
          <Typography.Text type="warning">{t('home.noAssignments')}</Typography.Text>
        )}
      </Card>

      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.shortcuts')}
      </Typography.Title>
      {shortcuts.length === 0 ? (
        <Empty />
      ) : (
        <Row gutter={[16, 16]}>
          {shortcuts.map((item) => (
            <Col key={item.key} xs={24} sm={12} lg={8} xl={6}>
              <Link to={item.path} data-testid={`shortcut-${item.key}`} style={{ display: 'block', height: '100%' }}>
                <Card hoverable style={{ height: '100%' }}>
                  <Flex gap={12} align="flex-start">
                    <span style={{ fontSize: 24, color: token.colorPrimary, lineHeight: 1 }}>{item.icon}</span>
                    <div>
                      <Typography.Text strong>{t(item.labelKey)}</Typography.Text>
                      {item.hintKey ? (
                        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 13 }}>
                          {t(item.hintKey)}
                        </Typography.Paragraph>
                      ) : null}
                    </div>
                  </Flex>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
