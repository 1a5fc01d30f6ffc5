import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react';
import { useId } from 'react';
import type { IssuedLink } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

/**
 * The result of an invitation or a reset link. Without an e-mail server the API hands the link
 * to the admin, who must pass it on; we say so plainly and offer a copy button.
 */
export function IssuedLinkNotice({
  issued,
  title,
  linkLabel,
  emailedText,
  onClose,
}: {
  issued: IssuedLink;
  title: string;
  linkLabel: string;
  emailedText: string;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const inputId = useId();
  const expires = t.users.linkExpires(formatDateTime(issued.expiresAt, locale));

  return (
    <Alert
      color={issued.link === null ? 'teal' : 'blue'}
      variant="light"
      role="status"
      title={title}
      icon={<IconMailForward aria-hidden="true" />}
      withCloseButton
      closeButtonLabel={t.common.close}
      onClose={onClose}
    >
      {issued.link === null ? (
        <Stack gap={4}>
          <Text size="sm">{emailedText}</Text>
          <Text size="sm">{expires}</Text>
        </Stack>
      ) : (
        <Stack gap="xs">
          <Text size="sm">{t.users.noEmailServer}</Text>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              id={inputId}
              label={linkLabel}
              value={issued.link}
              readOnly
              flex={1}
              onFocus={(event) => event.currentTarget.select()}
              data-testid="issued-link"
            />
            <CopyButton value={issued.link}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal.9' : undefined}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden="true" />
                    ) : (
                      <IconCopy size={16} aria-hidden="true" />
                    )
                  }
                  onClick={copy}
                  aria-live="polite"
                >
                  {copied ? t.common.copied : t.common.copy}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Text size="sm">{expires}</Text>
        </Stack>
      )}
    </Alert>
  );
}
