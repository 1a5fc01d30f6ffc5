import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import type { PolygonGeometry } from '../domain/municipalities/municipality.js';
import { stockholmLocalParts } from '../shared/time/stockholm-time.js';
import { syntheticIncidents } from './synthetic-incidents.js';

const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [17.9, 59.2],
      [18.0, 59.2],
      [18.0, 59.25],
      [17.9, 59.25],
      [17.9, 59.2],
    ],
  ],
};
const options = {
  seed: 7,
  from: new Date('2026-01-05T00:00:00Z'),
  to: new Date('2026-03-02T00:00:00Z'),
  perWeek: 200,
  municipality: square,
  hotAreas: [],
  hotShare: 0,
};

describe('syntheticIncidents', () => {
  it('gives the same incidents for the same seed, and others for another', () => {
    const first = [...syntheticIncidents(options)];
    expect([...syntheticIncidents(options)]).toEqual(first);
    expect([...syntheticIncidents({ ...options, seed: 8 })]).not.toEqual(first);
  });

  it('keeps about the asked rate, inside the area and the span, with evenings busier than mornings', () => {
    const incidents = [...syntheticIncidents(options)];
    // Eight weeks of January and February, whose seasonal weight is 0.8: 1,280 expected, σ ≈ 36.
    const expected = 8 * 200 * 0.8;
    expect(incidents.length).toBeGreaterThan(expected - 5 * 36);
    expect(incidents.length).toBeLessThan(expected + 5 * 36);
    for (const incident of incidents) {
      expect(
        booleanPointInPolygon([incident.point.longitude, incident.point.latitude], square),
      ).toBe(true);
      expect(
        incident.occurredAt >= options.from.toISOString() &&
          incident.occurredAt < options.to.toISOString(),
      ).toBe(true);
    }
    const hours = incidents.map(
      (incident) => stockholmLocalParts(new Date(incident.occurredAt)).hour,
    );
    const evening = hours.filter((hour) => hour >= 18 && hour < 22).length;
    const morning = hours.filter((hour) => hour >= 4 && hour < 8).length;
    expect(evening).toBeGreaterThan(morning * 4);
  });
});
