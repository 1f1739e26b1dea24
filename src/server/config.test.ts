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

  it('serves simulation packages from the app origin unless LUBAN_SIMULATION_ORIGIN names a separate one', () => {
    expect(parseConfig({}, generated).simulations).toBeUndefined();
    const config = parseConfig({ LUBAN_SIMULATION_ORIGIN: 'https://sim.luban.example/', LUBAN_APP_ORIGIN: 'https://luban.example:8443' }, generated);
    expect(config.simulations).toEqual({ origin: 'https://sim.luban.example', appOrigin: 'https://luban.example:8443' });
  });

  it('names LUBAN_SIMULATION_ORIGIN when it is not an http(s) origin, and asks for the app origin beside it', () => {
    for (const value of ['sim.luban.example', 'ftp://sim.luban.example', 'https://sim.luban.example/packages', 'https://sim.luban.example?x=1', 'https://user:pw@sim.luban.example']) {
      expect(() => parseConfig({ LUBAN_SIMULATION_ORIGIN: value, LUBAN_APP_ORIGIN: 'https://luban.example' }, generated), value).toThrow(/LUBAN_SIMULATION_ORIGIN: must be an http:\/\/ or https:\/\/ origin/);
    }
    expect(() => parseConfig({ LUBAN_SIMULATION_ORIGIN: 'https://sim.luban.example' }, generated)).toThrow(/LUBAN_APP_ORIGIN: required with LUBAN_SIMULATION_ORIGIN/);
    expect(() => parseConfig({ LUBAN_SIMULATION_ORIGIN: 'https://luban.example', LUBAN_APP_ORIGIN: 'https://luban.example/' }, generated)).toThrow(/LUBAN_SIMULATION_ORIGIN: must differ from LUBAN_APP_ORIGIN/);
    expect(() => parseConfig({ LUBAN_SIMULATION_ORIGIN: 'https://sim.luban.example', LUBAN_APP_ORIGIN: '/app' }, generated)).toThrow(/LUBAN_APP_ORIGIN: must be an http/);
  });
});
