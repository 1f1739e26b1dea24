import { describe, expect, it } from 'vitest';
import { segmentForIndex, segmentQuery } from './segment.js';

describe('segmentation before indexing', () => {
  it('indexes a Chinese compound whole and in its parts, so 数控 finds 数控技术', () => {
    const tokens = segmentForIndex('数控技术实训指导');
    expect(tokens).toContain('数控技术');
    expect(tokens).toContain('数控');
    expect(segmentQuery('数控')).toEqual(['数控']);
  });

  it('keeps domain terms such as 机械设计 and 人才培养 whole', () => {
    expect(segmentForIndex('机械设计与人才培养')).toEqual(expect.arrayContaining(['机械设计', '人才培养']));
  });

  it('lower-cases English words and drops punctuation', () => {
    expect(segmentForIndex('CNC Machining: G-code, basics!')).toEqual(['cnc', 'machining', 'g', 'code', 'basics']);
  });

  it('segments mixed text by script and normalizes full-width letters', () => {
    expect(segmentQuery('ＰＬＣ编程 入门')).toEqual(['plc', '编程', '入门']);
  });

  it('uses word boundaries for other scripts', () => {
    expect(segmentForIndex('Основы сварки')).toEqual(['основы', 'сварки']);
  });

  it('deduplicates and caps query terms', () => {
    expect(segmentQuery('a b c d e f g h i j a', 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(segmentQuery('   ')).toEqual([]);
  });
});
