// Officers type figures as they see them: "16,200", "74.5%", "£1,234". Thousands separators,
// currency and percent signs are dropped; anything else that is not a number is refused.
export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

export function parseFigure(text: string): Parsed {
  const cleaned = text.trim().replace(/[,£%\s]/g, '');
  if (cleaned === '') return { ok: true, value: null };
  const n = Number(cleaned);
  return Number.isFinite(n)
    ? { ok: true, value: n }
    : { ok: false, message: 'Enter a number, for example 16,200 or 74.5' };
}
