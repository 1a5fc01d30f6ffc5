import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { DecideAlarmInput, EarlyWarningSettings } from './early-warning-types';
import type { Locale, PeriodKind } from './types';

/** A week's alarms, each with its sentence in `locale` and its latest decision. */
export function useAlarms(weekKey: string | null, locale: Locale) {
  return useQuery({
    queryKey: ['alarms', weekKey, locale],
    queryFn: () => api.get('/api/alarms', { query: { key: weekKey ?? '', lang: locale } }),
    enabled: weekKey !== null,
    placeholderData: (previous) => previous,
  });
}

/** Acknowledges or dismisses an alarm, with a comment; the alarms are fetched again after. */
export function useDecideAlarm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecideAlarmInput) => api.post('/api/alarms/decisions', { body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['alarms'] }),
  });
}

/** Gi* hot and cold spots of a period on the H3 grid; fetched only while the layer is shown. */
export function useHotSpots(period: PeriodKind, key: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['hot-spots', period, key],
    queryFn: () => api.get('/api/hot-spots', { query: { period, key } }),
    enabled: isEnabled,
  });
}

/** Kernel density of a period's incidents; fetched only while the layer is shown. */
export function useHeat(period: PeriodKind, key: string, isEnabled: boolean) {
  return useQuery({
    queryKey: ['heat', period, key],
    queryFn: () => api.get('/api/heat', { query: { period, key } }),
    enabled: isEnabled,
  });
}

export interface NearRepeatRequest {
  category: string;
  period: PeriodKind;
  key: string;
  distanceBand: number;
  dayBand: number;
  seed?: number;
}

/** Knox test and near-repeat table of one category and period (analysts, coordinators). */
export function useNearRepeat(request: NearRepeatRequest | null) {
  return useQuery({
    queryKey: ['near-repeat', request],
    queryFn: () => api.get('/api/near-repeat', { query: request as NearRepeatRequest }),
    enabled: request !== null,
    staleTime: Infinity,
  });
}

export function useEarlyWarningSettings() {
  return useQuery({
    queryKey: ['early-warning-settings'],
    queryFn: () => api.get('/api/early-warning/settings'),
  });
}

export function useSaveEarlyWarningSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: EarlyWarningSettings) =>
      api.put('/api/early-warning/settings', { body: settings }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(['early-warning-settings'], saved);
      await queryClient.invalidateQueries({ queryKey: ['alarms'] });
      await queryClient.invalidateQueries({ queryKey: ['hot-spots'] });
      await queryClient.invalidateQueries({ queryKey: ['heat'] });
    },
  });
}
