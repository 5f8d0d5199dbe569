import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../../ui/button.tsx';
import { TextLink } from '../../../ui/links.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { LoadState } from '../ui/load-state.tsx';
import { useAreaOptions } from '../ui/use-areas.ts';
import { ForceFieldFigure } from './force-field-figure.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** The 3.0 → 4.0 picture of an area (the municipality when none is given): who carries the public tasks, now and over time. */
export function PicturePage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const { areaCode } = useParams();
  const areas = useAreaOptions();
  const loaded = useLoad(async () => {
    const all = await steeringApi.areas(api);
    const area = areaCode ? all.find((a) => a.code === areaCode) : all.find((a) => a.kind === 'municipality');
    if (!area) return null;
    return steeringApi.picture(api, area.id);
  }, areaCode ?? '');
  const [choice, setChoice] = useState('');
  const crumbs = [{ to: steeringPaths.tasks, label: t('steering.tasks.title') }];
  if (loaded.data === null)
    return <LoadState title={t('steering.notFound')} error={new Error('no area')} crumbs={crumbs} />;
  if (!loaded.data) return <LoadState title={t('steering.picture.title')} error={loaded.error} crumbs={crumbs} />;
  const picture = loaded.data;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const area = areas.find((a) => a.value === (choice || picture.area.id))?.area;
    if (area && area.code !== picture.area.code) void navigate(steeringPaths.areaPicture(area.code));
  };
  return (
    <Page
      title={t('steering.picture.titleOf', { area: picture.area.name })}
      lead={t('steering.picture.lead')}
      crumbs={crumbs}
    >
      <form className="ws-steering-picker" onSubmit={onSubmit}>
        <SelectField
          name="picture-area"
          label={t('steering.picture.areaLabel')}
          value={choice || picture.area.id}
          onValue={setChoice}
          options={areas}
        />
        <Button type="submit" variant="secondary">
          {t('steering.picture.show')}
        </Button>
      </form>
      <ForceFieldFigure picture={picture} />
      <p className="utrecht-paragraph">{t('steering.picture.howToRead')}</p>
      <p className="utrecht-paragraph">
        <TextLink to={`${steeringPaths.tasks}?gebied=${encodeURIComponent(picture.area.id)}`}>
          {t('steering.picture.tasksLink', { area: picture.area.name })}
        </TextLink>
      </p>
    </Page>
  );
}
