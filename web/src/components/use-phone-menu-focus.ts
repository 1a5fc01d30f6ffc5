import { useEffect, type RefObject } from 'react';

const focusableSelector =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * The phone menu as a dialog: while it covers the page, Tab and Shift+Tab go round the menu
 * button and the menu's links only, and Escape closes it and puts focus on the menu button.
 */
export function usePhoneMenuFocus({
  isOpen,
  close,
  burgerRef,
  navbarRef,
}: {
  isOpen: boolean;
  close: () => void;
  burgerRef: RefObject<HTMLButtonElement | null>;
  navbarRef: RefObject<HTMLElement | null>;
}): void {
  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const burger = burgerRef.current;
      const navbar = navbarRef.current;
      if (burger === null || navbar === null) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        burger.focus();
        return;
      }
      if (event.key !== 'Tab') return;
      const cycle = [burger, ...navbar.querySelectorAll<HTMLElement>(focusableSelector)].filter(
        (element) => element.getClientRects().length > 0,
      );
      // Tab moves within the cycle only: the header's other controls lie between the menu
      // button and the menu in the page's order.
      event.preventDefault();
      const position = cycle.indexOf(document.activeElement as HTMLElement);
      const step = event.shiftKey ? -1 : 1;
      const next = position === -1 ? 0 : (position + step + cycle.length) % cycle.length;
      cycle[next]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen, close, burgerRef, navbarRef]);
}
