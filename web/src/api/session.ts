import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BodyOf, ResponseOf } from './contract';
import type { SessionUser } from './types';

export const sessionQueryKey = ['session'] as const;

type SessionResponse = ResponseOf<'/api/session'>;

/** The signed-in person, or null. Loading it also makes the server set the CSRF cookie. */
export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: () => api.get('/api/session'),
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
    mutationFn: (input: BodyOf<'/api/session', 'post'>) =>
      api.post('/api/session', { body: input }),
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
    mutationFn: async () => {
      // Asked before the session ends: where the provider's session ends too (issue 17).
      const endSessionUrl = await api.get('/api/session/end-session-url').then(
        ({ url }) => url,
        () => null,
      );
      await api.delete('/api/session');
      return endSessionUrl;
    },
    onSuccess: (endSessionUrl) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData<SessionResponse>(sessionQueryKey, { user: null });
      if (endSessionUrl) window.location.assign(endSessionUrl);
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
    mutationFn: (input: BodyOf<'/api/account', 'patch'>) =>
      api.patch('/api/account', { body: input }),
    onSuccess: ({ user }) => setSessionUser(user),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: BodyOf<'/api/account/password', 'post'>) =>
      api.post('/api/account/password', { body: input }),
  });
}
