import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Locale, SessionUser } from './types';

export const sessionQueryKey = ['session'] as const;

interface SessionResponse {
  user: SessionUser | null;
}

/** The signed-in person, or null. Loading it also makes the server set the CSRF cookie. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: () => api.get<SessionResponse>('/session'),
    staleTime: 60_000,
  });
}

/** The signed-in person; only for components rendered behind the sign-in guard. */
export function useCurrentUser(): SessionUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser needs a signed-in user (use RequireSignIn).');
  return data.user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.post<{ user: SessionUser }>('/session', input),
    onSuccess: ({ user }) => {
      // Everything cached belonged to no one (or someone else): start clean for this person.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, { user });
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>('/session'),
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, { user: null });
    },
  });
}

/** Puts a fresh user (after login, accepting an invitation or editing the account) in the cache. */
export function useSetSessionUser() {
  const queryClient = useQueryClient();
  return (user: SessionUser) => {
    queryClient.setQueryData<SessionResponse>(sessionQueryKey, { user });
  };
}

export function useUpdateAccount() {
  const setSessionUser = useSetSessionUser();
  return useMutation({
    mutationFn: (input: { locale?: Locale; displayName?: string }) =>
      api.patch<{ user: SessionUser }>('/account', input),
    onSuccess: ({ user }) => setSessionUser(user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api.post<void>('/account/password', input),
  });
}
