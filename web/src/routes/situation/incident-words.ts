import { useMemo } from 'react';
import { useOrganisations } from '../../api/administration';
import { useCurrentUser } from '../../api/session';
import { useDistricts, useTaxonomy } from '../../api/situation';
import type { Incident } from '../../api/types';
import { formatCoordinate, formatDate, formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSituationT } from '../../i18n/situation/use-situation-t';
import { categoryLabel } from './picture-words';
import { can } from '../../api/permissions';

/** What, where, when and whose of an incident, in words, with the names the API knows. */
export function useIncidentWords() {
  const s = useSituationT();
  const { locale } = useI18n();
  const user = useCurrentUser();
  const taxonomy = useTaxonomy();
  const districts = useDistricts();
  // Only admins and coordinators may list organisations; others see the incident without.
  const organisations = useOrganisations({
    isEnabled: can(user.roles, 'organisation.list'),
  });

  return useMemo(() => {
    const districtNames = new Map(
      (districts.data?.features ?? []).map((feature) => [feature.id, feature.properties.name]),
    );
    const organisationNames = new Map(
      (organisations.data ?? []).map((organisation) => [organisation.id, organisation.name]),
    );
    const what = (incident: Pick<Incident, 'categoryCode'>) =>
      categoryLabel(taxonomy.data, incident.categoryCode, locale, s);
    const when = (incident: Pick<Incident, 'occurredAt' | 'occurredUntil' | 'timePrecision'>) => {
      const format = incident.timePrecision === 'day' ? formatDate : formatDateTime;
      const from = format(incident.occurredAt, locale);
      return incident.occurredUntil === null
        ? from
        : s.incident.until(from, format(incident.occurredUntil, locale));
    };
    const districtsOf = (incident: Pick<Incident, 'districtIds'>) =>
      incident.districtIds
        .map((id) => districtNames.get(id))
        .filter((name): name is string => name !== undefined);
    const where = (incident: Pick<Incident, 'location' | 'districtIds'>) => {
      const parts = [incident.location.address, ...districtsOf(incident)].filter(
        (part): part is string => part !== null && part !== '',
      );
      if (parts.length > 0) return parts.join(', ');
      const { point, precision } = incident.location;
      if (point !== null) {
        return s.incident.point(
          formatCoordinate(point.latitude, locale),
          formatCoordinate(point.longitude, locale),
        );
      }
      return s.precision[precision];
    };
    const organisation = (incident: Pick<Incident, 'organisationId'>) =>
      organisationNames.get(incident.organisationId) ?? null;
    return { what, when, where, districtsOf, organisation };
  }, [districts.data, organisations.data, taxonomy.data, locale, s]);
}
