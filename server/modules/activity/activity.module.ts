import { defineModule } from '../../platform/module.ts';

/**
 * The platform-wide activity log (the recorder is part of the platform, so every module writes
 * through it): this module owns the table, answers "download my data" for it, and offers the
 * reader (`activity.port.ts`) through which the monitor reads it.
 */
export const activityModule = defineModule({
  name: 'activity',
  create: async ({ db }) => ({
    personalData: [(await import('./activity.privacy.ts')).activityPersonalData],
    ports: { activity: (await import('./activity.port.ts')).createActivityReader(db) },
  }),
});
