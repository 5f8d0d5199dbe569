import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerResponseSchema, CreateResponseSchema } from '../../../../contracts/steering.ts';
import { useSession } from '../../../app/session-context.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { validateWith } from '../../../ui/form-errors.ts';
import { TextLink } from '../../../ui/links.tsx';
import { LoadMore } from '../../../ui/load-more.tsx';
import { SelectField } from '../../../ui/select-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { accountPaths } from '../../accounts/accounts.paths.ts';
import { steeringApi, type SteeringResponse } from '../steering.api.ts';
import { steeringAnchors, steeringPaths } from '../steering.paths.ts';
import { deadlineText, responseKindText } from '../steering-texts.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { TextAreaField } from '../ui/text-area-field.tsx';
import { useApi } from '../../../app/api-context.ts';
import { useLoadUntilAnchor } from '../ui/use-scroll-to-hash.ts';

/**
 * Citizens steer the government too: residents and organisers object to a published decision or
 * comment on it, and the officer's answer is published beside it.
 */
export function ResponsesSection({ decisionId, canAnswer }: { decisionId: string; canAnswer: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const list = usePagedList((cursor) => steeringApi.responses(api, decisionId, cursor), decisionId);
  useLoadUntilAnchor(list, steeringAnchors.response);
  const replace = (changed: SteeringResponse) =>
    list.update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
  return (
    <section className="ws-section" aria-labelledby="steering-responses-title">
      <h2 className="utrecht-heading-2" id="steering-responses-title">
        {t('steering.responses.title')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.responses.intro')}</p>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.responses.none')}</p>
      )}
      <ul className="ws-card-list" data-testid="responses">
        {list.items.map((response) => (
          <ResponseItem key={response.id} response={response} canAnswer={canAnswer} onAnswered={replace} />
        ))}
      </ul>
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('steering.responses.shown', { count: list.items.length })}
          end={t('steering.responses.allShown')}
        />
      )}
      <h3 className="utrecht-heading-3">{t('steering.responses.formTitle')}</h3>
      {me ? (
        <RespondForm decisionId={decisionId} onSent={(sent) => list.update((items) => [sent, ...items])} />
      ) : (
        <p className="utrecht-paragraph">
          <TextLink to={accountPaths.login} state={{ from: steeringPaths.decision(decisionId) }}>
            {t('steering.responses.logIn')}
          </TextLink>
        </p>
      )}
    </section>
  );
}

function ResponseItem({
  response,
  canAnswer,
  onAnswered,
}: {
  response: SteeringResponse;
  canAnswer: boolean;
  onAnswered: (response: SteeringResponse) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <li className="ws-card" data-testid="response" id={steeringAnchors.response(response.id)}>
      <h4 className="utrecht-heading-4 ws-card__title">
        <span className={`ws-badge ws-badge--${response.kind}`}>{responseKindText(t, response.kind)}</span>
        {t('steering.responses.by', {
          name: response.author.displayName,
          date: formatDateTime(response.submittedAt, i18n.language),
        })}
      </h4>
      <p className="utrecht-paragraph ws-pre">{response.text}</p>
      {response.answer ? (
        <div className="ws-steering-answer" data-testid="answer">
          <p className="utrecht-paragraph">
            <strong>
              {t('steering.responses.answerBy', { date: formatDate(response.answer.answeredAt, i18n.language) })}
            </strong>
          </p>
          <p className="utrecht-paragraph ws-pre">{response.answer.text}</p>
        </div>
      ) : (
        <p className="utrecht-paragraph ws-card__meta">
          {t('steering.responses.answerDue', {
            date: formatDate(response.answerDueAt, i18n.language),
            state: deadlineText(t, response.state),
          })}
        </p>
      )}
      {canAnswer && !response.answer && <AnswerForm response={response} onAnswered={onAnswered} />}
    </li>
  );
}

function RespondForm({ decisionId, onSent }: { decisionId: string; onSent: (response: SteeringResponse) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const [sent, setSent] = useState(false);
  const form = useForm({ 'response-kind': 'objection', 'response-text': '' });
  const labels = { 'response-kind': t('steering.responses.kind'), 'response-text': t('steering.responses.text') };
  const rename = { kind: 'response-kind', text: 'response-text' };
  const body = (v: typeof form.values) => ({
    kind: v['response-kind'] as 'objection' | 'comment',
    text: v['response-text'],
  });
  const onSubmit = form.handleSubmit(
    async (v) => {
      onSent(await steeringApi.respond(api, decisionId, body(v)));
      form.setValues({ 'response-kind': 'objection', 'response-text': '' });
      setSent(true);
    },
    { validate: (v) => validateWith(CreateResponseSchema, body(v), t, rename), problems: { rename, messages } },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      {sent && (
        <Alert type="ok" live>
          {t('steering.responses.sent')}
        </Alert>
      )}
      <SelectField
        {...form.field('response-kind')}
        label={labels['response-kind']}
        options={[
          { value: 'objection', label: t('steering.responses.kinds.objection') },
          { value: 'comment', label: t('steering.responses.kinds.comment') },
        ]}
      />
      <TextAreaField
        {...form.field('response-text')}
        label={labels['response-text']}
        description={t('steering.responses.textHint')}
      />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.responses.submit')}
      </Button>
    </form>
  );
}

function AnswerForm({
  response,
  onAnswered,
}: {
  response: SteeringResponse;
  onAnswered: (response: SteeringResponse) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const name = `answer-${response.id}`;
  const form = useForm({ [name]: '' } as Record<string, string>);
  const labels = { [name]: t('steering.responses.answer') };
  const onSubmit = form.handleSubmit(
    async (v) => onAnswered(await steeringApi.answer(api, response.id, { text: v[name] ?? '' })),
    {
      validate: (v) => validateWith(AnswerResponseSchema, { text: v[name] }, t, { text: name }),
      problems: { rename: { text: name }, messages },
    },
  );
  return (
    <form className="ws-form ws-steering-officer" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextAreaField {...form.field(name)} value={form.values[name] ?? ''} label={labels[name] ?? ''} rows={4} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.responses.answerSubmit')}
      </Button>
    </form>
  );
}
