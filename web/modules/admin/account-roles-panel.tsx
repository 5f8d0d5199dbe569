import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../contracts/accounts.ts';
import { GrantRoleSchema } from '../../../contracts/accounts.ts';
import { staffRoles, type Role } from '../../../contracts/roles.ts';
import { useApi } from '../../app/api-context.ts';
import { useSession } from '../../app/session-context.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { ConfirmButton } from '../../ui/confirm.tsx';
import { ErrorSummary } from '../../ui/error-summary.tsx';
import { problemErrors, validateWith } from '../../ui/form-errors.ts';
import { TextLink } from '../../ui/links.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useForm } from '../../ui/use-form.ts';
import { roleScope, roleText } from '../accounts/role-text.ts';
import { adminApi, type RoleGrant } from './admin.api.ts';
import { adminPaths } from './admin.paths.ts';

type Status = { type: 'ok' | 'error'; text: string } | null;

/** One account's roles: withdraw any of them, or grant a new one, optionally for one area. */
export function AccountRolesPanel({
  account,
  onChange,
}: {
  account: AccountSummary;
  onChange: (next: AccountSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [status, setStatus] = useState<Status>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Only one panel is open at a time, so these ids are unique on the page.
  const form = useForm({ grantRole: 'civil_servant', grantAreaId: '' });
  const labels = { grantRole: t('adminRoles.role'), grantAreaId: t('adminRoles.areaId') };

  async function afterChange(next: AccountSummary) {
    onChange(next);
    // Changing one's own roles changes what this browser may show.
    if (next.id === session.me?.id) await session.refresh();
  }

  async function revoke(grant: RoleGrant) {
    setStatus(null);
    setRevoking(grant.id);
    try {
      await adminApi.revokeRole(api, account.id, grant.id);
      setStatus({ type: 'ok', text: t('adminRoles.revoked', { role: roleText(t, grant), name: account.displayName }) });
      headingRef.current?.focus();
      await afterChange({ ...account, roles: account.roles.filter((r) => r.id !== grant.id) });
    } catch (error) {
      setStatus({
        type: 'error',
        text: problemErrors(error, t, i18n, { fields: [] }).general ?? t('problem.unexpected'),
      });
    } finally {
      setRevoking(null);
    }
  }

  const toGrant = (values: typeof form.values) => ({
    role: values.grantRole,
    areaId: values.grantAreaId.trim() || null,
  });
  const onSubmit = form.handleSubmit(
    async (values) => {
      setStatus(null);
      const input = toGrant(values);
      const grant = await adminApi.grantRole(api, account.id, {
        role: input.role as Exclude<Role, 'resident'>,
        areaId: input.areaId,
      });
      setStatus({
        type: 'ok',
        text: t('adminRoles.granted', {
          role: t(`roles.${grant.role}`),
          scope: roleScope(t, grant.areaId),
          name: account.displayName,
        }),
      });
      form.setValues({ ...values, grantAreaId: '' });
      await afterChange({ ...account, roles: [...account.roles, grant] });
    },
    {
      validate: (values) =>
        validateWith(GrantRoleSchema, toGrant(values), t, { role: 'grantRole', areaId: 'grantAreaId' }),
      problems: { rename: { role: 'grantRole', areaId: 'grantAreaId' } },
    },
  );

  return (
    <div className="ws-panel">
      <h4 className="utrecht-heading-4" ref={headingRef} tabIndex={-1}>
        {t('adminRoles.currentRoles')}
      </h4>
      {account.roles.length === 0 ? (
        <p className="utrecht-paragraph">{t('adminRoles.onlyResident')}</p>
      ) : (
        <ul className="ws-grant-list">
          {account.roles.map((grant) => (
            <li key={grant.id} className="ws-grant-list__item">
              <span>{roleText(t, grant)}</span>
              <ConfirmButton
                label={
                  <>
                    {t('adminRoles.revoke')}
                    <span className="ws-visually-hidden"> {roleText(t, grant)}</span>
                  </>
                }
                variant="subtle"
                busy={revoking === grant.id}
                headingLevel={5}
                title={t('confirm.roleRevoke.title', { name: account.displayName })}
                confirmLabel={t('confirm.roleRevoke.yes')}
                onConfirm={() => revoke(grant)}
              >
                <p className="utrecht-paragraph">
                  {t('confirm.roleRevoke.text', { name: account.displayName, role: roleText(t, grant) })}
                </p>
              </ConfirmButton>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <Alert type={status.type} live>
          {status.text}
        </Alert>
      )}

      <h4 className="utrecht-heading-4">{t('adminRoles.grantTitle')}</h4>
      <form className="ws-form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={form.errors} labels={labels} />
        <SelectField
          {...form.field('grantRole')}
          label={labels.grantRole}
          options={staffRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        />
        <TextField
          {...form.field('grantAreaId')}
          label={labels.grantAreaId}
          optional
          description={t('adminRoles.areaHint')}
          spellCheck={false}
          autoComplete="off"
        />
        <Button type="submit" busy={form.busy} busyLabel={t('common.saving')}>
          {t('adminRoles.grant')}
        </Button>
      </form>
      <p className="utrecht-paragraph">
        <TextLink to={`${adminPaths.auditLog}?subjectId=${encodeURIComponent(account.id)}`}>
          {t('adminRoles.auditFor')}
        </TextLink>
      </p>
    </div>
  );
}
