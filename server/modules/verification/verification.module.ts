import { defineModule } from '../../platform/module.ts';

/** Resident verification for a neighbourhood: letter codes and in person. Its code loads when the module is built, so the CLI's `--help` stays instant. */
export const verificationModule = defineModule({
  name: 'verification',
  create: async (platform) => (await import('./verification.parts.ts')).createVerificationParts(platform),
  demoSteps: async () => [(await import('./verification.demo-step.ts')).verificationsStep],
});
