import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn, useLocale } from './browser.js';

/** The reader's journeys run in a 1366×900 window. */
const wide = { context: { viewport: { width: 1366, height: 900 } } };

/** A one-page generated PDF standing in for a training certificate: demo content, labelled as such. */
const demoCertificate = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
    '4 0 obj << /Length 58 >> stream',
    'BT /F1 18 Tf 30 100 Td (Demo: training certificate) Tj ET',
    'endstream endobj',
    '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

const book = {
  titleZh: '数控加工技术（演示教材）',
  titleEn: 'CNC machining technology (demo textbook)',
  chapterOne: { title: '第一章 数控机床概述', text: '数控机床由数控系统、伺服系统和机床本体组成。' },
  chapterTwo: { title: '第二章 数控编程基础', text: 'G01 指令用于直线插补，F 指定进给速度。' },
};
const training = { title: '数控设备企业实践（演示）', provider: '演示数控设备有限公司', hours: '16' };


/** The 2026 enterprise-practice hours on My training (0 before any are approved). */
async function enterprisePracticeHours(page: Page): Promise<number> {
  const year = page.getByTestId('training-year').filter({ hasText: '2026 年' });
  if ((await year.count()) === 0) return 0;
  const match = /企业实践 ([\d.]+) 学时/.exec(await year.innerText());
  return match ? Number(match[1]) : 0;
}

async function pickDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function addChapter(page: Page, chapter: { title: string; text: string }): Promise<void> {
  await page.getByRole('button', { name: '添加章' }).click();
  const form = page.getByTestId('chapter-form');
  await form.getByLabel('标题（中文）').fill(chapter.title);
  const content = form.getByTestId('content-editor');
  await content.click();
  await content.pressSequentially(chapter.text);
}

/** The author writes the textbook (an ISBN with a wrong check digit is refused on its field first), two chapters, and publishes it. */
async function writeAndPublish(browser: Browser): Promise<string> {
  const { context, page } = await signIn(browser, 'demo.teacher', wide);
  await page.goto(`${inject('baseUrl')}/learning/textbooks`);
  await page.getByRole('link', { name: /新建教材/ }).click();
  await page.waitForURL(/\/learning\/textbooks\/new$/);
  await page.getByLabel('教材名称（中文）').fill(book.titleZh);
  await page.getByLabel('教材名称（英文）').fill(book.titleEn);
  await page.getByLabel('ISBN').fill('978-7-04-050000-1');
  await page.getByLabel('出版社').fill('演示教育出版社');
  await page.getByLabel('作者').fill('演示·教师、张老师');
  await pickDate(page, '出版日期', '2025-09-01');
  await page.getByRole('button', { name: '创建并编写章节' }).click();
  const isbnItem = page.locator('.ant-form-item', { has: page.getByLabel('ISBN') });
  await isbnItem.getByText('ISBN 校验位不正确，请核对号码').waitFor();
  await page.getByLabel('ISBN').fill('978-7-04-050000-4');
  await page.getByRole('button', { name: '创建并编写章节' }).click();
  await page.waitForURL(/\/learning\/textbooks\/[0-9a-f-]{36}\/edit$/, { timeout: 20_000 });
  const id = page.url().split('/').at(-2)!;

  await addChapter(page, book.chapterOne);
  await addChapter(page, book.chapterTwo);
  await expect.poll(() => page.getByTestId('chapter-entry').count()).toBe(2);
  await page.getByLabel('本次修改了什么').fill('两章初稿');
  expect(await page.getByRole('checkbox', { name: '实质性修订' }).isChecked()).toBe(true);
  await page.getByRole('button', { name: '保存章节' }).click();
  await page.getByText('章节已保存').waitFor();
  // the saved content is what the editor shows again (now with the server's chapter ids)
  await expect.poll(() => page.getByTestId('content-editor').innerText()).toContain(book.chapterTwo.text);
  await screenshot(page, 'textbook-editor');
  await page.getByTestId('publish-textbook').click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /发\s*布/ }).click();
  await page.getByText('教材已发布').waitFor();
  await context.close();
  return id;
}

