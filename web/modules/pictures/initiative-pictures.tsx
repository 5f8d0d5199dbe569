import type { Initiative } from '../../../contracts/initiatives.ts';
import { SubjectPictures } from './subject-pictures.tsx';
import { useParentPictures } from './use-pictures.ts';

/** The initiative's own pictures on its page; its organisers and moderators can add and remove them. */
export function InitiativePictures({ initiative }: { initiative: Initiative }) {
  const pictures = useParentPictures({ initiativeId: initiative.id });
  return (
    <SubjectPictures
      subjectType="initiative"
      subjectId={initiative.id}
      pictures={pictures}
      canAdd={initiative.viewer.canEdit || initiative.viewer.canModerate}
    />
  );
}
