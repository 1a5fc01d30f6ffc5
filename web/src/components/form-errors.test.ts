import { describe, expect, it } from 'vitest';
import { cleanLabel, settleErrors, summaryItems } from './form-errors';

describe('the form error summary', () => {
  it('names a field by its label without the required asterisk', () => {
    expect(cleanLabel('Kommentar *')).toBe('Kommentar');
    expect(cleanLabel('  Titel\n på   punkten ')).toBe('Titel på punkten');
  });

  it('lists each invalid field once, with its message', () => {
    const item = (label: string, message: string) => `${label}: ${message}`;
    expect(
      summaryItems(
        [
          { label: 'E-postadress *', message: 'Ange en giltig e-postadress.' },
          { label: 'Lösenord *', message: 'Fyll i fältet.' },
          { label: 'Lösenord *', message: 'Fyll i fältet.' },
        ],
        item,
      ),
    ).toEqual(['E-postadress: Ange en giltig e-postadress.', 'Lösenord: Fyll i fältet.']);
  });
});

describe('settling errors after a change', () => {
  it('clears an error whose field is now right', () => {
    expect(settleErrors({ category: 'Välj vad som hände.' }, {})).toEqual({});
  });

  it('keeps errors that are still true and does not mark fields nobody submitted', () => {
    expect(
      settleErrors(
        { category: 'Välj vad som hände.', place: 'Ange var.' },
        { place: 'Ange var.', time: 'Ogiltig tid.' },
      ),
    ).toEqual({ place: 'Ange var.' });
  });
});
