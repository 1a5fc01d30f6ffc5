import { describe, expect, it } from 'vitest';
import { refineArchived } from './rule-test-events.js';
import { shootingInText } from './shooting-in-text.js';

describe('shooting-in-text', () => {
  it('makes a "Mord/dråp, försök" whose text says two men were shot a shooting (387495)', () => {
    expect(refineArchived(shootingInText, 387495)).toBe('shooting');
  });

  it('makes a "Vapenlagen" where shots were fired in Vårberg a shooting (477553)', () => {
    expect(refineArchived(shootingInText, 477553)).toBe('shooting');
  });

  it('makes a "Misshandel, grov" of a man found shot a shooting (475937)', () => {
    expect(refineArchived(shootingInText, 475937)).toBe('shooting');
  });

  it('leaves an air gun (612299) and a green laser (620879) alone', () => {
    expect(refineArchived(shootingInText, 612299)).toBeNull();
    expect(refineArchived(shootingInText, 620879)).toBeNull();
  });

  it('leaves a fire that mentions shots alone: only violence and weapons are refined', () => {
    expect(
      shootingInText.refine({ type: 'Brand', text: 'Skottlossning hördes.' }, 'fire'),
    ).toBeNull();
  });

  it('reads a negation: "ingen skottlossning har skett" is no shooting', () => {
    const text = 'Polisen larmades om smällar. Det har inte varit någon skottlossning.';
    expect(shootingInText.refine({ type: 'Vapenlagen', text }, 'weapons')).toBeNull();
  });
});
