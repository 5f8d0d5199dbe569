import { defineModule } from '../../platform/module.ts';

/**
 * The platform-wide activity log (the recorder is part of the platform, so every module writes
 * through it): this module owns the table and answers "download my data" for it.
 */
export const activityModule = defineModule({
  name: 'activity',
  create: async () => ({ personalData: [(await import('./activity.privacy.ts')).activityPersonalData] }),
});
