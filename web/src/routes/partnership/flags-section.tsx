import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentUser } from '../../api/session';
import { useTaxonomy } from '../../api/situation';
import { useUnflagIncident, type MeetingDetail } from '../../api/meetings';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { MeetingErrorAlert } from './meeting-error';
import { can } from '../../api/permissions';

/** The incidents a coordinator flagged for this meeting; the coordinator can take a flag back. */
export function FlagsSection({
  meeting,
  canUnflag,
}: {
  meeting: MeetingDetail;
  canUnflag: boolean;
}) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const taxonomy = useTaxonomy();
  const unflag = useUnflagIncident();
  // Only those who read every incident can open one; partners see the flag's words.
  const roles = useCurrentUser().roles;
  const canOpen = can(roles, 'incident.read_all');
  const labels = new Map(
    (taxonomy.data ?? []).map((category) => [
      category.code,
      locale === 'en' ? category.labelEn : category.labelSv,
    ]),
  );
  if (meeting.flaggedIncidents.length === 0 && !canUnflag) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="flags-heading" data-testid="flags">
      <Title order={2} size="h3" id="flags-heading">
        {m.flags.heading}
      </Title>
      {meeting.flaggedIncidents.length === 0 && <Text size="sm">{m.flags.none}</Text>}
      {unflag.isError && <MeetingErrorAlert error={unflag.error} />}
      <Stack component="ul" gap="xs" p={0} m={0}>
        {meeting.flaggedIncidents.map((flag) => (
          <Paper
            key={flag.id}
            component="li"
            withBorder
            p="sm"
            radius="md"
            style={{ listStyle: 'none' }}
          >
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text fw={600} size="sm">
                  {labels.get(flag.categoryCode) ?? flag.categoryCode}
                  {flag.occurredAt === null ? '' : `, ${formatDateTime(flag.occurredAt, locale)}`}
                </Text>
                {flag.note !== '' && <Text size="sm">{flag.note}</Text>}
                {canOpen && (
                  <Anchor component={Link} to={`/lagesbild/handelser/${flag.incidentId}`} size="sm">
                    {m.flags.open}
                  </Anchor>
                )}
              </Stack>
              {canUnflag && (
                <Button
                  size="xs"
                  variant="default"
                  loading={unflag.isPending && unflag.variables === flag.id}
                  onClick={() => unflag.mutate(flag.id)}
                >
                  {m.flags.remove}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
