// The Programme Board highlight report (issue 13): each corporate project of the year's service
// plans — status, % complete, rating, milestones, issues and next steps — from the owner's update
// for the quarter. A summary table comes first, then one chapter per project.
import { planFor } from '../../app/catalogue/index.js';
import { chapter, shell } from './common.js';
import { keyActionRatingRule, projectEntry } from './key-action-entries.js';
import { keyActionReportNarrative } from './key-action-narrative.js';
import type { ReportData } from './report-data.js';
import { reportScope } from './scope.js';
import type { Chapter, ProjectEntry, ReportDocument } from './types.js';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Counts by rating label, in the order the labels first appear best-first. */
function ratingCounts(entries: ProjectEntry[]): { label: string; count: number }[] {
  const order = ['Strong', 'Good', 'Review', 'Action', 'Not due', 'No update'];
  return order
    .map((label) => ({ label, count: entries.filter((e) => e.rating.label === label).length }))
    .filter((c) => c.count > 0 || order.indexOf(c.label) < 4);
}

export function buildHighlightReport(data: ReportData): ReportDocument {
  const actions = reportScope(data).keyActions.filter((a) => a.corporateProject);
  const projects = actions.map((a) => projectEntry(data, a));
  const plan = planFor(data.cat, data.selected.year);
  const counts = ratingCounts(projects);
  const sentence =
    projects.length === 0
      ? `No corporate projects are recorded in the ${data.selected.year} service plans.`
      : `${projects.length} corporate project${projects.length === 1 ? '' : 's'} in the ` +
        `${data.selected.year} service plans${plan ? ` (${plan.title})` : ''}, from each ` +
        `owner's update for ${data.selected.label}: ` +
        `${counts.map((c) => `${c.count} ${c.label}`).join(', ')}.`;
  const chapters: Chapter[] = [
    chapter('summary', 'Summary', [
      { kind: 'paragraph', text: sentence },
      ...(projects.length > 0 ? [{ kind: 'project-summary' as const, entries: projects }] : []),
    ]),
    ...projects.map((entry) =>
      chapter(`project-${slug(entry.code)}`, `${entry.code} ${entry.title}`, [
        { kind: 'project', entry },
      ]),
    ),
  ];
  return {
    kind: 'highlight',
    title: 'Programme Board highlight report',
    subtitle: `${data.selected.label} · corporate projects`,
    ...shell(data),
    chapters,
    ratingRule: keyActionRatingRule(data),
    // About projects, not indicator figures: the key-action rules speak for it.
    narrative: keyActionReportNarrative(data, actions, 'corporate project'),
    headline: counts,
  };
}
