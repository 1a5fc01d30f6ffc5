import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Deps } from '../domain/deps.js';
import { inProcessRunner, type TaskRunner } from '../jobs/worker-tasks.js';
import { agreementRoutes } from './agreements/agreements.routes.js';
import { auditRoutes } from './audit/audit.routes.js';
import { authRoutes } from './auth/auth.routes.js';
import { answerUnparsableRequest } from './client-error.js';
import { answerUnreadableUrl, installErrorHandler } from './error-handler.js';
import { followUpRoutes } from './follow-up/follow-up.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { importRoutes } from './imports/imports.routes.js';
import { policeTypeMappingRoutes } from './imports/police-type-mappings.routes.js';
import { incidentRoutes } from './incidents/incidents.routes.js';
import { interventionCaseRoutes } from './interventions/cases.routes.js';
import { interventionProgrammeRoutes } from './interventions/interventions.routes.js';
import { municipalityRoutes } from './municipality/municipality.routes.js';
import { installationRoutes } from './installation/installation.routes.js';
import { organisationRoutes } from './organisations/organisations.routes.js';
import type { RateLimits, RouteContext } from './route-context.js';
import { situationRoutes } from './situation/situation.routes.js';
import { earlyWarningRoutes } from './early-warning/early-warning.routes.js';
import { nearRepeatRoutes } from './early-warning/near-repeat.routes.js';
import { signalRoutes } from './signals/signals.routes.js';
import { planRoutes } from './plans/plans.routes.js';
import { contractRoutes } from './suppliers/contracts.routes.js';
import { supplierRoutes } from './suppliers/suppliers.routes.js';
import { meetingRoutes } from './meetings/meetings.routes.js';
import { calendarRoutes } from './calendar/calendar.routes.js';
import { installJsonBodyLimits } from './json-body.js';
import { documentErrors, securitySchemes } from './error-responses.js';
import {
  checkResponsesAgainstDocument,
  type ObservedResponse,
  type UndocumentedResponse,
} from './response-contract.js';
import { routePermissionPlugin } from './route-permission.js';
import { sessionPlugin, type SessionCookieOptions } from './session-plugin.js';
import { userRoutes } from './users/users.routes.js';
import { signInRoutes } from './sign-in/sign-in.routes.js';
import { signInSettingsRoutes } from './sign-in/sign-in-settings.routes.js';
import { refuseNulCharacters } from './refuse-nul-characters.js';
import { serveWebApp } from './web-app.js';
import { rateLimitKey } from './rate-limit-key.js';
import { installBackgroundWork } from './background-work.js';
import type { Basemap, TrustProxy } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as `METHOD /path`: the authorization matrix test checks each has an entry. */
    registeredRoutes: string[];
  }
}

export interface AppOptions {
  deps: Deps;
  cookies: SessionCookieOptions;
  rateLimits: RateLimits;
  /** Whose X-Forwarded-For to believe (TRYGGVE_TRUST_PROXY); nobody's when absent. */
  trustProxy?: TrustProxy;
  isDatabaseReachable: () => Promise<boolean>;
  /** The pino logger; none in tests. */
  logger?: FastifyBaseLogger;
  /** The built web app's folder, or null to serve the API only. */
  webRoot: string | null;
  /** Tiles under the maps; their origin is allowed by the content security policy. */
  basemap?: Basemap | null;
  /** Where heavy work runs: a WorkerPool in the server; by default on the event loop (tests). */
  tasks?: TaskRunner;
  /** Tests: told of every answer a route's document does not list, and of every answer. */
  responseCheck?: {
    report: (miss: UndocumentedResponse) => void;
    observe?: (response: ObservedResponse) => void;
  };
}

