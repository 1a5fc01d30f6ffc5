import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { MeetingMinutesData } from '../../domain/meetings/meeting-minutes-data.js';
import { renderMeetingMinutesDocx } from './meeting-minutes-docx.js';
import { renderMeetingMinutesPdf } from './meeting-minutes-pdf.js';
import { renderMeetingMinutesText } from './meeting-minutes-words.js';

const run = promisify(execFile);

async function hasCommand(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}
const hasTools = (await hasCommand('soffice')) && (await hasCommand('pdftotext'));
if (!hasTools) {
  console.warn('Skipping the minutes file tests: install LibreOffice and poppler-utils.');
}

const hasUnzip = await hasCommand('unzip');

const folder = mkdtempSync(join(tmpdir(), 'tryggve-minutes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function pdfText(pdf: Buffer, name: string): Promise<string> {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, pdf);
  return (await run('pdftotext', ['-enc', 'UTF-8', path, '-'])).stdout;
}

/** The text LibreOffice headless reads from a DOCX, as an office suite opens it. */
async function docxText(docx: Buffer, name: string): Promise<string> {
  const path = join(folder, `${name}.docx`);
  writeFileSync(path, docx);
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(folder, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      folder,
      path,
    ],
    { timeout: 120_000 },
  );
  return readFileSync(join(folder, `${name}.txt`), 'utf8');
}

const folded = (text: string) => text.replace(/\s+/g, ' ');

const minutes: MeetingMinutesData = {
  municipalityName: 'Huddinge kommun',
  title: 'OSG Huddinge',
  place: 'Kommunhuset, Sjödalsvägen 29',
  when: 'torsdag 3 december 2026 09:00–10:30',
  isFinal: true,
  closedAt: '2026-12-03 10:41',
  organisations: ['Kommunstyrelsens förvaltning', 'Lokalpolisområde Huddinge'],
  present: [
    'Sara Samordnare (Kommunstyrelsens förvaltning)',
    'Örjan Polis (Lokalpolisområde Huddinge)',
  ],
  absent: ['Åsa Brand (Södertörns brandförsvarsförbund)'],
  guests: 'Väktare från Securitas',
  generalNotes: 'Lägesbilden för vecka 48 gicks igenom.',
  agenda: [
    {
      title: 'Klotter i Skogås ökade kraftigt (9 mot 1,5 i snitt)',
      notes: 'Ökningen hänger ihop med skollovet.',
      decisions: 'Gemensam kvällsvandring.',
    },
    { title: 'Övrigt', notes: '', decisions: '' },
  ],
  actions: [
    {
      title: 'Gemensam kvällsvandring i Skogås',
      description: 'Polis och fältassistenter går tillsammans.',
      districts: ['Skogås'],
      organisations: ['Lokalpolisområde Huddinge', 'Kommunstyrelsens förvaltning'],
      responsible: ['Örjan Polis (Lokalpolisområde Huddinge)'],
      dueOn: '2026-12-10',
      expectedResult: 'Färre klotter och tryggare kvällar',
      status: 'planerad',
      outcome: '',
    },
  ],
  carriedActions: [],
};

