// Reminders in Teams chat: the digest card and the proactive sender the nudge cycle uses.
export { digestCard, MAX_DIGEST_ITEMS, type TabLink } from './digest-card.js';
export {
  createConnectorDigestSender,
  digestActivity,
  type ConnectorSenderOptions,
} from './connector-sender.js';
export { botFrameworkToken } from './bot-token.js';
export {
  createGraphAppInstaller,
  type AppInstaller,
  type AppInstallerOptions,
  type GraphCalls,
} from './graph-app-installer.js';
export type { TenantDefaults } from './new-conversation.js';
export {
  installCredential,
  type InstallAuthSettings,
} from '../../src/platform/credentials/install-credential.js';
export { blockedReason, BLOCKED_SUB_CODE } from './teams-refusal.js';
