import type { ObservedResponse, UndocumentedResponse } from '../../src/http/response-contract.js';

/**
 * Answers the test servers gave that their routes' documents do not list. Every test app
 * reports here; the setup file (response-check.setup.ts) fails the test that caused one.
 */
export const undocumentedResponses: UndocumentedResponse[] = [];

/** Every answer the test servers gave, for the walker that checks each documented one occurs. */
export const observedResponses: ObservedResponse[] = [];

export const responseCheck = {
  report: (miss: UndocumentedResponse) => void undocumentedResponses.push(miss),
  observe: (response: ObservedResponse) => void observedResponses.push(response),
};

/** Takes the misses reported so far, leaving none. */
export function takeUndocumentedResponses(): UndocumentedResponse[] {
  return undocumentedResponses.splice(0);
}
