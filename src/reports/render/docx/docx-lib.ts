// docx 9.7 ships type declarations with extensionless relative imports, which TypeScript's NodeNext
// resolution cannot follow (every export looks missing, in both its ESM and CJS declarations). So
// the few parts used here are typed locally; the runtime is the library's ordinary ESM build.
import * as runtime from 'docx';

/** Any docx element (paragraph, table, run…): opaque to the renderer. */
export interface DocxNode {
  readonly docxNode?: never;
}

type Options = Record<string, unknown>;
type Ctor<A = Options> = new (options: A) => DocxNode;

interface DocxLib {
  Document: Ctor;
  Paragraph: Ctor<Options | string>;
  TextRun: Ctor<Options | string>;
  Table: Ctor;
  TableRow: Ctor;
  TableCell: Ctor;
  ImageRun: Ctor;
  Footer: Ctor;
  BookmarkStart: new (name: string, id: number) => DocxNode;
  BookmarkEnd: new (id: number) => DocxNode;
  InternalHyperlink: Ctor;
  PageBreak: new () => DocxNode;
  FootnoteReferenceRun: new (id: number) => DocxNode;
  Packer: { toBuffer(doc: DocxNode): Promise<Buffer> };
  HeadingLevel: Record<'TITLE' | 'HEADING_1' | 'HEADING_2' | 'HEADING_3', string>;
  AlignmentType: Record<'CENTER' | 'LEFT' | 'RIGHT', string>;
  ShadingType: Record<'CLEAR', string>;
  WidthType: Record<'PERCENTAGE' | 'DXA', string>;
  TableLayoutType: Record<'FIXED' | 'AUTOFIT', string>;
  PageNumber: Record<'CURRENT' | 'TOTAL_PAGES', string>;
}

export const docx = runtime as unknown as DocxLib;
