import type { ModuleParts, Platform } from '../../platform/module.ts';
import { adviceRoutes } from './advice.routes.ts';
import { createAdviceService } from './advice.service.ts';
import { challengesRoutes } from './challenges/challenges.routes.ts';
import { createChallengesService } from './challenges/challenges.service.ts';
import { decisionsRoutes } from './decisions/decisions.routes.ts';
import { createDecisionsService } from './decisions/decisions.service.ts';
import { createGrantsService } from './decisions/grants.service.ts';
import { createPerformanceService } from './decisions/performance.service.ts';
import { createResponsesService } from './decisions/responses.service.ts';
import { createSteeringNotifier } from './notify.ts';
import { createSteeringContext } from './steering.context.ts';
import type { SteeringDeps } from './steering.deps.ts';
import { steeringJobs } from './steering.jobs.ts';
import { steeringNotificationKinds } from './steering.notification-kinds.ts';
import { steeringPersonalData } from './steering.privacy.ts';
import { tasksRoutes } from './tasks/tasks.routes.ts';
import { createTasksService } from './tasks/tasks.service.ts';
import { createWorklistService } from './worklist.service.ts';

export function steeringDepsOf(platform: Platform): SteeringDeps {
  const { db, clock, ids, audit, activity, ports } = platform;
  return {
    db,
    clock,
    ids,
    audit,
    activity,
    areas: ports.areas,
    accounts: ports.accounts,
    initiatives: ports.initiatives,
    monitor: ports.monitor,
    notify: createSteeringNotifier(ports.notifications),
  };
}

/** Every steering service, built on one set of dependencies (the module, its commands and its demo step). */
export function createSteeringServices(deps: SteeringDeps) {
  const context = createSteeringContext(deps);
  const advice = createAdviceService(deps, context);
  const tasks = createTasksService(deps, context, advice);
  return {
    context,
    advice,
    tasks,
    decisions: createDecisionsService(deps, context, advice),
    responses: createResponsesService(deps, context, advice),
    performance: createPerformanceService(deps, context, advice),
    grants: createGrantsService(deps, context),
    challenges: createChallengesService(deps, context, advice, tasks),
    worklist: createWorklistService(deps, context, advice),
  };
}
export type SteeringServices = ReturnType<typeof createSteeringServices>;

/** Layered steering: public tasks, advice, decisions and their instruments, the Right to Challenge. */
export function createSteeringParts(platform: Platform): ModuleParts {
  const s = createSteeringServices(steeringDepsOf(platform));
  return {
    routes: async (app) => {
      await app.register(tasksRoutes(s.tasks));
      await app.register(adviceRoutes(s.advice, s.worklist));
      await app.register(
        decisionsRoutes({
          decisions: s.decisions,
          responses: s.responses,
          performance: s.performance,
          grants: s.grants,
        }),
      );
      await app.register(challengesRoutes(s.challenges));
    },
    jobs: steeringJobs(s.advice, s.grants),
    personalData: [steeringPersonalData],
    notificationKinds: steeringNotificationKinds.kinds,
  };
}
