import type { ActivityPort } from '../modules/activity/activity.port.ts';
import type { AccountsPort } from '../modules/accounts/accounts.port.ts';
import type { AreasPort } from '../modules/areas/areas.port.ts';
import type { BudgetingPort } from '../modules/budgeting/budgeting.port.ts';
import type { InitiativesPort } from '../modules/initiatives/initiatives.port.ts';
import type { MonitorPort } from '../modules/monitor/monitor.port.ts';
import type { NotificationsPort } from '../modules/notifications/notifications.port.ts';
import type { HelpPort } from '../modules/help/help.port.ts';
import type { TimebankPort } from '../modules/timebank/timebank.port.ts';
import type { VerificationPort } from '../modules/verification/verification.port.ts';

/**
 * Every port a module publishes, by name. A module reaches another only through these (never its
 * tables or its internals); `platform/table-ownership.test.ts` fails when a repository names another
 * module's table.
 */
export interface Ports {
  accounts: AccountsPort;
  areas: AreasPort;
  verification: VerificationPort;
  timebank: TimebankPort;
  help: HelpPort;
  activity: ActivityPort;
  initiatives: InitiativesPort;
  monitor: MonitorPort;
  notifications: NotificationsPort;
  budgeting: BudgetingPort;
}

/**
 * Ports resolved when used: a module may take a port whose provider comes later in the registry, as
 * long as it does not call it while modules are being built. `assertComplete` names a port that some
 * module took and no module provides — a start-up mistake, not a request-time surprise.
 */
export function createPortsView(): {
  ports: Ports;
  provide(ports: Partial<Ports>): void;
  assertComplete(): void;
} {
  const provided: Partial<Ports> = {};
  const requested = new Set<keyof Ports>();
  const resolve = <K extends keyof Ports>(name: K): Ports[K] => {
    const port = provided[name];
    if (port === undefined)
      throw new Error(`No module provides the port "${name}": add one to server/platform/registry.ts.`);
    return port;
  };
  const deferred = (name: keyof Ports): object =>
    new Proxy(
      {},
      {
        get: (_target, method) => {
          const port = provided[name] as Record<string | symbol, unknown> | undefined;
          if (port) return port[method];
          return (...args: unknown[]) => {
            const target = resolve(name) as unknown as Record<string | symbol, (...a: unknown[]) => unknown>;
            return target[method]!(...args);
          };
        },
      },
    );
  const ports = new Proxy({} as Ports, {
    get(_target, key) {
      const name = key as keyof Ports;
      if (provided[name] !== undefined) return provided[name];
      requested.add(name);
      return deferred(name);
    },
  });
  return {
    ports,
    provide(more) {
      for (const [name, port] of Object.entries(more) as Array<[keyof Ports, Ports[keyof Ports]]>) {
        if (provided[name] !== undefined) throw new Error(`Two modules provide the port "${name}".`);
        Object.assign(provided, { [name]: port });
      }
    },
    assertComplete() {
      for (const name of requested) resolve(name);
    },
  };
}
