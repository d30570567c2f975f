// One risk (#/risks/CODE): its scores, what it threatens, its mitigations, its review history with
// the trend and, for its owner or the performance team, the review form. Who may review is the
// server's rule (record-review.ts); the tab offers the form to the same people and shows the
// server's refusal if it disagrees.
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import {
  ErrorBar,
  Loading,
  StatusNotice,
  useLoad,
  usePageStyles,
  type Notice,
} from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { useSession } from '../../sign-in/index.js';
import { getRisk, type RiskDetailView } from '../api/get-risk.js';
import { scoreWords } from './register-table.js';
import { ReviewForm } from './review-form.js';
import { MitigationsTable, ReviewsTable } from './risk-tables.js';

// Term and value side by side where there is room, stacked in a 320 px side panel.
const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: '8px 24px',
    margin: 0,
    '& dt': { fontWeight: tokens.fontWeightSemibold },
    '& dd': { margin: 0 },
  },
  fact: { margin: 0 },
});

function Fact({ term, data, children }: { term: string; data?: string; children: ReactNode }) {
  const s = useStyles();
  return (
    <div className={s.fact}>
      <dt>{term}</dt>
      <dd {...(data ? { [`data-${data}`]: '' } : {})}>{children}</dd>
    </div>
  );
}

export function RiskPage({ code }: { code: string }) {
  const page = usePageStyles();
  const s = useStyles();
  const { me } = useSession();
  const loaded = useLoad(() => getRisk(code), [code]);
  const [after, setAfter] = useState<RiskDetailView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const r = after ?? loaded.data;
  const mayReview = !!me && !!r && (me.id === r.owner.id || me.roles.includes('admin'));
  return (
    <>
      <p>
        <Link href="#/risks">All risks</Link>
      </p>
      <h1 className={page.h1}>{r ? `${r.code} ${r.title}` : code}</h1>
      {loaded.error && (
        <ErrorBar>
          Could not load {code}: {loaded.error.message}
        </ErrorBar>
      )}
      {!r && loaded.loading && <Loading label={`Loading ${code}`} />}
      <StatusNotice notice={notice} />
      {r && (
        <>
          <p>{r.description}</p>
          <dl data-risk-facts="" className={s.facts}>
            <Fact term="Owner">{r.owner.name}</Fact>
            <Fact term="Category and status">
              {r.category}, {r.status}
            </Fact>
            <Fact term="Inherent score">{scoreWords(r.inherent)}</Fact>
            <Fact term="Residual score">
              {scoreWords(r.residual)}
              {r.aboveTolerance
                ? `, above the council’s tolerance of ${r.tolerance}`
                : `, within the tolerance of ${r.tolerance}`}
            </Fact>
            <Fact term="Trend" data="trend">
              {r.trend.words}
            </Fact>
            <Fact term="Next review">
              {formatDate(r.reviewDate)}
              {r.reviewOverdue ? ', overdue' : ''}
            </Fact>
            <Fact term="Threatens">
              {[...r.objectiveCodes, ...r.keyActionCodes, ...r.projectCodes].join(', ') || 'none'}
            </Fact>
          </dl>
          <h2 className={page.h2}>Mitigating actions</h2>
          <MitigationsTable risk={r} />
          <h2 className={page.h2}>Review history</h2>
          <ReviewsTable risk={r} />
          {mayReview && (
            <ReviewForm
              key={r.version}
              risk={r}
              onDone={(next) => {
                setAfter(next);
                setNotice({
                  ok: true,
                  text: `Recorded the review of ${next.code}: ${next.trend.words}.`,
                });
              }}
            />
          )}
        </>
      )}
    </>
  );
}
