import { useTranslation } from 'react-i18next';
import type { AreaRef } from '../../../../contracts/areas.ts';
import { ApiProblem } from '../../../app/api-client.ts';
import { TextLink } from '../../../ui/links.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useApi } from '../../../app/api-context.ts';
import { ForceFieldFigure } from './force-field-figure.tsx';
import '../steering.css';

/**
 * The 3.0 → 4.0 picture as a section of another page (the monitor's dashboard of an area). It
 * stays away where the area has no picture.
 */
export function SteeringPictureSection({ area }: { area: Pick<AreaRef, 'id' | 'code' | 'name'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const loaded = useLoad(() => steeringApi.picture(api, area.id), area.id);
  if (loaded.error instanceof ApiProblem && loaded.error.status === 404) return null;
  return (
    <section className="ws-section ws-section--wide" aria-labelledby="steering-picture-section">
      <h2 className="utrecht-heading-2" id="steering-picture-section">
        {t('steering.picture.sectionTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.picture.sectionIntro')}</p>
      <SectionState loading={loaded.loading} error={loaded.error} />
      {loaded.data && <ForceFieldFigure picture={loaded.data} headingLevel={3} />}
      <p className="utrecht-paragraph">
        <TextLink to={steeringPaths.areaPicture(area.code)}>
          {t('steering.picture.fullLink', { area: area.name })}
        </TextLink>
      </p>
    </section>
  );
}
