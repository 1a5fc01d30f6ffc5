import { Modal, type ModalProps } from '@mantine/core';
import { useCallback } from 'react';
import { useReturnFocus } from './focus-return';

/** Input types whose Tab first moves through their own parts (day, month, year). */
const nativeTabStopTypes = new Set(['date', 'time', 'datetime-local', 'month', 'week']);

function keepTabInsideField(event: KeyboardEvent): void {
  const target = event.target;
  if (
    event.key === 'Tab' &&
    target instanceof HTMLInputElement &&
    nativeTabStopTypes.has(target.type)
  ) {
    event.stopPropagation();
  }
}

/**
 * Mantine's focus trap lets the browser move Tab through a date field's parts and checks a
 * moment later where focus went; on a busy device that check comes after the next keys and
 * pulls focus back to the field after the date (a refused form's first field lost focus to
 * "Status"). The browser's own Tab is right there, since no dialog ends with a date field:
 * the trap does not see Tab from such a field.
 */
function useNativeTabInDateFields() {
  return useCallback((node: HTMLDivElement | null) => {
    if (node === null) return;
    node.addEventListener('keydown', keepTabInsideField);
    return () => node.removeEventListener('keydown', keepTabInsideField);
  }, []);
}

/**
 * Mantine's Modal with the app's dialog pattern: focus returns to the trigger (or to the changed
 * item, `returnFocusTo`, when the trigger is gone) also when the dialog is removed from the page
 * instead of closed, which Mantine's own focus return does not see. Tab through a date field
 * stays the browser's own.
 */
export function AppModal({
  returnFocusTo,
  children,
  ...props
}: ModalProps & { returnFocusTo?: () => HTMLElement | null }) {
  useReturnFocus(props.opened, returnFocusTo);
  const dateFieldsRef = useNativeTabInDateFields();
  return (
    <Modal {...props} returnFocus={false}>
      <div ref={dateFieldsRef}>{children}</div>
    </Modal>
  );
}
