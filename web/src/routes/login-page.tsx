import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import { providerSignInHref, useProviderOffer } from '../api/sign-in';
import { lookupErrorMessage } from '../i18n/error-message';
import { useLogin, useSession } from '../api/session';
import { ErrorAlert } from '../components/error-alert';
import { PublicLayout } from '../components/public-layout';
import { useInvalidFieldFocus } from '../components/use-invalid-field-focus';
import { useT } from '../i18n/i18n-context';
import { isPlausibleEmail } from './form-rules';
import { AppPasswordInput } from '../components/password-input';

/** Where to go after signing in: only a path inside the app, never another site. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export default function LoginPage() {
  const t = useT();
  const session = useSession();
  const login = useLogin();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const { formRef, afterSubmit } = useInvalidFieldFocus();
  const offer = useProviderOffer(email);
  const [searchParams] = useSearchParams();
  const signInError = searchParams.get('signInError');
  const contact = searchParams.get('contact');

  // Signed in already, or just now: the session cache holds the user either way.
  if (session.data?.user) return <Navigate to={returnPath(location.state)} replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      email: isPlausibleEmail(email) ? undefined : t.validation.email,
      password: password === '' ? t.validation.required : undefined,
    };
    setErrors(found);
    if (found.email !== undefined || found.password !== undefined) {
      afterSubmit();
      return;
    }
    login.mutate({ email: email.trim(), password });
  };

  return (
    <PublicLayout title={t.login.title}>
      <Stack gap="md">
        <Text size="sm">{t.login.intro}</Text>
        {signInError && (
          <Alert color="red" variant="light" role="alert" title={t.signIn.refusedTitle}>
            {lookupErrorMessage(t, signInError)}
            {contact && ` ${t.signIn.askContact(contact)}`}
          </Alert>
        )}
        {login.isError && (
          // A new key per attempt re-creates the alert, so a screen reader announces it again.
          <ErrorAlert key={login.submittedAt} error={login.error} title={t.login.failed} />
        )}
        <form ref={formRef} onSubmit={submit} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t.login.email}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
            <AppPasswordInput
              label={t.login.password}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={errors.password}
            />
            <Button type="submit" loading={login.isPending} mt="xs">
              {t.login.submit}
            </Button>
          </Stack>
        </form>
        {offer.data?.provider && (
          <Button
            component="a"
            variant="light"
            href={providerSignInHref(offer.data.provider.municipalityId)}
          >
            {t.signIn.withProvider(offer.data.provider.label)}
          </Button>
        )}
        <Anchor component={Link} to="/aterstall-losenord" size="sm">
          {t.login.forgotPassword}
        </Anchor>
      </Stack>
    </PublicLayout>
  );
}
