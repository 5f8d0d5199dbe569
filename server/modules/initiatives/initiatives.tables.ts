import type { Domain, InitiativeStatus, MemberRole, MemberStatus } from '../../../contracts/initiatives.ts';
import type { NeedKind, PledgeStatus } from '../../../contracts/initiatives-needs.ts';
import type { SignUpStatus } from '../../../contracts/initiatives-activities.ts';
import type {
  OrganisationKind,
  OrganisationRole,
  PartnerStatus,
} from '../../../contracts/initiatives-organisations.ts';
import type { ReportReason, ReportStatus } from '../../../contracts/initiatives-moderation.ts';

/** Moderation columns shared by everything a civil servant can hide (kept, never deleted). */
export interface Hideable {
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
}

export interface InitiativesTable extends Hideable {
  id: string;
  title: string;
  summary: string;
  description: string;
  domain: Domain;
  status: InitiativeStatus;
  stop_reason: string | null;
  /** The first neighbourhood given; the activity log files the initiative's events under it. */
  primary_area_id: string;
  created_by: string;
  /** 1 when a professional registered it for residents who are not online. */
  registered_on_behalf: number;
  support_count: number;
  created_at: string;
  updated_at: string;
}

export interface InitiativeAreasTable {
  initiative_id: string;
  area_id: string;
}

/** Folded words of titles and descriptions, for an indexed prefix search on both dialects. */
export interface InitiativeSearchTermsTable {
  subject_type: 'initiative' | 'organisation';
  term: string;
  subject_id: string;
}

export interface InitiativeStatusChangesTable {
  id: string;
  initiative_id: string;
  from_status: InitiativeStatus | null;
  to_status: InitiativeStatus;
  reason: string | null;
  changed_by: string;
  changed_at: string;
}

export interface InitiativeMembersTable {
  id: string;
  initiative_id: string;
  /** Null for a resident without an account, added by an organiser by name only. */
  account_id: string | null;
  offline_name: string | null;
  role: MemberRole;
  status: MemberStatus;
  message: string | null;
  /** What the member chose to share with fellow members (phone, email); never public. */
  contact: string | null;
  added_by: string | null;
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface InitiativeNeedsTable extends Hideable {
  id: string;
  initiative_id: string;
  kind: NeedKind;
  title: string;
  description: string;
  unit: string | null;
  /** People, items or cents, depending on the kind; 1 for space, permit and expertise. */
  quantity_needed: number;
  quantity_pledged: number;
  quantity_delivered: number;
  starts_at: string | null;
  ends_at: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
}

export interface PledgesTable {
  id: string;
  need_id: string;
  initiative_id: string;
  account_id: string;
  organisation_id: string | null;
  quantity: number;
  hours: number | null;
  note: string | null;
  status: PledgeStatus;
  created_at: string;
  delivered_at: string | null;
  delivered_by: string | null;
  withdrawn_at: string | null;
}

export interface InitiativeUpdatesTable extends Hideable {
  id: string;
  initiative_id: string;
  author_id: string;
  title: string;
  body: string;
  created_at: string;
}

export interface InitiativeActivitiesTable extends Hideable {
  id: string;
  initiative_id: string;
  title: string;
  description: string;
  place: string;
  starts_at: string;
  ends_at: string | null;
  capacity: number;
  /** Confirmed sign-ups; changed only while the activity row is locked. */
  seats_taken: number;
  cancelled_at: string | null;
  created_by: string;
  created_at: string;
}

export interface ActivitySignUpsTable {
  id: string;
  activity_id: string;
  account_id: string;
  status: SignUpStatus;
  /** Waiting-list order: set when the resident (re)joins. */
  queued_at: string;
  created_at: string;
  cancelled_at: string | null;
  attended: number | null;
  attendance_recorded_at: string | null;
  attendance_recorded_by: string | null;
}

export interface OrganisationsTable extends Hideable {
  id: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  area_id: string | null;
  created_by: string;
  created_at: string;
}

export interface OrganisationMembersTable {
  id: string;
  organisation_id: string;
  account_id: string;
  role: OrganisationRole;
  status: MemberStatus;
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface InitiativePartnersTable {
  initiative_id: string;
  organisation_id: string;
  status: PartnerStatus;
  proposed_by: string;
  proposed_at: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export interface InitiativeSupportsTable {
  initiative_id: string;
  account_id: string;
  /** The neighbourhood the supporter is verified for. */
  area_id: string;
  created_at: string;
}

/** Created once, when support first reaches the threshold: the municipality owes a public response. */
export interface ResponseDutiesTable {
  initiative_id: string;
  area_id: string;
  reached_at: string;
  due_at: string;
  department: string | null;
  responsible_account_id: string | null;
  assigned_at: string | null;
  response_text: string | null;
  responded_at: string | null;
  responded_by: string | null;
  late: number | null;
}

export interface ContentReportsTable {
  id: string;
  subject_type: string;
  subject_id: string;
  reporter_id: string;
  reason: ReportReason;
  explanation: string;
  status: ReportStatus;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface InitiativesTables {
  initiatives: InitiativesTable;
  initiative_areas: InitiativeAreasTable;
  initiative_search_terms: InitiativeSearchTermsTable;
  initiative_status_changes: InitiativeStatusChangesTable;
  initiative_members: InitiativeMembersTable;
  initiative_needs: InitiativeNeedsTable;
  initiative_pledges: PledgesTable;
  initiative_updates: InitiativeUpdatesTable;
  initiative_activities: InitiativeActivitiesTable;
  initiative_sign_ups: ActivitySignUpsTable;
  organisations: OrganisationsTable;
  organisation_members: OrganisationMembersTable;
  initiative_partners: InitiativePartnersTable;
  initiative_supports: InitiativeSupportsTable;
  initiative_response_duties: ResponseDutiesTable;
  initiative_reports: ContentReportsTable;
}
