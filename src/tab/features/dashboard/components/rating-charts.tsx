// Ratings by priority and by directorate: a stacked bar chart for the room, and the counts table
// beneath it as the chart's table alternative (the same figures, for a screen reader or a copy).
import { makeStyles } from '@fluentui/react-components';
import type { RollUpRow } from '../../../shared/api/index.js';
import { StackedBars } from '../../../shared/charts/index.js';
import { CountsTable } from './counts-table.js';

const useStyles = makeStyles({
  pair: {
    display: 'grid',
    gap: '32px',
    // min(): in a 320 px side panel one column as wide as the panel, never wider.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(520px, 100%), 1fr))',
  },
  one: { display: 'grid', gap: '12px', alignContent: 'start', minWidth: 0 },
  // The table beside its chart where there is room (the exceptions' chart is short and wide).
  beside: {
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(520px, 100%), 1fr))',
    gap: '12px 40px',
  },
});

export function RatingChart({
  rows,
  title,
  nameHeader,
  beside = false,
}: {
  rows: RollUpRow[];
  title: string;
  nameHeader: string;
  beside?: boolean;
}) {
  const s = useStyles();
  return (
    <div className={beside ? `${s.one} ${s.beside}` : s.one}>
      <StackedBars title={title} rows={rows} />
      <CountsTable rows={rows} caption={title} nameHeader={nameHeader} />
    </div>
  );
}

export function RatingCharts({
  byPriority,
  byDirectorate,
}: {
  byPriority: RollUpRow[];
  byDirectorate: RollUpRow[];
}) {
  const s = useStyles();
  return (
    <div className={s.pair}>
      <RatingChart
        rows={byPriority}
        title="Indicators by rating, by priority"
        nameHeader="Priority"
      />
      <RatingChart
        rows={byDirectorate}
        title="Indicators by rating, by directorate"
        nameHeader="Directorate"
      />
    </div>
  );
}
