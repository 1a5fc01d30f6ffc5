import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from './plan-error';
import { AppModal } from '../../components/app-modal';
import { useInvalidFieldFocus } from '../../components/use-invalid-field-focus';

/**
 * A dialog with one form, as every modelling dialog of a plan has: the fields, the server's
 * answer by field when it refuses, and Cancel / Save. The form is checked again by the server.
 * Focus returns to the button that opened the dialog; a refused submit focuses the first
 * invalid field and reads a summary through the live region.
 */
export function ModalForm({
  title,
  onClose,
  onSubmit,
  isPending,
  error,
  submitLabel,
  testId,
  children,
  size = 'lg',
  returnFocusTo,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  isPending: boolean;
  error: unknown;
  submitLabel?: string;
  testId: string;
  children: ReactNode;
  size?: string;
  /** Where focus goes after closing when the button that opened the dialog is gone. */
  returnFocusTo?: () => HTMLElement | null;
}) {
  const t = useT();
  const p = usePlansT();
  const { formRef, afterSubmit } = useInvalidFieldFocus();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
    // A refused submit moves focus to the first invalid field and reads what is wrong.
    afterSubmit();
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={title}
      size={size}
      returnFocusTo={returnFocusTo}
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="sm">
          {children}
          {error !== null && error !== undefined && <PlanErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={isPending}>
              {submitLabel ?? p.modelling.actions.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
