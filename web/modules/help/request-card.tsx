import { useTranslation } from 'react-i18next';
import type { HelpRequest } from '../../../contracts/help.ts';
import { formatDate } from '../../lib/format.ts';
import { TextLink } from '../../ui/links.tsx';
import { helpPaths } from './help.paths.ts';
import { kindText, statusText, urgencyText, whenText } from './help-texts.ts';

/** One request as anyone may see it: kind, neighbourhood, when, how urgent — never who or where exactly. */
export function RequestCard({ request, areaName }: { request: HelpRequest; areaName?: string | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="ws-card">
      <h3 className="utrecht-heading-3">
        <TextLink to={helpPaths.request(request.id)}>{request.title}</TextLink>
      </h3>
      <p className="utrecht-paragraph">
        {kindText(t, request.kind)} · {areaName ?? request.areaId} ·{' '}
        {whenText(t, request, (d) => formatDate(d, i18n.language))}
      </p>
      <p className="utrecht-paragraph">
        {statusText(t, request.status)} · {urgencyText(t, request.urgency)}
        {request.vulnerable && ` · ${t('help.vulnerableShort')}`}
        {request.onBehalf && ` · ${t('help.onBehalfShort')}`}
      </p>
    </li>
  );
}
