import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { TextLink } from '../../ui/links.tsx';
import { accountPaths } from '../accounts/accounts.paths.ts';
import { areasApi } from '../areas/areas.api.ts';
import { areaPaths } from '../areas/areas.paths.ts';
import { useLoad } from '../areas/use-load.ts';
import { initiativesApi, type Initiative } from './initiatives.api.ts';
import { initiativePaths } from './initiatives.paths.ts';
import { responseStateText } from './initiatives-texts.ts';
import { ResponseTools } from './response-tools.tsx';
import { useAction } from './use-action.ts';

/** Support from verified residents, the threshold, the municipality's deadline and its published answer. */
export function SupportSection({
  initiative,
  areaNames,
  onChange,
}: {
  initiative: Initiative;
  /** The names of the initiative's neighbourhoods, for "only residents of … can support it". */
  areaNames: string;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  // Only residents verified for one of its neighbourhoods may support it: known before the click.
  const verification = useLoad(
    async () => (me ? ((await areasApi.myVerifications(api)).items.find((v) => v.current) ?? null) : null),
    me?.id ?? 'anonymous',
  );
  const mayVerifyHere =
    verification.data !== undefined &&
    verification.data !== null &&
    initiative.areaIds.includes(verification.data.areaId);
  const action = useAction({
    'not-verified': t('initiatives.support.notVerified'),
    'already-supported': t('initiatives.support.already'),
  });
  const { support, response } = initiative;
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '');
  const canSupport = initiative.status !== 'stopped' && !initiative.moderation;

  return (
    <section className="ws-section" aria-labelledby="initiative-support">
      <h2 className="utrecht-heading-2" id="initiative-support">
        {t('initiatives.support.title')}
      </h2>
      <p className="utrecht-paragraph">
        <strong>
          {t(support.count >= support.threshold ? 'initiatives.support.countReached' : 'initiatives.support.count', {
            count: support.count,
            threshold: support.threshold,
          })}
        </strong>
      </p>
      <div className="ws-meter" aria-hidden="true">
        <div
          className="ws-meter__fill"
          style={{ inlineSize: `${Math.min(100, (support.count / support.threshold) * 100)}%` }}
        />
      </div>
      {support.responseState === 'not_due' ? (
        <p className="utrecht-paragraph">{t('initiatives.support.explain', { threshold: support.threshold })}</p>
      ) : (
        <Alert type={support.responseState === 'overdue' ? 'warning' : 'info'}>
          {responseStateText(t, support.responseState)}
          {support.responseState !== 'answered' &&
            ` ${t('initiatives.support.dueBy', { date: date(support.responseDueAt) })}`}
          {support.reachedAt && ` ${t('initiatives.support.reachedOn', { date: date(support.reachedAt) })}`}
        </Alert>
      )}

      {response && (
        <figure className="ws-response">
          <blockquote className="utrecht-blockquote">
            {response.text.split(/\n{2,}/).map((p, i) => (
              <p key={i} className="utrecht-paragraph">
                {p}
              </p>
            ))}
          </blockquote>
          <figcaption className="ws-card__meta">
            {t('initiatives.support.responseBy', {
              department: response.department ?? '',
              date: date(response.respondedAt),
            })}
            {response.late && (
              <>
                {' '}
                <span className="ws-badge ws-badge--late">{t('initiatives.support.late')}</span>
              </>
            )}
          </figcaption>
        </figure>
      )}

      {action.error && (
        <Alert type="error" live>
          {action.error}{' '}
          {action.error === t('initiatives.support.notVerified') && (
            <TextLink to={areaPaths.myNeighbourhood}>{t('initiatives.support.verifyLink')}</TextLink>
          )}
        </Alert>
      )}
      {!me && canSupport && (
        <p className="utrecht-paragraph">
          {t('initiatives.support.logInFirst', { areas: areaNames })}{' '}
          <TextLink to={`${accountPaths.login}?terug=${encodeURIComponent(initiativePaths.initiative(initiative.id))}`}>
            {t('initiatives.support.logInLink')}
          </TextLink>
        </p>
      )}
      {me && canSupport && !support.supportedByMe && !verification.loading && !mayVerifyHere && (
        <Alert type="info">
          {verification.data
            ? t('initiatives.support.otherNeighbourhood', { area: verification.data.areaName, areas: areaNames })
            : t('initiatives.support.verifyFirst', { areas: areaNames })}{' '}
          <TextLink to={areaPaths.myNeighbourhood}>{t('initiatives.support.verifyLink')}</TextLink>
        </Alert>
      )}
      {me && canSupport && (support.supportedByMe || mayVerifyHere) && (
        <div className="utrecht-button-group ws-button-row">
          {support.supportedByMe ? (
            <ConfirmButton
              label={t('initiatives.support.withdraw')}
              busy={action.busy === 'withdraw'}
              title={t('confirm.supportWithdraw.title')}
              confirmLabel={t('confirm.supportWithdraw.yes')}
              onConfirm={() =>
                action
                  .run('withdraw', () => initiativesApi.withdrawSupport(api, initiative.id))
                  .then((ok) => {
                    if (ok) onChange();
                  })
              }
            >
              <p className="utrecht-paragraph">{t('confirm.supportWithdraw.text')}</p>
            </ConfirmButton>
          ) : (
            <Button
              busy={action.busy === 'support'}
              onClick={() =>
                void action
                  .run('support', () => initiativesApi.support(api, initiative.id))
                  .then((ok) => ok && onChange())
              }
            >
              {t('initiatives.support.button')}
            </Button>
          )}
        </div>
      )}
      {support.supportedByMe && (
        <p className="utrecht-paragraph" role="status">
          {t('initiatives.support.thanks')}
        </p>
      )}
      {initiative.viewer.canRespond && <ResponseTools initiative={initiative} onChange={onChange} />}
    </section>
  );
}
