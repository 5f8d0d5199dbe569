import { line } from 'd3-shape';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { providerKinds, type ProviderKind } from '../../../../contracts/steering.ts';
import type { SteeringPicture } from '../steering.api.ts';
import { FIELD_HEIGHT, POLES, balancePoint, shareOf, trajectory, type Point } from '../force-field.ts';
import { calendarDate, money, percent } from '../steering-format.ts';
import { providerText } from '../steering-texts.ts';
import { pictureSummary } from './picture-summary.ts';
import { useWidth } from './use-width.ts';

const PAD = { top: 36, bottom: 48, side: 12 };

/**
 * The 3.0 → 4.0 picture as a force field between government, market and community, with the
 * same numbers as a text summary and as tables (the drawing itself is hidden from screen readers).
 */
export function ForceFieldFigure({ picture, headingLevel = 2 }: { picture: SteeringPicture; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const summaryId = useId();
  const { ref, width } = useWidth<HTMLDivElement>();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const size = Math.min(width - 2 * PAD.side, 520);
  const height = size * FIELD_HEIGHT + PAD.top + PAD.bottom;
  const offsetX = (width - size) / 2;
  const at = (p: Point) => ({ x: offsetX + p.x * size, y: PAD.top + p.y * size });
  const path = line<Point>()
    .x((p) => at(p).x)
    .y((p) => at(p).y);
  const budgetPath = trajectory(picture, 'budget');
  const taskPath = trajectory(picture, 'tasks');
  const now = balancePoint(picture.now, 'budget');
  const nowTasks = balancePoint(picture.now, 'tasks');
  const corners = [POLES.municipality, POLES.market, POLES.community].map(at);
  const label = (provider: ProviderKind) =>
    `${providerText(t, provider)} ${percent(shareOf(picture.now, provider, 'budget'), locale)}`;
  return (
    <figure className="ws-chart ws-force-field" aria-describedby={summaryId} data-testid="force-field">
      <figcaption className="ws-chart__title">
        <H className={headingLevel === 2 ? 'utrecht-heading-2' : 'utrecht-heading-3'}>
          {t('steering.picture.figureTitle', { area: picture.area.name })}
        </H>
      </figcaption>
      <div className="ws-force-field__canvas" ref={ref} aria-hidden="true">
        <svg width={width} height={height} className="ws-force-field__svg" role="presentation" focusable="false">
          <polygon className="ws-force-field__triangle" points={corners.map((c) => `${c.x},${c.y}`).join(' ')} />
          {providerKinds.map((provider) => {
            const pole = at(POLES[provider]);
            return (
              <circle
                key={provider}
                className={`ws-force-field__pole ws-force-field__pole--${provider}`}
                cx={pole.x}
                cy={pole.y}
                r={6}
              />
            );
          })}
          {now &&
            providerKinds.map((provider) => {
              const share = shareOf(picture.now, provider, 'budget');
              if (share <= 0) return null;
              const from = at(now);
              const to = at(POLES[provider]);
              return (
                <line
                  key={provider}
                  className={`ws-force-field__pull ws-force-field__pull--${provider}`}
                  x1={from.x}
                  y1={from.y}
                  x2={to.x}
                  y2={to.y}
                  strokeWidth={1 + share * 12}
                />
              );
            })}
          {taskPath.length > 1 && (
            <path className="ws-force-field__trail ws-force-field__trail--tasks" d={path(taskPath) ?? ''} />
          )}
          {budgetPath.length > 1 && <path className="ws-force-field__trail" d={path(budgetPath) ?? ''} />}
          {budgetPath.slice(0, -1).map((p) => (
            <circle key={p.date} className="ws-force-field__past" cx={at(p).x} cy={at(p).y} r={3} />
          ))}
          {nowTasks && (
            <rect
              className="ws-force-field__now ws-force-field__now--tasks"
              x={at(nowTasks).x - 6}
              y={at(nowTasks).y - 6}
              width={12}
              height={12}
            />
          )}
          {now && <circle className="ws-force-field__now" cx={at(now).x} cy={at(now).y} r={8} />}
          <text className="ws-force-field__label" x={at(POLES.municipality).x} y={PAD.top - 14} textAnchor="middle">
            {label('municipality')}
          </text>
          <text className="ws-force-field__label" x={at(POLES.market).x} y={at(POLES.market).y + 26} textAnchor="start">
            {label('market')}
          </text>
          <text
            className="ws-force-field__label"
            x={at(POLES.community).x}
            y={at(POLES.community).y + 26}
            textAnchor="end"
          >
            {label('community')}
          </text>
          <text
            className="ws-force-field__label"
            x={at(POLES.co_production).x - 10}
            y={at(POLES.co_production).y + 4}
            textAnchor="end"
          >
            {label('co_production')}
          </text>
        </svg>
        <ul className="ws-plain-list ws-force-field__legend">
          <li>
            <span className="ws-force-field__key ws-force-field__key--budget" /> {t('steering.picture.legendBudget')}
          </li>
          <li>
            <span className="ws-force-field__key ws-force-field__key--tasks" /> {t('steering.picture.legendTasks')}
          </li>
          <li>
            <span className="ws-force-field__key ws-force-field__key--trail" /> {t('steering.picture.legendTrail')}
          </li>
        </ul>
      </div>
      <p className="utrecht-paragraph ws-chart__summary" id={summaryId} data-testid="picture-summary">
        {pictureSummary(t, locale, picture)}
      </p>
      <details className="ws-steering-details">
        <summary>{t('steering.picture.showTables')}</summary>
        <SharesTables picture={picture} />
      </details>
    </figure>
  );
}

function SharesTables({ picture }: { picture: SteeringPicture }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const moments = [...picture.history];
  if (moments.at(-1)?.date !== picture.now.date) moments.push(picture.now);
  const nowId = useId();
  const overTime = (measure: 'tasks' | 'budget', caption: string) => (
    <div className="ws-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="utrecht-table ws-steering-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('steering.picture.date')}
            </th>
            {providerKinds.map((provider) => (
              <th key={provider} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {providerText(t, provider)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {moments.map((moment) => (
            <tr key={moment.date} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {calendarDate(moment.date, locale)}
              </th>
              {providerKinds.map((provider) => (
                <td key={provider} className="utrecht-table__cell utrecht-table__cell--numeric">
                  {(measure === 'tasks' ? moment.tasks : moment.budgetCents) > 0
                    ? percent(shareOf(moment, provider, measure), locale)
                    : '—'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <>
      <div className="ws-table-scroll" role="region" aria-labelledby={nowId} tabIndex={0}>
        <table className="utrecht-table ws-steering-table" data-testid="picture-now">
          <caption className="utrecht-table__caption" id={nowId}>
            {t('steering.picture.nowCaption', { date: calendarDate(picture.now.date, locale) })}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                {t('steering.picture.provider')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('steering.picture.tasks')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('steering.picture.taskShare')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('steering.picture.budget')}
              </th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
                {t('steering.picture.budgetShare')}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {picture.now.providers.map((p) => (
              <tr key={p.provider} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {providerText(t, p.provider)}
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{p.tasks}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{percent(p.taskShare, locale)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{money(p.budgetCents, locale)}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric">{percent(p.budgetShare, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overTime('tasks', t('steering.picture.tasksOverTime'))}
      {overTime('budget', t('steering.picture.budgetOverTime'))}
    </>
  );
}
