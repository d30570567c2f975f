// The frame around every page: header with the app name, navigation and who you are; the page in
// a main landmark. Until someone is signed in, the sign-in-as picker takes the page's place.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar, Loading } from '../shared/components/index.js';
import { SignInPicker, WhoAmI, useSession } from '../features/sign-in/index.js';
import { Page } from './pages.js';
import { useRoute } from './router.js';
import { TopNav } from './top-nav.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: '8px 24px',
    padding: '8px 24px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  main: { padding: '16px 24px 48px', maxWidth: '1200px' },
});

export function Shell() {
  const styles = useStyles();
  const session = useSession();
  const route = useRoute();
  const signedIn = session.status === 'signed-in';
  return (
    <>
      <header className={styles.header}>
        <span className={styles.brand}>Golden Thread</span>
        {signedIn && <TopNav current={route} />}
        <WhoAmI />
      </header>
      <main className={styles.main}>
        {session.status === 'loading' && <Loading label="Checking who you are" />}
        {session.status === 'failed' && (
          <ErrorBar>Golden Thread could not start: {session.error}</ErrorBar>
        )}
        {session.status === 'signed-out' && <SignInPicker />}
        {signedIn && <Page route={route} />}
      </main>
    </>
  );
}
