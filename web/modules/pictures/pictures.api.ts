import type { Picture, PictureSubjectType } from '../../../contracts/pictures.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type { Picture, PictureSubjectType };

/** The page a picture is shown on: an initiative (with its updates) or a budget round (with its proposals). */
export type PictureParent = { initiativeId: string } | { budgetRoundId: string };

export const picturesApi = {
  list: (api: ApiClient, parent: PictureParent, cursor?: string) =>
    api.get<PageOf<Picture>>('/pictures', { ...parent, limit: 100, cursor }),
  upload: (
    api: ApiClient,
    input: { subjectType: PictureSubjectType; subjectId: string; altText: string; file: File },
  ) => {
    const form = new FormData();
    form.set('subjectType', input.subjectType);
    form.set('subjectId', input.subjectId);
    form.set('altText', input.altText);
    // The file goes last: the server reads the fields before it.
    form.set('file', input.file);
    return api.post<Picture>('/pictures', form);
  },
  changeAltText: (api: ApiClient, pictureId: string, altText: string) =>
    api.patch<Picture>(`/pictures/${encodeURIComponent(pictureId)}`, { altText }),
  remove: (api: ApiClient, pictureId: string) => api.delete<void>(`/pictures/${encodeURIComponent(pictureId)}`),
};
