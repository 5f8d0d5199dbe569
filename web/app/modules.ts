import { accountsModule } from '../modules/accounts/accounts.routes.tsx';
import { adminModule } from '../modules/admin/admin.routes.tsx';
import { areasModule } from '../modules/areas/areas.routes.tsx';
import { developersModule } from '../modules/developers/developers.routes.tsx';
import { budgetingModule } from '../modules/budgeting/budgeting.routes.tsx';
import { calendarModule } from '../modules/calendar/calendar.routes.tsx';
import { helpModule } from '../modules/help/help.routes.tsx';
import { homeModule } from '../modules/home/home.routes.tsx';
import { initiativesModule } from '../modules/initiatives/initiatives.routes.tsx';
import { monitorModule } from '../modules/monitor/monitor.routes.tsx';
import { notificationsModule } from '../modules/notifications/notifications.routes.tsx';
import { siteModule } from '../modules/site/site.routes.tsx';
import { steeringModule } from '../modules/steering/steering.routes.tsx';
import { timebankModule } from '../modules/timebank/timebank.routes.tsx';
import type { NavItem, WebModule } from './web-module.ts';

/** Every front-end module, in one list: add yours here (routes and menu links come with it). */
export const webModules: readonly WebModule[] = [
  homeModule,
  accountsModule,
  adminModule,
  initiativesModule,
  helpModule,
  timebankModule,
  budgetingModule,
  areasModule,
  developersModule,
  monitorModule,
  steeringModule,
  notificationsModule,
  calendarModule,
  siteModule,
];

export function navItems(slot: NavItem['slot']): NavItem[] {
  return webModules
    .flatMap((module) => module.nav ?? [])
    .filter((item) => item.slot === slot)
    .sort((a, b) => a.order - b.order);
}
