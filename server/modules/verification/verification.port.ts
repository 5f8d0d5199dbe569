import type { VerificationService } from './verification.service.ts';

/** Where residents are verified to live; other modules ask this instead of reading verifications. */
export type VerificationPort = Pick<
  VerificationService,
  'verifiedAreas' | 'verifiedAreasOf' | 'isVerifiedFor' | 'usableCodeArea' | 'verifyThroughProvider' | 'issueDemoCode'
>;
