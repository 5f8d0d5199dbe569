import type { PersonalDataSource } from '../accounts/privacy.ts';
import type { NotificationsPort } from '../notifications/notifications.port.ts';
import { helpNotificationKinds } from './help.notification-kinds.ts';

/** The title an erased resident's help request keeps: the request still counts, its words are gone. */
export const ERASED_REQUEST_TITLE = 'Verwijderde hulpvraag';

/** Notifications to others that name the helper who answered an invitation. */
const NAMING_THE_HELPER = (['invitation.accepted', 'invitation.declined', 'guardian.contact'] as const).map((kind) =>
  helpNotificationKinds.qualified(kind),
);

/**
 * Help data of one resident (docs/privacy.md, field by field). Erasure removes what identifies or
 * locates them — the words of their requests (title, description, closing comment), private
 * address and phone, the reasons of their reports, offers, blocks, guardian links, VOG record, their
 * notifications and the notifications others got that quote their request or name them — cancels
 * their requests that are still open, and keeps the anonymous facts the monitor counts (a request
 * of a kind in a neighbourhood, closed, helped or not).
 */
export function createHelpPersonalData(notifications: Pick<NotificationsPort, 'forgetAbout'>): PersonalDataSource {
  return {
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
      const offers = await db.selectFrom('help_offers').selectAll().where('helper_id', '=', accountId).execute();
      const offerAreas =
        offers.length === 0
          ? []
          : await db
              .selectFrom('help_offer_areas')
              .selectAll()
              .where(
                'offer_id',
                'in',
                offers.map((o) => o.id),
              )
              .execute();
      return {
        requests: requests.map((r) => ({ ...r, private: privateRows.find((p) => p.request_id === r.id) ?? null })),
        helped: await db
          .selectFrom('help_requests')
          .select(['id', 'kind', 'area_id', 'status', 'closed_at'])
          .where('helper_id', '=', accountId)
          .execute(),
        offers: offers.map((o) => ({
          ...o,
          areaIds: offerAreas.filter((a) => a.offer_id === o.id).map((a) => a.area_id),
        })),
        invitations: await db.selectFrom('help_invitations').selectAll().where('helper_id', '=', accountId).execute(),
        vog:
          (await db.selectFrom('help_vog').selectAll().where('account_id', '=', accountId).executeTakeFirst()) ?? null,
        guardianOf: await db.selectFrom('help_guardians').selectAll().where('guardian_id', '=', accountId).execute(),
        guardians: await db.selectFrom('help_guardians').selectAll().where('ward_account_id', '=', accountId).execute(),
        blocks: await db.selectFrom('help_blocks').selectAll().where('blocker_id', '=', accountId).execute(),
        reportsMade: await db.selectFrom('help_reports').selectAll().where('reporter_id', '=', accountId).execute(),
      };
    },
    async erase(db, accountId, erasure) {
      const asked = db.selectFrom('help_requests').select('id').where('requester_id', '=', accountId);
      const invitedTo = db.selectFrom('help_invitations').select('request_id').where('helper_id', '=', accountId);
      // Notifications are snapshots of text: those quoting their requests, those naming them (their
      // own notifications go with the notification centre's part of the erasure).
      await notifications.forgetAbout(db, { subjectIds: (await asked.execute()).map((row) => row.id) });
      await notifications.forgetAbout(db, {
        subjectIds: (await invitedTo.execute()).map((row) => row.request_id),
        kinds: NAMING_THE_HELPER,
      });
      await db
        .updateTable('help_request_private')
        .set({ address: null, phone: null })
        .where('request_id', 'in', asked)
        .execute();
      // Nobody can help a resident who is gone: what is still open is cancelled, pending invitations withdrawn.
      await db
        .updateTable('help_invitations')
        .set({ status: 'withdrawn', answered_at: erasure.at })
        .where('status', '=', 'pending')
        .where('request_id', 'in', asked)
        .execute();
      await db
        .updateTable('help_requests')
        .set({ status: 'cancelled', closed_at: erasure.at, updated_at: erasure.at })
        .where('requester_id', '=', accountId)
        .where('status', 'in', ['open', 'invited', 'matched'])
        .execute();
      await db
        .updateTable('help_requests')
        .set({ title: ERASED_REQUEST_TITLE, description: '', close_comment: null })
        .where('requester_id', '=', accountId)
        .execute();
      await db.updateTable('help_reports').set({ reason: '' }).where('reporter_id', '=', accountId).execute();
      const offers = db.selectFrom('help_offers').select('id').where('helper_id', '=', accountId);
      await db.deleteFrom('help_offer_areas').where('offer_id', 'in', offers).execute();
      await db.deleteFrom('help_offers').where('helper_id', '=', accountId).execute();
      await db
        .deleteFrom('help_blocks')
        .where((eb) => eb.or([eb('blocker_id', '=', accountId), eb('blocked_id', '=', accountId)]))
        .execute();
      await db
        .deleteFrom('help_guardians')
        .where((eb) => eb.or([eb('guardian_id', '=', accountId), eb('ward_account_id', '=', accountId)]))
        .execute();
      await db.deleteFrom('help_vog').where('account_id', '=', accountId).execute();
    },
  };
}
