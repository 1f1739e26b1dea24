import type { Audience, ResourceLevel, ResourceType } from '../../../../shared/contracts/learning/resources.js';
import { segmentForIndex } from './segment.js';
import { facetToken } from './tsquery.js';

/** What one search document is built from (a published resource today; courses and textbooks later). */
export type IndexableResource = {
  type: ResourceType;
  title: Record<string, string>;
  description: Record<string, string>;
  knowledgePoints: readonly string[];
  programCodes: readonly string[];
  categoryCodes: readonly string[];
  level: ResourceLevel;
  language: string;
  audience: Audience;
  providerScopes: readonly string[];
  /** province of each college provider, so a province's readers reach its colleges' resources */
  providerProvinces: readonly string[];
};

export type WeightedTokens = { a: string[]; b: string[]; c: string[]; d: string[] };

export type ProviderKind = 'college' | 'enterprise' | 'co-built';

export function providerKindsOf(providerScopes: readonly string[]): ProviderKind[] {
  const hasCollege = providerScopes.some((scope) => scope.startsWith('college:'));
  const hasEnterprise = providerScopes.some((scope) => scope.startsWith('enterprise:'));
  const kinds: ProviderKind[] = [];
  if (hasCollege) kinds.push('college');
  if (hasEnterprise) kinds.push('enterprise');
  if (hasCollege && hasEnterprise) kinds.push('co-built');
  return kinds;
}

/** Tokens a reader must hold one of: `vis:public`, or the providers and their provinces. */
export function visibilityTokens(resource: Pick<IndexableResource, 'audience' | 'providerScopes' | 'providerProvinces'>): string[] {
  if (resource.audience === 'public') return [facetToken('vis', 'public')];
  return [...resource.providerScopes.map((scope) => facetToken('vis', scope)), ...resource.providerProvinces.map((code) => facetToken('vis', `province:${code}`))];
}

export function facetTokens(resource: IndexableResource): string[] {
  return [
    facetToken('type', resource.type),
    facetToken('level', resource.level),
    facetToken('lang', resource.language),
    ...resource.categoryCodes.map((code) => facetToken('cat', code)),
    ...providerKindsOf(resource.providerScopes).map((kind) => facetToken('provider', kind)),
  ];
}

const unique = (tokens: string[]) => [...new Set(tokens)];

/** Segmented words by weight (title A, knowledge points and program codes B, description C) and facet tokens (D). */
export function buildSearchTokens(resource: IndexableResource): WeightedTokens {
  const titles = Object.values(resource.title).join(' ');
  const descriptions = Object.values(resource.description).join(' ');
  const a = unique(segmentForIndex(titles));
  const b = unique([...segmentForIndex(resource.knowledgePoints.join(' ')), ...resource.programCodes.map((code) => code.toLowerCase())]).filter((token) => !a.includes(token));
  const c = unique(segmentForIndex(descriptions)).filter((token) => !a.includes(token) && !b.includes(token));
  return { a, b, c, d: unique([...facetTokens(resource), ...visibilityTokens(resource)]) };
}

/** A tsvector literal quotes each lexeme; inside it a quote is doubled and a backslash escaped. */
function tsvectorLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** tsvector positions end here (PostgreSQL's limit); later lexemes share the last one. */
const MAX_POSITION = 16_383;

/**
 * The weighted tokens as tsvector text (cast with `::tsvector`): each lexeme with a position and
 * its weight (A, B, C; D is the default and left unmarked). A weight lives on a position, so a
 * lexeme without one (array_to_tsvector) cannot carry it and ts_rank would weigh a title word
 * like a description word. Positions count through title, knowledge points, description and
 * tokens in that order (ts_rank's proximity needs distinct ones: lexemes at one position add
 * nothing to a multi-word rank). A token in several groups keeps the first, highest weight.
 */
export function tsvectorText(tokens: WeightedTokens): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  const add = (list: readonly string[], weight: string) => {
    for (const token of list) {
      if (token.length === 0 || seen.has(token)) continue;
      seen.add(token);
      entries.push(`${tsvectorLexeme(token)}:${Math.min(entries.length + 1, MAX_POSITION)}${weight}`);
    }
  };
  add(tokens.a, 'A');
  add(tokens.b, 'B');
  add(tokens.c, 'C');
  add(tokens.d, '');
  return entries.join(' ');
}