describe('the minutes of a meeting', () => {
  it('writes every part as plain text for the e-mail', () => {
    const text = renderMeetingMinutesText(minutes);
    expect(text).toContain('Minnesanteckningar: OSG Huddinge');
    expect(text).toContain(
      'Närvarande: Sara Samordnare (Kommunstyrelsens förvaltning), Örjan Polis',
    );
    expect(text).toContain('1. Klotter i Skogås ökade kraftigt');
    expect(text).toContain('  Ansvariga: Örjan Polis (Lokalpolisområde Huddinge)');
    expect(text).toContain('Mötet avslutades 2026-12-03 10:41.');
    expect(text).not.toContain('UTKAST');
    expect(renderMeetingMinutesText({ ...minutes, isFinal: false, closedAt: null })).toContain(
      'UTKAST',
    );
  });

  it.runIf(hasTools)(
    'reads back from the DOCX in LibreOffice with the Swedish letters intact',
    async () => {
      const text = folded(await docxText(await renderMeetingMinutesDocx(minutes), 'minutes'));
      for (const expected of [
        'Minnesanteckningar: OSG Huddinge',
        'Kommunhuset, Sjödalsvägen 29',
        'Frånvarande: Åsa Brand (Södertörns brandförsvarsförbund)',
        'Anteckningar: Ökningen hänger ihop med skollovet.',
        'Beslut: Gemensam kvällsvandring.',
        'Gemensamma insatser beslutade vid mötet',
        'Var: Skogås',
        'Förväntat resultat: Färre klotter och tryggare kvällar',
        'Klart senast: 2026-12-10',
      ]) {
        expect(text).toContain(expected);
      }
    },
    180_000,
  );

  it.runIf(hasTools)('reads back from the PDF with pdftotext', async () => {
    const text = folded(await pdfText(await renderMeetingMinutesPdf(minutes), 'minutes'));
    for (const expected of [
      'Minnesanteckningar: OSG Huddinge',
      'torsdag 3 december 2026 09:00–10:30',
      'Närvarande: Sara Samordnare (Kommunstyrelsens förvaltning), Örjan Polis',
      '1. Klotter i Skogås ökade kraftigt (9 mot 1,5 i snitt)',
      'Ansvariga: Örjan Polis (Lokalpolisområde Huddinge)',
      'Pågående gemensamma insatser från tidigare möten',
      'Mötet avslutades 2026-12-03 10:41.',
    ]) {
      expect(text).toContain(expected);
    }
  });
});

describe('guests and the agenda document (issue 15)', () => {
  const withGuests = { ...minutes, guests: 'Väktare från Securitas\n\nFältassistent Ali\n' };

  it('writes guests entered one per line one per line', () => {
    const text = renderMeetingMinutesText(withGuests);
    expect(text).toContain('Övriga deltagare:\n  Väktare från Securitas\n  Fältassistent Ali\n');
  });

  it.runIf(hasUnzip)('keeps each guest on a line of its own in the DOCX', async () => {
    const path = join(folder, 'guests.docx');
    writeFileSync(path, await renderMeetingMinutesDocx(withGuests));
    const xml = (await run('unzip', ['-p', path, 'word/document.xml'])).stdout;
    expect(xml).toMatch(
      /Övriga deltagare:<\/w:t>.*?<w:br\/>.*?Väktare från Securitas<\/w:t>.*?<w:br\/>.*?Fältassistent Ali<\/w:t>/s,
    );
  });

  it.runIf(hasTools)('keeps each guest on a line of its own in the PDF', async () => {
    const text = await pdfText(await renderMeetingMinutesPdf(withGuests), 'guests');
    expect(text).toMatch(
      /Övriga deltagare:\s*\n\s*Väktare från Securitas\s*\n\s*Fältassistent Ali/,
    );
  });

  it('calls the agenda "Dagordning", lists its points and none of the minutes', async () => {
    const agenda = { ...minutes, document: 'agenda' as const };
    const text = renderMeetingMinutesText(agenda);
    expect(text).toContain('Dagordning: OSG Huddinge');
    expect(text).toContain('1. Klotter i Skogås ökade kraftigt (9 mot 1,5 i snitt)');
    expect(text).not.toContain('Närvarande');
    expect(text).not.toContain('Ökningen hänger ihop med skollovet.');
    if (hasTools) {
      const pdf = folded(await pdfText(await renderMeetingMinutesPdf(agenda), 'agenda'));
      expect(pdf).toContain('Dagordning: OSG Huddinge');
      expect(pdf).toContain('Gemensamma insatser att följa upp');
      expect(pdf).not.toContain('Minnesanteckningar');
    }
  });
});
