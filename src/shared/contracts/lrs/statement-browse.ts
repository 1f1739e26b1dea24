import { z } from 'zod';

// RFC 3987: a scheme, then no whitespace or characters IRIs exclude (the LRS's own rule)
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/;

/** An absolute IRI (verb, activity and course ids). */
export const iriSchema = z.string().trim().max(2000).regex(IRI, 'must be an absolute IRI, e.g. https://example.org/activities/1');

const instantSchema = z.iso.datetime({ offset: true });

/**
 * Filters of the administrators' statement browser (GET /api/v1/lrs/statements). `agent` is an
 * xAPI Agent as JSON, a `mailto:` IRI or an e-mail address; it matches the actor and an Agent
 * object. `activity` matches the object, and with `relatedActivities=true` the context
 * activities too (the course a lesson belongs to). `since` is exclusive, `until` inclusive, on
 * the time the LRS stored the statement, as in xAPI.
 */
export const browseStatementsQuerySchema = z.object({
  agent: z.string().trim().min(1).max(2000).optional().describe('Agent JSON, mailto: IRI or e-mail address'),
  verb: iriSchema.optional().describe('Verb IRI'),
  activity: iriSchema.optional().describe('Activity IRI (the object)'),
  relatedActivities: z.enum(['true', 'false']).optional().describe('Also match activities in the context (parent, grouping, …)'),
  registration: z.uuid().optional().describe('Registration UUID'),
  since: instantSchema.optional().describe('Stored after this instant (exclusive)'),
  until: instantSchema.optional().describe('Stored at or before this instant'),
  includeVoided: z.enum(['true', 'false']).optional().describe('Also list voided statements'),
  cursor: z.string().max(200).optional().describe('Opaque cursor from the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100'),
});
export type BrowseStatementsQuery = z.infer<typeof browseStatementsQuerySchema>;

const languageMapSchema = z.record(z.string(), z.string());
export type LanguageMap = z.infer<typeof languageMapSchema>;

/** One statement in the browser: what the table shows, and the statement itself for the drawer. */
export const browsedStatementSchema = z.object({
  id: z.uuid(),
  stored: z.string(),
  timestamp: z.string().nullable(),
  actor: z.object({
    name: z.string().nullable(),
    /** mbox, account (name @ homePage), openid, mbox_sha1sum, or the member count of an anonymous group. */
    identifier: z.string(),
    objectType: z.enum(['Agent', 'Group']),
  }),
  verb: z.object({ id: z.string(), display: languageMapSchema }),
  object: z.object({
    objectType: z.enum(['Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement']),
    /** The activity or statement id, or the agent's identifier. */
    id: z.string().nullable(),
    name: languageMapSchema.nullable(),
  }),
  registration: z.string().nullable(),
  /** Scope of the client that wrote it. */
  scope: z.string(),
  client: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  isVoided: z.boolean(),
  /** The statement as GET /xapi/statements returns it (format=exact). */
  statement: z.record(z.string(), z.unknown()),
});
export type BrowsedStatement = z.infer<typeof browsedStatementSchema>;

export const browsedStatementPageSchema = z.object({ items: z.array(browsedStatementSchema), nextCursor: z.string().nullable() });
export type BrowsedStatementPage = z.infer<typeof browsedStatementPageSchema>;
