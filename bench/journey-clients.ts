// The write journey's clients, in a process of their own. Its steps carry functions (each reads
// the version the step before answered with), which autocannon's worker threads cannot take, and
// clients on the server's own event loop compete with it for the loop: at 200 clients on a
// saturated loop, half of them were never even accepted within the 10 s timeout, a fault of the
// bench rather than of the server.
import autocannon from 'autocannon';
import { inChild } from './child.js';

type Options = Parameters<typeof autocannon>[0];

export interface JourneySpec {
  url: string;
  returnIds: string[];
  connections: number;
  seconds: number;
}

export interface JourneyOutcome {
  rps: number;
  p99: number;
  /** Timeouts, connection errors and anything that is not a 2xx. */
  errors: number;
  /** What the errors were, e.g. "412 timeouts, HTTP 409 × 5" (empty when none). */
  errorKinds: string;
  total: number;
}

/** A run's figures from autocannon's result: the one reading of it for every run of clients. */
export function outcomeOf(result: autocannon.Result): JourneyOutcome {
  const kinds = [
    result.timeouts ? `${result.timeouts} timeouts` : '',
    // Connection errors count timeouts too: the rest are refused or reset connections.
    result.errors > result.timeouts ? `${result.errors - result.timeouts} connection errors` : '',
    ...Object.entries(result.statusCodeStats ?? {})
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, { count }]) => `HTTP ${code} × ${count}`),
  ];
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    // autocannon counts a timeout among its errors as well as apart (lib/run.js, onTimeout):
    // adding both counted each timeout twice.
    errors: result.errors + result.non2xx,
    errorKinds: kinds.filter(Boolean).join(', '),
    total: result.requests.total,
  };
}

/**
 * The quarter-end journey as requests: each client takes a return of its own and enters it (on
 * target, so the check needs no plan), has it checked and authorised, then reopens it as the
 * performance team would for a restatement, so it can go round again for as long as the run
 * lasts. Each step names the version the previous one answered with.
 */
function journey(url: string, returnIds: string[]): Options {
  // autocannon starts each round of the sequence with a fresh context, so a round takes a return
  // no other round holds, and gives it back when its last step is answered.
  const free = [...returnIds];
  type Context = { id?: string; version?: string };
  const step = (
    who: string,
    action: string | null,
    body: (c: Context) => object | null,
    last = false,
  ): NonNullable<Options['requests']>[number] => ({
    method: action ? 'POST' : 'GET',
    setupRequest: (req, context: Context) => {
      context.id ??= free.shift();
      if (!context.id) throw new Error('more journeys at once than returns to enter');
      const path = `/api/returns/${encodeURIComponent(context.id)}${action ? `/${action}` : ''}`;
      const payload = body(context);
      return {
        ...req,
        path,
        // Not gzip: autocannon hands the body over as text, and each step reads its version.
        headers: { 'x-gt-user': who, 'content-type': 'application/json' },
        body: payload ? JSON.stringify(payload) : undefined,
      };
    },
    onResponse: (status, text, context: Context) => {
      if (status === 200) context.version = (JSON.parse(text) as { version: string }).version;
      if (last && context.id) free.push(context.id);
    },
  });
  return {
    url,
    requests: [
      step('collector', null, () => null),
      step('collector', 'submit', (c) => ({
        version: c.version,
        // Even-numbered indicators are higher-is-better; targets are 100.
        value: Number(c.id!.split('|')[0]!.slice(4)) % 2 === 0 ? '110' : '90',
        commentary: 'On track this month',
      })),
      step('responsible', 'check', (c) => ({ version: c.version })),
      step('authoriser', 'authorise', (c) => ({ version: c.version })),
      step(
        'admin',
        'reopen',
        (c) => ({ version: c.version, reason: 'Restated for the bench' }),
        true,
      ),
    ],
  };
}

/** Runs the journey's clients in a process of their own (see the header). */
export function runJourney(spec: JourneySpec): Promise<JourneyOutcome> {
  return inChild<JourneySpec, JourneyOutcome>(import.meta.url, 'journeyClients', spec);
}

/** The clients themselves: what the child process runs. */
export async function journeyClients(spec: JourneySpec): Promise<JourneyOutcome> {
  const result = await autocannon({
    timeout: 10,
    duration: spec.seconds,
    connections: spec.connections,
    ...journey(spec.url, spec.returnIds),
  });
  return outcomeOf(result);
}
