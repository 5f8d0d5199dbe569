import type { z } from 'zod';
import type { AreaSummary } from '../../../contracts/areas.ts';
import type { Ballot, BallotReceipt, Participation } from '../../../contracts/budgeting-ballots.ts';
import type { RoundResult } from '../../../contracts/budgeting-results.ts';
import type {
  PhaseChangeSchema,
  Proposal,
  ProposalCreate,
  Review,
  Round,
  RoundCreateSchema,
  RoundImport,
} from '../../../contracts/budgeting.ts';
import type { ApiClient } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

const enc = encodeURIComponent;
const round = (id: string) => `/budget-rounds/${enc(id)}`;

export const budgetApi = {
  rounds: (api: ApiClient, cursor?: string) => api.get<PageOf<Round>>('/budget-rounds', { limit: 20, cursor }),
  round: (api: ApiClient, id: string) => api.get<Round>(round(id)),
  openRound: (api: ApiClient, body: z.input<typeof RoundCreateSchema>) => api.post<Round>('/budget-rounds', body),
  importRound: (api: ApiClient, body: RoundImport) => api.post<Round>('/budget-round-imports', body),
  startPhase: (api: ApiClient, id: string, phase: z.input<typeof PhaseChangeSchema>['phase']) =>
    api.post<Round>(`${round(id)}/phase-changes`, { phase }),

  proposals: (api: ApiClient, id: string, query: { status?: Proposal['status'] }, cursor?: string) =>
    api.get<PageOf<Proposal>>(`${round(id)}/proposals`, { ...query, limit: 100, cursor }),
  propose: (api: ApiClient, id: string, body: ProposalCreate) => api.post<Proposal>(`${round(id)}/proposals`, body),
  review: (api: ApiClient, id: string, proposalId: string, body: Review) =>
    api.put<Proposal>(`${round(id)}/proposals/${enc(proposalId)}/review`, body),
  withdraw: (api: ApiClient, id: string, proposalId: string) =>
    api.delete<void>(`${round(id)}/proposals/${enc(proposalId)}`),

  participation: (api: ApiClient, id: string) => api.get<Participation>(`${round(id)}/participation`),
  cast: (api: ApiClient, id: string, projectIds: string[], confirmAge: boolean) =>
    api.post<BallotReceipt>(`${round(id)}/ballots`, { projectIds, confirmAge }),
  lookUp: (api: ApiClient, id: string, token: string) => api.post<Ballot>(`${round(id)}/ballot-lookups`, { token }),
  change: (api: ApiClient, id: string, token: string, projectIds: string[]) =>
    api.put<Ballot>(`${round(id)}/ballots/current`, { token, projectIds }),
  paper: (api: ApiClient, id: string, body: { projectIds: string[]; location: string }) =>
    api.post<unknown>(`${round(id)}/paper-ballots`, body),

  result: (api: ApiClient, id: string) => api.get<RoundResult>(`${round(id)}/result`),
  requestCount: (api: ApiClient, id: string) => api.post<RoundResult>(`${round(id)}/counts`, {}),
  pabulib: (api: ApiClient, id: string) => api.blob(`${round(id)}/pabulib`),
  countJson: (api: ApiClient, id: string) => api.blob(`${round(id)}/count`),

  /** Districts and neighbourhoods for the round form (the first hundred of each). */
  areas: async (api: ApiClient): Promise<AreaSummary[]> => {
    const [districts, neighbourhoods] = await Promise.all([
      api.get<PageOf<AreaSummary>>('/areas', { kind: 'district', limit: 100 }),
      api.get<PageOf<AreaSummary>>('/areas', { kind: 'neighbourhood', limit: 100 }),
    ]);
    return [...districts.items, ...neighbourhoods.items];
  },
};

/** Every accepted proposal of a round: the projects on the ballot (a round has at most a few hundred). */
export async function ballotProjects(api: ApiClient, id: string): Promise<Proposal[]> {
  const all: Proposal[] = [];
  let cursor: string | undefined;
  do {
    const page = await budgetApi.proposals(api, id, { status: 'accepted' }, cursor);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
