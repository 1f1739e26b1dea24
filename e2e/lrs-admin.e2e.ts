import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, newContext, screenshot } from './browser.js';

/** Ant Design's modals and drawers slide and fade for ~0.3 s: let them finish before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(600);

const COURSE_TYPE = 'http://adlnet.gov/expapi/activities/course';
const verbs = {
  launched: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'zh-CN': '启动', 'en-US': 'launched' } },
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'zh-CN': '尝试', 'en-US': 'attempted' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'zh-CN': '作答', 'en-US': 'answered' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'zh-CN': '完成', 'en-US': 'completed' } },
};

/** Statements of a simulation package: lessons of one course, named in context.contextActivities.grouping. */
function simulationStatements(course: string, learners: string[]) {
  const grouping = [{ id: course, definition: { type: COURSE_TYPE, name: { 'zh-CN': '数控车床虚拟仿真实训', en: 'CNC lathe virtual simulation' } } }];
  const lesson = (n: number) => ({
    id: `${course}/lessons/${n}`,
    definition: { type: 'http://adlnet.gov/expapi/activities/lesson', name: { 'zh-CN': `第 ${n} 课：对刀与试切`, en: `Lesson ${n}: tool setting` } },
  });
  return learners.flatMap((learner, index) => {
    const actor = { objectType: 'Agent', name: learner, mbox: `mailto:${learner}@demo-college.example` };
    const registration = randomUUID();
    const base = { actor, context: { registration, contextActivities: { grouping } } };
    const chain = [
      { ...base, id: randomUUID(), verb: verbs.launched, object: lesson(1) },
      { ...base, id: randomUUID(), verb: verbs.attempted, object: lesson(1) },
      { ...base, id: randomUUID(), verb: verbs.answered, object: lesson(1), result: { success: true, score: { scaled: 0.8 } } },
    ];
    if (index % 2 === 0) chain.push({ ...base, id: randomUUID(), verb: verbs.completed, object: lesson(1) });
    return chain;
  });
}

