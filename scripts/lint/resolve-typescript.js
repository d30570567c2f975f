// An import resolver (eslint-module-utils interface v2) for the layer rules in eslint.config.js.
// Our sources import `./x.js` where only `x.ts` exists (NodeNext), which the node resolver that
// eslint-plugin-boundaries ships cannot follow, and an import it cannot resolve escapes the rules.
// TypeScript's own resolver, with the project's compiler options, finds exactly the file tsc
// compiles, so lint and the compiler agree on what imports what. No extra package is needed.
import { isBuiltin } from 'node:module';
import ts from 'typescript';

const root = new URL('../..', import.meta.url);
let project;

function compilerProject() {
  if (project) return project;
  const dir = decodeURIComponent(root.pathname);
  const read = ts.readConfigFile(`${dir}tsconfig.json`, ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, dir).options;
  // One cache for the whole lint run: most files import the same few folders.
  const cache = ts.createModuleResolutionCache(dir, (name) => name, options);
  project = { options, cache };
  return project;
}

export const interfaceVersion = 2;

export function resolve(source, file) {
  // A `node:` module has no file: resolvers report core modules as found with a null path.
  if (isBuiltin(source)) return { found: true, path: null };
  const { options, cache } = compilerProject();
  const found = ts.resolveModuleName(source, file, options, ts.sys, cache).resolvedModule;
  return found ? { found: true, path: found.resolvedFileName } : { found: false };
}
