import { Modal, type ModalProps } from '@mantine/core';
import { useReturnFocus } from './focus-return';

/**
 * Mantine's Modal with the app's dialog pattern: focus returns to the trigger (or to the changed
 * item, `returnFocusTo`, when the trigger is gone) also when the dialog is removed from the page
 * instead of closed, which Mantine's own focus return does not see.
 */
export function AppModal({
  returnFocusTo,
  ...props
}: ModalProps & { returnFocusTo?: () => HTMLElement | null }) {
  useReturnFocus(props.opened, returnFocusTo);
  return <Modal {...props} returnFocus={false} />;
}
