import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { providerKinds, taskDomains } from '../../../../contracts/steering.ts';
import { useSession } from '../../../app/session-context.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ButtonLink, TextLink } from '../../../ui/links.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { administers, steers } from '../steering-roles.ts';
import { domainText, providerText } from '../steering-texts.ts';
import { CheckboxField } from '../ui/checkbox-field.tsx';
import { useAreaOptions } from '../ui/use-areas.ts';
import { TaskCard } from './task-card.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

const FILTERS = ['gebied', 'thema', 'uitvoerder', 'uitdaagbaar'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/** The public register of tasks, per area; the filters live in the address, so a view can be shared. */
export function TasksPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const areas = useAreaOptions();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState<Filters>(
    () => Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Filters,
  );
  const query = {
    areaId: search.get('gebied') ?? undefined,
    domain: search.get('thema') ?? undefined,
    provider: search.get('uitvoerder') ?? undefined,
    challengeable: search.get('uitdaagbaar') === 'ja' ? 'true' : undefined,
  };
  const list = usePagedList((cursor) => steeringApi.tasks(api, query, cursor), search.toString());
  const set = (name: keyof Filters) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };
  const area = areas.find((a) => a.value === query.areaId)?.area;

  return (
    <Page title={t('steering.tasks.title')} lead={t('steering.tasks.lead')}>
      <nav aria-label={t('steering.tasks.linksLabel')}>
        <ul className="ws-plain-list ws-steering-links">
          <li>
            <TextLink to={area ? steeringPaths.areaPicture(area.code) : steeringPaths.picture}>
              {t('steering.tasks.pictureLink')}
            </TextLink>
          </li>
          <li>
            <TextLink to={steeringPaths.decisions}>{t('steering.tasks.decisionsLink')}</TextLink>
          </li>
          <li>
            <TextLink to={steeringPaths.challenges}>{t('steering.tasks.challengesLink')}</TextLink>
          </li>
          {steers(me) && (
            <li>
              <TextLink to={steeringPaths.worklist}>{t('steering.tasks.worklistLink')}</TextLink>
            </li>
          )}
          {administers(me) && (
            <li>
              <TextLink to={steeringPaths.thresholds}>{t('steering.tasks.thresholdsLink')}</TextLink>
            </li>
          )}
        </ul>
      </nav>
      {steers(me) && (
        <div className="utrecht-button-group ws-button-row ws-steering-actions">
          <ButtonLink to={steeringPaths.newTask}>{t('steering.tasks.newTask')}</ButtonLink>
        </div>
      )}

      <form
        className="ws-form ws-form--grid ws-filters"
        role="search"
        aria-label={t('steering.tasks.filters')}
        onSubmit={onSubmit}
      >
        <SelectField
          name="gebied"
          label={t('steering.tasks.area')}
          value={draft.gebied}
          onValue={set('gebied')}
          options={[{ value: '', label: t('steering.tasks.anyArea') }, ...areas]}
        />
        <SelectField
          name="thema"
          label={t('steering.tasks.domain')}
          value={draft.thema}
          onValue={set('thema')}
          options={[
            { value: '', label: t('steering.tasks.anyDomain') },
            ...taskDomains.map((d) => ({ value: d, label: domainText(t, d) })),
          ]}
        />
        <SelectField
          name="uitvoerder"
          label={t('steering.tasks.provider')}
          value={draft.uitvoerder}
          onValue={set('uitvoerder')}
          options={[
            { value: '', label: t('steering.tasks.anyProvider') },
            ...providerKinds.map((p) => ({ value: p, label: providerText(t, p) })),
          ]}
        />
        <CheckboxField
          name="uitdaagbaar"
          label={t('steering.tasks.challengeable')}
          checked={draft.uitdaagbaar === 'ja'}
          onChecked={(checked) => set('uitdaagbaar')(checked ? 'ja' : '')}
        />
        <div className="ws-form__actions">
          <Button type="submit">{t('steering.tasks.apply')}</Button>
        </div>
      </form>

      <section className="ws-section ws-section--wide" aria-labelledby="steering-tasks-results">
        <h2 className="utrecht-heading-2" id="steering-tasks-results">
          {area ? t('steering.tasks.resultsIn', { name: area.name }) : t('steering.tasks.results')}
        </h2>
        {list.error !== null && <Alert type="error">{t('steering.loadError')}</Alert>}
        {list.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!list.loading && list.items.length === 0 && list.error === null && (
          <p className="utrecht-paragraph">{t('steering.tasks.empty')}</p>
        )}
        <ul className="ws-card-list">
          {list.items.map((task) => (
            <TaskCard key={task.id} task={task} />
          ))}
        </ul>
        {list.items.length > 0 && (
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
            shown={t('steering.tasks.shown', { count: list.items.length })}
            end={t('steering.tasks.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
