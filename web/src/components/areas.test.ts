import { describe, expect, it } from 'vitest';
import { roles } from '../api/types';
import { sections, canOpen } from '../routes/situation/situation-sections';
import { areas, isAreaVisible } from './areas';

const visibleAreas = (held: Parameters<typeof isAreaVisible>[1]) =>
  areas.filter((area) => isAreaVisible(area, held)).map((area) => area.path);

describe('the menu, from the server’s permission table', () => {
  it('shows a partner the start, the picture, partnership and the interventions in aggregate, and nothing that would refuse them', () => {
    expect(visibleAreas(['partner'])).toEqual([
      '/',
      '/lagesbild',
      '/samverkan',
      '/individinsatser',
    ]);
    expect(
      sections.filter((section) => canOpen(section, ['partner'])).map((section) => section.id),
    ).toEqual(['picture', 'report', 'incidents']);
  });

  it('shows a reporter no action plans, whose page would answer 403', () => {
    expect(visibleAreas(['reporter'])).not.toContain('/handlingsplaner');
  });

  it('shows administration to admins only and suppliers to procurement officers only', () => {
    for (const role of roles) {
      expect(visibleAreas([role]).includes('/administration')).toBe(role === 'admin');
      expect(visibleAreas([role]).includes('/leverantorer')).toBe(role === 'procurement');
    }
  });
});
