import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf } from './contract';

export type PoliceTypeMappings = ResponseOf<'/api/police-type-mappings'>;
/** A police type and its category code; null: the type is not an incident. */
export type PoliceTypeMapping = PoliceTypeMappings['defaults'][number];

const key = ['police-type-mappings'];

/** The default police type → category mapping and the municipality's own entries. */
export function usePoliceTypeMappings() {
  return useQuery({
    queryKey: key,
    queryFn: () => api.get('/api/police-type-mappings'),
  });
}

/** Sets the municipality's own category for a type (audited; the next import applies it). */
export function useSetPoliceTypeMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: PoliceTypeMapping) =>
      api.put('/api/police-type-mappings', { body: mapping }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Goes back to the default for a type. */
export function useResetPoliceTypeMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policeType: string) =>
      api.delete('/api/police-type-mappings', { body: { policeType } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
