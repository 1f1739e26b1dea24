import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../ui/use-debounced-value.js';
import { useColleges } from '../../../institutions/api/institutions.api.js';

export type CollegeSelectProps = {
  value?: string;
  onChange?: (collegeId: string | undefined) => void;
  testId?: string;
};

/** Searchable list of the colleges the caller may see (the server filters by scope). */
export function CollegeSelect({ value, onChange, testId }: CollegeSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const colleges = useColleges({ q: q || undefined, limit: 20 });
  const options = (colleges.data?.items ?? []).map((college) => ({ value: college.id, label: `${college.name} (${college.id})` }));
  return (
    <Select<string>
      value={value}
      onChange={(next) => onChange?.(next)}
      options={options}
      loading={colleges.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={colleges.isFetching ? t('app.loading') : t('institutions.colleges.empty')}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
