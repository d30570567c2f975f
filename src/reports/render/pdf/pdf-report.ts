// The report as a PDF: a title page with the council's name and logo, a contents page with page
// numbers (written last, once every chapter's page is known), the chapters, the rating rule as a
// footnote to the summary, page numbers and a PDF outline for navigation. Tagged in reading order:
// title page, contents, then one section per chapter.
import type { ReportDocument } from '../../model/types.js';
import { fitWithin, pngSize, type ReportAssets } from '../assets.js';
import { drawBlock } from './pdf-blocks.js';
import { drawNarrative } from './pdf-narrative.js';
import { heading } from './pdf-text.js';
import { MARGIN, newPdf, numberPages, pdfBuffer, type Pdf } from './pdf-kit.js';
import { group, placeholder, tagged } from './pdf-tags.js';

function titlePage(doc: Pdf, report: ReportDocument, assets: ReportAssets): void {
  const width = doc.page.width - 2 * MARGIN;
  let y = 150;
  if (assets.logoPng) {
    const logo = assets.logoPng;
    const size = fitWithin(pngSize(logo), 240, 120);
    tagged(doc, 'Figure', () => doc.image(logo, (doc.page.width - size.width) / 2, 80, size), {
      alt: `${report.councilName} logo`,
    });
    y = 80 + size.height + 40;
  }
  doc.font('Helvetica-Bold').fontSize(24).fillColor('#000000');
  tagged(doc, 'P', () => doc.text(report.councilName, MARGIN, y, { width, align: 'center' }));
  doc.moveDown(1).fontSize(20);
  tagged(doc, 'H1', () => doc.text(report.title, { width, align: 'center' }));
  doc.moveDown(0.5).font('Helvetica').fontSize(13);
  tagged(doc, 'P', () => doc.text(report.subtitle, { width, align: 'center' }));
  doc.moveDown(0.5).fontSize(11);
  tagged(doc, 'P', () => doc.text(`Produced on ${report.generatedOn}`, { width, align: 'center' }));
  drawNarrative(doc, report.narrative);
}

function contentsPage(doc: Pdf, report: ReportDocument, pages: number[]): void {
  doc.switchToPage(1);
  doc.x = MARGIN;
  doc.y = MARGIN;
  heading(doc, 'Contents', 1);
  const width = doc.page.width - 2 * MARGIN;
  group(doc, 'TOC', () =>
    report.chapters.forEach((c, i) => {
      const y = doc.y;
      doc.font('Helvetica').fontSize(11).fillColor('#000000');
      tagged(doc, 'TOCI', () => {
        doc.text(`${i + 1}. ${c.heading}`, MARGIN, y, { width: width - 60, lineBreak: false });
        doc.text(` page ${pages[i]}`, MARGIN, y, { width, align: 'right', lineBreak: false });
      });
      doc.y = y + 20;
    }),
  );
}

export async function renderReportPdf(
  report: ReportDocument,
  assets: ReportAssets = {},
): Promise<Buffer> {
  const doc = newPdf(`${report.title} ${report.periodLabel}`, report.councilName);
  group(doc, 'Sect', () => titlePage(doc, report, assets));
  doc.addPage(); // contents, filled in at the end
  const fillContents = placeholder(doc, 'Sect');
  const pages: number[] = [];
  report.chapters.forEach((chapter, i) => {
    doc.addPage();
    pages.push(doc.bufferedPageRange().count);
    doc.outline.addItem(chapter.heading);
    group(doc, 'Sect', () => {
      heading(doc, `${i + 1}. ${chapter.heading}${i === 0 ? ' ¹' : ''}`, 1);
      for (const section of chapter.sections) {
        // A section heading starts a page rather than end one with nothing under it.
        if (section.heading) heading(doc, section.heading, 2, 120);
        for (const block of section.blocks) drawBlock(doc, block);
      }
      if (i === 0) {
        doc.moveDown(0.5).font('Helvetica-Oblique').fontSize(8).fillColor('#323130');
        tagged(doc, 'Note', () => doc.text(`¹ ${report.ratingRule}`, MARGIN));
      }
    });
  });
  fillContents(() => contentsPage(doc, report, pages));
  numberPages(doc, `${report.title}, ${report.periodLabel}`);
  return pdfBuffer(doc);
}
