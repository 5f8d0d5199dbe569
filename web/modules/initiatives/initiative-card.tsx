import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { domainText, statusText } from './initiatives-texts.ts';
import { TextLink } from '../../ui/links.tsx';

/** One initiative in a list: what it is, where, how far along, and whether help is wanted. */
export function InitiativeCard({
  initiative,
  areaName,
}: {
  initiative: InitiativeSummary;
  areaName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <li className="ws-card">
      <h3 className="utrecht-heading-3 ws-card__title">
        <TextLink to={initiativePaths.initiative(initiative.id)}>{initiative.title}</TextLink>
      </h3>
      <p className="utrecht-paragraph">{initiative.summary}</p>
      <p className="utrecht-paragraph ws-card__meta">
        <span className={`ws-badge ws-status ws-status--${initiative.status}`}>{statusText(t, initiative.status)}</span>{' '}
        {domainText(t, initiative.domain)} · {initiative.areaIds.map(areaName).join(', ')}
      </p>
      <p className="utrecht-paragraph ws-card__meta">
        {t('initiatives.browse.supporters', { count: initiative.supportCount })}
        {initiative.openNeeds > 0 && ` · ${t('initiatives.browse.openNeeds', { count: initiative.openNeeds })}`}
        {initiative.moderation && ` · ${t('initiatives.moderation.hiddenShort')}`}
      </p>
    </li>
  );
}
