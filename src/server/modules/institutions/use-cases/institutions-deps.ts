import type { PlatformDeps } from '../../../platform/context/platform-deps.js';

/** What the institutions use cases need; `onCollegesWritten` keeps the scope directory's cache true. */
export type InstitutionsDeps = Pick<PlatformDeps, 'db' | 'authz' | 'audit'> & {
  onCollegesWritten(rows: readonly { id: string; provinceCode: string }[]): void;
};
