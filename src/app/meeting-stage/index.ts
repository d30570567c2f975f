export {
  assertMayPresent,
  mayPresent,
  type MeetingRole,
  type MeetingRoles,
} from './meeting-roles.js';
export {
  createStageBoard,
  stageItemId,
  type StageBoard,
  type StageMove,
  type StageState,
} from './stage-board.js';
