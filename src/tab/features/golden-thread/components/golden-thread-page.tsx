// The golden thread: corporate plan → priorities → objectives → indicators and key actions, each
// level with its counts by rating, searchable by code or title.
import { Field, SearchBox, makeStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { getPlan } from '../api/index.js';
import { filterTree } from './filter-tree.js';
import { ThreadNodeView } from './thread-node.js';

const useStyles = makeStyles({
  root: { listStyle: 'none', padding: 0, margin: 0 },
  search: { maxWidth: '420px' },
});

export function GoldenThreadPage() {
  const styles = useStyles();
  const page = usePageStyles();
  const plan = useLoad(() => getPlan(), []);
  const [query, setQuery] = useState('');
  const tree = plan.data?.tree ?? null;
  const shown = useMemo(() => (tree ? filterTree(tree, query) : null), [tree, query]);
  const searching = query.trim().length > 0;
  return (
    <>
      <h1 className={page.h1}>Golden thread</h1>
      {plan.data && <p className={page.muted}>Ratings for {plan.data.period.label}.</p>}
      <Field label="Search by code or title" className={styles.search}>
        <SearchBox id="thread-search" value={query} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {plan.error && <ErrorBar>Could not load the plan: {plan.error.message}</ErrorBar>}
      {!plan.data && plan.loading && <Loading label="Loading the golden thread" />}
      {plan.data && !tree && <p>No corporate plan has been set up yet.</p>}
      {tree && !shown && <p role="status">Nothing matches “{query}”.</p>}
      {shown && (
        <ul className={styles.root} aria-label="The golden thread">
          <ThreadNodeView
            key={searching ? 'search' : 'all'}
            node={shown}
            depth={0}
            expandAll={searching}
          />
        </ul>
      )}
    </>
  );
}
