/**
 * Builds `tsquery` text from already-segmented terms and facet tokens. Cast with `::tsquery`
 * (not `to_tsquery`) so lexemes stay exactly as indexed; every lexeme is quoted, so nothing a
 * user types can become an operator.
 */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Facet and visibility tokens start with `~`, which no segmented word can start with. */
export const facetToken = (name: string, value: string): string => `~${name}:${value}`;

export type TsQueryParts = {
  /** Segmented terms, all required; the last one also matches as a prefix (type-ahead) unless `isLastPrefix` is false. */
  terms: readonly string[];
  isLastPrefix?: boolean;
  /** Tokens that must all be present (facet filters). */
  required: readonly string[];
  /** At least one must be present (what the reader may see); undefined means no restriction. */
  anyOf: readonly string[] | undefined;
};

export function buildTsQuery(parts: TsQueryParts): string | undefined {
  const prefixAt = parts.isLastPrefix === false ? -1 : parts.terms.length - 1;
  const clauses: string[] = parts.terms.map((term, index) => (index === prefixAt ? `${quoteLexeme(term)}:*` : quoteLexeme(term)));
  clauses.push(...parts.required.map(quoteLexeme));
  if (parts.anyOf !== undefined) {
    // an empty list reaches nothing: a token no document carries
    const tokens = parts.anyOf.length > 0 ? parts.anyOf : [facetToken('vis', 'none')];
    clauses.push(`(${tokens.map(quoteLexeme).join(' | ')})`);
  }
  return clauses.length > 0 ? clauses.join(' & ') : undefined;
}

/** `query` restricted to documents holding at least one of `tokens` (a recency window, say). */
export function withAnyOf(query: string | undefined, tokens: readonly string[]): string {
  const clause = `(${(tokens.length > 0 ? tokens : [facetToken('vis', 'none')]).map(quoteLexeme).join(' | ')})`;
  return query === undefined ? clause : `${query} & ${clause}`;
}
