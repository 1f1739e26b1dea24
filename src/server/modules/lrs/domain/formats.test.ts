import { describe, expect, it } from 'vitest';
import { isDuration, isIri, isLanguageTag, isMailto, isSha1, isSha2, isUuid, parseTimestamp, truncateDuration } from './formats.js';

describe('xAPI value formats', () => {
  it('accepts UUIDs of any case and refuses malformed ones', () => {
    expect(isUuid('aa97b177-9383-4934-8543-0f91a7a02836')).toBe(true);
    expect(isUuid('AA97B177-9383-4934-8543-0F91A7A02836')).toBe(true);
    expect(isUuid('MA97B177-9383-4934-8543-0F91A7A02836')).toBe(false);
    expect(isUuid('AA97B177-9383-4934-8543-0F91A7A028368')).toBe(false);
    expect(isUuid(12345)).toBe(false);
  });

  it('requires IRIs to have a scheme (Data 2.2.s4.b1.b8)', () => {
    expect(isIri('http://adlnet.gov/expapi/verbs/attended')).toBe(true);
    expect(isIri('urn:uuid:1234')).toBe(true);
    expect(isIri('http://例子.测试/路径')).toBe(true);
    expect(isIri('ab=c://should.fail.com')).toBe(false);
    expect(isIri('not an iri')).toBe(false);
    expect(isIri('')).toBe(false);
  });

  it('validates RFC 5646 language tags', () => {
    for (const tag of ['de', 'de-DE', 'zh-Hant', 'sr-Latn-RS', 'cmn', 'es-419', 'zh-Hans-CN', 'ase', 'en-US-x-twain', 'i-klingon']) {
      expect(isLanguageTag(tag), tag).toBe(true);
    }
    for (const tag of ['a12345', 'a12345678', 'zh-z-aaa-z-bbb-c-ccc', 'en_US', '', 'e']) {
      expect(isLanguageTag(tag), tag).toBe(false);
    }
  });

  it('validates mailto IRIs and SHA hashes', () => {
    expect(isMailto('mailto:learner@example.com')).toBe(true);
    expect(isMailto('mailto:should.fail.com')).toBe(false);
    expect(isMailto('http://should.fail.com')).toBe(false);
    expect(isSha1('a'.repeat(40))).toBe(true);
    expect(isSha1('g'.repeat(40))).toBe(false);
    expect(isSha2('0'.repeat(64))).toBe(true);
    expect(isSha2('0'.repeat(63))).toBe(false);
  });

  it('validates ISO 8601 durations and truncates (never rounds) to hundredths', () => {
    for (const duration of ['PT1H0M0.1S', 'P1DT12H36M0.12567S', 'P4W', 'P1Y2M3D', 'PT0S']) expect(isDuration(duration), duration).toBe(true);
    for (const duration of ['PA1H0M0S', 'P', 'PT', '1H', 'P1DT', 'P4W1D']) expect(isDuration(duration), duration).toBe(false);
    expect(truncateDuration('P1DT12H36M0.12567S')).toBe('P1DT12H36M0.12S');
    expect(truncateDuration('PT5S')).toBe('PT5S');
  });

  it('parses ISO 8601 timestamps and refuses the unknown-offset forms', () => {
    expect(parseTimestamp('2008-09-15T15:53:00.601Z')).toBe(Date.parse('2008-09-15T15:53:00.601Z'));
    expect(parseTimestamp('2008-09-15T15:53:00.601+00:00')).toBe(Date.parse('2008-09-15T15:53:00.601Z'));
    expect(parseTimestamp('2023-05-04T12:00:00-05:00')).toBe(Date.parse('2023-05-04T17:00:00Z'));
    expect(parseTimestamp('20080915T155300Z')).toBe(Date.parse('2008-09-15T15:53:00Z'));
    expect(parseTimestamp('2008-09-15T15:53')).toBe(Date.parse('2008-09-15T15:53:00Z'));
    for (const bad of ['01/011/2015', 'should fail', '2008-09-15T15:53:00.601-00', '2008-09-15T15:53:00.601-0000', '2008-09-15T15:53:00.601-00:00', '2008-02-30T00:00:00Z', '2008-09-15T25:00:00Z']) {
      expect(parseTimestamp(bad), bad).toBeUndefined();
    }
  });
});
