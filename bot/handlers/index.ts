export { HANDLERS } from './table.js';
export { decide } from './decide.js';
export { cardFor, modelFor, rolePeople, type CardExtras } from './card-for.js';
export { enterEvent, readDraft } from './read-entry.js';
export { errorCard } from './error-card.js';
export { submitUpdate, updateCard } from './key-action.js';
export type { ActionData, Handler, HandlerContext, HandlerTable } from './context.js';
