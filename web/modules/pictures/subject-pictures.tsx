import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { PictureGallery } from '../../ui/picture-gallery.tsx';
import { PictureUpload } from '../../ui/picture-upload.tsx';
import { Disclosure } from '../initiatives/disclosure.tsx';
import { picturesApi, type PictureSubjectType } from './pictures.api.ts';
import type { ParentPictures } from './use-pictures.ts';

/**
 * The pictures of one initiative, update or budget proposal, and — for those who may add them
 * (the server decides; `canAdd` only spares others the form) — a form to add one.
 */
export function SubjectPictures({
  subjectType,
  subjectId,
  pictures,
  canAdd,
}: {
  subjectType: PictureSubjectType;
  subjectId: string;
  pictures: ParentPictures;
  canAdd: boolean;
}) {
  const { t } = useTranslation();
  const api = useApi();
  return (
    <div className="ws-subject-pictures">
      <PictureGallery
        pictures={pictures.of(subjectId)}
        onChangeAltText={async (picture, altText) =>
          pictures.replace(await picturesApi.changeAltText(api, picture.id, altText))
        }
        onRemove={async (picture) => {
          await picturesApi.remove(api, picture.id);
          pictures.remove(picture.id);
        }}
      />
      {canAdd && (
        <Disclosure label={t('pictures.upload.open')}>
          <PictureUpload
            id={`picture-${subjectId}`}
            onUpload={async ({ file, altText }) =>
              pictures.add(await picturesApi.upload(api, { subjectType, subjectId, altText, file }))
            }
          />
        </Disclosure>
      )}
    </div>
  );
}
