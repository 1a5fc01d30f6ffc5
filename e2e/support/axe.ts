import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { BrowserGlobals } from './browser-globals.js';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core against the page for WCAG 2.1 A and AA. The app's CSP forbids inline scripts,
 * so axe is not added as a <script> tag: it is evaluated through the DevTools protocol, which
 * the CSP does not govern.
 */
export async function findAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  const hasAxe = await page.evaluate(
    () => (globalThis as unknown as BrowserGlobals).axe !== undefined,
  );
  if (!hasAxe) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as BrowserGlobals).axe;
    if (axe === undefined) throw new Error('axe-core did not load.');
    const results = await axe.run((globalThis as unknown as BrowserGlobals).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        html: node.html.slice(0, 300),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
}
