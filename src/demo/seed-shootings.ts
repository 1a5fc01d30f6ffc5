import type { PolygonGeometry } from '../domain/municipalities/municipality.js';
import { seededRandom, syntheticPointIn } from './synthetic-incidents.js';

interface DemoShooting {
  occurredAt: string;
  point: { longitude: number; latitude: number };
  categoryCode: string;
  description: string;
  severity: 3;
  unsafety: 4;
}

/**
 * Shootings with exact points for the near-repeat page: over the twelve weeks before `now`,
 * a few scattered ones and two series where each shooting is followed within days by another
 * a few hundred metres away (the pattern the near-repeat table is for). Deterministic.
 */
export function demoShootings(
  now: Date,
  areas: readonly PolygonGeometry[],
  municipality: PolygonGeometry,
): DemoShooting[] {
  const random = seededRandom(1807);
  const day = 86_400_000;
  const start = now.getTime() - 12 * 7 * day;
  const shooting = (time: number, point: { longitude: number; latitude: number }) => ({
    occurredAt: new Date(Math.min(time, now.getTime() - 3_600_000)).toISOString(),
    point,
    categoryCode: 'shooting',
    description: 'Skottlossning, flera skott hördes.',
    severity: 3 as const,
    unsafety: 4 as const,
  });
  const events: DemoShooting[] = [];
  for (let index = 0; index < 10; index += 1) {
    events.push(shooting(start + random() * 84 * day, syntheticPointIn(random, municipality)));
  }
  for (const [series, area] of areas.slice(0, 2).entries()) {
    let time = start + (10 + 30 * series) * day;
    let point = syntheticPointIn(random, area);
    for (let index = 0; index < 8; index += 1) {
      events.push(shooting(time, point));
      time += (1 + random() * 5) * day;
      // 100–350 m away: about 1e-5 degrees of latitude per metre.
      const distance = 100 + 250 * random();
      const angle = 2 * Math.PI * random();
      point = {
        latitude: Number((point.latitude + (distance * Math.sin(angle)) / 111_195).toFixed(6)),
        longitude: Number(
          (
            point.longitude +
            (distance * Math.cos(angle)) / (111_195 * Math.cos((point.latitude * Math.PI) / 180))
          ).toFixed(6),
        ),
      };
    }
  }
  return events;
}
