import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/areas.ts';
import type { Round } from '../../../../contracts/budgeting.ts';
import type { ApiClient } from '../../../app/api-client.ts';
import { useApi } from '../../../app/api-context.ts';
import { useSession } from '../../../app/session-context.ts';
import type { PageOf } from '../../../lib/use-paged-list.ts';
import { TextLink } from '../../../ui/links.tsx';
import { accountPaths } from '../../accounts/accounts.paths.ts';
import { areaPaths } from '../../areas/areas.paths.ts';
import { useLoad } from '../../areas/use-load.ts';
import { budgetPaths } from '../../budgeting/budgeting.paths.ts';
import { phaseText } from '../../budgeting/budgeting-texts.ts';
import { helpApi } from '../../help/help.api.ts';
import { helpPaths } from '../../help/help.paths.ts';
import { initiativesApi } from '../../initiatives/initiatives.api.ts';
import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import { statusText } from '../../initiatives/initiatives-texts.ts';
import { RecentActivityList } from './recent-activity.tsx';

const SHOWN = 5;

/** Budget rounds for the area or an area around it (a district's round is also the neighbourhood's), newest first. */
async function roundsFor(api: ApiClient, areaIds: string[]): Promise<Round[]> {
  const pages = await Promise.all(
    areaIds.map((areaId) => api.get<PageOf<Round>>('/budget-rounds', { areaId, limit: SHOWN })),
  );
  const unique = new Map(pages.flatMap((page) => page.items).map((round) => [round.id, round]));
  return [...unique.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, SHOWN);
}

/** "What is happening here": recent activity, initiatives, open needs, neighbourhood help and budget rounds. */
export function AreaHappeningsSection({ area }: { area: Area }) {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const loaded = useLoad(
    async () => {
      const [initiatives, needs, rounds, help] = await Promise.all([
        initiativesApi.list(api, { areaId: area.id }),
        initiativesApi.openNeeds(api, { areaId: area.id }),
        roundsFor(api, [area.id, ...area.ancestors.map((a) => a.id)]),
        // Requests for help are for logged-in residents only.
        me && area.kind === 'neighbourhood'
          ? helpApi.requests(api, { areaId: area.id, status: 'open' })
          : Promise.resolve(null),
      ]);
      return { initiatives, needs, rounds, help };
    },
    `${area.id}|${me ? me.id : ''}`,
  );
  const data = loaded.data;

  return (
    <section className="ws-section ws-section--wide" aria-labelledby="area-happenings">
      <h2 className="utrecht-heading-2" id="area-happenings">
        {t('monitor.area.happeningsTitle', { name: area.name })}
      </h2>
      <div className="ws-columns">
        <div className="ws-section">
          <h3 className="utrecht-heading-3">{t('monitor.activity.title')}</h3>
          <p className="utrecht-paragraph ws-optional">{t('monitor.activity.anonymous')}</p>
          <RecentActivityList areaId={area.id} />
        </div>
        <div className="ws-section">
          {loaded.loading && (
            <p className="utrecht-paragraph" role="status">
              {t('app.loading')}
            </p>
          )}
          {loaded.error ? <p className="utrecht-paragraph">{t('monitor.loadError')}</p> : null}
          {data && !loaded.loading && (
            <>
              <ShortList
                title={t('monitor.area.initiatives')}
                empty={t('monitor.area.noInitiatives')}
                more={{
                  to: `${initiativePaths.browse}?buurt=${encodeURIComponent(area.id)}`,
                  label: t('monitor.area.allInitiatives'),
                }}
                items={data.initiatives.items.slice(0, SHOWN).map((i) => ({
                  key: i.id,
                  content: (
                    <>
                      <TextLink to={initiativePaths.initiative(i.id)}>{i.title}</TextLink>{' '}
                      <span className="ws-optional">({statusText(t, i.status)})</span>
                    </>
                  ),
                }))}
              />
              <ShortList
                title={t('monitor.area.needs')}
                empty={t('monitor.area.noNeeds')}
                more={{
                  to: `${initiativePaths.openNeeds}?buurt=${encodeURIComponent(area.id)}`,
                  label: t('monitor.area.allNeeds'),
                }}
                items={data.needs.items.slice(0, SHOWN).map((n) => ({
                  key: n.id,
                  content: (
                    <>
                      <TextLink to={initiativePaths.initiative(n.initiativeId)}>{n.title}</TextLink>{' '}
                      <span className="ws-optional">
                        {t('monitor.area.forInitiative', { title: n.initiativeTitle })}
                      </span>
                    </>
                  ),
                }))}
              />
              {me ? (
                data.help && (
                  <ShortList
                    title={t('monitor.area.help')}
                    empty={t('monitor.area.noHelp')}
                    more={{ to: helpPaths.home, label: t('monitor.area.allHelp') }}
                    items={data.help.items.slice(0, SHOWN).map((r) => ({
                      key: r.id,
                      content: <TextLink to={helpPaths.request(r.id)}>{r.title}</TextLink>,
                    }))}
                  />
                )
              ) : (
                <>
                  <h3 className="utrecht-heading-3">{t('monitor.area.help')}</h3>
                  <p className="utrecht-paragraph">
                    <TextLink to={accountPaths.login} state={{ from: areaPaths.area(area.code) }}>
                      {t('monitor.area.helpLogin')}
                    </TextLink>
                  </p>
                </>
              )}
              <ShortList
                title={t('monitor.area.rounds')}
                empty={t('monitor.area.noRounds')}
                more={{ to: budgetPaths.home, label: t('monitor.area.allRounds') }}
                items={data.rounds.map((r) => ({
                  key: r.id,
                  content: (
                    <>
                      <TextLink to={budgetPaths.round(r.id)}>{r.title}</TextLink>{' '}
                      <span className="ws-optional">({phaseText(t, r.phase)})</span>
                    </>
                  ),
                }))}
              />
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function ShortList({
  title,
  empty,
  more,
  items,
}: {
  title: string;
  empty: string;
  more: { to: string; label: string };
  items: Array<{ key: string; content: ReactNode }>;
}) {
  return (
    <>
      <h3 className="utrecht-heading-3">{title}</h3>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{empty}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {items.map((item) => (
            <li key={item.key} className="utrecht-unordered-list__item">
              {item.content}
            </li>
          ))}
        </ul>
      )}
      <p className="utrecht-paragraph">
        <TextLink to={more.to}>{more.label}</TextLink>
      </p>
    </>
  );
}
