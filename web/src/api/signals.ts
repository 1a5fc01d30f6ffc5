import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RegisterSignalInput, SignalFilter, UpdateSignalInput } from './early-warning-types';
import type { PeriodKind } from './types';

/** The register, newest first (coordinators and analysts). */
export function useSignals(filter: SignalFilter) {
  return useQuery({
    queryKey: ['signals', 'list', filter],
    queryFn: () => api.get('/api/signals', { query: { ...filter } }),
    placeholderData: (previous) => previous,
  });
}

export function useSignal(id: string | undefined) {
  return useQuery({
    queryKey: ['signals', 'one', id],
    queryFn: () => api.get('/api/signals/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** Counts without text, for every role: by category, district and status. */
export function useSignalCounts(period: PeriodKind, key: string) {
  return useQuery({
    queryKey: ['signals', 'counts', period, key],
    queryFn: () => api.get('/api/signals/counts', { query: { period, key } }),
    placeholderData: (previous) => previous,
  });
}

export function useRegisterSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegisterSignalInput) => api.post('/api/signals', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signals'] }),
  });
}

export function useUpdateSignal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateSignalInput) =>
      api.patch('/api/signals/{id}', { path: { id }, body: input }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['signals', 'one', id], saved);
      await queryClient.invalidateQueries({ queryKey: ['signals'] });
    },
  });
}
