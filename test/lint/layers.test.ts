// Proves the layer rules in eslint.config.js bite. Each file in probes/ says where it pretends to
// live (`as:`), which rule must report it (`reports:`) and a phrase the report must contain
// (`naming:`), so a probe cannot pass by tripping some other rule. Controls (`reports: nothing`)
// show what each layer may import, so a rule that grew too strict fails here as well.
// The probes are linted as text at their pretend paths; nothing is written into src/ or bot/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const probesDir = join(import.meta.dirname, 'probes');

type Probe = { name: string; as: string; reports: string; naming?: string; code: string };

function header(code: string, key: string): string | undefined {
  return code.match(new RegExp(`^// ${key}: (.+)$`, 'm'))?.[1]?.trim();
}

const probes: Probe[] = readdirSync(probesDir)
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => {
    const code = readFileSync(join(probesDir, file), 'utf8');
    const as = header(code, 'as');
    const reports = header(code, 'reports');
    if (!as || !reports) throw new Error(`${file} needs "// as:" and "// reports:" lines`);
    return { name: file, as, reports, naming: header(code, 'naming'), code };
  });

const eslint = new ESLint({ cwd: root });

async function lint(probe: Probe) {
  const [result] = await eslint.lintText(probe.code, { filePath: join(root, probe.as) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const breaking = probes.filter((p) => p.reports !== 'nothing');
const controls = probes.filter((p) => p.reports === 'nothing');

describe('layer rules', () => {
  it('has probes that break rules and controls that keep them', () => {
    expect(breaking.length).toBeGreaterThan(40);
    expect(controls.length).toBeGreaterThan(10);
  });

  it.each(breaking.map((p) => [p.name, p] as const))('reports %s', async (_name, probe) => {
    const messages = await lint(probe);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.rule).toBe(probe.reports);
    expect(messages[0]?.message).toContain(probe.naming ?? '');
  });

  it.each(controls.map((p) => [p.name, p] as const))('allows %s', async (_name, probe) => {
    expect(await lint(probe)).toEqual([]);
  });

  it('does not lint the probes as part of the project', async () => {
    expect(await eslint.isPathIgnored(join(probesDir, breaking[0]!.name))).toBe(true);
  });
});
