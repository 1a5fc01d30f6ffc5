import { Alert, Button, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useChangePassword, useCurrentUser, useUpdateAccount } from '../api/session';
import { ErrorAlert } from '../components/error-alert';
import { LanguageSwitch } from '../components/language-switch';
import {
  NewPasswordFields,
  PasswordRules,
  validateNewPassword,
  type NewPasswordErrors,
} from '../components/password-fields';
import { usePageTitle } from '../components/use-page-title';
import { capitalize, formatList } from '../i18n/format';
import { CalendarSubscription } from './partnership/calendar-subscription';
import { useI18n } from '../i18n/i18n-context';
import { AppPasswordInput } from '../components/password-input';

export default function AccountPage() {
  const { t } = useI18n();
  usePageTitle(t.account.title);
  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t.account.title}</Title>
      <DetailsSection />
      <PasswordSection />
      <CalendarSubscription />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-language">
        <Title order={2} size="h3" id="account-language" mb="xs">
          {t.account.languageHeading}
        </Title>
        <Text size="sm" mb="sm">
          {t.language.accountHelp}
        </Text>
        <LanguageSwitch size="sm" />
      </Paper>
    </Stack>
  );
}

function DetailsSection() {
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const updateAccount = useUpdateAccount();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (displayName.trim() === '') {
      setNameError(t.account.nameRequired);
      return;
    }
    setNameError(undefined);
    updateAccount.mutate({ displayName: displayName.trim() });
  };

  const rows: [string, string][] = [
    [t.account.email, user.email],
    [t.account.organisation, user.organisation.name],
    [t.account.municipality, user.municipality.name],
    [
      t.account.roles,
      capitalize(
        formatList(
          user.roles.map((role) => t.roles[role]),
          locale,
        ),
        locale,
      ),
    ],
  ];

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-details">
      <Title order={2} size="h3" id="account-details" mb="sm">
        {t.account.detailsHeading}
      </Title>
      <Table variant="vertical" withTableBorder={false} layout="fixed" mb="md">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" align="flex-start">
          <TextInput
            label={t.account.displayName}
            autoComplete="name"
            required
            w="100%"
            maw={400}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={nameError}
          />
          {updateAccount.isError && <ErrorAlert error={updateAccount.error} />}
          {updateAccount.isSuccess && updateAccount.variables.displayName !== undefined && (
            <Alert color="teal" role="status" variant="light">
              {t.account.nameSaved}
            </Alert>
          )}
          <Button type="submit" variant="default" loading={updateAccount.isPending}>
            {t.account.saveName}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordSection() {
  const { t } = useI18n();
  const changePassword = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<NewPasswordErrors & { current?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...validateNewPassword(t, newPassword, repeat),
      current: currentPassword === '' ? t.validation.required : undefined,
    };
    setErrors(found);
    if (Object.values(found).some((message) => message !== undefined)) return;
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeat('');
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-password">
      <Title order={2} size="h3" id="account-password" mb="sm">
        {t.account.passwordHeading}
      </Title>
      <Stack gap="md">
        <PasswordRules headingOrder={3} />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm" maw={400}>
            <AppPasswordInput
              label={t.account.currentPassword}
              autoComplete="current-password"
              required
              value={currentPassword}
              onChange={(event) => setCurrentPassword(event.currentTarget.value)}
              error={errors.current}
            />
            <NewPasswordFields
              idPrefix="account"
              password={newPassword}
              repeat={repeat}
              onPasswordChange={setNewPassword}
              onRepeatChange={setRepeat}
              errors={errors}
            />
            {changePassword.isError && (
              <ErrorAlert
                error={changePassword.error}
                messages={{ AUTH_INVALID_CREDENTIALS: t.account.currentPasswordWrong }}
              />
            )}
            {changePassword.isSuccess && (
              <Alert color="teal" role="status" variant="light">
                {t.account.passwordChanged}
              </Alert>
            )}
            <Button type="submit" loading={changePassword.isPending}>
              {t.account.changePassword}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
