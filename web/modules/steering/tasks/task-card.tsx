import { useTranslation } from 'react-i18next';
import type { PublicTask } from '../steering.api.ts';
import { TextLink } from '../../../ui/links.tsx';
import { steeringPaths } from '../steering.paths.ts';
import { domainText, layerText, providerText, riskText } from '../steering-texts.ts';
import { money } from '../steering-format.ts';
import { LayerBadge } from '../ui/layer-badge.tsx';

/** One public task in the register: who carries it, its budget and risk, the advice and the decision. */
export function TaskCard({ task }: { task: PublicTask }) {
  const { t, i18n } = useTranslation();
  const carrier = task.provider.initiative?.name ?? task.provider.organisation?.name;
  return (
    <li className="ws-card ws-task-card">
      <h3 className="utrecht-heading-3 ws-card__title">
        <TextLink to={steeringPaths.task(task.id)}>{task.title}</TextLink>
        {task.exclusive && <span className="ws-badge">{t('steering.task.exclusiveBadge')}</span>}
      </h3>
      <p className="utrecht-paragraph ws-card__meta">
        {task.area.name} · {domainText(t, task.domain)} ·{' '}
        {t('steering.task.budgetShort', { amount: money(task.yearlyBudgetCents, i18n.language) })}
      </p>
      <dl className="ws-task-card__facts">
        <div>
          <dt>{t('steering.task.provider')}</dt>
          <dd>
            {providerText(t, task.provider.kind)}
            {carrier ? ` (${carrier})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('steering.task.risk')}</dt>
          <dd>{riskText(t, task.risk)}</dd>
        </div>
        <div>
          <dt>{t('steering.task.advice')}</dt>
          <dd>
            {task.advice ? <LayerBadge layer={task.advice.layer} /> : t('steering.task.noAdviceYet')}
            {task.advice?.pendingLayer && (
              <span className="ws-task-card__pending">
                {' '}
                {t('steering.task.pending', { layer: layerText(t, task.advice.pendingLayer).toLowerCase() })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('steering.task.decision')}</dt>
          <dd>{task.decision ? <LayerBadge layer={task.decision.layer} /> : t('steering.task.noDecision')}</dd>
        </div>
        {task.openChallenges > 0 && (
          <div>
            <dt>{t('steering.task.challenges')}</dt>
            <dd>{t('steering.task.openChallenges', { count: task.openChallenges })}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
