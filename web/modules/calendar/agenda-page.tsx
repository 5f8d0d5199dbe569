import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiProblem } from '../../app/api-client.ts';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Page } from '../../ui/page.tsx';
import { areaPaths } from '../areas/areas.paths.ts';
import { budgetPaths } from '../budgeting/budgeting.paths.ts';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { calendarApi, type CalendarItem, type CalendarPage } from './calendar.api.ts';
import { dayOf, formatDay, formatMonth, formatTime, monthRange, shiftMonth } from './calendar-format.ts';
import { calendarFeeds, calendarPaths } from './calendar.paths.ts';
import { SubscribeLinks } from './subscribe-links.tsx';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** An area's calendar, a month at a time, listed by day: activities, volunteers wanted, budget round dates. */
export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { areaCode = '' } = useParams();
  const [search] = useSearchParams();
  const asked = search.get('maand') ?? '';
  const month = MONTH.test(asked) ? asked : dayOf(new Date().toISOString()).slice(0, 7);
  const [area, setArea] = useState<CalendarPage['area'] | null>(null);
  const list = usePagedList(async (cursor) => {
    const page = await calendarApi.agenda(api, areaCode, monthRange(month), cursor);
    setArea(page.area);
    return page;
  }, `${areaCode}:${month}`);

  const name = area?.name ?? areaCode;
  const crumbs = [
    { to: areaPaths.map, label: t('areas.area.mapLink') },
    ...(area ? [{ to: areaPaths.area(area.code), label: area.name }] : []),
  ];
  if (list.error instanceof ApiProblem && list.error.status === 404)
    return <Page title={t('areas.area.notFound')} crumbs={crumbs} />;

  const days = groupByDay(list.items);
  const monthName = formatMonth(month, i18n.language);
  const link = (offset: number) => `${calendarPaths.agenda(areaCode)}?maand=${shiftMonth(month, offset)}`;
  return (
    <Page title={t('calendar.agenda.title', { name })} lead={t('calendar.agenda.lead')} crumbs={crumbs}>
      <nav className="ws-calendar-months" aria-label={t('calendar.agenda.monthNav')}>
        <TextLink to={link(-1)}>
          <span aria-hidden="true">← </span>
          {formatMonth(shiftMonth(month, -1), i18n.language)}
        </TextLink>
        <TextLink to={link(1)}>
          {formatMonth(shiftMonth(month, 1), i18n.language)}
          <span aria-hidden="true"> →</span>
        </TextLink>
      </nav>
      <h2 className="utrecht-heading-2" aria-live="polite">
        {monthName}
      </h2>
      {list.loading && (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      )}
      {!list.loading && list.error !== null && (
        <p className="utrecht-paragraph" role="alert">
          {t('calendar.agenda.loadError')}
        </p>
      )}
      {!list.loading && list.error === null && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('calendar.agenda.empty', { month: monthName })}</p>
      )}
      {days.map(([day, items]) => (
        <section key={day} className="ws-calendar-day" aria-labelledby={`dag-${day}`}>
          <h3 className="utrecht-heading-3" id={`dag-${day}`}>
            {formatDay(day, i18n.language)}
          </h3>
          <ul className="ws-card-list">
            {items.map((item) => (
              <AgendaItem key={item.uid} item={item} />
            ))}
          </ul>
        </section>
      ))}
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('calendar.agenda.shown', { count: list.items.length })}
          end={t('calendar.agenda.allShown', { month: monthName })}
        />
      )}
      <SubscribeLinks feedPath={calendarFeeds.area(area?.code ?? areaCode)} name={name} />
    </Page>
  );
}

function groupByDay(items: readonly CalendarItem[]): Array<[string, CalendarItem[]]> {
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const day = dayOf(item.startsAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()];
}

function AgendaItem({ item }: { item: CalendarItem }) {
  const { t, i18n } = useTranslation();
  const start = formatTime(item.startsAt, i18n.language);
  const time =
    item.endsAt && dayOf(item.endsAt) === dayOf(item.startsAt)
      ? t('calendar.agenda.timeRange', { start, end: formatTime(item.endsAt, i18n.language) })
      : start;
  return (
    <li className={`ws-card ws-calendar-item${item.cancelled ? ' ws-calendar-item--cancelled' : ''}`}>
      <p className="utrecht-paragraph ws-card__meta">
        <time dateTime={item.startsAt}>{time}</time>
        {item.kind !== 'activity' && <> · {t(`calendar.kind.${item.kind}`)}</>}
      </p>
      <p className="utrecht-paragraph">
        {item.round ? (
          <TextLink to={budgetPaths.round(item.round.id)}>
            {t(`calendar.milestone.${item.round.milestone}`, { round: item.round.title })}
          </TextLink>
        ) : (
          <strong className={item.cancelled ? 'ws-calendar-item__title--cancelled' : undefined}>{item.title}</strong>
        )}
        {item.cancelled && (
          <>
            {' '}
            <span className="ws-badge ws-badge--cancelled">{t('calendar.agenda.cancelled')}</span>
          </>
        )}
      </p>
      {item.initiative && (
        <p className="utrecht-paragraph">
          {t('calendar.agenda.by')}{' '}
          <TextLink to={initiativePaths.initiative(item.initiative.id)}>{item.initiative.title}</TextLink>
        </p>
      )}
      {item.place && <p className="utrecht-paragraph">{t('calendar.agenda.place', { place: item.place })}</p>}
    </li>
  );
}
