import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { TextLink } from '../../ui/links.tsx';
import { initiativesApi, type Initiative } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { organisationKindText } from './initiatives-texts.ts';

/** Partner organisations (confirmed by both sides). */
export function PartnersSection({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const api = useApi();
  const partners = usePagedList((cursor) => initiativesApi.partnerships(api, initiative.id, cursor), initiative.id);
  if (partners.loading || partners.items.length === 0) return null;
  return (
    <section className="ws-section" aria-labelledby="initiative-partners">
      <h2 className="utrecht-heading-2" id="initiative-partners">
        {t('initiatives.partners.title')}
      </h2>
      <ul className="ws-plain-list">
        {partners.items.map((p) => (
          <li key={p.organisation.id}>
            <TextLink to={initiativePaths.organisation(p.organisation.id)}>{p.organisation.name}</TextLink> ·{' '}
            {organisationKindText(t, p.organisation.kind)}
          </li>
        ))}
      </ul>
    </section>
  );
}
