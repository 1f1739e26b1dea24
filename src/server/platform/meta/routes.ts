import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { metaSchema } from '../../../shared/contracts/platform/auth.js';

/** /api/v1/meta: what the web app needs before sign-in (demo label, version). */
export function createMetaRoutes(meta: { version: string; mode: 'demo' | 'production'; engine: 'pglite' | 'postgres' }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/meta', { schema: { tags: ['meta'], summary: 'Service name, version and mode', response: { 200: metaSchema } }, config: { isPublic: true } }, async () => ({
      name: 'Luban' as const,
      ...meta,
    }));
  };
}
