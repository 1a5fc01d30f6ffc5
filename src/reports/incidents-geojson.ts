import type { IncidentExport } from '../domain/incidents/export-incidents.js';

/**
 * The incidents as a GeoJSON FeatureCollection (RFC 7946, WGS84). An incident without a
 * point has `geometry: null`: its district names say where it is; a centroid is never made up.
 */
export function renderIncidentsGeoJson(data: IncidentExport) {
  return {
    type: 'FeatureCollection' as const,
    features: data.incidents.map((incident) => ({
      type: 'Feature' as const,
      id: incident.id,
      geometry: incident.location.point
        ? {
            type: 'Point' as const,
            coordinates: [incident.location.point.longitude, incident.location.point.latitude],
          }
        : null,
      properties: {
        occurredAt: incident.occurredAt,
        occurredUntil: incident.occurredUntil,
        timePrecision: incident.timePrecision,
        category: data.categoryLabels.get(incident.categoryCode) ?? incident.categoryCode,
        categoryCode: incident.categoryCode,
        districts: incident.districtIds.map((id) => data.districtNames.get(id) ?? id),
        address: incident.location.address,
        locationPrecision: incident.location.precision,
        severity: incident.severity,
        unsafety: incident.unsafety,
        peopleCount: incident.peopleCount,
        description: incident.description,
        organisation: incident.organisationName,
        source: incident.source,
        status: incident.status,
      },
    })),
  };
}
