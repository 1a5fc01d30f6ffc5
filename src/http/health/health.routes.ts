import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

const StatusSchema = z.object({ status: z.enum(['ok', 'unavailable']) });

/** Liveness (the process answers) and readiness (the database answers). */
export const healthRoutes: FastifyPluginAsync<{
  isDatabaseReachable: () => Promise<boolean>;
}> = async (plugin, { isDatabaseReachable }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Drift'];
  const config = { rateLimit: false as const };

  app.get('/healthz', { config, schema: { tags, response: { 200: StatusSchema } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { config, schema: { tags, response: { 200: StatusSchema, 503: StatusSchema } } },
    async (_request, reply) => {
      const isReady = await isDatabaseReachable().catch(() => false);
      return reply.status(isReady ? 200 : 503).send({ status: isReady ? 'ok' : 'unavailable' });
    },
  );
};
