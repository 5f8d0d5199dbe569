import type { HelpKind, HelpRequest, HelpWhen, Slot } from '../../../contracts/help.ts';
import type { Caller } from '../../http/auth.ts';
import type { Reason } from './matching/matching.ts';
import type { HelpInvitationsTable, HelpRequestsTable } from './help.tables.ts';
import type { OfferRow } from './offers/offers.repository.ts';

/** The public face of a request: never a name, address or phone number, never who asked. */
export function presentRequest(row: HelpRequestsTable, caller: Caller): HelpRequest {
  const mine = row.contact_id === caller.accountId || row.requester_id === caller.accountId;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    areaId: row.area_id,
    when: JSON.parse(row.when_json) as HelpWhen,
    urgency: row.urgency,
    vulnerable: row.vulnerable === 1,
    estimatedHours: row.estimated_minutes / 60,
    status: row.status,
    onBehalf: row.recipient_id !== null,
    mine,
    helpingMe: row.helper_id === caller.accountId,
    helperId: mine || row.helper_id === caller.accountId ? row.helper_id : null,
    escalatedAt: row.escalated_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    helped: row.helped,
  };
}

export function presentOffer(row: OfferRow, helperName: string) {
  return {
    id: row.id,
    helperId: row.helper_id,
    helperName,
    kinds: JSON.parse(row.kinds_json) as HelpKind[],
    description: row.description,
    areaIds: row.areaIds,
    availability: JSON.parse(row.availability_json) as Slot[],
    maxPerWeek: row.max_per_week,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export function presentInvitation(row: HelpInvitationsTable, request: HelpRequestsTable, caller: Caller) {
  return {
    id: row.id,
    requestId: row.request_id,
    helperId: row.helper_id,
    status: row.status,
    score: row.score,
    reasons: JSON.parse(row.reasons_json) as Reason[],
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    request: presentRequest(request, caller),
  };
}
