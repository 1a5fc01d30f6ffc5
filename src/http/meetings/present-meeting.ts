import type { MeetingDetail } from '../../domain/meetings/meeting-view.js';

/** The detail as the API has it: the attendance list in place of the stored marks. */
export const presentDetail = ({
  attendance: _marks,
  attendanceList,
  ...detail
}: MeetingDetail) => ({
  ...detail,
  attendance: attendanceList,
});
