import { SimpleGrid, Text } from '@mantine/core';
import { useMemberCandidates } from '../../api/meetings';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { PickList } from '../plans/pick-list';

/** The organisations and people of the municipality, as choices (managers only). */
export function useCandidateOptions(isEnabled = true) {
  const candidates = useMemberCandidates(isEnabled);
  const organisations = candidates.data?.organisations ?? [];
  const organisationName = new Map(organisations.map((item) => [item.id, item.name]));
  return {
    isPending: candidates.isPending && isEnabled,
    organisations: organisations.map((item) => ({ value: item.id, label: item.name })),
    users: (candidates.data?.users ?? []).map((user) => ({
      value: user.id,
      label: `${user.displayName} (${organisationName.get(user.organisationId) ?? ''})`,
    })),
  };
}

/** Member organisations and people of a series or a meeting. */
export function MemberFields({
  organisationIds,
  memberUserIds,
  onOrganisationsChange,
  onUsersChange,
}: {
  organisationIds: string[];
  memberUserIds: string[];
  onOrganisationsChange: (ids: string[]) => void;
  onUsersChange: (ids: string[]) => void;
}) {
  const m = useMeetingsT();
  const options = useCandidateOptions();
  if (options.isPending) return <Text size="sm">{m.form.loadingCandidates}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <PickList
        label={m.form.organisations}
        description={m.form.organisationsHelp}
        options={options.organisations}
        value={organisationIds}
        onChange={onOrganisationsChange}
        emptyText={m.form.noCandidates}
        testId="member-organisations"
      />
      <PickList
        label={m.form.users}
        description={m.form.usersHelp}
        options={options.users}
        value={memberUserIds}
        onChange={onUsersChange}
        emptyText={m.form.noCandidates}
        testId="member-users"
      />
    </SimpleGrid>
  );
}
