import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useAccessT } from '../../i18n/access/use-access-t';
import { EditUserDialog } from './edit-user-dialog';
import {
  useCreatePasswordResetLink,
  useOrganisations,
  useSetUserEnabled,
  useUsers,
  type UserFilter,
} from '../../api/administration';
import { useCurrentUser } from '../../api/session';
import { userStatuses, type IssuedLink, type UserStatus, type UserSummary } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollableTable } from '../../components/scrollable-table';
import { InlineLoader } from '../../components/full-page-loader';
import { IssuedLinkNotice } from '../../components/issued-link';
import { formatDateTime, formatList } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { InviteUserForm } from './invite-user-form';

const statusColors: Record<UserStatus, string> = {
  active: 'teal.9',
  invited: 'blue.9',
  disabled: 'gray.8',
};

export default function UsersTab() {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const [filter, setFilter] = useState<UserFilter>({});
  const users = useUsers(filter);
  const setEnabled = useSetUserEnabled();
  const resetLink = useCreatePasswordResetLink();
  // Every link issued here stays on the page until the admin dismisses it.
  const [issuedLinks, setIssuedLinks] = useState<
    { key: number; user: UserSummary; issued: IssuedLink }[]
  >([]);
  const [editing, setEditing] = useState<UserSummary | null>(null);
  const x = useAccessT();
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Stack gap="lg">
      <section aria-labelledby="users-heading">
        <Title order={2} size="h3" id="users-heading" mb="sm">
          {t.administration.users}
        </Title>
        <Group gap="md" mb="md" align="flex-end">
          <NativeSelect
            label={t.users.filterOrganisation}
            value={filter.organisationId ?? ''}
            onChange={(event) =>
              setFilter({ ...filter, organisationId: event.currentTarget.value || undefined })
            }
            data={[
              { value: '', label: t.common.all },
              ...(organisations.data ?? []).map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
              })),
            ]}
          />
          <NativeSelect
            label={t.users.filterStatus}
            value={filter.status ?? ''}
            onChange={(event) =>
              setFilter({
                ...filter,
                status: (event.currentTarget.value || undefined) as UserStatus | undefined,
              })
            }
            data={[
              { value: '', label: t.common.all },
              ...userStatuses.map((status) => ({ value: status, label: t.userStatuses[status] })),
            ]}
          />
        </Group>
        {setEnabled.isError && <ErrorAlert error={setEnabled.error} />}
        {resetLink.isError && <ErrorAlert error={resetLink.error} />}
        {issuedLinks.map(({ key, user, issued }) => {
          const isInvitation = user.status === 'invited';
          return (
            <IssuedLinkNotice
              key={key}
              issued={issued}
              title={
                isInvitation
                  ? x.users.invitationLinkHeading(user.displayName)
                  : x.users.passwordLinkHeading(user.displayName)
              }
              linkLabel={isInvitation ? t.users.invitationLinkLabel : t.users.resetLinkLabel}
              emailedText={
                isInvitation
                  ? t.users.invitationEmailed(user.email)
                  : t.users.resetEmailed(user.email)
              }
              onClose={() => setIssuedLinks((links) => links.filter((link) => link.key !== key))}
            />
          );
        })}
        {saved !== null && (
          <Alert
            color="teal"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t.common.close}
            onClose={() => setSaved(null)}
          >
            {x.users.saved(saved)}
          </Alert>
        )}
        {users.isPending ? (
          <InlineLoader />
        ) : users.isError ? (
          <ErrorAlert error={users.error} />
        ) : users.data.length === 0 ? (
          <Text mt="sm">{t.users.empty}</Text>
        ) : (
          <UsersTable
            users={users.data}
            pendingEnableId={setEnabled.isPending ? setEnabled.variables.id : null}
            pendingResetId={resetLink.isPending ? resetLink.variables : null}
            onSetEnabled={(user, isEnabled) => setEnabled.mutate({ id: user.id, isEnabled })}
            onCreateResetLink={(user) =>
              resetLink.mutate(user.id, {
                onSuccess: (issued) =>
                  setIssuedLinks((links) => [...links, { key: Date.now(), user, issued }]),
              })
            }
            onEdit={setEditing}
          />
        )}
      </section>
      {editing !== null && (
        <EditUserDialog
          user={editing}
          organisations={organisations.data ?? []}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setSaved(user.displayName);
          }}
        />
      )}
      <InviteUserForm organisations={organisations.data ?? []} />
    </Stack>
  );
}

function UsersTable({
  users,
  pendingEnableId,
  pendingResetId,
  onSetEnabled,
  onCreateResetLink,
  onEdit,
}: {
  users: UserSummary[];
  pendingEnableId: string | null;
  pendingResetId: string | null;
  onSetEnabled: (user: UserSummary, isEnabled: boolean) => void;
  onCreateResetLink: (user: UserSummary) => void;
  onEdit: (user: UserSummary) => void;
}) {
  const { t, locale } = useI18n();
  const x = useAccessT();
  const me = useCurrentUser();
  // An invited person gets a new invitation; an active one a link to choose a new password.
  const linkLabel = (user: UserSummary) =>
    user.status === 'invited' ? x.users.invitationLink : x.users.passwordLink;
  return (
    <ScrollableTable label={t.administration.users} minWidth={820}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t.users.nameAndEmail}</Table.Th>
            <Table.Th scope="col">{t.users.organisation}</Table.Th>
            <Table.Th scope="col">{t.users.roles}</Table.Th>
            <Table.Th scope="col">{t.users.status}</Table.Th>
            <Table.Th scope="col">{t.users.lastLogin}</Table.Th>
            <Table.Th scope="col">{t.common.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.displayName}
                {user.id === me.id && ` (${t.common.you})`}
                <Text size="sm" fw={400}>
                  {user.email}
                </Text>
              </Table.Th>
              <Table.Td>{user.organisation.name}</Table.Td>
              <Table.Td>
                {formatList(
                  user.roles.map((role) => t.roles[role]),
                  locale,
                )}
              </Table.Td>
              <Table.Td>
                <Badge miw="max-content" color={statusColors[user.status]} variant="outline">
                  {t.userStatuses[user.status]}
                </Badge>
              </Table.Td>
              <Table.Td>
                {user.lastLoginAt === null
                  ? t.common.never
                  : formatDateTime(user.lastLoginAt, locale)}
              </Table.Td>
              <Table.Td>
                <Stack gap={6} align="flex-start">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onEdit(user)}
                    aria-label={`${x.users.edit}: ${user.displayName}`}
                  >
                    {x.users.edit}
                  </Button>
                  {user.status === 'disabled' ? (
                    <Button
                      size="xs"
                      variant="default"
                      loading={pendingEnableId === user.id}
                      onClick={() => onSetEnabled(user, true)}
                      aria-label={`${t.users.enable}: ${user.displayName}`}
                    >
                      {t.users.enable}
                    </Button>
                  ) : (
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      isPending={pendingEnableId === user.id}
                      question={t.users.confirmDisable(user.displayName)}
                      onConfirm={() => onSetEnabled(user, false)}
                      accessibleName={`${t.users.disable}: ${user.displayName}`}
                      disabled={user.id === me.id}
                    >
                      {t.users.disable}
                    </ConfirmButton>
                  )}
                  <Button
                    size="xs"
                    variant="default"
                    loading={pendingResetId === user.id}
                    disabled={user.status === 'disabled'}
                    onClick={() => onCreateResetLink(user)}
                    aria-label={`${linkLabel(user)}: ${user.displayName}`}
                  >
                    {linkLabel(user)}
                  </Button>
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
