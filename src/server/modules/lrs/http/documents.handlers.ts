import { AppError } from '../../../platform/errors/app-error.js';
import { isIri, isUuid, parseTimestamp } from '../domain/formats.js';
import { parseAgentParameter } from '../domain/statement-query.js';
import type { DocumentTarget } from '../documents.repository.js';
import { describeActivity, describePerson } from '../use-cases/describe-resources.js';
import type { LrsDeps } from '../use-cases/lrs-deps.js';
import { getDocument, getDocumentIds, postDocument, putDocument, removeDocuments } from '../use-cases/manage-documents.js';
import { httpDate, type XapiContext, type XapiResponse } from './xapi-context.js';
import { allowParams, requireParam } from './xapi-request.js';

export type DocumentResource = 'state' | 'activityProfile' | 'agentProfile';

/** Each document resource: its parameters and the name of its document id parameter. */
const RESOURCES: Record<DocumentResource, { params: string[]; idParam: string }> = {
  state: { params: ['activityId', 'agent', 'registration', 'stateId', 'since'], idParam: 'stateId' },
  activityProfile: { params: ['activityId', 'profileId', 'since'], idParam: 'profileId' },
  agentProfile: { params: ['agent', 'profileId', 'since'], idParam: 'profileId' },
};

function invalid(parameter: string, reason: string): never {
  throw new AppError('LRS_INVALID_PARAMETER', { parameter, reason });
}

function activityIdOf(params: Record<string, string>): string {
  const id = requireParam(params, 'activityId');
  return isIri(id) ? id : invalid('activityId', 'must be an IRI');
}

function targetOf(resource: DocumentResource, ctx: XapiContext): DocumentTarget {
  const { params } = ctx;
  const scope = ctx.principal.scope;
  if (resource === 'activityProfile') return { kind: 'activityProfile', scope, activityId: activityIdOf(params) };
  const activityId = resource === 'state' ? activityIdOf(params) : '';
  const agentKey = parseAgentParameter(params.agent).key;
  if (resource === 'agentProfile') return { kind: 'agentProfile', scope, agentKey };
  const registration = params.registration;
  if (registration !== undefined && !isUuid(registration)) invalid('registration', 'must be a UUID');
  return { kind: 'state', scope, agentKey, activityId, registration: registration?.toLowerCase() ?? '' };
}

function sinceOf(params: Record<string, string>): Date | undefined {
  if (params.since === undefined) return undefined;
  const instant = parseTimestamp(params.since);
  return instant === undefined ? invalid('since', 'must be an ISO 8601 timestamp') : new Date(instant);
}

function preconditionsOf(ctx: XapiContext) {
  return { ifMatch: ctx.headers['if-match'], ifNoneMatch: ctx.headers['if-none-match'] };
}

/** GET/PUT/POST/DELETE on /activities/state, /activities/profile and /agents/profile. */
export function documentHandler(resource: DocumentResource) {
  const { params: allowed, idParam } = RESOURCES[resource];
  return async (deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> => {
    allowParams(ctx.params, allowed);
    const target = targetOf(resource, ctx);
    const documentId = ctx.params[idParam];
    switch (ctx.method) {
      case 'GET':
      case 'HEAD': {
        if (documentId === undefined) {
          const { ids, lastModified } = await getDocumentIds(deps, ctx.principal, target, sinceOf(ctx.params));
          return { status: 200, headers: lastModified ? { 'Last-Modified': httpDate(lastModified) } : {}, body: ids };
        }
        const document = await getDocument(deps, ctx.principal, target, documentId);
        const headers = { 'Content-Type': document.contentType, ETag: `"${document.etag}"`, 'Last-Modified': httpDate(document.updated) };
        return { status: 200, headers, body: document.content };
      }
      case 'PUT':
      case 'POST': {
        const id = requireParam(ctx.params, idParam);
        const write = { target, documentId: id, content: ctx.body ?? Buffer.alloc(0), contentType: ctx.contentType || 'application/octet-stream', preconditions: preconditionsOf(ctx), version: ctx.version };
        await (ctx.method === 'PUT' ? putDocument(deps, ctx.principal, write) : postDocument(deps, ctx.principal, write));
        return { status: 204 };
      }
      case 'DELETE':
        if (documentId === undefined && resource !== 'state') requireParam(ctx.params, idParam);
        await removeDocuments(deps, ctx.principal, target, documentId, preconditionsOf(ctx));
        return { status: 204 };
    }
  };
}

export async function getActivity(deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> {
  allowParams(ctx.params, ['activityId']);
  return { status: 200, body: await describeActivity(deps, ctx.principal, activityIdOf(ctx.params)) };
}

export async function getPerson(_deps: LrsDeps, ctx: XapiContext): Promise<XapiResponse> {
  allowParams(ctx.params, ['agent']);
  return { status: 200, body: describePerson(ctx.principal, parseAgentParameter(ctx.params.agent).agent) };
}

/** The About resource: the versions this LRS speaks. */
export async function getAbout(): Promise<XapiResponse> {
  return { status: 200, body: { version: ['1.0.0', '1.0.1', '1.0.2', '1.0.3', '2.0.0'], extensions: {} } };
}
