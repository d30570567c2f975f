// The checks the tab can make before sending a return; the server checks everything again.
import { parseFigure } from './parse-number.js';

export interface EntryDraft {
  value: string;
  notAvailable: boolean;
  notAvailableReason: string;
  commentary: string;
  evidenceUrl: string;
  forecast: string;
}

export type FieldErrors = Partial<
  Record<'value' | 'forecast' | 'notAvailableReason' | 'commentary' | 'evidenceUrl', string>
>;

export function validateEntry(d: EntryDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (d.notAvailable) {
    if (!d.notAvailableReason.trim())
      errors.notAvailableReason = 'Say why the figure is not available';
  } else {
    const v = parseFigure(d.value);
    if (!v.ok) errors.value = v.message;
    else if (v.value === null)
      errors.value = 'Enter the figure, or tick "not available" and say why';
  }
  const f = parseFigure(d.forecast);
  if (!f.ok) errors.forecast = f.message;
  const url = d.evidenceUrl.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url))
    errors.evidenceUrl = 'Enter a web address starting https://';
  return errors;
}
