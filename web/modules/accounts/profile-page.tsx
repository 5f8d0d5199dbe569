import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { accountPaths } from './accounts.paths.ts';
import { DataExportSection } from './data-export-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { DisplayNameForm } from './display-name-form.tsx';
import { LinkedIdentitiesSection } from './linked-identities-section.tsx';
import { LoginProviderNotice } from './login-providers.tsx';
import { roleText } from './role-text.ts';

/** Mijn account: what we keep about you, and your AVG/GDPR rights to download and erase it. */
export function ProfilePage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  if (!me) return null;

  return (
    <Page title={t('profile.title')} lead={t('profile.welcome', { name: me.displayName })}>
      <LoginProviderNotice />
      <section className="ws-section" aria-labelledby="profile-details">
        <h2 className="utrecht-heading-2" id="profile-details">
          {t('profile.detailsTitle')}
        </h2>
        <dl className="utrecht-data-list utrecht-data-list--rows ws-data-list">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('profile.email')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{me.email}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('profile.displayName')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{me.displayName}</dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('profile.language')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" lang={me.locale}>
              {t(`language.${me.locale}`)}
            </dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('profile.memberSince')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {formatDate(me.createdAt, i18n.language)}
            </dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('profile.roles')}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              <ul className="ws-plain-list">
                <li>{t('roles.resident')}</li>
                {me.roles.map((grant) => (
                  <li key={grant.id}>{roleText(t, grant)}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>

      <DisplayNameForm current={me.displayName} />

      <section className="ws-section" aria-labelledby="profile-password">
        <h2 className="utrecht-heading-2" id="profile-password">
          {t('profile.passwordTitle')}
        </h2>
        {me.hasPassword ? (
          <>
            <p className="utrecht-paragraph">{t('profile.passwordText')}</p>
            <p className="utrecht-paragraph">
              <TextLink to={accountPaths.password}>{t('profile.passwordLink')}</TextLink>
            </p>
          </>
        ) : (
          <p className="utrecht-paragraph">{t('oidc.noPassword')}</p>
        )}
      </section>

      <LinkedIdentitiesSection />

      <DataExportSection />
      <DeleteAccountSection />
    </Page>
  );
}
