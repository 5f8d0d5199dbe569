import type { PartnerStatus } from '../../../../contracts/initiatives-organisations.ts';
import type { Caller } from '../../../http/auth.ts';
import { decodeCursor, toPage } from '../../../http/pagination.ts';
import { conflict, forbidden, notFound } from '../../../http/problem.ts';
import type { InitiativesDeps } from '../initiatives.deps.ts';
import { createInitiativeLoader } from '../initiative-loader.ts';
import { createNotifier } from '../notifier.ts';
import { createMembersRepository } from '../members/members.repository.ts';
import { createOrganisationsRepository } from './organisations.repository.ts';
import type { OrganisationsService } from './organisations.service.ts';

type PartnerRow = Awaited<ReturnType<ReturnType<typeof createOrganisationsRepository>['listPartners']>>[number];

function presentPartner(row: PartnerRow) {
  return {
    initiativeId: row.initiative_id,
    initiativeTitle: row.title,
    initiativeStatus: row.initiative_status,
    domain: row.domain,
    organisation: { id: row.organisation_id, name: row.name, kind: row.kind },
    status: row.status,
    proposedAt: row.proposed_at,
    confirmedAt: row.confirmed_at,
  };
}

/** Organisations partner in initiatives: one side proposes, the other confirms; either side can end it. */
export function createPartnersService(deps: InitiativesDeps, organisations: OrganisationsService) {
  const { db, clock } = deps;
  const loadInitiative = createInitiativeLoader(deps);
  const notify = createNotifier(deps);

  async function sides(caller: Caller, initiativeId: string, organisationId: string) {
    const { initiative, viewer } = await loadInitiative(caller, initiativeId);
    const organisation = await organisations.load(caller, organisationId);
    return {
      initiative,
      organisation: organisation.organisation,
      asInitiative: viewer.isOrganiser,
      asOrganisation: organisation.viewer.isAdmin,
    };
  }

  async function find(initiativeId: string, organisationId: string) {
    const row = await createOrganisationsRepository(db).findPartnerView(initiativeId, organisationId);
    if (!row) throw notFound('The partnership');
    return presentPartner(row);
  }

  return {
    async listForInitiative(
      caller: Caller | null,
      initiativeId: string,
      query: { status?: PartnerStatus | undefined; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await loadInitiative(caller, initiativeId);
      if (query.status && query.status !== 'confirmed' && !viewer.isOrganiser)
        throw forbidden('Only organisers see proposed and ended partnerships.');
      const rows = await createOrganisationsRepository(db).listPartners(
        { initiativeId },
        [query.status ?? 'confirmed'],
        query.limit,
        decodeCursor(query.cursor),
      );
      return toPage(rows, query.limit, (row) => ({ sort: row.proposed_at, id: row.organisation_id }), presentPartner);
    },

    async listForOrganisation(
      caller: Caller | null,
      organisationId: string,
      query: { status?: PartnerStatus | undefined; limit: number; cursor?: string | undefined },
    ) {
      const { viewer } = await organisations.load(caller, organisationId);
      if (query.status && query.status !== 'confirmed' && !viewer.isAdmin)
        throw forbidden('Only the organisation’s administrators see proposed and ended partnerships.');
      const rows = await createOrganisationsRepository(db).listPartners(
        { organisationId },
        [query.status ?? 'confirmed'],
        query.limit,
        decodeCursor(query.cursor),
      );
      return toPage(rows, query.limit, (row) => ({ sort: row.proposed_at, id: row.initiative_id }), presentPartner);
    },

    /** An initiative's organiser or an organisation's administrator proposes; someone who is both confirms at once. */
    async propose(caller: Caller, initiativeId: string, organisationId: string) {
      const { initiative, organisation, asInitiative, asOrganisation } = await sides(
        caller,
        initiativeId,
        organisationId,
      );
      if (!asInitiative && !asOrganisation)
        throw forbidden(
          'Only the initiative’s organisers or the organisation’s administrators can propose a partnership.',
        );
      const repo = createOrganisationsRepository(db);
      const existing = await repo.findPartner(initiative.id, organisation.id);
      if (existing?.status === 'confirmed') throw conflict('They are already partners.', 'already-partners');
      const proposedBy: PartnerStatus = asInitiative ? 'proposed_by_initiative' : 'proposed_by_organisation';
      const otherSideProposed = existing && existing.status !== 'ended' && existing.status !== proposedBy;
      if (existing?.status === proposedBy && !(asInitiative && asOrganisation))
        throw conflict('This partnership is already proposed.', 'already-proposed');
      const confirm = (asInitiative && asOrganisation) || otherSideProposed === true;
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const tx = createOrganisationsRepository(trx);
        const fields = confirm
          ? { status: 'confirmed' as const, confirmed_at: nowIso, confirmed_by: caller.accountId }
          : {
              status: proposedBy,
              proposed_by: caller.accountId,
              proposed_at: nowIso,
              confirmed_at: null,
              confirmed_by: null,
            };
        if (existing) await tx.updatePartner(initiative.id, organisation.id, fields);
        else
          await tx.insertPartner({
            initiative_id: initiative.id,
            organisation_id: organisation.id,
            proposed_by: caller.accountId,
            proposed_at: nowIso,
            ...fields,
            confirmed_at: confirm ? nowIso : null,
            confirmed_by: confirm ? caller.accountId : null,
          });
        if (confirm) {
          await deps.activity(trx, {
            verb: 'initiative.partnered',
            actorId: caller.accountId,
            organisationId: organisation.id,
            subjectType: 'initiative',
            subjectId: initiative.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
        } else {
          const others = asInitiative
            ? await tx.adminAccountIds(organisation.id)
            : await createMembersRepository(trx).organiserAccountIds(initiative.id);
          await notify(trx, others, {
            kind: 'partner.proposed',
            subjectType: 'initiative',
            subjectId: initiative.id,
            message: `${initiative.title} — ${organisation.name}`,
          });
        }
      });
      return find(initiative.id, organisation.id);
    },

    async change(caller: Caller, initiativeId: string, organisationId: string, status: 'confirmed' | 'ended') {
      const { initiative, organisation, asInitiative, asOrganisation } = await sides(
        caller,
        initiativeId,
        organisationId,
      );
      const existing = await createOrganisationsRepository(db).findPartner(initiative.id, organisation.id);
      if (!existing) throw notFound('The partnership');
      if (!asInitiative && !asOrganisation)
        throw forbidden(
          'Only the initiative’s organisers or the organisation’s administrators can change a partnership.',
        );
      if (status === 'confirmed') {
        const otherSide =
          existing.status === 'proposed_by_initiative'
            ? asOrganisation
            : existing.status === 'proposed_by_organisation'
              ? asInitiative
              : false;
        if (existing.status === 'confirmed' || existing.status === 'ended')
          throw conflict(`This partnership is ${existing.status}.`, 'not-proposed');
        if (!otherSide) throw forbidden('The other side confirms a proposal.');
      } else if (existing.status === 'ended') {
        return find(initiative.id, organisation.id);
      }
      const nowIso = clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        await createOrganisationsRepository(trx).updatePartner(
          initiative.id,
          organisation.id,
          status === 'confirmed' ? { status, confirmed_at: nowIso, confirmed_by: caller.accountId } : { status },
        );
        if (status === 'confirmed') {
          await deps.activity(trx, {
            verb: 'initiative.partnered',
            actorId: caller.accountId,
            organisationId: organisation.id,
            subjectType: 'initiative',
            subjectId: initiative.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
        } else {
          await deps.activity(trx, {
            verb: 'partnership.ended',
            actorId: caller.accountId,
            organisationId: asInitiative ? null : organisation.id,
            subjectType: 'initiative',
            subjectId: initiative.id,
            areaId: initiative.primary_area_id,
            domain: initiative.domain,
          });
        }
      });
      return find(initiative.id, organisation.id);
    },
  };
}
export type PartnersService = ReturnType<typeof createPartnersService>;
