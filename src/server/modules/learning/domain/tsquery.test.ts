import { describe, expect, it } from 'vitest';
import { buildTsQuery, facetToken, quoteLexeme, withAnyOf } from './tsquery.js';

describe('tsquery text', () => {
  it('quotes lexemes so operators and quotes in user text stay literal', () => {
    expect(quoteLexeme("o'brien")).toBe("'o''brien'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme('x & !y | z')).toBe("'x & !y | z'");
  });

  it('requires every term, prefixes the last, and adds facet and visibility clauses', () => {
    const text = buildTsQuery({ terms: ['数控', 'tech'], required: [facetToken('type', 'video')], anyOf: [facetToken('vis', 'public'), facetToken('vis', 'college:DEMO-GD-01')] });
    expect(text).toBe("'数控' & 'tech':* & '~type:video' & ('~vis:public' | '~vis:college:DEMO-GD-01')");
  });

  it('matches nothing for a reader with no reach and everything with no parts', () => {
    expect(buildTsQuery({ terms: [], required: [], anyOf: [] })).toBe("('~vis:none')");
    expect(buildTsQuery({ terms: [], required: [], anyOf: undefined })).toBeUndefined();
  });

  it('adds a clause of alternatives to a query, or is that clause alone', () => {
    expect(withAnyOf("'数控' & '~type:video'", ['~pm:202611', '~pm:202610'])).toBe("'数控' & '~type:video' & ('~pm:202611' | '~pm:202610')");
    expect(withAnyOf(undefined, ['~pm:202611'])).toBe("('~pm:202611')");
  });
});
