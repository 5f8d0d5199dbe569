import type { AccountsPort } from '../modules/accounts/accounts.port.ts';
import type { AreasPort } from '../modules/areas/areas.port.ts';
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
}

/** Ports looked up when used; a missing provider is a start-up mistake, named clearly. */
export function createPortsView(): { ports: Ports; provide(ports: Partial<Ports>): void } {
  const provided: Partial<Ports> = {};
  const ports = new Proxy({} as Ports, {
    get(_target, key) {
      const port = provided[key as keyof Ports];
      if (port === undefined) {
        throw new Error(`No module provides the port "${String(key)}": add one to server/platform/registry.ts.`);
      }
      return port;
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
  };
}
