import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { domains, initiativeStatuses } from '../../../contracts/initiatives.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { InitiativeCard } from './initiative-card.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { domainText, statusText } from './initiatives-texts.ts';
import { nameOfArea, useNeighbourhoods } from './use-neighbourhoods.ts';

const FILTERS = ['q', 'thema', 'fase', 'buurt', 'hulp', 'mijn'] as const;

/** Browse and search initiatives; the filters live in the address, so a search can be shared. */
export function InitiativesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const areas = useNeighbourhoods();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState(
    () => Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>,
  );
  const query = {
    q: search.get('q') ?? undefined,
    domain: search.get('thema') ?? undefined,
    status: search.get('fase') ?? undefined,
    areaId: search.get('buurt') ?? undefined,
    hasOpenNeeds: search.get('hulp') === 'ja' ? 'true' : undefined,
    mine: search.get('mijn') === 'ja' ? 'true' : undefined,
  };
  const list = usePagedList((cursor) => initiativesApi.list(api, query, cursor), search.toString());
  const set = (name: (typeof FILTERS)[number]) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };

  return (
    <Page title={t('initiatives.browse.title')} lead={t('initiatives.browse.lead')}>
      <div className="utrecht-button-group ws-button-row">
        {me && <ButtonLink to={initiativePaths.create}>{t('initiatives.browse.start')}</ButtonLink>}
        <ButtonLink to={initiativePaths.map} variant="secondary">
          {t('initiatives.browse.mapLink')}
        </ButtonLink>
        <ButtonLink to={initiativePaths.openNeeds} variant="secondary">
          {t('initiatives.browse.openNeedsLink')}
        </ButtonLink>
      </div>
      <p className="utrecht-paragraph">
        <TextLink to={initiativePaths.responseTimes}>{t('initiatives.browse.responseTimesLink')}</TextLink>
        {' · '}
        <TextLink to={initiativePaths.organisations}>{t('initiatives.browse.organisationsLink')}</TextLink>
      </p>

      <form
        className="ws-form ws-form--grid ws-filters"
        role="search"
        aria-label={t('initiatives.browse.filters')}
        onSubmit={onSubmit}
      >
        <TextField
          name="q"
          label={t('initiatives.browse.q')}
          value={draft.q}
          onValue={set('q')}
          optional
          type="search"
        />
        <SelectField
          name="thema"
          label={t('initiatives.browse.domain')}
          value={draft.thema}
          onValue={set('thema')}
          options={[
            { value: '', label: t('initiatives.browse.anyDomain') },
            ...domains.map((d) => ({ value: d, label: domainText(t, d) })),
          ]}
        />
        <SelectField
          name="fase"
          label={t('initiatives.browse.status')}
          value={draft.fase}
          onValue={set('fase')}
          options={[
            { value: '', label: t('initiatives.browse.anyStatus') },
            ...initiativeStatuses.map((s) => ({ value: s, label: statusText(t, s) })),
          ]}
        />
        <SelectField
          name="buurt"
          label={t('initiatives.browse.area')}
          value={draft.buurt}
          onValue={set('buurt')}
          options={[
            { value: '', label: t('initiatives.browse.anyArea') },
            ...areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <label className="utrecht-form-label ws-check">
          <input
            type="checkbox"
            className="utrecht-checkbox"
            checked={draft.hulp === 'ja'}
            onChange={(e) => set('hulp')(e.target.checked ? 'ja' : '')}
          />{' '}
          {t('initiatives.browse.hasOpenNeeds')}
        </label>
        {me && (
          <label className="utrecht-form-label ws-check">
            <input
              type="checkbox"
              className="utrecht-checkbox"
              checked={draft.mijn === 'ja'}
              onChange={(e) => set('mijn')(e.target.checked ? 'ja' : '')}
            />{' '}
            {t('initiatives.browse.mine')}
          </label>
        )}
        <div className="ws-form__actions">
          <Button type="submit">{t('common.search')}</Button>
        </div>
      </form>

      <section className="ws-section" aria-labelledby="initiatives-results">
        <h2 className="utrecht-heading-2" id="initiatives-results">
          {t('initiatives.browse.results')}
        </h2>
        {list.error !== null && <Alert type="error">{t('initiatives.loadError')}</Alert>}
        {list.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!list.loading && list.items.length === 0 && list.error === null && (
          <p className="utrecht-paragraph">{t('initiatives.browse.empty')}</p>
        )}
        <ul className="ws-card-list">
          {list.items.map((item) => (
            <InitiativeCard key={item.id} initiative={item} areaName={(id) => nameOfArea(areas, id)} />
          ))}
        </ul>
        {list.items.length > 0 && (
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
            shown={t('initiatives.browse.shown', { count: list.items.length })}
            end={t('initiatives.browse.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
