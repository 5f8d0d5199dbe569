/** An identity at an OpenID Connect provider, linked to one account. Only what log-in needs. */
export interface LoginIdentitiesTable {
  id: string;
  account_id: string;
  /** The provider's id as configured (OIDC_<n>_ID). */
  provider_id: string;
  /** The provider's `sub` for this person: unique per provider, never shown. */
  subject: string;
  /** The e-mail address the provider gave, if any. */
  email: string | null;
  /** The `acr` the provider reported at the last log-in (e.g. a DigiD level), if any. */
  assurance_level: string | null;
  linked_at: string;
  last_login_at: string;
}

export type LoginPurpose = 'login' | 'link';

/** A log-in under way at a provider: single use, ten minutes long, bound to the browser by a cookie. */
export interface LoginFlowsTable {
  /** SHA-256 of the `state` sent to the provider (the browser holds the state in a cookie). */
  id: string;
  provider_id: string;
  purpose: LoginPurpose;
  /** Linking: the account that asked (and must still be logged in when the provider answers). */
  account_id: string | null;
  nonce: string;
  code_verifier: string;
  locale: string;
  return_to: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Per provider, the acr values an administrator lets count as verification. No row: never. */
export interface LoginProviderPoliciesTable {
  provider_id: string;
  /** JSON array of acr values; [] when turned off again. */
  accepted_levels: string;
  updated_by: string | null;
  updated_at: string;
}

export interface LoginProvidersTables {
  login_identities: LoginIdentitiesTable;
  login_flows: LoginFlowsTable;
  login_provider_policies: LoginProviderPoliciesTable;
}
