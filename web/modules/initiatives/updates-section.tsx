import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context.ts';
import { formatDate } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { SubjectPictures } from '../pictures/subject-pictures.tsx';
import { useParentPictures } from '../pictures/use-pictures.ts';
import { Disclosure } from './disclosure.tsx';
import { initiativesApi, type Initiative } from './initiatives.api.ts';
import { TextAreaField } from './text-area-field.tsx';

/** News from the organisers, newest first. */
export function UpdatesSection({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [version, setVersion] = useState(0);
  const list = usePagedList(
    (cursor) => initiativesApi.updates(api, initiative.id, cursor),
    `${initiative.id}-${version}`,
  );
  const pictures = useParentPictures({ initiativeId: initiative.id });
  const form = useForm({ updateTitle: '', updateBody: '' });
  const labels = { updateTitle: t('initiatives.updates.titleField'), updateBody: t('initiatives.updates.body') };
  const onSubmit = form.handleSubmit(
    async (v) => {
      await initiativesApi.publishUpdate(api, initiative.id, { title: v.updateTitle, body: v.updateBody });
      form.setValues({ updateTitle: '', updateBody: '' });
      setVersion((n) => n + 1);
    },
    { problems: { rename: { title: 'updateTitle', body: 'updateBody' } } },
  );

  return (
    <section className="ws-section" aria-labelledby="initiative-updates">
      <h2 className="utrecht-heading-2" id="initiative-updates">
        {t('initiatives.updates.title')}
      </h2>
      {!list.loading && list.items.length === 0 && (
        <p className="utrecht-paragraph">{t('initiatives.updates.empty')}</p>
      )}
      <ul className="ws-card-list">
        {list.items.map((update) => (
          <li key={update.id} className="ws-card">
            <h3 className="utrecht-heading-3 ws-card__title">{update.title}</h3>
            <p className="utrecht-paragraph ws-card__meta">
              {update.author.displayName} · {formatDate(update.createdAt, i18n.language)}
            </p>
            {update.moderation && (
              <Alert type="warning">
                {t('initiatives.moderation.hiddenNotice', { reason: update.moderation.reason })}
              </Alert>
            )}
            {update.body.split(/\n{2,}/).map((p, i) => (
              <p key={i} className="utrecht-paragraph">
                {p}
              </p>
            ))}
            <SubjectPictures
              subjectType="initiative-update"
              subjectId={update.id}
              pictures={pictures}
              canAdd={initiative.viewer.canEdit || initiative.viewer.canModerate}
            />
          </li>
        ))}
      </ul>
      {list.hasMore && (
        <LoadMore
          hasMore={list.hasMore}
          loading={list.loadingMore}
          onLoadMore={() => void list.loadMore()}
          shown={t('initiatives.shown', { count: list.items.length })}
          end={t('initiatives.allShown')}
        />
      )}
      {initiative.viewer.canEdit && (
        <Disclosure label={t('initiatives.updates.write')}>
          <form className="ws-form" noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={form.errors} labels={labels} />
            <TextField {...form.field('updateTitle')} label={labels.updateTitle} />
            <TextAreaField {...form.field('updateBody')} label={labels.updateBody} />
            <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
              {t('initiatives.updates.publish')}
            </Button>
          </form>
        </Disclosure>
      )}
    </section>
  );
}
