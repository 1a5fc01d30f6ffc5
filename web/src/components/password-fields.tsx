import { List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/i18n-context';
import type { Messages } from '../i18n/sv';
import { AppPasswordInput } from './password-input';

export const minimumPasswordLength = 15;

/** Length in characters as a person counts them (an emoji is one), like the server's rule. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export interface NewPasswordErrors {
  password?: string;
  repeat?: string;
}

/** Checks what the browser can: length and the repeat. The server checks the rest. */
export function validateNewPassword(
  t: Messages,
  password: string,
  repeat: string,
): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (password === '') errors.password = t.password.required;
  else if (passwordLength(password) < minimumPasswordLength) errors.password = t.password.tooShort;
  if (password !== '' && repeat !== password) errors.repeat = t.password.mismatch;
  return errors;
}

/** The rules, in words, the way NIST SP 800-63B puts them: length, no composition rules. */
export function PasswordRules({ headingOrder = 3 }: { headingOrder?: 2 | 3 }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={headingOrder} size="h5">
        {t.password.rulesHeading}
      </Title>
      <List size="sm" spacing={4}>
        {t.password.rules.map((rule) => (
          <List.Item key={rule}>{rule}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** "New password" and "repeat", with a live character count tied to the first field. */
export function NewPasswordFields({
  password,
  repeat,
  onPasswordChange,
  onRepeatChange,
  errors,
  idPrefix,
}: {
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  errors: NewPasswordErrors;
  idPrefix: string;
}) {
  const t = useT();
  const count = passwordLength(password);
  return (
    <>
      <AppPasswordInput
        id={`${idPrefix}-new-password`}
        label={t.password.newPassword}
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => onPasswordChange(event.currentTarget.value)}
        description={
          <Text span size="xs" c={count >= minimumPasswordLength ? 'teal.9' : 'dimmed'}>
            {t.password.length(count)}
          </Text>
        }
        error={errors.password}
      />
      <AppPasswordInput
        id={`${idPrefix}-repeat-password`}
        label={t.password.repeatPassword}
        autoComplete="new-password"
        required
        value={repeat}
        onChange={(event) => onRepeatChange(event.currentTarget.value)}
        error={errors.repeat}
      />
    </>
  );
}
