import type { Caller } from '../../http/auth.ts';

/** What the time bank asks the help module about the request behind a booking. */
export interface HelpPort {
  /** True when the caller is on the neighbourhood team for the area of this help request. */
  isTeamForRequest(caller: Caller, requestId: string): Promise<boolean>;
}
