import { describe, expect, it } from 'vitest';
import { labelPoint } from './label-point';

describe('where a district’s name is written', () => {
  it('is the centre of a square', () => {
    const square = [
      [18, 59],
      [18.2, 59],
      [18.2, 59.2],
      [18, 59.2],
      [18, 59],
    ];
    const [longitude = 0, latitude = 0] =
      labelPoint({ type: 'Polygon', coordinates: [square] }) ?? [];
    expect(longitude).toBeCloseTo(18.1, 6);
    expect(latitude).toBeCloseTo(59.1, 6);
  });

  it('is in the largest part of a district of several parts', () => {
    const small = [
      [17, 59],
      [17.01, 59],
      [17.01, 59.01],
      [17, 59],
    ];
    const large = [
      [18, 59],
      [18.4, 59],
      [18.4, 59.4],
      [18, 59.4],
      [18, 59],
    ];
    const point = labelPoint({ type: 'MultiPolygon', coordinates: [[small], [large]] });
    expect(point?.[0]).toBeCloseTo(18.2, 6);
  });

  it('is none for a district without area', () => {
    expect(labelPoint({ type: 'Polygon', coordinates: [] })).toBeNull();
  });
});
