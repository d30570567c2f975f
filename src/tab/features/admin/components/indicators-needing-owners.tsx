// The indicators import created without a service, with the importer standing in as their
// officers (needsOwners). Nobody is reminded about them until an admin saves a service and
// officers, so they are listed above the indicator table until that is done.
import { Link } from '@fluentui/react-components';
import {
  TableScroll,
  ColumnHeads,
  usePageStyles,
  useTableStyles,
} from '../../../shared/components/index.js';
import type { AdminIndicator } from '../api/index.js';

/** In use and still waiting for a service and officers, by code as the table below. */
function needingOwners(list: readonly AdminIndicator[]): AdminIndicator[] {
  return list.filter((i) => i.needsOwners && !i.retired);
}

export function IndicatorsNeedingOwners({ indicators }: { indicators: readonly AdminIndicator[] }) {
  const page = usePageStyles();
  const t = useTableStyles();
  const waiting = needingOwners(indicators);
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="admin-needing-owners">
      <h3 id="admin-needing-owners" className={page.h3}>
        Indicators that need a service and officers ({waiting.length})
      </h3>
      <p>
        These came from a spreadsheet without a service, so the person who imported them stands in
        as their officers. Nobody is reminded about their returns until you choose a service and
        officers and save the indicator.
      </p>
      <TableScroll label="Imported indicators waiting for their owners">
        <table className={t.table}>
          <caption className={t.caption}>Imported indicators waiting for their owners</caption>
          <ColumnHeads names={['Code', 'Title', 'Action']} />
          <tbody>
            {waiting.map((i) => (
              <tr key={i.id} data-code={i.code}>
                <th scope="row" className={t.cell}>
                  {i.code}
                </th>
                <td className={t.cell}>{i.title}</td>
                <td className={t.cell}>
                  <Link
                    href={`#/admin/indicators/${encodeURIComponent(i.id)}`}
                    aria-label={`Assign a service and officers to ${i.code}`}
                  >
                    Assign a service and officers
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
