import { lazy } from 'react';
import { RequireLogin } from '../../app/guards.tsx';
import type { WebModule } from '../../app/web-module.ts';
import { accountPaths } from './accounts.paths.ts';

// Each page is its own chunk, loaded when first visited (docs/ARCHITECTURE.md, "Web app").
const ForgotPasswordPage = lazy(() =>
  import('./forgot-password-page.tsx').then((m) => ({ default: m.ForgotPasswordPage })),
);
const LoginPage = lazy(() => import('./login-page.tsx').then((m) => ({ default: m.LoginPage })));
const PasswordChangePage = lazy(() =>
  import('./password-change-page.tsx').then((m) => ({ default: m.PasswordChangePage })),
);
const ProfilePage = lazy(() => import('./profile-page.tsx').then((m) => ({ default: m.ProfilePage })));
const RegisterPage = lazy(() => import('./register-page.tsx').then((m) => ({ default: m.RegisterPage })));
const ResetPasswordPage = lazy(() =>
  import('./reset-password-page.tsx').then((m) => ({ default: m.ResetPasswordPage })),
);

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
