import type { VerificationMethod } from '../../../contracts/verification.ts';

export interface VerificationCodeBatchesTable {
  id: string;
  area_id: string;
  count: number;
  created_by: string | null;
  created_at: string;
  expires_at: string;
}

export interface VerificationCodesTable {
  id: string;
  batch_id: string;
  area_id: string;
  /** SHA-256 of the normalised code: the plain code leaves the server once, in the batch response. */
  code_hash: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}

export interface VerificationsTable {
  id: string;
  account_id: string;
  area_id: string;
  method: VerificationMethod;
  /** The professional or civil servant who checked in person. */
  verified_by: string | null;
  code_id: string | null;
  verified_at: string;
  /**
   * A verification through a provider: a hash of the provider and subject it rested on, so one
   * identity never verifies two accounts (migration 0016). Null otherwise.
   */
  identity_key?: string | null;
}

/** Failed code guesses, counted per account and per IP across all app instances. */
export interface VerificationAttemptsTable {
  id: string;
  account_id: string;
  ip: string;
  attempted_at: string;
}

export interface VerificationTables {
  verification_code_batches: VerificationCodeBatchesTable;
  verification_codes: VerificationCodesTable;
  verifications: VerificationsTable;
  verification_attempts: VerificationAttemptsTable;
}
