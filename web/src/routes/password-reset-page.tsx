import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useConfirmPasswordReset, useRequestPasswordReset } from '../api/public-flows';
import { ErrorAlert } from '../components/error-alert';
import {
  NewPasswordFields,
  PasswordRules,
  validateNewPassword,
  type NewPasswordErrors,
} from '../components/password-fields';
import { PublicLayout } from '../components/public-layout';
import { useT } from '../i18n/i18n-context';
import { isPlausibleEmail } from './form-rules';
import { useFragmentToken } from './use-fragment-token';

/**
 * `/aterstall-losenord`: ask for a reset link by e-mail.
 * `/aterstall-losenord#<token>`: choose the new password.
 */
export default function PasswordResetPage() {
  const t = useT();
  const token = useFragmentToken();
  return (
    <PublicLayout title={t.passwordReset.title}>
      {token === null ? <RequestResetForm /> : <ChooseNewPasswordForm token={token} />}
      <Anchor component={Link} to="/logga-in" size="sm" mt="md" display="inline-block">
        {t.passwordReset.toLogin}
      </Anchor>
    </PublicLayout>
  );
}

function RequestResetForm() {
  const t = useT();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isPlausibleEmail(email)) {
      setError(t.validation.email);
      return;
    }
    setError(undefined);
    request.mutate({ email: email.trim() });
  };

  if (request.isSuccess) {
    return (
      <Alert color="teal" variant="light" role="status">
        {t.passwordReset.requestSent(request.variables.email)}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t.passwordReset.requestIntro}</Text>
        <TextInput
          label={t.passwordReset.email}
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={error}
        />
        {request.isError && <ErrorAlert error={request.error} />}
        <Button type="submit" loading={request.isPending}>
          {t.passwordReset.requestSubmit}
        </Button>
      </Stack>
    </form>
  );
}

function ChooseNewPasswordForm({ token }: { token: string }) {
  const t = useT();
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateNewPassword(t, password, repeat);
    setErrors(found);
    if (found.password !== undefined || found.repeat !== undefined) return;
    confirm.mutate({ token, newPassword: password });
  };

  if (confirm.isSuccess) {
    return (
      <Alert color="teal" variant="light" role="status">
        {t.passwordReset.done}
      </Alert>
    );
  }
  return (
    <Stack gap="md">
      <PasswordRules headingOrder={2} />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NewPasswordFields
            idPrefix="reset"
            password={password}
            repeat={repeat}
            onPasswordChange={setPassword}
            onRepeatChange={setRepeat}
            errors={errors}
          />
          {confirm.isError && <ErrorAlert error={confirm.error} />}
          <Button type="submit" loading={confirm.isPending}>
            {t.passwordReset.confirmSubmit}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
