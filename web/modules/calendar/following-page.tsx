import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Button } from '../../ui/button.tsx';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { budgetPaths } from '../budgeting/budgeting.paths.ts';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { notificationPaths } from '../notifications/notifications.paths.ts';
import { calendarApi, type Follow, type NewsItem } from './calendar.api.ts';
import { formatMoment } from './calendar-format.ts';

const subjectPath = (type: Follow['subjectType'], id: string) =>
  type === 'initiative' ? initiativePaths.initiative(id) : budgetPaths.round(id);

/** "Wat ik volg": the news of every initiative and budget round I follow, in one place, and what I follow. */
export function FollowingPage() {
  const { t } = useTranslation();
  const api = useApi();
  const news = usePagedList((cursor) => calendarApi.news(api, cursor), 'news');
  const follows = usePagedList((cursor) => calendarApi.follows(api, cursor), 'follows');

  const unfollow = async (follow: Follow) => {
    await calendarApi.unfollow(api, follow.subjectType, follow.subjectId);
    follows.update((items) =>
      items.filter((item) => !(item.subjectType === follow.subjectType && item.subjectId === follow.subjectId)),
    );
  };

  return (
    <Page title={t('calendar.following.title')} lead={t('calendar.following.lead')}>
      <p className="utrecht-paragraph">
        {t('calendar.following.notifications')}{' '}
        <TextLink to={notificationPaths.preferences}>{t('calendar.following.preferencesLink')}</TextLink>
      </p>
      <section className="ws-section" aria-labelledby="following-news">
        <h2 className="utrecht-heading-2" id="following-news">
          {t('calendar.following.newsTitle')}
        </h2>
        {news.loading && (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        )}
        {!news.loading && news.items.length === 0 && (
          <p className="utrecht-paragraph">{t('calendar.following.noNews')}</p>
        )}
        <ul className="ws-card-list">
          {news.items.map((item) => (
            <NewsCard key={item.id} item={item} />
          ))}
        </ul>
        {news.items.length > 0 && (
          <LoadMore
            hasMore={news.hasMore}
            loading={news.loadingMore}
            onLoadMore={() => void news.loadMore()}
            shown={t('calendar.following.newsShown', { count: news.items.length })}
            end={t('calendar.following.allNewsShown')}
          />
        )}
      </section>

      <section className="ws-section" aria-labelledby="following-what">
        <h2 className="utrecht-heading-2" id="following-what">
          {t('calendar.following.whatTitle')}
        </h2>
        {!follows.loading && follows.items.length === 0 && (
          <p className="utrecht-paragraph">{t('calendar.following.nothing')}</p>
        )}
        <ul className="ws-card-list">
          {follows.items.map((follow) => (
            <li key={`${follow.subjectType}:${follow.subjectId}`} className="ws-card ws-following-item">
              <p className="utrecht-paragraph ws-card__meta">{t(`calendar.subjectType.${follow.subjectType}`)}</p>
              <p className="utrecht-paragraph">
                {follow.title ? (
                  <TextLink to={subjectPath(follow.subjectType, follow.subjectId)}>{follow.title}</TextLink>
                ) : (
                  t('calendar.following.gone')
                )}
              </p>
              <Button variant="subtle" onClick={() => void unfollow(follow)}>
                {t('calendar.follow.unfollow')}
                <span className="ws-visually-hidden">: {follow.title}</span>
              </Button>
            </li>
          ))}
        </ul>
        {follows.items.length > 0 && (
          <LoadMore
            hasMore={follows.hasMore}
            loading={follows.loadingMore}
            onLoadMore={() => void follows.loadMore()}
            shown={t('calendar.following.followsShown', { count: follows.items.length })}
            end={t('calendar.following.allFollowsShown')}
          />
        )}
      </section>
    </Page>
  );
}

function NewsCard({ item }: { item: NewsItem }) {
  const { t, i18n } = useTranslation();
  const what =
    item.kind === 'round-phase' && item.milestone
      ? t(`calendar.milestone.${item.milestone}`, { round: item.subjectTitle })
      : item.title;
  return (
    <li className="ws-card">
      <p className="utrecht-paragraph ws-card__meta">
        {t(`calendar.news.${item.kind}`)} · <time dateTime={item.at}>{formatMoment(item.at, i18n.language)}</time>
      </p>
      <p className="utrecht-paragraph">
        <strong>{what}</strong>
      </p>
      {item.startsAt && (
        <p className="utrecht-paragraph">
          {t('calendar.news.when', { when: formatMoment(item.startsAt, i18n.language) })}
        </p>
      )}
      <p className="utrecht-paragraph">
        <TextLink to={subjectPath(item.subjectType, item.subjectId)}>{item.subjectTitle}</TextLink>
      </p>
    </li>
  );
}
