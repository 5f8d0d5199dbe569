import { randomUUID } from 'node:crypto';

/** Time and ids are injected so tests are deterministic. */
export interface Clock {
  now(): Date;
}

export type IdGenerator = () => string;

export const systemClock: Clock = { now: () => new Date() };

export const randomIds: IdGenerator = () => randomUUID();

/** A clock that only moves when told to; used by tests and the demo generator. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(milliseconds: number): void {
    this.current = new Date(this.current.getTime() + milliseconds);
  }
}

/** Ids that look like UUIDs but count up, so test output is stable. */
export function sequentialIds(prefix = '00000000-0000-4000-8000'): IdGenerator {
  let next = 0;
  return () => `${prefix}-${(++next).toString(16).padStart(12, '0')}`;
}
