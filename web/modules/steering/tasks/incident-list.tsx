import { useTranslation } from 'react-i18next';
import type { SubjectType } from '../../../../contracts/steering.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Button } from '../../../ui/button.tsx';
import { steeringApi } from '../steering.api.ts';
import { calendarDate } from '../steering-format.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useApi } from '../../../app/api-context.ts';

/** The incidents reported about a subject, for staff: they count in the advice for the performance window. */
export function IncidentList({ type, id, round }: { type: SubjectType; id: string; round: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const list = usePagedList(
    (cursor) => steeringApi.incidents(api, { subjectType: type, subjectId: id }, cursor),
    `${type}:${id}:${round}`,
  );
  return (
    <div className="ws-incidents">
      <h3 className="utrecht-heading-3">{t('steering.incident.listTitle')}</h3>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.incident.none')}</p>
      )}
      <ul className="utrecht-unordered-list" data-testid="incidents">
        {list.items.map((incident) => (
          <li key={incident.id} className="utrecht-unordered-list__item">
            <strong>
              {calendarDate(incident.occurredOn, i18n.language)} ·{' '}
              {t(`steering.incident.severities.${incident.severity}`)}
            </strong>
            : {incident.description}{' '}
            <span className="ws-muted">
              {t('steering.incident.reportedOn', { date: formatDate(incident.reportedAt, i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
    </div>
  );
}
