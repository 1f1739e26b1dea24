import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { iriSchema } from '../../../../shared/contracts/lrs/statement-browse.js';
import type { CourseSummary } from '../../../../shared/contracts/lrs/course-activity.js';
import { useCurrentLocale } from '../../../app/i18n/i18n.js';
import { pickLanguageText } from './language-text.js';

export type CourseSelectProps = {
  courses: readonly CourseSummary[];
  value: string | undefined;
  onChange: (course: string | undefined) => void;
  isLoading: boolean;
};

/** The active courses by name, or any activity IRI typed in (a course without the course type). */
export function CourseSelect({ courses, value, onChange, isLoading }: CourseSelectProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [search, setSearch] = useState('');

  const options = useMemo(() => {
    const query = search.trim().toLowerCase();
    const listed = courses
      .map((course) => ({ value: course.id, label: `${pickLanguageText(course.name, locale) ?? course.id} · ${course.id}` }))
      .filter((option) => !query || option.label.toLowerCase().includes(query));
    const typed = search.trim();
    if (typed && iriSchema.safeParse(typed).success && !courses.some((course) => course.id === typed)) {
      listed.unshift({ value: typed, label: t('lrs.activity.useIri', { iri: typed }) });
    }
    if (value && !listed.some((option) => option.value === value) && !query) listed.unshift({ value, label: value });
    return listed;
  }, [courses, locale, search, t, value]);

  return (
    <Select<string>
      value={value}
      onChange={(next) => onChange(next)}
      options={options}
      loading={isLoading}
      allowClear
      placeholder={t('lrs.activity.coursePlaceholder')}
      notFoundContent={isLoading ? t('app.loading') : t('lrs.activity.noCourses')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={(isOpen) => {
        if (!isOpen) setSearch('');
      }}
      style={{ width: '100%', maxWidth: 640 }}
      data-testid="lrs-course-select"
    />
  );
}
