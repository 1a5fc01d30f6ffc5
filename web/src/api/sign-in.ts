import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, hrefOf } from './client';
import type { BodyOf } from './contract';
import { sessionQueryKey, useSetSessionUser } from './session';

/** The municipality's provider for an address's domain ("Logga in med …"), or null. */
export function useProviderOffer(email: string) {
  const domain = email.includes('@') ? (email.split('@').pop()?.trim() ?? '') : '';
  return useQuery({
    queryKey: ['sign-in-provider', domain.toLowerCase()],
    queryFn: () => api.get('/api/sign-in/provider', { query: { email: `x@${domain}` } }),
    enabled: domain.includes('.'),
    staleTime: 300_000,
  });
}

/** Where the browser goes to sign in at the provider: a full-page navigation, not a fetch. */
export function providerSignInHref(municipalityId: string): string {
  return hrefOf('/api/oidc/start', { query: { municipalityId } });
}

export function useStartSecondFactorEnrolment() {
  return useMutation({ mutationFn: () => api.post('/api/account/second-factor/enrolment') });
}

export function useConfirmSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/account/second-factor/confirmation', 'post'>) =>
      api.post('/api/account/second-factor/confirmation', { body: input }),
    // The session is a full one now: its user no longer has a pending step.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}

export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  const setSessionUser = useSetSessionUser();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/account/second-factor/verification', 'post'>) =>
      api.post('/api/account/second-factor/verification', { body: input }),
    onSuccess: ({ user }) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      setSessionUser(user);
    },
  });
}

export const signInSettingsQueryKey = ['sign-in-settings'] as const;

export function useSignInSettings() {
  return useQuery({
    queryKey: signInSettingsQueryKey,
    queryFn: () => api.get('/api/municipality/sign-in'),
  });
}

export function useConfigureProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/municipality/sign-in/provider', 'put'>) =>
      api.put('/api/municipality/sign-in/provider', { body: input }),
    onSuccess: (settings) => queryClient.setQueryData(signInSettingsQueryKey, settings),
  });
}

export function useUpdateSignInPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/municipality/sign-in/policy', 'put'>) =>
      api.put('/api/municipality/sign-in/policy', { body: input }),
    onSuccess: (settings) => queryClient.setQueryData(signInSettingsQueryKey, settings),
  });
}
