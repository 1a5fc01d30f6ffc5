import { Anchor, Grid, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { hrefOf } from '../../api/client';
import { useMunicipality } from '../../api/administration';
import { useCurrentUser } from '../../api/session';
import { useDistricts, useSituationPicture, useTaxonomy } from '../../api/situation';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { useAlarms } from '../../api/early-warning';
import { AlarmsSection } from './early-warning/alarms-section';
import { useMapAnalysis } from './early-warning/map-analysis';
import { SignalCounts } from './early-warning/signal-counts';
import { PictureMap } from './picture-map';
import { PeriodPicker } from './period-picker';
import { periodDays } from './periods';
import { PictureTables, type Area } from './picture-tables';
import { categoryLabel, classOf, legendClasses } from './picture-words';
import { readPeriod } from './read-period';
import { canOpen, sectionById } from './situation-sections';
import { WeekdayHourTable } from './weekday-hour-table';
import { can } from '../../api/permissions';

/**
 * Lägesbild: the picture of a period for every role, aggregates only. The map (framing the
 * municipality and any alarmed district, loaded when it scrolls near) and the largest changes
 * in words first, then alarms, signals, the numbers per area and category, and when in the week.
 */
export default function PicturePage() {
  const s = useSituationT();
  const { locale } = useI18n();
  usePageTitle(s.picture.title);
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const { kind, key } = readPeriod(params);
  const categoryCode = params.get('category') ?? '';
  const picture = useSituationPicture(kind, key, locale);
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const municipality = useMunicipality();
  const layers = municipality.data?.districtLayers ?? [];
  const layerId = params.get('layer') ?? layers[0]?.id ?? '';

  const setParam = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === '') next.delete(name);
      else next.set(name, value);
    }
    setParams(next, { replace: true });
  };

  const layerFeatures = useMemo(
    () =>
      (districts.data?.features ?? [])
        .filter((feature) => feature.properties.layerId === layerId)
        .sort((a, b) => a.properties.name.localeCompare(b.properties.name, locale)),
    [districts.data, layerId, locale],
  );
  const areas: Area[] = [
    { id: null, name: s.districts.whole },
    ...layerFeatures.map((feature) => ({ id: feature.id, name: feature.properties.name })),
  ];

  const rows = picture.data?.rows ?? [];
  const countsByDistrict = useMemo(() => {
    const counts = new Map<string, number>();
    for (const row of picture.data?.rows ?? []) {
      if (row.districtId === null) continue;
      if (categoryCode !== '' && row.categoryCode !== categoryCode) continue;
      counts.set(row.districtId, (counts.get(row.districtId) ?? 0) + (row.count ?? 0));
    }
    return counts;
  }, [picture.data, categoryCode]);
  const classes = legendClasses(
    Math.max(0, ...layerFeatures.map((feature) => countsByDistrict.get(feature.id) ?? 0)),
  );
  const levels = useMemo(
    () =>
      new Map(
        layerFeatures.map((feature) => [
          feature.id,
          classOf(countsByDistrict.get(feature.id) ?? 0, classes),
        ]),
      ),
    // classes is derived from the same counts
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layerFeatures, countsByDistrict],
  );
  const wholeRows = rows.filter((row) => row.districtId === null);
  // With a count hidden by the small-count rule, the total would give it away: not shown.
  const total = wholeRows.some((row) => row.count === null)
    ? null
    : wholeRows.reduce((sum, row) => sum + (row.count ?? 0), 0);
  const categoryName =
    categoryCode === '' ? s.categories.all : categoryLabel(taxonomy.data, categoryCode, locale, s);
  const mayListIncidents = can(user.roles, 'incident.read_all');
  const days = picture.data ? periodDays(picture.data.period) : null;
  const analysis = useMapAnalysis(kind, key);
  // The same query as the alarms section's: one request, shared through the cache.
  const alarms = useAlarms(kind === 'week' ? key : null, locale);
  const alarmDistrictIds = useMemo(
    () =>
      new Set(
        (kind === 'week' ? (alarms.data?.alarms ?? []) : []).flatMap((alarm) =>
          alarm.districtId === null ? [] : [alarm.districtId],
        ),
      ),
    [alarms.data, kind],
  );
  const hasAlarmAreas = layerFeatures.some((feature) => alarmDistrictIds.has(feature.id));

  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{s.picture.title}</Title>
        {canOpen(sectionById('report'), user.roles) && (
          <Anchor component={Link} to="/rapportera">
            {s.picture.reportLink}
          </Anchor>
        )}
      </Group>
      <PeriodPicker
        kind={kind}
        periodKey={key}
        shown={picture.data?.period}
        onChange={(nextKind, nextKey) => setParam({ period: nextKind, key: nextKey })}
      />

      {picture.isPending ? (
        <InlineLoader />
      ) : picture.isError && picture.data === undefined ? (
        <ErrorAlert error={picture.error} />
      ) : picture.data !== undefined ? (
        <>
          {picture.isError && <ErrorAlert error={picture.error} />}
          {picture.isFetching && <InlineLoader />}

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              {layerFeatures.length > 0 && (
                <PictureMap
                  features={layerFeatures}
                  levels={levels}
                  classes={classes}
                  categoryName={categoryName}
                  analysis={analysis}
                  alarmDistrictIds={alarmDistrictIds}
                  hasAlarmAreas={hasAlarmAreas}
                />
              )}
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Text fw={600} mb="md" data-testid="picture-total">
                {total === null ? s.picture.smallCountsNote : s.picture.total(total)}
              </Text>
              <section aria-labelledby="changes-heading">
                <Title order={2} size="h3" id="changes-heading" mb="xs">
                  {s.picture.changesHeading}
                </Title>
                {picture.data.largestChanges.length === 0 ? (
                  <Text>{s.picture.changesEmpty}</Text>
                ) : (
                  <List spacing="xs" listStyleType="none" p={0} data-testid="largest-changes">
                    {picture.data.largestChanges.map((change) => (
                      <List.Item key={`${change.districtId ?? ''}-${change.categoryCode}`}>
                        <Group gap="xs" wrap="nowrap" align="flex-start">
                          {change.direction === 'rise' ? (
                            <IconArrowUpRight size={20} aria-hidden="true" />
                          ) : (
                            <IconArrowDownRight size={20} aria-hidden="true" />
                          )}
                          <Text>
                            <Text span fw={600}>
                              {change.direction === 'rise' ? s.picture.rise : s.picture.fall}:
                            </Text>{' '}
                            {change.sentence}
                          </Text>
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                )}
              </section>
            </Grid.Col>
          </Grid>
          <Group gap="md" data-testid="picture-print-links">
            <Anchor
              component={Link}
              to={`/lagesbild/utskrift?${new URLSearchParams({ period: kind, key, ...(layerId === '' ? {} : { layer: layerId }) }).toString()}`}
            >
              {s.output.print.link}
            </Anchor>
            <Anchor
              href={hrefOf('/api/situation/pdf', { query: { period: kind, key, lang: locale } })}
            >
              {s.output.print.pdf}
            </Anchor>
          </Group>
          {mayListIncidents && days !== null && (
            <Anchor component={Link} to={`/lagesbild/handelser?from=${days.first}&to=${days.last}`}>
              {s.picture.incidentsLink}
            </Anchor>
          )}

          <AlarmsSection
            kind={kind}
            periodKey={key}
            canDecide={can(user.roles, 'alarm.decide')}
            hasMapMarks={hasAlarmAreas}
          />

          {can(user.roles, 'signal.count') && (
            <SignalCounts
              kind={kind}
              periodKey={key}
              categories={taxonomy.data}
              districts={districts.data?.features ?? []}
              canOpenRegister={canOpen(sectionById('signals'), user.roles)}
            />
          )}

          <section aria-labelledby="table-heading">
            <Title order={2} size="h3" id="table-heading" mb="xs">
              {s.picture.tableHeading}
            </Title>
            <Group gap="md" mb="md" align="flex-end">
              <NativeSelect
                label={s.picture.filterCategory}
                value={categoryCode}
                onChange={(event) => setParam({ category: event.currentTarget.value })}
                data={[
                  { value: '', label: s.categories.all },
                  ...(taxonomy.data ?? [])
                    .filter(
                      (category) =>
                        category.retiredAt === null ||
                        rows.some((row) => row.categoryCode === category.code),
                    )
                    .map((category) => ({
                      value: category.code,
                      label: locale === 'en' ? category.labelEn : category.labelSv,
                    })),
                ]}
              />
              {layers.length > 1 && (
                <NativeSelect
                  label={s.picture.filterLayer}
                  value={layerId}
                  onChange={(event) => setParam({ layer: event.currentTarget.value })}
                  data={layers.map((layer) => ({ value: layer.id, label: layer.name }))}
                />
              )}
            </Group>
            <PictureTables
              areas={areas}
              rows={rows}
              categories={taxonomy.data}
              categoryCode={categoryCode}
              baselinePeriods={picture.data.baselinePeriods}
              isHidingSmallCounts={picture.data.hasSmallCountsHidden}
            />
          </section>

          <section aria-labelledby="heat-heading">
            <Title order={2} size="h3" id="heat-heading" mb="xs">
              {s.picture.heatHeading}
            </Title>
            <WeekdayHourTable table={picture.data.weekdayHour} />
          </section>
        </>
      ) : null}
    </Stack>
  );
}
