/** What the time bank asks the help module about the request behind a booking. */
export interface HelpPort {
  /** The neighbourhood of this help request (the scope of its bookings); undefined when there is no such request. */
  areaOfRequest(requestId: string): Promise<string | undefined>;
}
