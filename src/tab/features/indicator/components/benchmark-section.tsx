// Where the council stands against its comparator group (issue 16): the latest period's quartile in
// words with the group's average, then every period the group has figures for as a table. Context,
// never a rating, and said so: the rating above stays against target.
import { ordinal } from '../../../../domain/benchmarks/words.js';
import type { BenchmarkPosition } from '../../../shared/api/index.js';
import { TableScroll, usePageStyles, useTableStyles } from '../../../shared/components/index.js';
import { FactsList } from './facts-list.js';

/** "52.0%", or "52.0% (mean)" when no average was published and the members' mean stands in. */
const averageCell = (b: BenchmarkPosition) =>
  b.average.basis === 'published' ? b.average.text : `${b.average.text} (mean)`;

/** "2nd quartile, 5th of 17" (the group is named above), or why there is none. */
const quartileCell = (b: BenchmarkPosition) =>
  b.quartile && b.position
    ? `${ordinal(b.quartile)} quartile, ${ordinal(b.position)} of ${b.of}`
    : b.words;

export function BenchmarkSection({
  code,
  positions,
}: {
  code: string;
  positions: BenchmarkPosition[];
}) {
  const page = usePageStyles();
  const t = useTableStyles();
  const latest = positions.at(-1);
  if (!latest) return null;
  const name = `${code}: the quartile against ${latest.group.name}, by period`;
  return (
    <section aria-labelledby="benchmark-heading">
      <h2 id="benchmark-heading" className={page.h2}>
        Against comparators
      </h2>
      <FactsList
        facts={[
          [`Quartile (${latest.periodLabel})`, latest.words],
          ['Place', latest.placeWords],
          [latest.average.label, latest.average.text],
          ['Source', latest.source],
        ]}
      />
      <p>
        A benchmark is context, not a rating: the rating stays against target. The quartile ranks
        the council&apos;s authorised figure among the members with a figure, 1st the best; the
        place counts the council too. An average marked &ldquo;mean&rdquo; is the mean of the
        members&apos; figures, where the group published none.
      </p>
      <TableScroll label={name}>
        <table className={t.table} aria-label={name}>
          <thead>
            <tr>
              <th scope="col" className={t.cell}>
                Period
              </th>
              <th scope="col" className={t.num}>
                Our figure
              </th>
              <th scope="col" className={t.cell}>
                Quartile and place
              </th>
              <th scope="col" className={t.num}>
                Average
              </th>
            </tr>
          </thead>
          <tbody>
            {positions.map((b) => (
              <tr key={b.periodKey}>
                <th scope="row" className={t.cell}>
                  {b.periodLabel}
                </th>
                <td className={t.num}>{b.councilText}</td>
                <td className={t.cell}>{quartileCell(b)}</td>
                <td className={t.num}>{averageCell(b)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
