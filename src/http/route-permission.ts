import fp from 'fastify-plugin';
import { isPermitted, type Permission } from '../domain/access/permissions.js';
import { actorOf } from '../domain/accounts/session-user.js';
import { authorize } from '../domain/audit/record-audit.js';
import type { Deps } from '../domain/deps.js';

/** What a route needs: one of the permissions, and the action its use case audits a refusal as. */
interface RouteRequirement {
  permission: Permission | readonly Permission[];
  action: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The permission the route's use case requires, decided in onRequest from the session's
     * roles alone, before the body is read: a caller who may not use the route cannot make
     * the server parse a 50 MB body or a deeply nested one. The use case checks again.
     */
    requires?: RouteRequirement;
  }
}

/**
 * A route's `config`: needs `permission` (or any of several), refused as the use case would
 * refuse it: FORBIDDEN with a "denied" audit entry named `action`.
 */
export function requires(
  permission: Permission | readonly Permission[],
  action: string,
): { requires: RouteRequirement } {
  return { requires: { permission, action } };
}

/**
 * Checks each route's `requires` after the session plugin has signed the caller in and
 * checked the CSRF token, and before Fastify reads the body. The answer is the use case's
 * own (`authorize`): the same status, code and audit entry, so moving the check earlier
 * changes nothing a caller or an auditor can see except that no time is spent on the body.
 */
export const routePermissionPlugin = fp<{ deps: Deps }>(async (app, { deps }) => {
  app.addHook('onRequest', async (request) => {
    const requirement = request.routeOptions.config.requires;
    if (requirement === undefined || request.sessionContext === null) return;
    const actor = actorOf(request.sessionContext);
    const permissions: readonly Permission[] = [requirement.permission].flat();
    if (permissions.some((permission) => isPermitted(actor, permission))) return;
    await authorize(deps, actor, permissions[0]!, requirement.action);
  });
});
