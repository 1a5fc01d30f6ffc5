import { Alert, Anchor, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/error-alert';
import type { SuppliersMessages } from '../../i18n/suppliers/sv';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';

type CatalogCode = Exclude<keyof SuppliersMessages['errors'], 'retryAfter' | 'retryLater'>;

// The registry's temporary failures: the person is told when to try again.
const retryCodes = new Set(['REGISTRY_RATE_LIMITED', 'REGISTRY_TIMEOUT', 'REGISTRY_UNAVAILABLE']);

function isCatalogCode(errors: SuppliersMessages['errors'], code: string): code is CatalogCode {
  return Object.hasOwn(errors, code) && typeof errors[code as CatalogCode] === 'string';
}

/**
 * A refusal of supplier vetting in Swedish words: the server's codes of this area (a checksum
 * that does not add up, a supplier already registered with a link to it, Bolagsverket asking
 * us to wait and for how long). Other failures go to the app's own error alert.
 */
export function SupplierErrorAlert({ error }: { error: unknown }) {
  const s = useSuppliersT();
  if (!isApiError(error) || !isCatalogCode(s.errors, error.code)) {
    return <ErrorAlert error={error} />;
  }
  const details = (error.details ?? {}) as {
    retryAfterSeconds?: unknown;
    supplierId?: unknown;
    reason?: unknown;
  };
  const problems = s.register.problems;
  const reason =
    error.code === 'SUPPLIER_INVALID' &&
    typeof details.reason === 'string' &&
    Object.hasOwn(problems, details.reason)
      ? problems[details.reason as keyof typeof problems]
      : null;
  const seconds = Number(details.retryAfterSeconds);
  const retry = retryCodes.has(error.code)
    ? Number.isFinite(seconds) && seconds > 0
      ? s.errors.retryAfter(Math.ceil(seconds))
      : s.errors.retryLater
    : null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={s.errors[error.code]}
      icon={<IconAlertCircle aria-hidden="true" />}
      data-testid="supplier-error"
      data-code={error.code}
    >
      {retry !== null && <Text size="sm">{retry}</Text>}
      {reason !== null && <Text size="sm">{reason}</Text>}
      {error.code === 'SUPPLIER_EXISTS' && typeof details.supplierId === 'string' && (
        <Anchor component={Link} to={`/leverantorer/${details.supplierId}`} size="sm">
          {s.register.openExisting}
        </Anchor>
      )}
    </Alert>
  );
}
