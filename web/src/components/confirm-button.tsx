import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';
import { AppModal } from './app-modal';

/** A button that asks before doing something a person may regret (disabling an account). */
export function ConfirmButton({
  children,
  question,
  onConfirm,
  isPending,
  accessibleName,
  ...buttonProps
}: ButtonProps & {
  children: ReactNode;
  question: string;
  onConfirm: () => void;
  isPending: boolean;
  /** When the visible text is the same on every row ("Disable"), say which row it is. */
  accessibleName?: string;
}) {
  const t = useT();
  const [isOpen, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={open} loading={isPending} aria-label={accessibleName}>
        {children}
      </Button>
      <AppModal
        opened={isOpen}
        onClose={close}
        title={children}
        closeButtonProps={{ 'aria-label': t.common.close }}
      >
        <Text>{question}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={close}>
            {t.common.cancel}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              close();
              onConfirm();
            }}
          >
            {children}
          </Button>
        </Group>
      </AppModal>
    </>
  );
}
