// The server's today (London) and financial year. Pages date their pickers from the server's
// clock, not the browser's, so what they offer always matches the figures the server rates. Asked
// once per page load: the day changing under an open tab only matters at midnight.
import { http } from './http.js';

export interface Today {
  /** YYYY-MM-DD in London. */
  today: string;
  /** `2026/27`. */
  financialYear: string;
}

let asked: Promise<Today> | null = null;

export function getToday(): Promise<Today> {
  asked ??= http.get<Today>('/api/today').catch((error: unknown) => {
    asked = null;
    throw error;
  });
  return asked;
}
