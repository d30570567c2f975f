import { describe, expect, it } from 'vitest';
import { isoToUkInput, parseUkDateInput } from './uk-date.js';

describe('dd/mm/yyyy date entry', () => {
  it('reads day first, the British way', () => {
    expect(parseUkDateInput('03/04/2026')).toEqual({ ok: true, iso: '2026-04-03' });
    expect(parseUkDateInput(' 6.1.2026 ')).toEqual({ ok: true, iso: '2026-01-06' });
    expect(parseUkDateInput('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' });
  });

  it('says what is wrong with a date that does not exist or is not dd/mm/yyyy', () => {
    expect(parseUkDateInput('')).toEqual({ ok: false, message: 'Enter a date as dd/mm/yyyy' });
    expect(parseUkDateInput('2026-04-03')).toMatchObject({ ok: false, message: /dd\/mm\/yyyy/ });
    expect(parseUkDateInput('04/13/2026')).toEqual({ ok: false, message: 'There is no month 13' });
    expect(parseUkDateInput('29/02/2026')).toEqual({ ok: false, message: '2/2026 has no day 29' });
  });

  it('shows a stored ISO date as dd/mm/yyyy', () => {
    expect(isoToUkInput('2026-10-16')).toBe('16/10/2026');
    expect(isoToUkInput(null)).toBe('');
  });
});
