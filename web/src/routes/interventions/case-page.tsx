import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useInterventionCase } from '../../api/interventions';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useInterventionsT } from '../../i18n/interventions/use-interventions-t';
import { DisclosureForm, EmergencyAccessForm, PlanItemForm } from './case-forms';

/**
 * One case for its caseworkers: the person, the individual plan and the disclosures. To a
 * caseworker who may not read it, the page says it is not there and offers nödåtkomst.
 */
export default function CasePage() {
  const t = useInterventionsT();
  const { locale } = useI18n();
  usePageTitle(t.casePage.title);
  const { id = '' } = useParams();
  const found = useInterventionCase(id);
  if (found.isPending) return <InlineLoader />;
  if (found.isError) {
    if (!isApiError(found.error) || found.error.status !== 404) {
      return <ErrorAlert error={found.error} />;
    }
    return (
      <Stack gap="md" maw={900}>
        <Title order={1}>{t.casePage.title}</Title>
        <Text>{t.casePage.notReadable}</Text>
        <EmergencyAccessForm caseId={id} />
      </Stack>
    );
  }
  const detail = found.data;
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        <Title order={1}>{detail.identity?.name ?? t.casePage.title}</Title>
        <Text>{detail.programmeName}</Text>
        {detail.isSynthetic && (
          <Group>
            <Badge color="grape.9" variant="light">
              {t.casePage.synthetic}
            </Badge>
          </Group>
        )}
        {detail.via === 'emergency_access' && (
          <Alert color="yellow">{t.casePage.viaEmergency}</Alert>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="plan-heading">
        <Title order={2} size="h3" id="plan-heading">
          {t.casePage.plan}
        </Title>
        <List data-testid="plan-items">
          {detail.planItems.map((item) => (
            <List.Item key={item.id}>
              {item.text}
              {item.responsible ? ` (${item.responsible})` : ''}
              {item.followUpOn ? ` – ${formatDate(item.followUpOn, locale)}` : ''}
            </List.Item>
          ))}
        </List>
        <PlanItemForm caseId={id} />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="disclosures-heading">
        <Title order={2} size="h3" id="disclosures-heading">
          {t.casePage.disclosures}
        </Title>
        <List data-testid="disclosures">
          {detail.disclosures.map((disclosure) => (
            <List.Item key={disclosure.id}>
              {t.agencies[disclosure.recipientAgency]}: {disclosure.what}
            </List.Item>
          ))}
        </List>
        <DisclosureForm caseId={id} />
      </Stack>
    </Stack>
  );
}
