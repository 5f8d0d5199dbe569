/** The accounts module's URLs (Dutch, like the rest of the site; the reset link in emails uses one). */
export const accountPaths = {
  register: '/registreren',
  login: '/inloggen',
  account: '/mijn-account',
  password: '/mijn-account/wachtwoord',
  forgotPassword: '/wachtwoord-vergeten',
  resetPassword: '/wachtwoord-herstellen',
} as const;
