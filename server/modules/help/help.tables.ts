import type { HelpKind, RequestStatus } from '../../../contracts/help.ts';

/** A resident who is not online, kept by the professional who posts for them. All fields private. */
export interface HelpRecipientsTable {
  id: string;
  area_id: string;
  name: string;
  address: string | null;
  phone: string | null;
  vulnerable: number;
  professional_id: string;
  created_at: string;
}

export interface HelpRequestsTable {
  id: string;
  kind: HelpKind;
  title: string;
  description: string;
  area_id: string;
  when_json: string;
  /** The date of a once request, or the day a recurring one was posted (VOG validity is checked against it). */
  needed_on: string;
  urgency: 'low' | 'normal' | 'high';
  vulnerable: number;
  estimated_minutes: number;
  /** The resident who asked, when they have an account. */
  requester_id: string | null;
  /** The resident who is not online, when a professional posted for them. */
  recipient_id: string | null;
  /** Who the helper deals with: the requester, or the professional who stays their contact. */
  contact_id: string;
  status: RequestStatus;
  /** The helper who accepted; only they get the private details. */
  helper_id: string | null;
  escalated_at: string | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  helped: 'yes' | 'partly' | 'no' | null;
  close_comment: string | null;
}

export interface HelpRequestPrivateTable {
  request_id: string;
  address: string | null;
  phone: string | null;
}

export interface HelpOffersTable {
  id: string;
  helper_id: string;
  kinds_json: string;
  description: string;
  availability_json: string;
  max_per_week: number;
  active: number;
  created_at: string;
}

export interface HelpOfferAreasTable {
  offer_id: string;
  area_id: string;
}

export interface HelpInvitationsTable {
  id: string;
  request_id: string;
  helper_id: string;
  invited_by: string;
  status: 'pending' | 'accepted' | 'declined' | 'withdrawn';
  score: number;
  reasons_json: string;
  created_at: string;
  answered_at: string | null;
}

export interface HelpVogTable {
  account_id: string;
  status: 'valid' | 'revoked';
  issued_on: string;
  expires_on: string;
  recorded_by: string;
  recorded_at: string;
}

export interface HelpGuardiansTable {
  id: string;
  guardian_id: string;
  ward_account_id: string | null;
  ward_recipient_id: string | null;
  relation: string;
  created_by: string;
  created_at: string;
}

export interface HelpBlocksTable {
  blocker_id: string;
  blocked_id: string;
  created_at: string;
}

export interface HelpReportsTable {
  id: string;
  reporter_id: string;
  account_id: string;
  request_id: string | null;
  area_id: string | null;
  reason: string;
  created_at: string;
}

export interface HelpTables {
  help_recipients: HelpRecipientsTable;
  help_requests: HelpRequestsTable;
  help_request_private: HelpRequestPrivateTable;
  help_offers: HelpOffersTable;
  help_offer_areas: HelpOfferAreasTable;
  help_invitations: HelpInvitationsTable;
  help_vog: HelpVogTable;
  help_guardians: HelpGuardiansTable;
  help_blocks: HelpBlocksTable;
  help_reports: HelpReportsTable;
}
