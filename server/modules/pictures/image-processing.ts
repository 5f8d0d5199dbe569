import { PICTURE_FORMATS, PICTURE_WIDTHS, type PictureFormat } from '../../../contracts/pictures.ts';

/** Larger than this many pixels is refused before decoding (a small file can unpack to gigabytes). */
const MAX_INPUT_PIXELS = 50_000_000;

export type DetectedType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * The type a file really is, from its first bytes (its "magic number"), whatever its name or the
 * browser's claim says. Only these three reach the image library at all: no SVG (scripts), no
 * TIFF, HEIC or PDF (large parsers rarely needed for a neighbourhood photo).
 */
export function detectImageType(bytes: Uint8Array): DetectedType | undefined {
  const starts = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (starts(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0, 0x52, 0x49, 0x46, 0x46) && starts(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return undefined;
}

/** One stored file of a picture. */
export interface PictureVariant {
  width: number;
  format: PictureFormat;
  bytes: Buffer;
}

export interface ProcessedPicture {
  /** Of the picture turned upright. */
  width: number;
  height: number;
  variants: PictureVariant[];
}

export class ImageRejected extends Error {
  constructor(readonly reason: 'not-an-image' | 'unreadable' | 'too-many-pixels') {
    super(reason);
  }
}

/** The widths stored for a picture this wide: the standard widths, never wider than the picture itself. */
export function variantWidths(width: number): number[] {
  return [...new Set(PICTURE_WIDTHS.map((w) => Math.min(w, width)))];
}

/**
 * Decodes the upload, turns it upright by its EXIF orientation and writes each width as WebP and as
 * JPEG. Nothing of the original's metadata is copied: EXIF (with GPS location, camera, time),
 * XMP, IPTC and comments are all dropped — sharp writes no metadata unless asked to. sharp (a
 * native library) loads with the first upload, not at start-up.
 */
export async function processPicture(input: Buffer): Promise<ProcessedPicture> {
  if (!detectImageType(input)) throw new ImageRejected('not-an-image');
  const { default: sharp } = await import('sharp');
  const source = () => sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', animated: false });
  try {
    const metadata = await source().metadata();
    const { width, height } = metadata.autoOrient;
    if (width * height > MAX_INPUT_PIXELS) throw new ImageRejected('too-many-pixels');
    const variants: PictureVariant[] = [];
    for (const target of variantWidths(width)) {
      for (const format of PICTURE_FORMATS) {
        const resized = source().rotate().resize({ width: target, withoutEnlargement: true }).toColourspace('srgb');
        const bytes =
          format === 'webp'
            ? await resized.webp({ quality: 80 }).toBuffer()
            : await resized.flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
        variants.push({ width: target, format, bytes });
      }
    }
    return { width, height, variants };
  } catch (error) {
    if (error instanceof ImageRejected) throw error;
    const message = error instanceof Error ? error.message : '';
    throw new ImageRejected(/pixel limit/i.test(message) ? 'too-many-pixels' : 'unreadable');
  }
}