describe('textbooks, revision age and teacher service journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('an author publishes a two-chapter textbook; a student reads chapter 2, leaves and comes back to it; revision age lists it', async () => {
    const id = await writeAndPublish(browser);

    const student = await signIn(browser, 'demo.student', wide);
    await student.page.goto(`${inject('baseUrl')}/learning/textbooks`);
    await student.page.getByTestId('textbook-card').getByRole('link', { name: book.titleZh }).click();
    await student.page.waitForURL(new RegExp(`/learning/textbooks/${id}`));
    await expect.poll(() => student.page.getByTestId('chapter-title').innerText()).toContain(book.chapterOne.title);
    await student.page.getByTestId('toc-entry').filter({ hasText: book.chapterTwo.title }).click();
    await expect.poll(() => student.page.getByTestId('chapter-title').innerText()).toContain(book.chapterTwo.title);
    expect(await student.page.getByTestId('chapter-content').innerText()).toContain(book.chapterTwo.text);

    // leave, and open the textbook again without naming a chapter
    await student.page.goto(`${inject('baseUrl')}/learning`);
    await student.page.goto(`${inject('baseUrl')}/learning/textbooks/${id}`);
    await student.page.getByTestId('resumed').waitFor();
    await expect.poll(() => student.page.getByTestId('chapter-title').innerText()).toContain(book.chapterTwo.title);
    expect(student.page.url()).toContain('chapter=');
    await student.page.getByTestId('revision-history').getByText('两章初稿').waitFor();
    await student.page.waitForTimeout(300);
    await screenshot(student.page, 'textbook-reader');
    await student.page.getByTestId('lang-switch').first().click();
    await student.page.getByText('Back where you left off').waitFor();
    expect(await student.page.getByTestId('revision-history').innerText()).toContain('Substantive');
    await screenshot(student.page, 'textbook-reader-en');
    await useLocale(student.page, 'zh-CN');
    await student.context.close();

    const national = await signIn(browser, 'demo.national', wide);
    await national.page.goto(`${inject('baseUrl')}/learning/revision-age`);
    const row = national.page.locator('.ant-table-row', { hasText: book.titleZh });
    await row.waitFor();
    expect(await row.innerText()).toContain('未超期');
    expect(await national.page.getByTestId('revision-age-summary').innerText()).toMatch(/共 \d+ 项/);
    // sort by age: the newest textbook is the youngest
    await national.page.getByRole('columnheader', { name: '已过时间' }).click();
    await national.page.waitForTimeout(800);
    await screenshot(national.page, 'revision-age');
    await national.context.close();
  });

  it('a teacher records external training with evidence, the college administrator approves it, the teacher sees the hours', async () => {
    const teacher = await signIn(browser, 'demo.teacher', wide);
    const summaryLoaded = teacher.page.waitForResponse((response) => response.url().includes('/api/v1/learning/training/summary'));
    await teacher.page.goto(`${inject('baseUrl')}/learning/training`);
    await summaryLoaded;
    await teacher.page.getByText('年度学时').waitFor();
    await teacher.page.waitForTimeout(300);
    const before = await enterprisePracticeHours(teacher.page);
    await teacher.page.getByRole('button', { name: '登记校外培训' }).click();
    const dialog = teacher.page.getByRole('dialog');
    await dialog.getByLabel('培训项目名称').fill(training.title);
    await dialog.getByLabel('举办单位').fill(training.provider);
    await dialog.getByLabel('学时').fill(training.hours);
    const start = dialog.locator('.ant-picker-range input').first();
    await start.click();
    await start.fill('2026-07-06');
    await start.press('Enter');
    const end = dialog.locator('.ant-picker-range input').nth(1);
    await end.fill('2026-07-08');
    await end.press('Enter');
    await dialog.locator('input[type=file]').setInputFiles({ name: '企业实践证明-演示.pdf', mimeType: 'application/pdf', buffer: demoCertificate });
    await dialog.getByRole('button', { name: '提交审核' }).click();
    await teacher.page.getByText('已提交，等待院校管理员审核').waitFor({ timeout: 20_000 });
    const pendingRow = teacher.page.locator('.ant-table-row', { hasText: training.title });
    await pendingRow.getByText('待审核').waitFor();
    await teacher.context.close();

    const admin = await signIn(browser, 'demo.college', wide);
    // the page asks for the platform-course hours too, for their tab
    const courseHours = admin.page.waitForResponse((response) => response.url().includes('/api/v1/learning/training/records') && response.url().includes('source=course'));
    await admin.page.goto(`${inject('baseUrl')}/learning/training/review`);
    const row = admin.page.locator('.ant-table-row', { hasText: training.title });
    await row.waitFor();
    expect(await row.innerText()).toContain('企业实践证明-演示.pdf');
    await screenshot(admin.page, 'training-review');
    await row.getByRole('button', { name: /通\s*过/ }).click();
    await row.waitFor({ state: 'detached' });
    // hours from platform courses: their own tab, no review buttons
    await admin.page.getByText('平台课程学时').click();
    await admin.page.locator('.ant-segmented-item-selected', { hasText: '平台课程学时' }).waitFor();
    await admin.page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
    expect((await courseHours).status()).toBe(200);
    await admin.page.locator('.ant-table-row, .ant-table-placeholder').first().waitFor();
    expect(await admin.page.getByRole('button', { name: /通\s*过/ }).count()).toBe(0);
    await screenshot(admin.page, 'training-review-courses');
    await admin.context.close();

    const back = await signIn(browser, 'demo.teacher', wide);
    await back.page.goto(`${inject('baseUrl')}/learning/training`);
    await back.page.getByTestId('training-year').filter({ hasText: '2026 年' }).waitFor();
    expect(await enterprisePracticeHours(back.page)).toBe(before + 16);
    await back.page.locator('.ant-table-row', { hasText: training.title }).getByText('已通过').waitFor();
    await screenshot(back.page, 'my-training');
    await back.context.close();
  });
});
