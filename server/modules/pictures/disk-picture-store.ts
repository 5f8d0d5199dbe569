import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileName, type PictureFileKey, type PictureStore } from './picture-store.ts';

/** Picture ids become folder names: only plain ids, never a path. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

function folderOf(root: string, pictureId: string): string {
  if (!SAFE_ID.test(pictureId)) throw new Error(`Not a picture id: ${JSON.stringify(pictureId)}`);
  return join(root, pictureId.slice(0, 2), pictureId);
}

/**
 * Pictures on disk: `<directory>/<first two characters of the id>/<id>/<width>.<ext>`. A file is
 * written beside its final name and then renamed, so a reader never sees half a file.
 */
export function createDiskPictureStore(directory: string): PictureStore {
  const root = resolve(directory);
  return {
    async put(key: PictureFileKey, bytes: Buffer) {
      const folder = folderOf(root, key.pictureId);
      await mkdir(folder, { recursive: true });
      const target = join(folder, fileName(key));
      const partial = `${target}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, target);
    },
    async get(key: PictureFileKey) {
      try {
        return await readFile(join(folderOf(root, key.pictureId), fileName(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async removeAll(pictureId: string) {
      await rm(folderOf(root, pictureId), { recursive: true, force: true });
    },
  };
}
