import { useI18n } from '../i18n-context';
import { meetingsEn } from './en';
import { meetingsSv, type MeetingsMessages } from './sv';

/** The meetings' catalog in the chosen language: `const m = useMeetingsT(); m.agenda.heading`. */
export function useMeetingsT(): MeetingsMessages {
  return useI18n().locale === 'en' ? meetingsEn : meetingsSv;
}
