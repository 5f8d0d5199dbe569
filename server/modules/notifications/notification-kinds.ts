import type { Channel, Delivery, LocalizedText } from '../../../contracts/notifications.ts';

/** One kind of notification, as a module declares it in its `<module>.notification-kinds.ts`. */
export interface NotificationKindDefinition {
  /** `<module>.<name>`, e.g. `help.invitation.new`. */
  kind: string;
  module: string;
  title: LocalizedText;
  delivery: Delivery;
  /** The channel of a `choice` kind until the resident picks one. */
  defaultChannel: Channel;
  /** A sentence above the link in the mail (why they get it, what to do). */
  intro?: LocalizedText;
  /** The mail holds a one-time link: administrators never see its body, and it is blanked once sent. */
  secret?: boolean;
}

type KindSpec = Omit<NotificationKindDefinition, 'kind' | 'module' | 'defaultChannel'> & { defaultChannel?: Channel };

/** A module's kinds, typed by their short names so the module's own notifier takes only those. */
export interface NotificationCatalogueOf<Name extends string> {
  module: string;
  kinds: readonly NotificationKindDefinition[];
  /** `member.accepted` → `initiatives.member.accepted`. */
  qualified(name: Name): string;
}

/**
 * Declares a module's kinds. The catalogue is open: a module lists its kinds in its
 * `notificationKinds` part (ModuleParts), and the notifications module accepts exactly those.
 */
export function defineNotificationKinds<const Name extends string>(
  module: string,
  specs: Record<Name, KindSpec>,
): NotificationCatalogueOf<Name> {
  const kinds = (Object.entries(specs) as Array<[Name, KindSpec]>).map(([name, spec]): NotificationKindDefinition => ({
    ...spec,
    kind: `${module}.${name}`,
    module,
    defaultChannel: spec.delivery === 'choice' ? (spec.defaultChannel ?? 'app') : 'email',
  }));
  return { module, kinds, qualified: (name) => `${module}.${name}` };
}

/** Every kind of every module, by name; a second definition of a name is a start-up mistake. */
export function catalogueOf(kinds: readonly NotificationKindDefinition[]): Map<string, NotificationKindDefinition> {
  const byKind = new Map<string, NotificationKindDefinition>();
  for (const definition of kinds) {
    if (byKind.has(definition.kind)) throw new Error(`Two modules define the notification kind ${definition.kind}`);
    byKind.set(definition.kind, definition);
  }
  return byKind;
}

/** The channel a kind reaches an account by: its choice for a `choice` kind, e-mail for the others. */
export function channelFor(definition: NotificationKindDefinition, chosen: Channel | undefined): Channel {
  return definition.delivery === 'choice' ? (chosen ?? definition.defaultChannel) : 'email';
}
