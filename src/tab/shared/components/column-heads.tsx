// A table's header row from its column names: every admin and report table heads its columns the
// same way (scope="col", the shared cell style), so the markup is written once.
import { useTableStyles } from './table-styles.js';

export function ColumnHeads({ names }: { names: readonly string[] }) {
  const t = useTableStyles();
  return (
    <thead>
      <tr>
        {names.map((name) => (
          <th key={name} scope="col" className={t.cell}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
