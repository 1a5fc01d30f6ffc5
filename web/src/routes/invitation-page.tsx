import { Button, Stack, Table, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Navigate } from 'react-router';
import { useAcceptInvitation, useInvitation } from '../api/public-flows';
import { ErrorAlert } from '../components/error-alert';
import { InlineLoader } from '../components/full-page-loader';
import {
  NewPasswordFields,
  PasswordRules,
  validateNewPassword,
  type NewPasswordErrors,
} from '../components/password-fields';
import { PublicLayout } from '../components/public-layout';
import { useI18n } from '../i18n/i18n-context';
import { useFragmentToken } from './use-fragment-token';

/** `/inbjudan#<token>`: shows who is invited, lets them choose a password, signs them in. */
export default function InvitationPage() {
  const { t, keepCurrentLocaleForSignIn } = useI18n();
  const token = useFragmentToken();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors>({});

  if (accept.isSuccess) return <Navigate to="/" replace />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateNewPassword(t, password, repeat);
    setErrors(found);
    if (token === null || found.password !== undefined || found.repeat !== undefined) return;
    // A new account has only the default language: keep the one the person is reading now.
    keepCurrentLocaleForSignIn();
    accept.mutate({ token, password });
  };

  return (
    <PublicLayout title={t.invitation.heading}>
      {token === null ? (
        <Text role="alert">{t.invitation.missingToken}</Text>
      ) : invitation.isPending ? (
        <InlineLoader />
      ) : invitation.isError ? (
        <ErrorAlert error={invitation.error} />
      ) : (
        <Stack gap="md">
          <Text>{t.invitation.invited(invitation.data.displayName, invitation.data.email)}</Text>
          <Table variant="vertical" withTableBorder={false}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={140}>{t.invitation.organisation}</Table.Th>
                <Table.Td>{invitation.data.organisationName}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t.invitation.municipality}</Table.Th>
                <Table.Td>{invitation.data.municipalityName}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <PasswordRules headingOrder={2} />
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              {/* Lets password managers store the new password under the right account. */}
              <input
                type="email"
                name="username"
                autoComplete="username"
                value={invitation.data.email}
                readOnly
                hidden
              />
              <NewPasswordFields
                idPrefix="invitation"
                password={password}
                repeat={repeat}
                onPasswordChange={setPassword}
                onRepeatChange={setRepeat}
                errors={errors}
              />
              {accept.isError && <ErrorAlert error={accept.error} />}
              <Button type="submit" loading={accept.isPending}>
                {t.invitation.submit}
              </Button>
            </Stack>
          </form>
        </Stack>
      )}
    </PublicLayout>
  );
}
