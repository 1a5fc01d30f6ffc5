import { createContext, useContext } from 'react';
import type { Locale } from '../api/types';
import type { Messages } from './sv';

export interface I18nContextValue {
  locale: Locale;
  /** The catalog of the chosen language. */
  t: Messages;
  /** A choice the person makes (the language switch). */
  setLocale: (locale: Locale, options: { isSignedIn: boolean }) => void;
  /** Takes over the language saved on the account (at sign-in, or when the app starts). */
  adoptAccountLocale: (locale: Locale) => void;
  /** Counts the language on screen as chosen: the next sign-in saves it to the account. */
  keepCurrentLocaleForSignIn: () => void;
  /** The language chosen before signing in, once: sign-in saves it to the account. */
  takeChoiceWhileSignedOut: () => Locale | null;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside I18nProvider.');
  return value;
}

/** The message catalog of the chosen language: `const t = useT(); t.login.title`. */
export function useT(): Messages {
  return useI18n().t;
}
