import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CourseDetail, CourseProgress } from '../src/shared/contracts/learning/courses.js';
import type { BrowsedStatement } from '../src/shared/contracts/lrs/statement-browse.js';
import { courseActivityId } from '../src/server/modules/learning/domain/course-statements.js';
import { launchBrowser, screenshot, signIn, useLocale } from './browser.js';

/**
 * Issue 4's courses acceptance, in the browser, as one story: a teacher and an enterprise user
 * co-build a video resource (the teacher uploads it naming the enterprise as co-provider, the
 * enterprise user, an author of the co-built resource, sends it to review); the college's
 * reviewer publishes it; the teacher builds a course from it in the builder (drag and drop, then
 * the "Add" button for a new exercise set) and publishes it openly; a student finds the course
 * with a Chinese and an English query, enrols, watches the video to its end, answers the
 * exercises with immediate feedback, leaves, and on coming back is put where she left off. The
 * learning records the journey produced are then read back from the LRS.
 * The video is recorded in the browser (MediaRecorder over a canvas): demo content, labelled so.
 */

const RESOURCE_ZH = '数控车床 G 代码演示视频（演示）';
const RESOURCE_EN = 'CNC lathe G-code demo video (demo)';
const COURSE_ZH = '数控车床编程入门（演示）';
const COURSE_EN = 'CNC lathe programming basics (demo)';
const SET_TITLE = '数控车床 G 代码小测（演示）';
const ENTERPRISE_SCOPE = 'enterprise:DEMO-ENT-01';

type Session = { context: BrowserContext; page: Page };

let browser: Browser;
const sessions = new Map<string, Session>();

/** One signed-in browser context per user for the whole story. */
async function logIn(username: string): Promise<Session> {
  const existing = sessions.get(username);
  if (existing) return existing;
  const session = await signIn(browser, username, { context: { timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 900 } } });
  sessions.set(username, session);
  return session;
}

