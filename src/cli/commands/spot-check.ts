// `golden-thread spot-check draw --period "2025/26 Q1" [--count 5] [--redraw --reason "…"]`: the
// quarter's spot-check sample (issue 14 item 5), the drawn indicators' codes one a line on standard
// output, so a script can read them; what happened goes to standard error. The same quarter again
// prints the same recorded codes; a redraw needs a reason and is recorded with it.
import type { Command } from 'commander';
import { drawSpotChecks } from '../../app/spot-checks/index.js';
import { resolveActor, withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export interface SpotCheckDrawOptions extends GlobalOptions {
  period: string;
  count?: string;
  redraw?: boolean;
  reason?: string;
}

export async function spotCheckDrawCommand(opts: SpotCheckDrawOptions, io: CliIo): Promise<void> {
  const result = await withDeps(opts, { io }, async (deps) => {
    const actor = await resolveActor(deps, opts.as);
    return drawSpotChecks(
      deps,
      actor,
      { period: opts.period, count: opts.count, redraw: opts.redraw, reason: opts.reason },
      'api',
    );
  });
  const draw = result.view.draw!;
  io.out(draw.codes.map((c) => `${c}\n`).join(''));
  io.err(
    result.created
      ? `Drew ${draw.codes.length} indicators for ${result.view.periodLabel} (seed "${draw.seed}").\n`
      : `${result.view.periodLabel} was drawn on ${draw.drawnOn} by ${draw.drawnByName}: the same sample. ` +
          'To draw anew, add --redraw --reason "…".\n',
  );
}

export function addSpotCheckCommand(program: Command, io: CliIo): void {
  const spot = program.command('spot-check').description("the quarter's spot checks of indicators");
  spot
    .command('draw')
    .description(
      "draw the quarter's sample, weighted towards risk; again prints the same recorded sample",
    )
    .requiredOption('--period <quarter>', 'e.g. "2025/26 Q1"')
    .option('--count <n>', 'how many indicators (default: the council setting)')
    .option('--redraw', 'replace the recorded sample with a new draw (needs --reason)')
    .option('--reason <text>', 'why it is drawn again')
    .action((_opts: unknown, cmd: Command) =>
      spotCheckDrawCommand(cmd.optsWithGlobals<SpotCheckDrawOptions>(), io),
    );
}
