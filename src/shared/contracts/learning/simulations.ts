import { z } from 'zod';
import { resourceLevelSchema } from './resources.js';

/**
 * Virtual simulation training: launching a simulation creates an attempt and a short-lived launch
 * credential; the package reports through the LubanSim JavaScript API (docs/simulation-api.md)
 * and may post xAPI statements itself with that credential.
 */
export const simulationKinds = ['h5_package'] as const;
export const simulationKindSchema = z.enum(simulationKinds);
export type SimulationKind = z.infer<typeof simulationKindSchema>;

export const attemptStatuses = ['launched', 'in_progress', 'completed', 'passed', 'failed'] as const;
export const attemptStatusSchema = z.enum(attemptStatuses);
export type AttemptStatus = z.infer<typeof attemptStatusSchema>;

/** Opaque ids from the course player: recorded with the attempt and in the statements' context. */
const contextIdSchema = z.string().trim().min(1).max(200);

export const launchSimulationSchema = z.object({
  courseId: contextIdSchema.optional(),
  courseItemId: contextIdSchema.optional(),
});
export type LaunchSimulationInput = z.infer<typeof launchSimulationSchema>;

export const simulationParamSchema = z.object({ resourceId: z.uuid() });
export const attemptParamSchema = z.object({ attemptId: z.uuid() });

export const scoreSchema = z
  .object({ raw: z.number().finite(), min: z.number().finite().default(0), max: z.number().finite().default(100) })
  .refine((score) => score.min < score.max, { message: 'min must be below max', path: ['min'] })
  .refine((score) => score.raw >= score.min && score.raw <= score.max, { message: 'raw must lie between min and max', path: ['raw'] });

export const attemptSchema = z.object({
  id: z.uuid(),
  resourceId: z.uuid(),
  resourceTitle: z.record(z.string(), z.string()),
  version: z.number().int(),
  kind: simulationKindSchema,
  learnerId: z.string(),
  learnerName: z.string(),
  courseId: z.string().nullable(),
  courseItemId: z.string().nullable(),
  registration: z.uuid(),
  status: attemptStatusSchema,
  progress: z.number().min(0).max(1),
  score: z.object({ raw: z.number(), min: z.number(), max: z.number(), scaled: z.number() }).nullable(),
  success: z.boolean().nullable(),
  /** Active time reported between events, in seconds. */
  durationSeconds: z.number().int().min(0),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type SimulationAttempt = z.infer<typeof attemptSchema>;

/** What the launcher needs: the attempt, where the package is served and the credential to pass to it. */
export const launchSchema = z.object({
  attempt: attemptSchema,
  /** URL of the package's entry file, to be rendered only in `<iframe sandbox="allow-scripts">`. */
  entryUrl: z.string(),
  /** The origin messages from the package arrive with: `null` (opaque sandbox) or the simulation origin. */
  messageOrigin: z.string(),
  token: z.string(),
  expiresAt: z.string(),
  /** xAPI endpoint and Basic credential for packages that post statements themselves. */
  xapi: z.object({ endpoint: z.string(), auth: z.string(), registration: z.uuid(), activityId: z.string() }),
});
export type SimulationLaunch = z.infer<typeof launchSchema>;

/** One call of the JavaScript API, relayed by the launcher. */
export const simulationEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('progress'), fraction: z.number().min(0).max(1) }),
  z.object({ kind: z.literal('score'), score: scoreSchema }),
  z.object({ kind: z.literal('complete'), success: z.boolean().optional() }),
]);
export type SimulationEvent = z.infer<typeof simulationEventSchema>;

export const attemptEventsSchema = z.object({
  token: z.string().min(20).max(200),
  events: z.array(simulationEventSchema).min(1).max(20),
});
export type AttemptEventsInput = z.infer<typeof attemptEventsSchema>;

export const simulationSchema = z.object({
  id: z.uuid(),
  title: z.record(z.string(), z.string()),
  description: z.record(z.string(), z.string()),
  level: resourceLevelSchema,
  language: z.string(),
  programCodes: z.array(z.string()),
  knowledgePoints: z.array(z.string()),
  providerScopes: z.array(z.string()),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  hasPackage: z.boolean(),
  kind: simulationKindSchema,
});
export type Simulation = z.infer<typeof simulationSchema>;

export const simulationCatalogueQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  level: resourceLevelSchema.optional(),
  language: z.string().max(20).optional(),
  program: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type SimulationCatalogueQuery = z.infer<typeof simulationCatalogueQuerySchema>;

export const attemptListSchema = z.object({ items: z.array(attemptSchema) });

export const attemptSummarySchema = z.object({
  resourceId: z.uuid(),
  attempts: z.number().int(),
  learners: z.number().int(),
  completed: z.number().int(),
  passed: z.number().int(),
  failed: z.number().int(),
  averageScaledScore: z.number().nullable(),
  averageDurationSeconds: z.number().nullable(),
  recent: z.array(attemptSchema),
});
export type AttemptSummary = z.infer<typeof attemptSummarySchema>;
