import { downloadMinutes } from '../../api/meetings';
import { DocumentDownloads } from '../../components/document-downloads';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';

/** The minutes as DOCX and PDF; the server renders them, so the progress shows meanwhile. */
export function MinutesDownloads({ meetingId }: { meetingId: string }) {
  const m = useMeetingsT();
  return (
    <DocumentDownloads
      heading={m.downloads.heading}
      headingId="minutes-files-heading"
      testId="minutes-downloads"
      words={m.downloads}
      fallbackName="minnesanteckningar"
      fetchFile={(format, onProgress) => downloadMinutes(meetingId, format, onProgress)}
    />
  );
}
