import { useDistricts, useTaxonomy } from '../../api/situation';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The situation picture's categories and districts as choices for a problem or a computed
 * indicator, in the reader's language; retired categories only where already chosen.
 */
export function usePictureOptions(chosenCategories: readonly string[] = []) {
  const { locale } = useI18n();
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const categories = (taxonomy.data ?? [])
    .filter((category) => category.retiredAt === null || chosenCategories.includes(category.code))
    .map((category) => ({
      value: category.code,
      label: locale === 'en' ? category.labelEn : category.labelSv,
    }));
  const districtOptions = (districts.data?.features ?? []).map((feature) => ({
    value: feature.id,
    label: feature.properties.name,
  }));
  const categoryLabel = new Map(categories.map((option) => [option.value, option.label]));
  const districtLabel = new Map(districtOptions.map((option) => [option.value, option.label]));
  return {
    categories,
    districts: districtOptions,
    isPending: taxonomy.isPending || districts.isPending,
    categoryNames: (codes: readonly string[]) =>
      codes.map((code) => categoryLabel.get(code) ?? code).join(', '),
    districtNames: (ids: readonly string[]) =>
      ids.map((id) => districtLabel.get(id) ?? id).join(', '),
  };
}
