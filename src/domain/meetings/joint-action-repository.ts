import type { JointAction } from './meeting.js';

export interface JointActionRepository {
  save(action: JointAction): Promise<void>;
  findById(municipalityId: string, id: string): Promise<JointAction | null>;
  listByMeeting(meetingId: string): Promise<JointAction[]>;
  listBySeries(seriesId: string): Promise<JointAction[]>;
  list(municipalityId: string): Promise<JointAction[]>;
}
