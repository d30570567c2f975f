// "My key actions" on My work (issue 13): the progress updates I owe (my actions, and those I am
// delegate for), due or overdue, each with the action's last update and rating and the form; and,
// when the council checks updates, those waiting for my check.
import { Button, Card, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  Loading,
  RatingBadge,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { formatDate, formatDateTime } from '../../../shared/format/index.js';
import {
  checkKeyActionUpdate,
  getMyKeyActionUpdates,
  sendBackKeyActionUpdate,
  type KeyActionUpdateView,
} from '../api/index.js';
import { describeFailure } from './describe-failure.js';
import { KeyActionUpdateForm } from './key-action-update-form.js';
import { SendBackForm } from './send-back-form.js';

const useStyles = makeStyles({
  list: { display: 'grid', gap: '16px' },
  facts: {
    margin: '8px 0',
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '4px 12px',
  },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

function Standing({ u }: { u: KeyActionUpdateView }) {
  const page = usePageStyles();
  const styles = useStyles();
  const a = u.action;
  return (
    <>
      <h3 className={page.h3} style={{ margin: 0 }}>
        {a.code} {a.title}
      </h3>
      <p className={page.muted} style={{ margin: 0 }}>
        {u.periodLabel} update · due {formatDate(u.dueDate)}
        {u.overdue ? ' · overdue' : ''}
      </p>
      <dl className={styles.facts}>
        <dt>Now</dt>
        <dd style={{ margin: 0 }}>
          <RatingBadge state={a.rating.state} label={a.rating.label} /> {a.statusLabel},{' '}
          {a.percentComplete}% complete
        </dd>
        <dt>Due</dt>
        <dd style={{ margin: 0 }}>
          {formatDate(a.revisedDueDate ?? a.dueDate)}
          {a.revisedDueDate ? ` (revised from ${formatDate(a.dueDate)})` : ''}
        </dd>
        <dt>Last update</dt>
        <dd style={{ margin: 0 }}>
          {a.lastUpdate || 'None yet'}
          {a.lastUpdatedAt ? ` (${formatDateTime(a.lastUpdatedAt)})` : ''}
        </dd>
      </dl>
    </>
  );
}

function CheckUpdate(props: {
  u: KeyActionUpdateView;
  onDone: (m: string) => void;
  onConflict: (m: string) => void;
}) {
  const { u, onDone, onConflict } = props;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = async (work: () => Promise<KeyActionUpdateView>, said: string) => {
    setBusy(true);
    setFailure(null);
    try {
      await work();
      onDone(said);
    } catch (e) {
      const text = describeFailure(e);
      if (text.startsWith('Someone changed')) onConflict(text);
      else setFailure(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p>
        {u.enteredBy?.name ?? 'The owner'} says: {u.status ? u.status.replace('-', ' ') : ''},{' '}
        {u.percentComplete ?? 0}% complete. {u.commentary}
      </p>
      {failure && <ErrorBar>{failure}</ErrorBar>}
      {sending ? (
        <SendBackForm
          id={u.id}
          busy={busy}
          onCancel={() => setSending(false)}
          onSend={(reason) =>
            void run(
              () => sendBackKeyActionUpdate(u.id, u.version, reason),
              `${u.action.code} sent back.`,
            )
          }
        />
      ) : (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() =>
              void run(
                () => checkKeyActionUpdate(u.id, u.version),
                `${u.action.code} checked: it now counts.`,
              )
            }
          >
            Checked
          </Button>
          <Button disabled={busy} onClick={() => setSending(true)}>
            Send back
          </Button>
        </div>
      )}
    </>
  );
}

export function MyKeyActions(props: {
  meId: string;
  onDone: (m: string) => void;
  onConflict: (m: string) => void;
}) {
  const page = usePageStyles();
  const styles = useStyles();
  const mine = useLoad(() => getMyKeyActionUpdates(), [props.meId]);
  const done = (m: string) => {
    props.onDone(m);
    mine.reload();
  };
  const conflict = (m: string) => {
    props.onConflict(m);
    mine.reload();
  };
  const list = (items: KeyActionUpdateView[], check: boolean) => (
    <div className={styles.list}>
      {items.map((u) => (
        <article key={u.id} aria-label={`${u.action.code} ${u.periodLabel}`} data-update-id={u.id}>
          <Card>
            <Standing u={u} />
            {check ? (
              <CheckUpdate key={u.version} u={u} onDone={done} onConflict={conflict} />
            ) : (
              <KeyActionUpdateForm key={u.version} update={u} onDone={done} onConflict={conflict} />
            )}
          </Card>
        </article>
      ))}
    </div>
  );
  return (
    <section aria-labelledby="my-key-actions">
      <h2 id="my-key-actions" className={page.h2}>
        My key actions ({mine.data?.toUpdate.length ?? 0})
      </h2>
      {mine.error && <ErrorBar>Could not load your key actions: {mine.error.message}</ErrorBar>}
      {!mine.data && mine.loading && <Loading label="Loading your key actions" />}
      {mine.data?.toUpdate.length === 0 && <p className={page.muted}>No progress updates due.</p>}
      {mine.data && mine.data.toUpdate.length > 0 && list(mine.data.toUpdate, false)}
      {mine.data && mine.data.toCheck.length > 0 && (
        <>
          <h2 className={page.h2}>Key-action updates to check ({mine.data.toCheck.length})</h2>
          {list(mine.data.toCheck, true)}
        </>
      )}
    </section>
  );
}
