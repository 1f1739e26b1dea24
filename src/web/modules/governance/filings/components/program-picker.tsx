import { Alert, Flex, Select, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogLevel, Program } from '../../../../../shared/contracts/catalog/catalog.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';
import { useDebouncedValue } from '../../../../ui/use-debounced-value.js';
import { useCurrentCatalogVersion, useProgramSearch } from '../api/catalog-programs.api.js';

export type ProgramPickerProps = {
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** Called with the chosen program so the form can show its names and category. */
  onProgramChange?: (program: Program | undefined) => void;
  level?: CatalogLevel;
  /** Label for a saved code that is not in the current search results. */
  knownLabel?: string;
  disabled?: boolean;
  testId?: string;
};

function programLabel(program: Program, locale: string): string {
  const name = locale === 'en' && program.nameEn ? program.nameEn : program.name;
  return `${program.code} · ${name}`;
}

/** Searchable list of the current catalog version's programs (code, Chinese or English name). */
export function ProgramPicker({ value, onChange, onProgramChange, level, knownLabel, disabled, testId }: ProgramPickerProps) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim(), 300);
  const version = useCurrentCatalogVersion();
  const versionId = version.data?.id;
  const programs = useProgramSearch(versionId, level, debounced);

  const options = useMemo(() => {
    const items = programs.data ?? [];
    const result = items.map((program) => ({ value: program.code, label: programLabel(program, locale) }));
    if (value && !items.some((program) => program.code === value)) {
      result.unshift({ value, label: knownLabel ?? value });
    }
    return result;
  }, [programs.data, value, knownLabel, locale]);

  if (version.isSuccess && version.data === null) {
    return <Alert type="warning" showIcon title={t('filings.picker.noCatalog')} />;
  }

  return (
    <Flex vertical gap={4}>
      <Select<string>
        value={value}
        onChange={(code) => {
          onChange?.(code);
          onProgramChange?.((programs.data ?? []).find((program) => program.code === code));
        }}
        options={options}
        loading={programs.isFetching || version.isPending}
        disabled={disabled || !versionId}
        placeholder={t('filings.picker.placeholder')}
        notFoundContent={programs.isFetching ? t('app.loading') : t('filings.picker.empty')}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        onOpenChange={(isOpen) => {
          if (!isOpen) setSearch('');
        }}
        popupMatchSelectWidth={false}
        data-testid={testId}
      />
      {version.data ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('filings.picker.version', { title: version.data.title })}
          {version.data.isSample ? (
            <Tag color="orange" style={{ marginInlineStart: 8 }}>
              {t('filings.picker.sample')}
            </Tag>
          ) : null}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
