import type { ModuleParts, Platform } from '../../platform/module.ts';
import { verificationPersonalData } from './verification.privacy.ts';
import { verificationRoutes } from './verification.routes.ts';
import { createVerificationService } from './verification.service.ts';

/** Resident verification for a neighbourhood: letter codes and in person. */
export function createVerificationParts({ db, clock, ids, audit, activity, ports, settings }: Platform): ModuleParts {
  const verification = createVerificationService({
    db,
    clock,
    ids,
    audit,
    activity,
    areas: ports.areas,
    accounts: ports.accounts,
  });
  return {
    routes: verificationRoutes({ verification, rateLimit: settings.authRateLimit }),
    personalData: [verificationPersonalData(verification)],
    ports: { verification },
  };
}
