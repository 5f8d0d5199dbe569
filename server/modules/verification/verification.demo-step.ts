import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../audit/audit.tables.ts';
import { hashLetterCode } from './letter-codes.ts';
import type {
  VerificationCodeBatchesTable,
  VerificationCodesTable,
  VerificationsTable,
} from './verification.tables.ts';
import { DEMO_LETTER_CODE } from '../../platform/demo/demo-accounts.ts';
import { DAY } from '../../platform/demo/calendar.ts';
import type { GeneratorStep } from '../../platform/demo/generator.ts';

/** The demo residents' neighbourhood got its letters this long ago; the others over the past year. */
const FIRST_BATCH_DAYS_AGO = 120;
const VALID_DAYS = 365;
/** Most people who answer a letter do so within a few weeks. */
const MEAN_ANSWER_DAYS = 20;

/**
 * A share of residents verified, more in lively neighbourhoods: most by the letter code sent to
 * every address in a neighbourhood (neighbourhood by neighbourhood over the past year), some in
 * person at the desk at any time. Batches, codes, audit entries and the activity log as the real
 * flow leaves them. Unused codes get hashes of random bytes: nobody can redeem them.
 */
export const verificationsStep: GeneratorStep = {
  name: 'verifications',
  async run(context) {
    const random = context.random('verifications');
    const ids = context.ids('verifications');
    const { state } = context;
    const administrator = state.demoAccounts.get('administrator') ?? null;
    const professional = state.demoAccounts.get('professional') ?? null;
    const civilServant = state.demoAccounts.get('civilServant') ?? null;
    const asOf = context.options.asOf.getTime();
    const randomHash = () =>
      createHash('sha256').update(`${context.options.seed}/${random.next()}/${random.next()}`).digest('hex');

    let batches: VerificationCodeBatchesTable[] = [];
    let codes: VerificationCodesTable[] = [];
    let verifications: VerificationsTable[] = [];
    let audit: AuditLogTable[] = [];
    // Written a few neighbourhoods at a time, so a city of 500,000 does not sit in memory twice.
    const flush = async () => {
      await context.insert('verification_code_batches', batches);
      await context.insert('verification_codes', codes);
      await context.insert('verifications', verifications);
      await context.insert('audit_log', audit);
      [batches, codes, verifications, audit] = [[], [], [], []];
    };
    const auditRow = (
      row: Omit<AuditLogTable, 'id' | 'before_json' | 'reason' | 'scope_role' | 'scope_area_id'> &
        Partial<Pick<AuditLogTable, 'scope_role' | 'scope_area_id'>> & { reason?: string },
    ): AuditLogTable => ({
      id: ids(),
      before_json: null,
      ...row,
      reason: row.reason ?? null,
      scope_role: row.scope_role ?? null,
      scope_area_id: row.scope_area_id ?? null,
    });

    const residentsByNeighbourhood = state.neighbourhoods.map(() => [] as string[]);
    state.residents.ids.forEach((id, i) => residentsByNeighbourhood[state.residents.neighbourhood[i]!]!.push(id));
    const verifiedDemo = state.demoAccounts.get('verifiedResident');
    if (verifiedDemo && residentsByNeighbourhood[0]) residentsByNeighbourhood[0].unshift(verifiedDemo);

    for (const [index, neighbourhood] of state.neighbourhoods.entries()) {
      const batchDaysAgo = index === 0 ? FIRST_BATCH_DAYS_AGO : 25 + Math.floor(random.next() * 330);
      const batchMs = asOf - batchDaysAgo * DAY;
      const batchAt = new Date(batchMs).toISOString();
      const expiresAt = context.daysAgo(batchDaysAgo - VALID_DAYS);
      const batch: VerificationCodeBatchesTable = {
        id: ids(),
        area_id: neighbourhood.id,
        count: 0,
        created_by: administrator,
        created_at: batchAt,
        expires_at: expiresAt,
      };
      const share = Math.min(0.7, (0.2 + 0.15 * random.next()) * neighbourhood.liveliness);
      for (const accountId of residentsByNeighbourhood[index]!) {
        const isDemo = accountId === verifiedDemo;
        if (!isDemo && !random.chance(share)) continue;
        const inPerson = !isDemo && random.chance(0.25);
        const ms = isDemo
          ? asOf - 30 * DAY
          : inPerson
            ? context.calendar.moment(random, asOf - 365 * DAY, asOf)
            : batchMs + 2 * DAY - Math.log(1 - random.next()) * MEAN_ANSWER_DAYS * DAY;
        if (ms >= asOf) continue; // the letter is still on the mat
        const at = new Date(ms).toISOString();
        const verification: VerificationsTable = {
          id: ids(),
          account_id: accountId,
          area_id: neighbourhood.id,
          method: inPerson ? 'in_person' : 'letter_code',
          verified_by: inPerson ? (neighbourhood.districtIndex === 0 ? professional : civilServant) : null,
          code_id: null,
          verified_at: at,
        };
        if (!inPerson) {
          const code: VerificationCodesTable = {
            id: ids(),
            batch_id: batch.id,
            area_id: neighbourhood.id,
            code_hash: randomHash(),
            expires_at: expiresAt,
            used_at: at,
            used_by: accountId,
          };
          codes.push(code);
          verification.code_id = code.id;
          batch.count += 1;
          context.activity.record({
            verb: 'resident.verified',
            actorId: accountId,
            subjectType: 'account',
            subjectId: accountId,
            areaId: neighbourhood.id,
            at: ms,
          });
          audit.push(
            auditRow({
              actor_id: accountId,
              action: 'verification.code_redeemed',
              subject_type: 'account',
              subject_id: accountId,
              area_id: neighbourhood.id,
              after_json: JSON.stringify({ verificationId: verification.id, batchId: batch.id }),
              occurred_at: at,
            }),
          );
        } else {
          context.activity.record({
            verb: 'resident.verified',
            actorId: verification.verified_by,
            onBehalfOfId: accountId,
            subjectType: 'account',
            subjectId: accountId,
            areaId: neighbourhood.id,
            at: ms,
          });
          audit.push(
            auditRow({
              actor_id: verification.verified_by,
              action: 'verification.in_person',
              // The demo professional works in the first district, the civil servant municipality-wide.
              ...(neighbourhood.districtIndex === 0
                ? { scope_role: 'professional', scope_area_id: state.districts[0]?.id ?? null }
                : { scope_role: 'civil_servant', scope_area_id: null }),
              subject_type: 'account',
              subject_id: accountId,
              area_id: neighbourhood.id,
              after_json: JSON.stringify({ verificationId: verification.id }),
              occurred_at: at,
              reason: 'ID en huurcontract gezien',
            }),
          );
        }
        verifications.push(verification);
      }
      // Letters not (yet) answered: most addresses never respond.
      const unanswered = Math.round(batch.count * (0.6 + random.next()));
      for (let i = 0; i < unanswered; i++) {
        codes.push({
          id: ids(),
          batch_id: batch.id,
          area_id: neighbourhood.id,
          code_hash: randomHash(),
          expires_at: expiresAt,
          used_at: null,
          used_by: null,
        });
      }
      if (index === 0) {
        // The demo letter code outlives its batch, so it still works a year after seeding.
        codes.push({
          id: ids(),
          batch_id: batch.id,
          area_id: neighbourhood.id,
          code_hash: hashLetterCode(DEMO_LETTER_CODE),
          expires_at: context.daysAgo(-VALID_DAYS),
          used_at: null,
          used_by: null,
        });
        batch.count += 1;
      }
      batch.count += unanswered;
      batches.push(batch);
      audit.push(
        auditRow({
          actor_id: administrator,
          action: 'verification.codes_issued',
          scope_role: 'administrator',
          subject_type: 'area',
          subject_id: neighbourhood.id,
          area_id: neighbourhood.id,
          after_json: JSON.stringify({ batchId: batch.id, count: batch.count, expiresAt }),
          occurred_at: batchAt,
        }),
      );
      if (codes.length + verifications.length > 20_000) {
        await flush();
        await context.activity.drain();
      }
    }
    await flush();
  },
};
