import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateMilestoneSchema } from '../../../../contracts/steering.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePagedList } from '../../../lib/use-paged-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ErrorSummary } from '../../../ui/error-summary.tsx';
import { validateWith } from '../../../ui/form-errors.ts';
import { TextField } from '../../../ui/text-field.tsx';
import { useForm } from '../../../ui/use-form.ts';
import { Disclosure } from '../../initiatives/disclosure.tsx';
import { steeringApi, type Milestone } from '../steering.api.ts';
import { calendarDate } from '../steering-format.ts';
import { milestoneStatusText } from '../steering-texts.ts';
import { SectionState } from '../ui/load-state.tsx';
import { useProblemMessages } from '../ui/problem-messages.ts';
import { useAction } from '../ui/use-action.ts';
import { useApi } from '../../../app/api-context.ts';
import { steeringAnchors } from '../steering.paths.ts';
import { useLoadUntilAnchor } from '../ui/use-scroll-to-hash.ts';

type Owner = { decisionId: string } | { challengeId: string };

/**
 * The milestones of a decision's agreement or an accepted challenge: met, missed, or open (and
 * overdue, which the advice counts as missed). Officers record each one and add new ones.
 */
export function MilestonesSection({
  owner,
  canRecord,
  onRecorded,
}: {
  owner: Owner;
  canRecord: boolean;
  onRecorded?: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const key = JSON.stringify(owner);
  const headingId = useId();
  const list = usePagedList((cursor) => steeringApi.milestones(api, owner, cursor), key);
  useLoadUntilAnchor(list, steeringAnchors.milestone);
  const replace = (changed: Milestone) =>
    list.update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
  return (
    <section className="ws-section" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-2" id={headingId}>
        {t('steering.milestones.title')}
      </h2>
      <p className="utrecht-paragraph">{t('steering.milestones.intro')}</p>
      <SectionState loading={list.loading} error={list.error} />
      {!list.loading && list.items.length === 0 && list.error === null && (
        <p className="utrecht-paragraph">{t('steering.milestones.none')}</p>
      )}
      <ul className="ws-card-list" data-testid="milestones">
        {list.items.map((milestone) => (
          <MilestoneItem
            key={milestone.id}
            milestone={milestone}
            canRecord={canRecord}
            onRecorded={(changed) => {
              replace(changed);
              onRecorded?.();
            }}
          />
        ))}
      </ul>
      {list.hasMore && (
        <Button variant="secondary" busy={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
      {canRecord && (
        <Disclosure label={t('steering.milestones.add')}>
          <AddMilestoneForm
            owner={owner}
            onAdded={(added) => {
              list.update((items) => [...items, added]);
            }}
          />
        </Disclosure>
      )}
    </section>
  );
}

function MilestoneItem({
  milestone,
  canRecord,
  onRecorded,
}: {
  milestone: Milestone;
  canRecord: boolean;
  onRecorded: (milestone: Milestone) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const action = useAction();
  const [note, setNote] = useState('');
  const noteId = `milestone-${milestone.id}-note`;
  const record = (status: 'met' | 'missed') =>
    void action.run(status, async () => {
      onRecorded(await steeringApi.recordMilestone(api, milestone.id, { status, ...(note.trim() ? { note } : {}) }));
    });
  return (
    <li className="ws-card" data-testid={`milestone-${milestone.title}`} id={steeringAnchors.milestone(milestone.id)}>
      <h3 className="utrecht-heading-3 ws-card__title">
        {milestone.title}
        <span className={`ws-badge ws-badge--${milestone.overdue ? 'overdue' : milestone.status}`}>
          {milestone.overdue ? t('steering.milestones.overdue') : milestoneStatusText(t, milestone.status)}
        </span>
      </h3>
      <p className="utrecht-paragraph ws-card__meta">
        {t('steering.milestones.due', { date: calendarDate(milestone.dueDate, i18n.language) })}
        {milestone.recordedAt &&
          ` · ${t('steering.milestones.recordedAt', { date: formatDate(milestone.recordedAt, i18n.language) })}`}
      </p>
      {milestone.note && <p className="utrecht-paragraph">{milestone.note}</p>}
      {canRecord && milestone.status === 'open' && (
        <div className="ws-milestone-record">
          {action.error && (
            <Alert type="error" live>
              {action.error}
            </Alert>
          )}
          <TextField name={noteId} label={t('steering.milestones.note')} value={note} onValue={setNote} optional />
          <div className="utrecht-button-group ws-button-row">
            <Button variant="secondary" busy={action.busy === 'met'} onClick={() => record('met')}>
              {t('steering.milestones.recordMet', { title: milestone.title })}
            </Button>
            <Button variant="secondary" busy={action.busy === 'missed'} onClick={() => record('missed')}>
              {t('steering.milestones.recordMissed', { title: milestone.title })}
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}

function AddMilestoneForm({ owner, onAdded }: { owner: Owner; onAdded: (milestone: Milestone) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const messages = useProblemMessages();
  const form = useForm({ 'milestone-title': '', 'milestone-dueDate': '' });
  const labels = {
    'milestone-title': t('steering.milestones.titleField'),
    'milestone-dueDate': t('steering.milestones.dueField'),
  };
  const rename = { title: 'milestone-title', dueDate: 'milestone-dueDate' };
  const onSubmit = form.handleSubmit(
    async (v) => {
      onAdded(
        await steeringApi.addMilestone(api, { ...owner, title: v['milestone-title'], dueDate: v['milestone-dueDate'] }),
      );
      form.setValues({ 'milestone-title': '', 'milestone-dueDate': '' });
    },
    {
      validate: (v) =>
        validateWith(
          CreateMilestoneSchema,
          { ...owner, title: v['milestone-title'], dueDate: v['milestone-dueDate'] },
          t,
          rename,
        ),
      problems: { rename, messages },
    },
  );
  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('milestone-title')} label={labels['milestone-title']} />
      <TextField {...form.field('milestone-dueDate')} type="date" label={labels['milestone-dueDate']} />
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('steering.milestones.addSubmit')}
      </Button>
    </form>
  );
}
