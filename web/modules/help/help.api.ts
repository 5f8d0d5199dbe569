import type { z } from 'zod';
import type {
  HelpContact,
  HelpKind,
  HelpRequest,
  InvitationSchema,
  NewHelpRequestSchema,
  NewOfferSchema,
  NewRecipientSchema,
  OfferSchema,
  ProposalSchema,
  RecipientSchema,
} from '../../../contracts/help.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type Invitation = z.infer<typeof InvitationSchema>;
export type Offer = z.infer<typeof OfferSchema>;
export type Proposal = z.infer<typeof ProposalSchema>;
export type Recipient = z.infer<typeof RecipientSchema>;
export interface AreaOption {
  id: string;
  name: string;
  code: string;
}

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;

export const helpApi = {
  requests: (
    api: ApiClient,
    query: { areaId?: string; kind?: HelpKind | ''; mine?: 'true'; status?: HelpRequest['status'] },
    cursor?: string,
  ) => api.get<PageOf<HelpRequest>>('/help-requests', { ...query, limit: PAGE_SIZE, cursor }),
  request: (api: ApiClient, id: string) => api.get<HelpRequest>(`/help-requests/${enc(id)}`),
  contact: (api: ApiClient, id: string) => api.get<HelpContact>(`/help-requests/${enc(id)}/contact`),
  post: (api: ApiClient, body: z.input<typeof NewHelpRequestSchema>) => api.post<HelpRequest>('/help-requests', body),
  cancel: (api: ApiClient, id: string) => api.post<HelpRequest>(`/help-requests/${enc(id)}/cancellation`, {}),
  close: (api: ApiClient, id: string, body: { helped: 'yes' | 'partly' | 'no'; hours: number; comment?: string }) =>
    api.post<HelpRequest>(`/help-requests/${enc(id)}/closing`, body),
  proposals: (api: ApiClient, id: string) =>
    api.get<{ items: Proposal[]; notProposed: Array<{ code: string; count: number }> }>(
      `/help-requests/${enc(id)}/proposals`,
    ),
  invite: (api: ApiClient, id: string, helperId: string) =>
    api.post<Invitation>(`/help-requests/${enc(id)}/invitations`, { helperId }),
  invitations: (api: ApiClient, status: Invitation['status'] | '', cursor?: string) =>
    api.get<PageOf<Invitation>>('/help-invitations', { status, limit: PAGE_SIZE, cursor }),
  answer: (api: ApiClient, id: string, answer: 'accept' | 'decline') =>
    api.post<Invitation>(`/help-invitations/${enc(id)}/answer`, { answer }),
  myOffers: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<Offer>>('/help-offers', { mine: 'true', limit: PAGE_SIZE, cursor }),
  offer: (api: ApiClient, body: z.input<typeof NewOfferSchema>) => api.post<Offer>('/help-offers', body),
  removeOffer: (api: ApiClient, id: string) => api.delete<void>(`/help-offers/${enc(id)}`),
  worklist: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<HelpRequest>>('/help-worklist', { limit: PAGE_SIZE, cursor }),
  recipients: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<Recipient>>('/help-recipients', { limit: PAGE_SIZE, cursor }),
  addRecipient: (api: ApiClient, body: z.input<typeof NewRecipientSchema>) =>
    api.post<Recipient>('/help-recipients', body),
  recordVog: (
    api: ApiClient,
    accountId: string,
    body: { status: 'valid' | 'revoked'; issuedOn: string; expiresOn: string },
  ) => api.put<unknown>(`/help-vog/${enc(accountId)}`, body),
  linkGuardian: (api: ApiClient, body: { guardianId: string; wardRecipientId: string; relation: string }) =>
    api.post<unknown>('/help-guardians', body),
  report: (api: ApiClient, body: { accountId: string; requestId: string; reason: string }) =>
    api.post<unknown>('/help-reports', body),
  block: (api: ApiClient, accountId: string) => api.post<unknown>('/help-blocks', { accountId }),
  neighbourhoods: (api: ApiClient) => api.get<PageOf<AreaOption>>('/areas', { kind: 'neighbourhood', limit: 100 }),
};