/** A JSON read with the session's cookies (to check what the browser steps stored). */
async function apiGet<T>(session: Session, path: string): Promise<T> {
  const response = await session.page.request.get(`${inject('baseUrl')}${path}`);
  const text = await response.text();
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}: ${text}`);
  return JSON.parse(text) as T;
}

/** A screenshot once the page has settled: at the top, no spinner or skeleton, animations done. */
async function capture(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0, undefined, { timeout: 15_000 });
  await page.waitForTimeout(600);
  await screenshot(page, name);
}

/** A 3-second WebM (VP8) recorded from a canvas in the page: a real video the server sniffs, stores and serves with ranges. */
async function recordDemoVideo(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 360;
    const context = canvas.getContext('2d')!;
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 300_000 });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start(250);
    const start = performance.now();
    await new Promise<void>((resolve) => {
      const draw = () => {
        const seconds = (performance.now() - start) / 1000;
        context.fillStyle = '#0b3d91';
        context.fillRect(0, 0, 640, 360);
        context.fillStyle = '#ffd666';
        context.fillRect(40 + seconds * 150, 230, 80, 40);
        context.fillStyle = '#ffffff';
        context.font = '32px sans-serif';
        context.fillText('演示视频 · G00 快速定位', 40, 120);
        context.fillText(`${seconds.toFixed(1)} s`, 40, 180);
        if (seconds < 3) requestAnimationFrame(draw);
        else resolve();
      };
      draw();
    });
    recorder.stop();
    await stopped;
    const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** Types a query into the library search and waits for a hit with this title. */
async function searchLibrary(page: Page, query: string, title: string): Promise<void> {
  const box = page.locator('.ant-input-search input').first();
  await box.fill(query);
  await box.press('Enter');
  await page.locator('[data-testid="search-hit"]', { hasText: title }).first().waitFor({ timeout: 20_000 });
}

describe('learning courses journey', () => {
  let resourceId = '';
  let courseId = '';
  let course: CourseDetail;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const session of sessions.values()) await session.context.close();
    await browser?.close();
  });

  it('a teacher uploads a video naming the enterprise as co-provider; the enterprise user, its co-author, sends it to review', async () => {
    const { page } = await logIn('demo.teacher');
    const video = await recordDemoVideo(page);
    expect(video.subarray(0, 4).toString('hex'), 'a WebM (EBML) file').toBe('1a45dfa3');
    await page.getByTestId('nav-learning-upload').first().click();
    await page.getByText('上传资源', { exact: true }).first().waitFor();
    await page.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '视频' }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'cnc-g-code-demo.webm', mimeType: 'video/webm', buffer: video });
    await page.getByLabel('标题（中文）').fill(RESOURCE_ZH);
    await page.getByLabel('标题（英文）').fill(RESOURCE_EN);
    await page.getByLabel('简介（中文）').fill('演示资源：校企共建的数控车床 G00/G01 指令讲解短视频。');
    await page.getByLabel('简介（英文）').fill('Demo resource: a short co-built video on the G00/G01 commands of a CNC lathe.');
    await page.getByLabel('共建企业（可选）').fill(ENTERPRISE_SCOPE);
    await page.getByRole('button', { name: '上传并保存草稿' }).click();
    await page.waitForURL(/\/learning\/resources\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    resourceId = page.url().split('/').pop()!;
    await page.getByText('草稿', { exact: true }).first().waitFor();
    await page.locator('.ant-descriptions', { hasText: ENTERPRISE_SCOPE }).waitFor();

    const enterprise = await logIn('demo.enterprise');
    // the teacher shares the draft's link with the co-building enterprise
    await enterprise.page.goto(`${inject('baseUrl')}/learning/resources/${resourceId}`);
    await enterprise.page.locator('[data-testid="resource-video"]').waitFor();
    const providers = await enterprise.page.locator('.ant-descriptions-row', { hasText: '提供方' }).locator('.ant-tag').allInnerTexts();
    expect(providers).toContain(ENTERPRISE_SCOPE);
    expect(providers).toHaveLength(2);
    await enterprise.page.getByRole('button', { name: '提交审核' }).click();
    await enterprise.page.getByText('待审核').first().waitFor();
  });

  it('the college reviewer publishes the co-built resource', async () => {
    const { page } = await logIn('demo.college');
    await page.goto(`${inject('baseUrl')}/learning/review`);
    const row = page.locator('tr', { hasText: RESOURCE_ZH });
    await row.waitFor();
    await expect(row.locator('.ant-tag').allInnerTexts()).resolves.toContain(ENTERPRISE_SCOPE);
    await row.getByRole('button', { name: /^发\s*布$/ }).click();
    await row.waitFor({ state: 'detached' });
  });

  it('the teacher builds a course from it by drag and drop, adds an exercise set with the Add button, and publishes it openly', async () => {
    const teacher = await logIn('demo.teacher');
    const { page } = teacher;
    await page.getByTestId('nav-learning-teaching').first().click();
    await page.getByRole('button', { name: '新建课程' }).click();
    await page.getByLabel('课程名称（中文）').fill(COURSE_ZH);
    await page.getByLabel('课程名称（英文）').fill(COURSE_EN);
    await page.getByLabel('知识点').fill('G00 快速定位、G01 直线插补');
    await page.locator('.ant-modal-footer:visible .ant-btn-primary').click();
    await page.waitForURL(/\/learning\/courses\/[0-9a-f-]{36}\/edit$/, { timeout: 20_000 });
    courseId = page.url().split('/').slice(-2)[0]!;

    await page.getByRole('button', { name: '添加单元' }).click();
    const unit = page.getByTestId('builder-unit').first();
    await unit.waitFor();

    const picker = page.getByTestId('resource-picker');
    await picker.getByPlaceholder('搜索资源库').fill('数控车床');
    await picker.getByPlaceholder('搜索资源库').press('Enter');
    const resourceRow = picker.getByTestId('picker-item').filter({ hasText: RESOURCE_ZH });
    await resourceRow.waitFor({ timeout: 20_000 });
    await resourceRow.dragTo(unit);
    await unit.getByTestId('builder-item').filter({ hasText: RESOURCE_ZH }).waitFor();

    await picker.getByRole('tab', { name: '习题集' }).click();
    await picker.getByRole('button', { name: '新建习题集' }).click();
    const modal = page.locator('.ant-modal:visible');
    await modal.locator('#title').fill(SET_TITLE);
    await modal.locator('#questions_0_prompt').fill('数控车床上用于快速定位（不切削）的 G 代码是？');
    await modal.locator('#questions_0_options').fill('G00\nG01\nG02\nG03');
    await modal.locator('#questions_0_answer').fill('A');
    await modal.locator('#questions_0_explanation').fill('G00 为快速定位，G01 为按进给速度的直线插补。');
    await modal.getByRole('button', { name: '添加题目' }).click();
    await modal.locator('.ant-select').nth(1).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '判断题' }).click();
    await modal.locator('#questions_1_prompt').fill('G01 指令用于快速移动，不进行切削。');
    await modal.locator('#questions_1_answer').fill('错');
    await modal.locator('#questions_1_explanation').fill('G01 是直线插补，刀具按进给速度切削。');
    await modal.getByRole('button', { name: '创建习题集' }).click();
    await modal.waitFor({ state: 'hidden' });
    const setRow = picker.getByTestId('picker-item').filter({ hasText: SET_TITLE });
    // the keyboard and click alternative to dragging
    await setRow.getByRole('button', { name: /加\s*入$/ }).click();
    await unit.getByTestId('builder-item').filter({ hasText: SET_TITLE }).waitFor();
    await expect(unit.getByTestId('builder-item').allInnerTexts()).resolves.toEqual([expect.stringContaining(RESOURCE_ZH), expect.stringContaining(SET_TITLE)]);

    await page.getByRole('button', { name: /发\s*布$/ }).click();
    await page.getByText('课程已发布').first().waitFor();
    await page.getByText('已发布', { exact: true }).first().waitFor();
    await capture(page, 'course-builder');

    course = await apiGet<CourseDetail>(teacher, `/api/v1/learning/courses/${courseId}`);
    expect(course.status).toBe('published');
    expect(course.target).toBe('open');
    expect(course.units[0]!.items.map((item) => item.kind)).toEqual(['resource', 'exercise_set']);
    expect(course.units[0]!.items[0]!.resourceId).toBe(resourceId);
  });

  it('a student finds the course with a Chinese and with an English query in the library', async () => {
    const { page } = await logIn('demo.student');
    await page.getByTestId('nav-learning-library').first().click();
    await searchLibrary(page, '数控车床', COURSE_ZH);
    const courseHit = page.locator('[data-testid="search-hit"]', { hasText: COURSE_ZH });
    await expect(courseHit.locator('.ant-tag').allInnerTexts()).resolves.toContain('课程');
    await expect(courseHit.locator('a').getAttribute('href')).resolves.toBe(`/learning/courses/${courseId}`);
    // the co-built video is found by the same query, marked as co-built
    await expect(page.locator('[data-testid="search-hit"]', { hasText: RESOURCE_ZH }).locator('.ant-tag').allInnerTexts()).resolves.toContain('校企共建');
    await capture(page, 'learning-library');

    await useLocale(page, 'en');
    await page.waitForFunction(() => document.body.innerText.includes('Resource library'));
    await searchLibrary(page, 'lathe programming', COURSE_EN);
    await capture(page, 'learning-library-course-en');
    await useLocale(page, 'zh-CN');
  });

  it('the student enrols, watches the video to its end and answers the exercises with immediate feedback', async () => {
    const { page } = await logIn('demo.student');
    await searchLibrary(page, '数控车床', COURSE_ZH);
    await page.locator(`[data-testid="search-hit"] a[href="/learning/courses/${courseId}"]`).click();
    await page.waitForURL(new RegExp(`/learning/courses/${courseId}$`));
    const [videoItem, exerciseItem] = course.units[0]!.items;
    await page.getByTestId('course-enrol').click();
    await page.getByTestId('course-progress').waitFor();
    await expect.poll(() => page.getByTestId('current-item').getAttribute('data-item-id')).toBe(videoItem!.id);

    const video = page.getByTestId('resource-video');
    await video.waitFor();
    await video.evaluate(async (element) => {
      const media = element as HTMLVideoElement;
      media.muted = true;
      await media.play();
    });
    const videoInOutline = page.locator(`[data-testid="outline-item"][data-item-id="${videoItem!.id}"]`);
    await expect.poll(() => videoInOutline.getAttribute('data-done'), { timeout: 30_000 }).toBe('true');
    await page.getByTestId('item-done').waitFor();
    await expect(page.getByTestId('course-progress').innerText()).resolves.toContain('1/2');

    await page.getByTestId('next-item').click();
    await expect.poll(() => page.getByTestId('current-item').getAttribute('data-item-id')).toBe(exerciseItem!.id);
    await page.getByRole('button', { name: '开始作答' }).click();
    const questions = page.getByTestId('exercise-question');
    await questions.first().getByText('G00', { exact: true }).click();
    await questions.first().getByRole('button', { name: '提交答案' }).click();
    await expect(questions.first().getByTestId('exercise-feedback').innerText()).resolves.toContain('回答正确');
    await questions.nth(1).getByText('正确', { exact: true }).click();
    await questions.nth(1).getByRole('button', { name: '提交答案' }).click();
    const wrong = questions.nth(1).getByTestId('exercise-feedback');
    await expect(wrong.innerText()).resolves.toContain('回答错误');
    await expect(wrong.innerText()).resolves.toContain('正确答案：错误');
    await expect(wrong.innerText()).resolves.toContain('G01 是直线插补');
    await expect(page.getByTestId('exercise-score').innerText()).resolves.toContain('得分：1/2');
    await page.getByText('课程已完成').waitFor();
    await capture(page, 'course-player');
  });

  it('the student leaves, comes back through My courses and is put back at the exercise item', async () => {
    const student = await logIn('demo.student');
    const { page } = student;
    const [, exerciseItem] = course.units[0]!.items;
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByTestId('nav-learning-courses').first().click();
    const card = page.getByTestId('enrolled-courses').getByTestId('course-card').filter({ hasText: COURSE_ZH });
    await expect(card.getByTestId('enrolled-progress').innerText()).resolves.toContain('课程已完成');
    await capture(page, 'course-my-courses');
    await card.getByRole('button', { name: '继续学习' }).click();
    await page.waitForURL(new RegExp(`/learning/courses/${courseId}$`));
    await page.getByTestId('resumed').waitFor();
    await expect.poll(() => page.getByTestId('current-item').getAttribute('data-item-id')).toBe(exerciseItem!.id);
    await expect(page.getByTestId('exercise-score').innerText()).resolves.toContain('得分：1/2');
    await capture(page, 'course-player-resumed');

    const progress = await apiGet<CourseProgress>(student, `/api/v1/learning/courses/${courseId}/progress`);
    expect(progress.lastItemId).toBe(exerciseItem!.id);
    expect(progress.completedItems).toBe(2);
    expect(progress.completedAt).not.toBeNull();
  });

  it('back in the video, the student stops part-way; the next visit resumes the video at that second', async () => {
    const student = await logIn('demo.student');
    const { page } = student;
    const [videoItem] = course.units[0]!.items;
    await page.locator(`[data-testid="outline-item"][data-item-id="${videoItem!.id}"]`).click();
    const video = page.getByTestId('resource-video');
    await video.waitFor();
    await video.evaluate(async (element) => {
      const media = element as HTMLVideoElement;
      media.muted = true;
      if (media.readyState < 1) await new Promise((resolve) => media.addEventListener('loadedmetadata', resolve, { once: true }));
      media.currentTime = 0;
      await media.play();
      await new Promise<void>((resolve) => {
        const check = () => (media.currentTime >= 1.2 ? resolve() : requestAnimationFrame(check));
        check();
      });
      media.pause();
    });
    const positionOf = async () => (await apiGet<CourseProgress>(student, `/api/v1/learning/courses/${courseId}/progress`)).items.find((item) => item.itemId === videoItem!.id)?.position ?? null;
    await expect.poll(positionOf, { timeout: 15_000 }).toBeLessThan(2.5);
    const saved = (await positionOf())!;
    expect(saved).toBeGreaterThanOrEqual(1);
    await capture(page, 'course-player-video');

    await page.getByTestId('nav-learning-library').first().click();
    await page.getByTestId('nav-learning-courses').first().click();
    await page.getByTestId('enrolled-courses').getByTestId('course-card').filter({ hasText: COURSE_ZH }).getByRole('button', { name: '继续学习' }).click();
    await page.getByTestId('resumed').waitFor();
    await expect.poll(() => page.getByTestId('current-item').getAttribute('data-item-id')).toBe(videoItem!.id);
    await page.getByTestId('resumed-at').waitFor();
    const resumedAt = await page.getByTestId('resource-video').evaluate((element) => (element as HTMLVideoElement).currentTime);
    expect(Math.abs(resumedAt - saved)).toBeLessThan(0.5);
  });

  it('the LRS holds the journey’s statements, each item statement with the course as parent', async () => {
    const national = await logIn('demo.national');
    const courseIri = courseActivityId(courseId);
    const page = await apiGet<{ items: BrowsedStatement[] }>(national, `/api/v1/lrs/statements?activity=${encodeURIComponent(courseIri)}&relatedActivities=true&limit=100`);
    const statements = page.items.map((item) => item.statement as { verb: { id: string }; object: { id: string }; result?: { success?: boolean; response?: string; completion?: boolean; score?: { raw: number } }; context?: { contextActivities?: { parent?: Array<{ id: string }> } } });
    const verb = (name: string) => statements.filter((statement) => statement.verb.id.endsWith(`/${name}`));
    const parentOf = (statement: (typeof statements)[number]) => statement.context?.contextActivities?.parent?.map((activity) => activity.id) ?? [];

    expect(verb('registered').map((statement) => statement.object.id)).toEqual([courseIri]);
    expect(verb('launched').length).toBeGreaterThanOrEqual(2);
    // watching the video item is a view of the resource inside the course
    expect(verb('viewed').some((statement) => statement.object.id.endsWith(`/learning/resources/${resourceId}`))).toBe(true);
    const progressed = verb('progressed');
    expect(progressed.some((statement) => statement.object.id.endsWith(`/learning/resources/${resourceId}`) && statement.result?.completion === true)).toBe(true);
    const answered = verb('answered');
    expect(answered).toHaveLength(2);
    expect(answered.map((statement) => statement.result?.success).sort()).toEqual([false, true]);
    expect(answered.every((statement) => typeof statement.result?.response === 'string')).toBe(true);
    const completed = verb('completed');
    expect(completed.some((statement) => statement.object.id === courseIri)).toBe(true);
    expect(completed.some((statement) => statement.object.id.endsWith(`/learning/resources/${resourceId}`))).toBe(true);
    expect(completed.some((statement) => statement.object.id.includes('/learning/exercise-sets/') && statement.result?.score?.raw === 1)).toBe(true);
    expect(verb('attempted')).toHaveLength(1);
    for (const statement of statements.filter((candidate) => candidate.object.id !== courseIri)) expect(parentOf(statement)).toEqual([courseIri]);
  });
});
