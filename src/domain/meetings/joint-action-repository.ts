import type { JointAction, MinutesMailing } from './meeting.js';

export interface JointActionRepository {
  save(action: JointAction): Promise<void>;
  findById(municipalityId: string, id: string): Promise<JointAction | null>;
  listByMeeting(meetingId: string): Promise<JointAction[]>;
  listBySeries(seriesId: string): Promise<JointAction[]>;
  list(municipalityId: string): Promise<JointAction[]>;
  listMailings(meetingId: string): Promise<MinutesMailing[]>;
  /** Adds a pending mailing per user unless one exists. */
  addMailings(meetingId: string, userIds: readonly string[]): Promise<void>;
  /** Takes a pending or failed mailing for sending; false if another run took it. */
  claimMailing(meetingId: string, userId: string, now: string): Promise<boolean>;
  setMailing(mailing: MinutesMailing): Promise<void>;
}
