import { useEffect, useRef } from 'react';
import { mainContentId } from './skip-link';

const dialogSelector = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';

let lastFocusedOutsideDialogs: HTMLElement | null = null;
let isTracking = false;

/**
 * Remembers the last element focused outside any dialog: the dialog's trigger, when one opens.
 * Installed once at start; a dialog that is mounted only while open cannot remember its
 * trigger itself, because its own focus return never runs when it is removed.
 */
export function trackFocusOutsideDialogs(): void {
  if (isTracking || typeof document === 'undefined') return;
  isTracking = true;
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest(dialogSelector) === null) {
        lastFocusedOutsideDialogs = target;
      }
    },
    true,
  );
}

/** Whether focus can go to the element and a person would see it there. */
export function canTakeFocus(element: HTMLElement | null | undefined): element is HTMLElement {
  if (element === null || element === undefined || !element.isConnected) return false;
  if ((element as HTMLButtonElement).disabled === true) return false;
  if (element.closest('[inert], [hidden]') !== null) return false;
  return element.getClientRects().length > 0;
}

/** Focuses an element that is not focusable by itself (a heading, a message) by script only. */
export function focusElement(element: HTMLElement): void {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
  element.scrollIntoView?.({ block: 'nearest' });
}

/** The heading of the section the trigger was in: where focus goes when the trigger is gone. */
function sectionHeadingOf(trigger: HTMLElement | null): HTMLElement | null {
  const section = trigger?.closest('section, [data-focus-scope]');
  return section?.querySelector<HTMLElement>('h1, h2, h3, h4') ?? null;
}

/**
 * After a dialog closed: focus goes back to its trigger; when that is gone (the item was removed
 * or the button is disabled now), to `fallback` (the changed item), else to the heading of the
 * trigger's section, else to the main content. Runs after React has updated the page, and only
 * when nothing else has taken focus meanwhile.
 */
export function returnFocusAfterDialog(
  trigger: HTMLElement | null,
  fallback?: () => HTMLElement | null,
): void {
  const heading = sectionHeadingOf(trigger);
  const tryReturn = (attemptsLeft: number) => {
    const active = document.activeElement;
    // A dialog that fades out keeps focus until it is gone: wait for it (a while, not forever:
    // focus may be in another dialog that opened meanwhile).
    if (active instanceof HTMLElement && active.isConnected && active.closest(dialogSelector)) {
      if (attemptsLeft > 0) window.setTimeout(() => tryReturn(attemptsLeft - 1), 50);
      return;
    }
    const isFocusFree =
      active === null ||
      active === document.body ||
      !active.isConnected ||
      active === document.getElementById(mainContentId);
    if (!isFocusFree) return;
    const target = [trigger, fallback?.(), heading, document.getElementById(mainContentId)].find(
      (candidate) => canTakeFocus(candidate),
    );
    if (target !== undefined) focusElement(target);
  };
  window.setTimeout(() => tryReturn(20), 0);
}

/**
 * The dialog pattern: while `isOpen`, remembers the trigger; when the dialog closes or is
 * removed, returns focus as returnFocusAfterDialog says.
 */
export function useReturnFocus(isOpen: boolean, fallback?: () => HTMLElement | null): void {
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  }, [fallback]);
  useEffect(() => {
    if (!isOpen) return;
    const trigger = lastFocusedOutsideDialogs;
    return () => returnFocusAfterDialog(trigger, () => fallbackRef.current?.() ?? null);
  }, [isOpen]);
}
