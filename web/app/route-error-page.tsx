import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { TextLink } from '../ui/links.tsx';
import { Page } from '../ui/page.tsx';

/** A page that crashed while rendering: say so plainly and keep the header and footer around it. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Page title={t('errorPage.title')}>
      <p className="utrecht-paragraph">{t('problem.unexpected')}</p>
      <p className="utrecht-paragraph">
        <TextLink to="/">{t('notFound.home')}</TextLink>
      </p>
    </Page>
  );
}
