import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { configureIdentityProvider } from '../../domain/sign-in/configure-identity-provider.js';
import { getSignInSettings } from '../../domain/sign-in/get-sign-in-settings.js';
import { resetSecondFactor } from '../../domain/sign-in/reset-second-factor.js';
import { updateSignInPolicy } from '../../domain/sign-in/update-sign-in-policy.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requires } from '../route-permission.js';
import { requireActor } from '../session-plugin.js';
import { IdParamsSchema, NoContentSchema } from '../shared.schema.js';
import {
  ConfigureProviderSchema,
  SignInPolicySchema,
  SignInSettingsSchema,
} from './sign-in.schema.js';

/** The municipality's identity provider and sign-in policy, for its admins (issue 17). */
export const signInSettingsRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Konto och inloggning'];

  app.get(
    '/api/municipality/sign-in',
    {
      config: requires('sign_in.manage', 'sign_in.settings.read'),
      schema: {
        tags,
        summary: "The municipality's sign-in settings (never the client secret)",
        response: { 200: SignInSettingsSchema },
      },
    },
    async (request) => getSignInSettings(deps, requireActor(request)),
  );

  app.put(
    '/api/municipality/sign-in/provider',
    {
      config: {
        ...requires('sign_in.manage', 'sign_in.provider.configure'),
        ...mayFailWith('OIDC_PROVIDER_INVALID', 'SECRETS_KEY_NOT_CONFIGURED'),
      },
      schema: {
        tags,
        summary: "Set the municipality's OpenID Connect provider",
        body: ConfigureProviderSchema,
        response: { 200: SignInSettingsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await configureIdentityProvider(deps, actor, request.body);
      return getSignInSettings(deps, actor);
    },
  );

  app.put(
    '/api/municipality/sign-in/policy',
    {
      config: requires('sign_in.manage', 'sign_in.policy.update'),
      schema: {
        tags,
        summary: 'Switch passwords off (keeping a break-glass admin), require a second factor',
        body: SignInPolicySchema,
        response: { 200: SignInSettingsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateSignInPolicy(deps, actor, request.body);
      return getSignInSettings(deps, actor);
    },
  );

  app.delete(
    '/api/users/:id/second-factor',
    {
      config: requires('sign_in.manage', 'second_factor.reset'),
      schema: {
        tags: ['Användare'],
        summary: "Reset a user's second factor (they enrol again)",
        params: IdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await resetSecondFactor(deps, requireActor(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
