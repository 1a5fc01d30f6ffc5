import type { MinutesMailing } from './meeting.js';

/** The sent-log of a closed meeting's minutes: one mailing per member, sent at most once. */
export interface MinutesMailingRepository {
  /** The meeting's mailings, by user id. */
  list(meetingId: string): Promise<MinutesMailing[]>;
  /** Adds a pending mailing per user unless one exists. */
  addPending(meetingId: string, userIds: readonly string[]): Promise<void>;
  /** Takes a pending or failed mailing for sending; false if another run took it. */
  claim(meetingId: string, userId: string, now: string): Promise<boolean>;
  /** Records how the sending went, and releases the claim. */
  save(mailing: MinutesMailing): Promise<void>;
}
