// The performance team's draw: how many to draw, then Draw; once the quarter is drawn, a redraw
// with the reason it needs. The draw is recorded, so drawing again shows the same sample.
import { Button, Field, Input, Textarea, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { usePageStyles, type Notice } from '../../../shared/components/index.js';
import { showRefusal } from './refusal.js';
import { drawSpotChecks, type SpotCheckQuarterView } from '../api/spot-checks-api.js';

const useStyles = makeStyles({
  count: { maxWidth: '10rem' },
  form: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '40rem' },
});

export function DrawPanel({
  view,
  onDone,
}: {
  view: SpotCheckQuarterView;
  onDone: (notice: Notice) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const [count, setCount] = useState(String(view.draw?.count ?? view.defaultCount));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const redraw = view.draw !== null;

  async function submit() {
    setBusy(true);
    setProblems({});
    try {
      const result = await drawSpotChecks({
        period: view.periodKey,
        count: Number(count),
        ...(redraw ? { redraw: true, reason } : {}),
      });
      setReason('');
      onDone({
        ok: true,
        text: `${redraw ? 'Drew again' : 'Drew'} ${result.view.checks.length} indicators for ${view.periodLabel}: ${result.view.draw?.codes.join(', ') ?? ''}.`,
      });
    } catch (e) {
      showRefusal(e, setProblems, onDone);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="spot-draw-heading">
      <h2 id="spot-draw-heading" className={page.h2}>
        {redraw ? 'Draw again' : 'Draw this quarter’s sample'}
      </h2>
      <p>
        {redraw
          ? 'The sample above is recorded. Drawing again replaces it (the old one is kept for the record) and needs a reason.'
          : 'The draw is random but weighted towards risk: new indicators, a changed written procedure, a problem found by an earlier spot check, or a large swing between the last two figures. It is recorded, so drawing again gives the same sample.'}
      </p>
      <form
        noValidate
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field
          label="How many indicators"
          validationMessage={problems.count}
          validationState={problems.count ? 'error' : 'none'}
        >
          <Input
            className={styles.count}
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(_, d) => setCount(d.value)}
          />
        </Field>
        {redraw && (
          <Field
            label="Why draw again"
            required
            validationMessage={problems.reason}
            validationState={problems.reason ? 'error' : 'none'}
          >
            <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
          </Field>
        )}
        {problems.period && <p role="alert">{problems.period}</p>}
        <div>
          <Button appearance="primary" type="submit" disabled={busy}>
            {redraw ? 'Draw again' : 'Draw the sample'}
          </Button>
        </div>
      </form>
    </section>
  );
}
