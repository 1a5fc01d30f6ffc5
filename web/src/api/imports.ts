import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiUpload, type UploadProgress } from './client';
import { refreshIncidentViews } from './situation';
import type { CsvPreview, ImportProfile, ImportRun, SavedImportProfile } from './types';

/** The municipality's saved CSV column mappings. */
export function useImportProfiles() {
  return useQuery({
    queryKey: ['import-profiles'],
    queryFn: () => api.get<{ profiles: SavedImportProfile[] }>('/import-profiles'),
    select: (data) => data.profiles,
  });
}

/** Saves a mapping: a new profile, or changes to one (with `id`). */
export function useSaveImportProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: ImportProfile & { id?: string }) =>
      api.post<SavedImportProfile>('/import-profiles', profile),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['import-profiles'] }),
  });
}

/** The header and first rows of a CSV file, with the upload's progress. */
export function usePreviewCsv() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => {
      setProgress(null);
      return apiUpload<CsvPreview>('/imports/csv/preview', { text }, setProgress);
    },
  });
  return { ...mutation, progress };
}

export interface CsvImportInput {
  fileName: string;
  text: string;
  organisationId: string;
  profileId?: string;
  profile?: ImportProfile;
  isSkippingBadRows: boolean;
}

/** The CSV import, with the upload's progress (null before the first report of it). */
export function useImportCsv() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: CsvImportInput) => {
      setProgress(null);
      return apiUpload<ImportRun>('/imports/csv', input, setProgress);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['import-runs'] });
      await refreshIncidentViews(queryClient);
    },
  });
  return { ...mutation, progress };
}
