import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitation } from '../../domain/accounts/accept-invitation.js';
import { changePassword } from '../../domain/accounts/change-password.js';
import { logIn } from '../../domain/accounts/log-in.js';
import { logOut } from '../../domain/accounts/log-out.js';
import { lookUpInvitation } from '../../domain/accounts/look-up-invitation.js';
import { requestPasswordReset } from '../../domain/accounts/request-password-reset.js';
import { resetPassword } from '../../domain/accounts/reset-password.js';
import { sessionUserOf } from '../../domain/accounts/session-user.js';
import { updateAccount } from '../../domain/accounts/update-account.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import {
  clearSessionCookies,
  ensureCsrfCookie,
  requireSession,
  setSessionCookies,
} from '../session-plugin.js';
import { NoContentSchema } from '../shared.schema.js';
import {
  AcceptInvitationSchema,
  ChangePasswordSchema,
  InvitationSummarySchema,
  InvitationTokenSchema,
  LogInSchema,
  RequestPasswordResetSchema,
  ResetPasswordSchema,
  SessionResponseSchema,
  SignedInResponseSchema,
  UpdateAccountSchema,
} from './auth.schema.js';

/** Signing in and out, one's own account, password resets and invitations. */
export const authRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, cookies, rateLimits },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Konto och inloggning'];
  const strictLimit = { rateLimit: { max: rateLimits.authPerMinute, timeWindow: '1 minute' } };
  /** Used before signing in: open to anyone, with the stricter rate limit. */
  const publicLimit = { ...strictLimit, isPublic: true };

  app.get(
    '/api/session',
    {
      config: { isPublic: true },
      schema: {
        tags,
        summary: 'The signed-in user, if any; sets the CSRF cookie',
        response: { 200: SessionResponseSchema },
      },
    },
    async (request, reply) => {
      ensureCsrfCookie(request, reply, cookies.isSecure);
      return { user: request.sessionContext ? sessionUserOf(request.sessionContext) : null };
    },
  );

  app.post(
    '/api/session',
    {
      config: {
        ...publicLimit,
        ...mayFailWith(
          'AUTH_INVALID_CREDENTIALS',
          'AUTH_TOO_MANY_ATTEMPTS',
          'PASSWORD_SIGN_IN_DISABLED',
        ),
      },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password',
        body: LogInSchema,
        response: { 200: SignedInResponseSchema },
      },
    },
    async (request, reply) => {
      const started = await logIn(deps, request.body);
      setSessionCookies(reply, started, cookies);
      return { user: sessionUserOf(started.context) };
    },
  );

  app.delete(
    '/api/session',
    {
      config: { isPublic: true },
      schema: { tags, summary: 'Sign out', response: { 204: NoContentSchema } },
    },
    async (request, reply) => {
      if (request.sessionContext) await logOut(deps, request.sessionContext);
      clearSessionCookies(reply, cookies.isSecure);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/account',
    {
      config: { hasNoRoleCheck: true },
      schema: {
        tags,
        summary: "Change one's language or name",
        body: UpdateAccountSchema,
        response: { 200: SignedInResponseSchema },
      },
    },
    async (request) => ({ user: await updateAccount(deps, requireSession(request), request.body) }),
  );

  app.post(
    '/api/account/password',
    {
      config: {
        ...strictLimit,
        hasNoRoleCheck: true,
        ...mayFailWith('AUTH_INVALID_CREDENTIALS', 'AUTH_TOO_MANY_ATTEMPTS', 'PASSWORD_TOO_WEAK'),
      },
      schema: {
        tags,
        summary: "Change one's password",
        body: ChangePasswordSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      const renewed = await changePassword(deps, requireSession(request), request.body);
      setSessionCookies(reply, renewed, cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/password-resets',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'E-mail a reset link (same answer whether or not the account exists)',
        body: RequestPasswordResetSchema,
        response: { 202: z.object({}) },
      },
      // The answer goes out before anything is looked up or mailed, so it takes as long
      // whether or not the address has an account; the work runs once it has been sent.
      onResponse: async (request, reply) => {
        // Refused requests (rate limit, CSRF, validation) leave nothing to do.
        if (reply.statusCode !== 202) return;
        const { email } = request.body;
        app.backgroundWork.start('password reset request', () => requestPasswordReset(deps, email));
      },
    },
    async (_request, reply) => reply.status(202).send({}),
  );

  app.post(
    '/api/password-resets/confirm',
    {
      config: { ...publicLimit, ...mayFailWith('PASSWORD_TOO_WEAK', 'TOKEN_INVALID_OR_EXPIRED') },
      schema: {
        tags,
        summary: 'Set a new password from a reset link',
        body: ResetPasswordSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await resetPassword(deps, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/invitations/lookup',
    {
      config: { ...publicLimit, ...mayFailWith('TOKEN_INVALID_OR_EXPIRED') },
      schema: {
        tags,
        summary: 'Who an invitation is for',
        body: InvitationTokenSchema,
        response: { 200: InvitationSummarySchema },
      },
    },
    async (request) => lookUpInvitation(deps, request.body.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { ...publicLimit, ...mayFailWith('PASSWORD_TOO_WEAK', 'TOKEN_INVALID_OR_EXPIRED') },
      schema: {
        tags,
        summary: 'Choose a password and sign in',
        body: AcceptInvitationSchema,
        response: { 200: SignedInResponseSchema },
      },
    },
    async (request, reply) => {
      const started = await acceptInvitation(deps, request.body);
      setSessionCookies(reply, started, cookies);
      return { user: sessionUserOf(started.context) };
    },
  );
};
