import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../contracts/budgeting-results.ts';
import type { Round } from '../../../contracts/budgeting.ts';
import { AuditDownloads } from './audit-downloads.tsx';
import { decisionText, money, ruleText, tieBreakText } from './budgeting-texts.ts';

/** Funded projects, every project's reason, the ties and the rule: the count explained. */
export function OutcomeView({ round, outcome }: { round: Round; outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const m = (cents: number) => money(cents, i18n.language);
  const percent = outcome.budgetCents > 0 ? Math.round((outcome.usedCents / outcome.budgetCents) * 100) : 0;
  const ruleNames = (rules: readonly string[]) =>
    rules.map((r) => t(`budget.tieBreak.${r}` as 'budget.tieBreak.min-cost')).join(', ');

  return (
    <>
      <p className="utrecht-paragraph utrecht-paragraph--lead" data-testid="result-summary">
        {t('budget.results.summary', {
          count: outcome.funded.length,
          used: m(outcome.usedCents),
          budget: m(outcome.budgetCents),
          percent,
        })}
      </p>
      <p className="utrecht-paragraph">
        {t('budget.results.ballots', { count: outcome.ballotCount, paper: outcome.paperBallotCount })}{' '}
        {t('budget.results.rule', { rule: ruleText(t, outcome.rule), tieBreak: tieBreakText(t, outcome.tieBreak) })}
      </p>
      {outcome.equalShares && (
        <p className="utrecht-paragraph">
          {t('budget.results.equalShares', {
            fair: m(Math.round(outcome.equalShares.fairShareCents)),
            perVoter: m(Math.round(outcome.equalShares.perVoterBudgetCents)),
          })}
        </p>
      )}

      <section className="ws-section" aria-labelledby="funded-title">
        <h2 className="utrecht-heading-2" id="funded-title">
          {t('budget.results.fundedTitle')}
        </h2>
        <ol className="utrecht-ordered-list" data-testid="funded-projects">
          {outcome.funded.map((project) => (
            <li key={project.projectId} className="utrecht-ordered-list__item">
              {project.title}
            </li>
          ))}
        </ol>
      </section>

      <section className="ws-section" aria-labelledby="why-title">
        <h2 className="utrecht-heading-2" id="why-title">
          {t('budget.results.whyTitle')}
        </h2>
        <ul className="ws-card-list">
          {outcome.projects.map((project) => (
            <li
              key={project.projectId}
              className={`ws-card ws-outcome${project.funded ? ' ws-outcome--funded' : ''}`}
              data-testid={`outcome-${project.code}`}
            >
              <h3 className="utrecht-heading-3">{project.title}</h3>
              <p className="utrecht-paragraph">
                <strong>{project.funded ? t('budget.results.funded') : t('budget.results.notFunded')}</strong>
                {' · '}
                {t('budget.results.votes', { count: project.votes })}
                {' · '}
                {m(project.costCents)}
              </p>
              <p className="utrecht-paragraph">{decisionText(t, project, i18n.language)}</p>
              {project.supportersBudgetCents !== null &&
                project.decision.kind !== 'funded-equal-shares' &&
                project.decision.kind !== 'supporters-out-of-money' && (
                  <p className="utrecht-paragraph">
                    {t('budget.results.supporters', { amount: m(project.supportersBudgetCents) })}
                  </p>
                )}
              {project.wonTie && (
                <p className="utrecht-paragraph">
                  {t('budget.results.wonTie', {
                    others: project.wonTie.tied
                      .filter((p) => p.projectId !== project.projectId)
                      .map((p) => p.title)
                      .join(', '),
                    rules: ruleNames(project.wonTie.rulesUsed),
                  })}
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>

      {outcome.ties.length > 0 && (
        <section className="ws-section" aria-labelledby="ties-title">
          <h2 className="utrecht-heading-2" id="ties-title">
            {t('budget.results.tiesTitle')}
          </h2>
          <ul className="utrecht-unordered-list">
            {outcome.ties.map((tie) => (
              <li key={tie.step} className="utrecht-unordered-list__item">
                {t('budget.results.tie', {
                  step: tie.step,
                  tied: tie.tied.map((p) => p.title).join(', '),
                  chosen: tie.chosen.title,
                  rules: ruleNames(tie.rulesUsed),
                })}{' '}
                {tie.changesOutcome ? t('budget.results.tieMattered') : t('budget.results.tieDidNotMatter')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <AuditDownloads roundId={round.id} command={outcome.recountCommand} />
    </>
  );
}
