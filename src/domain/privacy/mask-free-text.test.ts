import { describe, expect, it } from 'vitest';
import { maskFreeText, maskFreeTextFields } from './mask-free-text.js';

const now = new Date('2026-11-27T12:00:00Z');

describe('masking a free-text field', () => {
  it('masks a personnummer and says what it masked', () => {
    expect(maskFreeText('Kontakt: 410612–9895, ring 070-123 45 67', now)).toEqual({
      text: 'Kontakt: [personnummer], ring [telefonnummer]',
      maskedKinds: ['personal_identity_number', 'phone_number'],
    });
  });

  it('leaves a text without personal data exactly as it was', () => {
    expect(maskFreeText('Dnr 0126-2019/123 gäller belysningen', now)).toEqual({
      text: 'Dnr 0126-2019/123 gäller belysningen',
      maskedKinds: [],
    });
  });

  it('masks only the named text fields of an input, and leaves absent ones absent', () => {
    const input = { title: 'Möte', notes: 'Pnr 410612-9895', decisions: undefined, count: 3 };
    expect(maskFreeTextFields(input, ['notes', 'decisions', 'count'], now)).toEqual({
      value: { title: 'Möte', notes: 'Pnr [personnummer]', decisions: undefined, count: 3 },
      maskedKinds: ['personal_identity_number'],
    });
  });
});
