import type { SimulationKind } from '../../../../shared/contracts/learning/simulations.js';
import type { DbOrTx } from '../../../db/open-db.js';
import { findPackage } from '../simulations.repository.js';
import { PACKAGE_MIME_TYPES } from './unpack-simulation-package.js';

/** The stored file of the version being launched. */
export type LaunchedVersion = { fileHash: string | null; mimeType: string | null };

/**
 * One way of launching a simulation. `h5_package` (an unpacked zip served sandboxed) is the one
 * kind today; an LTI 1.3 tool will be a second implementation (its target an OIDC login initiation).
 */
export type SimulationKindHandler = {
  kind: SimulationKind;
  handles(version: LaunchedVersion): boolean;
  /** The URL the launcher frames (sandboxed) for this launch, or undefined when the version cannot be launched. */
  launchTarget(db: DbOrTx, version: LaunchedVersion, launch: { token: string; contentOrigin: string }): Promise<{ entryUrl: string } | undefined>;
};

/** Package files live under the launch credential, so the frame's relative URLs resolve inside the package. */
export const SIM_CONTENT_PREFIX = '/sim-content';
export const SIM_API_SCRIPT_PATH = '/sim-api/v1/luban-sim.js';

export const h5PackageKind: SimulationKindHandler = {
  kind: 'h5_package',
  // the upload unpacks both zip types (x-zip-compressed is what browsers on Windows send)
  handles: (version) => version.mimeType !== null && PACKAGE_MIME_TYPES.includes(version.mimeType) && version.fileHash !== null,
  async launchTarget(db, version, launch) {
    if (version.fileHash === null) return undefined;
    const stored = await findPackage(db, version.fileHash);
    if (!stored) return undefined;
    const entry = stored.entry.split('/').map(encodeURIComponent).join('/');
    return { entryUrl: `${launch.contentOrigin}${SIM_CONTENT_PREFIX}/${launch.token}/${entry}` };
  },
};

export const simulationKinds: readonly SimulationKindHandler[] = [h5PackageKind];

export function kindFor(version: LaunchedVersion): SimulationKindHandler | undefined {
  return simulationKinds.find((kind) => kind.handles(version));
}
