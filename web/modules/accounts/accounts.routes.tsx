import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { accountPaths } from './accounts.paths.ts';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { LoginPage } from './login-page.tsx';
import { PasswordChangePage } from './password-change-page.tsx';
import { ProfilePage } from './profile-page.tsx';
import { RegisterPage } from './register-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';

const loggedIn = (me: unknown) => me !== null;
const anonymous = (me: unknown) => me === null;

export const accountsModule: WebModule = {
  name: 'accounts',
  routes: [
    { path: accountPaths.register, element: <RegisterPage /> },
    { path: accountPaths.login, element: <LoginPage /> },
    { path: accountPaths.forgotPassword, element: <ForgotPasswordPage /> },
    { path: accountPaths.resetPassword, element: <ResetPasswordPage /> },
    {
      path: accountPaths.account,
      element: (
        <RequireLogin>
          <ProfilePage />
        </RequireLogin>
      ),
    },
    {
      path: accountPaths.password,
      element: (
        <RequireLogin>
          <PasswordChangePage />
        </RequireLogin>
      ),
    },
  ],
  nav: [
    { to: accountPaths.login, label: 'nav.login', slot: 'account', order: 10, visible: anonymous },
    { to: accountPaths.register, label: 'nav.register', slot: 'account', order: 20, visible: anonymous },
    { to: accountPaths.account, label: 'nav.myAccount', slot: 'account', order: 10, visible: loggedIn },
  ],
};
