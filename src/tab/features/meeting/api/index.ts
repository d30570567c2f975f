export { getStage, putStage, type StageState } from './stage.js';
