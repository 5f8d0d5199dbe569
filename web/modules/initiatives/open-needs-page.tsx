import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { needKinds } from '../../../contracts/initiatives-needs.ts';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { coverageText, domainText, needKindText } from './initiatives-texts.ts';
import { nameOfArea, useNeighbourhoods } from './use-neighbourhoods.ts';

/** Needs nobody has met yet, across initiatives: where can I help, and what the municipality sees is missing. */
export function OpenNeedsPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const areas = useNeighbourhoods();
  const [search, setSearch] = useSearchParams();
  const areaId = search.get('buurt') ?? '';
  const kind = search.get('soort') ?? '';
  const list = usePagedList((cursor) => initiativesApi.openNeeds(api, { areaId, kind }, cursor), search.toString());
  const change = (name: string) => (value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next);
  };
  return (
    <Page
      title={t('initiatives.openNeeds.title')}
      lead={t('initiatives.openNeeds.lead')}
      crumbs={[{ to: initiativePaths.browse, label: t('initiatives.browse.title') }]}
    >
      <div className="ws-form ws-form--grid">
        <SelectField
          name="buurt"
          label={t('initiatives.browse.area')}
          value={areaId}
          onValue={change('buurt')}
          options={[
            { value: '', label: t('initiatives.browse.anyArea') },
            ...areas.map((a) => ({ value: a.id, label: a.name })),
          ]}
        />
        <SelectField
          name="soort"
          label={t('initiatives.openNeeds.kind')}
          value={kind}
          onValue={change('soort')}
          options={[
            { value: '', label: t('initiatives.openNeeds.anyKind') },
            ...needKinds.map((k) => ({ value: k, label: needKindText(t, k) })),
          ]}
        />
      </div>
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.openNeeds.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((need) => (
          <li key={need.id} className="ws-card">
            <h2 className="utrecht-heading-3 ws-card__title">
              <TextLink to={`${initiativePaths.initiative(need.initiativeId)}#need-${need.id}`}>{need.title}</TextLink>
            </h2>
            <p className="utrecht-paragraph ws-card__meta">
              <span className="ws-badge">{needKindText(t, need.kind)}</span> {coverageText(t, need, i18n.language)}
            </p>
            <p className="utrecht-paragraph">
              {t('initiatives.openNeeds.for', { title: need.initiativeTitle })} · {domainText(t, need.domain)} ·{' '}
              {need.areaIds.map((id) => nameOfArea(areas, id)).join(', ')}
            </p>
          </li>
        ))}
      </ul>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
    </Page>
  );
}
