import { Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useT } from '../../../i18n/i18n-context';
import { AgreementErrorAlert } from './agreement-error';
import { AppModal } from '../../../components/app-modal';

/** A dialog with one form: the fields, the server's problems by field, and Cancel / Save. */
export function AgreementModal({
  title,
  onClose,
  onSubmit,
  isPending,
  error,
  submitLabel,
  testId,
  children,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  isPending: boolean;
  error: unknown;
  submitLabel: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useT();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="sm">
          {children}
          {error !== null && error !== undefined && <AgreementErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={isPending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
