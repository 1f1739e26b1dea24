import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileQuerySchema, resourceParamSchema } from '../../../../shared/contracts/learning/resources.js';
import { chunkQuerySchema, createUploadSchema, MAX_CHUNK_BYTES, uploadParamSchema, uploadSchema } from '../../../../shared/contracts/learning/uploads.js';
import { AppError } from '../../../platform/errors/app-error.js';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { completeUpload, createUpload, getUpload, putChunk } from '../use-cases/manage-uploads.js';
import { openResourceFile } from '../use-cases/open-resource-file.js';
import { sandboxCsp, setFileHeaders } from './file-headers.js';

const tags = ['learning'];

/** /api/v1/learning: resumable uploads and serving stored files (never as something that executes). */
export function createFileRoutes(deps: LearningDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // chunks arrive as raw bytes; only in this plugin
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: MAX_CHUNK_BYTES }, (_request, body, done) => done(null, body));

    app.post('/uploads', { schema: { tags, summary: 'Start a resumable upload: resource type, file name, declared MIME type, total size (checked against the type\'s limit)', body: createUploadSchema, response: { 201: uploadSchema } } }, async (request, reply) =>
      reply.status(201).send(await createUpload(deps, request.actor, request.body)),
    );

    app.get('/uploads/:id', { schema: { tags, summary: 'Where an upload stands: a restarted client resumes at receivedBytes', params: uploadParamSchema, response: { 200: uploadSchema } } }, async (request) =>
      getUpload(deps, request.actor, request.params.id),
    );

    app.put(
      '/uploads/:id/chunks',
      { bodyLimit: MAX_CHUNK_BYTES, schema: { tags, summary: 'One chunk (application/octet-stream) at ?offset=, which must equal receivedBytes; the first chunk is sniffed', params: uploadParamSchema, querystring: chunkQuerySchema, response: { 200: uploadSchema } } },
      async (request) => putChunk(deps, request.actor, request.params.id, request.query.offset, Buffer.isBuffer(request.body) ? request.body : undefined),
    );

    app.post('/uploads/:id/complete', { schema: { tags, summary: 'Finish an upload: the content is checked again and stored under its hash', params: uploadParamSchema, response: { 200: uploadSchema } } }, async (request) =>
      completeUpload(deps, request.actor, request.params.id),
    );

    app.get(
      '/resources/:id/file',
      { schema: { tags, summary: 'The file of a resource version (Range requests for seeking; download=1 as an attachment, recorded)', params: resourceParamSchema, querystring: fileQuerySchema } },
      async (request, reply) => {
        const isDownload = request.query.download === '1';
        const opened = await openResourceFile(deps, request.actor, request.params.id, { version: request.query.version, rangeHeader: request.headers.range, isDownload });
        setFileHeaders(reply, opened, isDownload);
        if (opened.range === 'unsatisfiable') return reply.status(416).header('content-range', `bytes */${opened.size}`).send();
        if (opened.range) {
          return reply
            .status(206)
            .header('content-range', `bytes ${opened.range.start}-${opened.range.end}/${opened.size}`)
            .header('content-length', opened.range.end - opened.range.start + 1)
            .send(opened.stream);
        }
        return reply.header('content-length', opened.size).send(opened.stream);
      },
    );

    app.get(
      '/resources/:id/sandbox',
      { schema: { tags, summary: 'An H5 page, served only here and only sandboxed (opaque origin: no access to the app, its cookies or its API)', params: resourceParamSchema, querystring: z.object({ version: z.coerce.number().int().min(1).optional() }) } },
      async (request, reply) => {
        const opened = await openResourceFile(deps, request.actor, request.params.id, { version: request.query.version, isDownload: false });
        if (opened.mimeType !== 'text/html' || opened.range !== undefined) throw new AppError('RESOURCE_NOT_H5');
        return reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('content-security-policy', sandboxCsp)
          .header('x-content-type-options', 'nosniff')
          .header('x-frame-options', 'SAMEORIGIN')
          .header('cross-origin-resource-policy', 'same-origin')
          .header('referrer-policy', 'no-referrer')
          .header('cache-control', 'private, no-store')
          .send(opened.stream);
      },
    );
  };
}
