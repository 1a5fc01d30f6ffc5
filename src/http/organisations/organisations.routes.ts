import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createOrganisation } from '../../domain/organisations/create-organisation.js';
import { listOrganisations } from '../../domain/organisations/list-organisations.js';
import { setOrganisationDisabled } from '../../domain/organisations/set-organisation-disabled.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema } from '../shared.schema.js';
import {
  CreateOrganisationSchema,
  OrganisationListSchema,
  OrganisationResponseSchema,
} from './organisations.schema.js';
import { requires } from '../route-permission.js';

/** The municipality's own administrations and its partners. */
export const organisationRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Organisationer'];

  app.get(
    '/api/organisations',
    {
      schema: {
        tags,
        summary: 'List the organisations',
        response: { 200: OrganisationListSchema },
      },
    },
    async (request) => ({ organisations: await listOrganisations(deps, requireActor(request)) }),
  );

  app.post(
    '/api/organisations',
    {
      config: {
        ...requires('organisation.manage', 'organisation.create'),
        ...mayFailWith('ORGANISATION_NAME_TAKEN'),
      },
      schema: {
        tags,
        summary: 'Add an organisation',
        body: CreateOrganisationSchema,
        response: { 201: OrganisationResponseSchema },
      },
    },
    async (request, reply) => {
      const organisation = await createOrganisation(deps, requireActor(request), request.body);
      return reply.status(201).send({ organisation });
    },
  );

  for (const [suffix, isDisabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/api/organisations/:id/${suffix}`,
      {
        config: {
          ...requires(
            'organisation.manage',
            isDisabled ? 'organisation.disable' : 'organisation.enable',
          ),
          // Only disabling has rules: not one's own organisation, and an admin must remain.
          ...mayFailWith(...(isDisabled ? (['CANNOT_DISABLE_SELF', 'LAST_ADMIN'] as const) : [])),
        },
        schema: {
          tags,
          summary: isDisabled
            ? 'Disable an organisation and sign its users out'
            : 'Enable an organisation',
          params: IdParamsSchema,
          response: { 200: OrganisationResponseSchema },
        },
      },
      async (request) => ({
        organisation: await setOrganisationDisabled(
          deps,
          requireActor(request),
          request.params.id,
          isDisabled,
        ),
      }),
    );
  }
};
