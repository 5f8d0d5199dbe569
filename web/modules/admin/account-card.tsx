import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../contracts/accounts.ts';
import { formatDate } from '../../lib/format.ts';
import { roleText } from '../accounts/role-text.ts';
import { AccountRolesPanel } from './account-roles-panel.tsx';

export function AccountCard({
  account,
  open,
  onToggle,
  onChange,
}: {
  account: AccountSummary;
  open: boolean;
  onToggle: () => void;
  onChange: (next: AccountSummary) => void;
}) {
  const { t, i18n } = useTranslation();
  const panelId = `rollen-${account.id}`;
  return (
    <li className="ws-card">
      <h3 className="utrecht-heading-3 ws-card__title">
        {account.displayName}
        {account.erased && (
          <span className="utrecht-status-badge utrecht-status-badge--inactive ws-badge">{t('adminRoles.erased')}</span>
        )}
      </h3>
      {account.email && <p className="utrecht-paragraph ws-card__meta">{account.email}</p>}
      <p className="utrecht-paragraph ws-card__meta">
        {t('adminRoles.createdAt', { date: formatDate(account.createdAt, i18n.language) })}
      </p>
      <p className="utrecht-paragraph ws-card__meta">
        {t('profile.roles')}: {[t('roles.resident'), ...account.roles.map((grant) => roleText(t, grant))].join(', ')}
      </p>
      {!account.erased && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action ws-disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span className="ws-disclosure__icon" aria-hidden="true" />
          {t('adminRoles.manage')}
          <span className="ws-visually-hidden"> {account.displayName}</span>
        </button>
      )}
      <div id={panelId} hidden={!open}>
        {open && <AccountRolesPanel account={account} onChange={onChange} />}
      </div>
    </li>
  );
}
