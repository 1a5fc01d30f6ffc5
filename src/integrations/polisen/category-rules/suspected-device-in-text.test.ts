import { describe, expect, it } from 'vitest';
import { refineArchived } from './rule-test-events.js';
import { suspectedDeviceInText } from './suspected-device-in-text.js';

describe('suspected-device-in-text', () => {
  it('keeps a suspect object that detonated in Sätra an explosion (577701)', () => {
    expect(refineArchived(suspectedDeviceInText, 577701)).toBeNull();
  });

  it('keeps two hand grenades found in Geneta an explosion (538060)', () => {
    expect(refineArchived(suspectedDeviceInText, 538060)).toBeNull();
  });

  it('makes a toy hand grenade at the security check "other" (430989)', () => {
    expect(refineArchived(suspectedDeviceInText, 430989)).toBe('other');
  });

  it('makes an object found harmless by the bomb squad "other" (591535)', () => {
    expect(refineArchived(suspectedDeviceInText, 591535)).toBe('other');
  });

  it('does not take "cannot be ruled harmless" for harmless', () => {
    const text =
      'Ett föremål som inte kan avfärdas som ofarligt. Bombskyddet hittade en sprängladdning.';
    expect(
      suspectedDeviceInText.refine({ type: 'Farligt föremål, misstänkt', text }, 'explosion'),
    ).toBeNull();
  });

  it('leaves other types alone: an "Explosion" stays one', () => {
    expect(
      suspectedDeviceInText.refine({ type: 'Explosion', text: 'En smäll.' }, 'explosion'),
    ).toBeNull();
  });
});
