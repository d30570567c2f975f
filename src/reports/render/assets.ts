// What a renderer needs besides the view model: the council's logo (a PNG from configuration,
// GT_COUNCIL_LOGO), or none.
import { ValidationError } from '../../domain/errors/errors.js';

export interface ReportAssets {
  logoPng?: Buffer;
}

export interface PngSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from the PNG header (IHDR is always the first chunk). */
export function pngSize(png: Buffer, field = 'GT_COUNCIL_LOGO'): PngSize {
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== PNG_SIGNATURE) {
    throw new ValidationError('the council logo must be a PNG file', field);
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Scales to fit a box, keeping the aspect ratio. */
export function fitWithin(size: PngSize, maxWidth: number, maxHeight: number): PngSize {
  const scale = Math.min(maxWidth / size.width, maxHeight / size.height, 1);
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}
