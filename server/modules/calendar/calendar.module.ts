import { defineModule } from '../../platform/module.ts';

/** The neighbourhood calendar with iCal feeds, and following initiatives and budget rounds (issue 13). */
export const calendarModule = defineModule({
  name: 'calendar',
  create: async (platform) => (await import('./calendar.parts.ts')).createCalendarParts(platform),
  demoSteps: async () => [(await import('./calendar.demo-step.ts')).calendarDemoStep],
});
