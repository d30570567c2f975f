// The frame around every page. Where Teams shows the tab decides the layout: the settings page
// (`?context=configure`), a meeting's side panel, the shared stage, or the full tab with header and
// navigation. Until someone is signed in, sign-in takes the page's place.
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorBar, InfoBar, Loading } from '../shared/components/index.js';
import { SignInPicker, WhoAmI, useSession } from '../features/sign-in/index.js';
import { ConfigPage, SidePanel, StageView, type StageRoute } from '../features/meeting/index.js';
import { useTeams } from '../teams/index.js';
import { useDeepLink } from './deep-link.js';
import { Page } from './pages.js';
import type { Route } from './router.js';
import { useRoute } from './use-route.js';
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
  // The strategy map spreads across the screen: four columns of cards want more than 1200 px; the
  // dashboard's charts and tables use a wide screen too.
  wide: { maxWidth: 'none' },
});

function isConfigurePage(): boolean {
  return new URLSearchParams(window.location.search).get('context') === 'configure';
}

/** What shows instead of a page until someone is signed in (null once they are). */
function SignInGate() {
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <Loading label="Checking who you are" />;
    case 'failed':
      return <ErrorBar>Golden Thread could not start: {session.error}</ErrorBar>;
    case 'needs-teams':
      return (
        <InfoBar>
          Golden Thread signs you in through Microsoft Teams: open it from the Golden Thread app in
          Teams.
        </InfoBar>
      );
    case 'signed-out':
      return <SignInPicker />;
    default:
      return null;
  }
}

function stageRouteOf(route: Route): StageRoute {
  if (route.page === 'indicator') return { page: 'indicator', code: route.code };
  if (route.page === 'strategy-map')
    return { page: 'strategy-map', period: route.period, plan: route.plan };
  return { page: 'dashboard', period: route.page === 'dashboard' ? route.period : undefined };
}

export function Shell() {
  const styles = useStyles();
  const session = useSession();
  const { context, ready } = useTeams();
  const route = useRoute();
  useDeepLink();
  if (isConfigurePage()) return <ConfigPage />;
  // Sign-in may finish before Teams says where we are (side panel, stage): wait, rather than draw
  // the full tab and fetch its data only to replace it.
  if (!ready) return <Loading label="Starting Golden Thread" />;
  const signedIn = session.status === 'signed-in';
  if (signedIn && context.frameContext === 'sidePanel') return <SidePanel />;
  if (signedIn && context.frameContext === 'meetingStage')
    return <StageView route={stageRouteOf(route)} />;
  return (
    <>
      <header className={styles.header}>
        <span className={styles.brand}>Golden Thread</span>
        {signedIn && (
          <TopNav
            current={route}
            isAdmin={session.me?.roles.includes('admin') ?? false}
            isLeader={session.me?.roles.includes('leadership') ?? false}
            mayPlanServices={session.me?.mayPlanServices ?? false}
          />
        )}
        <WhoAmI />
      </header>
      <main
        className={
          route.page === 'strategy-map' || route.page === 'dashboard'
            ? `${styles.main} ${styles.wide}`
            : styles.main
        }
      >
        <SignInGate />
        {signedIn && <Page route={route} />}
      </main>
    </>
  );
}
