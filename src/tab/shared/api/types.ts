// The API's shapes, from the one contract the server validates with (src/api), as types only
// (erased at build), so the tab and the server cannot drift apart silently.
export type * from '../../../api/index.js';
