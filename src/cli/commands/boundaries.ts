// `golden-thread boundaries import FILE.geojson --set "Wards 2024"`: replaces a boundary set with
// the areas of a GeoJSON FeatureCollection (issue 16; the README, "Ward boundaries"), all or
// nothing, as the performance team. ONS files name their code and name properties WD24CD/WD24NM
// and are found without options; others say which with --code-property and --name-property.
import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { uploadBoundaries, type BoundaryUploadSummary } from '../../app/breakdowns/index.js';
import { MAX_BOUNDARY_BYTES } from '../../domain/breakdowns/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type { GlobalOptions } from '../context.js';
import type { CliIo } from '../io.js';
import { importFile } from './import.js';

interface BoundaryOptions {
  set: string;
  codeProperty?: string;
  nameProperty?: string;
}

export function describeBoundaryImport(file: string, s: BoundaryUploadSummary): string {
  return [
    `Imported ${file} as "${s.boundarySet}": ${s.areas} area${s.areas === 1 ? '' : 's'}`,
    `  ${s.created} created, ${s.updated} replaced, ${s.removed} removed, ${s.unchanged} unchanged`,
    '',
  ].join('\n');
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new ValidationError(`is not JSON: ${(e as Error).message}`, 'file');
  }
}

export function addBoundariesCommand(
  program: Command,
  io: CliIo,
  globals: (cmd: Command) => GlobalOptions,
): void {
  const boundaries = program
    .command('boundaries')
    .description('ward and district boundaries for the breakdown maps');
  boundaries
    .command('import')
    .description('replace a boundary set with a GeoJSON FeatureCollection (all or nothing)')
    .argument('<file>', 'GeoJSON file, longitude/latitude (WGS 84), UTF-8')
    .requiredOption('--set <name>', 'the set\'s name, e.g. "Wards 2024"')
    .option('--code-property <name>', 'the property holding the GSS code (default: the one *CD)')
    .option('--name-property <name>', 'the property holding the name (default: the one *NM)')
    .action(async (file: string, opts: BoundaryOptions, cmd: Command) => {
      const size = await stat(file)
        .then((s) => s.size)
        .catch(() => 0);
      if (size > MAX_BOUNDARY_BYTES) {
        throw new ValidationError(
          `is ${size.toLocaleString('en-GB')} bytes; at most ${MAX_BOUNDARY_BYTES.toLocaleString('en-GB')}: upload a generalised file`,
          'file',
        );
      }
      const summary = await importFile(file, globals(cmd), io, (deps, bytes, meta) =>
        uploadBoundaries(deps, meta.actorId, {
          set: opts.set,
          file: parseJson(bytes),
          options: { codeProperty: opts.codeProperty, nameProperty: opts.nameProperty },
          channel: 'import',
        }),
      );
      io.out(describeBoundaryImport(file, summary));
    });
}
