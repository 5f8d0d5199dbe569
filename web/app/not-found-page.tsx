import { useTranslation } from 'react-i18next';
import { TextLink } from '../ui/links.tsx';
import { Page } from '../ui/page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p className="utrecht-paragraph">{t('notFound.text')}</p>
      <p className="utrecht-paragraph">
        <TextLink to="/">{t('notFound.home')}</TextLink>
      </p>
    </Page>
  );
}
