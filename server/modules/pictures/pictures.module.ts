import { defineModule } from '../../platform/module.ts';

/** Pictures on initiatives, initiative updates and budget proposals (docs/pictures.md). */
export const picturesModule = defineModule({
  name: 'pictures',
  create: async (platform) => (await import('./pictures.parts.ts')).createPicturesParts(platform),
  demoSteps: async () => [(await import('./pictures.demo-step.ts')).picturesDemoStep],
});
