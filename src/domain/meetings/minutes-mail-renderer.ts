import type { MeetingMinutesData } from './meeting-minutes-data.js';

/** The mail that carries a closed meeting's minutes: its words and the minutes as a file. */
interface MinutesMail {
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: Uint8Array }[];
}

/**
 * The port through which closing a meeting has its minutes rendered for the mail (the words
 * and the DOCX are src/reports' work, as sending is the mailer's): the server renders the
 * DOCX in its worker pool, off the event loop; tests and the command line on their own thread.
 */
export interface MinutesMailRenderer {
  render(data: MeetingMinutesData): Promise<MinutesMail>;
  /** The agenda sent to the members before the meeting (issue 15): DOCX and PDF attached. */
  renderAgenda(data: MeetingMinutesData): Promise<MinutesMail>;
}
