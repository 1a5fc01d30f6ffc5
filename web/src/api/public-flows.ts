import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { useSetSessionUser } from './session';

/** Who an invitation is for. A POST, so the token never lands in a server's access log. */
export function useInvitation(token: string | null) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post('/api/invitations/lookup', { body: { token: token ?? '' } }),
    enabled: token !== null,
    staleTime: Infinity,
  });
}

export function useAcceptInvitation() {
  const setSessionUser = useSetSessionUser();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api.post('/api/invitations/accept', { body: input }),
    onSuccess: ({ user }) => setSessionUser(user),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string }) => api.post('/api/password-resets', { body: input }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; newPassword: string }) =>
      api.post('/api/password-resets/confirm', { body: input }),
  });
}
