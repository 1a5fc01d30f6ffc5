import { PassThrough } from 'node:stream';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportIncidents } from '../../domain/incidents/export-incidents.js';
import { getIncident } from '../../domain/incidents/get-incident.js';
import { renderIncidentsCsv } from '../../reports/incidents-csv.js';
import { writeIncidentsXlsx } from '../../reports/incidents-xlsx.js';
import { renderIncidentsGeoJson } from '../../reports/incidents-geojson.js';
import type { Incident } from '../../domain/incidents/incident.js';
import { listIncidents } from '../../domain/incidents/list-incidents.js';
import { listTaxonomy } from '../../domain/incidents/list-taxonomy.js';
import { reportIncidents } from '../../domain/incidents/report-incidents.js';
import { reviewIncident } from '../../domain/incidents/review-incident.js';
import { addCategory, updateCategory } from '../../domain/incidents/save-category.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { fileResponse, IdParamsSchema } from '../shared.schema.js';
import {
  IncidentPageSchema,
  IncidentSchema,
  IncidentViewSchema,
  ListIncidentsQuerySchema,
  ExportIncidentsQuerySchema,
  ReportedIncidentsSchema,
  ReportIncidentsSchema,
  ReviewIncidentSchema,
  TaxonomySchema,
  AddCategorySchema,
  CategoryCodeParamsSchema,
  CategorySchema,
  UpdateCategorySchema,
} from './incidents.schema.js';
import { requires } from '../route-permission.js';

/** The API's view of an incident: everything but internal bookkeeping. */
function present<T extends Incident>(incident: T) {
  const {
    municipalityId: _municipality,
    createdAt: _created,
    updatedAt: _updated,
    sourceVersion: _version,
    ...rest
  } = incident;
  return rest;
}

/** Reports, the review queue and the taxonomy. */
export const incidentRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Händelser'];

  app.get(
    '/api/taxonomy',
    {
      schema: {
        tags,
        summary: "The municipality's incident categories",
        response: { 200: TaxonomySchema },
      },
    },
    async (request) => ({
      categories: (await listTaxonomy(deps, requireActor(request))).map(
        ({ municipalityId: _municipality, ...category }) => category,
      ),
    }),
  );

  app.post(
    '/api/taxonomy',
    {
      config: {
        ...requires('taxonomy.manage', 'taxonomy.add'),
        ...mayFailWith('CATEGORY_CODE_TAKEN'),
      },
      schema: {
        tags,
        summary: 'Add a category (its code is permanent)',
        body: AddCategorySchema,
        response: { 201: CategorySchema },
      },
    },
    async (request, reply) => {
      const { municipalityId: _municipality, ...category } = await addCategory(
        deps,
        requireActor(request),
        request.body,
      );
      return reply.status(201).send(category);
    },
  );

  app.patch(
    '/api/taxonomy/:code',
    {
      config: requires('taxonomy.manage', 'taxonomy.update'),
      schema: {
        tags,
        summary: 'Relabel, regroup, reorder, retire or restore a category',
        params: CategoryCodeParamsSchema,
        body: UpdateCategorySchema,
        response: { 200: CategorySchema },
      },
    },
    async (request) => {
      const { municipalityId: _municipality, ...category } = await updateCategory(
        deps,
        requireActor(request),
        request.params.code,
        request.body,
      );
      return category;
    },
  );

  app.post(
    '/api/reports',
    {
      config: {
        ...requires('incident.report', 'incident.report'),
        ...mayFailWith('INCIDENT_INVALID'),
      },
      schema: {
        tags,
        summary:
          'File a report of one or more events (a resend with the same clientReference is stored once)',
        body: ReportIncidentsSchema,
        response: { 200: ReportedIncidentsSchema, 201: ReportedIncidentsSchema },
      },
    },
    async (request, reply) => {
      const result = await reportIncidents(deps, requireActor(request), request.body);
      return reply
        .status(result.isRepeat ? 200 : 201)
        .send({ ...result, incidents: result.incidents.map(present) });
    },
  );

  app.get(
    '/api/incidents',
    {
      schema: {
        tags,
        summary: 'Incidents, newest reported first, with filters',
        querystring: ListIncidentsQuerySchema,
        response: { 200: IncidentPageSchema },
      },
    },
    async (request) => {
      const { beforeOccurredAt, beforeId, ...filter } = request.query;
      const page = await listIncidents(deps, requireActor(request), {
        ...filter,
        from: filter.from ? new Date(filter.from).toISOString() : undefined,
        to: filter.to ? new Date(filter.to).toISOString() : undefined,
        before:
          beforeOccurredAt && beforeId
            ? { occurredAt: new Date(beforeOccurredAt).toISOString(), id: beforeId }
            : undefined,
      });
      return {
        incidents: page.incidents.map(present),
        next: page.next,
      };
    },
  );

  app.get(
    '/api/incidents/export',
    {
      schema: {
        tags,
        summary:
          'The filtered incidents as CSV (for Swedish spreadsheets), XLSX or GeoJSON; at most 100,000',
        querystring: ExportIncidentsQuerySchema,
        produces: [
          'text/csv',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/geo+json',
        ],
        response: {
          200: fileResponse(
            'The incidents in the format asked for',
            'text/csv',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'application/geo+json',
          ),
        },
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const data = await exportIncidents(
        deps,
        requireActor(request),
        {
          ...filter,
          from: filter.from ? new Date(filter.from).toISOString() : undefined,
          to: filter.to ? new Date(filter.to).toISOString() : undefined,
        },
        format,
      );
      void reply
        .header('content-disposition', `attachment; filename="handelser.${format}"`)
        .header('cache-control', 'no-store')
        .header('x-tryggve-truncated', String(data.isTruncated));
      if (format === 'csv') {
        return reply.type('text/csv; charset=utf-8').send(renderIncidentsCsv(data));
      }
      if (format === 'geojson') {
        return reply
          .type('application/geo+json')
          .send(JSON.stringify(renderIncidentsGeoJson(data)));
      }
      const body = new PassThrough();
      writeIncidentsXlsx(data, deps.clock(), body).catch((error: unknown) =>
        body.destroy(error as Error),
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    },
  );

  app.get(
    '/api/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident',
        params: IdParamsSchema,
        response: { 200: IncidentViewSchema },
      },
    },
    async (request) => present(await getIncident(deps, requireActor(request), request.params.id)),
  );

  app.post(
    '/api/incidents/:id/review',
    {
      config: {
        ...requires('incident.review', 'incident.review'),
        ...mayFailWith('INCIDENT_INVALID'),
      },
      schema: {
        tags,
        summary: 'Confirm, link as a duplicate, archive with a reason, or reopen',
        params: IdParamsSchema,
        body: ReviewIncidentSchema,
        response: { 200: IncidentSchema },
      },
    },
    async (request) =>
      present(await reviewIncident(deps, requireActor(request), request.params.id, request.body)),
  );
};
