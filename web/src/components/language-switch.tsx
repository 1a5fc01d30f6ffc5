import { Button, Group } from '@mantine/core';
import { useSession, useUpdateAccount } from '../api/session';
import { locales, type Locale } from '../api/types';
import { useI18n } from '../i18n/i18n-context';

/**
 * Svenska / English: two buttons, the chosen one pressed. Each name is written in its own
 * language and marked so with `lang` on the button. Buttons, not radio buttons: arrow keys in a
 * radio group would switch the whole interface at every step (WCAG 3.2.2). When signed in, the
 * choice is also saved on the account.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, locale, setLocale } = useI18n();
  const session = useSession();
  const updateAccount = useUpdateAccount();
  const isSignedIn = Boolean(session.data?.user);

  const change = (next: Locale) => {
    if (next === locale) return;
    setLocale(next, { isSignedIn });
    if (isSignedIn) updateAccount.mutate({ locale: next });
  };

  return (
    <Group gap={4} role="group" aria-label={t.language.label} wrap="nowrap">
      {locales.map((value: Locale) => (
        <Button
          key={value}
          size={size}
          variant={value === locale ? 'filled' : 'default'}
          lang={value}
          aria-pressed={value === locale}
          onClick={() => change(value)}
        >
          {t.language.names[value]}
        </Button>
      ))}
    </Group>
  );
}
