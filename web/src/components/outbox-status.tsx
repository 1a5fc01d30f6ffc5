import { Badge } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { IconCloudUpload } from '@tabler/icons-react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { outbox } from '../api/outbox';
import { postReport, refreshIncidentViews } from '../api/situation';
import type { SessionUser } from '../api/types';
import { useOutbox } from '../api/use-outbox';
import { useT } from '../i18n/i18n-context';
import { can } from '../api/permissions';

const retryEveryMs = 60_000;

/**
 * Sends the reports that wait on this device: when the app starts, when the browser says it
 * is online again, and once a minute while any wait (a server that was down comes back
 * without an "online" event).
 */
export function useOutboxSender(user: SessionUser): void {
  const queryClient = useQueryClient();
  const canReport = can(user.roles, 'incident.report');

  useEffect(() => {
    if (!canReport) return;
    let isActive = true;
    const flush = async () => {
      if (!navigator.onLine) return;
      if (!outbox.read(user.id).some((queued) => queued.refusal === null)) return;
      const result = await outbox.flush(user.id, postReport);
      if (isActive && result.sent > 0) await refreshIncidentViews(queryClient);
    };
    const flushSoon = () => void flush();
    flushSoon();
    window.addEventListener('online', flushSoon);
    // Another tab queued or sent a report: show it here too.
    window.addEventListener('storage', outbox.notify);
    const timer = window.setInterval(flushSoon, retryEveryMs);
    return () => {
      isActive = false;
      window.removeEventListener('online', flushSoon);
      window.removeEventListener('storage', outbox.notify);
      window.clearInterval(timer);
    };
  }, [canReport, user.id, queryClient]);
}

/** In the header: how many reports wait to be sent, as a link to them. Nothing when none do. */
export function OutboxStatus({ user }: { user: SessionUser }) {
  const t = useT();
  const waiting = useOutbox(user.id);
  if (waiting.length === 0) return null;
  return (
    <Badge
      component={Link}
      to="/rapportera#vantar"
      variant="outline"
      color="orange.9"
      size="lg"
      leftSection={<IconCloudUpload size={16} aria-hidden="true" />}
      aria-label={t.nav.outboxWaiting(waiting.length)}
      data-testid="outbox-status"
    >
      {waiting.length}
    </Badge>
  );
}
