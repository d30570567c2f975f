// The "Risk register" stage view (issue 17 "Views": the register with its filters, on the meeting
// stage). The filters ride in the stage's hash beside the period and the view, as the Risks page
// keeps them in its own address (risk-route.ts), so the stage sync relays the presenter's filters
// and everyone following sees the same register. Only the presenter is offered the filters; the
// room is told in words which ones are in force.
import { ErrorBar, Loading, useLoad } from '../../../shared/components/index.js';
import { parseRiskFilters, type RiskFilterRoute } from '../../../app/risk-route.js';
import { RegisterTable, RiskFilters, getRisks } from '../../risks/index.js';
import { useStageStyles } from './stage-styles.js';
import { useHashQuery } from './stage-views.js';
import { filterWords, hashWithRiskFilters } from './stage-register-filters.js';

export function StageRegister({ presenting }: { presenting: boolean }) {
  const s = useStageStyles();
  const query = useHashQuery();
  // A heat-map cell and a part of the thread are the Risks page's narrowing: not offered here.
  const { status, category, aboveTolerance, reviewOverdue } = parseRiskFilters(query);
  const filters: RiskFilterRoute = { status, category, aboveTolerance, reviewOverdue };
  const register = useLoad(
    () => getRisks(filters),
    [status, category, aboveTolerance, reviewOverdue],
  );
  const all = useLoad(() => getRisks(), []);
  const categories = [...new Set((all.data?.risks ?? []).map((r) => r.category))].sort();
  const words = filterWords(filters);
  const view = register.data;
  return (
    <section aria-labelledby="stage-register">
      <h2 id="stage-register" className={s.h2}>
        The risk register{view ? ` (${view.risks.length})` : ''}
      </h2>
      {presenting ? (
        <RiskFilters
          filters={filters}
          categories={categories}
          onChange={(next) => {
            window.location.hash = hashWithRiskFilters(window.location.hash, next);
          }}
        />
      ) : (
        <p>{words ? `Showing the risks that are ${words}.` : 'Showing every risk.'}</p>
      )}
      {register.error && <ErrorBar>Could not load the risks: {register.error.message}</ErrorBar>}
      {!view && register.loading && <Loading label="Loading the risks" />}
      {view &&
        (view.risks.length === 0 ? (
          <p>No risks match these filters.</p>
        ) : (
          <RegisterTable risks={view.risks} />
        ))}
    </section>
  );
}
