import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../testing/test-db.js';
import { createTestLuban, type TestLuban } from '../../../testing/test-luban.js';
import { launch, publishSimulation } from './simulation-test-client.js';

const origin = 'https://sim.luban.example';
const appOrigin = 'https://luban.example';

describeEachEngine('virtual simulations served from a separate origin (config.simulations)', (engine) => {
  let t: TestLuban;

  beforeAll(async () => {
    t = await createTestLuban(engine, { config: { simulations: { origin, appOrigin } } });
  });
  afterAll(async () => t.close());

  it('launches into the simulation origin, whose package files only the app origin may frame', async () => {
    const simulationId = await publishSimulation(t, await t.login('demo.teacher'), await t.login('demo.college'));
    const launched = await launch(t, await t.login('demo.student'), simulationId);
    expect(launched.entryUrl).toBe(`${origin}/sim-content/${launched.token}/index.html`);
    expect(launched.xapi.endpoint).toBe(`${origin}/xapi/`);
    const page = await t.app.inject({ method: 'GET', url: new URL(launched.entryUrl).pathname, headers: { host: 'sim.luban.example' } });
    expect(page.statusCode).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain(`frame-ancestors ${appOrigin}`);
    expect(csp).toContain(`connect-src ${origin}/sim-content/${launched.token}/ ${origin}/xapi/`);
  });
});
