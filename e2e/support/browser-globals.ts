import type { AxeResults, RunOptions } from 'axe-core';

/**
 * The few browser globals the journeys touch inside `page.evaluate`. The repository's Node
 * tsconfig (which also checks e2e/) has no DOM library, so code that runs in the page reaches
 * them as `(globalThis as unknown as BrowserGlobals)`: a cast, erased before the function is
 * sent to the browser.
 */
export interface BrowserGlobals {
  document: {
    activeElement: { tagName: string } | null;
    documentElement: { scrollWidth: number };
    addEventListener: (
      type: 'securitypolicyviolation',
      listener: (event: { violatedDirective: string; blockedURI: string }) => void,
    ) => void;
  };
  __cspViolations?: string[];
  axe?: {
    run: (context: unknown, options: RunOptions) => Promise<AxeResults>;
  };
}