describe('LRS administration journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('an administrator creates a client, its statements are found in the browser and charted per course, and revoking it locks it out', async () => {
    const baseUrl = inject('baseUrl');
    const context = await newContext(browser, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, 'demo.college');

    // 1. create a client bound to the college, write + read-own; the secret is shown once
    await page.getByTestId('nav-lrs').first().click();
    await page.getByTestId('lrs-statements-table').waitFor({ state: 'visible' });
    await page.getByTestId('lrs-tab-clients').click();
    await page.getByTestId('lrs-clients-table').waitFor({ state: 'visible' });
    await page.getByTestId('lrs-client-create').click();
    const clientName = `数控仿真平台 ${Date.now()}`;
    await page.getByTestId('lrs-client-name').fill(clientName);
    await page.getByTestId('lrs-client-scope').click();
    await page.locator('.ant-select-item-option').filter({ hasText: 'college:DEMO-GD-01' }).first().click();
    await page.getByTestId('lrs-permission-read-own').check();
    await settle(page);
    await screenshot(page, 'lrs-client-create');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const keyText = (await page.getByTestId('lrs-secret-key').innerText()).trim();
    const secretText = (await page.getByTestId('lrs-secret-value').innerText()).trim();
    expect(keyText).toMatch(/^lrs_/);
    expect(secretText.length).toBeGreaterThanOrEqual(40);
    await settle(page);
    await screenshot(page, 'lrs-client-secret');
    await page.getByTestId('lrs-secret-done').click();
    await page.getByTestId('lrs-clients-table').getByText(clientName).waitFor({ state: 'visible' });
    const clientsText = await page.getByTestId('lrs-clients-table').innerText();
    expect(clientsText).not.toContain(secretText);
    expect(clientsText).toContain('读取本客户端写入');
    await settle(page);
    await screenshot(page, 'lrs-clients');

    // 2. a simulation posts statements with the credentials over /xapi (HTTP Basic)
    const authorization = `Basic ${Buffer.from(`${keyText}:${secretText}`).toString('base64')}`;
    const xapiHeaders = { authorization, 'x-experience-api-version': '2.0.0', 'content-type': 'application/json' };
    const course = `https://demo-college.example/courses/cnc-lathe-${Date.now()}`;
    // six learners, 21 statements: more than one page of the browser
    const statements = simulationStatements(course, ['li.lei', 'han.meimei', 'wang.fang', 'zhao.qiang', 'sun.li', 'zhou.min']);
    expect(statements).toHaveLength(21);
    const posted = await fetch(`${baseUrl}/xapi/statements`, { method: 'POST', headers: xapiHeaders, body: JSON.stringify(statements) });
    expect(posted.status).toBe(200);
    expect(await posted.json()).toHaveLength(statements.length);

    // 3. the statement browser finds them by learner, and by course through the context
    await page.getByTestId('lrs-tab-statements').click();
    await page.getByTestId('lrs-filter-agent').fill('li.lei@demo-college.example');
    await page.getByTestId('lrs-statement-search').click();
    const table = page.getByTestId('lrs-statements-table');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="lrs-statements-table"] tbody tr.ant-table-row').length === 4);
    expect(await table.innerText()).toContain('完成');
    expect(await table.innerText()).toContain(clientName);
    await screenshot(page, 'lrs-statements-by-learner');
    await table.locator('tbody tr.ant-table-row').first().getByRole('button').click();
    const json = page.getByTestId('lrs-statement-json');
    await json.waitFor({ state: 'visible' });
    expect(await json.innerText()).toContain('"authority"');
    expect(await json.innerText()).toContain(course);
    await settle(page);
    await screenshot(page, 'lrs-statement-drawer');
    await page.keyboard.press('Escape');
    await json.waitFor({ state: 'hidden' });

    await page.getByTestId('lrs-filter-agent').fill('');
    await page.getByTestId('lrs-filter-activity').fill(course);
    await page.getByTestId('lrs-statement-search').click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="lrs-statements-table"] tbody tr.ant-table-row').length === n,
      20,
    );
    await screenshot(page, 'lrs-statements-by-course');
    await page.getByTestId('page-next').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="lrs-statements-table"] tbody tr.ant-table-row').length === 1);
    await page.getByTestId('page-previous').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="lrs-statements-table"] tbody tr.ant-table-row').length === 20);

    // 4. the course activity chart counts them per day and verb
    await page.getByTestId('lrs-tab-activity').click();
    await page.getByTestId('lrs-courses-table').getByText('数控车床虚拟仿真实训').first().waitFor({ state: 'visible' });
    await page.getByTestId('lrs-courses-table').getByText('数控车床虚拟仿真实训').first().click();
    await page.locator('[data-testid="lrs-activity-chart"] canvas').waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="lrs-total-statements"] .ant-statistic-content-value')?.textContent?.replace(/\D/g, '') === String(n),
      statements.length,
    );
    await settle(page); // the chart animates in
    await screenshot(page, 'lrs-course-activity-zh');
    await page.getByTestId('lrs-activity-card-view').getByText('表格').click();
    const chartTable = page.getByTestId('lrs-activity-card-table');
    await chartTable.waitFor({ state: 'visible' });
    expect(await chartTable.innerText()).toContain('作答');
    await page.getByTestId('lang-switch').first().click();
    await page.waitForFunction(() => document.body.innerText.includes('Course activity'));
    await page.getByTestId('lrs-activity-card-view').getByText('Chart').click();
    await page.locator('[data-testid="lrs-activity-chart"] canvas').waitFor({ state: 'visible' });
    await settle(page);
    await screenshot(page, 'lrs-course-activity-en');

    // 5. revoking the client locks it out of /xapi at once
    await page.getByTestId('lrs-tab-clients').click();
    await page.getByTestId(`lrs-revoke-${keyText}`).click();
    await page.locator('.ant-popconfirm .ant-btn-dangerous').click();
    await page.getByTestId(`lrs-revoke-${keyText}`).waitFor({ state: 'detached' });
    const refused = await fetch(`${baseUrl}/xapi/statements`, { headers: xapiHeaders });
    expect(refused.status).toBe(401);
    await context.close();
  });
});
