import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { clickUntilVisible, launchBrowser, logIn, newContext, screenshot, screenshotDir } from './browser.js';

const base = () => inject('baseUrl');

/** True when the chart's canvas has drawn pixels (a blank ECharts canvas is fully transparent). */
async function canvasHasInk(page: Page, testId: string): Promise<boolean> {
  const canvas = page.locator(`[data-testid="${testId}"] canvas`).first();
  await canvas.waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForTimeout(1200); // ECharts animates the first frame in
  return canvas.evaluate((node) => {
    const element = node as HTMLCanvasElement;
    const context = element.getContext('2d');
    if (!context) return false;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let inked = 0;
    for (let index = 3; index < data.length; index += 4 * 16) if ((data[index] ?? 0) > 0) inked += 1;
    return inked > 200;
  });
}

/** The element's text once it has loaded (no spinner inside and, when given, `expected` in it). */
async function textOf(page: Page, testId: string, expected?: string): Promise<string> {
  const locator = page.getByTestId(testId).first();
  await locator.waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction(
    ([id, text]) => {
      const node = document.querySelector(`[data-testid="${id}"]`);
      if (!node || node.querySelector('.ant-spin-spinning, .ant-skeleton')) return false;
      return text === null || (node as HTMLElement).innerText.includes(text);
    },
    [testId, expected ?? null] as const,
    { timeout: 20_000 },
  );
  return locator.innerText();
}

async function openTableView(page: Page, cardTestId: string) {
  await page.getByTestId(`${cardTestId}-view`).getByText(/表格|Table/).click();
  await page.getByTestId(`${cardTestId}-table`).waitFor({ state: 'visible' });
}

