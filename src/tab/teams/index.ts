export { TeamsProvider, useTeams, type TeamsState } from './teams-provider.js';
export { createStandInHost } from './stand-in-host.js';
export { looksLikeTeams } from './detect-teams.js';
export type { FrameContext, HostContext, HostTheme, TabConfig, TeamsHost } from './teams-host.js';
export { StageShareError } from './teams-host.js';
export { preloadTeamsSdk } from './teams-sdk-host.js';
