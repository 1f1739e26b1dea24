import { describe, expect, it } from 'vitest';
import { buildSearchTokens, providerKindsOf, tsvectorText, visibilityTokens, type IndexableResource } from './search-document.js';

const resource: IndexableResource = {
  type: 'video',
  title: { 'zh-CN': '数控技术入门', en: 'CNC technology basics' },
  description: { 'zh-CN': '讲解数控车床的基本操作', en: 'Lathe operation' },
  knowledgePoints: ['G代码编程'],
  programCodes: ['SAMPLE-H070101'],
  categoryCodes: ['SAMPLE-H0701'],
  level: 'higher',
  language: 'zh-CN',
  audience: 'college',
  providerScopes: ['college:DEMO-GD-01', 'enterprise:DEMO-ENT-01'],
  providerProvinces: ['440000'],
};

describe('search documents', () => {
  it('weights title words above knowledge points above description, each token once', () => {
    const tokens = buildSearchTokens(resource);
    expect(tokens.a).toEqual(expect.arrayContaining(['数控', '数控技术', 'cnc', 'basics']));
    expect(tokens.b).toEqual(expect.arrayContaining(['代码', '编程', 'sample-h070101']));
    expect(tokens.c).toContain('车床');
    expect(tokens.c).not.toContain('数控');
  });

  it('stores facets and visibility as tokens', () => {
    const tokens = buildSearchTokens(resource);
    expect(tokens.d).toEqual(expect.arrayContaining(['~type:video', '~level:higher', '~lang:zh-CN', '~cat:SAMPLE-H0701', '~provider:co-built', '~vis:college:DEMO-GD-01', '~vis:province:440000']));
    expect(tokens.d).not.toContain('~vis:public');
  });

  it('makes a public resource visible by one token', () => {
    expect(visibilityTokens({ ...resource, audience: 'public' })).toEqual(['~vis:public']);
  });

  it('calls a college-and-enterprise resource co-built', () => {
    expect(providerKindsOf(['college:A', 'enterprise:B'])).toEqual(['college', 'enterprise', 'co-built']);
    expect(providerKindsOf(['enterprise:B'])).toEqual(['enterprise']);
  });

  it('writes the tokens as tsvector text with a weight on each lexeme, quotes and backslashes escaped', () => {
    expect(tsvectorText({ a: ['数控', "o'clock"], b: ['a\\b', '数控'], c: ['车床'], d: ['~type:video'] })).toBe("'数控':1A 'o''clock':2A 'a\\\\b':3B '车床':4C '~type:video':5");
    expect(tsvectorText({ a: [], b: [], c: [], d: [] })).toBe('');
  });
});
