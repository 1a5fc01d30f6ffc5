import fc from 'fast-check';
import type { TimePrecision } from '../../src/domain/incidents/incident.js';

/**
 * The operations of the rollups' model test (src/storage/incident-rollups.test.ts): reports,
 * imports, reviews and district layer changes, at minutes around the clock changes of 2026.
 */

const categories = ['graffiti', 'littering', 'suspected_drug_dealing'] as const;
const districtNames = ['Norr', 'Söder', 'Centrum', 'Skogås'] as const;
/** Two windows of five days around the clock changes of 2026 (29 March and 25 October). */
const windows = ['2026-03-27T00:00:00Z', '2026-10-22T00:00:00Z'];
const windowMinutes = 5 * 24 * 60;

/** A minute in one of the windows; every sixth is a Stockholm midnight, the edge of a day. */
const minuteArbitrary = fc
  .tuple(fc.nat(1), fc.nat(windowMinutes - 1), fc.nat(5))
  .map(([window, minute, edge]) => {
    const start = new Date(windows[window] ?? '').getTime();
    const instant = new Date(start + minute * 60_000);
    if (edge === 0) instant.setUTCHours(window === 0 ? 23 : 22, 0, 0, 0);
    return instant.toISOString();
  });

const eventArbitrary = fc.record({
  pointIndex: fc.option(fc.nat()),
  districtIndex: fc.option(fc.nat()),
  occurredAt: minuteArbitrary,
  categoryCode: fc.constantFrom(...categories),
});

const rowArbitrary = fc.record({
  sourceNumber: fc.nat(7),
  version: fc.nat(3),
  occurredAt: minuteArbitrary,
  timePrecision: fc.constantFrom<TimePrecision>('exact', 'day', 'approximate'),
  pointIndex: fc.option(fc.nat()),
  districtName: fc.option(fc.constantFrom(...districtNames)),
  categoryCode: fc.constantFrom(...categories),
});

const squareArbitrary = fc.record({
  pointIndex: fc.nat(),
  halfSide: fc.constantFrom(0.01, 0.03, 0.06),
  name: fc.constantFrom(...districtNames),
});

export const operationArbitrary = fc.oneof(
  fc.record({
    kind: fc.constant('report' as const),
    events: fc.array(eventArbitrary, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('import' as const),
    rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 5 }),
    hasBadRow: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('review' as const),
    incidentIndex: fc.nat(),
    originalIndex: fc.nat(),
    decision: fc.constantFrom('new', 'reviewed', 'archived', 'duplicate'),
  }),
  fc.record({
    kind: fc.constant('addLayer' as const),
    squares: fc.array(squareArbitrary, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('replaceLayer' as const),
    layerIndex: fc.nat(),
    squares: fc.array(squareArbitrary, { minLength: 1, maxLength: 3 }),
    isBadFile: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteLayer' as const), layerIndex: fc.nat() }),
);
export type Operation = typeof operationArbitrary extends fc.Arbitrary<infer T> ? T : never;
