// pptxgenjs behind one import. Its type declarations are CommonJS-style, so under NodeNext
// TypeScript sees the default import as the module (with the class on `.default`), while Node loads
// the ES build whose default export is the class itself; this file bridges the two once.
import pptxgenModule from 'pptxgenjs';

type PptxClass = typeof pptxgenModule.default;
export type Pptx = InstanceType<PptxClass>;
export type Slide = ReturnType<Pptx['addSlide']>;
export type TableRow = Parameters<Slide['addTable']>[0][number];
export type TextProps = Exclude<Parameters<Slide['addText']>[0], string>[number];

const loaded = pptxgenModule as unknown as { default?: PptxClass };
const Ctor = loaded.default ?? (pptxgenModule as unknown as PptxClass);

export const newPresentation = (): Pptx => new Ctor();
