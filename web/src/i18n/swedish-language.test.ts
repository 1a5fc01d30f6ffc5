import { describe, expect, it } from 'vitest';
import { describeAlarm } from '../../../src/domain/early-warning/describe-alarm';
import { findingsOf } from '../../../src/domain/suppliers/registry-checks';
import { screeningSummary } from '../../../src/domain/suppliers/screening-summary';
import * as incidentValueLabels from '../../../src/reports/incident-value-labels';
import { a11ySv } from './a11y/sv';
import { agreementsSv } from './agreements/sv';
import { meetingsSv } from './meetings/sv';
import { placesSv } from './places/sv';
import { modellingSv } from './plans/modelling-sv';
import { plansSv } from './plans/sv';
import { policeTypesSv } from './police-types/sv';
import { earlyWarningSv } from './situation/early-warning-sv';
import { importSv } from './situation/import-sv';
import { layersSv } from './situation/layers-sv';
import { outputSv } from './situation/output-sv';
import { signalsSv } from './situation/signals-sv';
import { situationSv } from './situation/sv';
import { suppliersSv } from './suppliers/sv';
import { sv } from './sv';

/**
 * English that has reached Swedish users before (issue 16): screening and registry summaries,
 * alarm jargon, export values. Whole words only; "in", "is" and the like are Swedish too.
 */
const englishWords = [
  'the',
  'and',
  'of',
  'with',
  'against',
  'subjects',
  'screened',
  'matches',
  'possible',
  'found',
  'registered',
  'since',
  'officers',
  'recent',
  'threshold',
  'spot',
  'spots',
  'exact',
  'manual',
  'expected',
  'above',
  'left',
  'out',
];
const englishPattern = new RegExp(`(^|[^\\p{L}])(${englishWords.join('|')})(?=$|[^\\p{L}])`, 'iu');
/** A raw code: snake_case (follow_up.round_create), or a dotted event kind. */
const rawCodePattern = /\b[a-z]+(_[a-z]+)+\b|\b[a-z]+\.[a-z_]+\b/;

/** Every text of a catalog, functions called with sample arguments, with its path. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const samples = Array.from({ length: value.length }, (_, index) => (index % 2 === 0 ? 2 : 'X'));
    try {
      return texts((value as (...args: unknown[]) => unknown)(...samples), path);
    } catch {
      // A function that needs real arguments (a list, an object) is left to its own tests.
      return [];
    }
  }
  if (Array.isArray(value))
    return value.flatMap((inner, index) => texts(inner, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, inner]) => texts(inner, `${path}.${key}`));
  }
  return [];
}

/** Words that are English-looking but belong in a Swedish text: names, formats, abbreviations. */
const allowed = [
  /OpenStreetMap/,
  /GeoJSON/,
  /https?:\/\/\S+/g,
  /[\w.-]+@[\w.-]+/g,
  // Web addresses and sources' own names, as their attribution must read.
  /\b[\w-]+\.(se|org|com)(\/\S*)?/g,
  /Who’s On First/,
  // A column of the police's file, named as the file names it.
  /\bbody_text\b/,
];

function offending(entries: [string, string][]): string[] {
  return entries
    .map(([path, text]) => [
      path,
      allowed.reduce((rest, pattern) => rest.replace(pattern, ''), text),
    ])
    .filter(([, text]) => englishPattern.test(text ?? '') || rawCodePattern.test(text ?? ''))
    .map(([path, text]) => `${path}: ${text}`);
}

describe('Swedish texts', () => {
  it('hold no English words and no raw codes in any Swedish catalog of the web app', () => {
    const catalogs = {
      sv,
      a11ySv,
      agreementsSv,
      meetingsSv,
      placesSv,
      modellingSv,
      plansSv,
      policeTypesSv,
      earlyWarningSv,
      importSv,
      layersSv,
      outputSv,
      signalsSv,
      situationSv,
      suppliersSv,
    };
    expect(offending(texts(catalogs, 'catalogs'))).toEqual([]);
  });

  it('hold no English in what the server writes in Swedish: alarms, summaries, export values', () => {
    const generated: [string, string][] = [
      [
        'alarm',
        describeAlarm(
          { observed: 8, expected: 1.2 },
          { category: 'Klotter', district: null },
          'sv',
        ),
      ],
      ['screening', screeningSummary(1, 2, 0, 1)],
      ...findingsOf({
        organisationNumber: '556677-8899',
        name: 'Byggtjänst Söder AB',
        legalForm: 'Aktiebolag',
        status: 'bankruptcy',
        statusSince: '2026-01-01',
        registeredOn: '2001-05-01',
        address: null,
        officers: [],
        recentChanges: [],
        isFTaxRegistered: false,
        isVatRegistered: true,
        isEmployerRegistered: true,
      } as unknown as Parameters<typeof findingsOf>[0]).map((finding, index): [string, string] => [
        `registry ${index}`,
        finding.summary,
      ]),
      ...texts(incidentValueLabels, 'export'),
    ];
    expect(offending(generated)).toEqual([]);
  });

  it('catches the English that reached Swedish users before', () => {
    expect(
      offending([['old', '1 subjects screened against 2 lists; 0 possible matches']]),
    ).toHaveLength(1);
    expect(offending([['old', 'Hot spots / Cold spot']])).toHaveLength(1);
    expect(offending([['old', 'follow_up.round_create']])).toHaveLength(1);
    expect(offending([['old', 'Ny']])).toEqual([]);
  });
});
