import type { z } from 'zod';
import type {
  Activity,
  CreateActivitySchema,
  SignUpSchema,
  UpdateSchema,
} from '../../../contracts/initiatives-activities.ts';
import type { Member } from '../../../contracts/initiatives-members.ts';
import type { QueuedReport, ReportSchema } from '../../../contracts/initiatives-moderation.ts';
import type { CreateNeed, CreatePledge, Need, OpenNeedSchema, Pledge } from '../../../contracts/initiatives-needs.ts';
import type {
  CreateOrganisationSchema,
  Organisation,
  OrganisationSummarySchema,
  PartnerSchema,
} from '../../../contracts/initiatives-organisations.ts';
import type {
  DepartmentStatisticsSchema,
  SupportSchema,
  WorklistItemSchema,
} from '../../../contracts/initiatives-support.ts';
import type {
  AreaCountSchema,
  CreateInitiativeSchema,
  Initiative,
  InitiativeSummary,
  StatusChangeSchema,
  UpdateInitiativeSchema,
} from '../../../contracts/initiatives.ts';
import type { ApiClient, Query } from '../../app/api-client.ts';
import type { PageOf } from '../../lib/use-paged-list.ts';

export type { Activity, Initiative, InitiativeSummary, Member, Need, Organisation, Pledge };
export type StatusChange = z.infer<typeof StatusChangeSchema>;
export type Update = z.infer<typeof UpdateSchema>;
export type SignUp = z.infer<typeof SignUpSchema>;
export type OpenNeed = z.infer<typeof OpenNeedSchema>;
export type Partnership = z.infer<typeof PartnerSchema>;
export type OrganisationSummary = z.infer<typeof OrganisationSummarySchema>;
export type WorklistItem = z.infer<typeof WorklistItemSchema>;
export type DepartmentStatistics = z.infer<typeof DepartmentStatisticsSchema>;
export type SupportState = z.infer<typeof SupportSchema>;
export type AreaCount = z.infer<typeof AreaCountSchema>;
export type Report = z.infer<typeof ReportSchema>;

export const PAGE_SIZE = 20;
const enc = encodeURIComponent;
const base = (id: string) => `/initiatives/${enc(id)}`;

