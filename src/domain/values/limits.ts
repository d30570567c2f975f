// The text limits, once, for every channel: the tab's inputs, the bot's cards and typed replies, the
// API's zod bodies and the application's checks read them from here, so a figure accepted in one
// place is never refused in another. 4,000 characters is a long paragraph of commentary; SharePoint
// "multiple lines of text" columns hold far more, so the limit is about readers, not storage. 2,048
// is the longest web address that every browser and SharePoint's hyperlink column take.

/** Commentary on a figure, an action plan's text, a key action's progress note. */
export const MAX_COMMENTARY = 4000;
/** Why a figure is not available; why a return is sent back. */
export const MAX_REASON = 2000;
/** An evidence link or any other web address. */
export const MAX_URL = 2048;
/** The version a person saw (a SharePoint ETag or a SQLite counter). */
export const MAX_VERSION = 100;
/** Corrective actions on one action plan: a plan is a short list of things to do. */
export const MAX_CORRECTIVE_ACTIONS = 20;
