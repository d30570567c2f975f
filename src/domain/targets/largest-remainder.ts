/**
 * Splits a whole number of units (e.g. pence, or hundredths of a case) in proportion to weights so
 * that the parts add up exactly to the total: each part gets the floor of its share, then the
 * units left over go one each to the largest remainders. Ties go to the later period, so the
 * year-end catches up the rounding (100 over 3 at 2 dp → 33.33, 33.33, 33.34).
 */
export function allocateUnits(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  const magnitude = Math.abs(total);
  const shares = weights.map((w) => (magnitude * w) / sum);
  const parts = shares.map((share) => Math.floor(share));
  const left = magnitude - parts.reduce((acc, p) => acc + p, 0);
  // The fractional parts add up to `left`, so it is less than the number of periods (at most
  // equal, if floating point nudges every share just under a whole unit): one unit each suffices.
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder || b.index - a.index);
  for (const { index } of byRemainder.slice(0, left)) parts[index] = (parts[index] ?? 0) + 1;
  return total < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}
