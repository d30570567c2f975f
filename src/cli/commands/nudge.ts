// `golden-thread nudge --dry-run [--at "2025-07-18T09:00"]`: who would be reminded of what at that
// London moment, and why — the nudge cycle's own plan, with nothing claimed or sent.
import type { Command } from 'commander';
import { dryRunNudges, type DryRun } from '../../app/nudges/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { formatDate, instantFromLondon } from '../../domain/periods/index.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export function formatDryRun(run: DryRun, atText: string): string {
  const lines = [`Nudges at ${atText} London time (${formatDate(run.plan.day)}):`];
  if (run.plan.quiet) lines.push(`  nothing is sent: it is ${run.plan.quiet}.`);
  else if (!run.people.length) lines.push('  nobody is due a reminder.');
  for (const p of run.people) {
    lines.push(`  ${p.recipientName}: one digest of ${p.items.length}`);
    for (const i of p.items) {
      const done = i.already ? ` [ledger: ${i.already}]` : '';
      lines.push(`    - ${i.reason}${done}`);
    }
  }
  if (run.held.length) {
    lines.push('  Held back:');
    for (const h of run.held) lines.push(`    - ${h.recipientName}: ${h.reason} — ${h.why}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `--at` as a London instant; a bad one is reported under the option's own name. */
function atOption(text: string): string {
  try {
    return instantFromLondon(text);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    throw new ValidationError(
      err.problems.map((p) => ({ field: '--at', message: p.message })),
      '--at',
    );
  }
}

export function addNudgeCommand(program: Command, io: CliIo): void {
  program
    .command('nudge')
    .description('show who the reminder cycle would nudge, and why (the server sends them)')
    .option('--dry-run', 'print the plan; nothing is sent (the only mode on the command line)')
    .option('--at <time>', 'London date and time, e.g. "2025-07-18T09:00" (default: now)')
    .action(async (_o: unknown, cmd: Command) => {
      const opts = cmd.optsWithGlobals<GlobalOptions & { dryRun?: boolean; at?: string }>();
      if (!opts.dryRun) {
        throw new ValidationError(
          'reminders are sent by the server; use --dry-run to see what it would send',
          '--dry-run',
        );
      }
      // A bad --at is named before the store is opened (or the demo seeded).
      const given = opts.at ? atOption(opts.at) : undefined;
      const { run, at } = await withDeps(opts, { io }, async (deps) => {
        const when = given ?? deps.clock.now().toISOString();
        return { run: await dryRunNudges(deps.store, when), at: when };
      });
      io.out(formatDryRun(run, opts.at ?? at));
    });
}
