import { describe, expect, it } from 'vitest';
import { canonicalTerms, createTermMatcher } from './comment-terms.js';

describe('blocked-term matching', () => {
  const match = createTermMatcher(['加微信', '代写', 'viagra', 'buy followers', 'ass', 'ＱＱ']);

  it('finds Chinese terms through spaces, punctuation and invisible characters', () => {
    expect(match('作业答案请加微信')).toEqual(['加微信']);
    expect(match('加 微 信 abc')).toEqual(['加微信']);
    expect(match('加-微.信')).toEqual(['加微信']);
    expect(match('加\u200B微\u200B信')).toEqual(['加微信']);
    expect(match('微信里加我')).toEqual([]);
  });

  it('matches other terms as whole words, folding width and case', () => {
    expect(match('Cheap VIAGRA here')).toEqual(['viagra']);
    expect(match('this class is great')).toEqual([]);
    expect(match('what an ass')).toEqual(['ass']);
    expect(match('加我qq聊')).toEqual(['qq']);
    expect(match('Buy   followers now')).toEqual(['buy followers']);
    expect(match('buy more followers')).toEqual([]);
  });

  it('reads runs of single letters joined', () => {
    expect(match('v i a g r a')).toEqual(['viagra']);
    expect(match('v.i.a.g.r.a!')).toEqual(['viagra']);
  });

  it('names every term found, once', () => {
    expect(match('代写论文，加微信，代写作业')).toEqual(['代写', '加微信']);
  });

  it('keeps a canonical list: folded, collapsed, unique, sorted', () => {
    expect(canonicalTerms([' Viagra ', 'viagra', 'Buy  Followers', '', 'ＱＱ'])).toEqual(['buy followers', 'qq', 'viagra']);
  });

  it('matches nothing with an empty list', () => {
    expect(createTermMatcher([])('anything 加微信')).toEqual([]);
  });
});
