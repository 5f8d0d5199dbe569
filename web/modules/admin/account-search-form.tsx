import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Role } from '../../../contracts/roles.ts';
import { Button } from '../../ui/button.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';

/** The search lives in the URL (?q=&role=), so results can be bookmarked and Back works. */
export function AccountSearchForm({
  q,
  role,
  roleOptions,
}: {
  q: string;
  role: Role | '';
  roleOptions: readonly Role[];
}) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const form = useForm({ q, roleFilter: role });

  const onSubmit = form.handleSubmit(async (values) => {
    const next = new URLSearchParams();
    if (values.q.trim()) next.set('q', values.q.trim());
    if (values.roleFilter) next.set('role', values.roleFilter);
    setParams(next);
  });

  return (
    <section className="ws-section" aria-labelledby="roles-search">
      <h2 className="utrecht-heading-2" id="roles-search">
        {t('adminRoles.searchTitle')}
      </h2>
      <form
        className="ws-form ws-form--inline"
        role="search"
        aria-labelledby="roles-search"
        noValidate
        onSubmit={onSubmit}
      >
        <TextField
          {...form.field('q')}
          label={t('adminRoles.query')}
          type="search"
          optional
          description={t('adminRoles.queryHint')}
          spellCheck={false}
        />
        <SelectField
          {...form.field('roleFilter')}
          label={t('adminRoles.roleFilter')}
          options={[
            { value: '', label: t('adminRoles.anyRole') },
            ...roleOptions.map((value) => ({ value, label: t(`roles.${value}`) })),
          ]}
        />
        <Button type="submit">{t('common.search')}</Button>
      </form>
    </section>
  );
}
