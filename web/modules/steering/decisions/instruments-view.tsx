import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Instruments } from '../../../../contracts/steering.ts';
import { calendarDate, money } from '../steering-format.ts';

/** The instruments of a decision, per layer: what the municipality offers, agrees, enforces or does itself. */
export function InstrumentsView({ instruments }: { instruments: Instruments }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const parts: Array<{ key: string; title: string; body: ReactNode }> = [];
  if (instruments.grant)
    parts.push({
      key: 'grant',
      title: t('steering.instruments.grant'),
      body: (
        <p className="utrecht-paragraph">
          {t('steering.instruments.grantText', {
            amount: money(instruments.grant.amountCents, locale),
            date: calendarDate(instruments.grant.reportDueDate, locale),
          })}{' '}
          {instruments.grant.purpose}
        </p>
      ),
    });
  for (const key of ['space', 'permit', 'expertise'] as const) {
    const described = instruments[key];
    if (described)
      parts.push({
        key,
        title: t(`steering.instruments.${key}`),
        body: <p className="utrecht-paragraph">{described.description}</p>,
      });
  }
  if (instruments.contactPerson)
    parts.push({
      key: 'contactPerson',
      title: t('steering.instruments.contactPerson'),
      body: (
        <p className="utrecht-paragraph">
          {instruments.contactPerson.name} ({instruments.contactPerson.department})
        </p>
      ),
    });
  if (instruments.agreement)
    parts.push({
      key: 'agreement',
      title: t('steering.instruments.agreement'),
      body: (
        <>
          <p className="utrecht-paragraph">{t('steering.instruments.conditions')}</p>
          <ul className="utrecht-unordered-list">
            {instruments.agreement.conditions.map((condition, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {condition}
              </li>
            ))}
          </ul>
          {instruments.agreement.reporting && (
            <p className="utrecht-paragraph">
              {t('steering.instruments.reporting')}: {instruments.agreement.reporting}
            </p>
          )}
          <p className="utrecht-paragraph">{t('steering.instruments.milestones')}</p>
          <ul className="utrecht-unordered-list">
            {instruments.agreement.milestones.map((milestone, index) => (
              <li key={index} className="utrecht-unordered-list__item">
                {milestone.title} ({calendarDate(milestone.dueDate, locale)})
              </li>
            ))}
          </ul>
        </>
      ),
    });
  if (instruments.enforcement)
    parts.push({
      key: 'enforcement',
      title: t('steering.instruments.enforcement'),
      body: (
        <ul className="utrecht-unordered-list">
          {instruments.enforcement.conditions.map((item, index) => (
            <li key={index} className="utrecht-unordered-list__item">
              {t('steering.instruments.enforcementItem', {
                condition: item.condition,
                deadline: calendarDate(item.deadline, locale),
                consequence: item.consequence,
              })}
            </li>
          ))}
        </ul>
      ),
    });
  if (instruments.takeOver)
    parts.push({
      key: 'takeOver',
      title: t('steering.instruments.takeOver'),
      body: (
        <>
          <p className="utrecht-paragraph">
            {t('steering.instruments.deliveredBy', { who: instruments.takeOver.deliveredBy })}
          </p>
          <p className="utrecht-paragraph">
            {t('steering.instruments.handBack', { date: calendarDate(instruments.takeOver.handBackDate, locale) })}{' '}
            {instruments.takeOver.plan}
          </p>
        </>
      ),
    });
  if (parts.length === 0) return <p className="utrecht-paragraph">{t('steering.instruments.none')}</p>;
  return (
    <div className="ws-instruments">
      {parts.map((part) => (
        <div key={part.key} className="ws-instruments__item">
          <h3 className="utrecht-heading-3">{part.title}</h3>
          {part.body}
        </div>
      ))}
    </div>
  );
}
