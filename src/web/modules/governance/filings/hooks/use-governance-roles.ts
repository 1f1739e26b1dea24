import { useMemo } from 'react';
import type { AssignmentView } from '../../../../../shared/contracts/platform/auth.js';
import { useMe } from '../../../auth/index.js';

/** Which governance desks the signed-in user sits at, with the scopes of each. */
export type GovernanceDesks = {
  college: readonly AssignmentView[];
  province: readonly AssignmentView[];
  national: readonly AssignmentView[];
  isCollegeAdmin: boolean;
  isProvinceAdmin: boolean;
  isNationalAdmin: boolean;
};

export function useGovernanceDesks(): GovernanceDesks {
  const { data: me } = useMe();
  return useMemo(() => {
    const assignments = me?.assignments ?? [];
    const college = assignments.filter((assignment) => assignment.role === 'college_admin');
    const province = assignments.filter((assignment) => assignment.role === 'province_admin');
    const national = assignments.filter((assignment) => assignment.role === 'national_admin');
    return {
      college,
      province,
      national,
      isCollegeAdmin: college.length > 0,
      isProvinceAdmin: province.length > 0,
      isNationalAdmin: national.length > 0,
    };
  }, [me]);
}
