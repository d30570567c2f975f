// Who may drive a meeting's shared stage. Teams lets only organisers and presenters share app
// content to the stage (an attendee's shareAppContentToStage fails with error 1000), and the
// server must not take the tab's word for it: it asks Teams for the person's meeting role
// (Get participant API, https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-participant-api).
import { ForbiddenError } from '../../domain/errors/errors.js';

/** The roles Teams reports in `meeting.role` of the Get participant answer. */
export type MeetingRole = 'Organizer' | 'Presenter' | 'Attendee';

export interface MeetingRoles {
  /** The person's role in the meeting, or null when Teams does not know them as a participant. */
  roleOf(meetingId: string, personId: string): Promise<MeetingRole | null>;
}

/** Organisers (co-organisers are reported as Organizer) and presenters may present. */
export function mayPresent(role: MeetingRole | null): boolean {
  return role === 'Organizer' || role === 'Presenter';
}

/**
 * Refuses unless the person may present. With no role lookup (local mode, no Teams) everyone may:
 * the demo has no meetings to ask about.
 */
export async function assertMayPresent(
  roles: MeetingRoles | undefined,
  meetingId: string,
  personId: string,
): Promise<void> {
  if (!roles) return;
  const role = await roles.roleOf(meetingId, personId);
  if (!mayPresent(role)) {
    throw new ForbiddenError(
      role
        ? `Only the meeting's organisers and presenters can present on the stage (you are an ${role.toLowerCase()})`
        : 'Only people in this meeting can present on its stage',
    );
  }
}
