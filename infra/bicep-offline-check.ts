// What can be checked of the Bicep without the Bicep compiler (no npm or Debian package ships it, and
// its own installer downloads a binary): modules exist, module calls pass exactly known parameters
// and every required one, the parameters file matches main.bicep, and no secret sits in a file.

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
}

export interface ModuleCall {
  symbol: string;
  path: string;
  params: string[];
}

/** Strips // and /* *\/ comments, leaving strings alone (Bicep strings use single quotes). */
export function stripComments(source: string): string {
  return source.replace(/'(?:[^'\\]|\\.)*'|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (m) =>
    m.startsWith("'") ? m : '',
  );
}

export function parseParams(source: string): BicepParam[] {
  const found: BicepParam[] = [];
  for (const m of stripComments(source).matchAll(/^param\s+(\w+)\s+(\w+)(\s*=)?/gm)) {
    found.push({ name: m[1]!, type: m[2]!, hasDefault: Boolean(m[3]) });
  }
  return found;
}

export function parseOutputs(source: string): string[] {
  return [...stripComments(source).matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]!);
}

/** The text between the brace at `open` and its partner. */
function block(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}') depth -= 1;
    if (depth === 0) return text.slice(open + 1, i);
  }
  throw new Error(`unbalanced braces after offset ${open}`);
}

/** Keys at the top level of an object body (nested objects and arrays skipped). */
function topLevelKeys(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    const key = /^\s*(\w+)\s*:/.exec(line);
    if (depth === 0 && key) keys.push(key[1]!);
    depth += (line.match(/[{[]/g) ?? []).length - (line.match(/[}\]]/g) ?? []).length;
  }
  return keys;
}

export function parseModules(source: string): ModuleCall[] {
  const text = stripComments(source);
  const calls: ModuleCall[] = [];
  for (const m of text.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)) {
    const body = block(text, m.index + m[0].length - 1);
    const paramsAt = /^\s*params\s*:\s*\{/m.exec(body);
    const params = paramsAt
      ? topLevelKeys(block(body, paramsAt.index + paramsAt[0].length - 1))
      : [];
    calls.push({ symbol: m[1]!, path: m[2]!, params });
  }
  return calls;
}

/**
 * The modules each module call waits for: those named in its dependsOn and those whose outputs it
 * reads (Resource Manager orders a module after every module it takes an output from).
 */
export function moduleDependencies(source: string): Record<string, string[]> {
  const text = stripComments(source);
  const found: Record<string, string[]> = {};
  for (const m of text.matchAll(/^module\s+(\w+)\s+'[^']+'\s*=\s*\{/gm)) {
    const body = block(text, m.index + m[0].length - 1);
    const outputs = [...body.matchAll(/\b(\w+)\.outputs\./g)].map((r) => r[1]!);
    const listed = /^\s*dependsOn\s*:\s*\[([^\]]*)\]/m.exec(body)?.[1] ?? '';
    const named = listed.split(/[\s,]+/).filter(Boolean);
    found[m[1]!] = [...new Set([...outputs, ...named])].sort();
  }
  return found;
}

/** The @maxLength of a param, or undefined: read from the decorator lines just above it. */
export function paramMaxLength(source: string, name: string): number | undefined {
  const lines = stripComments(source).split('\n');
  const at = lines.findIndex((line) => new RegExp(`^param\\s+${name}\\s`).test(line));
  for (let i = at - 1; i >= 0 && lines[i]!.trim().startsWith('@'); i -= 1) {
    const max = /^@maxLength\((\d+)\)/.exec(lines[i]!.trim());
    if (max) return Number(max[1]);
  }
  return undefined;
}

/** Problems with one module call, given the called module's source. */
export function checkModuleCall(call: ModuleCall, moduleSource: string): string[] {
  const declared = parseParams(moduleSource);
  const names = new Set(declared.map((p) => p.name));
  const problems = call.params
    .filter((p) => !names.has(p))
    .map((p) => `module ${call.symbol} passes unknown parameter ${p}`);
  for (const p of declared) {
    if (!p.hasDefault && !call.params.includes(p.name)) {
      problems.push(`module ${call.symbol} misses required parameter ${p.name}`);
    }
  }
  return problems;
}

/** Problems between main.bicep's params and a deployment parameters file. */
export function checkParametersFile(mainSource: string, parametersJson: string): string[] {
  const declared = parseParams(mainSource);
  const names = new Set(declared.map((p) => p.name));
  const given = Object.keys(
    (JSON.parse(parametersJson) as { parameters: Record<string, unknown> }).parameters,
  );
  const problems = given
    .filter((p) => !names.has(p))
    .map((p) => `parameters file sets ${p}, which main.bicep does not declare`);
  for (const p of declared) {
    if (!p.hasDefault && !given.includes(p.name)) {
      problems.push(`parameters file misses required parameter ${p.name}`);
    }
  }
  return problems;
}

const SECRET_PATTERNS: [RegExp, string][] = [
  [/InstrumentationKey=[0-9a-f-]{36}/i, 'an Application Insights key'],
  [/AccountKey=[A-Za-z0-9+/=]{20,}/, 'a storage account key'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'a private key'],
  [/\b[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}\b/, 'an Entra client secret'],
  [
    /(password|secret|clientSecret)["']?\s*[:=]\s*["'][^"'{$@\s][^"']*["']/i,
    'a literal password or secret',
  ],
];

/** Names of the secret kinds found in a file's text. */
export function findSecrets(text: string): string[] {
  return SECRET_PATTERNS.filter(([pattern]) => pattern.test(text)).map(([, what]) => what);
}
