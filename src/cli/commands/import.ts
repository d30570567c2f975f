// `golden-thread import <file>`: loads indicators, targets and history from a CSV file.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { importCsv, type ImportSummary } from '../../app/import/index.js';
import { NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import { resolveActor, withDeps, type GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';

export function describeSummary(file: string, s: ImportSummary): string {
  const waiting = s.indicatorsNeedingOwners;
  return [
    `Imported ${file}: ${s.rows} row${s.rows === 1 ? '' : 's'}`,
    `  indicators: ${s.indicatorsCreated} created, ${s.indicatorsUpdated} updated`,
    `  targets:    ${s.targetsWritten} written`,
    `  returns:    ${s.returnsCreated} created, ${s.returnsUpdated} updated`,
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

export async function importCommand(file: string, opts: GlobalOptions, io: CliIo): Promise<void> {
  const bytes = await readInput(file);
  // An empty store is where a council starts: import is the one command that may open one.
  const summary = await withDeps(opts, { io, allowEmpty: true }, async (deps) => {
    const actorId = await resolveActor(deps, opts.as);
    return importCsv(deps, bytes, { actorId, fileName: basename(file) });
  }).catch((e: unknown) => {
    if (e instanceof ValidationError) io.err(`Nothing was imported from ${file}.\n`);
    throw e;
  });
  io.out(describeSummary(file, summary));
}
