import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAgreement, useUpdateAgreement, type AgreementDetail } from '../../../api/agreements';
import { isApiError } from '../../../api/client';
import { useCurrentUser } from '../../../api/session';
import { ErrorAlert } from '../../../components/error-alert';
import { InlineLoader } from '../../../components/full-page-loader';
import { usePageTitle } from '../../../components/use-page-title';
import { useAgreementsT } from '../../../i18n/agreements/use-agreements-t';
import { AgreementStatusBadge } from './agreement-badges';
import { AgreementFormDialog, inputOf } from './agreement-form';
import { AgreementPeriod, canManageAgreements, wrappingTitle } from './agreements-page';
import { CommitmentsSection } from './commitments-section';
import { SignedDocumentSection } from './signed-document-section';

function BackLink() {
  const a = useAgreementsT();
  return (
    <Anchor component={Link} to="/samverkan/overenskommelser">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden="true" />
        {a.detail.back}
      </Group>
    </Anchor>
  );
}

function Facts({ agreement }: { agreement: AgreementDetail }) {
  const a = useAgreementsT();
  const d = a.detail;
  const fact = (label: string, value: React.ReactNode) => (
    <div>
      <Text size="sm" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="facts-heading">
      <Title order={2} size="h3" id="facts-heading">
        {d.facts}
      </Title>
      {agreement.summary !== '' && (
        <Text style={{ whiteSpace: 'pre-line' }}>{agreement.summary}</Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
        {fact(d.kind, a.kinds[agreement.kind])}
        {fact(d.period, <AgreementPeriod agreement={agreement} />)}
        {fact(d.signedOn, agreement.signedOn ?? d.notSigned)}
      </SimpleGrid>
      <Title order={3} size="h4">
        {d.parties}
      </Title>
      <Stack gap={4} component="ul" m={0} pl="md" data-testid="agreement-parties">
        {agreement.parties.map((party) => (
          <Text component="li" size="sm" key={party.organisationId}>
            <strong>{party.organisationName}</strong>:{' '}
            {d.signatory(party.signatoryName, party.signatoryTitle)}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

/** One agreement: its facts and parties, commitments with follow-up, and the signed document. */
export default function AgreementPage() {
  const a = useAgreementsT();
  const { id } = useParams();
  const user = useCurrentUser();
  const agreement = useAgreement(id);
  const update = useUpdateAgreement(id ?? '');
  const [isEditing, setIsEditing] = useState(false);
  usePageTitle(agreement.data?.title ?? a.list.title);

  if (agreement.isPending) return <InlineLoader />;
  if (agreement.data === undefined) {
    return (
      <Stack gap="md">
        <BackLink />
        {isApiError(agreement.error) && agreement.error.status === 404 ? (
          <Alert color="orange" variant="light" role="alert" data-testid="agreement-not-found">
            {a.detail.notFound}
          </Alert>
        ) : (
          <ErrorAlert error={agreement.error} />
        )}
      </Stack>
    );
  }
  const item = agreement.data;
  const canManage = canManageAgreements(user.roles);
  return (
    <Stack gap="lg" maw={1200}>
      <BackLink />
      <Stack gap="xs">
        <Title order={1} style={wrappingTitle}>
          {item.title}
        </Title>
        <Group gap="xs">
          <AgreementStatusBadge status={item.status} />
        </Group>
        {canManage && (
          <div>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => setIsEditing(true)}
            >
              {a.detail.edit}
            </Button>
          </div>
        )}
      </Stack>
      <Facts agreement={item} />
      <CommitmentsSection agreement={item} canManage={canManage} />
      <SignedDocumentSection agreement={item} canManage={canManage} />
      {isEditing && (
        <AgreementFormDialog
          title={a.form.editTitle}
          submitLabel={a.form.save}
          initial={inputOf(item)}
          onClose={() => setIsEditing(false)}
          isPending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input, { onSuccess: () => setIsEditing(false) })}
        />
      )}
    </Stack>
  );
}
