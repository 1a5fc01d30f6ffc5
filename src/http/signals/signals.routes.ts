import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countSignals } from '../../domain/signals/count-signals.js';
import { getSignal } from '../../domain/signals/get-signal.js';
import { listSignals } from '../../domain/signals/list-signals.js';
import { registerSignal } from '../../domain/signals/register-signal.js';
import type { Signal } from '../../domain/signals/signal.js';
import { updateSignal } from '../../domain/signals/update-signal.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema } from '../shared.schema.js';
import {
  ListSignalsQuerySchema,
  RegisterSignalSchema,
  SavedSignalSchema,
  SignalCountsQuerySchema,
  SignalCountsSchema,
  SignalSchema,
  UpdateSignalSchema,
} from './signals.schema.js';
import { requires } from '../route-permission.js';

const present = <T extends Signal>({ municipalityId: _municipality, ...signal }: T) => signal;
const toInstant = (value: string | undefined) =>
  value === undefined ? undefined : new Date(value).toISOString();

/** The signal register: signals of organized crime from outside the statistics. */
export const signalRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Signaler'];

  app.get(
    '/api/signals',
    {
      schema: {
        tags,
        summary:
          'The register, newest first, with text (coordinators and analysts; audited); at most 1,000, x-tryggve-truncated says when more matched',
        querystring: ListSignalsQuerySchema,
        response: { 200: SignalSchema.array() },
      },
    },
    async (request, reply) => {
      const { from, to, ...filter } = request.query;
      const { signals, isTruncated } = await listSignals(deps, requireActor(request), {
        ...filter,
        from: toInstant(from),
        to: toInstant(to),
      });
      void reply.header('x-tryggve-truncated', String(isTruncated));
      return signals.map(present);
    },
  );

  app.get(
    '/api/signals/counts',
    {
      schema: {
        tags,
        summary: 'Signals observed in a period by category, district and status: for every role',
        querystring: SignalCountsQuerySchema,
        response: { 200: SignalCountsSchema },
      },
    },
    async (request) => {
      const { period, counts, hasSmallCountsHidden } = await countSignals(
        deps,
        requireActor(request),
        { periodKind: request.query.period, periodKey: request.query.key },
      );
      return { from: period.from, to: period.to, counts, hasSmallCountsHidden };
    },
  );

  app.post(
    '/api/signals',
    {
      config: {
        ...requires('signal.manage', 'signal.register'),
        ...mayFailWith('SIGNAL_INVALID'),
      },
      schema: {
        tags,
        summary:
          'Register a signal; personal data in the text is masked unless kept by a role that may',
        body: RegisterSignalSchema,
        response: { 201: SavedSignalSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(present(await registerSignal(deps, requireActor(request), request.body))),
  );

  app.get(
    '/api/signals/:id',
    {
      schema: {
        tags,
        summary: 'One signal with its text (audited)',
        params: IdParamsSchema,
        response: { 200: SignalSchema },
      },
    },
    async (request) => present(await getSignal(deps, requireActor(request), request.params.id)),
  );

  app.patch(
    '/api/signals/:id',
    {
      config: {
        ...requires('signal.manage', 'signal.update'),
        ...mayFailWith('SIGNAL_INVALID'),
      },
      schema: {
        tags,
        summary: 'Assess and follow up a signal: credibility, seriousness, status, notes, links',
        params: IdParamsSchema,
        body: UpdateSignalSchema,
        response: { 200: SavedSignalSchema },
      },
    },
    async (request) =>
      present(await updateSignal(deps, requireActor(request), request.params.id, request.body)),
  );
};
