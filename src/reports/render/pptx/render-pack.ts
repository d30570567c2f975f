// Draws the planned pack with pptxgenjs: native text, tables and charts, so the performance team
// can edit a slide in PowerPoint before the meeting. Pure apart from the library: same pack, same
// slides.
import type { PackSlide, PowerPointPack } from './pack-plan.js';
import { defineMaster } from './draw-frame.js';
import { drawExceptions } from './draw-exceptions.js';
import { drawKeyPoints } from './draw-key-points.js';
import { drawSummary, drawTitle } from './draw-summary.js';
import { drawKeyActions, drawMessage, drawPriority } from './draw-tables.js';
import { newPresentation, type Pptx } from './pptx-lib.js';

function draw(pptx: Pptx, pack: PowerPointPack, s: PackSlide): void {
  switch (s.kind) {
    case 'title':
      return drawTitle(pptx, s, pack);
    case 'summary':
      drawSummary(pptx, s).addNotes(s.notes);
      return;
    case 'priority':
      return drawPriority(pptx, s);
    case 'exceptions':
      return drawExceptions(pptx, s);
    case 'key-actions':
      return drawKeyActions(pptx, s);
    case 'message':
      return drawMessage(pptx, s);
    case 'key-points':
      return drawKeyPoints(pptx, s);
  }
}

export async function renderPowerPointPack(pack: PowerPointPack): Promise<Buffer> {
  const pptx = newPresentation();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = `${pack.title} ${pack.periodLabel}`;
  pptx.company = pack.councilName;
  pptx.author = pack.councilName;
  defineMaster(pptx, `${pack.councilName} · ${pack.title} · ${pack.periodLabel}`);
  for (const s of pack.slides) draw(pptx, pack, s);
  // stream(), not write(): pptxgenjs 4.0.1's write() ignores `compression` once an outputType is
  // given (pptxgen.es.js, exportPresentation), and the stored slides are five times the size.
  const out = await pptx.stream({ compression: true });
  return Buffer.from(out as Uint8Array);
}
