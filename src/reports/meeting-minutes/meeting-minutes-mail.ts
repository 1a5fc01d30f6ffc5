import type { MeetingMinutesData } from '../../domain/meetings/meeting-minutes-data.js';
import type { MinutesMailRenderer } from '../../domain/meetings/minutes-mail-renderer.js';
import { minutesWords, renderMeetingMinutesText } from './meeting-minutes-words.js';

const contentTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

type Format = keyof typeof contentTypes;

/**
 * The meeting mails' renderer: the minutes at closing as text in the body and as DOCX
 * attached; the agenda before the meeting as text with DOCX and PDF attached.
 * @param renderFile where the files are made: the server passes its worker pool's
 *   'render-meeting-minutes' task; by default they are made on the calling thread.
 */
export function createMinutesMailRenderer(
  renderFile: (data: MeetingMinutesData, format: Format) => Promise<Uint8Array> = async (
    data,
    format,
  ) =>
    format === 'pdf'
      ? (await import('./meeting-minutes-pdf.js')).renderMeetingMinutesPdf(data)
      : (await import('./meeting-minutes-docx.js')).renderMeetingMinutesDocx(data),
): MinutesMailRenderer {
  const attachment = async (data: MeetingMinutesData, format: Format) => ({
    filename: `${minutesWords.fileName(data)}.${format}`,
    contentType: contentTypes[format],
    content: await renderFile(data, format),
  });
  return {
    async render(data) {
      return {
        subject: minutesWords.mailSubject(data),
        text: `${minutesWords.mailIntro}\n\n${renderMeetingMinutesText(data)}`,
        attachments: [await attachment(data, 'docx')],
      };
    },
    async renderAgenda(data) {
      const agenda: MeetingMinutesData = { ...data, document: 'agenda' };
      return {
        subject: minutesWords.mailSubject(agenda),
        text: `${minutesWords.agendaMailIntro}\n\n${renderMeetingMinutesText(agenda)}`,
        attachments: [await attachment(agenda, 'docx'), await attachment(agenda, 'pdf')],
      };
    },
  };
}
