import { accountsModule } from '../modules/accounts/accounts.module.ts';
import { activityModule } from '../modules/activity/activity.module.ts';
import { areasModule } from '../modules/areas/areas.module.ts';
import { auditModule } from '../modules/audit/audit.module.ts';
import { budgetingModule } from '../modules/budgeting/budgeting.module.ts';
import { calendarModule } from '../modules/calendar/calendar.module.ts';
import { demoModule } from '../modules/demo/demo.module.ts';
import { healthModule } from '../modules/health/health.module.ts';
import { helpModule } from '../modules/help/help.module.ts';
import { monitorModule } from '../modules/monitor/monitor.module.ts';
import { siteModule } from '../modules/site/site.module.ts';
import { steeringModule } from '../modules/steering/steering.module.ts';
import { picturesModule } from '../modules/pictures/pictures.module.ts';
import { notificationsModule } from '../modules/notifications/notifications.module.ts';
import { initiativesModule } from '../modules/initiatives/initiatives.module.ts';
import { timebankModule } from '../modules/timebank/timebank.module.ts';
import { verificationModule } from '../modules/verification/verification.module.ts';
import type { GeneratorStep } from './demo/generator.ts';
import type { ModuleDefinition } from './module.ts';

/**
 * Every module of the platform, once. The app registers their routes, the job runner their jobs,
 * the CLI their commands and the demo generator their steps — all in this order, which is also the
 * order of the demo steps (areas before the accounts that live in them, and so on).
 * Adding a module: one folder under server/modules/ and one line here.
 */
export const registry: readonly ModuleDefinition[] = [
  healthModule,
  auditModule,
  activityModule,
  areasModule,
  accountsModule,
  notificationsModule,
  verificationModule,
  timebankModule,
  helpModule,
  budgetingModule,
  initiativesModule,
  picturesModule,
  calendarModule,
  monitorModule,
  steeringModule,
  siteModule,
  demoModule,
];

/** Every module's demo steps, in registry order. */
export async function demoStepsOf(modules: readonly ModuleDefinition[]): Promise<GeneratorStep[]> {
  const steps = await Promise.all(modules.map(async (module) => (await module.demoSteps?.()) ?? []));
  return steps.flat();
}
