import type { FastifyPluginAsync } from 'fastify';
import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { CatalogApi } from '../catalog/index.js';
import type { InstitutionsApi } from '../institutions/index.js';
import type { LrsApi } from '../lrs/index.js';
import { findCourse, listCoreCoursesForRevisionAge } from './courses.repository.js';
import { createCommentRoutes } from './http/comments.routes.js';
import { createCourseRoutes } from './http/courses.routes.js';
import { createFileRoutes } from './http/files.routes.js';
import { createResourceRoutes } from './http/routes.js';
import { createSimulationContentRoutes } from './http/simulation-content.routes.js';
import { createSimulationRoutes } from './http/simulations.routes.js';
import { createTextbookRoutes } from './http/textbooks.routes.js';
import { createTrainingRoutes } from './http/training.routes.js';
import type { FileStore, UploadStaging } from './storage/file-store.js';
import { createLocalDiskStore } from './storage/local-disk-store.js';
import type { LearningDeps } from './use-cases/learning-deps.js';
import { LAUNCH_KEY_PREFIX } from './use-cases/launch-simulation.js';
import { createLaunchCredentialResolver } from './use-cases/report-simulation-events.js';
import { recordCompletedCourse, trainingHoursFor } from './use-cases/training-records.js';
import { COURSE_COMPLETED as COURSE_COMPLETED_EVENT, type CourseCompleted as CourseCompletedEvent } from './events.js';
import type { TrainingYearSummary } from '../../../shared/contracts/learning/training.js';
import type { CreateTextbookInput, SaveChaptersInput } from '../../../shared/contracts/learning/textbooks.js';
import type { Actor } from '../../platform/authz/actor.js';
import { createTextbook, saveChapters } from './use-cases/manage-textbooks.js';

export type LearningModule = {
  routes: FastifyPluginAsync;
  /** Simulation package files (/sim-content/…) and the LubanSim script (/sim-api/…); register at the root. */
  simulationContentRoutes: FastifyPluginAsync;
  deps: LearningDeps;
  api: LearningApi;
};

/** What other modules (teachers) read from the learning platform. */
export type LearningApi = {
  /** A teacher's approved training hours in one calendar year, by category (enterprise practice on its own for dual qualification). */
  trainingHoursFor(teacherUserId: string, year: number): Promise<TrainingYearSummary>;
  /**
   * For the demo seed (and imports of existing books): a textbook as it stood at `at`: created with
   * its first edition and its chapters saved as a substantive revision, both dated `at`, so its
   * revision age counts from then. The actor is the author, authorized as for createTextbook.
   */
  createTextbookAsOf(actor: Actor, at: Date, textbook: CreateTextbookInput, chapters: SaveChaptersInput): Promise<string>;
};

export type LearningModuleDeps = PlatformDeps & {
  catalog: Pick<CatalogApi, 'listVersions' | 'findPrograms'>;
  institutions: Pick<InstitutionsApi, 'scopeLabel' | 'scopeExists'>;
  lrs: LrsApi;
  /** In-app notifications (the governance module's): comment outcomes to their authors. */
  notifications: LearningDeps['notifications'];
  /** Defaults to the local-disk store under `config.filesDir`; an S3-compatible store can be passed instead. */
  storage?: { files: FileStore; staging: UploadStaging };
  /** A separate origin serving simulation packages (LUBAN_SIMULATION_ORIGIN) and the app's origin that frames them. */
  simulations?: { origin?: string | undefined; appOrigin?: string | undefined };
};

/**
 * The smart learning platform's resource library: resources with metadata, versions, review and
 * visibility; resumable uploads into a content-addressed store; search; learner statements
 * (viewed, downloaded, favourited) stored through the LRS module. Register with `/api/v1/learning`.
 */
export function createLearningModule(deps: LearningModuleDeps): LearningModule {
  const local = deps.storage ? undefined : createLocalDiskStore(deps.config.filesDir);
  const files = deps.storage?.files ?? local;
  const staging = deps.storage?.staging ?? local?.staging;
  if (!files || !staging) throw new Error('learning: no file store');
  const learningDeps: LearningDeps = { ...deps, files, staging };
  // simulation packages may post xAPI statements themselves with their launch credential
  deps.lrs.registerDelegatedCredentials(LAUNCH_KEY_PREFIX, createLaunchCredentialResolver(learningDeps));
  const simulationOrigin = deps.simulations?.origin;
  // teacher-development courses become training records (idempotent per course and teacher)
  deps.events.subscribe<CourseCompletedEvent>(COURSE_COMPLETED_EVENT, async (event) => {
    await recordCompletedCourse({ transaction: (work) => deps.db.transaction(work), audit: deps.audit, log: deps.log, courseTitle: async (courseId) => (await findCourse(deps.db, courseId))?.title }, event);
  });
  return {
    routes: async (app) => {
      await app.register(createResourceRoutes(learningDeps));
      await app.register(createFileRoutes(learningDeps));
      await app.register(createSimulationRoutes(learningDeps, { simulationOrigin }));
      await app.register(createCourseRoutes(learningDeps));
      await app.register(createTextbookRoutes({ ...learningDeps, coreCourses: listCoreCoursesForRevisionAge }));
      await app.register(createTrainingRoutes(learningDeps));
      await app.register(createCommentRoutes(learningDeps));
    },
    simulationContentRoutes: createSimulationContentRoutes(learningDeps, { simulationOrigin, appOrigin: deps.simulations?.appOrigin }),
    deps: learningDeps,
    api: {
      trainingHoursFor: (teacherUserId, year) => trainingHoursFor(deps.db, teacherUserId, year),
      createTextbookAsOf: async (actor, at, textbook, chapters) => {
        const then = { ...learningDeps, now: () => at };
        const id = await createTextbook(then, actor, textbook);
        await saveChapters(then, actor, id, chapters);
        return id;
      },
    },
  };
}

export { learningErrors } from './errors.js';
export { simulationErrors } from './simulations.errors.js';
export { textbookErrors } from './textbooks.errors.js';
export type { TrainingYearSummary } from '../../../shared/contracts/learning/training.js';
export { courseErrors } from './courses.errors.js';
export { commentErrors } from './comments.errors.js';
export { COURSE_COMPLETED, type CourseCompleted, type CourseAudience } from './events.js';
export type { FileStore, UploadStaging } from './storage/file-store.js';
