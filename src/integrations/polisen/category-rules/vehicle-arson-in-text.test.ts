import { describe, expect, it } from 'vitest';
import { refineArchived } from './rule-test-events.js';
import { vehicleArsonInText } from './vehicle-arson-in-text.js';

describe('vehicle-arson-in-text', () => {
  it('makes a "Brand" where someone set fire to a car in Norsborg a car fire (612855)', () => {
    expect(refineArchived(vehicleArsonInText, 612855)).toBe('vehicle_arson');
  });

  it('makes a "Skadegörelse" of a car that burned in Tensta a car fire (581532)', () => {
    expect(refineArchived(vehicleArsonInText, 581532)).toBe('vehicle_arson');
  });

  it('leaves a car that caught fire while driven (611232) and a flat fire (646446) alone', () => {
    expect(refineArchived(vehicleArsonInText, 611232)).toBeNull();
    expect(refineArchived(vehicleArsonInText, 646446)).toBeNull();
  });

  it('leaves a traffic accident alone: only fires and damage are refined', () => {
    const text = 'En bil brann efter krocken.';
    expect(vehicleArsonInText.refine({ type: 'Trafikolycka', text }, 'traffic')).toBeNull();
  });
});
