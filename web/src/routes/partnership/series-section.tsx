import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useMeetingSeries, type MeetingSeries } from '../../api/meetings';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';
import { SeriesDialog } from './series-dialog';

/** The meeting series with their weekly time; managers create and change them here. */
export function SeriesSection({
  canManage,
  isCreating,
  onCreateClose,
}: {
  canManage: boolean;
  isCreating: boolean;
  onCreateClose: () => void;
}) {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const series = useMeetingSeries();
  const [editing, setEditing] = useState<MeetingSeries | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="series-heading">
      <Title order={2} size="h3" id="series-heading">
        {m.landing.seriesHeading}
      </Title>
      {series.isPending && <InlineLoader />}
      {series.isError && <ErrorAlert error={series.error} />}
      {series.data?.length === 0 && <Text size="sm">{m.landing.noSeries}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} data-testid="series-list">
        {(series.data ?? []).map((item) => (
          <Paper
            key={item.id}
            component="li"
            withBorder
            p="sm"
            radius="md"
            style={{ listStyle: 'none' }}
          >
            <Group justify="space-between" gap="xs" align="flex-start">
              <Stack gap={2}>
                <Text fw={600}>{item.title}</Text>
                <Text size="sm">
                  {m.landing.seriesSchedule(
                    m.weekdays[item.weekday] ?? '',
                    item.startTime,
                    item.durationMinutes,
                  )}
                  {item.place === '' ? '' : `, ${item.place}`}
                </Text>
                <Text size="sm">
                  {m.landing.seriesMembers(item.organisationIds.length, item.memberUserIds.length)}
                </Text>
                {item.skippedOccurrences.length > 0 && (
                  <Text size="sm" data-testid="series-skipped">
                    {m.landing.seriesSkipped(
                      item.skippedOccurrences
                        .map((skipped) =>
                          m.landing.skippedDay(
                            formatDate(skipped.occurrenceOn, locale),
                            skipped.holiday,
                          ),
                        )
                        .join(', '),
                    )}
                  </Text>
                )}
              </Stack>
              {canManage && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden="true" />}
                  onClick={() => setEditing(item)}
                  aria-label={m.landing.editSeries(item.title)}
                >
                  {m.actions.edit}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {(isCreating || editing !== null) && (
        <SeriesDialog
          series={editing}
          onClose={() => {
            setEditing(null);
            onCreateClose();
          }}
        />
      )}
    </Stack>
  );
}
