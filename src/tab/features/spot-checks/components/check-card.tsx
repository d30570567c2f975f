// One drawn indicator: who checks it and where it stands, why the draw weighted it, and — side by
// side, so the checker can compare them — the figure with its evidence and the written procedure
// it was entered under; the finding once recorded, or the form for the assigned checker.
import { makeStyles, tokens } from '@fluentui/react-components';
import { usePageStyles, type Notice } from '../../../shared/components/index.js';
import type { SpotCheckView } from '../api/spot-checks-api.js';
import { FindingForm } from './finding-form.js';

const useStyles = makeStyles({
  card: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '12px 16px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  compare: {
    display: 'grid',
    gap: '16px',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(260px, 100%), 1fr))',
  },
  facts: {
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: '0 0 8px' },
  },
  wrap: { overflowWrap: 'anywhere' },
});

export function CheckCard({
  check,
  onDone,
}: {
  check: SpotCheckView;
  onDone: (notice: Notice) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const p = check.procedure;
  return (
    <article className={styles.card} aria-labelledby={`spot-${check.id}`}>
      <h3 id={`spot-${check.id}`} className={page.h3}>
        {check.code} {check.title}
      </h3>
      <p>
        Checked by <strong>{check.checkerName}</strong> · {check.stateLabel}
        {check.doneOn ? ` on ${check.doneOn}` : ''}
      </p>
      {check.riskReasons.length > 0 && (
        <p>Weighted in the draw for: {check.riskReasons.join('; ')}.</p>
      )}
      <div className={styles.compare}>
        <section aria-label={`The figure of ${check.code}`}>
          <h4 className={page.h3}>The figure</h4>
          {check.figure ? (
            <dl className={styles.facts}>
              <dt>{check.figure.periodLabel}</dt>
              <dd>
                {check.figure.valueText} ({check.figure.stateLabel.toLowerCase()})
              </dd>
              <dt>Commentary</dt>
              <dd className={styles.wrap}>{check.figure.commentary || 'None given.'}</dd>
              <dt>Evidence</dt>
              <dd className={styles.wrap}>
                {check.figure.evidenceUrl ? (
                  <a href={check.figure.evidenceUrl} target="_blank" rel="noreferrer">
                    Open the evidence
                  </a>
                ) : (
                  'No evidence link was given.'
                )}
              </dd>
            </dl>
          ) : (
            <p>No authorised figure to compare.</p>
          )}
        </section>
        <section aria-label={`The written procedure of ${check.code}`}>
          <h4 className={page.h3}>Written procedure ({check.procedureLabel})</h4>
          <dl className={styles.facts}>
            <dt>How it is calculated</dt>
            <dd className={styles.wrap}>{p.calculation || '—'}</dd>
            <dt>Source</dt>
            <dd className={styles.wrap}>{p.source || '—'}</dd>
            <dt>Where the evidence is kept</dt>
            <dd className={styles.wrap}>{p.evidenceLocation || '—'}</dd>
            <dt>How it is verified</dt>
            <dd className={styles.wrap}>{p.verification || '—'}</dd>
          </dl>
        </section>
      </div>
      {check.findingLabel && (
        <section aria-label={`Finding for ${check.code}`}>
          <h4 className={page.h3}>Finding</h4>
          <p>{check.findingLabel}</p>
          {check.notes && <p className={styles.wrap}>Notes: {check.notes}</p>}
          {check.correctiveAction && (
            <p className={styles.wrap}>Corrective action: {check.correctiveAction}</p>
          )}
        </section>
      )}
      {check.mayRecord && <FindingForm check={check} onDone={onDone} />}
    </article>
  );
}
