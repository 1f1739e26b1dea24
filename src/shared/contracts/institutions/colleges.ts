import { z } from 'zod';
import { collegeSchema } from '../platform/institutions.js';
import { importIssueSchema, uploadedFileSchema } from './spreadsheet-import.js';

/** 双高计划 (Double High Plan) rounds: 2019–2023 and 2025–2029. */
export const doubleHighRoundSchema = z.enum(['2019', '2025']);
/** A flagship school (高水平学校) or a flagship program group (高水平专业群), with its tier (档次). */
export const doubleHighKindSchema = z.enum(['school', 'program-group']);
export const doubleHighTierSchema = z.enum(['A', 'B', 'C']);

export const doubleHighMembershipSchema = z.object({
  round: doubleHighRoundSchema,
  kind: doubleHighKindSchema,
  tier: doubleHighTierSchema.nullable(),
  /** The program group's name (for kind program-group); empty for a school. */
  groupName: z.string().trim().max(100).default(''),
});
export type DoubleHighMembership = z.infer<typeof doubleHighMembershipSchema>;

export const setDoubleHighRequestSchema = z.object({
  memberships: z.array(doubleHighMembershipSchema).max(20),
});
export type SetDoubleHighRequest = z.infer<typeof setDoubleHighRequestSchema>;

/** How a source city name was mapped to a GB/T 2260 region. */
export const regionMatchSchema = z.enum(['prefecture', 'county', 'province']);

export const collegeDetailSchema = collegeSchema.extend({
  /** 10-digit MOE institution code (学校标识码) for real institutions; null for demo and generated ones. */
  moeCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  regionName: z.string().nullable(),
  /** The city as written in the imported list, and how it was matched. */
  city: z.string().nullable(),
  regionMatch: regionMatchSchema.nullable(),
  /** The source list's ownership value when Luban's public/private loses detail (e.g. 中外合作办学 → private). */
  sourceOwnership: z.string().nullable(),
  website: z.string().nullable(),
  doubleHigh: z.array(doubleHighMembershipSchema),
  /** File name of the import that last wrote this college. */
  source: z.string().nullable(),
});
export type CollegeDetail = z.infer<typeof collegeDetailSchema>;

export const collegeIdParamSchema = z.object({ id: z.string().min(1).max(40) });

/**
 * Import of a college list. Layouts: the MOE list (学校名称 / 学校标识码 / 主管部门 / 所在地 /
 * 办学层次 / 备注, optionally grouped under province heading rows), its English CSV
 * reshaping (moe_code, name, province, city, level, nature, affiliation), and Luban's own
 * template (adds 层次 secondary / higher / undergraduate vocational and Double High).
 */
export const collegeImportRequestSchema = z.object({
  file: uploadedFileSchema,
  /**
   * A province administrator may import only colleges in their province. `reject` (default)
   * refuses the whole import when any row lies outside; `skip` leaves those rows out and counts them.
   */
  outsideScope: z.enum(['reject', 'skip']).default('reject'),
});
export type CollegeImportRequest = z.infer<typeof collegeImportRequestSchema>;

export const collegeImportCommitRequestSchema = collegeImportRequestSchema.extend({
  /** The preview's fingerprint: the commit applies exactly the file that was previewed. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CollegeImportCommitRequest = z.infer<typeof collegeImportCommitRequestSchema>;

export const collegeImportRowSchema = z.object({
  row: z.number().int(),
  id: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  regionCode: z.string(),
  regionMatch: regionMatchSchema,
  level: collegeSchema.shape.level,
  ownership: collegeSchema.shape.ownership,
  authority: z.string().nullable(),
  isNew: z.boolean(),
});

export const collegeImportPreviewSchema = z.object({
  fingerprint: z.string(),
  layout: z.enum(['moe-list', 'moe-csv', 'luban']).nullable(),
  /** True when there are no issues and at least one row to import. */
  isCommittable: z.boolean(),
  summary: z.object({
    rowsRead: z.number().int(),
    toImport: z.number().int(),
    toCreate: z.number().int(),
    toUpdate: z.number().int(),
    byLevel: z.object({ secondary: z.number().int(), higher: z.number().int(), undergraduate: z.number().int() }),
    /** 本科 rows of the MOE list: general universities (vocational-undergraduate ones are not flagged there). */
    skippedUndergraduate: z.number().int(),
    skippedOutsideScope: z.number().int(),
    provinces: z.number().int(),
    /** Rows whose city matched no prefecture or county: they are placed at their province. */
    placedAtProvince: z.number().int(),
  }),
  issues: z.array(importIssueSchema),
  /** The first rows as they will be written. */
  sample: z.array(collegeImportRowSchema),
});
export type CollegeImportPreview = z.infer<typeof collegeImportPreviewSchema>;

export const collegeImportResultSchema = z.object({
  imported: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type CollegeImportResult = z.infer<typeof collegeImportResultSchema>;
