// Reads a period as people write it: canonical keys and the labels shown in reports and cards.
import { ValidationError } from '../errors/errors.js';
import { MAX_FY_START, MIN_FY_START, parseFinancialYear } from './financial-year.js';
import { MONTH_NAMES, makePeriod, periodContaining, type Period } from './period.js';
import { isoFromParts } from './iso-date.js';

const ACCEPTED =
  'a month (2025-04, Apr 2025 or April 2025), a quarter (2025/26 Q1 or Q1 2025/26), ' +
  'a half-year (2025/26 H1 or H1 2025/26) or a financial year (2025/26)';

const MONTH_KEY = /^(\d{4})-(\d{2})$/;
const MONTH_LABEL = /^([a-z]+)\s+(\d{4})$/;
const PART_AFTER = /^(\d{4}\/\d{2})\s+([qh])(\d)$/;
const PART_BEFORE = /^([qh])(\d)\s+(\d{4}\/\d{2})$/;
const YEAR = /^\d{4}\/\d{2}$/;

/** `apr`, `april` and (as people write it) `sept`, to a month number. */
function monthNumber(name: string): number | null {
  if (name === 'sept') return 9;
  const i = MONTH_NAMES.findIndex(
    (full) => full.toLowerCase() === name || full.slice(0, 3).toLowerCase() === name,
  );
  return i < 0 ? null : i + 1;
}

function monthPeriod(year: number, month: number | null): Period | null {
  if (month === null || month < 1 || month > 12) return null;
  const fyStart = month >= 4 ? year : year - 1;
  if (fyStart < MIN_FY_START || fyStart > MAX_FY_START) return null;
  return periodContaining(isoFromParts(year, month, 1), 'month');
}

function partPeriod(yearLabel: string, letter: string, n: number): Period | null {
  const kind = letter === 'q' ? 'quarter' : 'half';
  if (n < 1 || n > (kind === 'quarter' ? 4 : 2)) return null;
  return makePeriod(kind, parseFinancialYear(yearLabel), n);
}

function parseNormalised(text: string): Period | null {
  let m = MONTH_KEY.exec(text);
  if (m) return monthPeriod(Number(m[1]), Number(m[2]));
  m = MONTH_LABEL.exec(text);
  if (m) return monthPeriod(Number(m[2]), monthNumber(m[1]!));
  m = PART_AFTER.exec(text);
  if (m) return partPeriod(m[1]!, m[2]!, Number(m[3]));
  m = PART_BEFORE.exec(text);
  if (m) return partPeriod(m[3]!, m[1]!, Number(m[2]));
  if (YEAR.test(text)) return makePeriod('year', parseFinancialYear(text), 1);
  return null;
}

export function tryParsePeriod(text: string): Period | null {
  if (typeof text !== 'string') return null;
  try {
    return parseNormalised(text.trim().toLowerCase());
  } catch (e) {
    if (e instanceof ValidationError) return null;
    throw e;
  }
}

/** `field` names the input in the error (`periodKey`, `expectedRecovery`), so a 400 points at it. */
export function parsePeriod(text: string, field = 'period'): Period {
  const period = tryParsePeriod(text);
  if (!period) {
    throw new ValidationError(`"${String(text)}" is not a period; use ${ACCEPTED}`, field);
  }
  return period;
}
