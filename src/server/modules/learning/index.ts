import type { FastifyPluginAsync } from 'fastify';
import type { PlatformDeps } from '../../platform/context/platform-deps.js';
import type { CatalogApi } from '../catalog/index.js';
import type { InstitutionsApi } from '../institutions/index.js';
import type { LrsApi } from '../lrs/index.js';
import { createCourseRoutes } from './http/courses.routes.js';
import { createFileRoutes } from './http/files.routes.js';
import { createResourceRoutes } from './http/routes.js';
import type { FileStore, UploadStaging } from './storage/file-store.js';
import { createLocalDiskStore } from './storage/local-disk-store.js';
import type { LearningDeps } from './use-cases/learning-deps.js';

export type LearningModule = { routes: FastifyPluginAsync; deps: LearningDeps };

export type LearningModuleDeps = PlatformDeps & {
  catalog: Pick<CatalogApi, 'listVersions' | 'findPrograms'>;
  institutions: Pick<InstitutionsApi, 'scopeLabel' | 'scopeExists'>;
  lrs: LrsApi;
  /** Defaults to the local-disk store under `config.filesDir`; an S3-compatible store can be passed instead. */
  storage?: { files: FileStore; staging: UploadStaging };
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
  return {
    routes: async (app) => {
      await app.register(createResourceRoutes(learningDeps));
      await app.register(createFileRoutes(learningDeps));
      await app.register(createCourseRoutes(learningDeps));
    },
    deps: learningDeps,
  };
}

export { learningErrors } from './errors.js';
export { courseErrors } from './courses.errors.js';
export { COURSE_COMPLETED, type CourseCompleted, type CourseAudience } from './events.js';
export type { FileStore, UploadStaging } from './storage/file-store.js';
