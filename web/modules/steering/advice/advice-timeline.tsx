import { useTranslation } from 'react-i18next';
import type { SubjectType } from '../../../../contracts/steering.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { LoadMore } from '../../../ui/load-more.tsx';
import { inputValueText } from '../advice-words.ts';
import { steeringApi } from '../steering.api.ts';
import { inputLabel, layerText, ruleText, timelineChangeText } from '../steering-texts.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';
import { SectionState } from '../ui/load-state.tsx';
import { useApi } from '../../../app/api-context.ts';

/** Every change of the advice for a subject, newest first: up, down, a signal building up, cleared. */
export function AdviceTimeline({ type, id }: { type: SubjectType; id: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList((cursor) => steeringApi.timeline(api, type, id, cursor), `${type}:${id}`);
  return (
    <section className="ws-section" aria-labelledby="steering-timeline-title">
      <h2 className="utrecht-heading-2" id="steering-timeline-title">
        {t('steering.timeline.title')}
      </h2>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.timeline.empty')}</p>
      )}
      <ol className="ws-timeline" data-testid="advice-timeline">
        {list.items.map((entry) => (
          <li key={entry.id} className={`ws-timeline__item ws-timeline__item--${entry.change}`}>
            <p className="utrecht-paragraph ws-timeline__head">
              <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt, i18n.language)}</time>
              {' · '}
              <strong>{timelineChangeText(t, entry.change)}</strong>
            </p>
            <p className="utrecht-paragraph">
              {t('steering.timeline.advice')} <LayerBadge layer={entry.layer} />
              {entry.pendingLayer &&
                ` ${t('steering.timeline.pending', { layer: layerText(t, entry.pendingLayer).toLowerCase() })}`}
            </p>
            <p className="utrecht-paragraph">{ruleText(t, entry.rule)}</p>
            <details className="ws-steering-details">
              <summary>{t('steering.timeline.inputs')}</summary>
              <ul className="ws-plain-list ws-timeline__inputs">
                {entry.inputs.map((input) => (
                  <li key={input.key}>
                    {inputLabel(t, input.key)}: {inputValueText(t, i18n.language, input.key, input.value)}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      {list.items.length > 0 && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.timeline.shown', { count: list.items.length })}
          end={t('steering.timeline.allShown')}
        />
      )}
    </section>
  );
}
