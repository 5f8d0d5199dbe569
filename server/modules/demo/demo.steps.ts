import { budgetingDemoStep } from '../budgeting/budgeting.demo-step.ts';
import { helpDemoStep } from '../help/help.demo-step.ts';
import { initiativesDemoStep } from '../initiatives/demo/demo-step.ts';
import type { GeneratorStep } from './generator.ts';
import { demoAccountsStep, residentsStep } from './steps/accounts.step.ts';
import { areasStep } from './steps/areas.step.ts';
import { verificationsStep } from './steps/verifications.step.ts';

/**
 * The generator's steps, in order. A module adds its own step at the end (initiatives, help,
 * budgets …), reading what earlier steps left in `context.state`; give it its own random and id
 * streams (`context.random('initiatives')`) so adding it changes nothing that came before.
 */
export const demoSteps: readonly GeneratorStep[] = [
  areasStep,
  demoAccountsStep,
  residentsStep,
  verificationsStep,
  helpDemoStep,
  budgetingDemoStep,
  initiativesDemoStep,
];
