import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { outbox, type QueuedReport } from '../../../api/outbox';
import { postReport, refreshIncidentViews } from '../../../api/situation';
import type { Category } from '../../../api/types';
import { useOutbox } from '../../../api/use-outbox';
import { ConfirmButton } from '../../../components/confirm-button';
import { describeError } from '../../../i18n/error-message';
import { formatDateTime, formatList } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { ApiError } from '../../../api/client';
import { categoryLabel } from '../picture-words';
import { errorsFromProblems } from './report-form';

/**
 * The reports that wait on this device. Shown only when there are any; sending happens on its
 * own (see useOutboxSender), "Skicka nu" only hurries it.
 */
export function OutboxList({
  userId,
  categories,
  onEdit,
}: {
  userId: string;
  categories: Category[] | undefined;
  onEdit: (queued: QueuedReport) => void;
}) {
  const s = useSituationT();
  const { t, locale } = useI18n();
  const waiting = useOutbox(userId);
  const queryClient = useQueryClient();
  const [isSending, setIsSending] = useState(false);

  if (waiting.length === 0) return null;

  const sendNow = async () => {
    setIsSending(true);
    try {
      const result = await outbox.flush(userId, postReport);
      if (result.sent > 0) await refreshIncidentViews(queryClient);
    } finally {
      setIsSending(false);
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="outbox-heading"
      id="vantar"
      data-testid="outbox"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="outbox-heading">
          {s.outbox.heading}
        </Title>
        <Text role="status" fw={600}>
          {s.outbox.count(waiting.length)}
        </Text>
        <Text size="sm">{s.outbox.help}</Text>
        <List spacing="sm" listStyleType="none" p={0}>
          {waiting.map((queued) => (
            <List.Item key={queued.clientReference}>
              <Stack gap={4}>
                <Text size="sm">
                  {formatList(
                    queued.report.events.map((event) =>
                      categoryLabel(categories, event.categoryCode, locale, s),
                    ),
                    locale,
                  )}
                  {' · '}
                  {s.outbox.events(queued.report.events.length)}
                  {' · '}
                  {s.outbox.queuedAt(formatDateTime(queued.queuedAt, locale))}
                </Text>
                {queued.refusal !== null && (
                  <Alert color="red" variant="light">
                    <Text size="sm">{s.outbox.refused}</Text>
                    <Text size="sm">
                      {
                        describeError(
                          t,
                          new ApiError(400, queued.refusal.code, '', {
                            problems: queued.refusal.problems,
                          }),
                        ).message
                      }
                    </Text>
                    <List size="sm">
                      {errorsFromProblems(
                        queued.refusal.problems,
                        queued.report.events.length,
                        s,
                      ).flatMap((errors, index) =>
                        Object.values(errors).map((message) => (
                          <List.Item key={`${index}-${message}`}>
                            {s.report.eventHeading(index + 1)}: {message}
                          </List.Item>
                        )),
                      )}
                    </List>
                    <Group gap="xs" mt="xs">
                      <Button size="xs" variant="default" onClick={() => onEdit(queued)}>
                        {s.outbox.edit}
                      </Button>
                      <ConfirmButton
                        size="xs"
                        variant="default"
                        isPending={false}
                        question={s.outbox.confirmDiscard}
                        onConfirm={() => outbox.remove(userId, queued.clientReference)}
                      >
                        {s.outbox.discard}
                      </ConfirmButton>
                    </Group>
                  </Alert>
                )}
              </Stack>
            </List.Item>
          ))}
        </List>
        {waiting.some((queued) => queued.refusal === null) && (
          <Group>
            <Button
              variant="default"
              leftSection={<IconCloudUpload size={18} aria-hidden="true" />}
              loading={isSending}
              onClick={() => void sendNow()}
            >
              {s.outbox.sendNow}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
