export { ensureTabBuilt, tabIsStale } from './build-tab.js';
export { startTestServer, type TestServer } from './test-server.js';
export { launchChromium, CHROMIUM } from './browser.js';
export { axeProblems, type A11yProblem } from './a11y.js';
export { screenshot, SCREENSHOT_DIR } from './screenshots.js';
export {
  openPage,
  returnCard,
  sectionHeading,
  signInAs,
  switchPerson,
  waitForStatus,
} from './tab-actions.js';
export {
  HOST_ORIGIN,
  TAB_ORIGIN,
  hostRecord,
  openInTeams,
  type HostOptions,
} from './teams-host.js';
export {
  startFakeEntra,
  tenantServerOptions,
  FAKE_CLIENT,
  FAKE_HOST,
  FAKE_TENANT,
  type FakeEntra,
} from './fake-entra.js';
export { assertFocusVisible, focusedName, tabTo } from './keyboard.js';
export { tabSuite, type TabSuite } from './suite.js';
export { inkOf, inkShare } from './ink.js';
export { checkTabFrame } from './frame-check.js';
export { openStageAs, openTabAs, routeTeamsHost } from './teams-host.js';
