// Where the bot's channel cards go: the `settings` item with key `reportChannel` (quarter-complete
// cards) or `leadershipChannel` (strategic dashboard editions), value
// { conversationId: '19:…@thread.tacv2', serviceUrl?, tenantId? } — the Teams channel's id, set by
// the performance team typing `post reports here` (or `post dashboards here`) in that channel.
// Every change is audited. Without a leadership channel, editions go to the report channel: the
// performance team's channel is where a council starts, and one card is better than none.
import type { AppDeps } from '../../src/app/deps.js';
import type { WriteContext } from '../../src/domain/ports/store.js';

export interface ChannelSetting {
  key: string;
  /** The id a first setting is created with, so two admins at once cannot make two items. */
  id: string;
}

export const REPORT_CHANNEL: ChannelSetting = { key: 'reportChannel', id: 'report-channel' };
export const LEADERSHIP_CHANNEL: ChannelSetting = {
  key: 'leadershipChannel',
  id: 'leadership-channel',
};
export const REPORT_CHANNEL_SETTING = REPORT_CHANNEL.key;

export interface ChannelTarget {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

async function settingItem(deps: AppDeps, setting: ChannelSetting) {
  const [item] = await deps.store.query('settings', { key: setting.key });
  return item ?? null;
}

/** The configured channel's id as stored, or null (whether or not a service URL is known). */
export async function reportChannelId(
  deps: AppDeps,
  setting: ChannelSetting = REPORT_CHANNEL,
): Promise<string | null> {
  const value = (await settingItem(deps, setting))?.fields.value as Record<string, unknown> | null;
  return text(value?.conversationId);
}

/**
 * The channel to post to. Without a stored service URL, the one of any known chat is used (Teams
 * has one per region).
 */
export async function reportChannel(
  deps: AppDeps,
  setting: ChannelSetting = REPORT_CHANNEL,
): Promise<ChannelTarget | null> {
  const value = ((await settingItem(deps, setting))?.fields.value ?? null) as Record<
    string,
    unknown
  > | null;
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
  setting: ChannelSetting = REPORT_CHANNEL,
): Promise<void> {
  const value = { ...target };
  const item = await settingItem(deps, setting);
  if (item) await deps.store.update('settings', item.id, item.version, { value }, ctx);
  else await deps.store.create('settings', { key: setting.key, value }, ctx, setting.id);
}

/** Removes the setting; false when there was none. */
export async function clearReportChannel(
  deps: AppDeps,
  ctx: WriteContext,
  setting: ChannelSetting = REPORT_CHANNEL,
): Promise<boolean> {
  const item = await settingItem(deps, setting);
  if (!item) return false;
  await deps.store.delete('settings', item.id, item.version, ctx);
  return true;
}

/** Where strategic dashboard editions go: the leadership channel, else the report channel. */
export async function leadershipChannel(deps: AppDeps): Promise<ChannelTarget | null> {
  return (await reportChannel(deps, LEADERSHIP_CHANNEL)) ?? reportChannel(deps);
}
