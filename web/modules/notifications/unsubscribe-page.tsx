import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { Page } from '../../ui/page.tsx';
import { notificationsApi, titleIn, type Unsubscription } from './notifications.api.ts';

/**
 * The unsubscribe link in a mail: says what it is for and asks first (a link scanner that follows
 * it changes nothing); works without logging in. Mail clients unsubscribe in one click through the
 * List-Unsubscribe header instead.
 */
export function UnsubscribePage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [what, setWhat] = useState<Unsubscription | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'busy' | 'done' | 'invalid'>('loading');
  useEffect(() => {
    notificationsApi.readUnsubscription(api, token).then(
      (answer) => {
        setWhat(answer);
        setState('ready');
      },
      () => setState('invalid'),
    );
  }, [api, token]);

  async function unsubscribe() {
    setState('busy');
    try {
      setWhat(await notificationsApi.unsubscribe(api, token));
      setState('done');
    } catch {
      setState('invalid');
    }
  }

  const choosable = (what?.kinds ?? []).filter((kind) => kind.delivery === 'choice');
  return (
    <Page title={t('notifications.unsubscribe.title')}>
      {state === 'invalid' && <Alert type="error">{t('notifications.unsubscribe.invalid')}</Alert>}
      {what && (
        <>
          <p className="utrecht-paragraph">{t('notifications.unsubscribe.lead')}</p>
          <ul className="utrecht-unordered-list">
            {what.kinds.map((kind) => (
              <li key={kind.kind}>
                {titleIn(kind.title, i18n.language)} (
                {t('notifications.unsubscribe.current', { channel: t(`notifications.channels.${kind.channel}`) })})
              </li>
            ))}
          </ul>
          {choosable.length === 0 && <p className="utrecht-paragraph">{t('notifications.unsubscribe.always')}</p>}
        </>
      )}
      <div aria-live="polite">{state === 'done' && <Alert type="ok">{t('notifications.unsubscribe.done')}</Alert>}</div>
      {(state === 'ready' || state === 'busy') && choosable.length > 0 && (
        <Button busy={state === 'busy'} onClick={() => void unsubscribe()}>
          {t('notifications.unsubscribe.submit')}
        </Button>
      )}
    </Page>
  );
}
