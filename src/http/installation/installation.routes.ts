import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createMunicipalityAsInstallationAdmin,
  requireInstallationAdmin,
} from '../../domain/municipalities/create-municipality-as-installation-admin.js';
import { getInstallation } from '../../domain/municipalities/get-installation.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import {
  CreatedMunicipalitySchema,
  CreateMunicipalitySchema,
  InstallationSchema,
} from './installation.schema.js';

/** A municipality and its first administrator's name and address: a few hundred bytes. */
const createBodyLimit = 4096;

/** The installation's administrators (TRYGGVE_INSTALLATION_ADMINS): creating municipalities. */
export const installationRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Installation'];

  app.get(
    '/api/installation',
    {
      config: { hasNoRoleCheck: true },
      schema: {
        tags,
        summary:
          'Whether the signed-in user administers the installation, and (if so) its municipalities',
        response: { 200: InstallationSchema },
      },
    },
    async (request) => getInstallation(deps, requireActor(request)),
  );

  app.post(
    '/api/installation/municipalities',
    {
      // No role grants this, so `requires` cannot say it: the route decides before the body
      // is read whether the caller administers the installation (404 for anyone else).
      onRequest: async (request) => requireInstallationAdmin(deps, requireActor(request)),
      config: {
        hasNoRoleCheck: true,
        ...mayFailWith(
          'MUNICIPALITY_CODE_TAKEN',
          'MUNICIPALITY_CODE_UNKNOWN',
          'EMAIL_ALREADY_IN_USE',
        ),
      },
      bodyLimit: createBodyLimit,
      schema: {
        tags,
        summary:
          "Create a municipality by kommunkod with its boundary, distrikt, the police's utsatta områden in it (Stockholm: stadsdelar), and invite its first administrator",
        body: CreateMunicipalitySchema,
        response: { 201: CreatedMunicipalitySchema },
      },
    },
    async (request, reply) => {
      const { code, firstAdministrator } = request.body;
      const created = await createMunicipalityAsInstallationAdmin(
        deps,
        requireActor(request),
        code,
        firstAdministrator,
        deps.findReferenceMunicipality,
      );
      const { id, name } = created.municipality;
      return reply.status(201).send({
        municipality: { id, code: created.municipality.code, name },
        layers: created.layers.map((layer) => ({
          id: layer.id,
          name: layer.name,
          source: layer.source,
          districtCount: layer.districtCount,
        })),
        invitation: created.invitation,
      });
    },
  );
};
