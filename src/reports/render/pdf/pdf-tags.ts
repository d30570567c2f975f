// Tagged PDF (the logical structure a screen reader follows): each document has one `Document`
// element; headings, paragraphs, tables and figures are added to whichever element is open, in
// reading order, and drawn inside it. Rules, fills and page numbers are artifacts, so assistive
// technology skips them. pdfkit draws a tagged element's content when it is added to an attached
// parent, so drawing happens here, in order, not later.
import type { Pdf } from './pdf-kit.js';

type StructElement = ReturnType<Pdf['struct']>;
/** pdfkit 0.20 also takes `scope` (a header cell's column or row); its typings lag behind. */
export interface StructOptions {
  alt?: string;
  title?: string;
  lang?: string;
  actual?: string;
  scope?: 'Column' | 'Row';
}

/** The open elements of each document, innermost last. */
const open = new WeakMap<Pdf, StructElement[]>();

/** Starts the structure tree: call once, before anything is drawn. */
export function startStructure(doc: Pdf): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  open.set(doc, [root]);
}

function current(doc: Pdf): StructElement | undefined {
  return open.get(doc)?.at(-1);
}

/**
 * Draws content as one element (H1, P, TH, TD, Figure…). The drawing must not add a page itself
 * (text that flows on to the next page is carried over by pdfkit).
 */
export function tagged(
  doc: Pdf,
  type: string,
  draw: () => void,
  options: StructOptions = {},
): void {
  const parent = current(doc);
  if (!parent) {
    draw();
    return;
  }
  parent.add(doc.struct(type, options as Record<string, string>, [draw]));
}

/** An element holding others (Sect, Table, TR, TOC): the body's tagged content goes inside it. */
export function group(doc: Pdf, type: string, body: () => void): void {
  const parent = current(doc);
  if (!parent) {
    body();
    return;
  }
  const element = doc.struct(type);
  parent.add(element);
  open.get(doc)!.push(element);
  try {
    body();
  } finally {
    open.get(doc)!.pop();
    element.end();
  }
}

/** An element to fill in later (the contents page, written once page numbers are known). */
export function placeholder(doc: Pdf, type: string): (body: () => void) => void {
  const parent = current(doc);
  if (!parent) return (body) => body();
  const element = doc.struct(type);
  parent.add(element);
  return (body) => {
    open.get(doc)!.push(element);
    try {
      body();
    } finally {
      open.get(doc)!.pop();
      element.end();
    }
  };
}

/** Decoration (rules, fills, repeated table headers, page numbers): outside the structure. */
export function artifact(doc: Pdf, draw: () => void, type?: 'Pagination' | 'Layout'): void {
  if (!open.has(doc)) {
    draw();
    return;
  }
  doc.markContent('Artifact', type ? { type } : {});
  draw();
  doc.endMarkedContent();
}

/** Ends the structure tree before the document is written. */
export function endStructure(doc: Pdf): void {
  open.get(doc)?.[0]?.end();
  open.delete(doc);
}
