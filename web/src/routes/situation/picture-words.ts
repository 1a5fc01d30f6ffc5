import type { Category, Locale, PictureRow } from '../../api/types';
import { formatNumber } from '../../i18n/format';
import type { SituationMessages } from '../../i18n/situation/sv';

export type Direction = 'up' | 'down' | 'same';

export interface DescribedChange {
  text: string;
  direction: Direction;
}

const directionOf = (delta: number): Direction => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'same');

/** "Upp 7 (från 2)", "Ner 6 (från 9)", "Oförändrat": the change in words, not colour alone. */
export function describeChangeFromPrevious(
  row: Pick<PictureRow, 'changeFromPrevious' | 'previousCount'>,
  s: SituationMessages,
  locale: Locale,
): DescribedChange | null {
  // Hidden by the small-count rule: no words that would give the hidden count away.
  if (row.changeFromPrevious === null || row.previousCount === null) return null;
  const delta = row.changeFromPrevious;
  const direction = directionOf(delta);
  const size = formatNumber(Math.abs(delta), locale);
  const from = formatNumber(row.previousCount, locale);
  return {
    direction,
    text:
      direction === 'up'
        ? s.picture.up(size, from)
        : direction === 'down'
          ? s.picture.down(size, from)
          : s.picture.unchanged,
  };
}

/** "6,8 över snittet 2,3", "Som snittet 5", or null when there is no baseline. */
export function describeChangeFromBaseline(
  row: Pick<PictureRow, 'changeFromBaseline' | 'baselineMean'>,
  s: SituationMessages,
  locale: Locale,
): DescribedChange | null {
  if (row.changeFromBaseline === null || row.baselineMean === null) return null;
  // Rounded as shown: a difference that prints as 0 is no difference to the reader.
  const delta = Math.round(row.changeFromBaseline * 10) / 10;
  const direction = directionOf(delta);
  const size = formatNumber(Math.abs(delta), locale);
  const mean = formatNumber(row.baselineMean, locale);
  return {
    direction,
    text:
      direction === 'up'
        ? s.picture.aboveBaseline(size, mean)
        : direction === 'down'
          ? s.picture.belowBaseline(size, mean)
          : s.picture.atBaseline(mean),
  };
}

/** A category's name in the chosen language, or a plain note for a code the taxonomy lacks. */
export function categoryLabel(
  categories: readonly Category[] | undefined,
  code: string,
  locale: Locale,
  s: SituationMessages,
): string {
  const category = categories?.find((item) => item.code === code);
  if (category === undefined) return s.categories.unknown(code);
  return locale === 'en' ? category.labelEn : category.labelSv;
}

export interface LegendClass {
  from: number;
  to: number;
}

/**
 * Classes for a choropleth of counts: zero on its own, then up to four classes of equal width
 * from 1 to the largest count. Whole numbers, so the legend reads "1–2", "3–4".
 */
export function legendClasses(largest: number): LegendClass[] {
  if (largest <= 0) return [{ from: 0, to: 0 }];
  const width = Math.ceil(largest / 4);
  const classes: LegendClass[] = [{ from: 0, to: 0 }];
  for (let from = 1; from <= largest; from += width) {
    classes.push({ from, to: Math.min(from + width - 1, largest) });
  }
  return classes;
}

/** The index of the class a count falls in. */
export function classOf(value: number, classes: readonly LegendClass[]): number {
  const index = classes.findIndex((item) => value >= item.from && value <= item.to);
  return index === -1 ? classes.length - 1 : index;
}

/** Light to dark blue; class 0 (none) is nearly white. Dark enough steps to tell apart. */
export const choroplethColours = ['#f1f3f5', '#c5dbf0', '#7fb0dc', '#3a7bbf', '#0b4a8b'];
