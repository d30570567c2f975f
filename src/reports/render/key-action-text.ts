// The words of a key action's table cells, shared by the Word and PDF renderers so both print the
// same thing: who and when in one cell, the period's progress in another.
import type { KeyActionEntry } from '../model/types.js';

/** One line of a cell: plain, or with a label before it (bold in Word). */
export type Line = string | { label: string; text: string };

export const lineText = (line: Line) =>
  typeof line === 'string' ? line : `${line.label}: ${line.text}`;

export function actionLines(e: KeyActionEntry, withService = false): Line[] {
  return [
    `${e.code} ${e.title}`,
    ...(withService && e.service ? [{ label: 'Service', text: e.service }] : []),
    { label: 'Owner', text: e.owner },
    { label: 'Due', text: e.dueDate },
    ...(e.revisedDueDate ? [{ label: 'Revised due', text: e.revisedDueDate }] : []),
  ];
}

export function revisedText(e: KeyActionEntry): string {
  return `${e.revisedDueDate}, ${e.revisedDueReason || 'no reason given'}`;
}

export function progressLines(e: KeyActionEntry): Line[] {
  if (e.note) return [e.note];
  return [
    ...(e.asAt ? [{ label: 'Latest update', text: `${e.asAt}, none since` }] : []),
    e.commentary || 'No commentary given.',
    ...(e.revisedDueDate ? [{ label: 'Revised due date', text: revisedText(e) }] : []),
    ...(e.nextMilestone ? [{ label: 'Next milestone', text: e.nextMilestone }] : []),
  ];
}
