import type { Page } from 'playwright-core';
import { ApiClient } from './api-client.js';
import { expect } from 'vitest';
import { findAccessibilityViolations } from './axe.js';
import type { BrowserGlobals } from './browser-globals.js';
import { desktopViewport, phoneViewport } from './browser.js';
import { waitForHeading } from './page-helpers.js';

/** Checks the page with axe at desktop and at phone width, and leaves it at `end`. */
export async function expectAccessibleAtBothSizes(
  page: Page,
  end: { width: number; height: number } = desktopViewport,
): Promise<void> {
  for (const viewport of [desktopViewport, phoneViewport]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300); // AppShell animates its offsets after a resize
    expect(await findAccessibilityViolations(page)).toEqual([]);
    expect(
      await page.evaluate(
        () => (globalThis as unknown as BrowserGlobals).document.documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(viewport.width);
  }
  await page.setViewportSize(end);
}

/** Signs in through the login form and waits for the start page. */
export async function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await waitForHeading(page, 'Logga in');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel(/^Lösenord/).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * A user invited by the admin and accepted through the API, in the first organisation of
 * `organisationKind` (any when not given); ready to sign in with `password`.
 */
export async function addAccount(
  admin: ApiClient,
  baseUrl: string,
  account: {
    email: string;
    displayName: string;
    password: string;
    roles: string[];
    organisationKind?: string;
  },
): Promise<{ id: string }> {
  const { organisations } = await admin.get<{ organisations: { id: string; kind: string }[] }>(
    '/api/organisations',
  );
  const organisation = account.organisationKind
    ? organisations.find((item) => item.kind === account.organisationKind)
    : organisations[0];
  const invited = await admin.post<{ user: { id: string }; invitation: { link: string } }>(
    '/api/users',
    {
      email: account.email,
      displayName: account.displayName,
      organisationId: organisation?.id,
      roles: account.roles,
    },
  );
  await new ApiClient(baseUrl).post('/api/invitations/accept', {
    token: invited.invitation.link.split('#')[1],
    password: account.password,
  });
  return { id: invited.user.id };
}
