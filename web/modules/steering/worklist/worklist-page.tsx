import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { worklistKinds } from '../../../../contracts/steering.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { TextLink } from '../../../ui/links.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { Page } from '../../../ui/page.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { steeringApi } from '../steering.api.ts';
import { steeringPaths, subjectPath } from '../steering.paths.ts';
import { worklistTarget, worklistTitle } from './worklist-target.ts';
import { deadlineText, worklistKindText } from '../steering-texts.ts';
import '../steering.css';
import { useApi } from '../../../app/api-context.ts';

/** What is due or overdue within the officer's areas: reviews, answers to responses, assessments, reports, milestones. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useSearchParams();
  const [draft, setDraft] = useState({ soort: search.get('soort') ?? '', stand: search.get('stand') ?? '' });
  const query = { kind: search.get('soort') ?? undefined, state: search.get('stand') ?? undefined };
  const list = usePagedList((cursor) => steeringApi.worklist(api, query, cursor), search.toString());
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== '')));
  };
  return (
    <Page
      title={t('steering.worklist.title')}
      lead={t('steering.worklist.lead')}
      crumbs={[{ to: steeringPaths.tasks, label: t('steering.tasks.title') }]}
    >
      <form
        className="ws-form ws-form--grid ws-filters"
        role="search"
        aria-label={t('steering.worklist.filters')}
        onSubmit={onSubmit}
      >
        <SelectField
          name="soort"
          label={t('steering.worklist.kind')}
          value={draft.soort}
          onValue={(soort) => setDraft((d) => ({ ...d, soort }))}
          options={[
            { value: '', label: t('steering.worklist.anyKind') },
            ...worklistKinds.map((k) => ({ value: k, label: worklistKindText(t, k) })),
          ]}
        />
        <SelectField
          name="stand"
          label={t('steering.worklist.state')}
          value={draft.stand}
          onValue={(stand) => setDraft((d) => ({ ...d, stand }))}
          options={[
            { value: '', label: t('steering.worklist.anyState') },
            { value: 'overdue', label: deadlineText(t, 'overdue') },
            { value: 'due_soon', label: deadlineText(t, 'due_soon') },
          ]}
        />
        <div className="ws-form__actions">
          <Button type="submit">{t('steering.tasks.apply')}</Button>
        </div>
      </form>
      <section className="ws-section ws-section--wide" aria-labelledby="steering-worklist-results">
        <h2 className="utrecht-heading-2" id="steering-worklist-results">
          {t('steering.worklist.results')}
        </h2>
        {list.error !== null && <Alert type="error">{t('steering.loadError')}</Alert>}
        {list.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!list.loading && list.items.length === 0 && list.error === null && (
          <p className="utrecht-paragraph">{t('steering.worklist.empty')}</p>
        )}
        <ul className="ws-card-list" data-testid="worklist">
          {list.items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="ws-card">
              <h3 className="utrecht-heading-3 ws-card__title">
                <TextLink to={worklistTarget(item)}>{worklistTitle(t, item)}</TextLink>
                <span className={`ws-badge ws-badge--${item.state}`}>{deadlineText(t, item.state)}</span>
              </h3>
              <p className="utrecht-paragraph ws-card__meta">
                {worklistKindText(t, item.kind)}
                {' · '}
                {t('steering.worklist.due', { date: formatDate(item.dueAt, i18n.language) })}
                {' · '}
                <TextLink to={subjectPath(item.subject)}>{item.subject.title || t('steering.subject.hidden')}</TextLink>
                {item.subject.area && ` (${item.subject.area.name})`}
              </p>
            </li>
          ))}
        </ul>
        {list.items.length > 0 && (
          <LoadMore
            hasMore={list.hasMore}
            loading={list.loadingMore}
            onLoadMore={() => void list.loadMore()}
            shown={t('steering.worklist.shown', { count: list.items.length })}
            end={t('steering.worklist.allShown')}
          />
        )}
      </section>
    </Page>
  );
}
