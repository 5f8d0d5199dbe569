import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context.ts';
import { ButtonLink, TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { areaPaths } from '../areas/areas.paths.ts';
import { budgetPaths } from '../budgeting/budgeting.paths.ts';
import { helpPaths } from '../help/help.paths.ts';
import { initiativePaths } from '../initiatives/initiatives.paths.ts';
import { timebankPath } from '../timebank/timebank.api.ts';

// Only what exists gets a link; the modules still being built are named, not linked.
const available = [
  ['areas', areaPaths.map],
  ['initiatives', initiativePaths.browse],
  ['help', helpPaths.home],
  ['timebank', timebankPath],
  ['budget', budgetPaths.home],
  ['account', '/mijn-account'],
] as const;
const coming = ['steering', 'monitor'] as const;

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <p className="utrecht-paragraph">{t('home.idea')}</p>

      <section className="ws-section ws-cta" aria-labelledby="home-cta">
        <h2 className="utrecht-heading-2" id="home-cta">
          {t('home.ctaTitle')}
        </h2>
        {me ? (
          <>
            <p className="utrecht-paragraph">{t('home.welcomeBack', { name: me.displayName })}</p>
            <ButtonLink to="/mijn-account">{t('home.ctaAccount')}</ButtonLink>
          </>
        ) : (
          <div className="utrecht-button-group ws-button-row">
            <ButtonLink to="/registreren">{t('home.ctaRegister')}</ButtonLink>
            <ButtonLink to="/inloggen" variant="secondary">
              {t('home.ctaLogin')}
            </ButtonLink>
          </div>
        )}
      </section>

      <div className="ws-columns">
        <section className="ws-section" aria-labelledby="home-now">
          <h2 className="utrecht-heading-2" id="home-now">
            {t('home.nowTitle')}
          </h2>
          <ul className="utrecht-unordered-list">
            {available.map(([key, to]) => (
              <li key={key} className="utrecht-unordered-list__item">
                <TextLink to={to}>{t(`home.${key}`)}</TextLink>
              </li>
            ))}
          </ul>
        </section>

        <section className="ws-section" aria-labelledby="home-coming">
          <h2 className="utrecht-heading-2" id="home-coming">
            {t('home.comingTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('home.comingIntro')}</p>
          <ul className="utrecht-unordered-list">
            {coming.map((key) => (
              <li key={key} className="utrecht-unordered-list__item">
                {t(`home.${key}`)}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </Page>
  );
}
