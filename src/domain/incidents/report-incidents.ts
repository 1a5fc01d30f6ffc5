import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor.js';
import { isPermitted } from '../access/permissions.js';
import { authorize, recordAudit } from '../audit/record-audit.js';
import type { Deps, Repositories } from '../deps.js';
import { DistrictIndex, type Point } from '../districts/district-index.js';
import { districtsInEveryLayer } from '../districts/districts-in-every-layer.js';
import { DomainError } from '../errors.js';
import { MunicipalityExtent } from '../municipalities/municipality-extent.js';
import type { EventProblem, EventProblemDetail } from './event-problem.js';
import type { Assessment, Incident, LocationPrecision } from './incident.js';
import { findPersonalData, maskedKindsIn, maskPersonalData } from './personal-data-guard.js';

export interface ReportedEvent {
  occurredAt?: string | undefined;
  occurredUntil?: string | undefined;
  point?: Point | undefined;
  address?: string | undefined;
  districtId?: string | undefined;
  categoryCode: string;
  severity?: Assessment | undefined;
  unsafety?: Assessment | undefined;
  description: string;
  peopleCount?: number | undefined;
}

interface ReportIncidentsInput {
  /** The device's own id for this report: sending it again returns the stored report. */
  clientReference?: string | undefined;
  events: ReportedEvent[];
  /** Keep personal data found in descriptions unmasked; only roles allowed to may. */
  isPersonalDataKept?: boolean | undefined;
}

interface ReportedIncidents {
  reportId: string;
  incidents: Incident[];
  /** Kinds of personal data that were masked before saving. */
  maskedKinds: string[];
  /** True when the report had been received before (a resend) and nothing new was written. */
  isRepeat: boolean;
}

/** Clocks on phones drift: a time this far ahead of the server still counts as "now". */
const allowedClockSkewMs = 5 * 60_000;

/**
 * A reporter files one report of one or more events. Every event is checked and every
 * problem reported at once; nothing is written unless all are right. Each event counts in
 * every district layer (districtsInEveryLayer): in the district the reporter chose and, in the
 * other layers, where its point or that district lies; personal data in descriptions is masked unless a
 * role allowed to keep it asks to.
 */
