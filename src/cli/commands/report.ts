// `golden-thread report quarterly|portfolio|exception|annual|highlight|monitoring|dashboard|…
// --period P --format F --out FILE [--portfolio <id|name>] [--logo FILE]`, or `report
// strategic-dashboard --as-at YYYY-MM-DD`: the same files the API serves (generateReport checks the
// kind, period or date and format for both).
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { generateReport, REPORT_KINDS } from '../../reports/index.js';
import { withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export interface ReportCommandOptions {
  period?: string;
  asAt?: string;
  format?: string;
  out: string;
  portfolio?: string;
  logo?: string;
}

export async function reportCommand(
  kind: string,
  opts: ReportCommandOptions & GlobalOptions,
  io: CliIo,
): Promise<void> {
  const logoFile = opts.logo ?? process.env.GT_COUNCIL_LOGO;
  const assets = logoFile ? { logoPng: await readFile(logoFile) } : {};
  const file = await withDeps(opts, { io }, (deps) =>
    generateReport(
      deps,
      {
        kind,
        period: opts.period,
        format: opts.format,
        portfolio: opts.portfolio,
        asAt: opts.asAt,
      },
      assets,
    ),
  );
  await writeFile(opts.out, file.bytes);
  io.err(
    `Wrote ${file.filename} (${file.bytes.length.toLocaleString('en-GB')} bytes) to ${opts.out}\n`,
  );
}

export function addReportCommand(program: Command, io: CliIo): void {
  program
    .command('report')
    .description(
      'make a report from authorised figures: Word, PDF, or for the dashboard PNG or a PowerPoint pack',
    )
    .argument('<kind>', REPORT_KINDS.join('|'))
    // Every kind but the strategic dashboard needs a period: generateReport says so, naming it.
    .option(
      '--period <period>',
      'e.g. "2025/26 Q1", "2025-10", "2024/25"; monitoring: "2025/26 H1" or "2025/26"',
    )
    .option('--as-at <date>', 'strategic-dashboard: the date, YYYY-MM-DD (default today)')
    .option(
      '--format <format>',
      'docx|pdf (dashboard: pdf|png|pptx; strategic-dashboard: pdf|docx)',
    )
    .requiredOption('--out <file>', 'where to write the file')
    .option('--portfolio <portfolio>', 'portfolio id or name (portfolio reports)')
    .option('--logo <file>', 'council logo PNG (default: $GT_COUNCIL_LOGO)')
    .action((kind: string, _opts: unknown, cmd: Command) =>
      reportCommand(kind, cmd.optsWithGlobals<ReportCommandOptions & GlobalOptions>(), io),
    );
}
