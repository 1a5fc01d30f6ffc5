import type { MouseEvent } from 'react';
import { useT } from '../i18n/i18n-context';

export const mainContentId = 'main-content';

/**
 * The first thing a keyboard reaches. It moves focus by script rather than by changing the URL
 * fragment, because some pages (invitation, password reset) carry their token in the fragment.
 */
export function SkipLink() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const main = document.getElementById(mainContentId);
    main?.focus();
    main?.scrollIntoView();
  };
  return (
    <a className="skip-link" href={`#${mainContentId}`} onClick={skip}>
      {t.app.skipToContent}
    </a>
  );
}
