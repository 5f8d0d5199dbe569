import type { TimebankService } from './timebank.service.ts';

/** Booking hours inside another module's transaction (help books the hours of a solved request). */
export type TimebankPort = Pick<TimebankService, 'transfer'>;
