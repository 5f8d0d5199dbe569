export interface RateLimitsTable {
  /** Route and client, e.g. `POST /api/v1/sessions|203.0.113.7`. */
  key: string;
  hits: number;
  reset_at: string;
}

export interface RateLimitTables {
  rate_limits: RateLimitsTable;
}
