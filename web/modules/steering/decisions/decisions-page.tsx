import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { steeringLayers } from '../../../../contracts/steering.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { layerText } from '../steering-texts.ts';
import { useAreaOptions } from '../ui/use-areas.ts';
import { DecisionList } from './decision-list.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** Every published steering decision, per area and layer. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const areas = useAreaOptions();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState({ gebied: search.get('gebied') ?? '', laag: search.get('laag') ?? '' });
  const query = { areaId: search.get('gebied') ?? undefined, layer: search.get('laag') ?? undefined };
  const list = usePagedList((cursor) => steeringApi.decisions(api, query, cursor), search.toString());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };
  return (
    <Page
      title={t('steering.decisions.title')}
      lead={t('steering.decisions.lead')}
      crumbs={[{ to: steeringPaths.tasks, label: t('steering.tasks.title') }]}
    >
      <form
        className="ws-form ws-form--grid ws-filters"
        role="search"
        aria-label={t('steering.decisions.filters')}
        onSubmit={onSubmit}
      >
        <SelectField
          name="gebied"
          label={t('steering.tasks.area')}
          value={draft.gebied}
          onValue={(gebied) => setDraft((d) => ({ ...d, gebied }))}
          options={[{ value: '', label: t('steering.tasks.anyArea') }, ...areas]}
        />
        <SelectField
          name="laag"
          label={t('steering.decisions.layer')}
          value={draft.laag}
          onValue={(laag) => setDraft((d) => ({ ...d, laag }))}
          options={[
            { value: '', label: t('steering.decisions.anyLayer') },
            ...steeringLayers.map((l) => ({ value: l, label: layerText(t, l) })),
          ]}
        />
        <div className="ws-form__actions">
          <Button type="submit">{t('steering.tasks.apply')}</Button>
        </div>
      </form>
      <section className="ws-section ws-section--wide" aria-labelledby="steering-decisions-results">
        <h2 className="utrecht-heading-2" id="steering-decisions-results">
          {t('steering.decisions.results')}
        </h2>
        {list.error !== null && <Alert type="error">{t('steering.loadError')}</Alert>}
        {list.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!list.loading && list.items.length === 0 && list.error === null && (
          <p className="utrecht-paragraph">{t('steering.decisions.none')}</p>
        )}
        <DecisionList decisions={list.items} showSubject />
        {list.items.length > 0 && (
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
            shown={t('steering.decisions.shown', { count: list.items.length })}
            end={t('steering.decisions.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
