// The "Deep-dive review" section of an indicator page (issue 16): a flag when the indicator is
// persistently under-performing (and the performance team's "Start a deep-dive review" button,
// prominent then), the review under way with its questions — a form for its lead and the team,
// read-only words for everyone else — and the closed reviews below, each with what it found.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  ErrorBar,
  InfoBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { getIndicatorDeepDives, type DeepDiveView, type IndicatorDeepDives } from '../api/index.js';
import { CloseForm } from './close-form.js';
import { ReviewFacts } from './review-facts.js';
import { ReviewForm } from './review-form.js';
import { ReviewText } from './review-text.js';
import { StartForm } from './start-form.js';

const useStyles = makeStyles({
  // minmax(0, …): a long option or word never widens the page past a 320 px panel.
  stack: { display: 'grid', gap: '12px', gridTemplateColumns: 'minmax(0, 1fr)' },
  closed: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: '8px',
  },
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

function flagWords(about: IndicatorDeepDives, open: DeepDiveView | undefined): string {
  if (open)
    return `${about.indicator.code} is flagged for persistent under-performance; its deep-dive review is under way.`;
  return `${about.indicator.code} is flagged for persistent under-performance: it calls for a deep-dive review.`;
}

function OpenReview({
  review,
  about,
  onDone,
}: {
  review: DeepDiveView;
  about: IndicatorDeepDives;
  onDone: (after: DeepDiveView, text: string) => void;
}) {
  const page = usePageStyles();
  const s = useStyles();
  const [closing, setClosing] = useState(false);
  return (
    <div className={s.stack}>
      <h3 className={page.h3}>Under way</h3>
      <ReviewFacts review={review} />
      {review.may.write ? (
        <ReviewForm
          key={review.version}
          review={review}
          leads={about.leads}
          onDone={(after) => onDone(after, 'The deep-dive review was saved.')}
        />
      ) : (
        <ReviewText review={review} />
      )}
      {review.may.close &&
        (closing ? (
          <CloseForm
            review={review}
            onDone={(after) => onDone(after, 'The deep-dive review was closed.')}
          />
        ) : (
          <div>
            <Button onClick={() => setClosing(true)}>Close the review…</Button>
          </div>
        ))}
    </div>
  );
}

export function DeepDiveSection({ code }: { code: string }) {
  const page = usePageStyles();
  const s = useStyles();
  const about = useLoad(() => getIndicatorDeepDives(code), [code]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [starting, setStarting] = useState(false);
  const d = about.data;
  const open = d?.reviews.find((r) => r.status === 'open');
  const closed = d?.reviews.filter((r) => r.status === 'closed') ?? [];
  const done = (text: string) => {
    setNotice({ ok: true, text });
    setStarting(false);
    about.reload();
  };
  return (
    <section aria-labelledby="deep-dive-heading" className={s.stack}>
      <h2 id="deep-dive-heading" className={page.h2}>
        Deep-dive review
      </h2>
      <StatusNotice notice={notice} />
      {about.error && (
        <ErrorBar>
          Could not load the deep-dive reviews of {code}: {about.error.message}
        </ErrorBar>
      )}
      {!d && about.loading && <Loading label="Loading the deep-dive reviews" />}
      {d?.persistent && <InfoBar intent="warning">{flagWords(d, open)}</InfoBar>}
      {d?.mayStart && !starting && (
        <div>
          <Button
            appearance={d.persistent ? 'primary' : 'secondary'}
            onClick={() => setStarting(true)}
          >
            Start a deep-dive review
          </Button>
        </div>
      )}
      {d && starting && (
        <StartForm
          about={d}
          onDone={() => done('The deep-dive review was started.')}
          onCancel={() => setStarting(false)}
        />
      )}
      {d && !open && !closed.length && (
        <p className={page.muted}>No deep-dive review of {code} yet.</p>
      )}
      {d && open && <OpenReview review={open} about={d} onDone={(_, text) => done(text)} />}
      {closed.length > 0 && (
        <>
          <h3 className={page.h3}>Closed reviews ({closed.length})</h3>
          {closed.map((r) => (
            <details key={r.id} className={s.closed}>
              <summary className={s.summary}>
                {r.standing} · {r.triggerWords}
              </summary>
              <ReviewFacts review={r} />
              <ReviewText review={r} />
            </details>
          ))}
        </>
      )}
    </section>
  );
}
