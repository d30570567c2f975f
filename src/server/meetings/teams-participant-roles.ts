// Meeting roles from Teams: the Bot Framework's Get participant API,
// GET {serviceUrl}/v1/meetings/{meetingId}/participants/{participantId}?tenantId={tenantId}
// (https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-participant-api),
// called with the bot's token; the answer's `meeting.role` is Organizer, Presenter or Attendee.
// The participant id may be the person's Entra object id, which is their person id here.
// Teams answers only for meetings where the app is installed, with the RSC permission
// OnlineMeetingParticipant.Read.Chat in the manifest; 404 means "not a participant".
import type { MeetingRole, MeetingRoles } from '../../app/meeting-stage/index.js';

export interface TeamsParticipantRolesOptions {
  /** The regional Bot Framework service URL (GT_NUDGE_SERVICE_URL), e.g. https://smba.trafficmanager.net/uk/. */
  serviceUrl: string;
  tenantId: string;
  getToken: () => Promise<string>;
  fetch?: typeof fetch;
}

const ROLES: readonly MeetingRole[] = ['Organizer', 'Presenter', 'Attendee'];

export function teamsParticipantRoles(o: TeamsParticipantRolesOptions): MeetingRoles {
  const http = o.fetch ?? fetch;
  const base = o.serviceUrl.replace(/\/+$/, '');
  return {
    async roleOf(meetingId, personId) {
      const url =
        `${base}/v1/meetings/${encodeURIComponent(meetingId)}/participants/` +
        `${encodeURIComponent(personId)}?tenantId=${encodeURIComponent(o.tenantId)}`;
      const res = await http(url, {
        headers: { authorization: `Bearer ${await o.getToken()}`, accept: 'application/json' },
      });
      if (res.status === 404) return null;
      // Anything else unexpected fails closed: no role, no presenting (the error says why).
      if (!res.ok) throw new Error(`Teams could not say who may present (HTTP ${res.status})`);
      const body = (await res.json()) as { meeting?: { role?: unknown } };
      const role = body.meeting?.role;
      return ROLES.includes(role as MeetingRole) ? (role as MeetingRole) : 'Attendee';
    },
  };
}
