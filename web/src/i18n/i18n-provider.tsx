import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Locale } from '../api/types';
import { en } from './en';
import { I18nContext, type I18nContextValue } from './i18n-context';
import { sv } from './sv';

const catalogs = { sv, en } as const;
const storageKey = 'tryggve.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : 'sv';
  } catch {
    return 'sv'; // Storage can be off (private mode, policy): Swedish is the default anyway.
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Not being able to remember the choice is no reason to refuse it.
  }
}

/** Holds the chosen language, remembers it in localStorage and keeps `<html lang>` in step. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(readStoredLocale);
  const choiceWhileSignedOut = useRef<Locale | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale, options: { isSignedIn: boolean }) => {
    choiceWhileSignedOut.current = options.isSignedIn ? null : next;
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const adoptAccountLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const keepCurrentLocaleForSignIn = useCallback(() => {
    choiceWhileSignedOut.current = locale;
  }, [locale]);

  const takeChoiceWhileSignedOut = useCallback(() => {
    const choice = choiceWhileSignedOut.current;
    choiceWhileSignedOut.current = null;
    return choice;
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      locale,
      t: catalogs[locale],
      setLocale,
      adoptAccountLocale,
      keepCurrentLocaleForSignIn,
      takeChoiceWhileSignedOut,
    }),
    [locale, setLocale, adoptAccountLocale, keepCurrentLocaleForSignIn, takeChoiceWhileSignedOut],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
