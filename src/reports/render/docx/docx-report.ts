// The report as a Word document: a title page with the council's name and logo, a contents list
// linked to each chapter, the chapters, a footnote on the rating rule and page numbers.
import { docx, type DocxNode } from './docx-lib.js';
import type { ReportDocument } from '../../model/types.js';
import { fitWithin, pngSize, type ReportAssets } from '../assets.js';
import { drawingIds, renderBlock, type NextDrawingId } from './blocks.js';
import { PAGE_PROPERTIES } from './page.js';
import { narrativeNodes } from './docx-narrative.js';

function titlePage(
  report: ReportDocument,
  assets: ReportAssets,
  nextId: NextDrawingId,
): DocxNode[] {
  const logo = assets.logoPng
    ? [
        new docx.Paragraph({
          alignment: docx.AlignmentType.CENTER,
          children: [
            new docx.ImageRun({
              type: 'png',
              data: assets.logoPng,
              transformation: fitWithin(pngSize(assets.logoPng), 240, 120),
              altText: {
                id: nextId(),
                name: 'Logo',
                title: 'Logo',
                description: `${report.councilName} logo`,
              },
            }),
          ],
        }),
      ]
    : [];
  return [
    ...logo,
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      heading: docx.HeadingLevel.TITLE,
      text: report.councilName,
    }),
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      heading: docx.HeadingLevel.HEADING_1,
      text: report.title,
    }),
    new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, text: report.subtitle }),
    new docx.Paragraph({
      alignment: docx.AlignmentType.CENTER,
      text: `Produced on ${report.generatedOn}`,
    }),
    ...narrativeNodes(report.narrative),
  ];
}

function contents(report: ReportDocument): DocxNode[] {
  return [
    new docx.Paragraph({ children: [new docx.PageBreak()] }),
    new docx.Paragraph({ heading: docx.HeadingLevel.HEADING_1, text: 'Contents' }),
    ...report.chapters.map(
      (c, i) =>
        new docx.Paragraph({
          children: [
            new docx.InternalHyperlink({
              anchor: c.id,
              children: [new docx.TextRun({ text: `${i + 1}. ${c.heading}`, style: 'Hyperlink' })],
            }),
          ],
        }),
    ),
  ];
}

function chapters(report: ReportDocument, nextId: NextDrawingId): DocxNode[] {
  return report.chapters.flatMap((c, i) => [
    new docx.Paragraph({ children: [new docx.PageBreak()] }),
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_1,
      children: [
        // docx's Bookmark numbers every bookmark 1, and a suite may then pair a contents link
        // with the wrong heading; each chapter's bookmark gets its own number instead.
        new docx.BookmarkStart(c.id, i + 1),
        new docx.TextRun(`${i + 1}. ${c.heading}`),
        new docx.BookmarkEnd(i + 1),
        // The rating rule is footnoted where ratings are first counted.
        ...(i === 0 ? [new docx.FootnoteReferenceRun(1)] : []),
      ],
    }),
    ...c.sections.flatMap((s) => [
      ...(s.heading
        ? [
            new docx.Paragraph({
              heading: docx.HeadingLevel.HEADING_2,
              text: s.heading,
              keepNext: true,
            }),
          ]
        : []),
      ...s.blocks.flatMap((b) => renderBlock(b, nextId)),
    ]),
  ]);
}

export async function renderReportDocx(
  report: ReportDocument,
  assets: ReportAssets = {},
): Promise<Buffer> {
  const nextId = drawingIds();
  const doc = new docx.Document({
    creator: report.councilName,
    title: `${report.title} ${report.periodLabel}`,
    description: report.subtitle,
    styles: {
      default: { document: { run: { font: 'Arial', size: 22, language: { value: 'en-GB' } } } },
    },
    footnotes: { 1: { children: [new docx.Paragraph(report.ratingRule)] } },
    sections: [
      {
        properties: PAGE_PROPERTIES,
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.CENTER,
                children: [
                  new docx.TextRun({
                    children: [
                      `${report.title}, ${report.periodLabel} · Page `,
                      docx.PageNumber.CURRENT,
                      ' of ',
                      docx.PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...titlePage(report, assets, nextId),
          ...contents(report),
          ...chapters(report, nextId),
        ],
      },
    ],
  });
  return docx.Packer.toBuffer(doc);
}