describe('governance dashboards, China map, public site and catalog pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('catalog: versions, browse level → category → program, revisions, amplitude, follow, import preview', async () => {
    const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await logIn(page, 'demo.national');

    await page.goto(`${base()}/catalog`);
    expect(await textOf(page, 'catalog-versions-table', 'SAMPLE-2021')).toContain('SAMPLE-2021');
    await page.getByTestId('catalog-version-SAMPLE-2021').click();
    expect(await textOf(page, 'catalog-sample-alert')).toContain('SAMPLE-');
    await page.getByTestId('catalog-category-tree').getByText('SAMPLE-H01 电子与信息大类').click();
    await clickUntilVisible(page.getByTestId('catalog-category-tree').getByText('SAMPLE-H0101 计算机类'), page.getByTestId('catalog-programs-table'));
    expect(await textOf(page, 'catalog-programs-table', '计算机应用技术')).toContain('计算机应用技术');
    await screenshot(page, 'catalog-browse');
    await page.getByTestId('program-link-SAMPLE-H010101').click();
    expect(await textOf(page, 'program-title')).toContain('计算机应用技术');
    expect(await textOf(page, 'program-details')).toContain('SAMPLE-U010101');

    await page.goto(`${base()}/catalog/versions/SAMPLE-2024S?tab=revisions`);
    const revisions = await textOf(page, 'catalog-revisions-table', 'SAMPLE-H020202');
    expect(revisions).toContain('合并');
    expect(revisions).toContain('SAMPLE-H020202');
    await screenshot(page, 'catalog-revisions');

    await page.goto(`${base()}/catalog/versions/SAMPLE-2024S?tab=amplitude`);
    expect(await textOf(page, 'amplitude-higher-moe')).toMatch(/\d+(\.\d)?%[\s\S]*\d+ \/ \d+/);
    expect(await textOf(page, 'amplitude-higher-paper')).toMatch(/\d+ \/ \d+/);
    expect(await canvasHasInk(page, 'amplitude-chart')).toBe(true);
    await screenshot(page, 'catalog-amplitude');

    await page.goto(`${base()}/catalog/follow?code=SAMPLE-H020201&from=SAMPLE-2021&to=SAMPLE-2024S`);
    expect(await textOf(page, 'follow-result', 'SAMPLE-H020202')).toContain('SAMPLE-H020202');

    await page.goto(`${base()}/catalog/import`);
    await page.getByTestId('import-version-id').fill('E2E-BAD-1');
    await page.getByTestId('import-version-title').fill('浏览器测试（格式错误）');
    const badCsv = ['层次,专业大类代码,专业大类名称,专业类代码,专业类名称,专业代码,专业名称', '大专,99,测试大类,9901,测试类,990101,层次错误', '高职专科,99,测试大类,9901,测试类,99010,代码位数错误'].join('\n');
    await page.locator('input[type=file]').first().setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(badCsv) });
    await page.getByTestId('catalog-import-preview-button').click();
    const issues = await textOf(page, 'catalog-import-issues');
    expect(issues).toMatch(/\b2\b/);
    expect(issues).toMatch(/\b3\b/);
    expect(await page.getByTestId('catalog-import-commit').isDisabled()).toBe(true);
    await screenshot(page, 'catalog-import-preview');
    await context.close();
  });

  it('dashboards: national view with the China map, drill into a province, a college and an offering, export .xlsx', async () => {
    const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await logIn(page, 'demo.national');
    await page.goto(`${base()}/dashboards`);
    await page.getByTestId('dashboard-national').waitFor({ state: 'visible' });
    const warnings = await textOf(page, 'dashboard-warnings');
    expect(warnings).toContain('红色');
    expect(warnings).toContain('黄色');
    expect(await textOf(page, 'dashboard-overview')).toMatch(/\d+ \/ \d+/);
    expect(await canvasHasInk(page, 'dashboard-map-canvas')).toBe(true);
    expect(await canvasHasInk(page, 'dashboard-trends')).toBe(true);
    await page.getByTestId('dashboard-map').screenshot({ path: `${screenshotDir}/dashboard-map.png` });
    await screenshot(page, 'dashboard-national');

    const exportHref = await page.getByTestId('dashboard-map-export').getAttribute('href');
    expect(exportHref).toMatch(/^\/api\/v1\/governance\/dashboards\/map\/export/);
    const exported = await page.request.get(`${base()}${exportHref}`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-type']).toContain('spreadsheetml');

    // A click on a province drills into it (the map is laid out the same way every time: ~(60 %, 80 %) is Fujian).
    const map = page.locator('[data-testid="dashboard-map-canvas"] canvas').first();
    await map.scrollIntoViewIfNeeded();
    const box = await map.boundingBox();
    if (!box) throw new Error('the map has no box');
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.8);
    await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.8);
    await page.getByTestId('dashboard-province').waitFor({ state: 'visible' });
    expect(page.url()).toMatch(/province=\d{6}/);
    expect(await textOf(page, 'dashboard-breadcrumbs')).toMatch(/全国[\s\S]*\S/);
    await page.goBack();
    await page.getByTestId('dashboard-national').waitFor({ state: 'visible' });

    await openTableView(page, 'dashboard-map');
    await page.getByTestId('dashboard-map-table').getByText('广东').first().click();
    await page.getByTestId('dashboard-province').waitFor({ state: 'visible' });
    expect(await textOf(page, 'dashboard-breadcrumbs')).toMatch(/全国[\s\S]*广东/);
    expect(await textOf(page, 'dashboard-breakdown-table')).toMatch(/\d/);
    await screenshot(page, 'dashboard-province');

    await page.getByTestId('dashboard-breakdown-table').locator('tbody tr.ant-table-row').first().click();
    await page.getByTestId('dashboard-college').waitFor({ state: 'visible' });
    // the table keeps the province's college rows until the college's offerings arrive: wait for an offering row (id college:program)
    await page.getByTestId('dashboard-breakdown-table').locator('tbody tr.ant-table-row[data-row-key*=":"]').first().click();
    await page.getByTestId('dashboard-offering').waitFor({ state: 'visible' });
    expect(await textOf(page, 'dashboard-offering-panel')).toMatch(/\d+ \/ \d+|—/);
    expect((await textOf(page, 'dashboard-breadcrumbs')).split(/\s*\/\s*/).length).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'dashboard-offering');

    await page.getByTestId('lang-switch').first().click();
    await page.waitForFunction(() => document.body.innerText.includes('Open warnings'));
    await screenshot(page, 'dashboard-offering-en');
    await context.close();
  });

  it('public site on a phone: search programs, see who offers one, an offering’s outcomes, compare two', async () => {
    const context: BrowserContext = await newContext(browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${base()}/public`);
    await page.getByTestId('public-search-submit').click();
    const results = page.getByTestId('public-program-results').locator('a');
    await results.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await results.count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'public-search-phone');

    await results.first().click();
    const offerings = page.getByTestId('public-offerings').locator('[data-testid^="public-offering-"]');
    await offerings.first().waitFor({ state: 'visible', timeout: 20_000 });
    const toggles = page.getByTestId('public-compare-toggle');
    await toggles.nth(0).click();
    if ((await toggles.count()) > 1) await toggles.nth(1).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'public-program-phone');

    await page.getByTestId('public-offering-link').first().click();
    const outcomes = await textOf(page, 'public-offering-outcomes');
    const status = await page.getByTestId('figure-destination-year-end').first().getAttribute('data-status');
    if (status === 'reported' || status === 'pooled') expect(outcomes).toMatch(/\d+\.\d% ?\n?\d+ \/ \d+/);
    else if (status === 'suppressed') expect(await textOf(page, 'figure-explanation')).toMatch(/少于 \d+ 人/);
    else expect(outcomes).toContain('暂无数据');
    await screenshot(page, 'public-offering-phone');

    await page.getByTestId('public-compare-link').click();
    const table = await textOf(page, 'public-compare-table');
    expect(table).toContain('毕业去向落实率');
    await screenshot(page, 'public-compare-phone');
    await context.close();
  });

  it('public site on a desktop, in English, labels generated data', async () => {
    const context = await newContext(browser, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base()}/public`);
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.body.innerText.includes('Find a program'));
    await page.getByTestId('public-search-submit').click();
    await page.getByTestId('public-program-results').locator('a').first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await textOf(page, 'public-provenance')).toMatch(/generated|sample/i);
    await screenshot(page, 'public-search-desktop-en');
    await context.close();
  });
});
