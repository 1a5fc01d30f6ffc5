import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { BrowserGlobals } from './browser-globals.js';
import { repositoryRoot } from './paths.js';

export const desktopViewport = { width: 1280, height: 800 };
export const phoneViewport = { width: 375, height: 740 };

export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium, headless, in a throwaway profile. The page's CSP stays on: the journeys
 * must show that the app runs under it.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'tryggve-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.TRYGGVE_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: desktopViewport,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    // Dialogs then open without a fade, so an accessibility check never sees half-drawn colours.
    reducedMotion: 'reduce',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(15_000);
  // Report CSP violations from inside the page; init scripts are not subject to the CSP.
  await context.addInitScript(() => {
    const violations: string[] = [];
    const page = globalThis as unknown as BrowserGlobals;
    page.__cspViolations = violations;
    page.document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Collects what should never happen on a page: uncaught errors and console errors. Chromium
 * also logs every 4xx answer as a console error; `expectedStatuses` lists those a journey
 * provokes on purpose (a wrong password: 401); `ignoredMessages` those of a journey that cuts the
 * network on purpose.
 */
export function watchForPageErrors(
  page: Page,
  options: { expectedStatuses?: number[]; ignoredMessages?: RegExp[] } = {},
): () => string[] {
  const problems: string[] = [];
  const expected = new Set(options.expectedStatuses ?? []);
  const ignored = options.ignoredMessages ?? [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const status = /status of (\d{3})/.exec(message.text())?.[1];
    if (status !== undefined && expected.has(Number(status))) return;
    if (ignored.some((pattern) => pattern.test(message.text()))) return;
    problems.push(`console error: ${message.text()}`);
  });
  return () => [...problems];
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as BrowserGlobals).__cspViolations ?? []);
}

/** Saves docs/screenshots/<name>.png when TRYGGVE_SCREENSHOTS=1. */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { isFullPage?: boolean } = {},
): Promise<void> {
  if (process.env.TRYGGVE_SCREENSHOTS !== '1') return;
  const folder = join(repositoryRoot, 'docs', 'screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({
    path: join(folder, `${name}.png`),
    fullPage: options.isFullPage ?? true,
    animations: 'disabled',
  });
}
