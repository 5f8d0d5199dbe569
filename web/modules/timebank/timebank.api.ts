import type { z } from 'zod';
import type { BalanceSchema, EntrySchema, GiftSchema, TransactionSchema } from '../../../contracts/timebank.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type Balance = z.infer<typeof BalanceSchema>;
export type Entry = z.infer<typeof EntrySchema>;

export const timebankPath = '/tijdbank';

export const timebankApi = {
  balance: (api: ApiClient) => api.get<Balance>('/timebank/balance'),
  entries: (api: ApiClient, cursor?: string) => api.get<PageOf<Entry>>('/timebank/entries', { limit: 20, cursor }),
  gift: (api: ApiClient, body: z.input<typeof GiftSchema>) =>
    api.post<z.infer<typeof TransactionSchema>>('/timebank/gifts', body),
};
