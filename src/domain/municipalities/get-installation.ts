import type { Actor } from '../access/actor.js';
import type { Deps } from '../deps.js';
import { isInstallationAdmin } from './create-municipality-as-installation-admin.js';
import type { Municipality } from './municipality.js';

interface Installation {
  /** Whether the actor may create municipalities: the web app shows the page only then. */
  isInstallationAdmin: boolean;
  /** Every municipality of the installation: empty for anyone but its administrators. */
  municipalities: Municipality[];
}

/** What an installation admin sees of the installation; nothing for anyone else. */
export async function getInstallation(deps: Deps, actor: Actor): Promise<Installation> {
  if (!(await isInstallationAdmin(deps, actor))) {
    return { isInstallationAdmin: false, municipalities: [] };
  }
  return { isInstallationAdmin: true, municipalities: await deps.store.municipalities.list() };
}
