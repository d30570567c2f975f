// A stand-in for Teams' Get participant API (Bot Framework, per meeting):
// GET /v1/meetings/{meetingId}/participants/{participantId}?tenantId={tenantId}, bearer token
// required, answering the participant's `meeting.role` (Organizer, Presenter, Attendee), 404 for
// someone who is not in the meeting.
// https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-participant-api
// Strict where Teams is: no token → 401, no tenantId → 400.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MeetingRole } from '../../../src/app/meeting-stage/index.js';

export interface ParticipantsStandIn {
  serviceUrl: string;
  /** Sets a person's role in a meeting (who is in which meeting, as Teams would know). */
  setRole(meetingId: string, personId: string, role: MeetingRole): void;
  /** How many role look-ups were asked (the stage asks only when someone claims it). */
  lookups: number;
  close(): Promise<void>;
}

export async function startParticipantsStandIn(tenantId: string): Promise<ParticipantsStandIn> {
  const roles = new Map<string, MeetingRole>();
  const key = (m: string, p: string) => `${m}\n${p}`;
  const standIn = { lookups: 0 } as ParticipantsStandIn;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const match = /^\/v1\/meetings\/([^/]+)\/participants\/([^/]+)$/.exec(url.pathname);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' || !match) return send(404, { error: { code: 'NotFound' } });
    if (!/^Bearer \S+$/.test(req.headers.authorization ?? ''))
      return send(401, { error: { code: 'Unauthorized' } });
    if (url.searchParams.get('tenantId') !== tenantId)
      return send(400, { error: { code: 'BadArgument', message: 'tenantId is required' } });
    standIn.lookups++;
    const meetingId = decodeURIComponent(match[1]!);
    const personId = decodeURIComponent(match[2]!);
    const role = roles.get(key(meetingId, personId));
    if (!role) return send(404, { error: { code: 'NotFound', message: 'not a participant' } });
    send(200, {
      user: { id: `29:${personId}`, aadObjectId: personId, tenantId },
      meeting: { role, inMeeting: true },
      conversation: { id: meetingId, isGroup: true, conversationType: 'groupChat' },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  standIn.serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  standIn.setRole = (m, p, role) => roles.set(key(m, p), role);
  standIn.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return standIn;
}
