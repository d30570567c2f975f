// The meeting stage's polls on the SharePoint store (Graph emulator), in tenant mode: 20 viewers
// each polling once per 1.5 s round (the clock moved by hand, so the run takes no 1.5 s waits),
// the presenter moving every fifth round. Prints Graph requests and token checks per poll, how many
// polls were answered 304, and the time per poll. Before the stage moved into the store, each poll
// cost one token signature check and one delta on the people list.
import { startGraphEmulator } from '../test/graph-emulator/index.js';
import { councillorFields } from '../test/contract/suite/contract-meeting-stage.js';
import { loadConfig } from '../src/platform/config/config.js';
import { createLogger } from '../src/platform/logging/logger.js';
import { teamsParticipantRoles } from '../src/server/meetings/teams-participant-roles.js';
import { startServer } from '../src/compose/start-server.js';
import { emulatedStore } from '../test/graph-emulator/emulated-site.js';
import {
  FAKE_TENANT,
  startFakeEntra,
  tenantServerOptions,
} from '../test/browser/support/fake-entra.js';
import { startParticipantsStandIn } from '../test/browser/support/meeting-participants.js';
import { fmt, percentile } from './stats.js';

const VIEWERS = 20;
const ROUNDS = 20;
const MEETING = 'MCMxOTptZWV0aW5nX0JlbmNo@thread.v2';

export async function benchStagePolls(): Promise<void> {
  const emulator = await startGraphEmulator();
  const entra = await startFakeEntra();
  const teams = await startParticipantsStandIn(FAKE_TENANT);
  let now = Date.parse('2025-11-20T10:00:00Z');
  const clock = { now: () => new Date(now) };
  const { store } = await emulatedStore(emulator, { clock: () => clock.now() });
  const ids = Array.from(
    { length: VIEWERS },
    (_, i) => `cccccccc-1111-4222-8333-${String(i).padStart(12, '0')}`,
  );
  for (const id of ids) {
    await store.create(
      'people',
      councillorFields(id, `Member ${id.slice(-2)}`),
      { actorId: 'system', channel: 'import' },
      id,
    );
    teams.setRole(MEETING, id, id === ids[0] ? 'Organizer' : 'Attendee');
  }
  const tokens = await Promise.all(ids.map((oid) => entra.token({ oid }, clock.now())));
  const server = await startServer({
    config: loadConfig({ port: 0, host: '127.0.0.1', ...tenantServerOptions(entra) }, {}),
    logger: createLogger('silent'),
    clock,
    store,
    meetingRoles: teamsParticipantRoles({
      serviceUrl: teams.serviceUrl,
      tenantId: FAKE_TENANT,
      getToken: async () => 'bench',
    }),
  });
  const url = `${server.url}/api/meetings/${encodeURIComponent(MEETING)}/stage`;
  const move = (route: string) =>
    fetch(url, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokens[0]}`, 'content-type': 'application/json' },
      body: JSON.stringify({ route, takeOver: true }),
    }).then((r) => r.text());
  await move('#/dashboard');
  const etags = new Map<number, string>();
  const times: number[] = [];
  let notModified = 0;
  const before = store.metrics().requestCount;
  let afterFirst = before;
  for (let round = 0; round < ROUNDS; round++) {
    now += 1500;
    if (round % 5 === 4) await move(`#/dashboard?period=2025-${String(round).padStart(2, '0')}`);
    for (let v = 0; v < VIEWERS; v++) {
      const headers: Record<string, string> = { authorization: `Bearer ${tokens[v]}` };
      const tag = etags.get(v);
      if (tag) headers['if-none-match'] = tag;
      const started = performance.now();
      const res = await fetch(url, { headers });
      await res.text();
      times.push(performance.now() - started);
      if (res.status === 304) notModified++;
      else etags.set(v, res.headers.get('etag')!);
    }
    if (round === 0) afterFirst = store.metrics().requestCount;
  }
  const polls = VIEWERS * ROUNDS;
  const requests = store.metrics().requestCount - before;
  console.log(
    `stage polls: ${polls} polls by ${VIEWERS} viewers over ${ROUNDS} rounds of 1.5 s (4 moves): ` +
      `${requests} Graph requests (${(requests / polls).toFixed(3)} a poll, moves included), ` +
      `${teams.lookups} meeting-role look-ups (claims only), ${notModified} answered 304; ` +
      `per poll p50 ${fmt(percentile(times, 50))}, p95 ${fmt(percentile(times, 95))}`,
  );
  const later = store.metrics().requestCount - afterFirst;
  console.log(
    `  first round (each token checked, each person read once): ${afterFirst - before} Graph requests; ` +
      `the other ${ROUNDS - 1} rounds: ${later} (${(later / (ROUNDS - 1)).toFixed(1)} a round of ${VIEWERS} polls, ` +
      `the 4 moves' writes included). Before: one token check and one people delta per poll.`,
  );
  await server.close();
  await teams.close();
  await entra.close();
  await emulator.close();
}
