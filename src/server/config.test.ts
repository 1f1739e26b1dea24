import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

const generated = () => 'generated-secret';

describe('config', () => {
  it('defaults to demo mode on an embedded database in ./data on port 8080', () => {
    const config = parseConfig({}, generated, '/srv/luban');
    expect(config).toMatchObject({ port: 8080, dataDir: '/srv/luban/data', databaseUrl: undefined, mode: 'demo', secret: 'generated-secret', isSecretGenerated: true });
  });

  it('names every invalid variable in one error', () => {
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LUBAN_MODE: 'staging' }, generated);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('LUBAN_MODE');
    }
  });

  it('refuses production without an explicit secret', () => {
    expect(() => parseConfig({ LUBAN_MODE: 'production' }, generated)).toThrow(/LUBAN_SECRET: required in production/);
    const config = parseConfig({ LUBAN_MODE: 'production', LUBAN_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://db/luban' }, generated);
    expect(config).toMatchObject({ mode: 'production', isSecretGenerated: false, databaseUrl: 'postgres://db/luban' });
  });

  it('rejects a short secret', () => {
    expect(() => parseConfig({ LUBAN_SECRET: 'short' }, generated)).toThrow(/LUBAN_SECRET: must be at least 32 characters/);
  });
});
