import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useOrganisations } from '../../api/administration';
import { useCurrentUser } from '../../api/session';
import { useDistricts, useTaxonomy } from '../../api/situation';
import { incidentSources, incidentStatuses } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { can } from '../../api/permissions';

/** The filters as the page keeps them (and the address bar shows them): plain strings. */
export interface IncidentFilterForm {
  /** Calendar days in Swedish time, YYYY-MM-DD. */
  from: string;
  to: string;
  districtId: string;
  categoryCode: string;
  source: string;
  status: string;
  organisationId: string;
}

export const emptyIncidentFilter: IncidentFilterForm = {
  from: '',
  to: '',
  districtId: '',
  categoryCode: '',
  source: '',
  status: '',
  organisationId: '',
};

export type IncidentFilterField = keyof IncidentFilterForm;

/** Filters for incident lists; `fields` picks which (the review queue has no status or dates). */
export function IncidentFilters({
  form,
  onChange,
  fields,
}: {
  form: IncidentFilterForm;
  onChange: (form: IncidentFilterForm) => void;
  fields: readonly IncidentFilterField[];
}) {
  const s = useSituationT();
  const { t, locale } = useI18n();
  const user = useCurrentUser();
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  const mayListOrganisations = can(user.roles, 'organisation.list');
  const organisations = useOrganisations({ isEnabled: mayListOrganisations });
  const has = (field: IncidentFilterField) => fields.includes(field);
  const set = (field: IncidentFilterField, value: string) => onChange({ ...form, [field]: value });
  const isEmpty = fields.every((field) => form[field] === '');

  return (
    <Group gap="md" align="flex-end" role="search" aria-label={s.incidents.filtersLabel}>
      {has('from') && (
        <TextInput
          type="date"
          label={s.incidents.from}
          value={form.from}
          max={form.to || undefined}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
      )}
      {has('to') && (
        <TextInput
          type="date"
          label={s.incidents.to}
          value={form.to}
          min={form.from || undefined}
          onChange={(event) => set('to', event.currentTarget.value)}
        />
      )}
      {has('districtId') && (
        <NativeSelect
          label={s.districts.label}
          value={form.districtId}
          onChange={(event) => set('districtId', event.currentTarget.value)}
          data={[
            { value: '', label: s.districts.all },
            ...(districts.data?.features ?? [])
              .map((feature) => ({ value: feature.id, label: feature.properties.name }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
          ]}
        />
      )}
      {has('categoryCode') && (
        <NativeSelect
          label={s.categories.label}
          value={form.categoryCode}
          onChange={(event) => set('categoryCode', event.currentTarget.value)}
          data={[
            { value: '', label: s.categories.all },
            ...(taxonomy.data ?? []).map((category) => ({
              value: category.code,
              label: locale === 'en' ? category.labelEn : category.labelSv,
            })),
          ]}
        />
      )}
      {has('source') && (
        <NativeSelect
          label={s.incidents.source}
          value={form.source}
          onChange={(event) => set('source', event.currentTarget.value)}
          data={[
            { value: '', label: t.common.all },
            ...incidentSources.map((source) => ({ value: source, label: s.sources[source] })),
          ]}
        />
      )}
      {has('status') && (
        <NativeSelect
          label={s.incidents.status}
          value={form.status}
          onChange={(event) => set('status', event.currentTarget.value)}
          data={[
            { value: '', label: t.common.all },
            ...incidentStatuses.map((status) => ({ value: status, label: s.statuses[status] })),
          ]}
        />
      )}
      {has('organisationId') && mayListOrganisations && (
        <NativeSelect
          label={s.incidents.organisation}
          value={form.organisationId}
          onChange={(event) => set('organisationId', event.currentTarget.value)}
          data={[
            { value: '', label: t.common.all },
            ...(organisations.data ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
        />
      )}
      <Button
        variant="default"
        disabled={isEmpty}
        onClick={() =>
          onChange({ ...form, ...Object.fromEntries(fields.map((field) => [field, ''])) })
        }
      >
        {s.incidents.clearFilters}
      </Button>
    </Group>
  );
}
