import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What the focused element is, as a keyboard user meets it. */
export interface FocusedElement {
  tag: string;
  /** The accessible name as far as the journeys need it: label, aria-label or text. */
  name: string;
  role: string | null;
  isInDialog: boolean;
  isInNavigation: boolean;
  /** The width of the focus ring in px: the outline, or the spread of a box-shadow. */
  ring: number;
  isInvalid: boolean;
  /** Class and computed outline and shadow, for failure messages. */
  detail: string;
}

/*
 * Runs in the page. Written as a string: the repository's Node tsconfig (which checks e2e/) has
 * no DOM library, and the code is only ever evaluated by Chromium.
 */
const describeFocus = `(() => {
  const element = document.activeElement;
  if (element === null || element === document.body) {
    return { detail: '', tag: 'BODY', name: '', role: null, isInDialog: false, isInNavigation: false, ring: 0, isInvalid: false };
  }
  const byIds = (ids) => (ids || '').split(/\\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ').trim();
  const name = (
    element.getAttribute('aria-label') ||
    byIds(element.getAttribute('aria-labelledby')) ||
    (element.labels && element.labels[0] ? element.labels[0].textContent : '') ||
    element.textContent || ''
  ).replace(/\\s+/g, ' ').replace(/\\s*\\*$/, '').trim();
  const ringOf = (node) => {
    const style = getComputedStyle(node);
    if (Number(style.opacity) === 0) return 0;
    const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) || 0 : 0;
    let shadow = 0;
    for (const match of style.boxShadow.matchAll(/(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px/g)) {
      shadow = Math.max(shadow, parseFloat(match[4]));
    }
    return Math.max(outline, shadow);
  };
  // A radio button drawn as a large choice is invisible itself; its label carries the ring.
  let ring = ringOf(element);
  for (let node = element.parentElement, depth = 0; ring < 2 && node !== null && depth < 2; node = node.parentElement, depth += 1) {
    if (getComputedStyle(element).opacity === '0') ring = Math.max(ring, ringOf(node));
  }
  const own = getComputedStyle(element);
  return {
    detail: element.className + ' | outline ' + own.outline + ' | shadow ' + own.boxShadow,
    tag: element.tagName,
    name,
    role: element.getAttribute('role'),
    isInDialog: element.closest('[role="dialog"]') !== null,
    isInNavigation: element.closest('#main-navigation') !== null,
    ring,
    isInvalid: element.getAttribute('aria-invalid') === 'true',
  };
})()`;

export async function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(describeFocus) as Promise<FocusedElement>;
}

/*
 * Runs in the page before its own scripts: keeps the last moves of focus, so that a failed
 * focus assertion says how focus got where it is.
 */
const focusHistoryScript = `(() => {
  window.__focusHistory = [];
  document.addEventListener('focusin', (event) => {
    const element = event.target;
    const label = element.getAttribute?.('aria-label') || (element.labels && element.labels[0] ? element.labels[0].textContent : '') || element.textContent || '';
    window.__focusHistory.push(Math.round(performance.now()) + ' ms ' + element.tagName + ' "' + label.replace(/\\s+/g, ' ').trim().slice(0, 40) + '"');
    if (window.__focusHistory.length > 80) window.__focusHistory.shift();
  }, true);
  document.addEventListener('keydown', (event) => {
    window.__focusHistory.push(Math.round(performance.now()) + ' ms keydown ' + event.key + ' on ' + event.target.tagName);
  }, true);
  const originalFocus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    window.__focusHistory.push(Math.round(performance.now()) + ' ms focus() on ' + this.tagName + ' ' + (this.getAttribute('aria-label') || (this.labels && this.labels[0] ? this.labels[0].textContent : '')) + ' from ' + (new Error().stack || '').split('\\n').slice(2, 6).join(' | '));
    return originalFocus.apply(this, args);
  };
  // Typing too: a field that loses what was typed says when and how.
  document.addEventListener('input', (event) => {
    const element = event.target;
    window.__focusHistory.push(Math.round(performance.now()) + ' ms input ' + (event.inputType || '') + ' -> ' + String(element.value ?? '').length + ' characters');
    if (window.__focusHistory.length > 80) window.__focusHistory.shift();
  }, true);
})()`;

/** Keeps the page's recent focus moves for failure messages; call before the first `goto`. */
export async function recordFocusHistory(page: Page): Promise<void> {
  await page.addInitScript(focusHistoryScript);
}

async function focusHistory(page: Page): Promise<string> {
  const history = (await page.evaluate('window.__focusHistory ?? []')) as string[];
  return history.length === 0 ? '(no focus history recorded)' : history.join('\n');
}

/**
 * Waits until focus is inside the open dialog, as a keyboard user waits for a dialog to take
 * focus before pressing Tab (Mantine moves focus in once its opening transition has run).
 */
export async function waitForFocusInDialog(page: Page): Promise<FocusedElement> {
  await expect.poll(async () => (await focused(page)).isInDialog, { timeout: 5_000 }).toBe(true);
  return focused(page);
}

/** Asserts that focus is on an element named `name` and that its focus ring is at least 2 px. */
export async function expectFocusOn(page: Page, name: string | RegExp): Promise<FocusedElement> {
  let current = await focused(page);
  // Focus moves once React has drawn the change: give it a moment.
  const deadline = Date.now() + 5_000;
  while (!matches(current.name, name) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    current = await focused(page);
  }
  expect(
    current.name,
    `focus on ${current.tag} "${current.name}"; the last moves of focus:\n${await focusHistory(page)}`,
  ).toMatch(typeof name === 'string' ? exactly(name) : name);
  expect(
    current.ring,
    `focus ring on ${current.tag} "${current.name}" (${current.detail})`,
  ).toBeGreaterThanOrEqual(2);
  return current;
}

function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

function matches(actual: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? actual === expected : expected.test(actual);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element is named `name`; fails after `limit`
 * presses. Every stop on the way must show its focus ring.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  options: { isBackwards?: boolean; limit?: number } = {},
): Promise<FocusedElement> {
  const limit = options.limit ?? 80;
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(options.isBackwards === true ? 'Shift+Tab' : 'Tab');
    const current = await focused(page);
    if (current.tag !== 'BODY') {
      expect(
        current.ring,
        `focus ring on ${current.tag} "${current.name}" (${current.detail})`,
      ).toBeGreaterThanOrEqual(2);
    }
    if (matches(current.name, name)) return current;
  }
  throw new Error(`No element named ${String(name)} within ${limit} presses of Tab.`);
}

/** Waits until the app's live region says something matching `pattern`, and returns it. */
export async function expectAnnounced(page: Page, pattern: RegExp): Promise<string> {
  const region = page.getByTestId('live-region');
  await expect.poll(async () => (await region.textContent()) ?? '').toMatch(pattern);
  return (await region.textContent()) ?? '';
}

/**
 * Types `text` into the focused field, as a person does, and asserts that the field holds it
 * (a field that reset or lost focus while typing fails here, with the moves of focus and input).
 */
export async function typeIntoFocused(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  const value = (await page.evaluate('document.activeElement?.value ?? null')) as string | null;
  expect(
    value,
    `the focused field after typing; the last moves:\n${await focusHistory(page)}`,
  ).toBe(text);
}
