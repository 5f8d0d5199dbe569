import type { Caller } from '../../../http/auth.ts';
import type { AreasPort } from '../../areas/areas.port.ts';
import type { VerificationPort } from '../../verification/verification.port.ts';

export type Eligibility =
  { eligible: true; areaId: string } | { eligible: false; reason: 'not-verified' | 'outside-round-areas' };

/**
 * A resident may vote when verified for a neighbourhood that is one of the round's areas or lies
 * inside one. The neighbourhood found is where the vote counts in the activity log.
 */
export async function eligibilityOf(
  deps: { areas: Pick<AreasPort, 'lineage' | 'refs'>; verification: Pick<VerificationPort, 'verifiedAreas'> },
  caller: Caller,
  roundAreaIds: readonly string[],
): Promise<Eligibility> {
  const verified = await deps.verification.verifiedAreas(caller.accountId);
  if (verified.length === 0) return { eligible: false, reason: 'not-verified' };
  for (const areaId of verified) {
    const lineage = await deps.areas.lineage(areaId);
    if (lineage?.ids.some((id) => roundAreaIds.includes(id))) return { eligible: true, areaId };
  }
  return { eligible: false, reason: 'outside-round-areas' };
}
