import '@mantine/core/styles.css';
import './app/app.css';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api/client';
import { sessionQueryKey } from './api/session';
import { App } from './app/app';
import { cssVariablesResolver, theme } from './app/theme';
import { trackFocusOutsideDialogs } from './components/focus-return';
import { LiveRegionProvider } from './components/live-region';
import { I18nProvider } from './i18n/i18n-provider';
import { registerServiceWorker } from './offline/register-service-worker';

/** When any request says the session is gone, forget the user: the guard sends them to sign-in. */
function forgetUserIfSignedOut(error: unknown): void {
  if (isApiError(error) && error.code === 'AUTH_REQUIRED') {
    queryClient.setQueryData(sessionQueryKey, { user: null });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: forgetUserIfSignedOut }),
  mutationCache: new MutationCache({ onError: forgetUserIfSignedOut }),
  defaultOptions: {
    queries: {
      // A 4xx will not get better by asking again; a network blip or a 5xx might.
      retry: (failureCount, error) =>
        failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Every dialog returns focus to the element that opened it (components/focus-return.ts).
trackFocusOutsideDialogs();
// The reporting page opens without a connection once it has been opened with one.
registerServiceWorker();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <LiveRegionProvider>
            <App />
          </LiveRegionProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
