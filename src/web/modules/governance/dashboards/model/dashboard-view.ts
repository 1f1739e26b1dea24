import { collegeIdSchema, dashboardQuerySchema, provinceCodeSchema, yearSchema } from '../../../../../shared/contracts/governance/dashboards.js';
import { destinationSnapshotSchema, offeringLevelSchema } from '../../../../../shared/contracts/governance/indicators.js';
import { offeringIdSchema } from '../../../../../shared/contracts/governance/public-info.js';
import type { DashboardView } from '../api/dashboards.api.js';

/** Where the reader is in the drill-down, read from the address so every view can be linked to. */
export type DrillState = {
  view: DashboardView;
  /** An offering of the college in view, when drilled that far. */
  offeringId: string | null;
};

export type DrillLevel = 'national' | 'province' | 'college' | 'offering';

function parse<T>(schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } }, value: string | null): T | undefined {
  if (value === null || value === '') return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** Invalid or unknown parameters are dropped, so a mangled link still opens a dashboard. */
export function readDrillState(params: URLSearchParams): DrillState {
  const view: DashboardView = {
    year: parse(yearSchema, params.get('year')),
    province: parse(provinceCodeSchema, params.get('province')),
    college: parse(collegeIdSchema, params.get('college')),
    level: parse(offeringLevelSchema, params.get('level')),
    snapshot: parse(destinationSnapshotSchema, params.get('snapshot')),
  };
  const offeringId = view.college ? (parse(offeringIdSchema, params.get('offering')) ?? null) : null;
  return { view: dropUndefined(view), offeringId };
}

function dropUndefined(view: DashboardView): DashboardView {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as DashboardView;
}

export function drillLevel(state: DrillState): DrillLevel {
  if (state.offeringId) return 'offering';
  if (state.view.college) return 'college';
  if (state.view.province) return 'province';
  return 'national';
}

/** The address parameters of a drill state. */
export function writeDrillState(state: DrillState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(dashboardQuerySchema.shape) as Array<keyof DashboardView>) {
    const value = state.view[key];
    if (value !== undefined) params.set(key, String(value));
  }
  if (state.offeringId && state.view.college) params.set('offering', state.offeringId);
  return params;
}

/** One step down (or up): narrowing to a province clears the college and offering below it. */
export function drillTo(state: DrillState, target: { province?: string; college?: string; offeringId?: string } | 'national'): DrillState {
  const { province: _province, college: _college, ...filters } = state.view;
  if (target === 'national') return { view: filters, offeringId: null };
  if (target.college) return { view: { ...filters, province: target.province ?? state.view.province, college: target.college }, offeringId: target.offeringId ?? null };
  return { view: { ...filters, province: target.province ?? state.view.province }, offeringId: null };
}
