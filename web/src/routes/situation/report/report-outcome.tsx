import { Alert } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { outbox } from '../../../api/outbox';
import type { ReportedIncidents } from '../../../api/types';
import { focusElement } from '../../../components/focus-return';
import { useAnnounce } from '../../../components/live-region';
import { formatList } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';

export type Outcome =
  | { kind: 'sent'; result: ReportedIncidents; eventCount: number; wasQueued: boolean }
  | { kind: 'queued'; clientReference: string }
  | null;

/** "Saved" in words: what the message shows and the live region reads. */
function useOutcomeWords() {
  const s = useSituationT();
  const { locale } = useI18n();
  const masked = useCallback(
    (kinds: readonly string[]) =>
      kinds.length === 0
        ? ''
        : s.report.masked(
            formatList(
              kinds.map((kind) => s.personalData[kind as keyof typeof s.personalData] ?? kind),
              locale,
            ),
          ),
    [s, locale],
  );
  const title = useCallback(
    (outcome: NonNullable<Outcome>) =>
      outcome.kind === 'queued'
        ? s.report.queued
        : outcome.wasQueued
          ? s.report.sentAfterWaiting(outcome.eventCount)
          : s.report.sent(outcome.eventCount),
    [s],
  );
  const spoken = useCallback(
    (outcome: NonNullable<Outcome>) =>
      [title(outcome), outcome.kind === 'sent' ? masked(outcome.result.maskedKinds) : '']
        .filter((part) => part !== '')
        .join(' '),
    [title, masked],
  );
  return { masked, title, spoken };
}

/**
 * The outcome of the last report, shown where the reporter looks: the message gets focus (the
 * button that sent it was disabled meanwhile), is scrolled to the middle of the screen once
 * the emptied form has settled, and is read through the live region. A report kept on this
 * device ("no connection") turns into its confirmation when it is sent on reconnecting.
 */
export function useReportOutcome(userId: string) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const announce = useAnnounce();
  const { spoken } = useOutcomeWords();

  const showOutcome = useCallback(
    (next: Outcome) => {
      setOutcome(next);
      if (next !== null) announce(spoken(next));
    },
    [announce, spoken],
  );

  useEffect(() => {
    const element = outcomeRef.current;
    if (outcome === null || element === null) return;
    focusElement(element);
    const frame = window.requestAnimationFrame(() =>
      element.scrollIntoView({ block: 'center', behavior: 'instant' }),
    );
    return () => window.cancelAnimationFrame(frame);
  }, [outcome]);

  useEffect(
    () =>
      outbox.onSent((sent) => {
        if (sent.userId !== userId) return;
        setOutcome((current) => {
          if (current?.kind !== 'queued' || current.clientReference !== sent.clientReference) {
            return current;
          }
          const next = {
            kind: 'sent',
            result: sent.result,
            eventCount: sent.eventCount,
            wasQueued: true,
          } as const;
          announce(spoken(next));
          return next;
        });
      }),
    [userId, announce, spoken],
  );

  return { outcome, showOutcome, outcomeRef };
}

export function ReportOutcome({
  outcome,
  outcomeRef,
}: {
  outcome: Outcome;
  outcomeRef: RefObject<HTMLDivElement | null>;
}) {
  const { masked, title } = useOutcomeWords();
  return (
    // Read through the app's live region; focus moves here after sending.
    <div ref={outcomeRef} className="report-outcome">
      {outcome?.kind === 'sent' && (
        <Alert
          color="teal"
          variant="light"
          role="group"
          className="outcome-alert"
          title={title(outcome)}
          data-testid="report-outcome"
        >
          {masked(outcome.result.maskedKinds)}
        </Alert>
      )}
      {outcome?.kind === 'queued' && (
        <Alert color="orange" variant="light" role="group" data-testid="report-outcome">
          {title(outcome)}
        </Alert>
      )}
    </div>
  );
}
