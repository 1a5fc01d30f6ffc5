import type { MeetingMinutesData } from '../../domain/meetings/meeting-minutes-data.js';
import type { MinutesMailRenderer } from '../../domain/meetings/minutes-mail-renderer.js';
import { minutesWords, renderMeetingMinutesText } from './meeting-minutes-words.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The closing mail's renderer: the minutes as text in the body and as DOCX attached.
 * @param renderDocx where the DOCX is made: the server passes its worker pool's
 *   'render-meeting-minutes' task; by default it is made on the calling thread.
 */
export function createMinutesMailRenderer(
  renderDocx: (data: MeetingMinutesData) => Promise<Uint8Array> = async (data) =>
    (await import('./meeting-minutes-docx.js')).renderMeetingMinutesDocx(data),
): MinutesMailRenderer {
  return {
    async render(data) {
      return {
        subject: minutesWords.mailSubject(data),
        text: `${minutesWords.mailIntro}\n\n${renderMeetingMinutesText(data)}`,
        attachments: [
          {
            filename: `${minutesWords.fileName(data)}.docx`,
            contentType: docxType,
            content: await renderDocx(data),
          },
        ],
      };
    },
  };
}
