import { defineModule } from '../../platform/module.ts';
import { verificationsStep } from './verification.demo-step.ts';
import { verificationPersonalData } from './verification.privacy.ts';
import { verificationRoutes } from './verification.routes.ts';
import { createVerificationService } from './verification.service.ts';

/** Resident verification for a neighbourhood: letter codes and in person. */
export const verificationModule = defineModule({
  name: 'verification',
  create({ db, clock, ids, audit, ports, settings }) {
    const verification = createVerificationService({
      db,
      clock,
      ids,
      audit,
      areas: ports.areas,
      accounts: ports.accounts,
    });
    return {
      routes: verificationRoutes({ verification, rateLimit: settings.authRateLimit }),
      personalData: [verificationPersonalData(verification)],
      ports: { verification },
    };
  },
  demoSteps: [verificationsStep],
});
