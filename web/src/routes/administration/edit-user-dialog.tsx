import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useUpdateUser } from '../../api/administration';
import { roles, type Organisation, type Role, type UserSummary } from '../../api/types';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { capitalize } from '../../i18n/format';
import { useAccessT } from '../../i18n/access/use-access-t';
import { useI18n } from '../../i18n/i18n-context';
import { RoleDescriptions } from './role-descriptions';

/**
 * Changes a user's name, roles and organisation after the invitation. The server keeps the last
 * admin (409 LAST_ADMIN, shown in words) and records the change in the audit log.
 */
export function EditUserDialog({
  user,
  organisations,
  onClose,
  onSaved,
}: {
  user: UserSummary;
  organisations: Organisation[];
  onClose: () => void;
  onSaved: (user: UserSummary) => void;
}) {
  const { t, locale } = useI18n();
  const x = useAccessT();
  const update = useUpdateUser();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [organisationId, setOrganisationId] = useState(user.organisation.id);
  const [chosenRoles, setChosenRoles] = useState<Role[]>(user.roles);
  const [errors, setErrors] = useState<{ displayName?: string; roles?: string }>({});
  const choices = organisations.filter(
    (organisation) => organisation.disabledAt === null || organisation.id === user.organisation.id,
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      displayName: displayName.trim() === '' ? t.users.nameRequired : undefined,
      roles: chosenRoles.length === 0 ? t.users.rolesRequired : undefined,
    };
    setErrors(found);
    if (found.displayName !== undefined || found.roles !== undefined) return;
    update.mutate(
      {
        id: user.id,
        roles: chosenRoles,
        ...(displayName.trim() !== user.displayName ? { displayName: displayName.trim() } : {}),
        ...(organisationId !== user.organisation.id ? { organisationId } : {}),
      },
      { onSuccess: (data) => onSaved(data.user) },
    );
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={x.users.editHeading(user.displayName)}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t.users.name}
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
              data={choices.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              }))}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t.users.rolesLegend}
            required
            value={chosenRoles}
            onChange={(value) => setChosenRoles(value as Role[])}
            error={errors.roles}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={capitalize(t.roles[role], locale)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <RoleDescriptions />
          {update.isError && <ErrorAlert error={update.error} />}
          <Group>
            <Button type="submit" loading={update.isPending}>
              {x.users.save}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
