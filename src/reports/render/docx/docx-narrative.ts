// The narrative summary on the title page: a heading and one bullet per sentence, so the first
// page a member opens already says what the figures show (issue 19, item 5).
import { NARRATIVE_HEADING } from '../../model/narrative.js';
import { docx, type DocxNode } from './docx-lib.js';

export function narrativeNodes(sentences: readonly string[]): DocxNode[] {
  if (sentences.length === 0) return [];
  return [
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_2,
      text: NARRATIVE_HEADING,
      spacing: { before: 480 },
      keepNext: true,
    }),
    ...sentences.map(
      (text) => new docx.Paragraph({ text, bullet: { level: 0 }, spacing: { after: 80 } }),
    ),
  ];
}
