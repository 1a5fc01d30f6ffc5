import { useEffect } from 'react';
import { useT } from '../i18n/i18n-context';

/** Names the browser tab after the page, so each page has its own title (WCAG 2.4.2). */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t.app.pageTitle(page);
  }, [page, t]);
}
