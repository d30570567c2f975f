// `golden-thread import <file>`: loads indicators, targets and history from a CSV file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importCsv, type ImportSummary } from '../../app/import/index.js';
import { NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import { resolveActor, withDeps, type GlobalOptions } from '../context.js';
import type { AppDeps } from '../../app/deps.js';
import type { CliIo } from '../io.js';

export function describeSummary(file: string, s: ImportSummary): string {
  const waiting = s.indicatorsNeedingOwners;
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    `  indicators: ${s.indicatorsCreated} created, ${s.indicatorsUpdated} updated`,
    `  targets:    ${s.targetsWritten} written`,
    `  returns:    ${s.returnsCreated} created, ${s.returnsUpdated} updated`,
    ...(s.breakdownValuesWritten > 0
      ? [`  breakdown values: ${s.breakdownValuesWritten} written`]
      : []),
    ...(waiting > 0
      ? [
          `${waiting} new indicator${waiting === 1 ? ' needs' : 's need'} a service and officers: assign them on the tab's Set-up page (nobody is reminded about them until then)`,
        ]
      : []),
    '',
  ].join('\n');
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError(`no file ${file}`);
    throw e;
  }
}

/**
 * Reads the file, then runs one all-or-nothing CSV import as the named person. An empty store is
 * where a council starts, so an import (indicators or plans) may open one.
 */
export async function importFile<S>(
  file: string,
  opts: GlobalOptions,
  io: CliIo,
  run: (deps: AppDeps, bytes: Buffer, meta: { actorId: string; fileName: string }) => Promise<S>,
): Promise<S> {
  const bytes = await readInput(file);
  return withDeps(opts, { io, allowEmpty: true }, async (deps) => {
    const actorId = await resolveActor(deps, opts.as);
    return run(deps, bytes, { actorId, fileName: basename(file) });
  }).catch((e: unknown) => {
    if (e instanceof ValidationError) io.err(`Nothing was imported from ${file}.\n`);
    throw e;
  });
}

export async function importCommand(file: string, opts: GlobalOptions, io: CliIo): Promise<void> {
  const summary = await importFile(file, opts, io, importCsv);
  io.out(describeSummary(file, summary));
}
