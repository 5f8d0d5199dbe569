import { useTranslation } from 'react-i18next';
import type { Ballot } from '../../../contracts/budgeting-ballots.ts';
import { useApi } from '../../app/api-context.ts';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { budgetApi } from './budgeting.api.ts';

/** You voted on another device (or cleared this browser): type the token to see your ballot again. */
export function TokenLookup({
  roundId,
  onFound,
}: {
  roundId: string;
  onFound: (ballot: Ballot, token: string) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ token: '' });
  const onSubmit = form.handleSubmit(
    async (v) => onFound(await budgetApi.lookUp(api, roundId, v.token.trim()), v.token.trim()),
    {
      problems: { messages: { 'not-found': t('budget.ballot.tokenUnknown') } },
    },
  );
  return (
    <section className="ws-section" aria-labelledby="token-lookup">
      <h2 className="utrecht-heading-2" id="token-lookup">
        {t('budget.ballot.votedTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('budget.ballot.votedText')}</p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={{ token: t('budget.ballot.tokenLabel') }} />
        <TextField
          {...form.field('token')}
          label={t('budget.ballot.tokenLabel')}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" busy={form.busy}>
          {t('budget.ballot.tokenSubmit')}
        </Button>
      </form>
    </section>
  );
}
