import type { z } from 'zod';
import type {
  ChangePasswordSchema,
  LoginSchema,
  Me,
  PasswordResetConfirmSchema,
  RegisterSchema,
  UpdateProfileSchema,
} from '../../../contracts/accounts.ts';
import type { ApiClient } from '../../app/api-client.ts';

export const EXPORT_FILE_NAME = 'wakkere-stad-mijn-gegevens.json';

export const accountsApi = {
  register: (api: ApiClient, input: z.input<typeof RegisterSchema>) => api.post<Me>('/accounts', input),
  login: (api: ApiClient, input: z.input<typeof LoginSchema>) => api.post<Me>('/sessions', input),
  logout: (api: ApiClient) => api.delete<void>('/sessions/current'),
  updateProfile: (api: ApiClient, changes: z.input<typeof UpdateProfileSchema>) => api.patch<Me>('/me', changes),
  changePassword: (api: ApiClient, input: z.input<typeof ChangePasswordSchema>) => api.put<void>('/me/password', input),
  exportData: (api: ApiClient) => api.blob('/me/export'),
  erase: (api: ApiClient, password: string) => api.delete<void>('/me', { password }),
  requestPasswordReset: (api: ApiClient, email: string) => api.post<{ message: string }>('/password-resets', { email }),
  confirmPasswordReset: (api: ApiClient, input: z.input<typeof PasswordResetConfirmSchema>) =>
    api.post<void>('/password-resets/confirmations', input),
};
