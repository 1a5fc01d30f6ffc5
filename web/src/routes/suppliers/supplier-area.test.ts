import { describe, expect, it } from 'vitest';
import { areas, isAreaVisible } from '../../components/areas';

const supplierArea = areas.find((area) => area.path === '/leverantorer');
const administration = areas.find((area) => area.path === '/administration');

describe('the supplier vetting area in the navbar', () => {
  it('is shown to procurement officers only, as only they may read supplier data', () => {
    if (supplierArea === undefined) throw new Error('The area is missing.');
    expect(isAreaVisible(supplierArea, ['procurement'])).toBe(true);
    expect(isAreaVisible(supplierArea, ['viewer', 'procurement'])).toBe(true);
    expect(isAreaVisible(supplierArea, ['admin'])).toBe(false);
    expect(isAreaVisible(supplierArea, ['coordinator', 'analyst'])).toBe(false);
  });

  it('leaves the admin-only area to admins, whatever other roles a person has', () => {
    if (administration === undefined) throw new Error('The area is missing.');
    expect(isAreaVisible(administration, ['admin'])).toBe(true);
    expect(isAreaVisible(administration, ['procurement', 'coordinator'])).toBe(false);
  });
});
