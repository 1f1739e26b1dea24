import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  rulePackDetailSchema,
  rulePackIdParamSchema,
  rulePackInvalidSchema,
  rulePackListSchema,
  rulePackVersionListSchema,
  rulePackVersionParamSchema,
  rulePackVersionSchema,
  saveRulePackRequestSchema,
} from '../../../../shared/contracts/governance/rule-pack-api.js';
import type { PackIssue } from '../../../../shared/contracts/governance/rule-packs.js';
import { formatMessage, type Locale } from '../../../platform/i18n/locale.js';
import { indicatorRuleErrors } from '../indicators.errors.js';
import { getRulePack, getRulePackVersion, listRulePackSummaries, listRulePackVersions } from '../use-cases/read-rule-packs.js';
import { saveRulePackVersion, setRulePackVersionActive } from '../use-cases/save-rule-pack.js';
import type { GovernanceDeps } from '../governance-deps.js';

const tags = ['governance'];

/** The 400 answer naming every invalid path of a pack document, in the caller's language. */
function invalidPackProblem(issues: readonly PackIssue[], locale: Locale, instance: string) {
  const errors = issues.map((issue) => ({ field: issue.path.join('.') || '(pack)', code: issue.code, message: issue.message[locale] }));
  const first = errors[0];
  return {
    type: 'https://luban.dev/problems/rule-pack-invalid',
    title: 'RULE_PACK_INVALID' as const,
    status: 400 as const,
    detail: formatMessage(indicatorRuleErrors.RULE_PACK_INVALID.messages[locale], { count: issues.length, first: first ? `${first.field}: ${first.message}` : '' }),
    code: 'RULE_PACK_INVALID' as const,
    instance,
    errors,
    issues: [...issues],
  };
}

/** /api/v1/governance/rule-packs: packs, versions, saving a new version, activation. */
export function createRulePackRoutes(deps: GovernanceDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/rule-packs', { schema: { tags, summary: 'Rule packs the caller may see, with latest and active versions', response: { 200: rulePackListSchema } } }, async (request) => ({
      items: await listRulePackSummaries(deps, request.actor),
    }));

    app.get(
      '/rule-packs/:id',
      { schema: { tags, summary: 'One rule pack with its latest document', params: rulePackIdParamSchema, response: { 200: rulePackDetailSchema } } },
      async (request) => getRulePack(deps, request.actor, request.params.id),
    );

    app.get(
      '/rule-packs/:id/versions',
      { schema: { tags, summary: 'Every saved version of a pack, newest first', params: rulePackIdParamSchema, response: { 200: rulePackVersionListSchema } } },
      async (request) => ({ items: await listRulePackVersions(deps, request.actor, request.params.id) }),
    );

    app.get(
      '/rule-packs/:id/versions/:number',
      { schema: { tags, summary: 'One version of a pack with its document', params: rulePackVersionParamSchema, response: { 200: rulePackVersionSchema } } },
      async (request) => getRulePackVersion(deps, request.actor, request.params.id, request.params.number),
    );

    app.post(
      '/rule-packs/:id/versions',
      {
        schema: {
          tags,
          summary: 'Save a pack document as a new version (the national pack by national admins, a province’s pack by that province); 400 lists every invalid path',
          params: rulePackIdParamSchema,
          body: saveRulePackRequestSchema,
          response: { 201: rulePackVersionSchema, 400: rulePackInvalidSchema },
        },
      },
      async (request, reply) => {
        const outcome = await saveRulePackVersion(deps, request.actor, request.params.id, request.body);
        if (!outcome.ok) {
          return reply.status(400).type('application/problem+json; charset=utf-8').send(invalidPackProblem(outcome.issues, request.locale, request.url.split('?')[0] ?? request.url));
        }
        return reply.status(201).send(outcome.version);
      },
    );

    for (const [action, isActive] of [['activate', true], ['deactivate', false]] as const) {
      app.post(
        `/rule-packs/:id/versions/:number/${action}`,
        {
          schema: {
            tags,
            summary: isActive ? 'Activate a version: it applies in the years its effective dates cover' : 'Deactivate a version',
            params: rulePackVersionParamSchema,
            response: { 200: rulePackVersionSchema },
          },
        },
        async (request) => setRulePackVersionActive(deps, request.actor, request.params.id, request.params.number, isActive),
      );
    }
  };
}
