import { useMemo } from 'react';
import { useMunicipality } from '../../../api/administration';
import type { Category, DistrictFeature } from '../../../api/types';
import { useDistricts, useTaxonomy } from '../../../api/situation';
import { useI18n } from '../../../i18n/i18n-context';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import { categoryLabel } from '../picture-words';
import { describePeriodKey } from '../periods';

/** The category options of a signal: organized-crime categories first, retired ones left out. */
export function signalCategoryOptions(
  categories: readonly Category[],
  labels: { organizedCrime: string; otherCategories: string },
  locale: 'sv' | 'en',
) {
  const active = categories
    .filter((category) => category.retiredAt === null)
    .sort((a, b) => a.sortOrder - b.sortOrder);
  const option = (category: Category) => ({
    value: category.code,
    label: locale === 'en' ? category.labelEn : category.labelSv,
  });
  return [
    {
      group: labels.organizedCrime,
      items: active.filter((category) => category.isOrganizedCrimeSignal).map(option),
    },
    {
      group: labels.otherCategories,
      items: active.filter((category) => !category.isOrganizedCrimeSignal).map(option),
    },
  ];
}

/** The district options, grouped by layer when there is more than one. */
export function districtOptionGroups(
  features: readonly DistrictFeature[],
  layerNames: ReadonlyMap<string, string>,
  fallback: string,
  locale: string,
) {
  const layers = [...new Set(features.map((feature) => feature.properties.layerId))];
  const optionsOf = (layerId: string) =>
    features
      .filter((feature) => feature.properties.layerId === layerId)
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name, locale))
      .map((feature) => ({ value: feature.id, label: feature.properties.name }));
  if (layers.length === 1) return optionsOf(layers[0] ?? '');
  return layers.map((layerId) => ({
    group: layerNames.get(layerId) ?? fallback,
    items: optionsOf(layerId),
  }));
}

/** Names for a signal's category, district and linked alarms. */
export function useSignalWords() {
  const s = useSituationT();
  const { locale } = useI18n();
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const municipality = useMunicipality();
  return useMemo(() => {
    const districtNames = new Map(
      (districts.data?.features ?? []).map((feature) => [feature.id, feature.properties.name]),
    );
    const category = (code: string) => categoryLabel(taxonomy.data, code, locale, s);
    const district = (id: string | null) =>
      id === null ? s.districts.none : (districtNames.get(id) ?? s.districts.none);
    /** "Vecka 48, 2026: Skogås, Misstänkt narkotikahantering" from week|district|category. */
    const alarm = (key: string) => {
      const [week = '', districtId = '', code = ''] = key.split('|');
      const area = districtId === '' ? s.districts.whole : district(districtId);
      return `${describePeriodKey('week', week, s, locale)}: ${area}, ${category(code)}`;
    };
    const layerNames = new Map(
      (municipality.data?.districtLayers ?? []).map((layer) => [layer.id, layer.name]),
    );
    return {
      category,
      district,
      alarm,
      layerNames,
      categories: taxonomy.data,
      districtFeatures: districts.data?.features ?? [],
      isLoading: taxonomy.isPending || districts.isPending,
      error: taxonomy.error ?? districts.error,
    };
  }, [taxonomy, districts, municipality.data, locale, s]);
}
