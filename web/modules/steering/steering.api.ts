import type { z } from 'zod';
import type { AreaSummary } from '../../../contracts/areas.ts';
import type { Initiative, InitiativeSummary } from '../../../contracts/initiatives.ts';
import type { OrganisationSummarySchema, PartnerSchema } from '../../../contracts/initiatives-organisations.ts';
import type {
  AdviceSummarySchema,
  AdviceTimelineEntrySchema,
  AnswerResponseSchema,
  AssessChallengeSchema,
  Challenge,
  ChallengeCriteriaSchema,
  ChangeProvider,
  CreateChallenge,
  CreateDecision,
  CreateIncidentSchema,
  CreateMilestoneSchema,
  CreatePublicTaskSchema,
  CreateResponseSchema,
  DecideChallengeSchema,
  Grant,
  GrantClawbackSchema,
  GrantPaymentSchema,
  GrantReportSchema,
  IncidentSchema,
  Milestone,
  ProviderChangeSchema,
  PublicTask,
  RecordMilestoneSchema,
  SteeringAdvice,
  SteeringDecision,
  SteeringPicture,
  SteeringResponse,
  SteeringSettings,
  SteeringThresholds,
  SteeringWorklistItemSchema,
  SubjectType,
  UpdatePublicTask,
  WithdrawChallengeSchema,
} from '../../../contracts/steering.ts';
import type { ApiClient, Query } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type { Challenge, Grant, Milestone, PublicTask, SteeringAdvice, SteeringDecision, SteeringPicture };
export type { SteeringResponse, SteeringSettings, SteeringThresholds };
export type AdviceSummary = z.infer<typeof AdviceSummarySchema>;
export type AdviceTimelineEntry = z.infer<typeof AdviceTimelineEntrySchema>;
export type ProviderChange = z.infer<typeof ProviderChangeSchema>;
export type Incident = z.infer<typeof IncidentSchema>;
export type ChallengeCriteria = z.infer<typeof ChallengeCriteriaSchema>;
export type WorklistItem = z.infer<typeof SteeringWorklistItemSchema>;
export type Partnership = z.infer<typeof PartnerSchema>;
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;
const task = (id: string) => `/public-tasks/${enc(id)}`;
const advice = (type: SubjectType, id: string) => `/steering/advice/${enc(type)}/${enc(id)}`;
const decision = (id: string) => `/steering/decisions/${enc(id)}`;
const grant = (id: string) => `/steering/grants/${enc(id)}`;
const challenge = (id: string) => `/challenges/${enc(id)}`;

