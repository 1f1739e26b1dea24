import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export const screenshotDir = path.resolve('e2e/screenshots');

/** Debian's Chromium, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser context whose pages ask for reduced motion: menus and dialogs then open at once (the app
 * turns antd's motion off), so a click on a loaded machine never lands on something still animating in.
 */
export function newContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  return browser.newContext({ reducedMotion: 'reduce', ...options });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * Clicks `target` until `shown` is visible, at most `attempts` times. For a click into a menu that
 * is still animating open, which a loaded machine can let pass without effect (a person clicks
 * again); the journey still fails when the second and third click do nothing either.
 */
export async function clickUntilVisible(target: Locator, shown: Locator, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await target.click();
    try {
      await shown.waitFor({ state: 'visible', timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

/**
 * Puts the signed-in user's interface in `locale` unless it is in it already. The language is a
 * saved user setting and the journeys share the demo accounts, so a journey that switches a
 * user to English must not decide the language of the next journey that signs in as that user.
 */
export async function useLocale(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  const control = page.getByTestId('lang-switch').first();
  await control.waitFor({ state: 'visible' });
  if ((await control.getAttribute('data-locale')) === locale) return;
  await control.click();
  await page.waitForFunction((wanted) => document.querySelector('[data-testid="lang-switch"]')?.getAttribute('data-locale') === wanted, locale);
}

/**
 * Signs `page` in through the login form as `username` (a demo account unless `password` is
 * given), waits for the signed-in shell and puts the interface in Chinese (see useLocale).
 */
export async function logIn(page: Page, username: string, password = inject('demoPasswords')[username]): Promise<void> {
  if (password === undefined) throw new Error(`no demo password for ${username}`);
  await page.goto(`${inject('baseUrl')}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 20_000 });
  await useLocale(page, 'zh-CN');
}

export type SignedIn = { context: BrowserContext; page: Page };

export type SignInOptions = {
  /** A password for an account that is not a demo account. */
  password?: string;
  /** Context options on top of a Chinese browser with a 1280×900 window. */
  context?: BrowserContextOptions;
};

/** A fresh browser context (its own cookies) with one page signed in as `username`. */
export async function signIn(browser: Browser, username: string, options: SignInOptions = {}): Promise<SignedIn> {
  const context = await newContext(browser, { locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options.context });
  const page = await context.newPage();
  await logIn(page, username, options.password);
  return { context, page };
}
