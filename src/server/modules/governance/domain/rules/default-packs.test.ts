import { describe, expect, it } from 'vitest';
import { defaultRulePacks, evaluatePacks, validateRulePack } from './index.js';
import { generatedInput, provinceSlice } from './fixtures/generated.js';

describe('default rule packs', () => {
  it('ships every pack of the reference table, each valid, with authority, dates and a marked source', () => {
    expect(defaultRulePacks.map((p) => p.id)).toEqual([
      'cn-national',
      'cn-national-undergraduate',
      'cn-anhui-2022',
      'cn-fujian-2023',
      'cn-shanxi-2024',
      'cn-shandong-2017',
      'cn-tianjin-2009',
      'uk-ofs-b3',
      'us-gainful-employment-2023',
      'us-workforce-pell-2026',
    ]);
    for (const pack of defaultRulePacks) {
      const result = validateRulePack(JSON.parse(JSON.stringify(pack)));
      expect(result.ok ? [] : result.issues, pack.id).toEqual([]);
      expect(pack.sources.length).toBeGreaterThan(0);
      expect(pack.authority['zh-CN'].length).toBeGreaterThan(0);
    }
  });

  it('survives a JSON round trip unchanged (packs are stored as JSON)', () => {
    for (const pack of defaultRulePacks) {
      const result = validateRulePack(JSON.parse(JSON.stringify(pack)));
      expect(result.ok && result.pack).toEqual(pack);
    }
  });
});

describe('evaluation on generated data (scale demo)', () => {
  const { input } = generatedInput('demo');
  const whole = evaluatePacks(defaultRulePacks, input, { year: 2025, ignoreEffectiveDates: true });

  it('finds something, and never fires on insufficient data', () => {
    expect(whole.findings.length).toBeGreaterThan(0);
    for (const s of whole.summary) expect(s.fired + s.insufficient + s.notApplicable).toBeLessThanOrEqual(s.evaluated);
    const national = whole.summary.find((s) => s.ruleId === 'destination-below-60-two-years');
    expect(national?.evaluated).toBeGreaterThan(1000);
    // the generator has no extra metrics: the international packs report insufficient data only
    for (const s of whole.summary.filter((x) => x.packId.startsWith('uk-') || x.packId.startsWith('us-'))) {
      expect(s.fired).toBe(0);
      expect(s.insufficient).toBe(s.evaluated);
    }
  });

  it('is incremental: one province alone gives exactly that province’s findings of the whole run', () => {
    for (const province of ['440000', '320000', '510000']) {
      const alone = evaluatePacks(defaultRulePacks, provinceSlice(input, province), { year: 2025, ignoreEffectiveDates: true });
      const expected = whole.findings.filter((f) => f.subject.provinceCode === province);
      expect(expected.length).toBeGreaterThan(0);
      const sort = (list: typeof expected) => [...list].sort((a, b) => a.fingerprint.localeCompare(b.fingerprint));
      expect(sort(alone.findings)).toEqual(sort(expected));
    }
  });
});
