// Where quarter-complete cards go: the `settings` item with key `reportChannel`, value
// { conversationId: '19:…@thread.tacv2', serviceUrl?, tenantId? } — the Teams channel's id, set by
// the performance team typing `post reports here` in that channel. Every change is audited.
import type { AppDeps } from '../../src/app/deps.js';
import type { WriteContext } from '../../src/domain/ports/store.js';

export const REPORT_CHANNEL_SETTING = 'reportChannel';
/** The id a first setting is created with, so two admins at once cannot make two items. */
const SETTING_ID = 'report-channel';

export interface ChannelTarget {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

async function settingItem(deps: AppDeps) {
  const [item] = await deps.store.query('settings', { key: REPORT_CHANNEL_SETTING });
  return item ?? null;
}

/** The configured channel's id as stored, or null (whether or not a service URL is known). */
export async function reportChannelId(deps: AppDeps): Promise<string | null> {
  const value = (await settingItem(deps))?.fields.value as Record<string, unknown> | null;
  return text(value?.conversationId);
}

/**
 * The channel to post to. Without a stored service URL, the one of any known chat is used (Teams
 * has one per region).
 */
export async function reportChannel(deps: AppDeps): Promise<ChannelTarget | null> {
  const value = ((await settingItem(deps))?.fields.value ?? null) as Record<string, unknown> | null;
  const conversationId = text(value?.conversationId);
  if (!conversationId) return null;
  let serviceUrl = text(value?.serviceUrl);
  let tenantId = text(value?.tenantId);
  if (!serviceUrl) {
    const [known] = await deps.store.query('conversations', {}, { top: 1 });
    if (!known) return null;
    serviceUrl = known.fields.serviceUrl;
    tenantId ??= known.fields.tenantId;
  }
  return { conversationId, serviceUrl, tenantId };
}

/** Creates or replaces the setting; a ConflictError means someone changed it at the same moment. */
export async function saveReportChannel(
  deps: AppDeps,
  target: ChannelTarget,
  ctx: WriteContext,
): Promise<void> {
  const value = { ...target };
  const item = await settingItem(deps);
  if (item) await deps.store.update('settings', item.id, item.version, { value }, ctx);
  else await deps.store.create('settings', { key: REPORT_CHANNEL_SETTING, value }, ctx, SETTING_ID);
}

/** Removes the setting; false when there was none. */
export async function clearReportChannel(deps: AppDeps, ctx: WriteContext): Promise<boolean> {
  const item = await settingItem(deps);
  if (!item) return false;
  await deps.store.delete('settings', item.id, item.version, ctx);
  return true;
}
