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

  it('finds 虚拟仿真实训 by the whole phrase and by 虚拟仿真, 仿真 and 实训, wherever it stands', () => {
    for (const document of ['虚拟仿真实训', 'G代码虚拟仿真实训', '急救技术虚拟仿真实训', '本资源面向护理专业，讲解静脉输液与急救技术。虚拟仿真实训适合课堂教学。']) {
      const indexed = new Set(segmentForIndex(document));
      for (const query of ['虚拟仿真实训', '虚拟仿真', '仿真', '实训', '虚拟']) {
        expect({ document, query, missing: segmentQuery(query).filter((term) => !indexed.has(term)) }).toEqual({ document, query, missing: [] });
      }
    }
    expect(segmentQuery('虚拟仿真实训')).toEqual(['虚拟仿真', '实训']);
  });

  it('gives every query term of a phrase to each document containing it (mixed Chinese and English)', () => {
    const cases: [document: string, queries: string[]][] = [
      ['数控编程实训指导书', ['数控', '数控编程', '实训', '指导书', '实训指导书']],
      ['PLC编程虚拟仿真实训 (Virtual simulation training)', ['PLC编程', 'plc 实训', 'virtual simulation', '仿真 training']],
      ['Python程序设计微课：Micro-lecture', ['python', 'Python程序设计', '程序', '设计', '微课', 'micro lecture']],
      ['新能源汽车技术专业，讲解动力电池与驱动电机', ['新能源', '能源', '汽车', '动力电池', '驱动电机', '新能源汽车技术']],
      ['BIM建模课件 for Construction cost engineering', ['bim建模', '建模', 'construction cost', 'BIM']],
      ['产教融合、校企合作的双师型教师培养', ['产教融合', '校企合作', '双师型', '教师']],
    ];
    for (const [document, queries] of cases) {
      const indexed = new Set(segmentForIndex(document));
      for (const query of queries) {
        expect({ document, query, missing: segmentQuery(query).filter((term) => !indexed.has(term)) }).toEqual({ document, query, missing: [] });
      }
    }
  });

  it('keeps apostrophes between letters and decimal points between digits inside a word, as Unicode word boundaries do', () => {
    expect(segmentForIndex("Don't skip step 3.5, 1,000 times; items,2")).toEqual(["don't", 'skip', 'step', '3.5', '1,000', 'times', 'items', '2']);
  });

  it('segments scripts written without spaces by Unicode word boundaries', () => {
    expect(segmentForIndex('ภาษาไทย').length).toBeGreaterThan(1);
    expect(segmentForIndex('ภาษาไทย').join('')).toBe('ภาษาไทย');
  });

  it('deduplicates and caps query terms', () => {
    expect(segmentQuery('a b c d e f g h i j a', 4)).toEqual(['a', 'b', 'c', 'd']);
    expect(segmentQuery('   ')).toEqual([]);
  });
});