/** Every address of the steering API in one place (the `*.routes.ts` files under server/modules/steering). */
export const steeringApi = {
  tasks: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<PublicTask>>('/public-tasks', { ...query, limit: PAGE_SIZE, cursor }),
  task: (api: ApiClient, id: string) => api.get<PublicTask>(task(id)),
  createTask: (api: ApiClient, body: z.input<typeof CreatePublicTaskSchema>) =>
    api.post<PublicTask>('/public-tasks', body),
  updateTask: (api: ApiClient, id: string, body: UpdatePublicTask) => api.patch<PublicTask>(task(id), body),
  providerHistory: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<ProviderChange>>(`${task(id)}/provider-changes`, { limit: PAGE_SIZE, cursor }),
  changeProvider: (api: ApiClient, id: string, body: ChangeProvider) =>
    api.post<PublicTask>(`${task(id)}/provider-changes`, body),

  settings: (api: ApiClient) => api.get<SteeringSettings>('/steering/thresholds'),
  saveThresholds: (api: ApiClient, body: SteeringThresholds) => api.put<SteeringSettings>('/steering/thresholds', body),

  adviceList: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<AdviceSummary>>('/steering/advice', { ...query, limit: PAGE_SIZE, cursor }),
  advice: (api: ApiClient, type: SubjectType, id: string) => api.get<SteeringAdvice>(advice(type, id)),
  timeline: (api: ApiClient, type: SubjectType, id: string, cursor?: string) =>
    api.get<PageOf<AdviceTimelineEntry>>(`${advice(type, id)}/timeline`, { limit: PAGE_SIZE, cursor }),

  decisions: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<SteeringDecision>>('/steering/decisions', { ...query, limit: PAGE_SIZE, cursor }),
  decision: (api: ApiClient, id: string) => api.get<SteeringDecision>(decision(id)),
  decide: (api: ApiClient, body: CreateDecision) => api.post<SteeringDecision>('/steering/decisions', body),

  responses: (api: ApiClient, decisionId: string, cursor?: string) =>
    api.get<PageOf<SteeringResponse>>(`${decision(decisionId)}/responses`, { limit: PAGE_SIZE, cursor }),
  respond: (api: ApiClient, decisionId: string, body: z.input<typeof CreateResponseSchema>) =>
    api.post<SteeringResponse>(`${decision(decisionId)}/responses`, body),
  answer: (api: ApiClient, responseId: string, body: z.input<typeof AnswerResponseSchema>) =>
    api.put<SteeringResponse>(`/steering/responses/${enc(responseId)}/answer`, body),

  milestones: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<Milestone>>('/steering/milestones', { ...query, limit: 100, cursor }),
  addMilestone: (api: ApiClient, body: z.input<typeof CreateMilestoneSchema>) =>
    api.post<Milestone>('/steering/milestones', body),
  recordMilestone: (api: ApiClient, id: string, body: z.input<typeof RecordMilestoneSchema>) =>
    api.patch<Milestone>(`/steering/milestones/${enc(id)}`, body),

  incidents: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<Incident>>('/steering/incidents', { ...query, limit: PAGE_SIZE, cursor }),
  reportIncident: (api: ApiClient, body: z.input<typeof CreateIncidentSchema>) =>
    api.post<Incident>('/steering/incidents', body),

  grant: (api: ApiClient, id: string) => api.get<Grant>(grant(id)),
  pay: (api: ApiClient, id: string, body: z.input<typeof GrantPaymentSchema>) =>
    api.post<Grant>(`${grant(id)}/payments`, body),
  report: (api: ApiClient, id: string, body: z.input<typeof GrantReportSchema>) =>
    api.put<Grant>(`${grant(id)}/report`, body),
  clawBack: (api: ApiClient, id: string, body: z.input<typeof GrantClawbackSchema>) =>
    api.put<Grant>(`${grant(id)}/clawback`, body),

  criteria: (api: ApiClient) => api.get<ChallengeCriteria>('/challenges/criteria'),
  challenges: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<Challenge>>('/challenges', { ...query, limit: PAGE_SIZE, cursor }),
  challenge: (api: ApiClient, id: string) => api.get<Challenge>(challenge(id)),
  submitChallenge: (api: ApiClient, body: CreateChallenge) => api.post<Challenge>('/challenges', body),
  assess: (api: ApiClient, id: string, body: z.input<typeof AssessChallengeSchema>) =>
    api.put<Challenge>(`${challenge(id)}/assessment`, body),
  decideChallenge: (api: ApiClient, id: string, body: z.input<typeof DecideChallengeSchema>) =>
    api.put<Challenge>(`${challenge(id)}/decision`, body),
  withdrawChallenge: (api: ApiClient, id: string, body: z.input<typeof WithdrawChallengeSchema>) =>
    api.put<Challenge>(`${challenge(id)}/withdrawal`, body),

  worklist: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<WorklistItem>>('/steering/worklist', { ...query, limit: PAGE_SIZE, cursor }),
  picture: (api: ApiClient, areaId: string) => api.get<SteeringPicture>(`/steering/pictures/${enc(areaId)}`),

  /** The initiatives I am a member of, with what I may do in each (a handful per person). */
  async myInitiatives(api: ApiClient): Promise<Initiative[]> {
    const page = await api.get<PageOf<InitiativeSummary>>('/initiatives', { mine: 'true', limit: 100 });
    return Promise.all(page.items.map((item) => api.get<Initiative>(`/initiatives/${enc(item.id)}`)));
  },
  initiative: (api: ApiClient, id: string) => api.get<Initiative>(`/initiatives/${enc(id)}`),
  /** Initiatives in an area (and the areas inside it), to name who provides a task. */
  initiativesIn: async (api: ApiClient, areaId: string) =>
    (await api.get<PageOf<InitiativeSummary>>('/initiatives', { areaId, limit: 100 })).items,
  organisations: async (api: ApiClient) =>
    (await api.get<PageOf<OrganisationSummary>>('/organisations', { limit: 100 })).items,
  partnerships: (api: ApiClient, initiativeId: string) =>
    api.get<PageOf<Partnership>>(`/initiatives/${enc(initiativeId)}/partnerships`, { limit: 100 }),

  /** The municipality, its districts and neighbourhoods (bounded: a few hundred), for area choices. */
  async areas(api: ApiClient): Promise<AreaSummary[]> {
    const items: AreaSummary[] = [];
    for (const kind of ['municipality', 'district', 'neighbourhood'] as const) {
      let cursor: string | undefined;
      do {
        const page = await api.get<PageOf<AreaSummary>>('/areas', { kind, limit: 100, cursor });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && items.length < 5_000);
    }
    return items;
  },
};
