import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';

/** Numbered and append-only: never edit a migration that has shipped; add a new one. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};
