import { useTranslation } from 'react-i18next';
import type { AreaRef } from '../../../../contracts/areas.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { LoadMore } from '../../../ui/load-more.tsx';
import { steeringApi } from '../steering.api.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useApi } from '../../../app/api-context.ts';
import { DecisionList } from './decision-list.tsx';
import '../steering.css';

/**
 * The steering decisions published about tasks and initiatives in an area and the areas inside it,
 * newest first: a section of the area's public page (web/modules/areas/area-page.tsx renders it).
 */
export default function AreaDecisionsSection({ area }: { area: Pick<AreaRef, 'id' | 'name'> }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => steeringApi.decisions(api, { areaId: area.id }, cursor), area.id);
  return (
    <section className="ws-section" aria-labelledby="area-steering-decisions" data-testid="area-decisions">
      <h2 className="utrecht-heading-2" id="area-steering-decisions">
        {t('steering.areaDecisions.title')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.areaDecisions.intro', { area: area.name })}</p>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.areaDecisions.none', { area: area.name })}</p>
      )}
      <DecisionList decisions={list.items} showSubject />
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.areaDecisions.shown', { count: list.items.length })}
          end={t('steering.areaDecisions.allShown')}
        />
      )}
    </section>
  );
}
