import type { z } from 'zod';
import type {
  ChangePasswordSchema,
  LoginSchema,
  Me,
  PasswordResetConfirmSchema,
  RegisterSchema,
  UpdateProfileSchema,
} from '../../../contracts/accounts.ts';
import type { LinkedIdentity, LoginProvider } from '../../../contracts/login-providers.ts';
import { API_BASE, toQueryString, type ApiClient } from '../../app/api-client.ts';

export const EXPORT_FILE_NAME = 'wakkere-stad-mijn-gegevens.json';

export const accountsApi = {
  register: (api: ApiClient, input: z.input<typeof RegisterSchema>) => api.post<Me>('/accounts', input),
  login: (api: ApiClient, input: z.input<typeof LoginSchema>) => api.post<Me>('/sessions', input),
  logout: (api: ApiClient) => api.delete<void>('/sessions/current'),
  updateProfile: (api: ApiClient, changes: z.input<typeof UpdateProfileSchema>) => api.patch<Me>('/me', changes),
  changePassword: (api: ApiClient, input: z.input<typeof ChangePasswordSchema>) => api.put<void>('/me/password', input),
  exportData: (api: ApiClient) => api.blob('/me/export'),
  erase: (api: ApiClient, password: string | undefined) =>
    api.delete<void>('/me', password === undefined ? {} : { password }),
  requestPasswordReset: (api: ApiClient, email: string) => api.post<{ message: string }>('/password-resets', { email }),
  loginProviders: (api: ApiClient) => api.get<{ items: LoginProvider[] }>('/login-providers'),
  /** A plain link: the browser goes to the provider and comes back to the web app. */
  providerLoginUrl: (providerId: string, query: { returnTo?: string; locale?: string }) =>
    `${API_BASE}/login-providers/${encodeURIComponent(providerId)}/authorization${toQueryString(query)}`,
  startLink: (api: ApiClient, providerId: string) =>
    api.post<{ authorizationUrl: string }>('/me/identity-link-requests', { providerId }),
  linkedIdentities: (api: ApiClient) => api.get<{ items: LinkedIdentity[] }>('/me/linked-identities'),
  unlink: (api: ApiClient, identityId: string) =>
    api.delete<void>(`/me/linked-identities/${encodeURIComponent(identityId)}`),
  confirmPasswordReset: (api: ApiClient, input: z.input<typeof PasswordResetConfirmSchema>) =>
    api.post<void>('/password-resets/confirmations', input),
};
