import { describe, expect, test } from 'vitest';
import type { AreasPort } from '../modules/areas/areas.port.ts';
import { createPortsView } from './ports.ts';

const areas = { exists: async (id: string) => id === 'a' } as unknown as AreasPort;

describe('ports', () => {
  test('a port taken before its provider is built works once provided', async () => {
    const view = createPortsView();
    const early = view.ports.areas;
    view.provide({ areas });
    view.assertComplete();
    expect(await early.exists('a')).toBe(true);
    expect(view.ports.areas).toBe(areas);
  });

  test('a port nobody provides is named at start-up', () => {
    const view = createPortsView();
    void view.ports.help;
    expect(() => view.assertComplete()).toThrow('No module provides the port "help"');
  });

  test('two providers of one port are refused', () => {
    const view = createPortsView();
    view.provide({ areas });
    expect(() => view.provide({ areas })).toThrow('Two modules provide the port "areas"');
  });
});
