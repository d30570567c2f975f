// The strategy map page: plan → priorities → objectives → the indicators and key actions that
// serve them, with the plan, the period and the golden thread's filters (directorate, service,
// portfolio, priority). The plan and period live in the address (#/strategy-map?period=…&plan=…),
// so a link or the meeting stage opens the same map.
import { Field, Select, makeStyles, mergeClasses } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import {
  ErrorBar,
  Loading,
  PeriodSelect,
  useLoad,
  usePageStyles,
} from '../../../shared/components/index.js';
import { getIndicatorSummaries } from '../../golden-thread/api/index.js';
import {
  BasisNotice,
  ProvisionalSwitch,
  useIncludeProvisional,
  useMayIncludeProvisional,
} from '../../dashboard/index.js';
import { getPeriodOptions, getStrategyMap } from '../api/index.js';
import {
  choicesFor,
  filterByOrganisation,
  FIT_TO_PANEL,
  NO_FILTERS,
  ThreadFiltersBar,
} from './map-filters.js';
import { StrategyMapView } from './strategy-map-view.js';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  field: { minWidth: '200px' },
  // A long plan title must not widen the page past a 320 px side panel.
  planField: { flex: '0 1 520px', minWidth: 0, maxWidth: '100%' },
  planSelect: { width: '100%' },
  filters: { marginTop: '12px' },
  // Native selects shrink to a 320 px side panel rather than widen the page.
  fit: FIT_TO_PANEL,
});

export interface StrategyMapPageProps {
  period?: string;
  plan?: string;
  onChange: (next: { period?: string; plan?: string }) => void;
}

export function StrategyMapPage({ period, plan, onChange }: StrategyMapPageProps) {
  const styles = useStyles();
  const page = usePageStyles();
  const mayInclude = useMayIncludeProvisional();
  const [wantProvisional, setProvisional] = useIncludeProvisional();
  const include = mayInclude && wantProvisional;
  const map = useLoad(() => getStrategyMap(period, plan, include), [period, plan, include]);
  const shownPlan = map.data?.plan ?? null;
  // The filters' choices are asked for once the thread has arrived: asked for together, the two
  // requests share the server's time and the map waits for both.
  const mapIn = map.data !== null;
  const summaries = useLoad(
    () => (mapIn ? getIndicatorSummaries() : Promise.resolve(null)),
    [mapIn],
  );
  const periods = useLoad(() => getPeriodOptions(shownPlan), [shownPlan?.id, shownPlan?.current]);
  const [filters, setFilters] = useState(NO_FILTERS);
  const tree = map.data?.tree ?? null;
  const choices = useMemo(() => choicesFor(summaries.data ?? [], tree), [summaries.data, tree]);
  const shown = useMemo(() => tree && filterByOrganisation(tree, filters), [tree, filters]);
  const plans = map.data?.plans ?? [];
  return (
    <>
      <h1 className={page.h1}>Strategy map</h1>
      {map.data && (
        <BasisNotice
          basis={map.data.basis}
          provisionalCount={Object.keys(map.data.provisional).length}
        />
      )}
      {map.data && shownPlan && (
        <p className={page.muted}>
          {shownPlan.title} ({shownPlan.firstYear} to {shownPlan.lastYear}
          {shownPlan.current ? ', the current plan' : ', an earlier plan'}): ratings for{' '}
          {map.data.period.label}.
        </p>
      )}
      <div className={mergeClasses(styles.controls, styles.fit)}>
        {plans.length > 1 && (
          <Field label="Plan" className={styles.planField}>
            <Select
              id="strategy-map-plan"
              className={styles.planSelect}
              value={shownPlan?.code ?? ''}
              onChange={(_, d) => {
                const next = plans.find((p) => p.code === d.value);
                onChange({ plan: next && !next.current ? next.code : undefined });
              }}
            >
              {plans.map((p) => (
                <option key={p.id} value={p.code}>
                  {p.title} ({p.firstYear}–{p.lastYear}){p.current ? ', current' : ''}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {mayInclude && <ProvisionalSwitch checked={include} onChange={setProvisional} />}
        {map.data && periods.data && (
          <div className={styles.field}>
            <PeriodSelect
              id="strategy-map-period"
              label={shownPlan && !shownPlan.current ? 'Year' : 'Month'}
              periods={periods.data}
              value={map.data.period.key}
              onChange={(key) => onChange({ period: key, plan })}
            />
          </div>
        )}
      </div>
      {tree && (
        <div className={mergeClasses(styles.filters, styles.fit)}>
          <ThreadFiltersBar choices={choices} value={filters} onChange={setFilters} />
        </div>
      )}
      {summaries.error && (
        <ErrorBar>Could not load the filters: {summaries.error.message}</ErrorBar>
      )}
      {map.error && <ErrorBar>Could not load the strategy map: {map.error.message}</ErrorBar>}
      {!map.data && map.loading && <Loading label="Loading the strategy map" />}
      {map.data && !tree && <p>No corporate plan has been set up yet.</p>}
      {tree && !shown && <p role="status">Nothing matches these filters.</p>}
      {shown && shownPlan && (
        <StrategyMapView
          key={shownPlan.id}
          tree={shown}
          provisional={map.data?.provisional}
          label={`Strategy map of ${shownPlan.title}`}
        />
      )}
    </>
  );
}
