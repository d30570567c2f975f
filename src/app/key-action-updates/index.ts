// Public surface of key-action progress updates: opening them as periods end, My work, and the
// owner's and service head's decisions.
export { blankUpdate, openDueKeyActionUpdates } from './open-updates.js';
export { myKeyActionUpdates, type MyKeyActionUpdates } from './my-updates.js';
export { getKeyActionUpdate, loadUpdate } from './load.js';
export {
  checkKeyActionUpdate,
  completeEntry,
  sendBackKeyActionUpdate,
  submitKeyActionUpdate,
  type EntryInput,
} from './act-on-update.js';
export { checkerIdFor, rolesFor } from './roles.js';
export { keyActionUpdateAudit } from './update-audit.js';
export {
  allowedFor,
  buildUpdateView,
  type KeyActionUpdateView,
  type StoredUpdate,
  type UpdateAction,
} from './update-view.js';
