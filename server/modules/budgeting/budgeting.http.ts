import type { Caller } from '../../http/auth.ts';
import { unauthorized } from '../../http/problem.ts';

export const TAG = 'Neighbourhood budget';

export function requireCaller(caller: Caller | null): Caller {
  if (!caller) throw unauthorized();
  return caller;
}
