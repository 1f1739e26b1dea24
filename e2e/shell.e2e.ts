import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, logIn, newContext, screenshot } from './browser.js';

declare global {
  interface Window {
    /** The motion journey's record of animation durations, read back from the page. */
    seenDurations?: string[];
  }
}

/** What each demo account must see in the navigation — and nothing else. */
const governance = ['catalog', 'dashboards', 'filings', 'offerings', 'warnings'];
const expectedNav: Record<string, string[]> = {
  'demo.national': ['home', 'users', 'api-keys', 'institutions', ...governance, 'learning-library', 'learning-textbooks', 'learning-revision-age', 'learning-simulations', 'learning-courses', 'learning-review', 'learning-moderation', 'lrs'],
  'demo.province': ['home', 'users', 'api-keys', 'institutions', ...governance, 'learning-library', 'learning-textbooks', 'learning-revision-age', 'learning-simulations', 'learning-courses', 'lrs'],
  'demo.college': ['home', 'users', 'api-keys', 'institutions', ...governance, 'learning-library', 'learning-textbooks', 'learning-revision-age', 'learning-training-review', 'learning-simulations', 'learning-courses', 'learning-review', 'learning-moderation', 'lrs'],
  'demo.teacher': ['home', 'learning-library', 'learning-textbooks', 'learning-revision-age', 'learning-training', 'learning-simulations', 'learning-simulation-attempts', 'learning-courses', 'learning-teaching', 'learning-upload'],
  'demo.student': ['home', 'learning-library', 'learning-textbooks', 'learning-simulations', 'learning-simulation-attempts', 'learning-courses'],
  'demo.enterprise': ['home', 'learning-library', 'learning-textbooks', 'learning-simulations', 'learning-courses', 'learning-upload', 'learning-review', 'learning-moderation'],
  'demo.auditor': ['home', 'audit', 'institutions', 'catalog', 'dashboards', 'offerings', 'warnings', 'learning-library', 'learning-textbooks', 'learning-revision-age', 'learning-simulations', 'learning-courses'],
};

async function visibleNavKeys(page: Page): Promise<string[]> {
  const keys = await page.locator('[data-testid^="nav-"]').evaluateAll((nodes) =>
    nodes.filter((n) => (n as HTMLElement).offsetParent !== null).map((n) => n.getAttribute('data-testid')!.slice(4)),
  );
  return [...new Set(keys)].sort();
}

/** Signs out through the user menu; opens the menu again when a click on a menu still animating in was lost. */
async function logOut(page: Page) {
  for (let attempt = 1; ; attempt += 1) {
    if (await page.getByTestId('user-menu').isVisible()) {
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').click();
    }
    try {
      await page.getByTestId('login-username').waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

describe('web shell journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('every demo account logs in, sees its own navigation, switches language and logs out', async () => {
    const passwords = inject('demoPasswords');
    expect(Object.keys(passwords).sort()).toEqual(Object.keys(expectedNav).sort());
    for (const [username, nav] of Object.entries(expectedNav)) {
      const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await logIn(page, username);
      await page.getByTestId('demo-badge').first().waitFor({ state: 'visible' });
      expect(await visibleNavKeys(page), username).toEqual([...nav].sort());
      await expect(page.locator('body').innerText()).resolves.toContain('首页');
      await screenshot(page, `shell-${username}-zh`);

      await page.getByTestId('lang-switch').first().click();
      await page.waitForFunction(() => document.body.innerText.includes('Home'));
      expect(await page.getByTestId('lang-switch').first().getAttribute('data-locale')).toBe('en');
      await screenshot(page, `shell-${username}-en`);

      await logOut(page);
      const me = await page.request.get(`${inject('baseUrl')}/api/v1/auth/me`);
      expect(me.status()).toBe(401);
      await context.close();
    }
  });

  it('works on a phone: the navigation moves into a menu', async () => {
    const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await logIn(page, 'demo.national');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await screenshot(page, 'shell-phone-home');
    await page.goto(`${inject('baseUrl')}/users`);
    await page.getByTestId('users-table').waitFor({ state: 'visible' });
    await screenshot(page, 'shell-phone-users');
    await context.close();
  });

  it('follows the system setting for motion: the user menu animates open, and opens at once when less motion is asked for', async () => {
    /** The animation durations the user menu's popup has while it opens, read at every class change. */
    const openingDurations = async (reducedMotion: 'reduce' | 'no-preference'): Promise<string[]> => {
      const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1280, height: 800 }, reducedMotion });
      const page = await context.newPage();
      await logIn(page, 'demo.student');
      await page.evaluate(() => {
        const seen: string[] = [];
        window.seenDurations = seen;
        new MutationObserver((records) => {
          for (const record of records) {
            const target = record.target;
            if (target instanceof Element && /-(appear|enter)-active/.test(target.className)) seen.push(getComputedStyle(target).animationDuration);
          }
        }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
      });
      await page.getByTestId('user-menu').click();
      await page.getByTestId('logout').waitFor({ state: 'visible' });
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => window.seenDurations ?? []);
      await context.close();
      return [...new Set(seen)];
    };
    const animated = await openingDurations('no-preference');
    expect(animated.some((duration) => parseFloat(duration) > 0), `durations ${animated.join(', ')}`).toBe(true);
    const reduced = await openingDurations('reduce');
    // the same observer, which saw the animation above, sees no animating state here, or only ones of no duration
    expect(reduced.every((duration) => parseFloat(duration) === 0), `durations ${reduced.join(', ')}`).toBe(true);
  });

  it('an administrator creates a user and an auditor sees it in the audit log', async () => {
    const context = await newContext(browser, { locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await logIn(page, 'demo.national');
    await page.getByTestId('nav-users').first().click();
    await page.getByTestId('users-table').waitFor({ state: 'visible' });
    await screenshot(page, 'users-list');
    await logOut(page);

    await logIn(page, 'demo.auditor');
    await page.getByTestId('nav-audit').first().click();
    // other journeys write many newer entries: filter by the action instead of hoping it is on the first page
    await page.getByTestId('audit-filter-action').fill('user.create');
    await page.getByTestId('audit-search').click();
    await page.waitForFunction(() => document.body.innerText.includes('user.create'));
    await screenshot(page, 'audit-log');
    await context.close();
  });
});
