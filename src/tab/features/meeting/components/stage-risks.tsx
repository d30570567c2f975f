// The "Risks" stage view (issue 17 "Views", on the meeting stage): the heat map of residual scores
// in large type beside the risks above the council's tolerance, each written out in full (score,
// band, owner, trend, review date), since nobody in the room can hover. Closed risks are left out:
// the meeting looks at what still threatens the plan.
import { ErrorBar, Loading, useLoad } from '../../../shared/components/index.js';
import { formatDate } from '../../../shared/format/index.js';
import { HeatMap, getRisks, scoreWords } from '../../risks/index.js';
import { useStageStyles } from './stage-styles.js';

export function StageRisks() {
  const s = useStageStyles();
  const loaded = useLoad(() => getRisks(), []);
  const view = loaded.data;
  const live = view?.risks.filter((r) => r.status !== 'closed') ?? [];
  const above = live.filter((r) => r.aboveTolerance);
  return (
    <>
      {loaded.error && <ErrorBar>Could not load the risks: {loaded.error.message}</ErrorBar>}
      {!view && loaded.loading && <Loading label="Loading the risks" />}
      {view && (
        <div className={s.riskViews}>
          <section aria-labelledby="stage-heat">
            <h2 id="stage-heat" className={s.h2}>
              Open risks by residual score ({live.length})
            </h2>
            <HeatMap large risks={live} bands={view.bands} tolerance={view.tolerance} />
          </section>
          <section aria-labelledby="stage-above">
            <h2 id="stage-above" className={s.h2}>
              Above tolerance ({above.length})
            </h2>
            {above.length === 0 ? (
              <p>No open risk is above the tolerance of {view.tolerance}.</p>
            ) : (
              <ul className={s.rows}>
                {above.map((r) => (
                  <li key={r.id} className={s.riskRow}>
                    <span className={s.code}>{r.code}</span>
                    <span>{r.title}</span>
                    <span className={s.riskDetail}>
                      <strong>{scoreWords(r.residual)}</strong>; {r.trend.words}; owner{' '}
                      {r.owner.name}; review {formatDate(r.reviewDate)}
                      {r.reviewOverdue ? ', overdue' : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </>
  );
}
