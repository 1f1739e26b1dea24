import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config.js';
import { testConfig } from '../../../testing/test-luban.js';
import { settingsOf } from './public-info.js';

describe('public minimum count', () => {
  it('defaults to 30 and follows LUBAN_PUBLIC_MIN_COUNT', () => {
    expect(settingsOf({ config: testConfig() }).minCount).toBe(30);
    expect(settingsOf({ config: testConfig({ publicMinCount: 10 }) })).toEqual({ minCount: 10, poolYears: 3 });
    const config = parseConfig({ LUBAN_PUBLIC_MIN_COUNT: '20' }, () => 'x'.repeat(40), '/tmp');
    expect(config.publicMinCount).toBe(20);
  });

  it('names the variable when it is not a positive integer', () => {
    expect(() => parseConfig({ LUBAN_PUBLIC_MIN_COUNT: '0' }, () => 'x'.repeat(40), '/tmp')).toThrow(/LUBAN_PUBLIC_MIN_COUNT/);
  });
});
