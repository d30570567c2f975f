// Everything a person typed (commentary, reasons, names, definitions) is untrusted: Teams renders
// TextBlock and FactSet text as markdown, so a commentary of `[click](https://evil)` would become a
// link and `<b>` could reach an HTML renderer. Escape markdown with backslashes (CommonMark's
// escape, which Teams honours), HTML as entities, strip control characters, and bound the length.
const MARKDOWN = /[\\`*_~[\]()#|!]/g;
const LINE_START = /^(\s*)([-+>]|\d+\.)(?=\s)/gm;
// Control characters (except tab and newlines) and bidirectional overrides, which can make text
// read differently from what it is.
function hidden(code: number): boolean {
  return (
    (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
    code === 0x7f ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function stripHidden(text: string): string {
  let out = '';
  for (const ch of text) if (!hidden(ch.codePointAt(0)!)) out += ch;
  return out;
}

export const MAX_SHOWN = {
  name: 120,
  commentary: 1500,
  reason: 1000,
  definition: 800,
  short: 200,
} as const;

/** Cuts at `max` characters, saying so, before escaping (so an escape is never cut in half). */
export function bound(text: string, max: number): string {
  const clean = stripHidden(text);
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function escapeCardText(
  text: string | null | undefined,
  max: number = MAX_SHOWN.short,
): string {
  if (!text) return '';
  return bound(text, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MARKDOWN, '\\$&')
    .replace(LINE_START, (_m, space: string, mark: string) =>
      mark.endsWith('.') ? `${space}${mark.slice(0, -1)}\\.` : `${space}\\${mark}`,
    );
}

/** Only web addresses may become links in a card; anything else is shown as text. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
