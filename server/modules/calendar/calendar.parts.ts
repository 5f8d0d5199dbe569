import type { ModuleParts, Platform } from '../../platform/module.ts';
import { calendarNotificationKinds } from './calendar.notification-kinds.ts';
import { calendarPersonalData } from './calendar.privacy.ts';
import { calendarRoutes } from './calendar.routes.ts';
import { createCalendarService } from './calendar.service.ts';
import { createFollowsService } from './follows.service.ts';

/** The neighbourhood calendar, its iCal feeds, and following initiatives and budget rounds. */
export function createCalendarParts({ db, clock, ports, settings }: Platform): ModuleParts {
  const calendar = createCalendarService({
    clock,
    publicUrl: settings.publicUrl,
    areas: ports.areas,
    initiatives: ports.initiatives,
    budgeting: ports.budgeting,
  });
  const follows = createFollowsService({
    db,
    clock,
    initiatives: ports.initiatives,
    budgeting: ports.budgeting,
    notifications: ports.notifications,
  });
  return {
    routes: calendarRoutes({ calendar, follows }),
    jobs: [
      {
        name: 'followed-news',
        everyMs: 5 * 60_000,
        run: async (now) => {
          await follows.notifyNews(now);
        },
      },
    ],
    personalData: [calendarPersonalData],
    notificationKinds: calendarNotificationKinds.kinds,
  };
}
