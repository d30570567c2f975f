// The key development areas, worst first: the indicators off target or persistently
// under-performing, then the key actions off track, each with its commentary. A list of cards, not
// a table: the commentary is the point, and it reads on a 320 px side panel as on a big screen.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { RatingBadge, usePageStyles } from '../../../shared/components/index.js';
import type { StrategicIndicatorRow, StrategicKeyAction } from '../api/get-strategic-dashboard.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gap: '12px',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(420px, 100%), 1fr))',
    listStyle: 'none',
    padding: 0,
    margin: '0 0 16px',
  },
  card: {
    padding: '12px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  facts: { margin: '4px 0', display: 'flex', flexWrap: 'wrap', gap: '4px 8px' },
  text: { margin: 0 },
});

export function AreaIndicators({ rows }: { rows: StrategicIndicatorRow[] }) {
  const s = useStyles();
  const page = usePageStyles();
  if (rows.length === 0)
    return <p>No indicator was off target or persistently under-performing.</p>;
  return (
    <ul className={s.list} aria-label="Indicators, worst first" data-areas="indicators">
      {rows.map((r) => (
        <li key={r.indicatorId} className={s.card}>
          <h4 className={page.h3}>
            <Link href={`#/indicators/${encodeURIComponent(r.code)}`}>{r.code}</Link> {r.title}
          </h4>
          <p className={s.facts}>
            <RatingBadge state={r.rating.state} label={r.rating.label} />
            <span>
              {r.periodLabel}: {r.valueText} against a target of {r.targetText}
            </span>
            {r.persistent && <strong>Persistent under-performance</strong>}
          </p>
          <p className={s.text}>{r.commentary || 'No commentary given.'}</p>
        </li>
      ))}
    </ul>
  );
}

export function AreaKeyActions({ rows }: { rows: StrategicKeyAction[] }) {
  const s = useStyles();
  const page = usePageStyles();
  if (rows.length === 0) return <p>No key action was reported off track.</p>;
  return (
    <ul className={s.list} aria-label="Key actions, worst first" data-areas="key-actions">
      {rows.map((a) => (
        <li key={a.id} className={s.card}>
          <h4 className={page.h3}>
            {a.code} {a.title}
          </h4>
          <p className={s.facts}>
            <RatingBadge state={a.rating.state} label={a.rating.label} />
            <span>{a.status}</span>
            <span>Owner: {a.owner}</span>
          </p>
          <p className={s.text}>{a.commentary || 'No commentary given.'}</p>
        </li>
      ))}
    </ul>
  );
}
