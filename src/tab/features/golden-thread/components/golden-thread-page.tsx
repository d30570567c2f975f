// The golden thread: corporate plan → priorities → objectives → indicators and key actions, each
// level with its counts by rating, filtered by directorate, service, portfolio and priority, and
// searchable by code or title. The filters are in the address, so a directorate's or a service's
// thread is a page to link to, and for one of them its budget stands beside its ratings.
import { Field, SearchBox, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { getBudget, getIndicatorSummaries, getPlan } from '../api/index.js';
import { BudgetPanel } from './budget-panel.js';
import { filterByOrganisation, NO_FILTERS, type ThreadFilters } from './filter-by-organisation.js';
import { filterTree } from './filter-tree.js';
import { choicesFor, ThreadFiltersBar } from './thread-filters.js';
import { ThreadNodeView } from './thread-node.js';

const useStyles = makeStyles({
  root: { listStyle: 'none', padding: 0, margin: 0 },
  search: { maxWidth: '420px', marginTop: '12px' },
});

const nameOf = (choices: [string, string][], id: string) =>
  choices.find(([key]) => key === id)?.[1] ?? id;

export function GoldenThreadPage({
  filters: chosen = {},
  onFilters,
}: {
  filters?: Partial<ThreadFilters>;
  onFilters: (next: ThreadFilters) => void;
}) {
  const styles = useStyles();
  const page = usePageStyles();
  const plan = useLoad(() => getPlan(), []);
  const summaries = useLoad(getIndicatorSummaries, []);
  const [query, setQuery] = useState('');
  const filters = { ...NO_FILTERS, ...chosen };
  // A budget belongs to a directorate or a service (not to a portfolio or priority): asked for
  // only when one is chosen.
  const budgetScope = filters.directorate || filters.service;
  const budget = useLoad(() => (budgetScope ? getBudget() : Promise.resolve(null)), [budgetScope]);
  const tree = plan.data?.tree ?? null;
  const list = useMemo(() => summaries.data ?? [], [summaries.data]);
  const choices = useMemo(() => choicesFor(list, tree), [list, tree]);
  const key = JSON.stringify(filters);
  const scoped = useMemo(() => tree && filterByOrganisation(tree, filters), [tree, key]);
  const shown = useMemo(() => (scoped ? filterTree(scoped, query) : null), [scoped, query]);
  const filtered = Object.values(filters).some(Boolean);
  const searching = query.trim().length > 0 || filtered;
  return (
    <>
      <h1 className={page.h1}>Golden thread</h1>
      {plan.data && <p className={page.muted}>Ratings for {plan.data.period.label}.</p>}
      {tree && <ThreadFiltersBar choices={choices} value={filters} onChange={onFilters} />}
      {summaries.error && (
        <ErrorBar>Could not load the filters: {summaries.error.message}</ErrorBar>
      )}
      {budgetScope && budget.error && (
        <ErrorBar>Could not load the budget: {budget.error.message}</ErrorBar>
      )}
      {budgetScope && plan.data && !budget.loading && !budget.error && (
        <BudgetPanel
          name={nameOf(filters.service ? choices.service : choices.directorate, budgetScope)}
          scope={filters}
          position={budget.data}
          indicatorCounts={scoped?.indicatorCounts ?? null}
          actionCounts={scoped?.actionCounts ?? null}
          periodLabel={plan.data.period.label}
        />
      )}
      <Field label="Search by code or title" className={styles.search}>
        <SearchBox id="thread-search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {plan.error && <ErrorBar>Could not load the plan: {plan.error.message}</ErrorBar>}
      {!plan.data && plan.loading && <Loading label="Loading the golden thread" />}
      {plan.data && !tree && <p>No corporate plan has been set up yet.</p>}
      {tree && !shown && (
        <p role="status">
          {query.trim() ? `Nothing matches “${query}”` : 'Nothing matches these filters'}
          {query.trim() && filtered ? ' with these filters' : ''}.
        </p>
      )}
      {shown && (
        <ul className={styles.root} aria-label="The golden thread">
          <ThreadNodeView
            key={searching ? `search-${key}` : 'all'}
            node={shown}
            depth={0}
            expandAll={searching}
          />
        </ul>
      )}
    </>
  );
}
