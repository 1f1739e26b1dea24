import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './browser.js';

/** A small generated PDF (one page of text): demo content, labelled as such. */
const demoPdf = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 60 >> stream',
    'BT /F1 18 Tf 30 100 Td (Demo: CNC practical guide) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** An H5 page that tries to read and mark the page embedding it; the sandbox must stop it. */
const curiousH5 = Buffer.from(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>H5</title></head><body>
<p id="out">running</p><script>
let result;
try { result = 'read:' + window.parent.document.title; window.parent.document.body.dataset.h5 = 'escaped'; } catch (error) { result = 'blocked:' + error.name; }
document.getElementById('out').textContent = result;
</script></body></html>`);


async function uploadAndSubmit(page: Page, options: { typeLabel?: string; file: { name: string; mimeType: string; buffer: Buffer }; titleZh: string; titleEn: string; descriptionZh: string; descriptionEn: string }, shot?: string): Promise<string> {
  await page.goto(`${inject('baseUrl')}/learning/upload`);
  await page.getByText('上传资源', { exact: true }).first().waitFor();
  if (options.typeLabel) {
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: options.typeLabel }).click();
  }
  await page.locator('input[type=file]').setInputFiles(options.file);
  await page.getByLabel('标题（中文）').fill(options.titleZh);
  await page.getByLabel('标题（英文）').fill(options.titleEn);
  await page.getByLabel('简介（中文）').fill(options.descriptionZh);
  await page.getByLabel('简介（英文）').fill(options.descriptionEn);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: '上传并提交审核' }).click();
  await page.waitForURL(/\/learning\/resources\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  await page.getByText('待审核').first().waitFor();
  return page.url().split('/').pop()!;
}

async function publishFromQueue(browser: Browser, title: string, shot?: string): Promise<void> {
  const { context, page } = await signIn(browser, 'demo.college');
  await page.goto(`${inject('baseUrl')}/learning/review`);
  const row = page.locator('tr', { hasText: title });
  await row.waitFor();
  if (shot) await screenshot(page, shot);
  await row.getByRole('button', { name: /^发\s*布$/ }).click();
  await row.waitFor({ state: 'detached' });
  await context.close();
}

async function searchFor(page: Page, query: string): Promise<string[]> {
  const box = page.locator('.ant-input-search input');
  await box.fill(query);
  await box.press('Enter');
  await page.locator('[data-testid="search-hit"]', { hasText: query }).first().waitFor({ timeout: 15_000 });
  return page.locator('[data-testid="search-hit"] .ant-list-item-meta-title').allInnerTexts();
}

describe('learning library journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('a teacher uploads, a reviewer publishes, a student finds it in Chinese and English and opens it', async () => {
    const teacher = await signIn(browser, 'demo.teacher');
    const id = await uploadAndSubmit(
      teacher.page,
      {
        file: { name: '数控技术实训指导-演示.pdf', mimeType: 'application/pdf', buffer: demoPdf },
        titleZh: '数控技术实训指导（演示）',
        titleEn: 'CNC technology practical guide (demo)',
        descriptionZh: '演示资源：数控车床的基本操作与G代码编程。',
        descriptionEn: 'Demo resource: basic lathe operation and G-code programming.',
      },
      'learning-upload-form',
    );
    await screenshot(teacher.page, 'learning-resource-in-review');
    await teacher.context.close();

    await publishFromQueue(browser, '数控技术实训指导（演示）', 'learning-review-queue');

    const student = await signIn(browser, 'demo.student');
    await student.page.goto(`${inject('baseUrl')}/learning`);
    const chinese = await searchFor(student.page, '数控');
    expect(chinese).toContain('数控技术实训指导（演示）');
    expect(await student.page.locator('[data-testid="search-hit"] mark', { hasText: '数控' }).count()).toBeGreaterThan(0);
    await screenshot(student.page, 'learning-library-search-zh');

    await student.page.getByTestId('lang-switch').first().click();
    await student.page.waitForFunction(() => document.body.innerText.includes('Resource library'));
    const box = student.page.getByPlaceholder('Words such as CNC, 数控, nursing');
    await box.fill('CNC practical');
    await box.press('Enter');
    await student.page.locator('[data-testid="search-hit"]', { hasText: 'CNC technology practical guide (demo)' }).waitFor();
    await screenshot(student.page, 'learning-library-search-en');

    await student.page.locator('[data-testid="search-hit"] a').first().click();
    await student.page.waitForURL(new RegExp(`/learning/resources/${id}$`));
    await student.page.locator('iframe[src*="/file"]').waitFor();
    await student.page.waitForTimeout(1500);
    await screenshot(student.page, 'learning-resource-detail-pdf');
    await student.context.close();
  });

  it('an H5 page that tries to read the parent page is contained by the sandbox', async () => {
    const teacher = await signIn(browser, 'demo.teacher');
    await uploadAndSubmit(teacher.page, {
      typeLabel: 'H5 互动页',
      file: { name: 'curious-demo.html', mimeType: 'text/html', buffer: curiousH5 },
      titleZh: '好奇的 H5 演示页',
      titleEn: 'Curious H5 demo page',
      descriptionZh: '演示：尝试读取父页面的 H5 页面。',
      descriptionEn: 'Demo: an H5 page that tries to read its parent.',
    });
    await teacher.context.close();
    await publishFromQueue(browser, '好奇的 H5 演示页');

    const student = await signIn(browser, 'demo.student');
    await student.page.goto(`${inject('baseUrl')}/learning`);
    await searchFor(student.page, 'H5');
    // the student switched to English in the first journey; the setting is kept per user
    await student.page.locator('[data-testid="search-hit"] a', { hasText: /好奇的 H5 演示页|Curious H5 demo page/ }).click();
    const output = student.page.frameLocator('[data-testid="h5-frame"]').locator('#out');
    await expect.poll(async () => output.innerText(), { timeout: 15_000 }).toMatch(/^blocked:SecurityError/);
    expect(await student.page.evaluate(() => document.body.dataset.h5)).toBeUndefined();
    await screenshot(student.page, 'learning-h5-sandboxed');
    await student.context.close();
  });
});
