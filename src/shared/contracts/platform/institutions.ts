import { z } from 'zod';
import { pageQuerySchema, pageSchema } from './common.js';

export const regionLevelSchema = z.enum(['province', 'prefecture', 'county']);
export const regionSchema = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.string(),
  level: regionLevelSchema,
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
});
export type Region = z.infer<typeof regionSchema>;

export const listRegionsQuerySchema = z.object({
  level: regionLevelSchema.optional(),
  parent: z.string().regex(/^\d{6}$/, 'must be a 6-digit GB/T 2260 code').optional(),
});

export const collegeLevelSchema = z.enum(['secondary', 'higher', 'undergraduate']);
export const collegeSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  provinceCode: z.string(),
  regionCode: z.string(),
  level: collegeLevelSchema,
  ownership: z.enum(['public', 'private']),
  authority: z.string().nullable(),
  isDemo: z.boolean(),
});
export type College = z.infer<typeof collegeSchema>;

export const listCollegesQuerySchema = pageQuerySchema.extend({
  province: z.string().regex(/^\d{2}0000$/, 'must be a province code such as 440000').optional(),
  q: z.string().trim().max(100).optional(),
});
export const collegePageSchema = pageSchema(collegeSchema);
