import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../app/api-context.ts';
import { picturesApi, type Picture, type PictureParent } from './pictures.api.ts';

/** At most this many pages of 100 are read for one page of the site. */
const MAX_PAGES = 5;

export interface ParentPictures {
  pictures: Picture[];
  /** The pictures of one subject, in upload order. */
  of(subjectId: string): Picture[];
  add(picture: Picture): void;
  replace(picture: Picture): void;
  remove(pictureId: string): void;
}

/** Every picture shown on an initiative's page (or a budget round's), in one request or a few. */
export function useParentPictures(parent: PictureParent): ParentPictures {
  const api = useApi();
  const [pictures, setPictures] = useState<Picture[]>([]);
  const key = 'initiativeId' in parent ? `i:${parent.initiativeId}` : `r:${parent.budgetRoundId}`;

  useEffect(() => {
    let current = true;
    const target: PictureParent = key.startsWith('i:')
      ? { initiativeId: key.slice(2) }
      : { budgetRoundId: key.slice(2) };
    void (async () => {
      const found: Picture[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await picturesApi.list(api, target, cursor).catch(() => null);
        if (!result) break;
        found.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      if (current) setPictures(found);
    })();
    return () => {
      current = false;
    };
  }, [api, key]);

  const of = useCallback((subjectId: string) => pictures.filter((p) => p.subjectId === subjectId), [pictures]);
  return {
    pictures,
    of,
    add: (picture) => setPictures((list) => [...list, picture]),
    replace: (picture) => setPictures((list) => list.map((p) => (p.id === picture.id ? picture : p))),
    remove: (pictureId) => setPictures((list) => list.filter((p) => p.id !== pictureId)),
  };
}
