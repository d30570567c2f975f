// What an officer typed to the bot: a command (`help`, `my returns`, `status WR04`, in a team
// channel `post reports here`), a figure for a return (`42.5 routes changed in June`, `MB01 42.5 …`),
// or "not available" with a reason, or a key action's progress (`KA12 on track 60% …`, issue 13).
import { parseKeyActionReply, type KeyActionReply } from '../../src/domain/key-actions/index.js';
import { FIGURE_PATTERN, parseFigure } from '../../src/domain/values/index.js';

export type Reply =
  | { kind: 'help' }
  | { kind: 'my-returns' }
  | { kind: 'status'; code: string }
  | { kind: 'remind-tomorrow' }
  | { kind: 'on-leave'; untilText: string }
  | { kind: 'report-channel'; action: 'set' | 'clear' }
  | { kind: 'leadership-channel'; action: 'set' | 'clear' }
  | { kind: 'figure'; code: string | null; value: number; valueText: string; commentary: string }
  | { kind: 'not-available'; code: string | null; reason: string }
  | { kind: 'key-action'; update: KeyActionReply }
  | { kind: 'unknown'; text: string };

/** Indicator codes look like `WR04`, `MB01`, `ASC12a`: letters, then digits. */
const CODE = String.raw`[A-Za-z]{1,6}\d{1,4}[A-Za-z]?`;
const FIGURE_REPLY = new RegExp(
  `^(?:(${CODE})\\s*[:\\-–]?\\s+)?(${FIGURE_PATTERN})(?:\\s+|$)(.*)$`,
  's',
);
const NOT_AVAILABLE = new RegExp(
  `^(?:(${CODE})\\s*[:\\-–]?\\s+)?(?:n\\/a|not available)\\b[\\s:,\\-–]*(.*)$`,
  'is',
);
/** Bounds the work done on a pasted essay; commentary is bounded again when it is saved. */
const MAX_TYPED = 5000;

/**
 * Teams puts `<at>Golden Thread</at>` in front of a message that mentions the bot in a group, and
 * in a channel may follow it with a non-breaking space written as `&nbsp;`.
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .trim();
}

export function parseReply(raw: string): Reply {
  const text = stripMentions(raw.slice(0, MAX_TYPED)).replace(/^\s+|\s+$/g, '');
  const lower = text.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'help' || lower === '?' || lower === 'hi' || lower === 'hello')
    return { kind: 'help' };
  if (lower === 'my returns' || lower === 'returns' || lower === 'my work') {
    return { kind: 'my-returns' };
  }
  // Reminders (issue 4): `remind me tomorrow`, `on leave until 14/08` (dates as written in the UK).
  if (/^(?:please\s+)?remind me tomorrow[.!]?$/.test(lower)) return { kind: 'remind-tomorrow' };
  const leave =
    /^(?:i(?:'|’)?m\s+|i am\s+)?on leave (?:until|till|to)\s+(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)[.!]?$/.exec(
      lower,
    );
  if (leave) return { kind: 'on-leave', untilText: leave[1]! };
  // Where quarter-complete cards go (issue 8), typed in a team channel by the performance team.
  const channel = /^(?:please\s+)?(stop posting|post) (?:the )?reports here[.!]?$/.exec(lower);
  if (channel) return { kind: 'report-channel', action: channel[1] === 'post' ? 'set' : 'clear' };
  // Where strategic dashboard editions go (issue 17): the Leadership Team's channel.
  const dashboards =
    /^(?:please\s+)?(stop posting|post) (?:the )?(?:strategic )?dashboards here[.!]?$/.exec(lower);
  if (dashboards)
    return { kind: 'leadership-channel', action: dashboards[1] === 'post' ? 'set' : 'clear' };
  const status = /^status\s+(\S+)$/i.exec(text);
  if (status) return { kind: 'status', code: status[1]!.toUpperCase() };
  // Before figures: `KA12 on track 60%` names a status, never a figure, so nothing it took was
  // read as a figure before (key-action codes end `KA` and digits; a status word follows).
  const update = parseKeyActionReply(text);
  if (update) return { kind: 'key-action', update };
  const na = NOT_AVAILABLE.exec(text);
  if (na)
    return { kind: 'not-available', code: na[1]?.toUpperCase() ?? null, reason: na[2]!.trim() };
  const fig = FIGURE_REPLY.exec(text);
  if (fig) {
    const read = parseFigure(fig[2]!);
    if (read.ok) {
      return {
        kind: 'figure',
        code: fig[1]?.toUpperCase() ?? null,
        value: read.value,
        valueText: fig[2]!,
        commentary: fig[3]!.replace(/^[\s:,\-–]+/, '').trim(),
      };
    }
  }
  return { kind: 'unknown', text };
}
