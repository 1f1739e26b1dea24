import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { LearningDeps } from '../use-cases/learning-deps.js';
import { openPackageFile } from '../use-cases/open-package-file.js';
import { lubanSimScript } from './luban-sim-script.js';
import { packageCsp, setPackageFileHeaders } from './simulation-headers.js';

export type SimulationContentOptions = {
  /** Origin package files are served from when it is a separate one (LUBAN_SIMULATION_ORIGIN); else the request's own. */
  simulationOrigin?: string | undefined;
  /** The app's origin, allowed to frame packages served from a separate origin. */
  appOrigin?: string | undefined;
};

export const requestOrigin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/**
 * Package files under /sim-content/<launch credential>/<path> and the LubanSim script at
 * /sim-api/v1/luban-sim.js. Outside /api: no session is needed or used, the credential in the
 * path is the authorization, and every response carries the sandboxing CSP.
 */
export function createSimulationContentRoutes(deps: LearningDeps, options: SimulationContentOptions = {}): FastifyPluginAsync {
  return async (app) => {
    app.get('/sim-api/v1/luban-sim.js', { config: { isPublic: true }, schema: { hide: true } }, async (_request, reply) =>
      reply
        .header('content-type', 'text/javascript; charset=utf-8')
        .header('x-content-type-options', 'nosniff')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('access-control-allow-origin', '*')
        .header('cache-control', 'public, max-age=300')
        .send(lubanSimScript),
    );

    app.get<{ Params: { token: string; '*': string } }>('/sim-content/:token/*', { config: { isPublic: true }, schema: { hide: true } }, async (request, reply) => {
      const { token } = request.params;
      const file = await openPackageFile(deps, token, request.params['*']);
      const contentOrigin = options.simulationOrigin ?? requestOrigin(request);
      const frameAncestors = options.simulationOrigin && options.appOrigin ? options.appOrigin : "'self'";
      setPackageFileHeaders(reply, file, packageCsp({ contentOrigin, token, frameAncestors }));
      return reply.send(file.stream);
    });
  };
}
