import { useCurrentUser } from './session';
import type { Role } from './types';
// The server's own table: what the web shows and what the API allows cannot drift apart.
import { permissionsOf, type Permission } from '../../../src/domain/access/permissions';

export {
  permissions,
  permissionsOf,
  type Permission,
} from '../../../src/domain/access/permissions';

/** Whether a holder of `roles` may do any of `wanted` (the server decides by the same table). */
export function can(roles: readonly Role[], ...wanted: Permission[]): boolean {
  const held = permissionsOf(roles);
  return wanted.some((permission) => held.includes(permission));
}

/**
 * The signed-in user's permissions, for showing only the menu items and buttons they can use:
 * `const may = useCan(); may('plan.manage')`.
 */
export function useCan(): (...wanted: Permission[]) => boolean {
  const { roles } = useCurrentUser();
  return (...wanted) => can(roles, ...wanted);
}
