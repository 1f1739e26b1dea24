import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../../../shared/contracts/governance/warnings.js';
import { useCurrentLocale } from '../../../../app/i18n/i18n.js';

/** What a warning is about: an offering (college + program), a college, or a program in a region. */
export function WarningSubject({ warning }: { warning: Warning }) {
  const { t } = useTranslation();
  const locale = useCurrentLocale();
  const college = warning.collegeName?.[locale] ?? warning.collegeId;
  const main = warning.subjectKind === 'program-in-region' ? `${warning.programCode ?? ''} @ ${warning.regionCode ?? warning.provinceCode}` : (college ?? warning.provinceCode);
  const secondary = warning.subjectKind === 'offering' ? warning.programCode : t(`warnings.subjects.${warning.subjectKind}`);
  return (
    <Space orientation="vertical" size={0}>
      <span>{main}</span>
      {secondary ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {secondary}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
