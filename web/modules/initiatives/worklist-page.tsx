import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { dutyStates } from '../../../contracts/initiatives-support.ts';
import { useApi } from '../../app/api-context.ts';
import { formatDate } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { initiativesApi } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { domainText } from './initiatives-texts.ts';
import { nameOfArea, useNeighbourhoods } from './use-neighbourhoods.ts';

/** For civil servants: initiatives awaiting the municipality's response, earliest deadline first. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const areas = useNeighbourhoods();
  const [search, setSearch] = useSearchParams();
  const state = search.get('stand') ?? '';
  const mine = search.get('mijn') === 'ja';
  const list = usePagedList(
    (cursor) => initiativesApi.worklist(api, { state, mine: mine ? 'true' : undefined }, cursor),
    search.toString(),
  );
  return (
    <Page title={t('initiatives.worklist.title')} lead={t('initiatives.worklist.lead')}>
      <div className="ws-form ws-form--grid">
        <SelectField
          name="stand"
          label={t('initiatives.worklist.state')}
          value={state}
          onValue={(v) => setSearch({ ...(v ? { stand: v } : {}), ...(mine ? { mijn: 'ja' } : {}) })}
          options={[
            { value: '', label: t('initiatives.worklist.allStates') },
            ...dutyStates.map((s) => ({
              value: s,
              label: t(`initiatives.worklist.states.${s}` as 'initiatives.worklist.states.open'),
            })),
          ]}
        />
        <label className="utrecht-form-label ws-check">
          <input
            type="checkbox"
            className="utrecht-checkbox"
            checked={mine}
            onChange={(e) =>
              setSearch({ ...(state ? { stand: state } : {}), ...(e.target.checked ? { mijn: 'ja' } : {}) })
            }
          />{' '}
          {t('initiatives.worklist.mine')}
        </label>
      </div>
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.worklist.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((item) => (
          <li key={item.initiativeId} className={`ws-card ws-duty ws-duty--${item.state}`}>
            <h2 className="utrecht-heading-3 ws-card__title">
              <TextLink to={initiativePaths.initiative(item.initiativeId)}>{item.title}</TextLink>
            </h2>
            <p className="utrecht-paragraph">
              <strong>{t(`initiatives.worklist.states.${item.state}` as 'initiatives.worklist.states.open')}</strong> ·{' '}
              {t('initiatives.worklist.due', { date: formatDate(item.dueAt, i18n.language), count: item.daysLeft })}
            </p>
            <p className="utrecht-paragraph ws-card__meta">
              {domainText(t, item.domain)} · {nameOfArea(areas, item.areaId)} ·{' '}
              {t('initiatives.browse.supporters', { count: item.supportCount })} ·{' '}
              {item.responsible
                ? t('initiatives.worklist.responsible', {
                    name: item.responsible.displayName,
                    department: item.department ?? '',
                  })
                : t('initiatives.worklist.unassigned')}
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
