import { Button, List, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useCreateMunicipality, useInstallation } from '../../api/places';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { IssuedLinkNotice } from '../../components/issued-link';
import { ScrollableTable } from '../../components/scrollable-table';
import { usePageTitle } from '../../components/use-page-title';
import { usePlacesT } from '../../i18n/places/use-places-t';
import { isPlausibleEmail } from '../form-rules';
import NotFoundPage from '../not-found-page';

interface FormErrors {
  code?: string;
  email?: string;
  displayName?: string;
  organisationName?: string;
}

/**
 * The installation's administrators (TRYGGVE_INSTALLATION_ADMINS) set up a municipality by its
 * kommunkod: it comes with its boundary and layers, its first organisation and an invitation
 * for its first administrator. Anyone else is shown the page that does not exist.
 */
export default function InstallationPage() {
  const p = usePlacesT().installation;
  usePageTitle(p.title);
  const installation = useInstallation();
  const create = useCreateMunicipality();
  const [code, setCode] = useState('');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationName, setOrganisationName] = useState(p.organisationDefault);
  const [errors, setErrors] = useState<FormErrors>({});

  if (installation.isPending) return <InlineLoader />;
  if (installation.isError) return <ErrorAlert error={installation.error} />;
  if (!installation.data.isInstallationAdmin) return <NotFoundPage />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormErrors = {
      ...(/^\d{4}$/.test(code.trim()) ? {} : { code: p.codeInvalid }),
      ...(isPlausibleEmail(email) ? {} : { email: p.required }),
      ...(displayName.trim() === '' ? { displayName: p.required } : {}),
      ...(organisationName.trim().length < 2 ? { organisationName: p.required } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      code: code.trim(),
      firstAdministrator: {
        email: email.trim(),
        displayName: displayName.trim(),
        organisationName: organisationName.trim(),
      },
    });
  };

  return (
    <Stack gap="lg" maw={900}>
      <Title order={1}>{p.title}</Title>
      <Text>{p.intro}</Text>
      <section aria-labelledby="installation-list-heading">
        <Title order={2} size="h3" id="installation-list-heading" mb="sm">
          {p.listHeading}
        </Title>
        <ScrollableTable label={p.listHeading} minWidth={320}>
          <Table striped verticalSpacing="xs" data-testid="installation-municipalities">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{p.code}</Table.Th>
                <Table.Th scope="col">{p.name}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {installation.data.municipalities.map((municipality) => (
                <Table.Tr key={municipality.id}>
                  <Table.Td>{municipality.code}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {municipality.name}
                  </Table.Th>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </section>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section">
        <Title order={2} size="h3" mb="sm" id="installation-create-heading">
          {p.createHeading}
        </Title>
        <form onSubmit={submit} noValidate aria-labelledby="installation-create-heading">
          <Stack gap="sm">
            <TextInput
              label={p.codeLabel}
              description={p.codeHelp}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={errors.code}
              inputMode="numeric"
              maxLength={4}
              required
            />
            <TextInput
              label={p.adminEmail}
              type="email"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={errors.email}
              required
            />
            <TextInput
              label={p.adminName}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={errors.displayName}
              required
            />
            <TextInput
              label={p.organisationName}
              value={organisationName}
              onChange={(event) => setOrganisationName(event.currentTarget.value)}
              error={errors.organisationName}
              required
            />
            {create.isError && <ErrorAlert error={create.error} />}
            <Button type="submit" loading={create.isPending} w="fit-content">
              {p.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
      {create.data && (
        <Stack gap="sm" data-testid="installation-created">
          <Text fw={600} role="status">
            {p.created(create.data.municipality.name)}
          </Text>
          <Text size="sm">{p.layersCreated}</Text>
          <List size="sm">
            {create.data.layers.map((layer) => (
              <List.Item key={layer.id}>
                {layer.name}: {layer.districtCount} ({layer.source})
              </List.Item>
            ))}
          </List>
          <IssuedLinkNotice
            issued={create.data.invitation}
            title={p.linkTitle}
            linkLabel={p.linkLabel}
            emailedText={p.emailed}
            onClose={() => create.reset()}
          />
        </Stack>
      )}
    </Stack>
  );
}
