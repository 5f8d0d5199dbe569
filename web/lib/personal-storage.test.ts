import { describe, expect, it } from 'vitest';
import { forgetPersonalData, personalKey, readPersonal, writePersonal } from './personal-storage.ts';

/** A Storage like the browser's, in memory. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('personal data in the browser', () => {
  it('is kept per account: the next person to log in cannot read the previous one’s', () => {
    const local = memoryStorage();
    writePersonal('anna', 'ballot-token.r1', 'secret-of-anna', () => local);
    expect(readPersonal('anna', 'ballot-token.r1', () => local)).toBe('secret-of-anna');
    expect(readPersonal('bert', 'ballot-token.r1', () => local)).toBeNull();
  });

  it('is all removed at log-out, from both storages, including the old unkeyed ballot codes', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    writePersonal('anna', 'ballot-token.r1', 'a', () => local);
    writePersonal('bert', 'ballot-token.r2', 'b', () => local);
    local.setItem('ws-ballot-token:r3', 'from an earlier version');
    session.setItem(personalKey('anna', 'draft'), 'x');
    local.setItem('wakkere-stad.locale', 'en'); // a setting of the device, not of the person
    session.setItem('wakkere-stad.locale-chosen', 'en');

    forgetPersonalData([() => local, () => session]);

    expect(local.length).toBe(1);
    expect(local.getItem('wakkere-stad.locale')).toBe('en');
    expect(session.length).toBe(1);
    expect(session.getItem('wakkere-stad.locale-chosen')).toBe('en');
  });

  it('does not fail when storage is blocked', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    expect(() => forgetPersonalData([blocked])).not.toThrow();
    expect(readPersonal('anna', 'x', blocked)).toBeNull();
    expect(() => writePersonal('anna', 'x', 'y', blocked)).not.toThrow();
  });
});
