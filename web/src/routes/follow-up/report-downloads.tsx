import { Text } from '@mantine/core';
import { downloadReport, type FollowUpReport } from '../../api/follow-up';
import { DocumentDownloads } from '../../components/document-downloads';
import { usePlansT } from '../../i18n/plans/use-plans-t';

/**
 * "Ladda ner DOCX" and "Ladda ner PDF" of the follow-up report, with a reminder to save the
 * texts first when they have changed.
 */
export function ReportDownloads({ report, isDirty }: { report: FollowUpReport; isDirty: boolean }) {
  const p = usePlansT();
  const words = p.report;
  return (
    <DocumentDownloads
      heading={words.documentsHeading}
      headingId="documents-heading"
      testId="report-downloads"
      words={words}
      fallbackName="uppfoljning"
      fetchFile={(format, onProgress) => downloadReport(report.id, format, onProgress)}
    >
      <Text size="sm">{words.documentsIntro}</Text>
      {isDirty && (
        <Text size="sm" fw={600}>
          {words.saveFirst}
        </Text>
      )}
    </DocumentDownloads>
  );
}
