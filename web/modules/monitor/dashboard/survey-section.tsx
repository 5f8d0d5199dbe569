import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/areas.ts';
import type { AreaDashboard, MonitorSettings } from '../../../../contracts/monitor.ts';
import { hasRole, useSession } from '../../../app/session-context.ts';
import { TextLink } from '../../../ui/links.tsx';
import { TableScroll } from '../charts/table-scroll.tsx';
import { monitorPaths } from '../monitor.paths.ts';
import { useMonitorText } from '../monitor-text.ts';
import { SurveyScatter } from './survey-scatter.tsx';

/** Survey figures beside the measured ones: labelled as what residents said, never blended in. */
export function SurveySection({
  area,
  dashboard,
  settings,
}: {
  area: Area;
  dashboard: AreaDashboard;
  settings: MonitorSettings;
}) {
  const { t } = useTranslation();
  const text = useMonitorText();
  const { me } = useSession();
  const mayImport = hasRole(me, 'administrator') || hasRole(me, 'civil_servant');
  return (
    <section className="ws-section ws-section--wide ws-monitor-survey" aria-labelledby="monitor-survey">
      <h2 className="utrecht-heading-2" id="monitor-survey">
        {t('monitor.survey.title')}
      </h2>
      <p className="utrecht-paragraph">
        <span className="ws-badge ws-monitor-badge">{t('monitor.survey.badge')}</span> {t('monitor.survey.intro')}
      </p>
      {dashboard.survey.length === 0 ? (
        <p className="utrecht-paragraph">{t('monitor.survey.none', { name: area.name })}</p>
      ) : (
        <TableScroll label={t('monitor.survey.tableLabel')}>
          <table className="utrecht-table ws-mtable">
            <caption className="utrecht-table__caption ws-visually-hidden">
              {t('monitor.survey.caption', { name: area.name })}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t('monitor.survey.topic')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('monitor.survey.period')}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {t('monitor.survey.outcome')}
                </th>
                <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                  {t('monitor.survey.respondents')}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t('monitor.survey.source')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {dashboard.survey.map((s) => (
                <tr key={`${s.topic}-${s.period}-${s.source}`} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {text.topic(s.topic)}
                  </th>
                  <td className="utrecht-table__cell">{s.period}</td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">
                    {s.suppressed || s.value === null
                      ? t('monitor.survey.suppressed', { count: dashboard.minResidents })
                      : text.survey(s.unit, s.value)}
                  </td>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{text.number(s.respondents)}</td>
                  <td className="utrecht-table__cell">{s.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {mayImport && (
        <p className="utrecht-paragraph">
          <TextLink to={monitorPaths.surveyImport}>{t('monitor.survey.importLink')}</TextLink>
        </p>
      )}
      <SurveyScatter area={area} dashboard={dashboard} settings={settings} />
    </section>
  );
}
