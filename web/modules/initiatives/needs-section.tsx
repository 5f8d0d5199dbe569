import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDateTime } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Initiative, type Need } from './initiatives.api.ts';
import { coverageText, needKindText } from './initiatives-texts.ts';
import { NeedForm } from './need-form.tsx';
import { PledgeForm } from './pledge-form.tsx';
import { PledgesPanel } from './pledges-panel.tsx';

/** What the initiative needs, how far each need is covered, and a way to pledge. */
export function NeedsSection({ initiative, onChange }: { initiative: Initiative; onChange: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const needs = usePagedList(
    (cursor) => initiativesApi.needs(api, initiative.id, cursor),
    `${initiative.id}-${initiative.updatedAt}-${initiative.openNeeds}-${initiative.figures.pledgesMade}-${initiative.figures.pledgesKept}`,
  );
  const refresh = () => onChange();

  return (
    <section className="ws-section" aria-labelledby="initiative-needs">
      <h2 className="utrecht-heading-2" id="initiative-needs">
        {t('initiatives.needs.title')}
      </h2>
      {needs.error !== null && <Alert type="error">{t('initiatives.loadError')}</Alert>}
      {!needs.loading && needs.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.needs.empty')}</p>
      )}
      <ul className="ws-card-list">
        {needs.items.map((need) => (
          <NeedCard key={need.id} initiative={initiative} need={need} onChange={refresh} />
        ))}
      </ul>
      {needs.hasMore && (
        <LoadMore
          hasMore={needs.hasMore}
          loading={needs.loadingMore}
          onLoadMore={() => void needs.loadMore()}
          shown={t('initiatives.shown', { count: needs.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
      {initiative.viewer.canEdit && initiative.status !== 'stopped' && (
        <Disclosure label={t('initiatives.needs.add')}>
          <NeedForm initiativeId={initiative.id} onCreated={refresh} />
        </Disclosure>
      )}
    </section>
  );
}

function NeedCard({ initiative, need, onChange }: { initiative: Initiative; need: Need; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const percent = Math.round(need.coverage * 100);
  return (
    <li className="ws-card" aria-labelledby={`need-${need.id}`}>
      <h3 className="utrecht-heading-3 ws-card__title" id={`need-${need.id}`}>
        {need.title}
      </h3>
      <p className="utrecht-paragraph ws-card__meta">
        <span className="ws-badge">{needKindText(t, need.kind)}</span> {coverageText(t, need, i18n.language)}
        {need.startsAt && ` · ${formatDateTime(need.startsAt, i18n.language)}`}
        {need.closed ? ` · ${t('initiatives.needs.closed')}` : !need.open ? ` · ${t('initiatives.needs.covered')}` : ''}
      </p>
      <div className="ws-meter" role="img" aria-label={t('initiatives.needs.percent', { percent })}>
        <div className="ws-meter__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      {need.description && <p className="utrecht-paragraph">{need.description}</p>}
      {need.moderation && (
        <Alert type="warning">{t('initiatives.moderation.hiddenNotice', { reason: need.moderation.reason })}</Alert>
      )}
      {me && need.open && initiative.status !== 'stopped' && (
        <Disclosure label={t('initiatives.pledge.open', { title: need.title })}>
          <PledgeForm initiativeId={initiative.id} need={need} onPledged={onChange} />
        </Disclosure>
      )}
      {me && (initiative.viewer.canEdit || need.pledged > 0) && (
        <Disclosure
          label={initiative.viewer.canEdit ? t('initiatives.pledges.showAll') : t('initiatives.pledges.showMine')}
        >
          <PledgesPanel initiative={initiative} need={need} onChange={onChange} />
        </Disclosure>
      )}
    </li>
  );
}
