// The smoke test's report as plain text (en-GB), one section per area, a line per finding and,
// for anything not ok, why it matters. Pure: a function of the findings.
import type { Finding, SmokeReport, Verdict } from './run-smoke.js';

const MARK: Record<Verdict, string> = {
  ok: 'OK     ',
  missing: 'MISSING',
  differs: 'DIFFERS',
  skipped: 'SKIPPED',
};
const TITLES: Record<Finding['area'], string> = {
  permissions: 'Permissions',
  writes: 'Writes',
  etags: 'ETag formats seen',
  delta: 'Delta',
  'clean-up': 'Clean-up',
};

export function formatSmokeReport(report: SmokeReport): string {
  const lines = [`Golden Thread smoke test for ${report.site}`, ''];
  for (const area of Object.keys(TITLES) as Finding['area'][]) {
    const mine = report.findings.filter((f) => f.area === area);
    if (mine.length === 0) continue;
    lines.push(TITLES[area]);
    for (const f of mine) {
      lines.push(`  ${MARK[f.verdict]} ${f.check}: ${f.detail}`);
      if (f.verdict !== 'ok' && f.why) lines.push(`          why it matters: ${f.why}`);
    }
    lines.push('');
  }
  const problems = report.findings.filter(
    (f) => f.verdict === 'missing' || f.verdict === 'differs',
  );
  lines.push(
    problems.length === 0
      ? 'Nothing missing and nothing different from what the emulator assumes. Nothing was installed.'
      : `${problems.length} finding${problems.length === 1 ? '' : 's'} to act on (see docs/deployment.md, "Smoke test"). Nothing was installed.`,
  );
  return `${lines.join('\n')}\n`;
}

export function smokeFailed(report: SmokeReport): boolean {
  return report.findings.some((f) => f.verdict === 'missing' || f.verdict === 'differs');
}
