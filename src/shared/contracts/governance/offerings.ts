import { z } from 'zod';
import { pageQuerySchema, pageSchema } from '../platform/common.js';

/**
 * Program offerings (专业点): college × catalog program × year. A row exists for every year in
 * which a filing (or a baseline import) set the offering's status; in a later year without a row
 * the offering keeps the status of the latest earlier row. Only recorded (备案) and approved
 * (审批, nationally controlled programs) offerings may enroll: others get no enrollment plan.
 */
export const offeringStatusSchema = z.enum(['recorded', 'approved', 'suspended', 'withdrawn']);
export type OfferingStatus = z.infer<typeof offeringStatusSchema>;
export const offeringStatuses = offeringStatusSchema.options;

/** Statuses under which an offering may enroll students (gets an enrollment plan). */
export const enrollableStatuses: readonly OfferingStatus[] = ['recorded', 'approved'];

export const offeringSchema = z.object({
  /** Stable across years: `${collegeId}:${programCode}` (the id indicators use). */
  id: z.string(),
  provinceCode: z.string(),
  collegeId: z.string(),
  programCode: z.string(),
  programName: z.string(),
  /** The catalog version the program code was checked against. */
  catalogVersionId: z.string(),
  /** The year asked for (or the year of the latest row when no year was asked). */
  year: z.number().int(),
  /** The year of the row that set this status (≤ `year`). */
  sinceYear: z.number().int(),
  status: offeringStatusSchema,
  /** recorded or approved: the offering gets an enrollment plan this year. */
  canEnroll: z.boolean(),
  /** The filing item that set the status; null for a baseline import. */
  filingItemId: z.string().nullable(),
  /** Demo or generated data, never to be shown as real. */
  isDemo: z.boolean(),
  updatedAt: z.string(),
});
export type Offering = z.infer<typeof offeringSchema>;
export const offeringPageSchema = pageSchema(offeringSchema);

export const listOfferingsQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Enrollment year: the status in force that year (default: each offering’s latest status)'),
  province: z.string().regex(/^\d{2}0000$/).optional().describe('GB/T 2260 province code'),
  college: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, . _ - (at most 40)').optional().describe('College id'),
  program: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, 'letters, digits, . _ - (at most 40)').optional().describe('Catalog program code'),
  status: offeringStatusSchema.optional(),
  canEnroll: z.enum(['true', 'false']).optional().describe('Only offerings that may (true) or may not (false) enroll'),
});
export type ListOfferingsQuery = z.infer<typeof listOfferingsQuerySchema>;

/** One offering-year to ask about. */
export type OfferingYearKey = { collegeId: string; programCode: string; year: number };
