// The Risks page (#/risks, issue 17 "Views"): the heat map of residual scores with its table
// alternative, the filters, and the register. A heat-map cell narrows the register to its risks;
// the other filters are the API's, so the page shows what GET /api/risks answers.
import { Button, makeStyles } from '@fluentui/react-components';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { hrefFor, navigate } from '../../../app/router.js';
import type { RiskFilterRoute, ThreadFilterKind } from '../../../app/risk-route.js';
import { getRisks } from '../api/get-risks.js';
import { HeatMap } from './heat-map.js';
import { HeatTable } from './heat-table.js';
import { RegisterTable } from './register-table.js';
import { RiskFilters } from './risk-filters.js';

const useStyles = makeStyles({
  views: { display: 'flex', flexWrap: 'wrap', gap: '16px 32px', alignItems: 'start' },
  part: { flex: '1 1 20rem', minWidth: 0 },
});

const go = (filters: RiskFilterRoute) => navigate({ page: 'risks', filters });

const THREAD_WORDS: Record<ThreadFilterKind, (code: string) => string> = {
  objective: (code) => `objective ${code}`,
  priority: (code) => `priority ${code} (any of its objectives)`,
  keyAction: (code) => `key action ${code}`,
  indicator: (code) => `the objectives indicator ${code} serves`,
};

export function RisksPage({ filters }: { filters: RiskFilterRoute }) {
  const page = usePageStyles();
  const s = useStyles();
  const { status, category, aboveTolerance, reviewOverdue, cell, thread } = filters;
  const register = useLoad(
    () => getRisks({ status, category, aboveTolerance, reviewOverdue, thread }),
    [status, category, aboveTolerance, reviewOverdue, thread?.kind, thread?.code],
  );
  // The categories to choose from: every one in the register, not only the filtered ones.
  const all = useLoad(() => getRisks(), []);
  const categories = [...new Set((all.data?.risks ?? []).map((r) => r.category))].sort();
  const view = register.data;
  const shown = view?.risks.filter(
    (r) =>
      !cell || (r.residual.likelihood === cell.likelihood && r.residual.impact === cell.impact),
  );
  return (
    <>
      <h1 className={page.h1}>Risks</h1>
      <p>
        The council’s risk register: each risk’s score before and after its mitigations, on a 5×5
        matrix of likelihood and impact. Risks scoring above the tolerance are escalated.
      </p>
      <RiskFilters filters={filters} categories={categories} onChange={go} />
      {thread && (
        <p className={page.row}>
          Showing the risks that threaten {THREAD_WORDS[thread.kind](thread.code)}.
          <Button onClick={() => go({ ...filters, thread: undefined })}>
            Show risks to every part of the plan
          </Button>
        </p>
      )}
      {register.error && <ErrorBar>Could not load the risks: {register.error.message}</ErrorBar>}
      {!view && register.loading && <Loading label="Loading the risks" />}
      {view && shown && (
        <>
          <div className={s.views}>
            <section className={s.part} aria-labelledby="risk-heat">
              <h2 id="risk-heat" className={page.h2}>
                Heat map of residual scores
              </h2>
              <HeatMap
                risks={view.risks}
                bands={view.bands}
                tolerance={view.tolerance}
                selected={cell}
                hrefOf={(c) =>
                  hrefFor({
                    page: 'risks',
                    filters: { ...filters, cell: { likelihood: c.likelihood, impact: c.impact } },
                  })
                }
              />
            </section>
            <section className={s.part} aria-labelledby="risk-heat-table">
              <h2 id="risk-heat-table" className={page.h2}>
                The heat map as a table
              </h2>
              <HeatTable risks={view.risks} bands={view.bands} tolerance={view.tolerance} />
            </section>
          </div>
          <h2 className={page.h2}>The register</h2>
          {cell && (
            <p className={page.row}>
              Showing the risks at likelihood {cell.likelihood}, impact {cell.impact}.
              <Button onClick={() => go({ ...filters, cell: undefined })}>Show every cell</Button>
            </p>
          )}
          {shown.length === 0 ? (
            <p>No risks match these filters.</p>
          ) : (
            <RegisterTable risks={shown} />
          )}
        </>
      )}
    </>
  );
}
