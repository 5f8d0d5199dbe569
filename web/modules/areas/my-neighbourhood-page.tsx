import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verification } from '../../../contracts/verification.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { formatDate } from '../../lib/format.ts';
import { usePagedList } from '../../lib/use-paged-list.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { TextLink } from '../../ui/links.tsx';
import { Page } from '../../ui/page.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { DemoLetterCode } from '../demo/demo-letter-code.tsx';
import { areasApi } from './areas.api.ts';
import { areaPaths } from './areas.paths.ts';
import { useLoad } from './use-load.ts';

/** Mijn buurt: the resident's home neighbourhood, and how and when they were verified for it. */
export function MyNeighbourhoodPage() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { me } = useSession();
  const [round, setRound] = useState(0);
  const neighbourhoods = useLoad(() => areasApi.all(api, { kind: 'neighbourhood' }), 'neighbourhoods');
  const verifications = usePagedList((cursor) => areasApi.myVerifications(api, cursor), `mine-${round}`);
  if (!me) return null;
  const home = neighbourhoods.data?.find((n) => n.id === me.homeAreaId);
  const current = verifications.items.find((v) => v.current);

  return (
    <Page title={t('areas.mine.title')} lead={t('areas.mine.lead')}>
      <section className="ws-section" aria-labelledby="mine-status">
        <h2 className="utrecht-heading-2" id="mine-status">
          {t('areas.mine.statusTitle')}
        </h2>
        {verifications.loading ? (
          <p className="utrecht-paragraph" role="status">
            {t('app.loading')}
          </p>
        ) : current ? (
          <p className="utrecht-paragraph">
            {t('areas.mine.verifiedFor', {
              area: current.areaName,
              date: formatDate(current.verifiedAt, i18n.language),
            })}
          </p>
        ) : (
          <p className="utrecht-paragraph">{t('areas.mine.notVerified')}</p>
        )}
      </section>

      <CodeForm onVerified={() => setRound((r) => r + 1)} />

      {/* Keyed on the home neighbourhood: after verifying, the form starts from the new one, so saving keeps it. */}
      <HomeForm key={me.homeAreaId ?? 'none'} neighbourhoods={neighbourhoods.data ?? []} currentName={home?.name} />

      {verifications.items.length > 0 && (
        <section className="ws-section" aria-labelledby="mine-history">
          <h2 className="utrecht-heading-2" id="mine-history">
            {t('areas.mine.historyTitle')}
          </h2>
          <ul className="ws-plain-list">
            {verifications.items.map((v) => (
              <li key={v.id}>
                <HistoryLine verification={v} />
              </li>
            ))}
          </ul>
          {verifications.hasMore && (
            <Button
              variant="secondary"
              busy={verifications.loadingMore}
              busyLabel={t('common.loadingMore')}
              onClick={() => void verifications.loadMore()}
            >
              {t('common.loadMore')}
            </Button>
          )}
        </section>
      )}
    </Page>
  );
}

function HistoryLine({ verification: v }: { verification: Verification }) {
  const { t, i18n } = useTranslation();
  const date = formatDate(v.verifiedAt, i18n.language);
  const text =
    v.method === 'letter_code'
      ? t('areas.mine.byLetter', { area: v.areaName, date })
      : v.verifiedBy
        ? t('areas.mine.byDesk', { area: v.areaName, name: v.verifiedBy, date })
        : t('areas.mine.byDeskAnonymous', { area: v.areaName, date });
  return (
    <>
      <TextLink to={areaPaths.area(v.areaCode)}>{text}</TextLink>{' '}
      {v.current && <strong>{t('areas.mine.counts')}</strong>}
    </>
  );
}

function CodeForm({ onVerified }: { onVerified: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { refresh } = useSession();
  const [verified, setVerified] = useState<string | null>(null);
  const form = useForm({ code: '' });
  const labels = { code: t('areas.mine.code') };
  const onSubmit = form.handleSubmit(
    async (values) => {
      setVerified(null);
      const verification = await areasApi.redeem(api, values.code);
      setVerified(verification.areaName);
      form.setValues({ code: '' });
      await refresh();
      onVerified();
    },
    {
      validate: (values) => ({
        fields: values.code.replace(/[^a-z0-9]/gi, '').length >= 4 ? {} : { code: t('validation.required') },
        general: null,
      }),
      problems: {
        messages: {
          'verification-code-invalid': t('verification.problems.invalid'),
          'verification-code-used': t('verification.problems.used'),
          'verification-code-expired': t('verification.problems.expired'),
          'too-many-code-guesses': t('verification.problems.tooMany'),
        },
      },
    },
  );
  return (
    <section className="ws-section" aria-labelledby="mine-code">
      <h2 className="utrecht-heading-2" id="mine-code">
        {t('areas.mine.codeTitle')}
      </h2>
      <p className="utrecht-paragraph">{t('areas.mine.codeText')}</p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <TextField
          {...form.field('code')}
          label={labels.code}
          description={t('areas.mine.codeHint')}
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="characters"
        />
        <Button type="submit" busy={form.busy} busyLabel={t('app.loading')}>
          {t('areas.mine.submit')}
        </Button>
        {verified && (
          <Alert type="ok" live>
            {t('areas.mine.verified', { area: verified })}
          </Alert>
        )}
      </form>
      <DemoLetterCode onCode={(code) => form.setValues({ code })} />
      <p className="utrecht-paragraph">{t('areas.mine.inPerson')}</p>
    </section>
  );
}

function HomeForm({
  neighbourhoods,
  currentName,
}: {
  neighbourhoods: ReadonlyArray<{ id: string; name: string; code: string }>;
  currentName: string | undefined;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { me, signedIn } = useSession();
  const [saved, setSaved] = useState(false);
  const form = useForm({ homeAreaId: me?.homeAreaId ?? '' });
  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(false);
    signedIn(await areasApi.setHome(api, values.homeAreaId || null));
    setSaved(true);
  });
  const sorted = [...neighbourhoods].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section className="ws-section" aria-labelledby="mine-home">
      <h2 className="utrecht-heading-2" id="mine-home">
        {t('areas.mine.homeTitle')}
      </h2>
      <p className="utrecht-paragraph">
        {currentName ? t('areas.mine.current', { name: currentName }) : t('areas.mine.none')}
      </p>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={{ homeAreaId: t('areas.mine.choose') }} />
        <SelectField
          {...form.field('homeAreaId')}
          label={t('areas.mine.choose')}
          options={[
            { value: '', label: t('areas.mine.noChoice') },
            ...sorted.map((n) => ({ value: n.id, label: n.name })),
          ]}
        />
        <Button type="submit" variant="secondary" busy={form.busy} busyLabel={t('common.saving')}>
          {t('common.save')}
        </Button>
        {saved && (
          <Alert type="ok" live>
            {t('areas.mine.saved')}
          </Alert>
        )}
      </form>
    </section>
  );
}
