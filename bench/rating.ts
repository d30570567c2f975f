// Rating 300 indicators × 60 periods with the domain core alone (no store): the pure cost of the rule.
import { rateValue } from '../src/domain/ratings/index.js';
import type { RatingState } from '../src/domain/model/types.js';
import { fmt, timed } from './stats.js';

export async function benchRating(): Promise<void> {
  const indicators = 300;
  const periods = 60;
  const inputs = Array.from({ length: indicators * periods }, (_, n) => ({
    value: 70 + ((n * 37) % 60),
    target: 100,
    polarity: n % 2 ? ('higher' as const) : ('lower' as const),
    unit: 'number' as const,
    decimals: 1,
    contextOnly: false,
  }));
  const counts = new Map<RatingState, number>();
  const run = () => {
    for (const input of inputs) {
      const s = rateValue(input, { kind: 'four-level' }).state;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  };
  run(); // warm up the JIT
  counts.clear();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push((await timed(run)).ms);
  runs.sort((a, b) => a - b);
  console.log(
    `rating ${indicators} indicators × ${periods} periods (${inputs.length.toLocaleString('en-GB')} ratings): ` +
      `median ${fmt(runs[2]!)} of 5 runs (${Math.round(inputs.length / (runs[2]! / 1000)).toLocaleString('en-GB')} ratings/s)`,
  );
}
