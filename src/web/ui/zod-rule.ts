import type { FormInstance, FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../app/api-client.js';

type Issue = z.core.$ZodIssue;

/** Empty inputs mean "not given", so optional contract fields accept them. */
export function emptyToUndefined(value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

/** A translated message for a zod issue; `formatHint` replaces the generic "invalid format". */
export function describeIssue(issue: Issue, t: TFunction, formatHint?: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return t('validation.required');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return t('validation.tooFewItems', { min });
      return min <= 1 ? t('validation.required') : t('validation.tooShort', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return t('validation.tooManyItems', { max });
      return t('validation.tooLong', { max });
    }
    case 'invalid_format':
      if (formatHint) return formatHint;
      return issue.format === 'email' ? t('validation.invalidEmail') : t('validation.invalidFormat');
    case 'invalid_value':
      return t('validation.invalidValue');
    default:
      return formatHint ?? t('validation.invalidValue');
  }
}

/**
 * antd form rules from the shared contract schemas, so the browser checks
 * exactly what the server will check. Messages are translated here because
 * the contracts' own messages are English.
 */
export function useZodRule() {
  const { t } = useTranslation();
  return useCallback(
    (schema: z.ZodType, formatHint?: string): FormRule => ({
      validator: async (_rule, value: unknown) => {
        const input = emptyToUndefined(value);
        const result = schema.safeParse(input);
        if (result.success) return;
        if (input === undefined) throw new Error(t('validation.required'));
        const issue = result.error.issues[0];
        throw new Error(issue ? describeIssue(issue, t, formatHint) : t('validation.invalidValue'));
      },
    }),
    [t],
  );
}

/** `assignments.0.scope` → `['assignments', 0, 'scope']`, the antd name path. */
function toNamePath(field: string): Array<string | number> {
  return field
    .replace(/^body[./]/, '')
    .split(/[./]/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's per-field messages next to the matching form fields.
 * Returns true when every field message found a rendered field, so an alert
 * need not repeat them.
 */
export function applyProblemToForm(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem?.errors?.length) return false;
  const fieldErrors = error.problem.errors.map((item) => ({ name: toNamePath(item.field), errors: [item.message] }));
  const placed = fieldErrors.filter((item) => Boolean(form.getFieldInstance(item.name)));
  form.setFields(placed);
  return placed.length === fieldErrors.length;
}
