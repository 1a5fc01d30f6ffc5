import { z } from 'zod';
import {
  sendFollowUpReminders,
  type ReminderRunSummary,
} from '../domain/follow-up/send-follow-up-reminders.js';
import type { JobDefinition } from './job.js';

export const SendFollowUpRemindersPayloadSchema = z.object({
  /** Days before a task's due day that its owner is reminded; the configured value when absent. */
  reminderDays: z.number().int().min(0).max(365).optional(),
});

/**
 * The daily follow-up run: makes the interval's rounds, reminds owners before the due day,
 * escalates to coordinators and the plan's owner after it, in the app and by mail; never
 * twice for the same task, kind and due day (see `sendFollowUpReminders`).
 */
export const sendFollowUpRemindersJob: JobDefinition<
  typeof SendFollowUpRemindersPayloadSchema,
  ReminderRunSummary
> = {
  id: 'send-follow-up-reminders',
  payloadSchema: SendFollowUpRemindersPayloadSchema,
  handle: (deps, payload) => sendFollowUpReminders(deps, payload),
};
