// A key action's progress, opened from its card: status and rating, % complete, the last update,
// owner, dates (a revised due date beside the planned one, with its reason) and milestones. A
// Fluent overlay drawer: it takes focus, Escape closes it, and focus returns to the card.
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { ErrorBar, Loading, useLoad } from '../../../shared/components/index.js';
import { formatDate, formatDateTime } from '../../../shared/format/index.js';
import { getKeyAction, type KeyActionDetail } from '../api/index.js';
import { LeafRating } from './rating-marks.js';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8em, max-content) 1fr',
    gap: '6px 12px',
    margin: '0 0 16px',
  },
  term: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  h3: { fontSize: tokens.fontSizeBase400, margin: '16px 0 6px' },
  milestones: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '4px' },
  quote: { margin: 0, whiteSpace: 'pre-wrap' },
  large: { fontSize: '22px', lineHeight: 1.35 },
});

function Facts({ a }: { a: KeyActionDetail }) {
  const styles = useStyles();
  const rows: [string, ReactNode][] = [
    ['Rating', <LeafRating key="r" state={a.rating.state} />],
    ['Status', a.statusLabel],
    ['Outcome', a.outcomeLabel],
    [
      '% complete',
      <span key="p">
        {a.percentComplete}%
        <ProgressBar
          value={a.percentComplete / 100}
          thickness="large"
          aria-label={`${a.percentComplete}% complete`}
        />
      </span>,
    ],
    ['Owner', a.owner.name],
    ['Service plan', `${a.servicePlan.title} (${a.servicePlan.year})`],
    ['Start', formatDate(a.startDate)],
    ['Due', formatDate(a.dueDate)],
  ];
  if (a.revisedDueDate)
    rows.push([
      'Revised due',
      `${formatDate(a.revisedDueDate)}${a.revisedDueReason ? `: ${a.revisedDueReason}` : ''}`,
    ]);
  if (a.nextMilestone) rows.push(['Next milestone', a.nextMilestone]);
  rows.push(['Last update', a.lastUpdatedAt ? formatDateTime(a.lastUpdatedAt) : 'No update yet']);
  if (a.corporateProject) rows.push(['Corporate project', 'Yes: reported to the Programme Board']);
  rows.push([
    'Serves',
    a.objectives.length
      ? a.objectives.map((o) => `${o.code} ${o.title}`).join('; ')
      : 'Business as usual',
  ]);
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Detail({ id }: { id: string }) {
  const styles = useStyles();
  const detail = useLoad(() => getKeyAction(id), [id]);
  const a = detail.data;
  if (detail.error)
    return <ErrorBar>Could not load the key action: {detail.error.message}</ErrorBar>;
  if (!a) return <Loading label="Loading the key action" />;
  return (
    <>
      {a.description && <p>{a.description}</p>}
      <Facts a={a} />
      <h3 className={styles.h3}>Latest update</h3>
      <p className={styles.quote}>{a.lastUpdate || 'The owner has not reported progress yet.'}</p>
      <h3 className={styles.h3}>Milestones</h3>
      {a.milestones.length === 0 ? (
        <p>No milestones.</p>
      ) : (
        <ul className={styles.milestones}>
          {a.milestones.map((m) => (
            <li key={`${m.dueDate}-${m.title}`}>
              <span aria-hidden="true">{m.done ? '✓ ' : '○ '}</span>
              {m.title}, due {formatDate(m.dueDate)}: {m.done ? 'done' : 'not done yet'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function KeyActionPanel({
  id,
  title,
  large = false,
  onClose,
}: {
  id: string;
  title: string;
  large?: boolean;
  onClose: () => void;
}) {
  const styles = useStyles();
  return (
    <OverlayDrawer
      open
      position="end"
      size={large ? 'large' : 'medium'}
      onOpenChange={(_, d) => !d.open && onClose()}
      aria-label={title}
      className={large ? styles.large : undefined}
    >
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose}>
              Close
            </Button>
          }
        >
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <Detail key={id} id={id} />
      </DrawerBody>
    </OverlayDrawer>
  );
}
