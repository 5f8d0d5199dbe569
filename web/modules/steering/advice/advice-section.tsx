import { useTranslation } from 'react-i18next';
import type { SubjectType } from '../../../../contracts/steering.ts';
import { ApiProblem } from '../../../app/api-client.ts';
import { useLoad } from '../../areas/use-load.ts';
import { steeringApi, type SteeringAdvice } from '../steering.api.ts';
import { SectionState } from '../ui/load-state.tsx';
import { AdviceView } from './advice-view.tsx';
import { useApi } from '../../../app/api-context.ts';

/** The current advice for a subject, loaded; null before the first computation. */
export function useAdvice(type: SubjectType, id: string) {
  const api = useApi();
  return useLoad(async (): Promise<SteeringAdvice | null> => {
    try {
      return await steeringApi.advice(api, type, id);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return null;
      throw error;
    }
  }, `${type}:${id}`);
}

export function AdviceSection({ type, id }: { type: SubjectType; id: string }) {
  const { t } = useTranslation();
  const loaded = useAdvice(type, id);
  return (
    <section className="ws-section" aria-labelledby="steering-advice-title">
      <h2 className="utrecht-heading-2" id="steering-advice-title">
        {t('steering.advice.title')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.advice.intro')}</p>
      <SectionState loading={loaded.loading && !loaded.data} error={loaded.error} />
      {loaded.data === null && <p className="utrecht-paragraph">{t('steering.advice.none')}</p>}
      {loaded.data && <AdviceView advice={loaded.data} />}
    </section>
  );
}
