import { useTranslation } from 'react-i18next';
import { sitePageSlugs } from '../../../contracts/site.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { adminPaths } from '../admin/admin.paths.ts';
import { IdentityForm } from './identity-form.tsx';
import { useSiteIdentity } from '../../app/site-identity.ts';
import { sitePaths } from './site.paths.ts';
import { TokensForm } from './tokens-form.tsx';

/** Beheer → Huisstijl en pagina's: the municipality's name, colours, logo, tokens file and footer pages. */
export function SiteSettingsPage() {
  const { t } = useTranslation();
  const { identity } = useSiteIdentity();
  return (
    <Page
      title={t('site.settings.title')}
      lead={t('site.settings.lead')}
      crumbs={[{ to: adminPaths.home, label: t('admin.title') }]}
    >
      {!identity ? (
        <p className="utrecht-paragraph" role="status">
          {t('app.loading')}
        </p>
      ) : (
        <>
          <section className="ws-section" aria-labelledby="site-identity">
            <h2 className="utrecht-heading-2" id="site-identity">
              {t('site.settings.identityTitle')}
            </h2>
            <IdentityForm identity={identity} />
          </section>
          <section className="ws-section" aria-labelledby="site-tokens">
            <h2 className="utrecht-heading-2" id="site-tokens">
              {t('site.tokens.title')}
            </h2>
            <TokensForm identity={identity} />
          </section>
        </>
      )}
      <section className="ws-section" aria-labelledby="site-pages">
        <h2 className="utrecht-heading-2" id="site-pages">
          {t('site.settings.pagesTitle')}
        </h2>
        <p className="utrecht-paragraph">{t('site.settings.pagesText')}</p>
        <ul className="utrecht-unordered-list">
          {sitePageSlugs.map((slug) => (
            <li key={slug} className="utrecht-unordered-list__item">
              <TextLink to={sitePaths.editPage(slug)}>{t(`site.pages.${slug}`)}</TextLink>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
