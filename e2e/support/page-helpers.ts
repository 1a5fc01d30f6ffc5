import type { Page } from 'playwright-core';

export interface SessionUserJson {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  locale: string;
  organisation: { id: string; name: string };
  municipality: { id: string; code: string; name: string };
  /** Issue 17: a second factor to enrol or enter first; null for a full session. */
  pendingStep: 'enrol_second_factor' | 'verify_second_factor' | null;
}

/** Asks the API, with the page's cookies, who is signed in. */
export async function currentSessionUser(page: Page): Promise<SessionUserJson | null> {
  return page.evaluate(async () => {
    const response = await fetch('/api/session', { credentials: 'same-origin' });
    const body = (await response.json()) as { user: SessionUserJson | null };
    return body.user;
  });
}

/** The page's visible main heading. */
export async function mainHeading(page: Page): Promise<string> {
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  return (await heading.innerText()).trim();
}

/** Waits until the main heading reads `text` (pages load their code lazily). */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.locator('main h1', { hasText: text }).first().waitFor();
}
