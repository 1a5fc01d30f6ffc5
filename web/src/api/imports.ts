import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiUpload, type UploadProgress } from './client';
import type { BodyOf } from './contract';
import { refreshIncidentViews } from './situation';
import type { ImportProfile } from './types';

/** The municipality's saved CSV column mappings. */
export function useImportProfiles() {
  return useQuery({
    queryKey: ['import-profiles'],
    queryFn: () => api.get('/api/import-profiles'),
    select: (data) => data.profiles,
  });
}

/** Saves a mapping: a new profile, or changes to one (with `id`). */
export function useSaveImportProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ImportProfile & { id?: string }) =>
      api.post('/api/import-profiles', { body: profile }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['import-profiles'] }),
  });
}

/** The header and first rows of a CSV file, with the upload's progress. */
export function usePreviewCsv() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => {
      setProgress(null);
      return apiUpload('post', '/api/imports/csv/preview', { body: { text } }, setProgress);
    },
  });
  return { ...mutation, progress };
}

export type CsvImportInput = BodyOf<'/api/imports/csv', 'post'>;

/** The CSV import, with the upload's progress (null before the first report of it). */
export function useImportCsv() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: CsvImportInput) => {
      setProgress(null);
      return apiUpload('post', '/api/imports/csv', { body: input }, setProgress);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['import-runs'] });
      await refreshIncidentViews(queryClient);
    },
  });
  return { ...mutation, progress };
}
