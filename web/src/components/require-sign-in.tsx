import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { FullPageLoader } from './full-page-loader';

/** Sends a signed-out visitor to the sign-in page, remembering where they were going. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <FullPageLoader />;
  if (!session.data?.user) {
    return (
      <Navigate to="/logga-in" replace state={{ from: location.pathname + location.search }} />
    );
  }
  // A session that still lacks its second factor can do nothing else (issue 17).
  if (session.data.user.pendingStep !== null) return <Navigate to="/andra-faktor" replace />;
  return children;
}

export function hasRole(roles: readonly Role[], role: Role): boolean {
  return roles.includes(role);
}
