// PDF blocks for key actions and corporate projects: the progress table of the quarterly report,
// the monitoring statement's status groups and counts, and the highlight report's projects.
import type {
  Block,
  KeyActionEntry,
  ProjectEntry,
  RatingText,
  StatusCounts,
} from '../../model/types.js';
import { actionLines, lineText, progressLines, revisedText } from '../key-action-text.js';
import { drawTable, type CellValue, type Column, type Pdf } from './pdf-kit.js';
import { heading, labelled, paragraph } from './pdf-text.js';

type KeyActionBlock = Extract<
  Block,
  { kind: 'key-actions' | 'key-action-group' | 'project-summary' | 'project' | 'status-counts' }
>;

const lines = (ls: Parameters<typeof lineText>[0][]) => ls.map(lineText).join('\n');

function progressTable(doc: Pdf, entries: KeyActionEntry[], withStatus: boolean) {
  const columns: Column[] = [
    { header: 'Key action', width: 30 },
    { header: 'Status', width: 15 },
    { header: '% complete', width: 10 },
    { header: 'Rating', width: 9 },
    { header: 'Progress', width: withStatus ? 36 : 51 },
  ];
  const keep = (_: unknown, i: number) => withStatus || i !== 1;
  drawTable(
    doc,
    columns.filter(keep),
    entries.map((e) =>
      [lines(actionLines(e)), e.status, e.percentText, e.rating, lines(progressLines(e))].filter(
        keep,
      ),
    ),
  );
}

/** Milestone states as cells: Done and Overdue are tinted as well as written. */
function stateCell(state: string): CellValue {
  if (state === 'Done') return { state: 'good', label: state } satisfies RatingText;
  if (state === 'Overdue') return { state: 'action', label: state } satisfies RatingText;
  return state;
}

function project(doc: Pdf, e: ProjectEntry): void {
  if (e.description) paragraph(doc, e.description);
  drawTable(
    doc,
    ['Status', '% complete', 'Rating', 'Start', 'Due', 'Revised due'].map((header, i) => ({
      header,
      width: [26, 12, 12, 16, 16, 18][i]!,
    })),
    [[e.status, e.percentText, e.rating, e.startDate || '–', e.dueDate, e.revisedDueDate || '–']],
  );
  labelled(doc, 'Owner', e.owner);
  labelled(doc, 'Service', e.service);
  heading(doc, 'Progress this quarter', 3, 60);
  for (const l of progressLines(e)) {
    if (typeof l === 'string') paragraph(doc, l);
    else if (l.label !== 'Revised due date') labelled(doc, l.label, l.text);
  }
  heading(doc, 'Milestones', 3, 80);
  if (e.milestones.length === 0) paragraph(doc, 'No milestones recorded.');
  else
    drawTable(
      doc,
      [
        { header: 'Milestone', width: 62 },
        { header: 'Due', width: 19 },
        { header: 'State', width: 19 },
      ],
      e.milestones.map((m) => [m.title, m.dueDate, stateCell(m.state)]),
    );
  heading(doc, 'Issues', 3, 60);
  for (const i of e.issues) labelled(doc, `${i.periodLabel}, ${i.status}`, i.commentary);
  if (e.revisedDueDate) labelled(doc, 'Revised due date', revisedText(e));
  if (e.issues.length === 0 && !e.revisedDueDate) paragraph(doc, 'No issues reported this year.');
  heading(doc, 'Next steps', 3, 60);
  paragraph(doc, e.nextSteps);
}

function statusCounts(doc: Pdf, counts: StatusCounts): void {
  drawTable(
    doc,
    [
      { header: 'Service', width: 2.6 },
      ...counts.columns.map((header) => ({ header, width: 1.1 })),
      { header: 'Total', width: 1 },
    ],
    [...counts.rows, counts.totals].map((r) => [r.label, ...r.counts.map(String), String(r.total)]),
  );
}

export function drawKeyActionBlock(doc: Pdf, block: KeyActionBlock): void {
  switch (block.kind) {
    case 'key-actions':
      return progressTable(doc, block.entries, true);
    case 'key-action-group':
      heading(doc, block.heading, 3, 90);
      return progressTable(doc, block.entries, false);
    case 'project-summary':
      return drawTable(
        doc,
        [
          { header: 'Project', width: 26 },
          { header: 'Service', width: 18 },
          { header: 'Status', width: 14 },
          { header: '% complete', width: 10 },
          { header: 'Rating', width: 10 },
          { header: 'Next steps', width: 22 },
        ],
        block.entries.map((e) => [
          `${e.code} ${e.title}\nOwner: ${e.owner}`,
          e.service,
          e.status,
          e.percentText,
          e.rating,
          e.nextSteps,
        ]),
      );
    case 'project':
      return project(doc, block.entry);
    case 'status-counts':
      return statusCounts(doc, block.counts);
  }
}
