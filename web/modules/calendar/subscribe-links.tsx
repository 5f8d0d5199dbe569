import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Zet in je eigen agenda": the feed as a webcal:// link (opens the calendar app, which then
 * keeps it up to date) and as https:// (to paste into Google Agenda, Outlook on the web …).
 */
export function SubscribeLinks({ feedPath, name }: { feedPath: string; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const https = new URL(feedPath, window.location.origin).toString();
  const webcal = https.replace(/^https?:/, 'webcal:');
  return (
    <section className="ws-section ws-subscribe" aria-labelledby={id}>
      <h2 className="utrecht-heading-2" id={id}>
        {t('calendar.subscribe.title')}
      </h2>
      <p className="utrecht-paragraph">{t('calendar.subscribe.intro', { name })}</p>
      <ul className="utrecht-unordered-list ws-subscribe__list">
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={webcal}>
            {t('calendar.subscribe.webcal')}
          </a>
          <br />
          {t('calendar.subscribe.webcalHint')}
        </li>
        <li className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={https}>
            {t('calendar.subscribe.https')}
          </a>
          <br />
          {t('calendar.subscribe.httpsHint')}
          <span className="ws-subscribe__address">{https}</span>
        </li>
      </ul>
      <p className="utrecht-paragraph">{t('calendar.subscribe.private')}</p>
    </section>
  );
}
