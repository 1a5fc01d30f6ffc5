import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../access/actor.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { DomainError } from '../errors.js';
import type { Indicator, IndicatorValue } from './plan.js';
import {
  csvHeaderProblem,
  csvParseProblem,
  csvRecordLimits,
  maxCsvColumns,
} from '../imports/csv-limits.js';
import {
  assertProgressRecordable,
  findPlanOrThrow,
  planInvalid,
  type PlanFieldProblem,
} from './plan-rules.js';
import { isCalendarDay } from '../../shared/time/calendar.js';

interface ImportIndicatorValuesInput {
  fileName: string;
  /** The CSV text: columns indikator/indicator, datum/date, värde/value, kommentar/note. */
  content: string;
}

/** Each column's accepted headers, Swedish first; matched without regard to case. */
const columnHeaders = {
  indicator: ['indikator', 'indicator'],
  date: ['datum', 'date'],
  value: ['värde', 'value'],
  note: ['kommentar', 'note'],
} as const;

/** "1 234,5", "1234.5", "−3" → a number; null if it is not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0]/g, '')
    .replace('−', '-')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The records with the line each ends on (blank lines skipped, quoted line breaks kept). */
function readRecords(content: string): { cells: string[]; line: number }[] {
  // The header's shape first, in one pass: a hostile header of a million columns is not parsed.
  const shape = csvHeaderProblem(content);
  if (shape) throw planInvalid([{ field: 'file', problem: shape.code, line: 1 }]);
  const header = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].sort(
    (a, b) => header.split(b).length - header.split(a).length,
  )[0];
  try {
    const records = parse(content, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      ...csvRecordLimits,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const wide = records.find(({ record }) => record.length > maxCsvColumns);
    if (wide)
      throw planInvalid([{ field: 'file', problem: 'too_many_columns', line: wide.info.lines }]);
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const problem = csvParseProblem(error)?.code ?? 'file_not_csv';
    throw planInvalid([{ field: 'file', problem, line: 0 }]);
  }
}

/**
 * Reads indicator values from a CSV file: one value a row, the indicator by its name (or
 * id), the day, the value (decimal comma or point) and an optional comment. Every bad row is
 * reported by its line and field, and then nothing is saved: correct the file and send it
 * again. Saved values carry the source "csv" and the file's name and line.
 */
export async function importIndicatorValues(
  deps: Deps,
  actor: Actor,
  planId: string,
  input: ImportIndicatorValuesInput,
): Promise<{ imported: number }> {
  await authorize(deps, actor, 'plan.manage', 'plan.indicator_value.import');
  const now = deps.clock();
  return deps.store.transaction(async (repositories) => {
    const plan = await findPlanOrThrow(repositories, actor.municipalityId, planId);
    assertProgressRecordable(plan);
    const indicators = await repositories.plans.listIndicators(actor.municipalityId, plan.id);
    const byKey = new Map<string, Indicator>();
    for (const indicator of indicators) {
      byKey.set(indicator.id, indicator);
      byKey.set(indicator.name.trim().toLowerCase(), indicator);
    }

    const [header, ...rows] = readRecords(input.content);
    const headers = header?.cells ?? [];
    const positions = Object.fromEntries(
      Object.entries(columnHeaders).map(([column, names]) => [
        column,
        headers.findIndex((header) =>
          (names as readonly string[]).includes(header.trim().toLowerCase()),
        ),
      ]),
    ) as Record<keyof typeof columnHeaders, number>;
    const missing = (['indicator', 'date', 'value'] as const).filter(
      (column) => positions[column] < 0,
    );
    if (missing.length > 0)
      throw planInvalid(missing.map((column) => ({ field: column, problem: 'required', line: 1 })));
    if (rows.length === 0) throw planInvalid([{ field: 'file', problem: 'no_rows', line: 0 }]);

    const problems: PlanFieldProblem[] = [];
    const values: IndicatorValue[] = [];
    for (const { cells: row, line } of rows) {
      const cell = (column: keyof typeof columnHeaders) =>
        positions[column] < 0 ? '' : (row[positions[column]] ?? '').trim();
      const indicator = byKey.get(cell('indicator').toLowerCase());
      const day = cell('date');
      const value = parseDecimal(cell('value'));
      if (!indicator)
        problems.push({
          line,
          field: 'indicator',
          problem: 'indicator_unknown',
          value: cell('indicator'),
        });
      if (!isCalendarDay(day))
        problems.push({ line, field: 'date', problem: 'invalid_date', value: day });
      if (value === null)
        problems.push({ line, field: 'value', problem: 'invalid_number', value: cell('value') });
      if (indicator && isCalendarDay(day) && value !== null) {
        values.push({
          id: randomUUID(),
          indicatorId: indicator.id,
          planId: plan.id,
          municipalityId: actor.municipalityId,
          measuredOn: day,
          value,
          source: 'csv',
          sourceDetail: `${input.fileName}:${line}`,
          note: cell('note'),
          recordedAt: now.toISOString(),
          recordedByUserId: actor.userId,
        });
      }
    }
    if (problems.length > 0) throw planInvalid(problems);
    await repositories.plans.addIndicatorValues(values);
    await recordAudit(repositories, now, actor, {
      action: 'plan.indicator_value.import',
      entityType: 'plan',
      entityId: plan.id,
      details: { fileName: input.fileName, count: values.length },
    });
    return { imported: values.length };
  });
}
