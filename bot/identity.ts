// Who is speaking: the person whose Entra object id the activity carries (Teams puts it in
// from.aadObjectId on every message and invoke). In local mode only, a configured "local user"
// stands in for chat users the server does not know, such as the Agents Playground's default user.
import type { Activity } from 'botbuilder';
import type { AppDeps } from '../src/app/deps.js';

export interface IdentityOptions {
  mode: 'local' | 'tenant';
  /** GT_BOT_LOCAL_USER: a person id; local mode only (config refuses it in tenant mode). */
  localUser?: string;
}

export async function personIdFor(
  deps: AppDeps,
  activity: Partial<Activity>,
  options: IdentityOptions,
): Promise<string | null> {
  const aad = activity.from?.aadObjectId;
  if (aad && (await deps.store.get('people', aad))) return aad;
  if (options.mode !== 'local') return null;
  if (options.localUser && (await deps.store.get('people', options.localUser))) {
    return options.localUser;
  }
  return null;
}