export const initiativesApi = {
  list: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<InitiativeSummary>>('/initiatives', { ...query, limit: PAGE_SIZE, cursor }),
  get: (api: ApiClient, id: string) => api.get<Initiative>(base(id)),
  create: (api: ApiClient, body: z.input<typeof CreateInitiativeSchema>) => api.post<Initiative>('/initiatives', body),
  update: (api: ApiClient, id: string, body: z.input<typeof UpdateInitiativeSchema>) =>
    api.patch<Initiative>(base(id), body),
  changeStatus: (api: ApiClient, id: string, body: { status: Initiative['status']; reason?: string }) =>
    api.post<Initiative>(`${base(id)}/status-changes`, body),
  history: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<StatusChange>>(`${base(id)}/status-changes`, { limit: PAGE_SIZE, cursor }),
  areaCounts: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<AreaCount>>('/initiative-area-counts', { limit: 100, cursor }),

  members: (api: ApiClient, id: string, status: Member['status'], cursor?: string) =>
    api.get<PageOf<Member>>(`${base(id)}/members`, { status, limit: PAGE_SIZE, cursor }),
  join: (api: ApiClient, id: string, body: { message?: string; contact?: string }) =>
    api.post<Member>(`${base(id)}/members`, body),
  changeMember: (
    api: ApiClient,
    id: string,
    memberId: string,
    body: { status?: 'active' | 'declined'; role?: Member['role']; contact?: string | null },
  ) => api.patch<Member>(`${base(id)}/members/${enc(memberId)}`, body),
  removeMember: (api: ApiClient, id: string, memberId: string) =>
    api.delete<void>(`${base(id)}/members/${enc(memberId)}`),
  addOffline: (api: ApiClient, id: string, body: { name: string; role: Member['role'] }) =>
    api.post<Member>(`${base(id)}/offline-members`, body),

  needs: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<Need>>(`${base(id)}/needs`, { limit: PAGE_SIZE, cursor }),
  createNeed: (api: ApiClient, id: string, body: CreateNeed) => api.post<Need>(`${base(id)}/needs`, body),
  closeNeed: (api: ApiClient, id: string, needId: string) =>
    api.patch<Need>(`${base(id)}/needs/${enc(needId)}`, { closed: true }),
  pledge: (api: ApiClient, id: string, needId: string, body: CreatePledge) =>
    api.post<Pledge>(`${base(id)}/needs/${enc(needId)}/pledges`, body),
  pledges: (api: ApiClient, id: string, needId: string, cursor?: string) =>
    api.get<PageOf<Pledge>>(`${base(id)}/needs/${enc(needId)}/pledges`, { limit: PAGE_SIZE, cursor }),
  deliver: (api: ApiClient, id: string, pledgeId: string) =>
    api.post<Pledge>(`${base(id)}/pledges/${enc(pledgeId)}/delivery`),
  withdraw: (api: ApiClient, id: string, pledgeId: string) => api.delete<void>(`${base(id)}/pledges/${enc(pledgeId)}`),
  openNeeds: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<OpenNeed>>('/open-needs', { ...query, limit: PAGE_SIZE, cursor }),

  updates: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<Update>>(`${base(id)}/updates`, { limit: PAGE_SIZE, cursor }),
  publishUpdate: (api: ApiClient, id: string, body: { title: string; body: string }) =>
    api.post<Update>(`${base(id)}/updates`, body),
  activities: (api: ApiClient, id: string, when: 'upcoming' | 'past', cursor?: string) =>
    api.get<PageOf<Activity>>(`${base(id)}/activities`, { when, limit: PAGE_SIZE, cursor }),
  planActivity: (api: ApiClient, id: string, body: z.input<typeof CreateActivitySchema>) =>
    api.post<Activity>(`${base(id)}/activities`, body),
  cancelActivity: (api: ApiClient, id: string, activityId: string) =>
    api.patch<Activity>(`${base(id)}/activities/${enc(activityId)}`, { cancelled: true }),
  signUp: (api: ApiClient, id: string, activityId: string) =>
    api.post<SignUp>(`${base(id)}/activities/${enc(activityId)}/sign-ups`),
  cancelSignUp: (api: ApiClient, id: string, activityId: string, signUpId: string) =>
    api.delete<void>(`${base(id)}/activities/${enc(activityId)}/sign-ups/${enc(signUpId)}`),
  signUps: (api: ApiClient, id: string, activityId: string, cursor?: string) =>
    api.get<PageOf<SignUp>>(`${base(id)}/activities/${enc(activityId)}/sign-ups`, { limit: PAGE_SIZE, cursor }),
  attendance: (api: ApiClient, id: string, activityId: string, signUpId: string, attended: boolean) =>
    api.put<SignUp>(`${base(id)}/activities/${enc(activityId)}/sign-ups/${enc(signUpId)}/attendance`, { attended }),

  support: (api: ApiClient, id: string) => api.post<SupportState>(`${base(id)}/supports`),
  withdrawSupport: (api: ApiClient, id: string) => api.delete<void>(`${base(id)}/supports/mine`),
  claimDuty: (api: ApiClient, id: string, department: string) =>
    api.put<Initiative>(`${base(id)}/response-duty`, { department }),
  respond: (api: ApiClient, id: string, body: { text: string; department?: string }) =>
    api.post<Initiative>(`${base(id)}/municipal-response`, body),
  worklist: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<WorklistItem>>('/response-worklist', { ...query, limit: PAGE_SIZE, cursor }),
  statistics: (api: ApiClient, cursor?: string) =>
    api.get<PageOf<DepartmentStatistics>>('/response-statistics', { limit: PAGE_SIZE, cursor }),

  partnerships: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<Partnership>>(`${base(id)}/partnerships`, { limit: PAGE_SIZE, cursor }),
  organisations: (api: ApiClient, query: Query, cursor?: string) =>
    api.get<PageOf<OrganisationSummary>>('/organisations', { ...query, limit: PAGE_SIZE, cursor }),
  organisation: (api: ApiClient, id: string) => api.get<Organisation>(`/organisations/${enc(id)}`),
  createOrganisation: (api: ApiClient, body: z.input<typeof CreateOrganisationSchema>) =>
    api.post<Organisation>('/organisations', body),
  joinOrganisation: (api: ApiClient, id: string) => api.post<unknown>(`/organisations/${enc(id)}/members`),
  organisationPartnerships: (api: ApiClient, id: string, cursor?: string) =>
    api.get<PageOf<Partnership>>(`/organisations/${enc(id)}/partnerships`, { limit: PAGE_SIZE, cursor }),
  proposePartnership: (api: ApiClient, id: string, organisationId: string) =>
    api.post<Partnership>(`${base(id)}/partnerships`, { organisationId }),

  report: (
    api: ApiClient,
    body: { subjectType: Report['subjectType']; subjectId: string; reason: Report['reason']; explanation?: string },
  ) => api.post<Report>('/content-reports', body),
  reports: (api: ApiClient, status: Report['status'], cursor?: string) =>
    api.get<PageOf<QueuedReport>>('/content-reports', { status, limit: PAGE_SIZE, cursor }),
  resolveReport: (api: ApiClient, reportId: string, body: { action: 'hide' | 'dismiss'; reason: string }) =>
    api.post<Report>(`/content-reports/${enc(reportId)}/resolution`, body),
  setHidden: (
    api: ApiClient,
    subjectType: Report['subjectType'],
    subjectId: string,
    body: { hidden: boolean; reason: string },
  ) => api.put<unknown>(`/moderation/${enc(subjectType)}/${enc(subjectId)}`, body),
};
