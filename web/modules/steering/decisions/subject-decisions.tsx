import { useTranslation } from 'react-i18next';
import type { SubjectType } from '../../../../contracts/steering.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { LoadMore } from '../../../ui/load-more.tsx';
import { steeringApi } from '../steering.api.ts';
import { SectionState } from '../ui/load-state.tsx';
import { DecisionList } from './decision-list.tsx';
import { useApi } from '../../../app/api-context.ts';

/** The published decisions about one task or initiative, newest first. */
export function SubjectDecisions({ type, id }: { type: SubjectType; id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const list = usePagedList(
    (cursor) => steeringApi.decisions(api, { subjectType: type, subjectId: id }, cursor),
    `${type}:${id}`,
  );
  return (
    <section className="ws-section" aria-labelledby="steering-decisions-title">
      <h2 className="utrecht-heading-2" id="steering-decisions-title">
        {t('steering.decisions.subjectTitle')}
      </h2>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.decisions.none')}</p>
      )}
      <DecisionList decisions={list.items} />
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.decisions.shown', { count: list.items.length })}
          end={t('steering.decisions.allShown')}
        />
      )}
    </section>
  );
}
