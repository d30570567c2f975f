// Reading cells as people type them in spreadsheets. Each parser returns the value or a reason;
// `choice` is the one reader of a word from a fixed set, for any import that has one.
import type {
  Frequency,
  IndicatorScope,
  Polarity,
  ReturnState,
  UnitKind,
  YtdMethod,
} from '../../domain/model/types.js';
import { parseFigure as readFigure } from '../../domain/values/index.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function choice<T extends string>(
  text: string,
  aliases: Record<string, T>,
  what: string,
): Parsed<T> {
  const value = aliases[text.trim().toLowerCase()];
  if (value !== undefined) return ok(value);
  const allowed = [...new Set(Object.values(aliases))].join(', ');
  return bad(`"${text}" is not a ${what}; use ${allowed}`);
}

export const parsePolarity = (t: string): Parsed<Polarity> =>
  choice(t, { higher: 'higher', lower: 'lower', none: 'none' }, 'polarity');

/** Blank means `number` (a plain figure with no unit rules). */
export const parseUnit = (t: string): Parsed<UnitKind> =>
  t.trim() === ''
    ? ok('number')
    : choice(
        t,
        {
          count: 'count',
          percentage: 'percentage',
          '%': 'percentage',
          percent: 'percentage',
          days: 'days',
          currency: 'currency',
          '£': 'currency',
          rate: 'rate',
          number: 'number',
        },
        'unit',
      );

export const parseFrequency = (t: string): Parsed<Frequency> =>
  choice(
    t,
    {
      monthly: 'monthly',
      quarterly: 'quarterly',
      'half-yearly': 'half-yearly',
      'half yearly': 'half-yearly',
      annual: 'annual',
      annually: 'annual',
    },
    'frequency',
  );

export const parseYtd = (t: string): Parsed<YtdMethod> =>
  choice(t, { sum: 'sum', average: 'average', latest: 'latest' }, 'year-to-date method');

export const parseScope = (t: string): Parsed<IndicatorScope> =>
  choice(t, { corporate: 'corporate', local: 'local' }, 'scope');

/** Imported history is normally authorised; a figure can also be loaded for checking. */
export type ImportState = Exclude<ReturnState, 'due'>;
export const parseState = (t: string): Parsed<ImportState> =>
  choice(
    t,
    { authorised: 'authorised', checked: 'checked', submitted: 'submitted' },
    'return state',
  );

export function parseDecimals(t: string): Parsed<number> {
  const n = Number(t.trim());
  return /^\d+$/.test(t.trim()) && n <= 6
    ? ok(n)
    : bad(`"${t}" is not a number of decimal places (0–6)`);
}

/**
 * A figure in a cell, read by the one figure parser the tab, the bot and the API use
 * (domain/values/parse-figure.ts): thousands commas, a £ or % sign that agrees with the unit.
 * The reason names what was in the cell, so a line's problem can be found in the file.
 */
export function parseFigure(text: string, unit: UnitKind): Parsed<number> {
  const read = readFigure(text, { unit });
  return read.ok ? ok(read.value) : bad(`"${text}" ${read.reason}`);
}
