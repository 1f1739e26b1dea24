import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentView } from '../../shared/contracts/platform/auth.js';
import type { Role } from '../../shared/contracts/platform/roles.js';

const roleColors: Record<Role, string> = {
  national_admin: 'red',
  province_admin: 'volcano',
  college_admin: 'gold',
  teacher: 'green',
  student: 'cyan',
  enterprise: 'blue',
  workshop_partner: 'geekblue',
  auditor: 'purple',
};

export type AssignmentTagProps = {
  assignment: AssignmentView;
};

/** "Province administrator · Guangdong" with the raw scope in a tooltip. */
export function AssignmentTag({ assignment }: AssignmentTagProps) {
  const { t } = useTranslation();
  return (
    <Tooltip title={assignment.scope}>
      <Tag color={roleColors[assignment.role]} style={{ marginBlock: 2, whiteSpace: 'normal' }}>
        {t(`roles.${assignment.role}`)} · {assignment.scopeLabel}
      </Tag>
    </Tooltip>
  );
}

export type AssignmentTagsProps = {
  assignments: readonly AssignmentView[];
};

export function AssignmentTags({ assignments }: AssignmentTagsProps) {
  return (
    <>
      {assignments.map((assignment) => (
        <AssignmentTag key={`${assignment.role}@${assignment.scope}`} assignment={assignment} />
      ))}
    </>
  );
}
