import type { PictureFormat } from '../../../contracts/pictures.ts';

/** Where one file of a picture is kept: the picture, a width and a format. */
export interface PictureFileKey {
  pictureId: string;
  width: number;
  format: PictureFormat;
}

/**
 * Where the pictures' files live. The disk store (disk-picture-store.ts) keeps them under the data
 * directory; an object store (S3 and the like) would implement the same four calls.
 * Files never change once written: a new upload is a new picture with a new id.
 */
export interface PictureStore {
  put(key: PictureFileKey, bytes: Buffer): Promise<void>;
  /** The file's bytes, or undefined when there is no such file. */
  get(key: PictureFileKey): Promise<Buffer | undefined>;
  /** Removes every file of the picture; no error when there are none. */
  removeAll(pictureId: string): Promise<void>;
}

export const EXTENSIONS: Record<PictureFormat, string> = { webp: 'webp', jpeg: 'jpg' };
export const CONTENT_TYPES: Record<PictureFormat, string> = { webp: 'image/webp', jpeg: 'image/jpeg' };

/** The file name of one variant, as it appears in its URL: `400.webp`, `1200.jpg`. */
export function fileName(key: Pick<PictureFileKey, 'width' | 'format'>): string {
  return `${key.width}.${EXTENSIONS[key.format]}`;
}

/** The other way round; undefined for anything that is not a variant's name. */
export function parseFileName(name: string): Pick<PictureFileKey, 'width' | 'format'> | undefined {
  const match = /^([1-9][0-9]{0,4})\.(webp|jpg)$/.exec(name);
  if (!match) return undefined;
  return { width: Number(match[1]), format: match[2] === 'jpg' ? 'jpeg' : 'webp' };
}
