import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/client';
import { useDecideAlarm } from '../../../api/early-warning';
import type { Alarm, AlarmDecisionKind } from '../../../api/early-warning-types';
import { ErrorAlert } from '../../../components/error-alert';
import { useAnnounce } from '../../../components/live-region';
import { useInvalidFieldFocus } from '../../../components/use-invalid-field-focus';
import { useT } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { AppModal } from '../../../components/app-modal';

/**
 * Acknowledge or dismiss one alarm with a required comment. A 404 means the alarm is no longer
 * one (incidents were reviewed again, settings changed): said in words, not as a failure.
 */
export function AlarmDecisionDialog({
  periodKey,
  alarm,
  decision,
  onClose,
  onDone,
}: {
  periodKey: string;
  alarm: Alarm;
  decision: AlarmDecisionKind;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const s = useSituationT();
  const words = s.earlyWarning.alarms;
  const t = useT();
  const decide = useDecideAlarm();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const { formRef, afterSubmit } = useInvalidFieldFocus();
  const announce = useAnnounce();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (comment.trim() === '') {
      setCommentError(words.commentRequired);
      afterSubmit();
      return;
    }
    setCommentError(null);
    decide.mutate(
      {
        periodKey,
        districtId: alarm.districtId,
        categoryCode: alarm.categoryCode,
        decision,
        comment: comment.trim(),
      },
      {
        onSuccess: () => {
          announce(words.done[decision]);
          onDone(words.done[decision]);
        },
      },
    );
  };

  const isGone = isApiError(decide.error) && decide.error.status === 404;

  return (
    <AppModal
      opened
      onClose={onClose}
      title={words.dialog[decision]}
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fw={600}>{alarm.sentence}</Text>
          <Text size="sm">{words.dialogIntro[decision]}</Text>
          {isGone ? (
            <Alert color="orange" variant="light" role="alert">
              {words.gone}
            </Alert>
          ) : (
            decide.isError && <ErrorAlert error={decide.error} />
          )}
          <Textarea
            label={words.commentLabel}
            description={words.commentHelp}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={comment}
            error={commentError}
            onChange={(event) => setComment(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={decide.isPending} disabled={isGone}>
              {words.submit[decision]}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
