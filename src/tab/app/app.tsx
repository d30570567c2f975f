// The tab's root: the host (Teams or the stand-in) gives the theme; Fluent draws with it.
import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { TeamsProvider, useTeams, type TeamsHost } from '../teams/index.js';
import { SessionProvider } from '../features/sign-in/index.js';
import { Shell } from './shell.js';
import { fluentTheme, useForcedColors } from './themes.js';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

function Themed() {
  const styles = useStyles();
  const { theme } = useTeams();
  const forced = useForcedColors();
  return (
    <FluentProvider
      theme={fluentTheme(theme, forced)}
      className={styles.root}
      data-theme={theme}
      data-forced-colors={forced ? 'active' : undefined}
    >
      <SessionProvider>
        <Shell />
      </SessionProvider>
    </FluentProvider>
  );
}

export function App({ host }: { host?: TeamsHost }) {
  return (
    <TeamsProvider host={host}>
      <Themed />
    </TeamsProvider>
  );
}
