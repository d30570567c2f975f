export { createNotifier, type Notifier, type NotifierOptions } from './notifier.js';
export {
  createChannelNotifier,
  reportChannel,
  REPORT_CHANNEL_SETTING,
  type ChannelNotifierOptions,
  type ChannelTarget,
} from './channel-notifier.js';
