export { pollStage, putStage, type StagePoll, type StageState } from './stage.js';
