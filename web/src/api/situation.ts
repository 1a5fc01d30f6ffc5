import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { useState } from 'react';
import { api, apiDownload, apiUpload, type DownloadedFile, type UploadProgress } from './client';
import { everyValueOf, type BodyOf, type QueryOf } from './contract';
import type {
  IncidentPage,
  Locale,
  PeriodKind,
  ReportedIncidents,
  ReportInput,
  ReviewDecision,
} from './types';

/** The municipality's categories, retired ones included (old incidents still name them). */
export function useTaxonomy() {
  return useQuery({
    queryKey: ['taxonomy'],
    queryFn: () => api.get('/api/taxonomy'),
    select: (data) => data.categories,
    // Changes seldom; a reporter without a connection still needs it for the form.
    staleTime: 30 * 60_000,
    gcTime: Infinity,
  });
}

/** Every district of every layer, as GeoJSON. */
export function useDistricts() {
  return useQuery({
    queryKey: ['districts'],
    queryFn: () => api.get('/api/districts'),
    staleTime: 30 * 60_000,
    gcTime: Infinity,
  });
}

export function useSituationPicture(period: PeriodKind, key: string | null, locale: Locale) {
  return useQuery({
    queryKey: ['situation', period, key, locale],
    queryFn: () => api.get('/api/situation', { query: { period, key: key ?? '', lang: locale } }),
    enabled: key !== null,
    placeholderData: (previous) => previous,
  });
}

/** Which incidents to list or export; from and to are ISO instants. */
export type IncidentFilter = Omit<QueryOf<'/api/incidents/export'>, 'format'>;

const incidentPageSize = 25;

/** Incidents, newest reported first, a page at a time. */
export function useIncidents(filter: IncidentFilter, options: { isEnabled?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: ['incidents', 'list', filter],
    queryFn: ({ pageParam }) =>
      api.get('/api/incidents', {
        query: {
          ...filter,
          limit: incidentPageSize,
          beforeOccurredAt: pageParam?.occurredAt,
          beforeId: pageParam?.id,
        },
      }),
    initialPageParam: null as IncidentPage['next'],
    getNextPageParam: (lastPage) => lastPage.next,
    enabled: options.isEnabled ?? true,
  });
}

/** A short list of incidents (suggestions for a duplicate), without paging. */
export function useIncidentCandidates(filter: IncidentFilter, isEnabled: boolean) {
  return useQuery({
    queryKey: ['incidents', 'candidates', filter],
    queryFn: () => api.get('/api/incidents', { query: { ...filter, limit: 50 } }),
    select: (page) => page.incidents,
    enabled: isEnabled,
  });
}

export function useIncident(id: string | undefined) {
  return useQuery({
    queryKey: ['incidents', 'one', id],
    queryFn: () => api.get('/api/incidents/{id}', { path: { id: id ?? '' } }),
    enabled: id !== undefined,
  });
}

/** After anything that changes incidents: the lists, the review queue and the picture. */
export async function refreshIncidentViews(queryClient: QueryClient): Promise<void> {
  await queryClient.invalidateQueries({ queryKey: ['incidents'] });
  await queryClient.invalidateQueries({ queryKey: ['situation'] });
}

export function useReviewIncident() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, review }: { id: string; review: ReviewDecision }) =>
      api.post('/api/incidents/{id}/review', { path: { id }, body: review }),
    onSuccess: () => refreshIncidentViews(queryClient),
  });
}

/** Files a report. Used by the form and by the queue of reports waiting for a connection. */
export function postReport(report: ReportInput): Promise<ReportedIncidents> {
  return api.post('/api/reports', { body: report });
}

export function useImportRuns() {
  return useQuery({
    queryKey: ['import-runs'],
    queryFn: () => api.get('/api/import-runs'),
    select: (data) => data.runs,
  });
}

export type PoliceImportInput = BodyOf<'/api/imports/police-events', 'post'>;

/** The police import, with the upload's progress (null before the first report of it). */
export function useImportPoliceEvents() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: PoliceImportInput) => {
      setProgress(null);
      return apiUpload('post', '/api/imports/police-events', { body: input }, setProgress);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['import-runs'] });
      await refreshIncidentViews(queryClient);
    },
  });
  return { ...mutation, progress };
}

export type ExportFormat = NonNullable<QueryOf<'/api/incidents/export'>['format']>;
export const exportFormats = everyValueOf<ExportFormat>()(['csv', 'xlsx', 'geojson']);

export interface ExportedIncidents extends DownloadedFile {
  format: ExportFormat;
  /** The server stops at 100,000 incidents and says so in a header. */
  isTruncated: boolean;
}

/** How far a download has come: bytes received, of a total when the server gave one. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** The filtered incidents as a file, with the download's progress. */
export function useExportIncidents() {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: async ({
      filter,
      format,
    }: {
      filter: IncidentFilter;
      format: ExportFormat;
    }): Promise<ExportedIncidents> => {
      setProgress({ received: 0, total: null });
      const file = await apiDownload(
        '/api/incidents/export',
        { query: { ...filter, format } },
        (received, total) => setProgress({ received, total }),
      );
      return { ...file, format, isTruncated: file.headers.get('x-tryggve-truncated') === 'true' };
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
