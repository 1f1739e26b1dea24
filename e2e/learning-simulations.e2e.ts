import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot, signIn, useLocale } from './browser.js';

const TITLE_ZH = '液压阀调压虚拟仿真（演示）';
const TITLE_EN = 'Valve pressure simulation (demo)';

/**
 * A small simulation package (demo content, labelled as such): it reports progress in three
 * steps about a second apart, a score of 84 and a pass through LubanSim, posts one xAPI statement
 * itself with the launch credential (and one about another learner, which must be refused), and
 * tries to read and change the page that embeds it, the app's cookies and storage and the API.
 * It writes what it got into its own page as JSON (`#report`).
 */
const packagePage = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>液压阀调压 Demo</title>
<link rel="stylesheet" href="assets/style.css">
<script src="/sim-api/v1/luban-sim.js"></script>
<script src="assets/app.js" defer></script></head>
<body>
<p class="label">演示数据 · Demo package (generated for a test)</p>
<h1>液压阀调压实训 · Valve pressure training</h1>
<p>压力 Pressure: <strong id="pressure">0.0</strong> MPa</p>
<p id="status">ready</p>
<pre id="report">pending</pre>
</body></html>`;

const packageScript = `(function () {
  var report = {};
  var status = document.getElementById('status');
  function show(text) { status.textContent = text; }
  function probe(name, fn) { try { report[name] = 'read:' + String(fn()).slice(0, 80); } catch (e) { report[name] = 'blocked:' + e.name; } }
  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }
  function write() { document.getElementById('report').textContent = JSON.stringify(report); }

  probe('parentDocument', function () { return window.parent.document.title; });
  probe('parentWrite', function () { window.parent.document.body.dataset.simulation = 'escaped'; return 'written'; });
  probe('parentName', function () { window.parent.name = 'pwned'; return window.parent.name; });
  probe('parentCookie', function () { return window.parent.document.cookie; });
  probe('parentLocalStorage', function () { return window.parent.localStorage.getItem('luban-probe'); });
  probe('cookie', function () { return document.cookie; });
  probe('localStorage', function () { return window.localStorage.getItem('luban-probe'); });
  probe('topLocation', function () { return window.top.location.href; });

  function api() {
    return fetch('/api/v1/auth/me', { credentials: 'include' })
      .then(function (r) { report.apiCall = 'status:' + r.status; }, function (e) { report.apiCall = 'blocked:' + e.name; });
  }
  function post(x, statement) {
    return fetch(x.endpoint + 'statements', {
      method: 'POST',
      headers: { Authorization: x.auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify(statement)
    }).then(function (r) { return 'status:' + r.status; }, function (e) { return 'failed:' + e.name; });
  }
  function xapi() {
    return LubanSim.xapi().then(function (x) {
      var verb = { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'experienced' } };
      var object = { objectType: 'Activity', id: x.activityId + '/steps/pressure' };
      return post(x, { actor: x.actor, verb: verb, object: object, context: { registration: x.registration } }).then(function (own) {
        report.xapiOwn = own;
        var other = { objectType: 'Agent', account: { homePage: x.actor.account.homePage, name: 'someone-else' } };
        return post(x, { actor: other, verb: verb, object: object, context: { registration: x.registration } });
      }).then(function (other) { report.xapiOther = other; });
    });
  }
  function step(n) {
    return wait(1200).then(function () {
      document.getElementById('pressure').textContent = (n * 0.8).toFixed(1);
      return LubanSim.progress(n / 3);
    }).then(function () { show('step ' + n + '/3'); });
  }

  LubanSim.start()
    .then(function () { show('started'); return api(); })
    .then(function () { return step(1); })
    .then(function () { return step(2); })
    .then(function () { return step(3); })
    .then(xapi)
    .then(function () { return LubanSim.score({ raw: 84, min: 0, max: 100 }); })
    .then(function () { return LubanSim.complete({ success: true }); })
    .then(function (attempt) { show('finished: ' + attempt.status + ' ' + attempt.score.raw); })
    .catch(function (error) { show('error: ' + error.message); })
    .then(write, write);
})();
`;

async function simulationZip(): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date('2026-01-01T00:00:00Z');
  zip.file('index.html', packagePage, { date });
  zip.file('assets/app.js', packageScript, { date });
  zip.file('assets/style.css', 'body { font-family: sans-serif; margin: 24px; } .label { color: #a15c00; } #status { font-weight: bold; } #report { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; color: #555; }', { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The minimal example package of docs/simulation-api.md §5, exactly as the page prints it. */
function documentedExample(): { html: string; script: string } {
  const doc = fs.readFileSync('docs/simulation-api.md', 'utf8');
  const example = doc.slice(doc.indexOf('## 5. A complete minimal package'));
  const block = (file: string, language: string) => {
    const match = new RegExp(`\`${file.replace('.', '\\.')}\`:\\n\\n\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(example);
    if (!match?.[1]) throw new Error(`docs/simulation-api.md has no ${file} block`);
    return match[1];
  };
  return { html: block('index.html', 'html'), script: block('app.js', 'js') };
}


describe('virtual simulation journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('a teacher uploads a package, a reviewer publishes it, a student launches it sandboxed; score and time are recorded', async () => {
    const teacher = await signIn(browser, 'demo.teacher');
    await teacher.page.goto(`${inject('baseUrl')}/learning/upload`);
    await teacher.page.getByText('上传资源', { exact: true }).first().waitFor();
    await teacher.page.locator('.ant-select').first().click();
    await teacher.page.locator('.ant-select-item-option', { hasText: '虚拟仿真' }).click();
    expect(await teacher.page.locator('input[type=file]').getAttribute('accept')).toContain('.zip');
    await teacher.page.locator('input[type=file]').setInputFiles({ name: 'valve-pressure-demo.zip', mimeType: 'application/zip', buffer: await simulationZip() });
    await teacher.page.getByLabel('标题（中文）').fill(TITLE_ZH);
    await teacher.page.getByLabel('标题（英文）').fill(TITLE_EN);
    await teacher.page.getByLabel('简介（中文）').fill('演示：调节液压阀的压力，分三步完成，提交后得分。');
    await teacher.page.getByLabel('简介（英文）').fill('Demo: set a hydraulic valve’s pressure in three steps and submit for a score.');
    const points = teacher.page.getByLabel('知识点');
    await points.fill('液压系统');
    await points.press('Enter');
    await teacher.page.getByRole('button', { name: '上传并提交审核' }).click();
    await teacher.page.waitForURL(/\/learning\/resources\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await teacher.page.getByText('待审核').first().waitFor();
    const id = teacher.page.url().split('/').pop()!;

    const reviewer = await signIn(browser, 'demo.college');
    await reviewer.page.goto(`${inject('baseUrl')}/learning/review`);
    const row = reviewer.page.locator('tr', { hasText: TITLE_ZH });
    await row.getByRole('button', { name: /^发\s*布$/ }).click();
    await row.waitFor({ state: 'detached' });
    await reviewer.context.close();

    // the published resource's page leads to its simulation page
    await teacher.page.reload();
    await teacher.page.getByTestId('resource-open-simulation').click();
    await teacher.page.waitForURL(new RegExp(`/learning/simulations/${id}$`));

    const student = await signIn(browser, 'demo.student');
    const { page } = student;
    // things the package must not be able to read or change
    await student.context.addCookies([{ name: 'luban-probe', value: 'app-cookie', url: inject('baseUrl') }]);
    await page.evaluate(() => {
      window.localStorage.setItem('luban-probe', 'app-storage');
      window.name = 'luban-app';
    });

    await page.getByTestId('nav-learning-simulations').first().click();
    await page.waitForURL(/\/learning\/simulations$/);
    const card = page.locator('[data-testid="simulation-card"]', { hasText: TITLE_ZH });
    await card.waitFor();
    await screenshot(page, 'simulation-catalogue');
    const searched = page.waitForResponse((response) => new URL(response.url()).searchParams.get('q') === '液压');
    await page.getByLabel('搜索仿真名称、简介或知识点').fill('液压');
    await searched;
    await expect.poll(async () => (await page.locator('[data-testid="simulation-card"]').allInnerTexts()).every((text) => text.includes('液压'))).toBe(true);
    await expect(card.innerText()).resolves.toContain('液压系统');
    await page.getByLabel('搜索仿真名称、简介或知识点').fill('没有这样的仿真xyz');
    await page.getByText('没有符合条件的虚拟仿真').waitFor();
    await page.getByLabel('搜索仿真名称、简介或知识点').fill('');
    await card.getByTestId('simulation-open').click();
    await page.waitForURL(new RegExp(`/learning/simulations/${id}$`));

    await page.getByTestId('simulation-start').click();
    const frame = page.frameLocator('[data-testid="simulation-frame"]');
    await expect.poll(async () => frame.locator('#status').innerText(), { timeout: 30_000 }).toMatch(/^finished: passed 84$/);
    await expect.poll(async () => page.getByTestId('simulation-score').innerText()).toBe('84 / 100');
    await expect(page.getByTestId('simulation-status').first().innerText()).resolves.toBe('通过');
    expect(await page.locator('[data-testid="simulation-frame"]').getAttribute('sandbox')).toBe('allow-scripts');

    const report = JSON.parse(await frame.locator('#report').innerText()) as Record<string, string>;
    // the package reported what it could reach: nothing of the app
    for (const probe of ['parentDocument', 'parentWrite', 'parentName', 'parentCookie', 'parentLocalStorage', 'cookie', 'localStorage', 'topLocation']) expect(report[probe], probe).toMatch(/^blocked:SecurityError$/);
    expect(report.apiCall).toMatch(/^blocked:/);
    // its own learner's statement in its registration is stored; one about another learner is refused
    expect(report.xapiOwn).toBe('status:200');
    expect(report.xapiOther).toBe('status:403');
    // and from the parent: its DOM, name, storage and cookies are as they were
    expect(await page.evaluate(() => ({ mark: document.body.dataset.simulation ?? null, name: window.name, storage: window.localStorage.getItem('luban-probe'), cookie: document.cookie.includes('luban-probe=app-cookie') }))).toEqual({ mark: null, name: 'luban-app', storage: 'app-storage', cookie: true });
    await screenshot(page, 'simulation-launch');

    // the attempt, with its score and time on task (three steps about a second apart), in my attempts
    await page.getByTestId('nav-learning-simulation-attempts').first().click();
    await page.waitForURL(/\/learning\/simulations\/attempts$/);
    const attempt = page.locator('[data-testid="simulation-attempts"] tr.ant-table-row', { hasText: TITLE_ZH });
    await attempt.waitFor();
    await expect(attempt.getByTestId('attempt-score').innerText()).resolves.toBe('84 / 100（84%）');
    await expect(attempt.getByTestId('simulation-status').innerText()).resolves.toBe('通过');
    const seconds = Number(/^(\d+) 秒$/.exec(await attempt.getByTestId('attempt-duration').innerText())?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(3);
    expect(seconds).toBeLessThan(60);
    await screenshot(page, 'simulation-attempts');
    await useLocale(page, 'en');
    const attemptEn = page.locator('[data-testid="simulation-attempts"] tr.ant-table-row', { hasText: TITLE_EN });
    await expect(attemptEn.getByTestId('attempt-score').innerText()).resolves.toBe('84 / 100 (84 %)');
    await expect(attemptEn.getByTestId('attempt-duration').innerText()).resolves.toBe(`${seconds} s`);
    await expect(attemptEn.getByTestId('simulation-status').innerText()).resolves.toBe('Passed');
    await screenshot(page, 'simulation-attempts-en');
    await useLocale(page, 'zh-CN');
    await student.context.close();

    // the author sees the attempt in the simulation's summary
    await teacher.page.goto(`${inject('baseUrl')}/learning/simulations/${id}`);
    const summary = teacher.page.getByTestId('simulation-summary');
    await expect.poll(async () => summary.getByTestId('summary-attempts').innerText(), { timeout: 15_000 }).toBe('1');
    await expect(summary.locator('tr.ant-table-row').first().innerText()).resolves.toContain('84 / 100');
    await screenshot(teacher.page, 'simulation-summary');
    await teacher.context.close();
  }, 300_000);

  it("the documentation's minimal example package works, launched by its author as a draft", async () => {
    const { html, script } = documentedExample();
    const zip = new JSZip();
    zip.file('index.html', html);
    zip.file('app.js', script);
    const teacher = await signIn(browser, 'demo.teacher');
    const { page } = teacher;
    await page.goto(`${inject('baseUrl')}/learning/upload`);
    await page.getByText('上传资源', { exact: true }).first().waitFor();
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '虚拟仿真' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'valve-demo.zip', mimeType: 'application/zip', buffer: await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) });
    await page.getByLabel('标题（中文）').fill('文档示例仿真（演示）');
    await page.getByRole('button', { name: '上传并保存草稿' }).click();
    await page.waitForURL(/\/learning\/resources\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const id = page.url().split('/').pop()!;

    await page.goto(`${inject('baseUrl')}/learning/simulations/${id}`);
    await page.getByTestId('simulation-start').click();
    const frame = page.frameLocator('[data-testid="simulation-frame"]');
    await expect.poll(async () => frame.locator('#status').innerText(), { timeout: 20_000 }).toBe('started');
    for (let press = 0; press < 6; press += 1) await frame.locator('#up').click();
    await expect(frame.locator('#pressure').innerText()).resolves.toBe('2.4');
    await frame.locator('#submit').click();
    await expect.poll(async () => frame.locator('#status').innerText(), { timeout: 20_000 }).toMatch(/^finished: passed, 100 \/ 100, \d+ s$/);
    await expect.poll(async () => page.getByTestId('simulation-score').innerText()).toBe('100 / 100');
    await expect(page.getByTestId('simulation-status').first().innerText()).resolves.toBe('通过');
    await teacher.context.close();
  }, 180_000);
});
