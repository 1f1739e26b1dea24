import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const screenshotDir = path.resolve('e2e/screenshots');

/** Debian's Chromium, with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
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
