import type { NearRepeatMessages } from './near-repeat-sv';

const decimal = (value: number, digits = 1) => value.toFixed(digits);

/** English texts of the near-repeat page. Typed from the Swedish catalog. */
export const nearRepeatEn: NearRepeatMessages = {
  title: 'Near repeats',
  intro:
    'Are new events more common near an event and soon after it than chance gives? The table compares the number of pairs of events within each distance and time with what is expected if the days are shuffled among the events (the Knox test and the Near Repeat Calculator).',
  category: 'Category',
  distanceBand: 'Distance band (metres)',
  dayBand: 'Time band (days)',
  seed: 'Random seed',
  seedHelp: 'The same seed gives the same result. Leave empty for a new one.',
  run: 'Analyse',
  loading: 'Analysing …',
  tableCaption: (category) =>
    `Observed pairs of ${category} by distance and time, compared with the expected number`,
  distanceHeader: 'Distance',
  withinMetres: (from, to) => `${from}–${to} m`,
  beyondMetres: (from) => `more than ${from} m`,
  withinDays: (from, to) => `${from}–${to} days`,
  beyondDays: (from) => `more than ${from} days`,
  cell: (observed, ratio, p) =>
    `${observed} pairs, ${ratio === null ? 'none expected' : `${decimal(ratio)} times the expected`}${p === null ? '' : `, p = ${decimal(p, 3)}`}`,
  significant: 'more than chance gives (p ≤ 0.05)',
  sentence: (input) => {
    const category = input.category.toLocaleLowerCase('en');
    if (input.ratio === null) {
      return `No pairs of ${category} within ${input.metres} m and ${input.days} days are expected by chance, so the risk cannot be compared.`;
    }
    const base = `After a ${category}, the risk of another ${category} within ${input.metres} m in the following ${input.days} days is ${decimal(input.ratio)} times the expected`;
    return input.p !== null && input.p <= 0.05
      ? `${base} (p = ${decimal(input.p, 3)}).`
      : `${base}, but the difference may be chance (p = ${decimal(input.p ?? 1, 3)}).`;
  },
  tooFew: 'At least three events with an exact place in the period are needed for an analysis.',
  used: (count) => `${count} events with an exact place take part.`,
  leftOut: (count) =>
    count === 0
      ? 'No events were left out.'
      : `${count} events were left out because they have no exact place:`,
  precisions: {
    place_name: 'placed by a place name',
    district: 'placed in a district',
    municipality: "placed at the municipality's centre",
    county: "placed at the county's centre",
    point: 'without coordinates',
    address: 'without coordinates',
  },
  reproduce: (seed, permutations) =>
    `Random seed ${seed}, ${permutations} permutations: the same seed gives the same result.`,
  knox: (observed, expected, p) =>
    `Knox test: ${observed} pairs close in both space and time, ${decimal(expected)} expected, p = ${decimal(p, 3)}.`,
};
