// Spreadsheets saved as "CSV" on Windows are often Windows-1252, where £ is the single byte 0xA3.
// Guessing the encoding would silently turn £3,400 into �3,400, so anything not valid UTF-8 is
// refused with a message that says how to re-save the file.
import { ValidationError } from '../../domain/errors/errors.js';

const BOM = '\uFEFF';

export function decodeCsvText(input: string | Uint8Array): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      throw new ValidationError(
        'is not UTF-8 text (perhaps Windows-1252 from Excel); save it as "CSV UTF-8 (Comma delimited)" and try again',
        'file',
      );
    }
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // One record delimiter throughout: csv-parse fixes it from the first line it sees.
  return text.replace(/\r\n?/g, '\n');
}
