import type { PersonalDataSource } from '../accounts/privacy.ts';

/**
 * Help data of one resident. Erasure removes what identifies or locates them (private address and
 * phone, offers, blocks, notifications, guardian links, VOG record) and keeps the anonymous facts
 * the monitor counts (a request in a neighbourhood, closed, helped or not).
 */
export const helpPersonalData: PersonalDataSource = {
  name: 'help',
  async export(db, accountId) {
    const requests = await db
      .selectFrom('help_requests')
      .selectAll()
      .where((eb) => eb.or([eb('requester_id', '=', accountId), eb('contact_id', '=', accountId)]))
      .execute();
    const privateRows =
      requests.length === 0
        ? []
        : await db
            .selectFrom('help_request_private')
            .selectAll()
            .where(
              'request_id',
              'in',
              requests.map((r) => r.id),
            )
            .execute();
    return {
      requests: requests.map((r) => ({ ...r, private: privateRows.find((p) => p.request_id === r.id) ?? null })),
      helped: await db
        .selectFrom('help_requests')
        .select(['id', 'kind', 'area_id', 'status', 'closed_at'])
        .where('helper_id', '=', accountId)
        .execute(),
      offers: await db.selectFrom('help_offers').selectAll().where('helper_id', '=', accountId).execute(),
      invitations: await db.selectFrom('help_invitations').selectAll().where('helper_id', '=', accountId).execute(),
      vog: (await db.selectFrom('help_vog').selectAll().where('account_id', '=', accountId).executeTakeFirst()) ?? null,
      guardianOf: await db.selectFrom('help_guardians').selectAll().where('guardian_id', '=', accountId).execute(),
      guardians: await db.selectFrom('help_guardians').selectAll().where('ward_account_id', '=', accountId).execute(),
      blocks: await db.selectFrom('help_blocks').selectAll().where('blocker_id', '=', accountId).execute(),
      reportsMade: await db.selectFrom('help_reports').selectAll().where('reporter_id', '=', accountId).execute(),
      notifications: await db
        .selectFrom('help_notifications')
        .selectAll()
        .where('account_id', '=', accountId)
        .execute(),
    };
  },
  async erase(db, accountId) {
    const asked = db.selectFrom('help_requests').select('id').where('requester_id', '=', accountId);
    await db
      .updateTable('help_request_private')
      .set({ address: null, phone: null })
      .where('request_id', 'in', asked)
      .execute();
    await db
      .updateTable('help_requests')
      .set({ description: '', close_comment: null })
      .where('requester_id', '=', accountId)
      .execute();
    const offers = db.selectFrom('help_offers').select('id').where('helper_id', '=', accountId);
    await db.deleteFrom('help_offer_areas').where('offer_id', 'in', offers).execute();
    await db.deleteFrom('help_offers').where('helper_id', '=', accountId).execute();
    await db
      .deleteFrom('help_blocks')
      .where((eb) => eb.or([eb('blocker_id', '=', accountId), eb('blocked_id', '=', accountId)]))
      .execute();
    await db.deleteFrom('help_notifications').where('account_id', '=', accountId).execute();
    await db
      .deleteFrom('help_guardians')
      .where((eb) => eb.or([eb('guardian_id', '=', accountId), eb('ward_account_id', '=', accountId)]))
      .execute();
    await db.deleteFrom('help_vog').where('account_id', '=', accountId).execute();
  },
};
