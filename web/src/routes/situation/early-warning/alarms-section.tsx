import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBellRinging, IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useAlarms } from '../../../api/early-warning';
import type { Alarm, AlarmDecisionKind } from '../../../api/early-warning-types';
import type { PeriodKind } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { focusElement } from '../../../components/focus-return';
import { InlineLoader } from '../../../components/full-page-loader';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { AlarmDecisionDialog } from './alarm-decision-dialog';

/**
 * Larm: the week's alarms on the picture, each in a sentence with its numbers and its latest
 * decision. Coordinators acknowledge or dismiss them; everyone else reads.
 */
export function AlarmsSection({
  kind,
  periodKey,
  canDecide,
  hasMapMarks,
}: {
  kind: PeriodKind;
  periodKey: string;
  canDecide: boolean;
  /** Whether the map below outlines the alarms' areas. */
  hasMapMarks: boolean;
}) {
  const s = useSituationT();
  const words = s.earlyWarning.alarms;
  const { locale } = useI18n();
  const isWeek = kind === 'week';
  const alarms = useAlarms(isWeek ? periodKey : null, locale);
  const [deciding, setDeciding] = useState<{ alarm: Alarm; decision: AlarmDecisionKind } | null>(
    null,
  );
  const [announcement, setAnnouncement] = useState('');
  const announcementRef = useRef<HTMLParagraphElement>(null);
  // A decided alarm loses its buttons, the dialog's trigger among them: focus goes to the
  // message saying what was done, so it is neither lost nor left on a button about to go.
  useEffect(() => {
    if (announcement !== '' && announcementRef.current !== null) {
      focusElement(announcementRef.current);
    }
  }, [announcement]);

  return (
    <section aria-labelledby="alarms-heading" data-testid="alarms">
      <Title order={2} size="h3" id="alarms-heading" mb="xs">
        {words.heading}
      </Title>
      {/* Shown here, read through the app's live region (the dialog announces it). */}
      <div data-testid="alarms-announcement">
        {announcement !== '' && (
          <Text fw={600} mb="xs" ref={announcementRef}>
            {announcement}
          </Text>
        )}
      </div>
      {!isWeek ? (
        <Text>{words.onlyWeeks}</Text>
      ) : alarms.isPending ? (
        <InlineLoader />
      ) : alarms.data === undefined ? (
        <ErrorAlert error={alarms.error} />
      ) : (
        <Stack gap="sm">
          {alarms.isError && <ErrorAlert error={alarms.error} />}
          <Text size="sm">
            {words.intro(
              alarms.data.tested,
              alarms.data.settings.minimumCount,
              alarms.data.settings.falseDiscoveryRate,
            )}
          </Text>
          {alarms.data.alarms.length === 0 ? (
            <Text>{words.empty}</Text>
          ) : (
            <>
              {hasMapMarks && alarms.data.alarms.some((alarm) => alarm.districtId !== null) && (
                <Text size="sm">{words.mapNote}</Text>
              )}
              <List
                listStyleType="none"
                p={0}
                spacing="sm"
                aria-label={words.listLabel}
                data-testid="alarm-list"
              >
                {alarms.data.alarms.map((alarm) => (
                  <List.Item key={alarm.key} data-testid="alarm">
                    <AlarmCard
                      alarm={alarm}
                      canDecide={canDecide}
                      onDecide={(decision) => {
                        setAnnouncement('');
                        setDeciding({ alarm, decision });
                      }}
                    />
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Stack>
      )}
      {deciding !== null && (
        <AlarmDecisionDialog
          periodKey={periodKey}
          alarm={deciding.alarm}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
          onDone={(message) => {
            setDeciding(null);
            setAnnouncement(message);
          }}
        />
      )}
    </section>
  );
}

function AlarmCard({
  alarm,
  canDecide,
  onDecide,
}: {
  alarm: Alarm;
  canDecide: boolean;
  onDecide: (decision: AlarmDecisionKind) => void;
}) {
  const s = useSituationT();
  const words = s.earlyWarning.alarms;
  const { locale } = useI18n();
  const decision = alarm.decision;
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={alarm.sentence}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconBellRinging size={20} aria-hidden="true" />
          <Text fw={600} data-testid="alarm-sentence">
            {alarm.sentence}
          </Text>
        </Group>
        {/* The analyst's view: the method and its figures, one click away. */}
        <details data-testid="alarm-details">
          <summary>
            <Text size="sm" span>
              {words.howCounted}
            </Text>
          </summary>
          <Text size="sm" mt={4}>
            {words.method}: {words.methods[alarm.method]}
          </Text>
          <Group gap="lg" component="dl" className="plain-list" m={0}>
            {(
              [
                [words.observed, alarm.observed],
                [words.expected, alarm.expected],
                [words.threshold, alarm.threshold],
              ] as const
            ).map(([label, value]) => (
              <Group key={label} gap={4} wrap="nowrap">
                <Text component="dt" size="sm">
                  {label}:
                </Text>
                <Text component="dd" size="sm" fw={600} m={0}>
                  {formatNumber(value, locale)}
                </Text>
              </Group>
            ))}
          </Group>
        </details>
        <div data-testid="alarm-decision">
          {decision === null ? (
            <Badge color="orange" variant="light" c="dark.7" tt="none">
              {words.undecided}
            </Badge>
          ) : (
            <Stack gap={2}>
              <Badge
                color={decision.decision === 'acknowledged' ? 'teal' : 'gray'}
                variant="light"
                c="dark.7"
                tt="none"
                leftSection={
                  decision.decision === 'acknowledged' ? (
                    <IconCheck size={14} aria-hidden="true" />
                  ) : (
                    <IconX size={14} aria-hidden="true" />
                  )
                }
              >
                {words.decided[decision.decision](formatDateTime(decision.decidedAt, locale))}
              </Badge>
              <Text size="sm">
                {words.comment}: {decision.comment}
              </Text>
            </Stack>
          )}
        </div>
        {/* Once decided, the alarm is handled: its buttons go (the decision stays). */}
        {canDecide && decision === null && (
          <Group gap="xs" role="group" aria-label={words.actionsFor(alarm.sentence)}>
            <Button size="compact-md" variant="filled" onClick={() => onDecide('acknowledged')}>
              {words.acknowledge}
            </Button>
            <Button size="compact-md" variant="default" onClick={() => onDecide('dismissed')}>
              {words.dismiss}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
