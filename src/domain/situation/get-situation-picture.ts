import {
  buildPictureRows,
  describeChange,
  largestChanges,
  weekdayHourTable,
  type PictureRow,
} from '../../analysis/situation-picture.js';
import { samePeriodLastYear, shiftPeriod, type Period } from '../../analysis/periods.js';
import {
  aggregatePeriod,
  protectLargestChanges,
  protectPictureRows,
  protectTable,
} from '../../analysis/disclosure-control.js';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize } from '../audit/record-audit.js';
import type { Deps } from '../deps.js';
import { PictureCache } from './picture-cache.js';
import { requirePeriod } from './require-period.js';
import type { SituationPicture, SituationPictureInput } from './situation-picture.js';

export type { SituationPicture, SituationPictureInput };

/** The picture as it is computed and cached, before the small-count rule. */
type ComputedPicture = Omit<SituationPicture, 'rows' | 'weekdayHour' | 'hasSmallCountsHidden'> & {
  rows: PictureRow[];
  weekdayHour: number[][];
  /** Each district's layer: the small-count rule works layer by layer. */
  layerOfDistrict: ReadonlyMap<string, string>;
};

/** The baseline: the mean of this many periods before the current one. */
const baselineLength = 8;

/**
 * The situation picture of a period: counts per district and category against the previous
 * period, the mean of the eight before it, and the same period last year; the largest
 * changes in words; and when in the week things happen. Aggregates only: every role of the
 * municipality may read it, politicians included.
 */
export async function getSituationPicture(
  deps: Deps,
  actor: Actor,
  input: SituationPictureInput,
): Promise<SituationPicture> {
  await authorize(deps, actor, 'situation.read', 'situation.read');
  const requested = requirePeriod(input.periodKind, input.periodKey, ['query', 'key']);
  // Those who may not read single incidents see aggregates only: the small-count rule.
  const isAggregatesOnly = !isPermitted(actor, 'incident.read_all');
  const period = isAggregatesOnly ? aggregatePeriod(requested) : requested;
  const cache = deps.pictureCache;
  const earliest = await deps.store.incidents.earliestOccurrence(actor.municipalityId);
  if (!cache)
    return presentPicture(
      await computePicture(deps, actor.municipalityId, period, input.locale, earliest),
      isAggregatesOnly,
    );
  // Keyed by the version of the weeks the picture reads (issue 21), read before computing:
  // should a write land meanwhile, the entry is filed under the older version, which is never
  // current again. A write to other weeks leaves the entry current. Each audience has its own.
  const read = spansRead(period, earliest);
  const version = await deps.store.situation.readVersionOf(actor.municipalityId, read.spans);
  const key = `${PictureCache.key({
    municipalityId: actor.municipalityId,
    version,
    periodKind: period.kind,
    periodKey: period.key,
    locale: input.locale,
  })}\u0000${isAggregatesOnly ? 'aggregates' : 'detail'}\u0000${read.hasLastYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const picture = presentPicture(
    await computePicture(deps, actor.municipalityId, period, input.locale, earliest),
    isAggregatesOnly,
  );
  cache.set(key, picture);
  return picture;
}

/**
 * The spans of time a period's picture reads: the period and the eight before it, and the same
 * period last year. Until the municipality's records reach back to last year's period, whether
 * they do depends on every earlier week too.
 */
function spansRead(period: Period, earliest: string | null) {
  const baselineStart = shiftPeriod(period, -baselineLength);
  const lastYear = samePeriodLastYear(period);
  const hasLastYear = earliest !== null && earliest < lastYear.to;
  const spans = hasLastYear
    ? [
        { from: baselineStart.from, to: period.to },
        { from: lastYear.from, to: lastYear.to },
      ]
    : [{ from: null, to: period.to }];
  return { spans, hasLastYear };
}

/** The picture as its reader may see it: with the small-count rule for aggregates only. */
function presentPicture(
  { layerOfDistrict, ...picture }: ComputedPicture,
  isAggregatesOnly: boolean,
): SituationPicture {
  if (!isAggregatesOnly) return { ...picture, hasSmallCountsHidden: false };
  // A district missing from the list (none should be) is a layer of its own.
  const rows = protectPictureRows(
    picture.rows,
    picture.baselinePeriods,
    (districtId) => layerOfDistrict.get(districtId) ?? districtId,
  );
  return {
    ...picture,
    rows,
    largestChanges: protectLargestChanges(picture.largestChanges, rows),
    weekdayHour: protectTable(picture.weekdayHour),
    hasSmallCountsHidden: true,
  };
}

async function computePicture(
  deps: Deps,
  municipalityId: string,
  period: Period,
  locale: 'sv' | 'en',
  earliest: string | null,
): Promise<ComputedPicture> {
  const { situation, taxonomy, municipalities } = deps.store;
  const count = (item: Period) =>
    situation.countByDistrictAndCategory(municipalityId, item.from, item.to);
  const baselinePeriods = Array.from({ length: baselineLength }, (_, index) =>
    shiftPeriod(period, -(index + 1)),
  );
  const lastYear = samePeriodLastYear(period);
  const hasLastYear = earliest !== null && earliest < lastYear.to;

  const [current, baseline, lastYearCounts, times, categories, districts] = await Promise.all([
    count(period),
    Promise.all(baselinePeriods.map(count)),
    hasLastYear ? count(lastYear) : Promise.resolve(null),
    situation.countExactTimesByHour(municipalityId, period.from, period.to),
    taxonomy.list(municipalityId),
    municipalities.listDistricts(municipalityId),
  ]);
  const rows = buildPictureRows({
    current,
    previous: baseline[0] ?? [],
    baseline,
    lastYear: lastYearCounts,
  });

  const categoryNames = new Map(
    categories.map((category) => [
      category.code,
      locale === 'sv' ? category.labelSv : category.labelEn,
    ]),
  );
  const districtNames = new Map(districts.map((district) => [district.id, district.name]));
  return {
    period,
    previousPeriod: baselinePeriods[0] ?? period,
    baselinePeriods: baselineLength,
    lastYearPeriod: hasLastYear ? lastYear : null,
    rows,
    largestChanges: largestChanges(rows).map((change) => ({
      ...change,
      sentence: describeChange(
        change,
        {
          category: categoryNames.get(change.categoryCode) ?? change.categoryCode,
          district:
            change.districtId === null ? null : (districtNames.get(change.districtId) ?? null),
        },
        { locale, periodKind: period.kind, baselinePeriods: baselineLength },
      ),
    })),
    weekdayHour: weekdayHourTable(times),
    layerOfDistrict: new Map(districts.map((district) => [district.id, district.layerId])),
  };
}
