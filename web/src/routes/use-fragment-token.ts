import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

function tokenOf(hash: string): string | null {
  const value = decodeURIComponent(hash.replace(/^#/, '')).trim();
  return value === '' ? null : value;
}

/**
 * Reads a token from the URL fragment (`/inbjudan#<token>`), then removes it from the address
 * bar, so it does not linger in history or on a shared screen. A fragment never reaches a
 * server, which is why e-mailed links put tokens there. A new fragment (a second link opened in
 * the same tab) replaces the token.
 */
export function useFragmentToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const fromAddress = tokenOf(location.hash);
  const [token, setToken] = useState(fromAddress);
  if (fromAddress !== null && fromAddress !== token) setToken(fromAddress);

  useEffect(() => {
    if (location.hash !== '') {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    }
  }, [location.hash, location.pathname, location.search, navigate]);

  return token;
}
