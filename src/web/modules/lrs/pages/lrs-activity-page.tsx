import { Alert, Card, Col, DatePicker, Flex, Form, Row, Segmented, Statistic, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CourseSummary } from '../../../../shared/contracts/lrs/course-activity.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { ChartCard } from '../../../ui/chart-card.js';
import { ErrorAlert } from '../../../ui/error-alert.js';
import { formatDateTime } from '../../../ui/format.js';
import { LazyEChart } from '../../../ui/lazy-echart.js';
import { PageHeader } from '../../../ui/page-header.js';
import { useActiveCourses, useCourseActivity, type ActivityWindowQuery } from '../api/lrs-statements.api.js';
import { browserTimeZone, lastDays } from '../components/activity-window.js';
import { courseActivityOption, courseActivityTable } from '../components/course-activity-option.js';
import { CourseSelect } from '../components/course-select.js';
import { pickLanguageText } from '../components/language-text.js';
import { LrsTabs } from '../components/lrs-tabs.js';

const presets = [7, 30, 90, 365] as const;

export function LrsActivityPage() {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const timeZone = browserTimeZone();
  const [preset, setPreset] = useState<number | null>(30);
  const [activityWindow, setActivityWindow] = useState<ActivityWindowQuery>(() => lastDays(30, timeZone));
  const [chosen, setChosen] = useState<string | undefined>();
  const courses = useActiveCourses(activityWindow);
  const course = chosen ?? courses.data?.items[0]?.id;
  const report = useCourseActivity(course, activityWindow);
  const data = report.data;

  const columns: TableColumnsType<CourseSummary> = [
    {
      key: 'course',
      title: t('lrs.activity.columns.course'),
      render: (_v, c) => (
        <>
          <Typography.Link onClick={() => setChosen(c.id)}>{pickLanguageText(c.name, locale) ?? c.id}</Typography.Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis={{ tooltip: c.id }}>
            {c.id}
          </Typography.Text>
        </>
      ),
    },
    { key: 'statements', title: t('lrs.activity.columns.statements'), dataIndex: 'statements', width: 110, align: 'right' },
    { key: 'learners', title: t('lrs.activity.columns.learners'), dataIndex: 'learners', width: 110, align: 'right' },
    { key: 'lastStored', title: t('lrs.activity.columns.lastStored'), width: 180, render: (_v, c) => formatDateTime(c.lastStored, locale) },
  ];

  const labels = { learners: t('lrs.activity.learnersSeries'), statementsAxis: t('lrs.activity.statementsAxis'), learnersAxis: t('lrs.activity.learnersAxis') };
  const courseName = data ? (pickLanguageText(data.course.name, locale) ?? data.course.id) : '';
  return (
    <>
      <LrsTabs current="activity" />
      <PageHeader title={t('lrs.activity.title')} subtitle={t('lrs.activity.subtitle')} />
      <Card style={{ marginBottom: 16 }}>
        <Form layout="vertical">
          <Flex gap={16} wrap align="flex-end">
            <Form.Item label={t('lrs.activity.period')} style={{ marginBottom: 0 }} extra={t('lrs.activity.timeZone', { zone: timeZone })}>
              <Flex gap={8} wrap>
                <Segmented<number>
                  value={preset ?? undefined}
                  onChange={(days) => {
                    setPreset(days);
                    setActivityWindow(lastDays(days, timeZone));
                  }}
                  options={presets.map((days) => ({ value: days, label: t('lrs.activity.lastDays', { count: days }) }))}
                  data-testid="lrs-activity-presets"
                />
                <DatePicker.RangePicker
                  key={preset ?? 'custom'}
                  format="YYYY-MM-DD"
                  onChange={(_dates, [from, to]) => {
                    if (!from || !to) return;
                    setPreset(null);
                    setActivityWindow({ from, to, timeZone });
                  }}
                />
              </Flex>
            </Form.Item>
            <Form.Item label={t('lrs.activity.course')} style={{ marginBottom: 0, flex: '1 1 360px' }}>
              <CourseSelect courses={courses.data?.items ?? []} value={course} onChange={setChosen} isLoading={courses.isFetching} />
            </Form.Item>
          </Flex>
        </Form>
        <Alert type="info" showIcon title={t('lrs.activity.courseDefinition')} style={{ marginTop: 16 }} />
      </Card>
      {courses.error ? <ErrorAlert error={courses.error} onRetry={() => void courses.refetch()} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('lrs.activity.totals.statements')} value={data?.totals.statements ?? 0} loading={report.isFetching} data-testid="lrs-total-statements" /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('lrs.activity.totals.learners')} value={data?.totals.learners ?? 0} loading={report.isFetching} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('lrs.activity.totals.days')} value={data?.days.length ?? 0} /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card><Statistic title={t('lrs.activity.totals.verbs')} value={data?.verbs.length ?? 0} /></Card>
        </Col>
      </Row>
      <div style={{ marginBottom: 16 }}>
        <ChartCard
          title={data ? `${t('lrs.activity.chartTitle')} · ${courseName}` : t('lrs.activity.chartTitle')}
          subtitle={data ? `${data.from} – ${data.to} · ${data.timeZone}` : undefined}
          chart={
            data ? (
              <LazyEChart option={courseActivityOption(data, locale, labels)} height={360} ariaLabel={t('lrs.activity.chartAria', { course: courseName })} testId="lrs-activity-chart" />
            ) : null
          }
          table={data ? courseActivityTable(data, locale, { ...labels, day: t('lrs.activity.day'), statements: t('lrs.activity.totals.statements') }) : { columns: [], rows: [], rowKey: 'day' }}
          isLoading={course !== undefined && report.isPending}
          error={report.error}
          onRetry={() => void report.refetch()}
          footnote={course === undefined ? t('lrs.activity.pickCourse') : undefined}
          testId="lrs-activity-card"
        />
      </div>
      <Card title={t('lrs.activity.coursesTitle')}>
        <Table<CourseSummary>
          rowKey="id"
          columns={columns}
          dataSource={courses.data?.items ?? []}
          loading={courses.isFetching}
          pagination={false}
          size="small"
          scroll={{ x: 720 }}
          locale={{ emptyText: t('lrs.activity.noCourses') }}
          data-testid="lrs-courses-table"
        />
      </Card>
    </>
  );
}
