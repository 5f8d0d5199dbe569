import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels } from '../../../contracts/notifications.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { notificationsApi, titleIn, type Channel, type Preference } from './notifications.api.ts';
import { notificationPaths } from './notifications.paths.ts';

/** Per kind of notification: in the app only, by e-mail at once, or a daily or weekly digest. */
export function PreferencesPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<Preference[] | null>(null);
  const [status, setStatus] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    void notificationsApi.preferences(api).then((answer) => setItems(answer.items));
  }, [api]);

  const modules = [...new Set((items ?? []).map((item) => item.module))];
  const moduleName = (module: string) =>
    i18n.exists(`notifications.modules.${module}`)
      ? t(`notifications.modules.${module}` as 'notifications.modules.help')
      : module;

  async function choose(item: Preference, channel: Channel) {
    const title = titleIn(item.title, i18n.language);
    try {
      const saved = await notificationsApi.choose(api, item.kind, channel);
      setItems((current) => (current ?? []).map((p) => (p.kind === saved.kind ? saved : p)));
      setStatus({ type: 'ok', text: t('notifications.preferences.saved', { title }) });
    } catch {
      setStatus({ type: 'error', text: t('notifications.preferences.failed') });
    }
  }

  return (
    <Page title={t('notifications.preferences.title')} lead={t('notifications.preferences.lead')}>
      <p className="utrecht-paragraph">
        <TextLink to={notificationPaths.centre}>{t('notifications.preferences.back')}</TextLink>
      </p>
      <div aria-live="polite">{status && <Alert type={status.type}>{status.text}</Alert>}</div>
      {modules.map((module) => (
        <fieldset key={module} className="utrecht-form-fieldset ws-section">
          <legend className="utrecht-form-fieldset__legend utrecht-heading-2">{moduleName(module)}</legend>
          {(items ?? [])
            .filter((item) => item.module === module)
            .map((item) =>
              item.delivery === 'choice' ? (
                <SelectField
                  key={item.kind}
                  name={`channel-${item.kind}`}
                  label={titleIn(item.title, i18n.language)}
                  value={item.channel}
                  onValue={(value) => void choose(item, value as Channel)}
                  options={channels.map((channel) => ({
                    value: channel,
                    label: t(`notifications.channels.${channel}`),
                  }))}
                />
              ) : (
                <p key={item.kind} className="utrecht-paragraph">
                  <strong>{titleIn(item.title, i18n.language)}</strong>
                  <br />
                  {t('notifications.preferences.always')}
                </p>
              ),
            )}
        </fieldset>
      ))}
    </Page>
  );
}
