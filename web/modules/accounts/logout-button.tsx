import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../app/api-client.ts';
import { useApi } from '../../app/api-context.ts';
import { notice } from '../../app/notice.ts';
import { useSession } from '../../app/session-context.ts';
import { accountsApi } from './accounts.api.ts';

export function LogoutButton() {
  const { t } = useTranslation();
  const api = useApi();
  const { signedOut } = useSession();
  const navigate = useNavigate();

  async function logout() {
    try {
      await accountsApi.logout(api);
    } catch (error) {
      // Still logged in on the server (it could not be reached): say so rather than pretend.
      if (!(error instanceof ApiProblem && error.status === 401)) {
        navigate('.', { state: notice('problem.network', 'error') });
        return;
      }
    }
    // Leave a members-only page first, so it does not bounce to the login page on the way out.
    await navigate('/', { flushSync: true, state: notice('layout.loggedOut') });
    signedOut();
  }

  return (
    <button
      type="button"
      className="utrecht-link-button utrecht-link-button--html-button ws-account-nav__link"
      onClick={() => void logout()}
    >
      {t('layout.logout')}
    </button>
  );
}
