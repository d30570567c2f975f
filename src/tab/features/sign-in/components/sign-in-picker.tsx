// The sign-in-as picker for the demo people (DESIGN.md runtime: outside Teams, locally).
import { Button, Card, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorBar, Loading, useLoad, usePageStyles } from '../../../shared/components/index.js';
import { getDemoPeople } from '../api/index.js';
import { useSession } from '../session.js';
import { roleNames } from './role-names.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: '12px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  card: { height: '100%' },
  name: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase400 },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function SignInPicker() {
  const styles = useStyles();
  const page = usePageStyles();
  const session = useSession();
  const people = useLoad(getDemoPeople, []);
  const [failed, setFailed] = useState<string | null>(null);
  const choose = (id: string) => {
    setFailed(null);
    session
      .signInAs(id)
      .catch((e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" className={page.h1}>
        Who are you?
      </h1>
      <p className={page.muted}>
        This is the demo council. Choose a person to use Golden Thread as them.
      </p>
      {failed && <ErrorBar>Could not sign in: {failed}</ErrorBar>}
      {people.loading && <Loading label="Loading the demo people" />}
      {people.error && <ErrorBar>Could not load the demo people: {people.error.message}</ErrorBar>}
      <ul className={styles.grid}>
        {(people.data ?? []).map((p) => (
          <li key={p.id}>
            <Card className={styles.card}>
              <p className={styles.name}>{p.name}</p>
              <p className={styles.meta}>{p.jobTitle}</p>
              <p className={styles.meta}>{roleNames(p.roles)}</p>
              <Button
                appearance="primary"
                onClick={() => choose(p.id)}
                aria-label={`Sign in as ${p.name}`}
              >
                Sign in
              </Button>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
