import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../shared/contracts/platform/common.js';
import { AppError, type ErrorCatalog } from '../platform/errors/app-error.js';
import { formatMessage, type Locale } from '../platform/i18n/locale.js';
import { translateIssue } from './zod-messages.js';

type FieldError = NonNullable<Problem['errors']>[number];

const fastifyCodeMap: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Maps domain codes and framework errors to RFC 9457 problem details, once, at the edge. */
export function createProblemMapper(catalog: ErrorCatalog) {
  function render(code: string, params: Record<string, string | number>, locale: Locale) {
    const definition = catalog[code] ?? catalog.INTERNAL!;
    return { status: definition.status, message: formatMessage(definition.messages[locale], params) };
  }

  function problem(request: FastifyRequest, code: string, params: Record<string, string | number>, errors?: FieldError[]): Problem {
    const { status, message } = render(code, params, request.locale);
    return {
      type: `https://luban.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
      title: code,
      status,
      detail: message,
      code,
      instance: request.url.split('?')[0] ?? request.url,
      ...(errors && errors.length > 0 ? { errors } : {}),
    };
  }

  function toProblem(error: unknown, request: FastifyRequest): Problem {
    const locale = request.locale;
    if (error instanceof AppError) {
      const errors = error.fieldIssues.map((issue) => ({
        field: issue.field,
        code: issue.code,
        message: translateIssue(issue.code, issue.params ?? {}, issue.code, locale),
      }));
      return problem(request, error.code, error.params, errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const field = path || (error.validationContext ?? 'body');
        return { field, code: issue.keyword, message: translateIssue(issue.keyword, issue.params, issue.message ?? '', locale) };
      });
      const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return problem(request, 'VALIDATION_FAILED', { summary }, errors);
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.code && fastifyCodeMap[fastifyError.code]) {
      return problem(request, fastifyCodeMap[fastifyError.code]!, { type: String(request.headers['content-type'] ?? '') });
    }
    if (fastifyError.statusCode === 429) {
      return problem(request, 'RATE_LIMITED', { seconds: Math.ceil(Number(fastifyError.message.match(/\d+/)?.[0] ?? 60)) });
    }
    if (error instanceof SyntaxError || fastifyError.statusCode === 400) return problem(request, 'MALFORMED_BODY', {});
    return problem(request, 'INTERNAL', { requestId: request.id });
  }

  function send(reply: FastifyReply, body: Problem) {
    return reply.status(body.status).type('application/problem+json; charset=utf-8').send(body);
  }

  return { toProblem, problem, send };
}
