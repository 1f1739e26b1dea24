import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Program } from '../src/shared/contracts/catalog/catalog.js';
import type { FilingCycle, FilingItem } from '../src/shared/contracts/governance/filings.js';
import type { Offering } from '../src/shared/contracts/governance/offerings.js';
import type { RuleRun } from '../src/shared/contracts/governance/rule-runs.js';
import type { Warning } from '../src/shared/contracts/governance/warnings.js';
import { launchBrowser, newContext, screenshot, signIn } from './browser.js';

/**
 * The yearly filing and warning workflow in the browser, as the acceptance describes it:
 * the college files a new offering, a withdrawal and a controlled program; the province records
 * one, returns one with a reason and forwards the controlled one; the national admin approves it;
 * the province runs the warning rules; a college warned by a rule run (a generated one, which the
 * province gives an administrator account) responds with a plan; the province closes it.
 * The test reads the demo data over the API only to choose programs and the warning; every
 * workflow step is taken in the browser.
 */

const COLLEGE = 'DEMO-GD-01';
const PROVINCE = '440000';
const WARNED_COLLEGE_ADMIN = 'journey.warned.college';
const WARNED_COLLEGE_PASSWORD = `Journey-${Math.random().toString(36).slice(2, 12)}`;
const JUSTIFICATION =
  '珠三角低空经济企业调研显示，未来三年无人机装调、巡检与测绘岗位需求年均增长约 30%，合作企业承诺提供 40 个实习岗位；学校已有航空装备实训基地与双师型教师 6 名。';
const RETURN_REASON = '撤销理由不充分：请补充在校生安置方案与教师转岗计划后再报。';
const OPINION = '省卫生健康委意见：同意该校申报，临床教学基地条件符合要求。';
const PLAN = '压缩下一年度招生计划 30%，与两家合作企业共建订单班，增设岗位实训课程并按季度跟踪毕业去向。';

type Session = { context: BrowserContext; page: Page };
type Chosen = { fresh: Program; controlled: Program; offered: Offering };

let browser: Browser;
const sessions = new Map<string, Session>();

/** One signed-in browser context per user for the whole story. */
async function logIn(username: string, password?: string): Promise<Session> {
  const existing = sessions.get(username);
  if (existing) return existing;
  const session = await signIn(browser, username, { password, context: { viewport: { width: 1366, height: 900 } } });
  sessions.set(username, session);
  return session;
}

/** A JSON call with the session's cookies and CSRF token (used to choose data and to start the rule run). */
async function api<T>(session: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const cookies = await session.context.cookies();
  const csrf = cookies.find((cookie) => cookie.name === 'luban_csrf')?.value ?? '';
  const response = await session.page.request.fetch(`${inject('baseUrl')}${path}`, {
    method,
    headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok()) throw new Error(`${method} ${path} → ${response.status()}: ${text}`);
  return JSON.parse(text) as T;
}

/** A screenshot once the page has settled: at the top (the header is sticky), no spinner, no fading table. */
async function capture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(400);
  await screenshot(page, name);
}

async function pickOption(page: Page, testId: string, search: string, optionText: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
}

async function openDesk(page: Page, desk: 'college' | 'province' | 'national', year: number): Promise<void> {
  await page.goto(`${inject('baseUrl')}/filings?year=${year}&desk=${desk}`);
  await page.getByTestId(`filing-desk-${desk}`).waitFor({ state: 'visible' });
}

async function draftItem(page: Page, kind: string, program: { code: string }, places: number | null): Promise<void> {
  await page.getByTestId('filing-create').click();
  await page.getByTestId('filing-form').waitFor({ state: 'visible' });
  await pickOption(page, 'filing-kind', '', kind);
  await pickOption(page, 'filing-program', program.code, program.code);
  if (places !== null) await page.getByTestId('filing-places').fill(String(places));
  await page.getByTestId('filing-justification').fill(JUSTIFICATION);
  await page.getByTestId('filing-save').click();
  await page.getByTestId('filing-form').waitFor({ state: 'hidden' });
  await page.getByTestId(`filing-link-${program.code}`).first().waitFor({ state: 'visible' });
}

