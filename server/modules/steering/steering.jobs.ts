import type { Job } from '../../platform/module.ts';
import type { AdviceService } from './advice.service.ts';
import type { GrantsService } from './decisions/grants.service.ts';

/** The advice follows the monitor's figures and the initiatives' activity, so it is computed again every hour. */
export const ADVICE_JOB_EVERY_MS = 60 * 60_000;

export function steeringJobs(advice: AdviceService, grants: GrantsService): Job[] {
  return [
    {
      name: 'steering-advice',
      everyMs: ADVICE_JOB_EVERY_MS,
      run: async (now) => void (await advice.recomputeAll(now)),
    },
    {
      name: 'steering-grant-reports',
      everyMs: ADVICE_JOB_EVERY_MS,
      run: async (now) => void (await grants.markOverdueReports(now)),
    },
  ];
}
