import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPasswordResetLink } from '../../domain/accounts/create-password-reset-link.js';
import { inviteUser } from '../../domain/accounts/invite-user.js';
import { listUsers } from '../../domain/accounts/list-users.js';
import { setUserDisabled } from '../../domain/accounts/set-user-disabled.js';
import { updateUser } from '../../domain/accounts/update-user.js';
import type { RouteContext } from '../route-context.js';
import { requireActor } from '../session-plugin.js';
import { DeliveredLinkSchema, IdParamsSchema } from '../shared.schema.js';
import {
  InvitedUserResponseSchema,
  InviteUserSchema,
  ListUsersQuerySchema,
  UpdateUserSchema,
  UserListSchema,
  UserResponseSchema,
} from './users.schema.js';
import { mayFailWith } from '../error-responses.js';
import { requires } from '../route-permission.js';

/** Accounts in the municipality: invitations, roles, disabling, password links. */
export const userRoutes: FastifyPluginAsync<RouteContext> = async (plugin, { deps }) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Användare'];

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'List accounts',
        querystring: ListUsersQuerySchema,
        response: { 200: UserListSchema },
      },
    },
    async (request) => {
      return { users: await listUsers(deps, requireActor(request), request.query) };
    },
  );

  app.post(
    '/api/users',
    {
      config: {
        ...requires('user.manage', 'user.create'),
        ...mayFailWith('EMAIL_ALREADY_IN_USE', 'ORGANISATION_DISABLED'),
      },
      schema: {
        tags,
        summary: 'Invite a user (the link is returned when no SMTP server is configured)',
        body: InviteUserSchema,
        response: { 201: InvitedUserResponseSchema },
      },
    },
    async (request, reply) => {
      return reply.status(201).send(await inviteUser(deps, requireActor(request), request.body));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: {
        ...requires('user.manage', 'user.update'),
        ...mayFailWith('LAST_ADMIN', 'ORGANISATION_DISABLED'),
      },
      schema: {
        tags,
        summary: "Change a user's name, roles or organisation",
        description:
          'An admin may change their own account too, roles included: stepping down from admin is allowed while another active admin remains (409 LAST_ADMIN otherwise), and an admin who keeps the admin role can give themselves any other role back.',
        params: IdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserResponseSchema },
      },
    },
    async (request) => ({
      user: await updateUser(deps, requireActor(request), request.params.id, request.body),
    }),
  );

  for (const [suffix, isDisabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(
      `/api/users/:id/${suffix}`,
      {
        config: {
          ...requires('user.manage', isDisabled ? 'user.disable' : 'user.enable'),
          // Only disabling has rules: not one's own account, and an admin must remain.
          ...mayFailWith(...(isDisabled ? (['CANNOT_DISABLE_SELF', 'LAST_ADMIN'] as const) : [])),
        },
        schema: {
          tags,
          summary: isDisabled ? 'Disable an account and end its sessions' : 'Enable an account',
          params: IdParamsSchema,
          response: { 200: UserResponseSchema },
        },
      },
      async (request) => ({
        user: await setUserDisabled(deps, requireActor(request), request.params.id, isDisabled),
      }),
    );
  }

  app.post(
    '/api/users/:id/password-reset',
    {
      config: {
        ...requires('user.manage', 'user.password_link'),
        ...mayFailWith('INSTALLATION_ADMIN_ACCOUNT'),
      },
      schema: {
        tags,
        summary: 'Create a password link for a user',
        description:
          "Never for an installation admin's account: its links come from the command line or its holder's own request.",
        params: IdParamsSchema,
        response: { 201: DeliveredLinkSchema },
      },
    },
    async (request, reply) => {
      const link = await createPasswordResetLink(deps, requireActor(request), request.params.id);
      return reply.status(201).send(link);
    },
  );
};
