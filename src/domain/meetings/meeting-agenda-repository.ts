import type { AgendaItem, IncidentFlag } from './meeting.js';

export interface MeetingAgendaRepository {
  /** Every item, removed ones included, by position. */
  listItems(meetingId: string): Promise<AgendaItem[]>;
  countItems(meetingIds: readonly string[]): Promise<Map<string, number>>;
  findItem(municipalityId: string, id: string): Promise<AgendaItem | null>;
  saveItem(item: AgendaItem): Promise<void>;
  saveFlag(flag: IncidentFlag): Promise<void>;
  findFlag(municipalityId: string, id: string): Promise<IncidentFlag | null>;
  deleteFlag(id: string): Promise<void>;
  listFlags(meetingId: string): Promise<IncidentFlag[]>;
}
