// The golden thread: corporate plan → priorities → objectives → indicators and key actions, each
// level with its counts by rating, filtered by directorate, service, portfolio and priority, and
// searchable by code or title.
import { Field, SearchBox, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { getIndicatorSummaries, getPlan } from '../api/index.js';
import { filterByOrganisation, NO_FILTERS } from './filter-by-organisation.js';
import { filterTree } from './filter-tree.js';
import { choicesFor, ThreadFiltersBar } from './thread-filters.js';
import { ThreadNodeView } from './thread-node.js';

const useStyles = makeStyles({
  root: { listStyle: 'none', padding: 0, margin: 0 },
  search: { maxWidth: '420px', marginTop: '12px' },
});

export function GoldenThreadPage() {
  const styles = useStyles();
  const page = usePageStyles();
  const plan = useLoad(() => getPlan(), []);
  const summaries = useLoad(getIndicatorSummaries, []);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState(NO_FILTERS);
  const tree = plan.data?.tree ?? null;
  const list = useMemo(() => summaries.data ?? [], [summaries.data]);
  const choices = useMemo(() => choicesFor(list, tree), [list, tree]);
  const shown = useMemo(() => {
    const scoped = tree && filterByOrganisation(tree, filters);
    return scoped ? filterTree(scoped, query) : null;
  }, [tree, filters, query]);
  const filtered = Object.values(filters).some(Boolean);
  const searching = query.trim().length > 0 || filtered;
  return (
    <>
      <h1 className={page.h1}>Golden thread</h1>
      {plan.data && <p className={page.muted}>Ratings for {plan.data.period.label}.</p>}
      {tree && <ThreadFiltersBar choices={choices} value={filters} onChange={setFilters} />}
      {summaries.error && (
        <ErrorBar>Could not load the filters: {summaries.error.message}</ErrorBar>
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
            key={searching ? `search-${JSON.stringify(filters)}` : 'all'}
            node={shown}
            depth={0}
            expandAll={searching}
          />
        </ul>
      )}
    </>
  );
}
