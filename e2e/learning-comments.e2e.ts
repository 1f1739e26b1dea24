import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot, signIn } from './browser.js';


/** A JSON call with the signed-in context's cookies and CSRF token (for setting up data, not for what the journey checks). */
async function api(context: BrowserContext, method: 'POST' | 'PUT', path: string, body?: unknown): Promise<{ id?: string }> {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'luban_csrf')?.value ?? '';
  const response = await context.request.fetch(`${inject('baseUrl')}${path}`, {
    method,
    headers: { 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id?: string };
}

const button = (scope: Page | ReturnType<Page['locator']>, text: string) => scope.getByRole('button', { name: new RegExp(`^${[...text].join('\\s*')}$`) });

async function openResource(page: Page, id: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/learning/resources/${id}`);
  await page.getByTestId('resource-comments').waitFor();
}

async function postComment(page: Page, text: string): Promise<void> {
  const composer = page.getByTestId('comment-composer');
  // the composers share one mutation: wait until the previous post or reply has settled
  await page.locator('[data-testid="resource-comments"] .ant-btn-loading').first().waitFor({ state: 'detached', timeout: 60_000 });
  await composer.locator('textarea').fill(text);
  await composer.getByRole('button', { name: /发\s*表\s*评\s*论$/ }).click();
  await page.locator('[data-testid="comment"]', { hasText: text }).waitFor();
}

const threadOf = (page: Page, text: string) => page.locator('[data-testid="comment-thread"]', { hasText: text });

describe('resource comments and moderation journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('a student comments and replies, a blocked term is held, a reviewer approves one and removes another with a reason the student sees; the student rates and favourites', async () => {
    const title = '数控机床安全操作规程（演示）';
    const published = 'G代码的例子很清楚，第二部分最有用。';
    const reply = '补充：第三部分的刀具图示也很清楚。';
    const blocked = '需要全部习题答案的同学加 微 信 lb2026';
    const advert = '低价出售实训报告，联系我获取。';
    const reason = '与课程内容无关的广告';

    // a teacher's resource, published by the college's reviewer (set up through the API)
    const teacher = await signIn(browser, 'demo.teacher');
    const created = await api(teacher.context, 'POST', '/api/v1/learning/resources', {
      type: 'document', title: { 'zh-CN': title, en: 'CNC machine safety rules (demo)' }, description: { 'zh-CN': '演示资源：数控机床的安全操作规程。' },
      programCodes: [], knowledgePoints: ['安全操作'], level: 'higher', language: 'zh-CN', licence: 'CC BY 4.0', audience: 'public', providers: [],
    });
    const id = created.id!;
    await api(teacher.context, 'POST', `/api/v1/learning/resources/${id}/submit`);
    const reviewer = await signIn(browser, 'demo.college');
    await api(reviewer.context, 'POST', `/api/v1/learning/resources/${id}/review`, { decision: 'publish' });

    // the student comments, replies, and posts one comment with a blocked term (spaced out) and an advert
    const student = await signIn(browser, 'demo.student');
    await openResource(student.page, id);
    await postComment(student.page, published);
    await button(threadOf(student.page, published), '回复').first().click();
    const replyBox = student.page.getByTestId('reply-composer');
    await replyBox.locator('textarea').fill(reply);
    await button(replyBox, '回复').click();
    await threadOf(student.page, published).locator('[data-testid="comment"]', { hasText: reply }).waitFor();
    await postComment(student.page, blocked);
    await expect.poll(() => student.page.locator('[data-testid="comment"][data-status="held"]', { hasText: blocked }).count()).toBe(1);
    await student.page.getByText('这条评论正在等待审核').waitFor();
    await postComment(student.page, advert);
    await expect.poll(() => student.page.getByTestId('resource-comments').locator('.ant-card-head-title').innerText()).toBe('评论（3）');

    // the teacher sees the published ones, not the held one, and reports the advert
    await openResource(teacher.page, id);
    await threadOf(teacher.page, published).waitFor();
    expect(await teacher.page.getByText(blocked).count()).toBe(0);
    await button(threadOf(teacher.page, advert), '举报').click();
    const modal = teacher.page.getByRole('dialog');
    await modal.getByText('垃圾广告').click();
    await modal.locator('textarea').fill('推销实训报告');
    await button(modal, '举报').click();
    await threadOf(teacher.page, advert).getByText('已举报').waitFor();

    // the reviewer's queue: the held comment with its term, the reported one with its report
    await reviewer.page.goto(`${inject('baseUrl')}/learning/moderation`);
    const heldRow = reviewer.page.locator('tr', { hasText: blocked });
    const advertRow = reviewer.page.locator('tr', { hasText: advert });
    await heldRow.waitFor();
    await advertRow.waitFor();
    expect(await heldRow.locator('.ant-tag', { hasText: '加微信' }).count()).toBe(1);
    expect(await advertRow.getByText('举报 1 次').count()).toBe(1);
    await screenshot(reviewer.page, 'moderation-queue');
    await button(heldRow, '通过').click();
    await heldRow.waitFor({ state: 'detached' });
    await button(advertRow, '移除').click();
    const removal = reviewer.page.getByRole('dialog');
    await removal.locator('textarea').fill(reason);
    await button(removal, '移除').click();
    await advertRow.waitFor({ state: 'detached' });
    await reviewer.page.getByText('没有待审核的评论').waitFor();

    // others now see the approved comment and never the removed one
    await teacher.page.reload();
    await threadOf(teacher.page, blocked).waitFor();
    expect(await teacher.page.getByText(advert).count()).toBe(0);
    expect(await teacher.page.getByText(reason).count()).toBe(0);

    // the student sees the removal and its reason, then rates and favourites the resource
    await student.page.reload();
    await student.page.getByTestId('comment-removal').waitFor();
    expect(await student.page.getByTestId('comment-removal').innerText()).toContain(reason);
    expect(await student.page.locator('[data-testid="comment"][data-status="published"]', { hasText: blocked }).count()).toBe(1);
    await student.page.locator('.ant-rate-star').nth(3).click();
    // the favourite button carries a heart icon, whose label comes first in the button's name
    await student.page.getByRole('button', { name: /(^|\s)收\s*藏$/ }).click();
    await student.page.getByRole('button', { name: /取消收藏$/ }).waitFor();
    await student.page.reload();
    await student.page.getByRole('button', { name: /取消收藏$/ }).waitFor();
    await student.page.locator('.ant-descriptions-row', { hasText: '评分' }).getByText('4 (1)').waitFor();
    // the student's own stars survive the reload
    expect(await student.page.getByTestId('my-rating').locator('.ant-rate-star-full').count()).toBe(4);
    // the bell tells the student what happened to their comments: held, approved, removed with the reason
    await student.page.getByTestId('notifications-bell').click();
    const panel = student.page.getByTestId('notifications-panel');
    await panel.locator('[data-testid="notification-item"][data-kind="comment_removed"]', { hasText: reason }).waitFor();
    expect(await panel.locator('[data-testid="notification-item"][data-kind="comment_held"]').count()).toBe(1);
    expect(await panel.locator('[data-testid="notification-item"][data-kind="comment_released"]').count()).toBe(1);
    await screenshot(student.page, 'comment-notifications');
    await panel.locator('[data-testid="notification-item"][data-kind="comment_removed"] a').first().click();
    await expect.poll(() => new URL(student.page.url()).pathname).toBe(`/learning/resources/${id}`);
    await student.page.getByTestId('comment-removal').scrollIntoViewIfNeeded();
    await screenshot(student.page, 'resource-comments');

    // a national administrator sees the same queue (now empty) and the platform's comment settings
    const national = await signIn(browser, 'demo.national');
    await national.page.goto(`${inject('baseUrl')}/learning/moderation`);
    await national.page.getByText('评论设置（全国）').waitFor();
    await expect.poll(() => national.page.locator('textarea').first().inputValue()).toContain('加微信');
    await screenshot(national.page, 'moderation-settings');

    for (const session of [teacher, reviewer, student, national]) await session.context.close();
  }, 360_000);
});
