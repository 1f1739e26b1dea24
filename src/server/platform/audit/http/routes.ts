import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditPageSchema, auditVerificationSchema, listAuditQuerySchema } from '../../../../shared/contracts/platform/audit.js';
import type { Db } from '../../../db/open-db.js';
import type { Authorizer } from '../../authz/policy.js';
import { decodeCursor, toPage } from '../../paging.js';
import { listAuditEntries } from '../audit.repository.js';
import { auditPermissions } from '../policies.js';
import { verifyAuditChain } from '../verify-audit-chain.js';

export function createAuditRoutes(db: Db, authz: Authorizer): FastifyPluginAsyncZod {
  const tags = ['audit'];
  return async (app) => {
    app.get('/entries', { schema: { tags, summary: 'Audit log entries in the auditor’s scope, newest first', querystring: listAuditQuerySchema, response: { 200: auditPageSchema } } }, async (request) => {
      const filter = authz.scopeFilter(request.actor, auditPermissions.readLog);
      const query = request.query;
      const rows = await listAuditEntries(db, {
        filter,
        actorId: query.actorId,
        action: query.action,
        entityType: query.entityType,
        entityId: query.entityId,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        beforeSeq: decodeCursor<number>(query.cursor, 'number'),
        limit: query.limit + 1,
      });
      const page = toPage(rows, query.limit, (row) => row.seq);
      return {
        items: page.items.map((row) => ({
          seq: row.seq,
          at: row.at.toISOString(),
          actorType: row.actorType,
          actorId: row.actorId,
          actorLabel: row.actorLabel,
          action: row.action,
          entityType: row.entityType,
          entityId: row.entityId,
          scope: row.scope,
          details: row.details,
          hash: row.hash,
        })),
        nextCursor: page.nextCursor,
      };
    });

    app.get('/verify', { schema: { tags, summary: 'Verify the whole hash chain', response: { 200: auditVerificationSchema } } }, async (request) => {
      await authz.authorize(request.actor, auditPermissions.verifyChain, 'national');
      const result = await verifyAuditChain(db);
      return { checked: result.checked, lastSeq: result.lastSeq, isIntact: result.isIntact, problems: result.problems, verifiedAt: new Date().toISOString() };
    });
  };
}
