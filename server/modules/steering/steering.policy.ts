import type { Access } from '../../../contracts/roles.ts';
import { staffRoles } from '../../../contracts/roles.ts';

/**
 * Who may call each steering endpoint (docs/steering.md, docs/SECURITY.md "Scoped power"). The gate
 * checks the role; every privileged read and write then checks the area of the grant in the service
 * (`steering.context.ts`), and the audit log records that grant.
 */
export const steeringAccess = {
  /** The register, advice, decisions, responses, milestones, grants, challenges, the picture, the thresholds. */
  read: 'public',
  /** Create and change public tasks and their provider: for the tasks' area. */
  manageTasks: ['steering_officer', 'administrator'],
  /** Decisions, milestones, grants, answers to responses, assessing challenges: for the subject's area. */
  decide: ['steering_officer'],
  /** Incidents are reported by staff who see the work (neighbourhood team, civil servants), for their area. */
  reportIncident: ['professional', 'civil_servant', 'steering_officer', 'administrator'],
  /** Incidents may name places and circumstances: staff only, within their areas. */
  readIncidents: staffRoles,
  /** The officer's worklist, within the areas of the grant. */
  worklist: ['steering_officer', 'administrator'],
  /** The advice thresholds: an administrator for the whole municipality (checked in the service). */
  changeThresholds: ['administrator'],
  /** Any resident responds to a decision; an initiative's organiser submits or withdraws a challenge. */
  participate: 'authenticated',
} as const satisfies Record<string, Access>;

/** The roles whose grant covers deciding (for scope checks in the services). */
export const DECIDERS = steeringAccess.decide;
export const TASK_MANAGERS = steeringAccess.manageTasks;
