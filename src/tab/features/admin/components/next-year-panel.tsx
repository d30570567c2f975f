// "Start next year's service plan": first a preview of the unfinished key actions that would be
// carried into the next financial year, then the owner's confirmation. The old year is untouched.
import { Button, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar, InfoBar, usePageStyles } from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { planAdminApi, type AdminServicePlan, type NextYearPreview } from '../api/index.js';
import { saveFailure } from './problems.js';

const useStyles = makeStyles({
  section: { marginTop: '24px' },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

/** Key-action progress in words (as the update card says it). */
export const STATUS_WORDS: Record<string, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'some-risk': 'Some risk',
  unlikely: 'Unlikely to achieve',
  complete: 'Complete',
};

export function NextYearPanel({
  plan,
  onStarted,
}: {
  plan: AdminServicePlan;
  onStarted: (notice: string, newPlanId: string) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const [preview, setPreview] = useState<NextYearPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = () =>
    planAdminApi.previewNextYear(plan.id).then(
      (p) => {
        setPreview(p);
        setError(null);
      },
      (e: unknown) => setError(saveFailure(e).message),
    );
  const confirm = (p: NextYearPreview) =>
    planAdminApi.startNextYear(plan.id, p.servicePlan.version).then(
      (r) => {
        setPreview(null);
        onStarted(
          `${r.servicePlan.title} started with ${r.carried} key action${r.carried === 1 ? '' : 's'} carried forward.`,
          r.servicePlan.id,
        );
      },
      (e: unknown) => setError(saveFailure(e).message),
    );
  return (
    <section aria-labelledby="next-year-heading" className={styles.section}>
      <h3 id="next-year-heading" className={page.h3}>
        Next year’s service plan
      </h3>
      {!preview && <Button onClick={() => void show()}>Start next year’s service plan</Button>}
      {preview && preview.existing && (
        <InfoBar intent="warning">
          {preview.existing.code} already exists: next year’s service plan has been started.
        </InfoBar>
      )}
      {preview && !preview.existing && (
        <>
          <p>
            {preview.nextTitle} ({preview.nextCode}) would carry {preview.carried.length} unfinished
            key action{preview.carried.length === 1 ? '' : 's'} into {preview.nextYear}, each
            starting again as not started with its due date kept (edit the dates afterwards).{' '}
            {preview.leftBehind} complete or retired stay in {preview.servicePlan.year} only.
          </p>
          {preview.carried.length > 0 && (
            <ul aria-label="Key actions to carry forward">
              {preview.carried.map((c) => (
                <li key={c.id}>
                  {c.code} {c.title}: {STATUS_WORDS[c.status] ?? c.status}, {c.percentComplete}%
                  complete, due {formatDate(c.dueDate)}; becomes {c.newCode}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" onClick={() => void confirm(preview)}>
              Confirm: start {preview.nextYear}
            </Button>
            <Button onClick={() => setPreview(null)}>Cancel</Button>
          </div>
        </>
      )}
      {error && <ErrorBar>{error}</ErrorBar>}
    </section>
  );
}
