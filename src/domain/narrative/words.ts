// Small pieces of en-GB phrasing the summary repeats. Figures stay as digits, as every other
// count in the reports and the tab does ("3 indicators have no figure yet").

/** "1 indicator", "3 indicators". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