/** Takes one workflow step on the item's page: the button, the fields it asks for, confirm. */
async function takeStep(page: Page, action: string, fields: Record<string, string> = {}): Promise<void> {
  await page.getByTestId(`filing-action-${action}`).first().click();
  const form = page.getByTestId('filing-action-form');
  await form.waitFor({ state: 'visible' });
  for (const [testId, value] of Object.entries(fields)) await page.getByTestId(testId).fill(value);
  await page.getByTestId('filing-action-confirm').click();
  // The dialog closes when the step is taken; a refusal stays in it as an alert, which fails the journey with its words.
  const refusal = page.locator('.ant-modal-body [role="alert"]');
  await Promise.race([form.waitFor({ state: 'hidden' }), refusal.waitFor({ state: 'visible' })]);
  if (await refusal.isVisible()) throw new Error(`the ${action} step was refused: ${await refusal.innerText()}`);
}

async function openItem(page: Page, itemId: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/filings/items/${itemId}`);
  await page.getByTestId('filing-detail').waitFor({ state: 'visible' });
}

async function expectItemStatus(page: Page, status: string): Promise<void> {
  await page.locator(`[data-testid="filing-status"][data-status="${status}"]`).first().waitFor({ state: 'visible' });
}

describe('governance workflow journey', () => {
  let year = 0;
  let chosen: Chosen;
  const items: Record<'fresh' | 'withdrawal' | 'controlled', FilingItem | null> = { fresh: null, withdrawal: null, controlled: null };
  let warning: Warning;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const session of sessions.values()) await session.context.close();
    await browser?.close();
  });

  it('the national admin opens a filing cycle with the default deadlines', async () => {
    const national = await logIn('demo.national');
    const cycles = await api<{ items: FilingCycle[] }>(national, 'GET', '/api/v1/governance/filing-cycles');
    // A year after every existing cycle: its default deadlines (1 November of the year before …) are all ahead.
    year = Math.max(new Date().getFullYear() + 1, ...cycles.items.map((cycle) => cycle.year)) + 1;
    const { page } = national;
    await page.goto(`${inject('baseUrl')}/filings`);
    await page.getByTestId('cycle-create').click();
    await page.getByTestId('cycle-form').waitFor({ state: 'visible' });
    await page.getByTestId('cycle-year').fill(String(year));
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('cycle-form').waitFor({ state: 'hidden' });
    await page.getByTestId('filing-cycle').waitFor({ state: 'visible' });
    await expect(page.getByTestId('filing-year').innerText()).resolves.toContain(String(year));
    await capture(page, 'governance-national-cycle');
  });

  it('the college admin drafts a new offering, a withdrawal and a controlled program, and submits them', async () => {
    const college = await logIn('demo.college');
    const offerings = await api<{ items: Offering[] }>(college, 'GET', `/api/v1/governance/offerings?college=${COLLEGE}&year=${year}&limit=200`);
    const open = await api<{ items: FilingItem[] }>(college, 'GET', `/api/v1/governance/filing-items?college=${COLLEGE}&year=${year}&limit=200`);
    const busy = new Set([...offerings.items.map((offering) => offering.programCode), ...open.items.map((item) => item.programCode)]);
    const versions = await api<{ items: Array<{ id: string; isCurrent: boolean }> }>(college, 'GET', '/api/v1/catalog/versions');
    const current = versions.items.find((version) => version.isCurrent)!;
    const programs = await api<{ items: Program[] }>(college, 'GET', `/api/v1/catalog/versions/${current.id}/programs?level=higher&limit=200`);
    const free = programs.items.filter((program) => !busy.has(program.code));
    const controlledNames = ['临床医学', '护理', '学前教育', '小学教育'];
    const offered = offerings.items.find((offering) => offering.canEnroll && !open.items.some((item) => item.programCode === offering.programCode));
    chosen = {
      fresh: free.find((program) => !controlledNames.includes(program.name))!,
      controlled: free.find((program) => controlledNames.includes(program.name))!,
      offered: offered!,
    };
    expect(chosen.fresh, 'a sample program the demo college does not offer').toBeDefined();
    expect(chosen.controlled, 'a controlled sample program the demo college does not offer').toBeDefined();
    expect(chosen.offered, 'an offering of the demo college to withdraw').toBeDefined();

    const { page } = college;
    await openDesk(page, 'college', year);
    await capture(page, 'governance-college-desk-before');
    await draftItem(page, '新增', chosen.fresh, 60);
    await draftItem(page, '撤销', { code: chosen.offered.programCode }, null);
    await page.getByTestId('filing-create').click();
    await page.getByTestId('filing-form').waitFor({ state: 'visible' });
    await capture(page, 'governance-college-drawer');
    await page.keyboard.press('Escape');
    await page.getByTestId('filing-form').waitFor({ state: 'hidden' });
    await draftItem(page, '新增', chosen.controlled, 50);

    const mine = await api<{ items: FilingItem[] }>(college, 'GET', `/api/v1/governance/filing-items?college=${COLLEGE}&year=${year}&status=draft&limit=200`);
    items.fresh = mine.items.find((item) => item.programCode === chosen.fresh.code && item.kind === 'new') ?? null;
    items.withdrawal = mine.items.find((item) => item.programCode === chosen.offered.programCode && item.kind === 'withdrawn') ?? null;
    items.controlled = mine.items.find((item) => item.programCode === chosen.controlled.code) ?? null;
    expect(items.fresh && items.withdrawal && items.controlled).toBeTruthy();
    expect(items.controlled!.isControlled).toBe(true);
    expect(items.fresh!.isControlled).toBe(false);

    for (const item of [items.fresh!, items.withdrawal!, items.controlled!]) {
      await openItem(page, item.id);
      if (await page.getByTestId('filing-action-internal_review').count()) await takeStep(page, 'internal_review');
      await takeStep(page, 'submit');
      await expectItemStatus(page, 'submitted');
    }
    await capture(page, 'governance-item-submitted');
  });

  it('the province admin records the new offering, returns the withdrawal with a reason and forwards the controlled program', async () => {
    const { page } = await logIn('demo.province');
    await openDesk(page, 'province', year);
    await page.getByTestId(`filing-link-${chosen.fresh.code}`).first().waitFor({ state: 'visible' });
    await capture(page, 'governance-province-queue');

    await openItem(page, items.fresh!.id);
    await takeStep(page, 'record');
    await expectItemStatus(page, 'recorded');

    await openItem(page, items.withdrawal!.id);
    await page.getByTestId('filing-action-return').click();
    await page.getByTestId('filing-action-form').waitFor({ state: 'visible' });
    // A return without a reason is refused in the form, naming the field.
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor({ state: 'visible' });
    await page.getByTestId('filing-reason').fill(RETURN_REASON);
    await capture(page, 'governance-province-return');
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('filing-action-form').waitFor({ state: 'hidden' });
    await expectItemStatus(page, 'returned');

    await openItem(page, items.controlled!.id);
    await expect(page.getByTestId('filing-action-record').count()).resolves.toBe(0);
    await takeStep(page, 'forward', { 'filing-opinion': OPINION });
    await expectItemStatus(page, 'forwarded');
  });

  it('the college sees the return with its reason on the timeline and in its notifications', async () => {
    const { page } = await logIn('demo.college');
    await openItem(page, items.withdrawal!.id);
    await expectItemStatus(page, 'returned');
    const timeline = page.getByTestId('filing-timeline');
    await timeline.getByText(RETURN_REASON, { exact: false }).first().waitFor({ state: 'visible' });
    expect(await timeline.locator('[data-testid="timeline-event"]').count()).toBeGreaterThanOrEqual(3);
    await capture(page, 'governance-item-timeline');

    await page.reload();
    await page.getByTestId('notifications-bell').click();
    const panel = page.getByTestId('notifications-panel');
    await panel.locator('[data-testid="notification-item"][data-kind="filing_returned"]').first().waitFor({ state: 'visible' });
    await capture(page, 'governance-notifications');
    const before = Number(await page.getByTestId('notifications-bell').getAttribute('data-count'));
    expect(before).toBeGreaterThan(0);
    await panel.getByTestId('notification-mark-read').first().click();
    await page.waitForFunction(
      (count) => Number(document.querySelector('[data-testid="notifications-bell"]')?.getAttribute('data-count')) < count,
      before,
    );
    await page.keyboard.press('Escape');
  });

  it('the national admin approves the controlled program', async () => {
    const { page } = await logIn('demo.national');
    await openDesk(page, 'national', year);
    await page.getByTestId(`filing-link-${chosen.controlled.code}`).first().waitFor({ state: 'visible' });
    await capture(page, 'governance-national-queue');
    await openItem(page, items.controlled!.id);
    await page.getByText(OPINION, { exact: false }).first().waitFor({ state: 'visible' });
    await takeStep(page, 'approve');
    await expectItemStatus(page, 'approved');
    await capture(page, 'governance-national-approved');
  });

  it('the province admin runs the warning rules; the run issues warnings with their facts', async () => {
    const province = await logIn('demo.province');
    const { page } = province;
    await page.goto(`${inject('baseUrl')}/warnings`);
    await page.getByTestId('rule-run-open').click();
    await page.getByTestId('rule-run-form').waitFor({ state: 'visible' });
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('rule-run-result').waitFor({ state: 'visible', timeout: 60_000 });
    await capture(page, 'governance-rule-run');
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('rule-run-result').waitFor({ state: 'hidden' });

    const runs = await api<{ items: RuleRun[] }>(province, 'GET', '/api/v1/governance/rule-runs?limit=20');
    expect(runs.items[0]?.trigger, 'the run just started in the browser is the newest').toBe('manual');
    const runIds = new Set(runs.items.map((run) => run.id));
    const issued = await api<{ items: Warning[] }>(province, 'GET', `/api/v1/governance/warnings?province=${PROVINCE}&status=issued&source=rule&limit=100`);
    // The demo data's rule runs warn on generated colleges; the demo college's figures are healthy.
    const fromRuns = issued.items.filter((item) => item.collegeId !== null && item.runId !== null && runIds.has(item.runId) && item.facts.length > 0);
    expect(fromRuns.length, 'rule runs issued warnings in the province').toBeGreaterThan(0);
    warning = fromRuns[0]!;

    await page.reload();
    await page.getByTestId('warnings-table').waitFor({ state: 'visible' });
    await page.getByTestId(`warning-link-${warning.programCode ?? warning.collegeId}`).first().waitFor({ state: 'visible' });
    await capture(page, 'governance-warnings-province');
  });

  it('the warned college responds with a plan: the rule, the numbers and the years are on the warning', async () => {
    const province = await logIn('demo.province');
    // The warned college is a generated one: the province gives it a college administrator account.
    await api(province, 'POST', '/api/v1/identity/users', {
      username: WARNED_COLLEGE_ADMIN,
      displayName: `${warning.collegeId} 院校管理员（演示）`,
      password: WARNED_COLLEGE_PASSWORD,
      assignments: [{ role: 'college_admin', scope: `college:${warning.collegeId}` }],
    });
    const college = await logIn(WARNED_COLLEGE_ADMIN, WARNED_COLLEGE_PASSWORD);
    const { page } = college;
    await page.goto(`${inject('baseUrl')}/warnings`);
    await page.getByTestId('warning-counts').waitFor({ state: 'visible' });
    await page.getByTestId('warnings-table').waitFor({ state: 'visible' });

    await page.goto(`${inject('baseUrl')}/warnings/${warning.id}`);
    await page.getByTestId('warning-rule').waitFor({ state: 'visible' });
    await expect(page.getByTestId('warning-summary').innerText()).resolves.toBe(warning.summary['zh-CN']);
    const facts = page.getByTestId('warning-facts');
    await facts.waitFor({ state: 'visible' });
    const fact = warning.facts.find((item) => item.year !== null) ?? warning.facts[0]!;
    await facts.getByText(String(fact.year ?? fact.years?.join('+')), { exact: true }).first().waitFor({ state: 'visible' });
    if (fact.numerator !== null) await facts.getByText(fact.numerator.toLocaleString(), { exact: true }).first().waitFor({ state: 'visible' });
    await capture(page, 'governance-warning-detail');

    await page.getByTestId('warning-action-respond').click();
    await page.getByTestId('warning-plan').fill(PLAN);
    await page.getByTestId('warning-due-date').fill(`${year}-03-31`);
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('warning-action-form').waitFor({ state: 'hidden' });
    await page.locator('[data-testid="warning-status"][data-status="responded"]').first().waitFor({ state: 'visible' });
  });

  it('the province accepts the plan and closes the warning', async () => {
    const { page } = await logIn('demo.province');
    await page.goto(`${inject('baseUrl')}/warnings/${warning.id}`);
    await page.getByText(PLAN, { exact: false }).first().waitFor({ state: 'visible' });
    await page.getByTestId('warning-action-accept').click();
    await page.getByTestId('warning-action-form').waitFor({ state: 'visible' });
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.getByTestId('warning-action-form').waitFor({ state: 'hidden' });
    await page.locator('[data-testid="warning-status"][data-status="closed"]').first().waitFor({ state: 'visible' });
    const timeline = page.getByTestId('warning-timeline');
    await timeline.locator('[data-testid="timeline-event"][data-to-status="closed"]').waitFor({ state: 'visible' });
    await expect(timeline.locator('[data-testid="timeline-event"]').count()).resolves.toBeGreaterThanOrEqual(3);
    await capture(page, 'governance-warning-closed');
  });

  it('the public site, without signing in, lists the recorded offering under its program', async () => {
    const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/public/programs/${encodeURIComponent(chosen.fresh.code)}`);
    await page.getByTestId('public-program-title').waitFor({ state: 'visible' });
    await page.getByTestId(`public-offering-${COLLEGE}:${chosen.fresh.code}`).waitFor({ state: 'visible' });
    await capture(page, 'governance-public-recorded');
    await context.close();
  });
});
