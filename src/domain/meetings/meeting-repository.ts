import type { Meeting, MeetingSeries } from './meeting.js';

export interface MeetingRepository {
  saveSeries(series: MeetingSeries): Promise<void>;
  findSeries(municipalityId: string, id: string): Promise<MeetingSeries | null>;
  listSeries(municipalityId: string): Promise<MeetingSeries[]>;
  /** Inserts or replaces by id. */
  saveMeeting(meeting: Meeting): Promise<void>;
  /** Inserts unless the series already has a meeting on that day; true when inserted. */
  insertOccurrence(meeting: Meeting): Promise<boolean>;
  deleteMeeting(id: string): Promise<void>;
  findMeeting(municipalityId: string, id: string): Promise<Meeting | null>;
  /** Meetings starting in [from, to), by start. */
  listMeetings(
    municipalityId: string,
    filter: { from?: string; to?: string; seriesId?: string },
  ): Promise<Meeting[]>;
  /** The series' meetings starting at or after `from`. */
  listSeriesMeetingsFrom(seriesId: string, from: string): Promise<Meeting[]>;
}
