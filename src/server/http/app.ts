import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import './fastify-augment.js';
import type { ErrorCatalog } from '../platform/errors/app-error.js';
import { AppError } from '../platform/errors/app-error.js';
import { createProblemMapper } from './problem.js';
import { registerAuthHooks, type ActorResolver } from './auth-hook.js';
import { contentSecurityPolicy } from './security.js';

export type HttpModule = { prefix: string; routes: FastifyPluginAsync };
export type RouteInfo = { method: string; url: string; isPublic: boolean };

export type AppOptions = {
  secret: string;
  logger: Logger;
  errorCatalog: ErrorCatalog;
  resolver: ActorResolver;
  modules: HttpModule[];
  /** Built web app to serve; skipped when the directory does not exist. */
  webDir: string | undefined;
  isReady(): Promise<boolean>;
  version: string;
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    trustProxy: true,
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const problems = createProblemMapper(options.errorCatalog);
  app.setErrorHandler((error, request, reply) => {
    const body = problems.toProblem(error, request);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: body.code }, 'request refused');
    return problems.send(reply, body);
  });

  await app.register(cookie, { secret: options.secret });
  await app.register(helmet, {
    contentSecurityPolicy,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: true },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Luban API', version: options.version, description: 'Luban vocational-education platform API' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'luban_session' }, apiKey: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });

  registerAuthHooks(app, options.resolver);
  // every route with its access flag, for the authorization-matrix tests
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      routeList.push({ method, url: route.url, isPublic: route.config?.isPublic === true });
    }
  });

  app.get('/healthz', { config: { isPublic: true }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { isPublic: true }, schema: { hide: true } }, async (_request, reply) => {
    const isReady = await options.isReady().catch(() => false);
    return reply.status(isReady ? 200 : 503).send({ status: isReady ? 'ready' : 'not ready' });
  });

  for (const module of options.modules) await app.register(module.routes, { prefix: module.prefix });

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // wildcard: files are looked up per request, so a rebuild is served without a restart;
    // hashed assets are immutable, index.html is never cached (an upgrade must not load deleted chunks)
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: true,
      index: false,
      // a directory (`/` above all) is not a file: the not-found handler answers it with the app shell
      allowedPath: (pathName) => !pathName.endsWith('/'),
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const [pathname = request.url] = request.url.split('?');
    const isApi = pathname.startsWith('/api/') || pathname.startsWith('/xapi') || pathname.startsWith('/open-data');
    // a missing file (an old asset, a typo) is a 404, not the app shell
    const looksLikeFile = pathname.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(pathname);
    if (!isApi && !looksLikeFile && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html', { cacheControl: false });
    }
    throw new AppError('ROUTE_NOT_FOUND', { method: request.method, path: pathname });
  });
  return app;
}
