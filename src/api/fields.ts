// Body fields the request schemas share: a figure, read by the domain's one parser, and text held
// to the domain's limits (values/limits.ts), so the API refuses exactly what the tab and the bot
// refuse, under the field's own name.
import { z } from 'zod';
import {
  MAX_COMMENTARY,
  MAX_REASON,
  MAX_URL,
  MAX_VERSION,
  parseFigure,
} from '../domain/values/index.js';

/** Longer than any figure worth reading; bounds the parser's work on a pasted essay. */
const MAX_FIGURE_TEXT = 100;

/**
 * A figure: a JSON number, or text as a person writes it (`"1,234"`, `"12.5%"`, `"£3,400"`) for
 * clients such as a Power Automate flow that pass on what was typed. Text is read by parseFigure,
 * and its reason for refusing ("has a comma in the wrong place…") is the field's message.
 */
export const figure = z
  .union([z.number(), z.string().max(MAX_FIGURE_TEXT)])
  .transform((input, ctx) => {
    if (typeof input === 'number') {
      if (Number.isFinite(input)) return input;
      ctx.addIssue({ code: 'custom', message: 'must be a finite number' });
      return z.NEVER;
    }
    const read = parseFigure(input);
    if (read.ok) return read.value;
    ctx.addIssue({ code: 'custom', message: read.reason });
    return z.NEVER;
  });

export const optionalFigure = figure.nullable().optional();
export const version = z.string().min(1).max(MAX_VERSION);
export const commentary = z.string().max(MAX_COMMENTARY);
export const reason = z.string().max(MAX_REASON);
export const webAddress = z.string().max(MAX_URL);
