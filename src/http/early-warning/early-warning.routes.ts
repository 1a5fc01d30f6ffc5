import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decideAlarm } from '../../domain/early-warning/decide-alarm.js';
import { getHeatSurface } from '../../domain/early-warning/get-heat-surface.js';
import { getHotSpots } from '../../domain/early-warning/get-hot-spots.js';
import { listAlarms } from '../../domain/early-warning/list-alarms.js';
import { getEarlyWarningSettings } from '../../domain/early-warning/get-early-warning-settings.js';
import { saveEarlyWarningSettings } from '../../domain/early-warning/save-early-warning-settings.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import {
  AlarmListSchema,
  AlarmsQuerySchema,
  DecideAlarmSchema,
  DecisionSchema,
  EarlyWarningSettingsSchema,
  HeatSurfaceSchema,
  HotSpotCollectionSchema,
  HotSpotsQuerySchema,
} from './early-warning.schema.js';
import { requires } from '../route-permission.js';

const toPeriod = ({
  kind,
  key,
  from,
  to,
}: {
  kind: string;
  key: string;
  from: string;
  to: string;
}) => ({
  kind,
  key,
  from,
  to,
});

/** Alarms per district and category, decisions on them, their settings, and hot spots. */
export const earlyWarningRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Tidig varning'];

  app.get(
    '/api/alarms',
    {
      schema: {
        tags,
        summary: "A week's alarms per district and category, each explained in a sentence",
        querystring: AlarmsQuerySchema,
        response: { 200: AlarmListSchema },
      },
    },
    async (request) => {
      const list = await listAlarms(deps, requireActor(request), {
        periodKey: request.query.key,
        locale: request.query.lang,
      });
      return {
        ...list,
        period: { ...toPeriod(list.period), kind: list.period.kind },
        // The response schema leaves out what is internal: isMethodAlarm, municipality ids.
        alarms: list.alarms,
      };
    },
  );

  app.post(
    '/api/alarms/decisions',
    {
      config: requires('alarm.decide', 'alarm.decide'),
      schema: {
        tags,
        summary: 'Acknowledge or dismiss an alarm of a week, with a comment (audited)',
        body: DecideAlarmSchema,
        response: { 201: DecisionSchema },
      },
    },
    async (request, reply) => {
      const { municipalityId: _municipality, ...decision } = await decideAlarm(
        deps,
        requireActor(request),
        request.body,
      );
      return reply.status(201).send(decision);
    },
  );

  app.get(
    '/api/early-warning/settings',
    {
      schema: {
        tags,
        summary: 'How alarms are found: method, minimum counts, false discovery rate, categories',
        response: { 200: EarlyWarningSettingsSchema },
      },
    },
    async (request) => getEarlyWarningSettings(deps, requireActor(request)),
  );

  app.put(
    '/api/early-warning/settings',
    {
      config: requires('alarm.configure', 'alarm.settings.save'),
      schema: {
        tags,
        summary: 'Change how alarms are found (admins and coordinators; audited)',
        body: EarlyWarningSettingsSchema,
        response: { 200: EarlyWarningSettingsSchema },
      },
    },
    async (request) => saveEarlyWarningSettings(deps, requireActor(request), request.body),
  );

  app.get(
    '/api/hot-spots',
    {
      schema: {
        tags,
        summary: "Getis-Ord Gi* over the municipality's H3 cells for a period, as GeoJSON",
        querystring: HotSpotsQuerySchema,
        response: { 200: HotSpotCollectionSchema },
      },
    },
    async (request) => {
      const spots = await getHotSpots(deps, requireActor(request), {
        periodKind: request.query.period,
        periodKey: request.query.key,
      });
      return {
        type: 'FeatureCollection' as const,
        resolution: spots.resolution,
        falseDiscoveryRate: spots.falseDiscoveryRate,
        points: spots.points,
        outside: spots.outside,
        features: spots.cells.map((cell) => ({
          type: 'Feature' as const,
          id: cell.cell,
          geometry: { type: 'Polygon' as const, coordinates: [cell.outline] },
          properties: { count: cell.count, z: cell.z, p: cell.p, q: cell.q, kind: cell.kind },
        })),
      };
    },
  );

  app.get(
    '/api/heat',
    {
      schema: {
        tags,
        summary: 'A kernel density surface (quartic) of the period, for the heat layer',
        querystring: HotSpotsQuerySchema,
        response: { 200: HeatSurfaceSchema },
      },
    },
    async (request) => {
      const surface = await getHeatSurface(deps, requireActor(request), {
        periodKind: request.query.period,
        periodKey: request.query.key,
      });
      return {
        type: 'FeatureCollection' as const,
        bandwidthMeters: surface.bandwidthMeters,
        cellSizeMeters: surface.cellSizeMeters,
        maximum: surface.maximum,
        features: surface.cells.map((cell) => ({
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [cell.longitude, cell.latitude] },
          properties: { density: cell.density },
        })),
      };
    },
  );
};
