// Word blocks for key actions and corporate projects: the progress table of the quarterly report,
// the monitoring statement's status groups and counts, and the highlight report's projects.
import type { Block, KeyActionEntry, ProjectEntry, StatusCounts } from '../../model/types.js';
import { actionLines, progressLines, revisedText } from '../key-action-text.js';
import { swatchOf } from '../palette.js';
import { cell, cellOf, figure, labelled, ratingCell, subheading, table } from './docx-cells.js';
import { docx, type DocxNode } from './docx-lib.js';

type KeyActionBlock = Extract<
  Block,
  { kind: 'key-actions' | 'key-action-group' | 'project-summary' | 'project' | 'status-counts' }
>;

function progressTable(entries: KeyActionEntry[], withStatus: boolean): DocxNode {
  const header = ['Key action', 'Status', '% complete', 'Rating', 'Progress'];
  const keep = (i: number) => withStatus || i !== 1;
  return table(
    header.filter((_, i) => keep(i)),
    entries.map((e) =>
      [
        cellOf(actionLines(e)),
        cell(e.status),
        figure(e.percentText),
        ratingCell(e.rating),
        cellOf(progressLines(e)),
      ].filter((_, i) => keep(i)),
    ),
  );
}

function projectSummary(entries: ProjectEntry[]): DocxNode {
  return table(
    ['Project', 'Service', 'Status', '% complete', 'Rating', 'Next steps'],
    entries.map((e) => [
      cellOf([`${e.code} ${e.title}`, { label: 'Owner', text: e.owner }]),
      cell(e.service),
      cell(e.status),
      figure(e.percentText),
      ratingCell(e.rating),
      cell(e.nextSteps),
    ]),
  );
}

const MILESTONE_FILL: Record<string, string | undefined> = {
  Done: swatchOf('good').tint,
  Overdue: swatchOf('action').tint,
};

function project(e: ProjectEntry): DocxNode[] {
  const milestones =
    e.milestones.length > 0
      ? [
          table(
            ['Milestone', 'Due', 'State'],
            e.milestones.map((m) => [
              cell(m.title),
              figure(m.dueDate),
              cell(m.state, {
                bold: true,
                ...(MILESTONE_FILL[m.state] ? { fill: MILESTONE_FILL[m.state] } : {}),
              }),
            ]),
          ),
        ]
      : [new docx.Paragraph({ text: 'No milestones recorded.' })];
  const issues: DocxNode[] = [
    ...e.issues.map((i) => labelled(`${i.periodLabel}, ${i.status}`, i.commentary)),
    ...(e.revisedDueDate ? [labelled('Revised due date', revisedText(e))] : []),
  ];
  return [
    ...(e.description
      ? [new docx.Paragraph({ text: e.description, spacing: { after: 120 } })]
      : []),
    table(
      ['Status', '% complete', 'Rating', 'Start', 'Due', 'Revised due'],
      [
        [
          cell(e.status),
          figure(e.percentText),
          ratingCell(e.rating),
          figure(e.startDate || '–'),
          figure(e.dueDate),
          figure(e.revisedDueDate || '–'),
        ],
      ],
    ),
    labelled('Owner', e.owner, 120),
    labelled('Service', e.service),
    subheading('Progress this quarter'),
    ...progressLines(e)
      .filter((l) => typeof l === 'string' || l.label !== 'Revised due date')
      .map((l) =>
        typeof l === 'string'
          ? new docx.Paragraph({ text: l, spacing: { after: 60 } })
          : labelled(l.label, l.text),
      ),
    subheading('Milestones'),
    ...milestones,
    subheading('Issues'),
    ...(issues.length > 0
      ? issues
      : [new docx.Paragraph({ text: 'No issues reported this year.' })]),
    subheading('Next steps'),
    new docx.Paragraph({ text: e.nextSteps }),
  ];
}

function statusCounts(counts: StatusCounts): DocxNode {
  const row = (r: StatusCounts['totals'], bold = false) => [
    cell(r.label, { bold }),
    ...r.counts.map((c) => figure(String(c), { bold })),
    figure(String(r.total), { bold }),
  ];
  return table(
    ['Service', ...counts.columns, 'Total'],
    [...counts.rows.map((r) => row(r)), row(counts.totals, true)],
  );
}

export function keyActionBlock(block: KeyActionBlock): DocxNode[] {
  switch (block.kind) {
    case 'key-actions':
      return [progressTable(block.entries, true)];
    case 'key-action-group':
      return [subheading(block.heading), progressTable(block.entries, false)];
    case 'project-summary':
      return [projectSummary(block.entries)];
    case 'project':
      return project(block.entry);
    case 'status-counts':
      return [statusCounts(block.counts)];
  }
}
