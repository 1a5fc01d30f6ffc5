import { useEffect, useRef } from 'react';
import { useUpdateAccount } from '../api/session';
import type { SessionUser } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

/**
 * Keeps the interface language and the account's language in step:
 * - when a person signs in (or the app starts signed in), the account's language is used,
 *   unless they picked a language on the sign-in page just before: then that is saved instead;
 * - later changes go the other way, through the language switch (PATCH /api/account).
 */
export function useAccountLocaleSync(user: SessionUser | null): void {
  const { locale, adoptAccountLocale, takeChoiceWhileSignedOut } = useI18n();
  const updateAccount = useUpdateAccount();
  const { mutate } = updateAccount;
  const lastSeen = useRef<{ userId: string; locale: string } | null>(null);

  useEffect(() => {
    if (user === null) {
      lastSeen.current = null;
      return;
    }
    const previous = lastSeen.current;
    if (previous?.userId === user.id && previous.locale === user.locale) return;
    lastSeen.current = { userId: user.id, locale: user.locale };

    const isNewSignIn = previous?.userId !== user.id;
    const choice = isNewSignIn ? takeChoiceWhileSignedOut() : null;
    if (choice !== null && choice !== user.locale) {
      mutate({ locale: choice });
    } else if (user.locale !== locale) {
      adoptAccountLocale(user.locale);
    }
  }, [user, locale, adoptAccountLocale, takeChoiceWhileSignedOut, mutate]);
}
