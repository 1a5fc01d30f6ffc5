import { Button, Code, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/session';
import {
  useConfirmSecondFactor,
  useStartSecondFactorEnrolment,
  useVerifySecondFactor,
} from '../api/sign-in';
import { ErrorAlert } from '../components/error-alert';
import { FullPageLoader } from '../components/full-page-loader';
import { PublicLayout } from '../components/public-layout';
import { useT } from '../i18n/i18n-context';

/**
 * The second step of a password sign-in (issue 17): enrolling a TOTP second factor, or
 * entering its code. The session can do nothing else until this is done.
 */
export default function SecondFactorPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const logout = useLogout();
  const enrolment = useStartSecondFactorEnrolment();
  const confirm = useConfirmSecondFactor();
  const verify = useVerifySecondFactor();
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (session.isPending) return <FullPageLoader />;
  const user = session.data?.user;
  if (recoveryCodes) {
    return (
      <PublicLayout title={t.signIn.recoveryTitle}>
        <Stack gap="md">
          <Title order={1} size="h2">
            {t.signIn.recoveryTitle}
          </Title>
          <Text size="sm">{t.signIn.recoveryIntro}</Text>
          <List aria-label={t.signIn.recoveryTitle}>
            {recoveryCodes.map((recoveryCode) => (
              <List.Item key={recoveryCode}>
                <Code>{recoveryCode}</Code>
              </List.Item>
            ))}
          </List>
          <Button onClick={() => void navigate('/', { replace: true })}>{t.signIn.continue}</Button>
        </Stack>
      </PublicLayout>
    );
  }
  if (!user) return <Navigate to="/logga-in" replace />;
  if (user.pendingStep === null) return <Navigate to="/" replace />;
  const isEnrolling = user.pendingStep === 'enrol_second_factor';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isEnrolling) {
      confirm.mutate(
        { code: code.trim() },
        { onSuccess: (answer) => setRecoveryCodes(answer.recoveryCodes) },
      );
    } else {
      verify.mutate(
        { code: code.trim() },
        { onSuccess: () => void navigate('/', { replace: true }) },
      );
    }
  };
  const failure = confirm.error ?? verify.error ?? enrolment.error;

  return (
    <PublicLayout title={t.signIn.secondFactorTitle}>
      <Stack gap="md">
        <Title order={1} size="h2">
          {t.signIn.secondFactorTitle}
        </Title>
        <Text size="sm">{isEnrolling ? t.signIn.enrolIntro : t.signIn.verifyIntro}</Text>
        {failure && <ErrorAlert error={failure} />}
        {isEnrolling && !enrolment.data && (
          <Button variant="light" onClick={() => enrolment.mutate()} loading={enrolment.isPending}>
            {t.signIn.showSecret}
          </Button>
        )}
        {isEnrolling && enrolment.data && (
          <TextInput
            label={t.signIn.secretLabel}
            value={enrolment.data.secret}
            readOnly
            data-testid="totp-secret"
          />
        )}
        {(!isEnrolling || enrolment.data) && (
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t.signIn.code}
                name="code"
                autoComplete="one-time-code"
                inputMode="text"
                required
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
              />
              <Button type="submit" loading={confirm.isPending || verify.isPending}>
                {isEnrolling ? t.signIn.activate : t.signIn.verify}
              </Button>
            </Stack>
          </form>
        )}
        <Button variant="subtle" onClick={() => logout.mutate()}>
          {t.signIn.signOut}
        </Button>
      </Stack>
    </PublicLayout>
  );
}
