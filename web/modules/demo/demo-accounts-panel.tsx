import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoAccounts } from '../../../contracts/demo.ts';
import { useApi } from '../../app/api-context.ts';

/**
 * In demo mode only, the log-in page lists the demo accounts and their passwords. Outside demo
 * mode the server answers with an empty list and nothing is shown.
 */
export function DemoAccountsPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const [demo, setDemo] = useState<DemoAccounts | null>(null);
  useEffect(() => {
    let current = true;
    api.get<DemoAccounts>('/demo-accounts').then(
      (answer) => current && setDemo(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  if (!demo || demo.accounts.length === 0) return null;

  const roleOf = (account: DemoAccounts['accounts'][number]) => {
    const role = t(`roles.${account.role}`);
    if (account.areaName) return t('demo.roleIn', { role, area: account.areaName });
    return account.verified ? t('demo.verified', { role }) : role;
  };
  return (
    <section className="ws-section ws-demo-accounts" aria-labelledby="demo-accounts">
      <h2 className="utrecht-heading-2" id="demo-accounts">
        {t('demo.title')}
      </h2>
      <p className="utrecht-paragraph">{t('demo.text')}</p>
      <table className="utrecht-table">
        <caption className="utrecht-table__caption ws-visually-hidden">{t('demo.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('demo.role')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('demo.email')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('demo.password')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {demo.accounts.map((account) => (
            <tr key={account.email} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {roleOf(account)}
              </th>
              {/* data-label: on a phone each row stands as a block, its cells named (areas.css). */}
              <td className="utrecht-table__cell" data-label={t('demo.email')}>
                <code>{account.email}</code>
              </td>
              <td className="utrecht-table__cell" data-label={t('demo.password')}>
                <code>{account.password}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {demo.letterCode && (
        <p className="utrecht-paragraph">
          {t('demo.letterCode', { code: demo.letterCode.code, area: demo.letterCode.areaName })}
        </p>
      )}
    </section>
  );
}
