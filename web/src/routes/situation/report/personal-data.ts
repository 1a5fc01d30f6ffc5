import { useEffect, useMemo, useState } from 'react';

import type * as GuardModule from '../../../../../src/domain/incidents/personal-data-guard';

type Guard = typeof GuardModule;

let loading: Promise<Guard | null> | null = null;

/**
 * The server's own personal-data guard (src/domain/incidents/personal-data-guard.ts, pure and
 * without Node imports), in a chunk of its own. If a browser cannot load it (its regular
 * expressions need lookbehind), the form works without the early warning: the server masks
 * anyway.
 */
export function loadPersonalDataGuard(): Promise<Guard | null> {
  loading ??= import('../../../../../src/domain/incidents/personal-data-guard').catch(() => null);
  return loading;
}

/** The kinds of personal data found in a text, in the order they first appear. */
export function usePersonalDataKinds(text: string): string[] {
  const [guard, setGuard] = useState<Guard | null>(null);
  useEffect(() => {
    let isActive = true;
    void loadPersonalDataGuard().then((loaded) => {
      if (isActive) setGuard(loaded);
    });
    return () => {
      isActive = false;
    };
  }, []);
  return useMemo(
    () =>
      guard === null || text.trim() === ''
        ? []
        : [...new Set(guard.findPersonalData(text).map((match) => match.kind))],
    [guard, text],
  );
}

/**
 * The text with its personal data masked, for the copy a report keeps on the device while it
 * waits for a connection: what the server would store anyway, and nothing more.
 */
export async function maskForDevice(text: string): Promise<string> {
  const guard = await loadPersonalDataGuard();
  if (guard === null) return text;
  return guard.maskPersonalData(text, guard.findPersonalData(text));
}
