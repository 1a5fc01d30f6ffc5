import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useInviteUser } from '../../api/administration';
import { roles, type Organisation, type Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { IssuedLinkNotice } from '../../components/issued-link';
import { capitalize } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { isPlausibleEmail } from '../form-rules';
import { RoleDescriptions } from './role-descriptions';

interface InviteErrors {
  email?: string;
  displayName?: string;
  organisationId?: string;
  roles?: string;
}

/** Invites a person: they get a link (by e-mail, or from the admin) to choose a password. */
export function InviteUserForm({ organisations }: { organisations: Organisation[] }) {
  const { t, locale } = useI18n();
  const invite = useInviteUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [chosenRoles, setChosenRoles] = useState<Role[]>([]);
  const [errors, setErrors] = useState<InviteErrors>({});
  const activeOrganisations = organisations.filter(
    (organisation) => organisation.disabledAt === null,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: InviteErrors = {
      email: isPlausibleEmail(email) ? undefined : t.validation.email,
      displayName: displayName.trim() === '' ? t.users.nameRequired : undefined,
      organisationId: organisationId === '' ? t.users.organisationRequired : undefined,
      roles: chosenRoles.length === 0 ? t.users.rolesRequired : undefined,
    };
    setErrors(found);
    if (Object.values(found).some((message) => message !== undefined)) return;
    invite.mutate(
      { email: email.trim(), displayName: displayName.trim(), organisationId, roles: chosenRoles },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
          setChosenRoles([]);
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-user">
      <Title order={2} size="h3" id="invite-user" mb="sm">
        {t.users.inviteHeading}
      </Title>
      {invite.isSuccess && (
        <Stack mb="md">
          <IssuedLinkNotice
            issued={invite.data.invitation}
            title={t.users.invitationLinkHeading(invite.data.user.displayName)}
            linkLabel={t.users.invitationLinkLabel}
            emailedText={t.users.invitationEmailed(invite.data.user.email)}
            onClose={() => invite.reset()}
          />
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
            <TextInput
              label={t.users.email}
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
            />
            <TextInput
              label={t.users.name}
              autoComplete="off"
              required
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={errors.displayName}
            />
            <NativeSelect
              label={t.users.organisation}
              required
              value={organisationId}
              onChange={(event) => setOrganisationId(event.currentTarget.value)}
              error={errors.organisationId}
              data={[
                { value: '', label: t.users.chooseOrganisation, disabled: true },
                ...activeOrganisations.map((organisation) => ({
                  value: organisation.id,
                  label: organisation.name,
                })),
              ]}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t.users.rolesLegend}
            required
            value={chosenRoles}
            onChange={(value) => setChosenRoles(value as Role[])}
            error={errors.roles}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" mt="xs">
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={capitalize(t.roles[role], locale)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <RoleDescriptions />
          {invite.isError && <ErrorAlert error={invite.error} />}
          <Group>
            <Button type="submit" loading={invite.isPending}>
              {t.users.invite}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
