import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Initiative, type Member } from './initiatives.api.ts';
import { roleText } from './initiatives-texts.ts';
import { useAction } from './use-action.ts';

/** Who is in it. Outsiders see the organisers; members see each other's contact details; organisers decide on requests. */
export function MembersSection({ initiative, onChange }: { initiative: Initiative; onChange: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const key = `${initiative.id}-${version}-${initiative.figures.members}-${initiative.viewer.membership?.status ?? ''}`;
  const members = usePagedList((cursor) => initiativesApi.members(api, initiative.id, 'active', cursor), key);
  const requests = usePagedList(
    (cursor) =>
      initiative.viewer.canEdit
        ? initiativesApi.members(api, initiative.id, 'requested', cursor)
        : Promise.resolve({ items: [], nextCursor: null }),
    key,
  );
  const action = useAction();
  const done = () => {
    setVersion((v) => v + 1);
    onChange();
  };
  const act = (k: string, run: () => Promise<unknown>) => void action.run(k, run).then((ok) => ok && done());
  const membership = initiative.viewer.membership;

  return (
    <section className="ws-section" aria-labelledby="initiative-members">
      <h2 className="utrecht-heading-2" id="initiative-members">
        {t('initiatives.members.title')}
      </h2>
      {!initiative.viewer.membership || initiative.viewer.membership.status !== 'active' ? (
        <p className="utrecht-paragraph">
          {t('initiatives.members.outsiderNote', { count: initiative.figures.members })}
        </p>
      ) : null}
      {action.error && (
        <Alert type="error" live>
          {action.error}
        </Alert>
      )}
      <ul className="ws-plain-list">
        {members.items.map((member) => (
          <li key={member.id} className="ws-row">
            <span>
              {member.displayName} · {roleText(t, member.role)}
              {member.offline && ` · ${t('initiatives.members.offline')}`}
              {member.contact && ` · ${member.contact}`}
            </span>
            {initiative.viewer.canEdit && member.role === 'member' && (
              <Button
                variant="subtle"
                busy={action.busy === `promote-${member.id}`}
                onClick={() =>
                  act(`promote-${member.id}`, () =>
                    initiativesApi.changeMember(api, initiative.id, member.id, { role: 'organiser' }),
                  )
                }
              >
                {t('initiatives.members.makeOrganiser', { name: member.displayName })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {members.hasMore && (
        <LoadMore
          hasMore={members.hasMore}
          loading={members.loadingMore}
          onLoadMore={() => void members.loadMore()}
          shown={t('initiatives.shown', { count: members.items.length })}
          end={t('initiatives.allShown')}
        />
      )}

      {initiative.viewer.canEdit && requests.items.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('initiatives.members.requests')}</h3>
          <ul className="ws-plain-list">
            {requests.items.map((request) => (
              <RequestRow
                key={request.id}
                request={request}
                busy={action.busy}
                onDecide={(status) =>
                  act(`decide-${request.id}`, () =>
                    initiativesApi.changeMember(api, initiative.id, request.id, { status }),
                  )
                }
              />
            ))}
          </ul>
        </>
      )}

      {membership?.status === 'requested' && (
        <p className="utrecht-paragraph" role="status">
          {t('initiatives.members.waiting')}
        </p>
      )}
      {me &&
        initiative.status !== 'stopped' &&
        !initiative.moderation &&
        (!membership || membership.status === 'declined' || membership.status === 'left') && (
          <Disclosure label={t('initiatives.members.join')}>
            <JoinForm initiativeId={initiative.id} onJoined={done} />
          </Disclosure>
        )}
      {membership?.status === 'active' && (
        <ConfirmButton
          label={t('initiatives.members.leave')}
          variant="subtle"
          busy={action.busy === 'leave'}
          title={t('confirm.leave.title')}
          confirmLabel={t('confirm.leave.yes')}
          onConfirm={() => act('leave', () => initiativesApi.removeMember(api, initiative.id, membership.id))}
        >
          <p className="utrecht-paragraph">{t('confirm.leave.text')}</p>
        </ConfirmButton>
      )}
      {initiative.viewer.canEdit && (
        <Disclosure label={t('initiatives.members.addOffline')}>
          <OfflineForm initiativeId={initiative.id} onAdded={done} />
        </Disclosure>
      )}
    </section>
  );
}

function RequestRow({
  request,
  busy,
  onDecide,
}: {
  request: Member;
  busy: string | null;
  onDecide: (status: 'active' | 'declined') => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="ws-row">
      <span>
        {request.displayName}
        {request.message && `: “${request.message}”`}
      </span>
      <span className="utrecht-button-group">
        <Button variant="secondary" busy={busy === `decide-${request.id}`} onClick={() => onDecide('active')}>
          {t('initiatives.members.accept', { name: request.displayName })}
        </Button>
        <Button variant="subtle" busy={busy === `decide-${request.id}`} onClick={() => onDecide('declined')}>
          {t('initiatives.members.decline', { name: request.displayName })}
        </Button>
      </span>
    </li>
  );
}

function JoinForm({ initiativeId, onJoined }: { initiativeId: string; onJoined: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ message: '', contact: '' });
  const labels = { message: t('initiatives.members.message'), contact: t('initiatives.members.contact') };
  const onSubmit = form.handleSubmit(async (v) => {
    await initiativesApi.join(api, initiativeId, {
      ...(v.message.trim() ? { message: v.message } : {}),
      ...(v.contact.trim() ? { contact: v.contact } : {}),
    });
    onJoined();
  });
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('message')} label={labels.message} optional />
      <TextField
        {...form.field('contact')}
        label={labels.contact}
        description={t('initiatives.members.contactHint')}
        optional
      />
      <Button type="submit" busy={form.busy}>
        {t('initiatives.members.ask')}
      </Button>
    </form>
  );
}

function OfflineForm({ initiativeId, onAdded }: { initiativeId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useForm({ name: '' });
  const labels = { name: t('initiatives.members.offlineName') };
  const onSubmit = form.handleSubmit(async (v) => {
    await initiativesApi.addOffline(api, initiativeId, { name: v.name, role: 'member' });
    form.setValues({ name: '' });
    onAdded();
  });
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('name')} label={labels.name} description={t('initiatives.members.offlineHint')} />
      <Button type="submit" busy={form.busy}>
        {t('initiatives.members.add')}
      </Button>
    </form>
  );
}
