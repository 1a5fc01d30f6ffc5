import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from './client';

export interface PoliceTypeMapping {
  policeType: string;
  /** A category code; null: the type is not an incident. */
  categoryCode: string | null;
}

export interface PoliceTypeMappings {
  defaults: PoliceTypeMapping[];
  own: (PoliceTypeMapping & { updatedAt: string })[];
}

const key = ['police-type-mappings'];

/** The default police type → category mapping and the municipality's own entries. */
export function usePoliceTypeMappings() {
  return useQuery({
    queryKey: key,
    queryFn: () => api.get<PoliceTypeMappings>('/police-type-mappings'),
  });
}

/** Sets the municipality's own category for a type (audited; the next import applies it). */
export function useSetPoliceTypeMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: PoliceTypeMapping) => api.put<unknown>('/police-type-mappings', mapping),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Goes back to the default for a type. */
export function useResetPoliceTypeMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policeType: string) =>
      apiRequest<undefined>('DELETE', '/police-type-mappings', { body: { policeType } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
