// The quarterly report's "Data quality" section (Chorley's spot checks as part of internal audit):
// the quarter's current draw, what each checker found (by count and by indicator) and the
// corrective actions they recorded. A draw another one replaced is left out; so is an indicator
// outside the report's portfolio. With no draw, one line says none were recorded.
import type { SpotCheck, SpotCheckFinding } from '../../domain/model/types.js';
import { formatDate, londonDate } from '../../domain/periods/index.js';
import { capitalised } from './entries.js';
import type { ReportData } from './report-data.js';
import type { Block, Chapter } from './types.js';

/** A finding in words, as the checker chose it. */
export const FINDING_LABELS: Record<SpotCheckFinding, string> = {
  confirmed: 'Confirmed',
  'minor-issue': 'Minor issue',
  'figure-wrong': 'Figure wrong',
  'procedure-wrong': 'Procedure wrong',
};
const FINDINGS = Object.keys(FINDING_LABELS) as SpotCheckFinding[];
export const NOT_YET_CHECKED = 'Not yet checked';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function dataQualityChapter(data: ReportData, inScope: ReadonlySet<string>): Chapter {
  const draw = data.spotCheckDraw;
  const indicator = (c: SpotCheck) => data.cat.indicators.get(c.indicatorId);
  const checks = data.spotChecks
    .filter((c) => inScope.has(c.indicatorId))
    .sort((a, b) =>
      (indicator(a)?.code ?? '').localeCompare(indicator(b)?.code ?? '', 'en-GB', {
        numeric: true,
      }),
    );
  const sections: Chapter['sections'] = [];
  if (!draw || checks.length === 0) {
    sections.push({
      heading: null,
      blocks: [
        {
          kind: 'paragraph',
          text: `No spot checks were recorded for ${data.selected.label}.`,
        },
      ],
    });
    return { id: 'data-quality', heading: 'Data quality', sections };
  }
  const done = checks.filter((c) => c.state === 'done' && c.finding !== null);
  const name = (c: SpotCheck) => {
    const i = indicator(c);
    return i ? `${i.code} ${i.title}` : c.indicatorId;
  };
  const findingOf = (c: SpotCheck) => (c.finding ? FINDING_LABELS[c.finding] : NOT_YET_CHECKED);
  const redrawn = draw.redrawReason ? ` It was drawn again because: ${draw.redrawReason}.` : '';
  const open = checks.length - done.length;
  sections.push({
    heading: null,
    blocks: [
      {
        kind: 'paragraph',
        text:
          `The performance team drew ${plural(checks.length, 'indicator', 'indicators')} for spot checks ` +
          `for ${data.selected.label} on ${formatDate(londonDate(draw.drawnAt))}, weighted towards risk.${redrawn} ` +
          `Each checker compares the figure with its evidence and written procedure. ` +
          `${plural(done.length, 'check is', 'checks are')} done` +
          (open > 0 ? `; ${plural(open, 'is', 'are')} still with the checker.` : '.'),
      },
    ],
  });
  const counts: Block = {
    kind: 'table',
    header: ['Finding', 'Checks'],
    rows: [
      ...FINDINGS.map((f) => [
        FINDING_LABELS[f],
        String(done.filter((c) => c.finding === f).length),
      ]),
      ...(open > 0 ? [[NOT_YET_CHECKED, String(open)]] : []),
      ['All spot checks', String(checks.length)],
    ],
    widths: [3, 1],
  };
  sections.push({ heading: 'Findings', blocks: [counts] });
  sections.push({
    heading: 'By indicator',
    blocks: [
      {
        kind: 'table',
        header: ['Indicator', 'Checked by', 'Finding', 'Why it was drawn', 'Notes'],
        rows: checks.map((c) => [
          name(c),
          data.cat.people.get(c.checkerId)?.name ?? 'Not recorded',
          c.doneAt ? `${findingOf(c)} (${formatDate(londonDate(c.doneAt))})` : findingOf(c),
          c.riskReasons.length > 0 ? capitalised(c.riskReasons.join('; ')) : 'At random',
          c.notes || '–',
        ]),
        widths: [3, 1.6, 1.6, 2, 3],
      },
    ],
  });
  const actions = done.filter((c) => c.correctiveAction.trim() !== '');
  sections.push({
    heading: 'Corrective actions',
    blocks:
      actions.length > 0
        ? [
            {
              kind: 'table',
              header: ['Indicator', 'Finding', 'Corrective action'],
              rows: actions.map((c) => [name(c), findingOf(c), c.correctiveAction]),
              widths: [3, 1.5, 5],
            },
          ]
        : [{ kind: 'paragraph', text: 'No corrective action was recorded.' }],
  });
  return { id: 'data-quality', heading: 'Data quality', sections };
}
