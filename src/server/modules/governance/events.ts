import type { DomainEvent } from '../../platform/events/event-bus.js';

/** Published after the transaction that moved a filing item commits. */
export const FILING_ITEM_MOVED = 'governance.FilingItemMoved';
export type FilingItemMoved = DomainEvent & {
  type: typeof FILING_ITEM_MOVED;
  itemId: string;
  provinceCode: string;
  collegeId: string;
  programCode: string;
  year: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  /** The offering's status for the year when the step recorded or approved it (or suspended / withdrew it). */
  offeringStatus: string | null;
};

/** Published after warnings are issued (by a rule run or by hand). */
export const WARNINGS_ISSUED = 'governance.WarningsIssued';
export type WarningsIssued = DomainEvent & { type: typeof WARNINGS_ISSUED; warningIds: string[]; runId: string | null; provinceCodes: string[] };

/** Published after a warning moves along its lifecycle. */
export const WARNING_MOVED = 'governance.WarningMoved';
export type WarningMoved = DomainEvent & { type: typeof WARNING_MOVED; warningId: string; provinceCode: string; collegeId: string | null; action: string; fromStatus: string; toStatus: string };
