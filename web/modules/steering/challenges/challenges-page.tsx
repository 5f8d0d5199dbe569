import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { challengeStatusText } from '../steering-texts.ts';
import { useAreaOptions } from '../ui/use-areas.ts';
import { ChallengeList } from './challenge-list.tsx';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

const STATUSES = ['submitted', 'accepted', 'refused', 'withdrawn'] as const;

/** Every challenge under the Right to Challenge, per area and status; all of it public. */
export function ChallengesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const areas = useAreaOptions();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState({ gebied: search.get('gebied') ?? '', status: search.get('status') ?? '' });
  const query = { areaId: search.get('gebied') ?? undefined, status: search.get('status') ?? undefined };
  const list = usePagedList((cursor) => steeringApi.challenges(api, query, cursor), search.toString());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };
  return (
    <Page
      title={t('steering.challenges.title')}
      lead={t('steering.challenges.lead')}
      crumbs={[{ to: steeringPaths.tasks, label: t('steering.tasks.title') }]}
    >
      <form
        className="ws-form ws-form--grid ws-filters"
        role="search"
        aria-label={t('steering.challenges.filters')}
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
          name="status"
          label={t('steering.challenges.status')}
          value={draft.status}
          onValue={(status) => setDraft((d) => ({ ...d, status }))}
          options={[
            { value: '', label: t('steering.challenges.anyStatus') },
            ...STATUSES.map((s) => ({ value: s, label: challengeStatusText(t, s) })),
          ]}
        />
        <div className="ws-form__actions">
          <Button type="submit">{t('steering.tasks.apply')}</Button>
        </div>
      </form>
      <section className="ws-section ws-section--wide" aria-labelledby="steering-challenges-results">
        <h2 className="utrecht-heading-2" id="steering-challenges-results">
          {t('steering.challenges.results')}
        </h2>
        {list.error !== null && <Alert type="error">{t('steering.loadError')}</Alert>}
        {list.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!list.loading && list.items.length === 0 && list.error === null && (
          <p className="utrecht-paragraph">{t('steering.rtc.none')}</p>
        )}
        <ChallengeList challenges={list.items} showTask />
        {list.items.length > 0 && (
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
            shown={t('steering.rtc.shown', { count: list.items.length })}
            end={t('steering.rtc.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
