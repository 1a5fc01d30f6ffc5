import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { FollowUpReportData } from '../../domain/follow-up/follow-up-report-data.js';
import { renderFollowUpReportDocx } from './follow-up-report-docx.js';
import { renderFollowUpReportPdf } from './follow-up-report-pdf.js';

const run = promisify(execFile);

async function hasCommand(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}
const hasSoffice = await hasCommand('soffice');
const hasPdftotext = await hasCommand('pdftotext');
const missing = [
  ...(hasSoffice ? [] : ['LibreOffice (apt-get install libreoffice-writer-nogui)']),
  ...(hasPdftotext ? [] : ['pdftotext (apt-get install poppler-utils)']),
];
if (missing.length > 0) {
  console.warn(`Skipping the follow-up report's file tests: install ${missing.join(' and ')}.`);
}

const folder = mkdtempSync(join(tmpdir(), 'tryggve-follow-up-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The text pdftotext reads from a PDF, page by page in reading order. */
async function pdfText(pdf: Buffer, name: string): Promise<string> {
  const path = join(folder, `${name}.pdf`);
  writeFileSync(path, pdf);
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-']);
  return stdout;
}

/**
 * Opens a DOCX the way a clerk's office suite does: LibreOffice headless converts it to PDF
 * (headers, footers and page numbers included), and pdftotext reads that. A profile folder of
 * its own, so a LibreOffice already running on the machine is not disturbed.
 */
async function docxText(
  docx: Buffer,
  name: string,
): Promise<{ text: string; plain: string; html: string }> {
  const path = join(folder, `${name}.docx`);
  writeFileSync(path, docx);
  const profile = `file://${join(folder, 'lo-profile')}`;
  const convert = (target: string) =>
    run(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        target,
        '--outdir',
        folder,
        path,
      ],
      { timeout: 120_000 },
    );
  await convert('pdf');
  await convert('txt:Text (encoded):UTF8');
  await convert('html');
  return {
    text: await pdfText(readFileSync(join(folder, `${name}.pdf`)), `${name}-from-docx`),
    plain: readFileSync(join(folder, `${name}.txt`), 'utf8'),
    html: readFileSync(join(folder, `${name}.html`), 'utf8'),
  };
}

/** Huddinge's follow-up of its 2015 plan, as the seed report has it. */
export function huddingeReport(overrides: Partial<FollowUpReportData> = {}): FollowUpReportData {
  return {
    municipalityName: 'Huddinge kommun',
    administrationName: 'Kommunstyrelsens förvaltning',
    addressee: 'Trygghets- och delaktighetsberedningen',
    title: 'Uppföljning av strategisk handlingsplan mot organiserad brottslighet i Huddinge',
    date: '2020-05-05',
    caseNumber: 'KS-2017/581.173',
    handler: { name: 'Victor Mazilu', email: 'Victor.Mazilu@huddinge.se' },
    plan: {
      title: 'Strategisk handlingsplan mot organiserad brottslighet i Huddinge',
      adoptedOn: '2015-04-13',
      adoptedBy: 'kommunfullmäktige',
      validTo: '2016-12-31',
      followUpIntervalMonths: 24,
    },
    round: { label: 'Uppföljning 2017', dueOn: '2017-04-13', reportedCount: 2, taskCount: 3 },
    texts: {
      proposal:
        'Trygghets- och delaktighetsberedningens förslag till beslut i kommunfullmäktige\n\n1. Uppföljningen av strategisk handlingsplan mot organiserad brottslighet i Huddinge godkänns.',
      summary:
        'En strategisk handlingsplan mot organiserad brottslighet antogs av kommunfullmäktige den 13 april 2015. Uppföljning av mål och åtgärder skulle ske vartannat år.',
      description:
        'Planen gällde enligt kommunfullmäktiges beslut till och med december 2016.\n\nDen organiserade brottsligheten har i takt med omvärlden förändrats sedan 2015.',
      administrationView:
        'Uppföljningen påvisar att handlingsplanen är i behov av smärre justeringar, men också en omformulering av syfte och mål.',
      consequences:
        'Förslaget till beslut bedöms inte ha några ekonomiska eller juridiska konsekvenser.',
    },
    goals: [
      {
        title: 'Färre unga rekryteras till kriminella nätverk',
        description: 'Sociala insatsgrupper för unga i riskzon.',
        indicators: [
          {
            name: 'Ungdomar i social insatsgrupp (SIG)',
            unit: 'antal',
            baseline: { label: '2015', value: 4 },
            target: { label: '2016', value: 20 },
            values: [
              { label: '2016', value: 17 },
              { label: '2017', value: 29 },
            ],
          },
        ],
      },
    ],
    measures: [
      {
        goalTitle: 'Färre unga rekryteras till kriminella nätverk',
        cause: 'Unga rekryteras i Flemingsberg, Skogås och Vårby',
        title: 'Sociala insatsgrupper (SIG)',
        operationalGoal: 'Alla unga som anmäls erbjuds SIG',
        when: '2015–2016',
        responsible: 'Socialnämnden (Åsa Öberg)',
        colour: 'green',
        delivery: '29 ungdomar har ingått i SIG sedan 2015.',
        process: 'Bedrivs numera som ordinarie verksamhet.',
        effect: 'Överlag mycket bra resultat.',
      },
      {
        goalTitle: '',
        cause: 'Unga i skolan',
        title: 'Samkraftsteam i skolan',
        operationalGoal: 'Sex team, ett per skolnivå',
        when: 'Löpande',
        responsible: 'Grundskolenämnden',
        colour: 'yellow',
        delivery: 'Sex team; två grundskoleteam vilande.',
        process: '',
        effect: '',
      },
      {
        goalTitle: '',
        cause: 'Ekonomisk brottslighet vid upphandling',
        title: 'Kontroll av leverantörer',
        operationalGoal: 'Kontroll vid varje vunnen upphandling',
        when: 'Löpande',
        responsible: 'Upphandlingssektionen',
        colour: null,
        delivery: '',
        process: '',
        effect: '',
      },
    ],
    signatures: [
      { name: 'Toralf Nilsson', title: 'Kanslidirektör' },
      { name: 'Frida Ryberg', title: 'Säkerhetschef' },
    ],
    attachments: [
      'Strategisk handlingsplan mot organiserad brottslighet i Huddinge (beslutad av kommunfullmäktige den 13 april 2015)',
    ],
    distribution: [
      'Kommunstyrelsen',
      'Socialnämnden',
      'Lokalpolisområde Huddinge',
      'Södertörns Brandförsvarsförbund',
    ],
    isDraft: false,
    ...overrides,
  };
}

/** The report's parts in the order the seed has them. */
const sectionsInOrder = [
  'Förslag till beslut',
  'Sammanfattning',
  'Beskrivning av ärendet',
  'Resultat: Uppföljning 2017',
  'Resultat per mål',
  'Resultat per åtgärd',
  'Förvaltningens synpunkter',
  'Ekonomiska och juridiska konsekvenser',
  'Bilagor',
  'Beslutet delges',
];

function expectInOrder(text: string, parts: readonly string[]) {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

/** pdftotext may break a long line; compare with the whitespace folded. */
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!hasSoffice || !hasPdftotext)(
  'the follow-up report as DOCX, read by LibreOffice',
  () => {
    it('has the letterhead, every section in order, figures, colours in words and Swedish characters', async () => {
      const docx = await renderFollowUpReportDocx(huddingeReport());
      expect(docx.subarray(0, 2).toString()).toBe('PK');
      const { text, plain, html } = await docxText(docx, 'huddinge');
      const flat = folded(text);
      expect(flat).toContain('Datum 2020-05-05');
      expect(flat).toContain('Diarienummer KS-2017/581.173');
      expect(flat).toContain('Handläggare Victor Mazilu');
      expect(flat).toContain('HUDDINGE KOMMUN');
      expectInOrder(flat, sectionsInOrder);
      expect(flat).toContain(
        'antogs av kommunfullmäktige den 13 april 2015 och gällde till och med 31 december 2016',
      );
      expect(flat).toContain('2 av 3 åtgärder har rapporterats');
      expect(flat).toMatch(/Ungdomar i social insatsgrupp \(SIG\) \(antal\)/);
      expect(flat).toMatch(/Utgångsvärde 2015 4 .*2017 29 .*Målvärde 2016 20/);
      expect(flat).toMatch(/Sociala insatsgrupper \(SIG\).*Grön/);
      expect(flat).toMatch(/Samkraftsteam i skolan.*Gul/);
      expect(flat).toContain('Ej rapporterad');
      expect(flat).toContain('Toralf Nilsson Kanslidirektör');
      expect(flat).toContain('Bilaga 1. Strategisk handlingsplan');
      expectInOrder(flat, [
        'Beslutet delges',
        'Kommunstyrelsen',
        'Socialnämnden',
        'Södertörns Brandförsvarsförbund',
      ]);
      expect(flat).toMatch(/Sida 1 av [2-9]/);
      expect(flat).not.toContain('UTKAST');
      // The plain text export agrees, and å, ä, ö survive in both.
      expect(plain).toContain('Förvaltningens synpunkter');
      expect(plain).toContain('Åsa Öberg');
      expect(flat).toContain('Åsa Öberg');
      expect(flat).toContain('smärre justeringar');
      // LibreOffice sees the grid's cells shaded in the colour their word names.
      const cellOf = (word: string) =>
        new RegExp(`bgcolor="#([0-9a-f]{6})"[^>]*>(?:(?!</td>)[\\s\\S])*>${word}<`, 'i').exec(
          html,
        )?.[1];
      expect(cellOf('Grön')?.toLowerCase()).toBe('c6efce');
      expect(cellOf('Gul')?.toLowerCase()).toBe('ffeb9c');
      expect(cellOf('Röd')).toBeUndefined();
    }, 180_000);

    it('says UTKAST on a draft and marks unwritten sections', async () => {
      const docx = await renderFollowUpReportDocx(
        huddingeReport({ isDraft: true, texts: { ...huddingeReport().texts, consequences: '  ' } }),
      );
      const { text } = await docxText(docx, 'draft');
      expect(text).toContain('UTKAST');
      expect(folded(text)).toMatch(/Ekonomiska och juridiska konsekvenser \(Ej ifyllt\.\)/);
    }, 180_000);
  },
);

describe.skipIf(!hasPdftotext)('the follow-up report as PDF, read by pdftotext', () => {
  it('has the letterhead on every page, every section in order, figures, colours and Swedish characters', async () => {
    const pdf = await renderFollowUpReportPdf(huddingeReport());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf, 'huddinge-direct');
    const flat = folded(text);
    expectInOrder(flat, sectionsInOrder);
    expect(flat).toContain('Handläggare');
    expect(flat).toContain('Victor Mazilu');
    expect(flat).toContain('KS-2017/581.173');
    expect(flat).toContain('2 av 3 åtgärder har rapporterats');
    expect(flat).toMatch(/Utgångsvärde 2015 4/);
    expect(flat).toMatch(/2017 29/);
    expect(flat).toMatch(/Sociala insatsgrupper \(SIG\).*Grön/);
    expect(flat).toContain('Ej rapporterad');
    expect(flat).toContain('Åsa Öberg');
    expect(flat).toContain('Säkerhetschef');
    expect(flat).toContain('Södertörns Brandförsvarsförbund');
    const pages = text.split('\f').filter((page) => page.trim().length > 0);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('KS-2017/581.173');
      expect(folded(page)).toContain(`Sida ${index + 1} av ${pages.length}`);
    });
  });

  it('says UTKAST on every page of a draft', async () => {
    const text = await pdfText(
      await renderFollowUpReportPdf(huddingeReport({ isDraft: true })),
      'draft-direct',
    );
    const pages = text.split('\f').filter((page) => page.trim().length > 0);
    for (const page of pages) expect(page).toContain('UTKAST');
  });
});
