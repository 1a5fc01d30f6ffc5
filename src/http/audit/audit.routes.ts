import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAuditEntries } from '../../domain/audit/list-audit-entries.js';
import { verifyAuditLog } from '../../domain/audit/verify-audit-log.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { AuditPageSchema, AuditVerificationSchema, ListAuditQuerySchema } from './audit.schema.js';

const toIso = (value: string | undefined) => (value ? new Date(value).toISOString() : undefined);

/** The municipality's audit log: browse, filter and verify the hash chain. */
export const auditRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Granskningslogg'];

  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'Audit entries, newest first',
        querystring: ListAuditQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => {
      const { query } = request;
      const page = await listAuditEntries(deps, requireActor(request), {
        ...query,
        from: toIso(query.from),
        to: toIso(query.to),
      });
      return {
        nextBefore: page.nextBefore,
        entries: page.entries.map((entry) => ({
          seq: entry.seq,
          at: entry.at,
          actor:
            entry.actorUserId === null
              ? null
              : { id: entry.actorUserId, displayName: entry.actorDisplayName ?? '' },
          organisation:
            entry.actorOrganisationId === null
              ? null
              : { id: entry.actorOrganisationId, name: entry.actorOrganisationName ?? '' },
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          outcome: entry.outcome,
          details: entry.details,
        })),
      };
    },
  );

  app.get(
    '/api/audit/verification',
    {
      schema: {
        tags,
        summary: "Verify the municipality's hash chain",
        response: { 200: AuditVerificationSchema },
      },
    },
    async (request) => {
      const { isIntact, checkedEntries, problems } = await verifyAuditLog(
        deps,
        requireActor(request),
      );
      return { isIntact, checkedEntries, problems };
    },
  );
};
