export { ConfigPage, meetingContentUrl } from './components/config-page.js';
export { SidePanel } from './components/side-panel.js';
export { StageView, type StageRoute } from './components/stage-view.js';
