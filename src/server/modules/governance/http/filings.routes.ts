import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createFilingCycleRequestSchema,
  createFilingItemRequestSchema,
  cycleCollegeParamSchema,
  filingCycleListSchema,
  filingCycleSchema,
  filingItemPageSchema,
  filingItemSchema,
  filingNoteRequestSchema,
  forwardFilingRequestSchema,
  itemIdParamSchema,
  listFilingItemsQuerySchema,
  rejectFilingRequestSchema,
  returnFilingRequestSchema,
  timelineSchema,
  updateFilingCycleRequestSchema,
  updateFilingItemRequestSchema,
  yearParamSchema,
  type FilingAction,
} from '../../../../shared/contracts/governance/filings.js';
import { listOfferingsQuerySchema, offeringPageSchema } from '../../../../shared/contracts/governance/offerings.js';
import type { GovernanceDeps } from '../governance-deps.js';
import { createCycle, getCycle, listCycles, updateCycle } from '../use-cases/manage-filing-cycles.js';
import { createFilingItem, getCollegeCycleTimeline, getFilingItem, getFilingItemTimeline, listFilingItemsPage, updateFilingItemRequest } from '../use-cases/filing-items.js';
import { moveFilingItem } from '../use-cases/move-filing-item.js';
import { listOfferingsPage } from '../use-cases/offerings.js';

const tags = ['governance'];

/** The workflow steps as routes: POST /filing-items/:id/<path>. */
const actionRoutes: { path: string; action: FilingAction; summary: string; body: typeof filingNoteRequestSchema | typeof returnFilingRequestSchema | typeof forwardFilingRequestSchema | typeof rejectFilingRequestSchema; isBodyOptional: boolean }[] = [
  { path: 'internal-review', action: 'internal_review', summary: 'College: put a draft (or returned item) into internal review', body: filingNoteRequestSchema, isBodyOptional: true },
  { path: 'submit', action: 'submit', summary: 'College: file the item with the province (before the college deadline; controlled programs before 1 November)', body: filingNoteRequestSchema, isBodyOptional: true },
  { path: 'return', action: 'return', summary: 'Province: return the item to the college with a reason', body: returnFilingRequestSchema, isBodyOptional: false },
  { path: 'record', action: 'record', summary: 'Province: record (备案) a non-controlled item, within the province’s caps; the offering may enroll', body: filingNoteRequestSchema, isBodyOptional: true },
  { path: 'forward', action: 'forward', summary: 'Province: forward a controlled program for national approval with the sector regulator’s opinion', body: forwardFilingRequestSchema, isBodyOptional: false },
  { path: 'approve', action: 'approve', summary: 'National: approve a controlled program; the offering may enroll', body: filingNoteRequestSchema, isBodyOptional: true },
  { path: 'reject', action: 'reject', summary: 'National: reject a controlled program with a reason', body: rejectFilingRequestSchema, isBodyOptional: false },
];

/** /api/v1/governance: offerings, filing cycles, filing items and their timelines. */
export function createFilingRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/offerings',
      { schema: { tags, summary: 'Program offerings in force (a year, or each one’s latest status), scope-filtered and cursor-paged', querystring: listOfferingsQuerySchema, response: { 200: offeringPageSchema } } },
      async (request) => listOfferingsPage(deps, request.actor, request.query),
    );

    app.get('/filing-cycles', { schema: { tags, summary: 'Filing cycles with their deadlines, newest first', response: { 200: filingCycleListSchema } } }, async (request) => listCycles(deps, request.actor));
    app.post(
      '/filing-cycles',
      { schema: { tags, summary: 'National: open the filing cycle of an enrollment year (deadlines default to the reference calendar)', body: createFilingCycleRequestSchema, response: { 201: filingCycleSchema } } },
      async (request, reply) => reply.status(201).send(await createCycle(deps, request.actor, request.body)),
    );
    app.get('/filing-cycles/:year', { schema: { tags, summary: 'One filing cycle', params: yearParamSchema, response: { 200: filingCycleSchema } } }, async (request) => getCycle(deps, request.actor, request.params.year));
    app.patch(
      '/filing-cycles/:year',
      { schema: { tags, summary: 'National: change a cycle’s deadlines', params: yearParamSchema, body: updateFilingCycleRequestSchema, response: { 200: filingCycleSchema } } },
      async (request) => updateCycle(deps, request.actor, request.params.year, request.body),
    );
    app.get(
      '/filing-cycles/:year/colleges/:collegeId/timeline',
      { schema: { tags, summary: 'Every filing step of one college in one cycle, oldest first', params: cycleCollegeParamSchema, response: { 200: timelineSchema } } },
      async (request) => getCollegeCycleTimeline(deps, request.actor, request.params.year, request.params.collegeId),
    );

    app.get('/filing-items', { schema: { tags, summary: 'Filing items, newest change first, scope-filtered', querystring: listFilingItemsQuerySchema, response: { 200: filingItemPageSchema } } }, async (request) =>
      listFilingItemsPage(deps, request.actor, request.query),
    );
    app.post(
      '/filing-items',
      { schema: { tags, summary: 'College: draft a new, adjusted, suspended or withdrawn offering with its justification', body: createFilingItemRequestSchema, response: { 201: filingItemSchema } } },
      async (request, reply) => reply.status(201).send(await createFilingItem(deps, request.actor, request.body)),
    );
    app.get('/filing-items/:id', { schema: { tags, summary: 'One filing item with the actions the caller may take', params: itemIdParamSchema, response: { 200: filingItemSchema } } }, async (request) =>
      getFilingItem(deps, request.actor, request.params.id),
    );
    app.patch(
      '/filing-items/:id',
      { schema: { tags, summary: 'College: change a draft or returned item', params: itemIdParamSchema, body: updateFilingItemRequestSchema, response: { 200: filingItemSchema } } },
      async (request) => updateFilingItemRequest(deps, request.actor, request.params.id, request.body),
    );
    app.get('/filing-items/:id/timeline', { schema: { tags, summary: 'Every step of one filing item, oldest first', params: itemIdParamSchema, response: { 200: timelineSchema } } }, async (request) =>
      getFilingItemTimeline(deps, request.actor, request.params.id),
    );

    for (const route of actionRoutes) {
      app.post(
        `/filing-items/:id/${route.path}`,
        { schema: { tags, summary: route.summary, params: itemIdParamSchema, body: route.isBodyOptional ? route.body.nullish() : route.body, response: { 200: filingItemSchema } } },
        async (request) => moveFilingItem(deps, request.actor, request.params.id, route.action, request.body ?? {}),
      );
    }
  };
}
