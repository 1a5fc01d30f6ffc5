import { describe, expect, it } from 'vitest';
import { situationEn } from '../../i18n/situation/en';
import { situationSv } from '../../i18n/situation/sv';
import {
  classOf,
  describeChangeFromBaseline,
  describeChangeFromPrevious,
  legendClasses,
} from './picture-words';

describe('describeChangeFromPrevious', () => {
  it('says up, down or unchanged in words, with the earlier count', () => {
    expect(
      describeChangeFromPrevious({ changeFromPrevious: 7, previousCount: 2 }, situationSv, 'sv'),
    ).toEqual({ direction: 'up', text: 'Upp 7 (från 2)' });
    expect(
      describeChangeFromPrevious({ changeFromPrevious: -6, previousCount: 9 }, situationEn, 'en'),
    ).toEqual({ direction: 'down', text: 'Down 6 (from 9)' });
    expect(
      describeChangeFromPrevious({ changeFromPrevious: 0, previousCount: 5 }, situationSv, 'sv'),
    ).toEqual({ direction: 'same', text: 'Oförändrat' });
  });

  it('says nothing when the small-count rule hid the earlier count or the change', () => {
    expect(
      describeChangeFromPrevious(
        { changeFromPrevious: null, previousCount: null },
        situationSv,
        'sv',
      ),
    ).toBeNull();
  });
});

describe('describeChangeFromBaseline', () => {
  it('compares with the mean, with a decimal comma in Swedish', () => {
    expect(
      describeChangeFromBaseline(
        { changeFromBaseline: 6.75, baselineMean: 2.25 },
        situationSv,
        'sv',
      ),
    ).toEqual({ direction: 'up', text: '6,8 över snittet 2,3' });
    expect(
      describeChangeFromBaseline(
        { changeFromBaseline: -8.5, baselineMean: 11.5 },
        situationEn,
        'en',
      ),
    ).toEqual({ direction: 'down', text: '8.5 below the average of 11.5' });
  });

  it('calls a difference that rounds to zero the same as the average, and has nothing without one', () => {
    expect(
      describeChangeFromBaseline({ changeFromBaseline: 0.04, baselineMean: 3 }, situationSv, 'sv'),
    ).toEqual({ direction: 'same', text: 'Som snittet 3' });
    expect(
      describeChangeFromBaseline(
        { changeFromBaseline: null, baselineMean: null },
        situationSv,
        'sv',
      ),
    ).toBeNull();
  });
});

describe('legendClasses', () => {
  it('keeps zero apart and splits the rest into up to four whole-number classes', () => {
    expect(legendClasses(0)).toEqual([{ from: 0, to: 0 }]);
    expect(legendClasses(3)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
    expect(legendClasses(9)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 9 },
    ]);
    const classes = legendClasses(9);
    expect([0, 1, 3, 4, 9].map((value) => classOf(value, classes))).toEqual([0, 1, 1, 2, 3]);
  });
});
