import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { logoMediaTypes, type SiteIdentity, type SiteIdentityUpdate } from '../../../contracts/site.ts';
import { useApi } from '../../app/api-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { FieldShell, TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { contrastProblems, contrastText } from './contrast-problems.ts';
import { siteApi } from './site.api.ts';
import { useSiteIdentity } from '../../app/site-identity.ts';

const COLOUR = /^#[0-9a-fA-F]{6}$/;
type LogoMediaType = (typeof logoMediaTypes)[number];

async function readLogo(file: File): Promise<{ mediaType: LogoMediaType; data: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const mediaType = (logoMediaTypes as readonly string[]).includes(file.type)
    ? (file.type as LogoMediaType)
    : 'image/png';
  return { mediaType, data: btoa(binary) };
}

/** Name, colours and logo; colours with too little contrast are refused by the server, in words here. */
export function IdentityForm({ identity }: { identity: SiteIdentity }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { adopt } = useSiteIdentity();
  const [saved, setSaved] = useState(false);
  const [logo, setLogo] = useState<File | null>(null);
  const [removeLogo, setRemoveLogo] = useState(false);
  const form = useForm({
    name: identity.name,
    brandColor: identity.brandColor,
    accentColor: identity.accentColor,
    linkColor: identity.linkColor,
  });
  const labels = {
    name: t('site.settings.name'),
    brandColor: t('site.settings.brandColor'),
    accentColor: t('site.settings.accentColor'),
    linkColor: t('site.settings.linkColor'),
    logo: t('site.settings.logo'),
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setSaved(false);
      const body: SiteIdentityUpdate = { ...values };
      if (logo) body.logo = await readLogo(logo);
      else if (removeLogo) body.logo = null;
      try {
        adopt(await siteApi.updateIdentity(api, body));
        setSaved(true);
        setLogo(null);
        setRemoveLogo(false);
      } catch (error) {
        const problems = contrastProblems(error);
        if (!problems) throw error;
        const fields: Record<string, string> = {};
        for (const problem of problems) fields[problem.name] = contrastText(problem, t, i18n.language);
        form.setErrors({ fields, general: null });
      }
    },
    {
      validate: (values) => {
        const fields: Record<string, string> = {};
        if (values.name.trim().length < 2) fields.name = t('validation.required');
        for (const key of ['brandColor', 'accentColor', 'linkColor'] as const)
          if (!COLOUR.test(values[key].trim())) fields[key] = t('site.settings.colourFormat');
        return { fields, general: null };
      },
      problems: { messages: { 'logo-refused': t('site.settings.logoRefused') } },
    },
  );

  const colourField = (name: 'brandColor' | 'accentColor' | 'linkColor', hint: string) => (
    <div className="ws-colour-field">
      <TextField {...form.field(name)} label={labels[name]} description={hint} spellCheck={false} autoComplete="off" />
      <span
        className="ws-colour-field__swatch"
        aria-hidden="true"
        style={{ backgroundColor: COLOUR.test(form.values[name]) ? form.values[name] : 'transparent' }}
      />
    </div>
  );

  return (
    <form className="ws-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={form.errors} labels={labels} />
      <TextField {...form.field('name')} label={labels.name} description={t('site.settings.nameHint')} />
      {colourField('brandColor', t('site.settings.brandHint'))}
      {colourField('accentColor', t('site.settings.accentHint'))}
      {colourField('linkColor', t('site.settings.linkHint'))}
      <FieldShell
        id="logo"
        label={labels.logo}
        description={t('site.settings.logoHint')}
        error={form.errors.fields.logo}
      >
        {(describedBy) => (
          <input
            id="logo"
            name="logo"
            type="file"
            accept={logoMediaTypes.join(',')}
            aria-describedby={describedBy}
            onChange={(event: ChangeEvent<HTMLInputElement>) => setLogo(event.target.files?.[0] ?? null)}
          />
        )}
      </FieldShell>
      {identity.logoUrl && (
        <div className="ws-logo-current">
          <img src={identity.logoUrl} alt={t('site.settings.currentLogo')} className="ws-logo-current__image" />
          <label className="ws-check">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={removeLogo}
              onChange={(event) => setRemoveLogo(event.target.checked)}
            />
            {t('site.settings.removeLogo')}
          </label>
        </div>
      )}
      <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
        {t('common.save')}
      </Button>
      {saved && (
        <Alert type="ok" live>
          {t('site.settings.saved')}
        </Alert>
      )}
    </form>
  );
}