/** The strict policy: scripts only from this origin. Styles allow inline for Mantine's CSS variables. */
function contentSecurityPolicy(isSecure: boolean, basemap: Basemap | null) {
  // MapLibre fetches tiles (connect-src) and may draw them as images (img-src).
  const tileOrigin = basemap ? [new URL(basemap.tiles.replace(/[{}]/g, '')).origin] : [];
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:', ...tileOrigin],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...tileOrigin],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      ...(isSecure ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/** Builds the HTTP application: security plugins, the API areas, its documentation, the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
    frameworkErrors: answerUnreadableUrl,
    clientErrorHandler: answerUnparsableRequest,
  });
  const registeredRoutes: string[] = [];
  app.decorate('registeredRoutes', registeredRoutes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') registeredRoutes.push(`${method} ${route.url}`);
    }
  });
  // JSON only: a text/plain body (what a cross-site form can send) is refused with 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  // Success bodies are checked against their zod schema as they go out; error bodies are
  // written as they are, so a code missing from a route's document never turns into a 500
  // (the test server checks every error against the document instead).
  app.setSerializerCompiler((route) =>
    Number(route.httpStatus) >= 400
      ? (data) => JSON.stringify(data)
      : serializerCompiler(route as Parameters<typeof serializerCompiler>[0]),
  );
  installErrorHandler(app);
  documentErrors(app);
  if (options.responseCheck) {
    checkResponsesAgainstDocument(app, options.responseCheck.report, options.responseCheck.observe);
  }
  refuseNulCharacters(app);
  installBackgroundWork(app);
  // API answers carry personal data: no browser or proxy may keep them, errors and files included.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
  installJsonBodyLimits(app);

  const isSecure = options.cookies.isSecure;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(isSecure, options.basemap ?? null),
    strictTransportSecurity: isSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    max: options.rateLimits.globalPerMinute,
    timeWindow: '1 minute',
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: 'Too many requests. Wait a moment and try again.',
      details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tryggve API',
        version: '0.1.0',
        description:
          'The API of Tryggve. Every error has the body {code, message, details}; each operation lists the statuses and codes it can answer with. State-changing requests need the x-csrf-token header (see GET /api/session). A method a path does not support is answered with 405 METHOD_NOT_ALLOWED and an Allow header.',
      },
      components: { securitySchemes },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // The docs page's own hashes, without outside hosts or an https upgrade on plain-http installs.
    transformStaticCSP: (header) =>
      header
        .replace(/ https:/g, '')
        .replace(' validator.swagger.io', '')
        .replace(isSecure ? /$^/ : /upgrade-insecure-requests;?/, ''),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(sessionPlugin, { deps: options.deps, cookies: options.cookies });
  await app.register(routePermissionPlugin, { deps: options.deps });
  const context: RouteContext = {
    deps: options.deps,
    cookies: options.cookies,
    rateLimits: options.rateLimits,
    basemap: options.basemap ?? null,
    tasks: options.tasks ?? inProcessRunner(options.deps),
  };
  await app.register(healthRoutes, { isDatabaseReachable: options.isDatabaseReachable });
  await app.register(authRoutes, context);
  await app.register(municipalityRoutes, context);
  await app.register(installationRoutes, context);
  await app.register(organisationRoutes, context);
  await app.register(userRoutes, context);
  await app.register(signInRoutes, context);
  await app.register(signInSettingsRoutes, context);
  await app.register(auditRoutes, context);
  await app.register(incidentRoutes, context);
  await app.register(interventionProgrammeRoutes, context);
  await app.register(interventionCaseRoutes, context);
  await app.register(situationRoutes, context);
  await app.register(importRoutes, context);
  await app.register(policeTypeMappingRoutes, context);
  await app.register(signalRoutes, context);
  await app.register(earlyWarningRoutes, context);
  await app.register(nearRepeatRoutes, context);
  await app.register(planRoutes, context);
  await app.register(followUpRoutes, context);
  await app.register(supplierRoutes, context);
  await app.register(contractRoutes, context);
  await app.register(meetingRoutes, context);
  await app.register(calendarRoutes, context);
  await app.register(agreementRoutes, context);
  if (options.webRoot) await serveWebApp(app, options.webRoot);
  return app;
}
