// A progress update typed in chat: `KA12 on track 60% planning permission granted`,
// `WR-KA1 complete 100% done`, `KA3 some risk 40% contractor delayed`, `KA7 unlikely`. The code
// comes first (so it can never be read as a figure for a return), then the status in the words of
// the rating table, then an optional percentage, then the commentary.
import type { ActionStatus } from '../model/types.js';

export type KeyActionReply =
  | { ok: true; code: string; status: ActionStatus; percent: number | null; commentary: string }
  | { ok: false; error: string };

/** Key-action codes: `KA12`, `WR-KA1`, `CS-KA03`: optional prefixes, then `KA` and digits. */
const CODE = String.raw`(?:[A-Za-z0-9]{1,10}-)*KA\d{1,4}`;

const STATUS_WORDS: ReadonlyArray<[RegExp, ActionStatus]> = [
  [/^not[\s-]started\b/i, 'not-started'],
  [/^on[\s-]track\b/i, 'on-track'],
  [/^(?:some[\s-]risk|at[\s-]risk)\b/i, 'some-risk'],
  [/^unlikely\b/i, 'unlikely'],
  [/^(?:complete|completed|done)\b/i, 'complete'],
];

const EXAMPLE = 'e.g. KA12 on track 60% planning permission granted';
const STATUS_LIST = 'not started, on track, some risk, unlikely or complete';

function statusAt(text: string): [ActionStatus, string] | null {
  for (const [re, status] of STATUS_WORDS) {
    const m = re.exec(text);
    if (m) return [status, text.slice(m[0].length)];
  }
  return null;
}

/**
 * Null when the text is not a key-action update at all (so other commands and figures are read
 * as before); otherwise the update, or a clear error that says what to type.
 */
export function parseKeyActionReply(raw: string): KeyActionReply | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  const coded = new RegExp(`^(${CODE})\\s*[:\\-–]?\\s*(.*)$`, 'is').exec(text);
  if (!coded) {
    // A status on its own (`unlikely`, `on track 60%`) is meant as an update but names no action.
    return statusAt(text)
      ? { ok: false, error: `Start with the key action's code, ${EXAMPLE}.` }
      : null;
  }
  const code = coded[1]!.toUpperCase();
  const found = statusAt(coded[2]!);
  if (!found) {
    // `KA12 60%` or `KA12 n/a …` is a figure for an indicator that happens to be coded like a
    // key action: left to the return replies, so nothing that worked before stops working.
    if (/^[-+£(]?\d|^(?:n\/a|not available)\b/i.test(coded[2]!)) return null;
    return { ok: false, error: `After ${code} say ${STATUS_LIST}, ${EXAMPLE}.` };
  }
  const [status, rest] = found;
  const pc = /^\s*[:,\-–]?\s*(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)/i.exec(rest);
  let percent: number | null = null;
  let commentary = rest;
  if (pc) {
    percent = Number(pc[1]);
    if (!Number.isInteger(percent) || percent > 100) {
      return { ok: false, error: `${pc[1]}% is not a whole percentage from 0 to 100.` };
    }
    commentary = rest.slice(pc[0].length);
  } else if (/^\s*[:,\-–]?\s*-?\d/.test(rest)) {
    return { ok: false, error: `Give the percentage complete with a % sign, ${EXAMPLE}.` };
  }
  if (status === 'complete') {
    if (percent !== null && percent !== 100)
      return { ok: false, error: `A complete action is 100% complete, not ${percent}%.` };
    percent = 100;
  }
  return {
    ok: true,
    code,
    status,
    percent,
    commentary: commentary.replace(/^[\s:,\-–]+/, '').trim(),
  };
}
