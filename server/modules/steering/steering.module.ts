import { defineModule } from '../../platform/module.ts';

/**
 * Layered steering (docs/steering.md): the register of public tasks, the explained advice with slow
 * leadership, published decisions with their instruments, residents' responses, grants, milestones,
 * incidents, the Right to Challenge and the 3.0 → 4.0 picture. It reads initiatives and the monitor
 * through their ports. Its code loads when the module is built.
 */
export const steeringModule = defineModule({
  name: 'steering',
  create: async (platform) => (await import('./steering.parts.ts')).createSteeringParts(platform),
  loadCommands: async () => (await import('./steering.command.ts')).registerSteeringCommands,
  demoSteps: async () => [(await import('./steering.demo-step.ts')).steeringDemoStep],
});
