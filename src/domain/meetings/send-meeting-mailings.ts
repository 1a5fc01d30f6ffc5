import type { Deps, MailMessage } from '../deps.js';
import { logFailure, type FailureCode } from '../failure-log.js';
import type { MinutesMailingRepository } from './minutes-mailing-repository.js';

/**
 * Sends one mail to every member whose mailing in `log` is not sent yet. Each sending is
 * claimed first and recorded after, so a retry (or a second click, or two coordinators at
 * once) sends only what was not sent: never twice to one member.
 */
export async function sendMeetingMailings(
  deps: Deps,
  log: MinutesMailingRepository,
  meeting: { id: string; municipalityId: string },
  renderMail: () => Promise<Omit<MailMessage, 'to'>>,
  failureCode: FailureCode,
): Promise<void> {
  const waiting = (await log.list(meeting.id)).filter((item) => item.status !== 'sent');
  if (waiting.length === 0) return;
  const mail = await renderMail();
  for (const mailing of waiting) {
    if (!deps.mailer) {
      await log.save({ ...mailing, status: 'no_mailer', sentAt: null });
      continue;
    }
    if (!(await log.claim(meeting.id, mailing.userId, deps.clock().toISOString()))) continue;
    const user = await deps.store.users.findById(meeting.municipalityId, mailing.userId);
    if (!user) continue;
    try {
      await deps.mailer.send({ to: user.email, ...mail });
      await log.save({ ...mailing, status: 'sent', sentAt: deps.clock().toISOString() });
    } catch (error) {
      logFailure(deps.logger, failureCode, error, { meetingId: meeting.id });
      await log.save({ ...mailing, status: 'failed', sentAt: null });
    }
  }
}
