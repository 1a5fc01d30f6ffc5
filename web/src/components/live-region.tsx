import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const LiveRegionContext = createContext<Announce>(() => undefined);

/**
 * The app's one polite live region, always in the page, for confirmations ("Saved") and form
 * error summaries: screen readers read what is put into it without moving focus (WCAG 4.1.3).
 * Each message replaces the last one; a new key makes a repeated message count as new.
 */
export function LiveRegionProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState({ text: '', serial: 0 });
  const announce = useCallback<Announce>((text) => {
    setMessage((current) => ({ text, serial: current.serial + 1 }));
  }, []);
  return (
    <LiveRegionContext.Provider value={announce}>
      {children}
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        id="live-region"
        data-testid="live-region"
      >
        <span key={message.serial}>{message.text}</span>
      </div>
    </LiveRegionContext.Provider>
  );
}

/** Says something through the live region: `const announce = useAnnounce(); announce(text)`. */
export function useAnnounce(): Announce {
  return useContext(LiveRegionContext);
}
