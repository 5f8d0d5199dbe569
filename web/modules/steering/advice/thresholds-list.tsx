import { useTranslation } from 'react-i18next';
import type { SteeringThresholds } from '../steering.api.ts';
import { percent } from '../steering-format.ts';

type Group = keyof SteeringThresholds;
const SHARES = new Set(['minPledgeKeptShare', 'minHelpAnswered']);

/** Every threshold of the rule in words with its value, grouped as in the settings. */
export function ThresholdsList({ thresholds }: { thresholds: SteeringThresholds }) {
  const { t, i18n } = useTranslation();
  const groups = Object.entries(thresholds) as Array<[Group, Record<string, number>]>;
  return (
    <div className="ws-thresholds">
      {groups.map(([group, values]) => (
        <div key={group}>
          <p className="utrecht-paragraph">
            <strong>{t(`steering.thresholds.groups.${group}` as 'steering.thresholds.groups.capacity')}</strong>
          </p>
          <dl className="utrecht-data-list ws-data-list">
            {Object.entries(values).map(([key, value]) => (
              <div key={key} className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">
                  {t(`steering.thresholds.fields.${key}` as 'steering.thresholds.fields.minActiveMembers')}
                </dt>
                <dd className="utrecht-data-list__item-value">
                  {SHARES.has(key) ? percent(value, i18n.language) : value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
