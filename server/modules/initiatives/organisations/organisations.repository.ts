import type { MemberStatus } from '../../../../contracts/initiatives.ts';
import type { OrganisationKind, PartnerStatus } from '../../../../contracts/initiatives-organisations.ts';
import type { Db } from '../../../db/database.ts';
import type { Keyset } from '../../../http/pagination.ts';
import { prefixRange } from '../search-terms.ts';
import type { InitiativePartnersTable, OrganisationMembersTable, OrganisationsTable } from '../initiatives.tables.ts';

export function createOrganisationsRepository(db: Db) {
  const partnerView = () =>
    db
      .selectFrom('initiative_partners as p')
      .innerJoin('initiatives as i', 'i.id', 'p.initiative_id')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .select([
        'p.initiative_id',
        'p.organisation_id',
        'p.status',
        'p.proposed_at',
        'p.confirmed_at',
        'i.title',
        'i.status as initiative_status',
        'i.domain',
        'o.name',
        'o.kind',
      ]);

  return {
    async insert(row: OrganisationsTable): Promise<void> {
      await db.insertInto('organisations').values(row).execute();
    },
    find(id: string): Promise<OrganisationsTable | undefined> {
      return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    },
    findMany(ids: readonly string[]): Promise<OrganisationsTable[]> {
      if (ids.length === 0) return Promise.resolve([]);
      return db.selectFrom('organisations').selectAll().where('id', 'in', ids).execute();
    },
    async update(id: string, changes: Partial<Omit<OrganisationsTable, 'id'>>): Promise<void> {
      await db.updateTable('organisations').set(changes).where('id', '=', id).execute();
    },
    /** Newest first, keyset on (created_at, id); hidden organisations are left out. */
    list(
      filter: { kind?: OrganisationKind | undefined; terms?: readonly string[] | undefined },
      limit: number,
      after?: Keyset,
    ) {
      let query = db.selectFrom('organisations').selectAll().where('hidden_at', 'is', null);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      for (const term of filter.terms ?? []) {
        const range = prefixRange(term);
        query = query.where('id', 'in', (eb) =>
          eb
            .selectFrom('initiative_search_terms')
            .select('subject_id')
            .where('subject_type', '=', 'organisation')
            .where('term', '>=', range.from)
            .where('term', '<', range.to),
        );
      }
      if (after)
        query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
    },

    async insertMember(row: OrganisationMembersTable): Promise<void> {
      await db.insertInto('organisation_members').values(row).execute();
    },
    findMember(organisationId: string, memberId: string): Promise<OrganisationMembersTable | undefined> {
      return db
        .selectFrom('organisation_members')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('id', '=', memberId)
        .executeTakeFirst();
    },
    findMemberByAccount(organisationId: string, accountId: string): Promise<OrganisationMembersTable | undefined> {
      return db
        .selectFrom('organisation_members')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },
    async updateMember(
      id: string,
      changes: Partial<Omit<OrganisationMembersTable, 'id' | 'organisation_id' | 'account_id'>>,
    ): Promise<void> {
      await db.updateTable('organisation_members').set(changes).where('id', '=', id).execute();
    },
    listMembers(organisationId: string, status: MemberStatus, limit: number, after?: Keyset) {
      let query = db
        .selectFrom('organisation_members')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .where('status', '=', status);
      if (after)
        query = query.where((eb) => eb(eb.refTuple('requested_at', 'id'), '>', eb.tuple(String(after.sort), after.id)));
      return query
        .orderBy('requested_at')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
    },
    async adminAccountIds(organisationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('organisation_members')
        .select('account_id')
        .where('organisation_id', '=', organisationId)
        .where('status', '=', 'active')
        .where('role', '=', 'admin')
        .execute();
      return rows.map((row) => row.account_id);
    },
    async leaveAll(accountId: string, nowIso: string): Promise<void> {
      await db
        .updateTable('organisation_members')
        .set({ status: 'left', decided_at: nowIso })
        .where('account_id', '=', accountId)
        .where('status', 'in', ['active', 'requested'])
        .execute();
    },
    membershipsOf(accountId: string): Promise<OrganisationMembersTable[]> {
      return db
        .selectFrom('organisation_members')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('requested_at')
        .execute();
    },

    async figures(organisationId: string) {
      const members = await db
        .selectFrom('organisation_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organisation_id', '=', organisationId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      const partners = await db
        .selectFrom('initiative_partners')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organisation_id', '=', organisationId)
        .where('status', '=', 'confirmed')
        .executeTakeFirst();
      const pledges = await db
        .selectFrom('initiative_pledges')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('organisation_id', '=', organisationId)
        .groupBy('status')
        .execute();
      const byStatus = new Map(pledges.map((row) => [row.status, Number(row.n)]));
      return {
        members: Number(members?.n ?? 0),
        partnerInitiatives: Number(partners?.n ?? 0),
        pledgesMade: (byStatus.get('made') ?? 0) + (byStatus.get('delivered') ?? 0),
        pledgesKept: byStatus.get('delivered') ?? 0,
      };
    },

    findPartner(initiativeId: string, organisationId: string): Promise<InitiativePartnersTable | undefined> {
      return db
        .selectFrom('initiative_partners')
        .selectAll()
        .where('initiative_id', '=', initiativeId)
        .where('organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
    async insertPartner(row: InitiativePartnersTable): Promise<void> {
      await db.insertInto('initiative_partners').values(row).execute();
    },
    async updatePartner(
      initiativeId: string,
      organisationId: string,
      changes: Partial<Omit<InitiativePartnersTable, 'initiative_id' | 'organisation_id'>>,
    ): Promise<void> {
      await db
        .updateTable('initiative_partners')
        .set(changes)
        .where('initiative_id', '=', initiativeId)
        .where('organisation_id', '=', organisationId)
        .execute();
    },
    /** Partnerships of one initiative or one organisation; keyset on (proposed_at, the other side's id). */
    listPartners(
      side: { initiativeId: string } | { organisationId: string },
      statuses: readonly PartnerStatus[],
      limit: number,
      after?: Keyset,
    ) {
      let query = partnerView()
        .where('p.status', 'in', statuses)
        .where('i.hidden_at', 'is', null)
        .where('o.hidden_at', 'is', null);
      const other = 'initiativeId' in side ? ('p.organisation_id' as const) : ('p.initiative_id' as const);
      query =
        'initiativeId' in side
          ? query.where('p.initiative_id', '=', side.initiativeId)
          : query.where('p.organisation_id', '=', side.organisationId);
      if (after)
        query = query.where((eb) =>
          eb(eb.refTuple('p.proposed_at', other), '>', eb.tuple(String(after.sort), after.id)),
        );
      return query
        .orderBy('p.proposed_at')
        .orderBy(other)
        .limit(limit + 1)
        .execute();
    },
    findPartnerView(initiativeId: string, organisationId: string) {
      return partnerView()
        .where('p.initiative_id', '=', initiativeId)
        .where('p.organisation_id', '=', organisationId)
        .executeTakeFirst();
    },
  };
}
export type OrganisationsRepository = ReturnType<typeof createOrganisationsRepository>;
