export {
  createNotifier,
  type Notifier,
  type NotifierOptions,
  type ReturnNotice,
} from './notifier.js';
export { createFollowUps, errorSummary, type FollowUpLabel, type FollowUps } from './follow-ups.js';
export { createChannelNotifier, type ChannelNotifierOptions } from './channel-notifier.js';
export {
  clearReportChannel,
  leadershipChannel,
  LEADERSHIP_CHANNEL,
  REPORT_CHANNEL,
  reportChannel,
  reportChannelId,
  saveReportChannel,
  REPORT_CHANNEL_SETTING,
  type ChannelSetting,
  type ChannelTarget,
} from './report-channel-setting.js';
export { createBotNotifications, type BotNotificationsOptions } from './bot-notifications.js';
