/**
 * What this app keeps in the browser about the person logged in (such as a ballot code). On a
 * shared computer, in a library or a community centre, nothing of it may reach the next person:
 * every key names the account it belongs to, and all of it goes when that person logs out or the
 * server says the session has ended. (The language shown is a setting of the device, not personal.)
 */
const PREFIX = 'wakkere-stad.personal.';
/** Kept by earlier versions without an account in the key; removed on the same occasions. */
const LEGACY_PREFIXES = ['ws-ballot-token:'];

type StorageSource = () => Storage;

const browserStorages: readonly StorageSource[] = [() => window.localStorage, () => window.sessionStorage];

export function personalKey(accountId: string, name: string): string {
  return `${PREFIX}${accountId}.${name}`;
}

// Storage can be blocked (private mode, strict settings): then nothing is kept, and nothing read.
export function readPersonal(accountId: string, name: string, storage: StorageSource = () => window.localStorage) {
  try {
    return storage().getItem(personalKey(accountId, name));
  } catch {
    return null;
  }
}

export function writePersonal(
  accountId: string,
  name: string,
  value: string,
  storage: StorageSource = () => window.localStorage,
): void {
  try {
    storage().setItem(personalKey(accountId, name), value);
  } catch {
    // Blocked or full: the page shows what it could not keep (the ballot code) to write down.
  }
}

/** Removes everything personal from this browser's storage: at log-out, and when a session turns out to be gone. */
export function forgetPersonalData(storages: readonly StorageSource[] = browserStorages): void {
  for (const source of storages) {
    try {
      const storage = source();
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && (key.startsWith(PREFIX) || LEGACY_PREFIXES.some((prefix) => key.startsWith(prefix))))
          keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
  }
}
