import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../contracts/areas.ts';
import {
  surveyTopics,
  type AreaDashboard,
  type IndicatorId,
  type MonitorSettings,
  type SurveyTopic,
} from '../../../../contracts/monitor.ts';
import { useApi } from '../../../app/api-context.ts';
import { SelectField } from '../../../ui/select-field.tsx';
import { useLoad } from '../../areas/use-load.ts';
import { ScatterChart, type ScatterPoint } from '../charts/scatter-chart.tsx';
import { formatSurveyNumber } from '../indicator-values.ts';
import { monitorApi } from '../monitor.api.ts';
import { catalogue } from '../monitor-data.ts';
import { useMonitorText } from '../monitor-text.ts';
import { pearson, strengthOf } from '../summaries.ts';
import { surveyPairs } from './survey-pairs.ts';

/**
 * A survey topic against a measured indicator, one dot per neighbourhood: in the district of a
 * neighbourhood or district, across the municipality otherwise. Labelled as correlation, not cause.
 */
export function SurveyScatter({
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
  const api = useApi();
  const [topic, setTopic] = useState<SurveyTopic>(dashboard.survey[0]?.topic ?? 'social_cohesion');
  const [indicator, setIndicator] = useState<IndicatorId>('participation');
  const unit = catalogue(settings).get(indicator)?.unit ?? 'share';
  const parentId =
    area.kind === 'neighbourhood' ? (area.parentId ?? undefined) : area.kind === 'district' ? area.id : undefined;
  const loaded = useLoad(
    async () => {
      const [survey, figures] = await Promise.all([
        monitorApi.survey(api, topic, parentId),
        monitorApi.neighbourhoodFigures(api, indicator, parentId),
      ]);
      return surveyPairs(survey, figures);
    },
    `${topic}|${indicator}|${parentId ?? ''}`,
  );

  const pairs = loaded.data ?? [];
  const surveyUnit = pairs[0]?.surveyUnit ?? 'score';
  const points: ScatterPoint[] = pairs.map((p) => ({
    id: p.areaId,
    label: p.areaName,
    x: p.measured,
    y: p.survey,
    highlight: p.areaId === area.id,
  }));
  const r = pearson(pairs.map((p) => [p.measured, p.survey] as const));
  const topicName = text.topic(topic);
  const indicatorName = text.indicator(indicator);
  const where = parentId ? t('monitor.scatter.inDistrict') : t('monitor.scatter.inMunicipality');
  const summary = [
    t('monitor.scatter.count', { count: pairs.length, where }),
    r === null
      ? t('monitor.scatter.noCorrelation')
      : t(`monitor.scatter.strength.${strengthOf(r)}`, {
          direction: r >= 0 ? t('monitor.scatter.positive') : t('monitor.scatter.negative'),
          r: text.number(r, 2),
        }),
    t('monitor.scatter.notCause'),
  ].join(' ');

  return (
    <div className="ws-monitor-scatter">
      <h3 className="utrecht-heading-3">{t('monitor.scatter.title')}</h3>
      <p className="utrecht-paragraph">{t('monitor.scatter.intro')}</p>
      <div className="ws-monitor-controls">
        <SelectField
          name="scatter-topic"
          label={t('monitor.scatter.topic')}
          value={topic}
          onValue={(value) => setTopic(value as SurveyTopic)}
          options={surveyTopics.map((id) => ({ value: id, label: text.topic(id) }))}
        />
        <SelectField
          name="scatter-indicator"
          label={t('monitor.scatter.indicator')}
          value={indicator}
          onValue={(value) => setIndicator(value as IndicatorId)}
          options={settings.indicators.map((i) => ({ value: i.id, label: text.indicator(i.id) }))}
        />
      </div>
      <div role="status" className="ws-monitor-status">
        {loaded.loading ? t('app.loading') : loaded.error ? t('monitor.loadError') : null}
      </div>
      {!loaded.loading && !loaded.error && pairs.length < 3 && (
        <p className="utrecht-paragraph">
          {t('monitor.scatter.tooFew', { topic: topicName, indicator: indicatorName })}
        </p>
      )}
      {!loaded.loading && !loaded.error && pairs.length >= 3 && (
        <ScatterChart
          title={t('monitor.scatter.chartTitle', { topic: topicName, indicator: indicatorName })}
          points={points}
          xLabel={t('monitor.scatter.measuredAxis', { indicator: indicatorName })}
          yLabel={t('monitor.scatter.surveyAxis', { topic: topicName })}
          formatX={(v) => text.short(unit, v)}
          formatY={(v) => formatSurveyNumber(surveyUnit, v, text.locale)}
          summary={summary}
          labelHeader={t('monitor.scatter.area')}
        />
      )}
    </div>
  );
}
