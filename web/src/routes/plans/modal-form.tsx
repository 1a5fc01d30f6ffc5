import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../i18n/i18n-context';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from './plan-error';

/**
 * A dialog with one form, as every modelling dialog of a plan has: the fields, the server's
 * answer by field when it refuses, and Cancel / Save. The form is checked again by the server.
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
}) {
  const t = useT();
  const p = usePlansT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size}
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid={testId}>
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
    </Modal>
  );
}
