import { useTranslation } from 'react-i18next';
import { ballotCost, checkBallot } from '../../../contracts/budgeting-ballot-rules.ts';
import type { Proposal, Round } from '../../../contracts/budgeting.ts';
import { money } from './budgeting-texts.ts';

export function ballotLimits(round: Round) {
  return { ...round.ballot, budgetCents: round.budgetCents };
}

export function costsOf(projects: readonly Proposal[]): Map<string, number> {
  return new Map(projects.map((p) => [p.id, p.costCents ?? 0]));
}

/**
 * The projects as checkboxes, with what is left of the budget (knapsack) or how many more may be
 * chosen (approval) updated as you choose and read out by screen readers. Works by keyboard: Tab
 * moves between projects, Space ticks one.
 */
export function BallotChoices({
  round,
  projects,
  selected,
  onChange,
}: {
  round: Round;
  projects: readonly Proposal[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const costs = costsOf(projects);
  const spent = ballotCost(selected, costs);
  const left = round.budgetCents - spent;
  const problem = selected.length > 0 ? checkBallot(selected, costs, ballotLimits(round)) : null;
  const status =
    round.ballot.type === 'knapsack'
      ? left >= 0
        ? t('budget.ballot.left', { left: money(left, i18n.language), budget: money(round.budgetCents, i18n.language) })
        : t('budget.ballot.over', {
            over: money(-left, i18n.language),
            budget: money(round.budgetCents, i18n.language),
          })
      : t('budget.ballot.chosen', { count: selected.length, max: round.ballot.maxProjects ?? 0 });

  return (
    <fieldset className="utrecht-form-fieldset ws-ballot" id="ballot" tabIndex={-1}>
      <legend className="utrecht-form-fieldset__legend">{t('budget.ballot.legend')}</legend>
      <div
        className={`ws-ballot__status${problem?.code === 'over-budget' || problem?.code === 'too-many-projects' ? ' ws-ballot__status--problem' : ''}`}
      >
        <p className="utrecht-paragraph" role="status" aria-live="polite" data-testid="ballot-status">
          {status}
        </p>
        {round.ballot.type === 'knapsack' && (
          <meter
            className="ws-ballot__meter"
            min={0}
            max={round.budgetCents}
            value={Math.min(spent, round.budgetCents)}
            aria-label={t('budget.ballot.meterLabel')}
          >
            {money(spent, i18n.language)}
          </meter>
        )}
      </div>
      <ul className="ws-ballot__list">
        {projects.map((project) => {
          const checked = selected.includes(project.id);
          const cost = project.costCents ?? 0;
          const wouldOverspend = round.ballot.type === 'knapsack' && !checked && cost > left;
          return (
            <li key={project.id} className={`ws-ballot__item${checked ? ' ws-ballot__item--chosen' : ''}`}>
              <input
                type="checkbox"
                className="utrecht-checkbox ws-ballot__checkbox"
                id={`project-${project.id}`}
                checked={checked}
                aria-describedby={`project-${project.id}-about`}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...selected, project.id] : selected.filter((id) => id !== project.id),
                  )
                }
              />
              <label className="utrecht-form-label ws-ballot__label" htmlFor={`project-${project.id}`}>
                <span className="ws-ballot__title">{project.title}</span>
                <span className="ws-ballot__cost">{money(cost, i18n.language)}</span>
              </label>
              <p className="utrecht-paragraph ws-ballot__about" id={`project-${project.id}-about`}>
                {project.description}
                {wouldOverspend && <span className="ws-ballot__warning"> {t('budget.ballot.doesNotFit')}</span>}
              </p>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
