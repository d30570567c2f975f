// A figure and its ratings as leaders read them: the "Now" rating counted on the dashboard's basis,
// a provisional figure marked in words (never colour alone) with what it would be rated, and the
// officer's year-end forecast rating beside it, each labelled so the two are never confused.
import { Badge, makeStyles } from '@fluentui/react-components';
import type { DashboardRow } from '../../../shared/api/index.js';
import { RatingBadge } from '../../../shared/components/index.js';

// Fluent's badge is one line high: in a narrow column its words wrap out of its border, so the
// tag grows with them instead.
const useStyles = makeStyles({ tag: { height: 'auto', minHeight: '20px', whiteSpace: 'normal' } });

export function ProvisionalTag({ label }: { label: string }) {
  const s = useStyles();
  return (
    <Badge appearance="outline" color="informative" shape="rounded" className={s.tag}>
      {label}
    </Badge>
  );
}

/** The figure shown: the counted one, or a provisional one as entered, marked as such. */
export function figureText(row: DashboardRow): string {
  return row.entered && row.value === null ? row.entered.valueText : row.valueText;
}

export function NowRating({ row }: { row: DashboardRow }) {
  const uncounted = row.provisional && row.entered && row.value === null;
  return (
    <span>
      <span>Now: </span>
      {uncounted ? (
        <span>
          not counted ({row.entered!.rating.label} if authorised){' '}
          <ProvisionalTag label={row.provisionalLabel!} />
        </span>
      ) : (
        <>
          <RatingBadge state={row.rating.state} label={row.rating.label} />
          {row.provisionalLabel && (
            <>
              {' '}
              <ProvisionalTag label={row.provisionalLabel} />
            </>
          )}
        </>
      )}
    </span>
  );
}

export function YearEndRating({ row }: { row: DashboardRow }) {
  if (!row.yearEnd) return <span>Year-end forecast: none given</span>;
  return (
    <span>
      Year-end forecast: {row.yearEnd.valueText} against {row.yearEnd.targetText},{' '}
      <RatingBadge state={row.yearEnd.rating.state} label={row.yearEnd.rating.label} />
    </span>
  );
}