export async function reportIncidents(
  deps: Deps,
  actor: Actor,
  input: ReportIncidentsInput,
): Promise<ReportedIncidents> {
  await authorize(deps, actor, 'incident.report', 'incident.report');
  const now = deps.clock();
  const isKeepingPersonalData =
    input.isPersonalDataKept === true && isPermitted(actor, 'incident.keep_personal_data');

  return deps.store.transaction(async (repositories) => {
    if (input.clientReference && actor.userId) {
      const earlier = await repositories.incidents.findReportByClientReference(
        actor.userId,
        input.clientReference,
      );
      if (earlier && earlier.municipalityId === actor.municipalityId) {
        const incidents = await repositories.incidents.listByReport(earlier.id);
        const maskedKinds = [
          ...new Set(incidents.flatMap((incident) => maskedKindsIn(incident.description))),
        ];
        return { reportId: earlier.id, incidents, maskedKinds, isRepeat: true };
      }
    }
    await assertEventsValid(repositories, actor.municipalityId, input.events, now);

    const districts = await repositories.municipalities.listDistricts(actor.municipalityId);
    const index = new DistrictIndex(districts);
    const districtsById = new Map(districts.map((district) => [district.id, district]));
    const reportId = randomUUID();
    const maskedKinds = new Set<string>();
    const incidents = input.events.map((event): Incident => {
      const matches = findPersonalData(event.description, now);
      const kinds = [...new Set(matches.map((match) => match.kind))];
      if (!isKeepingPersonalData) kinds.forEach((kind) => maskedKinds.add(kind));
      const districtIds = districtsInEveryLayer(index, {
        point: event.point,
        chosen: event.districtId ? districtsById.get(event.districtId) : undefined,
      });
      return {
        id: randomUUID(),
        municipalityId: actor.municipalityId,
        reportId,
        occurredAt: event.occurredAt ? new Date(event.occurredAt).toISOString() : now.toISOString(),
        occurredUntil: event.occurredUntil ? new Date(event.occurredUntil).toISOString() : null,
        timePrecision: 'exact',
        reportedAt: now.toISOString(),
        location: {
          point: event.point ?? null,
          address: event.address?.trim() || null,
          chosenDistrictId: event.districtId ?? null,
          precision: locationPrecisionOf(event),
        },
        categoryCode: event.categoryCode,
        severity: event.severity ?? null,
        unsafety: event.unsafety ?? null,
        description: isKeepingPersonalData
          ? event.description
          : maskPersonalData(event.description, matches),
        personalDataKinds: isKeepingPersonalData ? kinds : [],
        peopleCount: event.peopleCount ?? null,
        organisationId: actor.organisationId ?? '',
        reporterUserId: actor.userId,
        source: 'manual',
        sourceId: null,
        sourceVersion: null,
        status: 'new',
        duplicateOfId: null,
        archiveReason: null,
        textRemovedAt: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        districtIds,
      };
    });

    await repositories.incidents.createReport({
      id: reportId,
      municipalityId: actor.municipalityId,
      organisationId: actor.organisationId ?? '',
      reporterUserId: actor.userId,
      clientReference: input.clientReference ?? null,
      submittedAt: now.toISOString(),
    });
    await repositories.incidents.createMany(incidents);
    await recordAudit(repositories, now, actor, {
      action: 'incident.report',
      entityType: 'incident_report',
      entityId: reportId,
      details: {
        incidentCount: incidents.length,
        maskedKinds: [...maskedKinds],
        keptKinds: isKeepingPersonalData
          ? [...new Set(incidents.flatMap((incident) => incident.personalDataKinds))]
          : [],
      },
    });
    return { reportId, incidents, maskedKinds: [...maskedKinds], isRepeat: false };
  });
}

function locationPrecisionOf(event: ReportedEvent): LocationPrecision {
  if (event.point) return 'point';
  if (event.address?.trim()) return 'address';
  return 'district';
}

/** Collects every problem of every event, then refuses the whole report if there is any. */
async function assertEventsValid(
  repositories: Repositories,
  municipalityId: string,
  events: ReportedEvent[],
  now: Date,
): Promise<void> {
  const categories = new Map(
    (await repositories.taxonomy.list(municipalityId)).map((category) => [category.code, category]),
  );
  const districts = await repositories.municipalities.listDistricts(municipalityId);
  const districtIds = new Set(districts.map((item) => item.id));
  const extent = new MunicipalityExtent(
    await repositories.municipalities.findBoundary(municipalityId),
    districts,
  );

  const problems: EventProblemDetail[] = [];
  events.forEach((event, index) => {
    const add = (field: string, problem: EventProblem) => problems.push({ index, field, problem });
    if (!event.point && !event.address?.trim() && !event.districtId) add('place', 'place_missing');
    const category = categories.get(event.categoryCode);
    if (!category) add('categoryCode', 'category_unknown');
    else if (category.retiredAt !== null) add('categoryCode', 'category_retired');
    if (event.districtId && !districtIds.has(event.districtId))
      add('districtId', 'district_unknown');
    const occurredAt = event.occurredAt ? new Date(event.occurredAt).getTime() : now.getTime();
    if (occurredAt > now.getTime() + allowedClockSkewMs) add('occurredAt', 'time_in_future');
    if (event.occurredUntil && new Date(event.occurredUntil).getTime() < occurredAt)
      add('occurredUntil', 'time_order');
    if (event.point && !extent.contains(event.point)) add('point', 'outside_municipality');
  });
  if (problems.length > 0) {
    throw new DomainError(
      'INCIDENT_INVALID',
      'Some events of the report need correcting; nothing was saved.',
      {
        problems,
      },
    );
  }
}
