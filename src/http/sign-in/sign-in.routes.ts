import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sessionUserOf } from '../../domain/accounts/session-user.js';
import { DomainError } from '../../domain/errors.js';
import {
  beginProviderSignIn,
  findProviderForEmail,
} from '../../domain/sign-in/begin-provider-sign-in.js';
import { completeProviderSignIn } from '../../domain/sign-in/complete-provider-sign-in.js';
import {
  beginSecondFactorEnrolment,
  confirmSecondFactor,
} from '../../domain/sign-in/enrol-second-factor.js';
import { providerEndSessionUrl } from '../../domain/sign-in/provider-end-session-url.js';
import { verifySecondFactor } from '../../domain/sign-in/verify-second-factor.js';
import { SignedInResponseSchema } from '../auth/auth.schema.js';
import { mayFailWith } from '../error-responses.js';
import type { RouteContext } from '../route-context.js';
import { requireSession, setSessionCookies } from '../session-plugin.js';
import {
  EndSessionUrlSchema,
  ProviderCallbackQuerySchema,
  ProviderOfferResponseSchema,
  ProviderQuerySchema,
  RecoveryCodesSchema,
  SecondFactorCodeSchema,
  SecondFactorEnrolmentSchema,
  StartProviderSignInQuerySchema,
} from './sign-in.schema.js';

/** The cookie that binds a provider sign-in to the browser that started it. */
const stateCookieName = 'tryggve_oidc_state';
const stateCookiePath = '/api/oidc/';
const RedirectSchema = z.null().describe('A redirect (Location)');

/** Where the login page shows why a provider sign-in did not go through. */
function loginPageWith(error: unknown): string {
  const parameters = new URLSearchParams({
    signInError: error instanceof DomainError ? error.code : 'OIDC_SIGN_IN_FAILED',
  });
  const contact = error instanceof DomainError ? error.details?.['supportContact'] : undefined;
  if (typeof contact === 'string') parameters.set('contact', contact);
  return `/logga-in?${parameters.toString()}`;
}

/** Signing in through the municipality's provider, and the second factor (issue 17). */
export const signInRoutes: FastifyPluginAsync<RouteContext> = async (
  plugin,
  { deps, cookies, rateLimits },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['Konto och inloggning'];
  const strictLimit = { rateLimit: { max: rateLimits.authPerMinute, timeWindow: '1 minute' } };
  const publicLimit = { ...strictLimit, isPublic: true };
  const pendingLimit = { ...strictLimit, hasNoRoleCheck: true, isOpenToPendingSession: true };

  app.get(
    '/api/sign-in/provider',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "The municipality's identity provider for an address's domain, if any",
        querystring: ProviderQuerySchema,
        response: { 200: ProviderOfferResponseSchema },
      },
    },
    async (request) => ({ provider: await findProviderForEmail(deps, request.query.email) }),
  );

  app.get(
    '/api/oidc/start',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: "Go to the municipality's identity provider to sign in",
        querystring: StartProviderSignInQuerySchema,
        response: { 302: RedirectSchema },
      },
    },
    async (request, reply) => {
      try {
        const { url, state } = await beginProviderSignIn(deps, request.query.municipalityId);
        void reply.setCookie(stateCookieName, state, {
          path: stateCookiePath,
          httpOnly: true,
          secure: cookies.isSecure,
          // Lax: the provider's redirect back is a cross-site top-level navigation.
          sameSite: 'lax',
          maxAge: 600,
        });
        return reply.redirect(url, 302);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.redirect(loginPageWith(error), 302);
      }
    },
  );

  app.get(
    '/api/oidc/callback',
    {
      config: publicLimit,
      schema: {
        tags,
        summary: 'Where the identity provider sends the browser back (authorization code)',
        querystring: ProviderCallbackQuerySchema,
        response: { 302: RedirectSchema },
      },
    },
    async (request, reply) => {
      const callbackUrl = new URL(request.url, deps.settings.publicUrl);
      void reply.clearCookie(stateCookieName, { path: stateCookiePath });
      try {
        const started = await completeProviderSignIn(deps, {
          callbackUrl,
          stateCookie: request.cookies[stateCookieName],
        });
        setSessionCookies(reply, started, cookies);
        return reply.redirect('/', 302);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.redirect(loginPageWith(error), 302);
      }
    },
  );

  app.get(
    '/api/session/end-session-url',
    {
      config: { hasNoRoleCheck: true, isOpenToPendingSession: true },
      schema: {
        tags,
        summary: "Where to end the provider's session too (RP-initiated logout), if anywhere",
        response: { 200: EndSessionUrlSchema },
      },
    },
    async (request) => ({ url: await providerEndSessionUrl(deps, requireSession(request)) }),
  );

  app.post(
    '/api/account/second-factor/enrolment',
    {
      config: { ...pendingLimit, ...mayFailWith('SECRETS_KEY_NOT_CONFIGURED') },
      schema: {
        tags,
        summary: 'Start enrolling a TOTP second factor (the secret is shown once)',
        response: { 200: SecondFactorEnrolmentSchema },
      },
    },
    async (request) => beginSecondFactorEnrolment(deps, requireSession(request)),
  );

  app.post(
    '/api/account/second-factor/confirmation',
    {
      config: {
        ...pendingLimit,
        ...mayFailWith('SECOND_FACTOR_INVALID', 'AUTH_TOO_MANY_ATTEMPTS'),
      },
      schema: {
        tags,
        summary: 'Confirm the enrolment with a first code; returns the recovery codes once',
        body: SecondFactorCodeSchema,
        response: { 200: RecoveryCodesSchema },
      },
    },
    async (request, reply) => {
      const { recoveryCodes, renewed } = await confirmSecondFactor(
        deps,
        requireSession(request),
        request.body.code,
      );
      setSessionCookies(reply, renewed, cookies);
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/account/second-factor/verification',
    {
      config: {
        ...pendingLimit,
        ...mayFailWith('SECOND_FACTOR_INVALID', 'AUTH_TOO_MANY_ATTEMPTS'),
      },
      schema: {
        tags,
        summary: 'Finish a password sign-in with a TOTP code or a recovery code',
        body: SecondFactorCodeSchema,
        response: { 200: SignedInResponseSchema },
      },
    },
    async (request, reply) => {
      const started = await verifySecondFactor(deps, requireSession(request), request.body.code);
      setSessionCookies(reply, started, cookies);
      return { user: sessionUserOf(started.context) };
    },
  );
};
