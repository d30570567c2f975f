// May this person put the app on the stage? Teams knows (organisers and presenters may, attendees
// may not) and says so through meeting.getAppContentStageSharingCapabilities: the share button,
// and who may present on a stage nobody presents, follow its answer. Outside a meeting, or in a
// host without the call, nobody may.
// https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage
import { useEffect, useState } from 'react';
import { useTeams } from '../../../teams/index.js';

/** null while Teams has not answered yet. */
export function useSharePermission(): boolean | null {
  const { ready, host, context } = useTeams();
  const [allowed, setAllowed] = useState<boolean | null>(null);
  useEffect(() => {
    if (!ready) return;
    if (!context.meetingId || !host.canShareToStage) {
      setAllowed(false);
      return;
    }
    let cancelled = false;
    host.canShareToStage().then(
      (yes) => !cancelled && setAllowed(yes),
      () => !cancelled && setAllowed(false),
    );
    return () => {
      cancelled = true;
    };
  }, [ready, host, context.meetingId]);
  return allowed;
}
