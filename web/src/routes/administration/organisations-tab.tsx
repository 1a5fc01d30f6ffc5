import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  useCreateOrganisation,
  useOrganisations,
  useSetOrganisationEnabled,
} from '../../api/administration';
import { organisationKinds, type Organisation, type OrganisationKind } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollableTable } from '../../components/scrollable-table';
import { InlineLoader } from '../../components/full-page-loader';
import { useT } from '../../i18n/i18n-context';

export default function OrganisationsTab() {
  const t = useT();
  const organisations = useOrganisations();
  const setEnabled = useSetOrganisationEnabled();

  return (
    <Stack gap="lg">
      <section aria-labelledby="organisations-heading">
        <Title order={2} size="h3" id="organisations-heading" mb="sm">
          {t.administration.organisations}
        </Title>
        {setEnabled.isError && <ErrorAlert error={setEnabled.error} />}
        {organisations.isPending ? (
          <InlineLoader />
        ) : organisations.isError ? (
          <ErrorAlert error={organisations.error} />
        ) : organisations.data.length === 0 ? (
          <Text>{t.organisations.empty}</Text>
        ) : (
          <ScrollableTable label={t.administration.organisations} minWidth={560}>
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t.organisations.name}</Table.Th>
                  <Table.Th scope="col">{t.organisations.kind}</Table.Th>
                  <Table.Th scope="col">{t.organisations.userCount}</Table.Th>
                  <Table.Th scope="col">{t.organisations.status}</Table.Th>
                  <Table.Th scope="col">{t.common.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisations.data.map((organisation) => (
                  <OrganisationRow
                    key={organisation.id}
                    organisation={organisation}
                    isPending={setEnabled.isPending && setEnabled.variables.id === organisation.id}
                    onSetEnabled={(isEnabled) =>
                      setEnabled.mutate({ id: organisation.id, isEnabled })
                    }
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
        )}
      </section>
      <CreateOrganisationForm />
    </Stack>
  );
}

function OrganisationRow({
  organisation,
  isPending,
  onSetEnabled,
}: {
  organisation: Organisation;
  isPending: boolean;
  onSetEnabled: (isEnabled: boolean) => void;
}) {
  const t = useT();
  const isDisabled = organisation.disabledAt !== null;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {organisation.name}
      </Table.Th>
      <Table.Td>{t.organisationKinds[organisation.kind]}</Table.Td>
      <Table.Td>{organisation.userCount}</Table.Td>
      <Table.Td>
        <Badge miw="max-content" color={isDisabled ? 'gray.8' : 'teal.9'} variant="outline">
          {isDisabled ? t.organisations.disabled : t.organisations.active}
        </Badge>
      </Table.Td>
      <Table.Td>
        {isDisabled ? (
          <Button
            size="xs"
            variant="default"
            loading={isPending}
            onClick={() => onSetEnabled(true)}
            aria-label={`${t.organisations.enable}: ${organisation.name}`}
          >
            {t.organisations.enable}
          </Button>
        ) : (
          <ConfirmButton
            size="xs"
            variant="default"
            isPending={isPending}
            question={t.organisations.confirmDisable(organisation.name)}
            onConfirm={() => onSetEnabled(false)}
            accessibleName={`${t.organisations.disable}: ${organisation.name}`}
          >
            {t.organisations.disable}
          </ConfirmButton>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function CreateOrganisationForm() {
  const t = useT();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('municipal_administration');
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t.organisations.nameRequired);
      return;
    }
    setNameError(undefined);
    create.mutate({ name: name.trim(), kind }, { onSuccess: () => setName('') });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="create-organisation">
      <Title order={2} size="h3" id="create-organisation" mb="sm">
        {t.organisations.createHeading}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={480}>
          <TextInput
            label={t.organisations.name}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameError}
          />
          <NativeSelect
            label={t.organisations.kind}
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as OrganisationKind)}
            data={organisationKinds.map((value) => ({
              value,
              label: t.organisationKinds[value],
            }))}
          />
          {create.isError && <ErrorAlert error={create.error} />}
          {create.isSuccess && (
            <Alert color="teal" variant="light" role="status">
              {t.organisations.created(create.data.organisation.name)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={create.isPending}>
              {t.organisations.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
