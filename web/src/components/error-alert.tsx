import { Alert, List, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../api/client';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/i18n-context';

/**
 * An API failure in words. role="alert", so screen readers announce it as soon as it appears.
 */
export function ErrorAlert({
  error,
  title,
  messages,
}: {
  error: unknown;
  title?: string;
  /** Words for codes that mean something more specific here (a wrong *current* password). */
  messages?: Partial<Record<string, string>>;
}) {
  const t = useT();
  const described = describeError(t, error);
  const specific = isApiError(error) ? messages?.[error.code] : undefined;
  if (specific !== undefined) described.message = specific;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? described.message}
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      {title !== undefined && <Text size="sm">{described.message}</Text>}
      {described.itemsHeading !== undefined && (
        <Text size="sm" mt={title !== undefined ? 'xs' : 0}>
          {described.itemsHeading}
        </Text>
      )}
      {described.items.length === 1 && described.itemsHeading === undefined ? (
        <Text size="sm">{described.items[0]}</Text>
      ) : (
        described.items.length > 0 && (
          <List size="sm" mt={4}>
            {described.items.map((item) => (
              <List.Item key={item}>{item}</List.Item>
            ))}
          </List>
        )
      )}
    </Alert>
  );
}
