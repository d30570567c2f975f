// The configurable tab's settings page (manifest configurationUrl `?context=configure`): Teams shows
// it when the tab is added to a meeting or chat; Save stores the content URL it will open, which
// shows the side panel or the stage depending on where Teams puts it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { usePageStyles } from '../../../shared/components/index.js';
import { useTeams } from '../../../teams/index.js';

const useStyles = makeStyles({
  root: { padding: '24px', maxWidth: '640px', color: tokens.colorNeutralForeground1 },
});

export function meetingContentUrl(origin: string): string {
  return `${origin}/?context=meeting#/dashboard`;
}

export function ConfigPage() {
  const styles = useStyles();
  const page = usePageStyles();
  const { ready, host } = useTeams();
  useEffect(() => {
    if (!ready || !host.configure) return;
    const origin = window.location.origin;
    host.configure({
      entityId: 'dashboard',
      contentUrl: meetingContentUrl(origin),
      websiteUrl: `${origin}/#/dashboard`,
      suggestedDisplayName: 'Golden Thread',
    });
  }, [ready, host]);
  return (
    <main className={styles.root}>
      <h1 className={page.h1}>Add Golden Thread</h1>
      <p>
        The tab shows the corporate health dashboard. In a meeting, the side panel lists the
        exceptions to discuss and can share the dashboard to the stage for everyone.
      </p>
      <p className={page.muted}>
        {host.configure ? 'Select Save to add it.' : 'Open this page from Teams to add the tab.'}
      </p>
    </main>
  );
}
