import { SegmentedControl } from '@mantine/core';
import { useSession, useUpdateAccount } from '../api/session';
import { locales, type Locale } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

/**
 * Svenska / English. Each name is written in its own language (and marked so with `lang`). When
 * signed in, the choice is also saved on the account.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  const updateAccount = useUpdateAccount();
  const isSignedIn = Boolean(session.data?.user);

  const change = (next: string) => {
    if (next !== 'sv' && next !== 'en') return;
    setLocale(next, { isSignedIn });
    if (isSignedIn) updateAccount.mutate({ locale: next });
  };

  return (
    <SegmentedControl
      size={size}
      aria-label={t.language.label}
      value={locale}
      onChange={change}
      data={locales.map((value: Locale) => ({
        value,
        label: <span lang={value}>{t.language.names[value]}</span>,
      }))}
    />
  );
}
