import { useTranslation } from 'react-i18next';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { ButtonLink } from '../../../ui/links.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi, type PublicTask } from '../steering.api.ts';
import { steeringPaths } from '../steering.paths.ts';
import { money } from '../steering-format.ts';
import { criterionText } from '../steering-texts.ts';
import { SectionState } from '../ui/load-state.tsx';
import { ChallengeList } from './challenge-list.tsx';
import { useApi } from '../../../app/api-context.ts';

/** The Right to Challenge on a task page: how it works, the published criteria, and the challenges so far. */
export function TaskChallenges({ task }: { task: PublicTask }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const criteria = useLoad(() => steeringApi.criteria(api), 'criteria');
  const list = usePagedList((cursor) => steeringApi.challenges(api, { taskId: task.id }, cursor), task.id);
  return (
    <section className="ws-section" aria-labelledby="steering-challenge-title">
      <h2 className="utrecht-heading-2" id="steering-challenge-title">
        {t('steering.rtc.title')}
      </h2>
      {task.exclusive ? (
        <p className="utrecht-paragraph">{t('steering.rtc.exclusive')}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('steering.rtc.intro')}</p>
          <ol className="utrecht-ordered-list">
            <li className="utrecht-ordered-list__item">
              {t('steering.rtc.step1', { budget: money(task.yearlyBudgetCents, i18n.language) })}
            </li>
            <li className="utrecht-ordered-list__item">
              {t('steering.rtc.step2', { count: criteria.data?.assessmentWeeks ?? 10 })}
            </li>
            <li className="utrecht-ordered-list__item">{t('steering.rtc.step3')}</li>
            <li className="utrecht-ordered-list__item">{t('steering.rtc.step4')}</li>
          </ol>
          {criteria.data && (
            <details className="ws-steering-details">
              <summary>{t('steering.rtc.criteriaTitle')}</summary>
              <ul className="utrecht-unordered-list">
                {criteria.data.criteria.map((criterion) => (
                  <li key={criterion.id} className="utrecht-unordered-list__item">
                    <strong>{criterionText(t, criterion.id)}</strong>:{' '}
                    {t(`steering.criteriaHints.${criterion.id}` as 'steering.criteriaHints.support')}
                  </li>
                ))}
              </ul>
              <p className="utrecht-paragraph">{t('steering.rtc.scoring', { max: criteria.data.scoreMax })}</p>
            </details>
          )}
          <div className="utrecht-button-group ws-button-row ws-steering-actions">
            <ButtonLink to={steeringPaths.challengeTask(task.id)}>{t('steering.rtc.start')}</ButtonLink>
          </div>
        </>
      )}
      <h3 className="utrecht-heading-3">{t('steering.rtc.current')}</h3>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.rtc.none')}</p>
      )}
      <ChallengeList challenges={list.items} />
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.rtc.shown', { count: list.items.length })}
          end={t('steering.rtc.allShown')}
        />
      )}
    </section>
  );
}
