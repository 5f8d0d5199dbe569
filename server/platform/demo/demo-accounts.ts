import type { Role } from '../../../contracts/roles.ts';

/** Where a demo account's role applies. */
export type DemoScope = 'municipality' | 'first-district' | 'none';

export interface DemoAccount {
  key: string;
  email: string;
  password: string;
  displayName: string;
  role: Role;
  scope: DemoScope;
}

/**
 * One account per role, with known passwords, shown on the log-in page in demo mode only.
 * The addresses use the reserved .example domain: no mail can reach anyone.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'resident',
    email: 'bewoner@wakkerdam.example',
    password: 'wakkerdam-bewoner',
    displayName: 'Bea Bewoner',
    role: 'resident',
    scope: 'none',
  },
  {
    key: 'verifiedResident',
    email: 'geverifieerd@wakkerdam.example',
    password: 'wakkerdam-geverifieerd',
    displayName: 'Gerrit Geverifieerd',
    role: 'resident',
    scope: 'none',
  },
  {
    key: 'professional',
    email: 'wijkteam@wakkerdam.example',
    password: 'wakkerdam-wijkteam',
    displayName: 'Wil Wijkteam',
    role: 'professional',
    scope: 'first-district',
  },
  {
    key: 'civilServant',
    email: 'ambtenaar@wakkerdam.example',
    password: 'wakkerdam-ambtenaar',
    displayName: 'Anton Ambtenaar',
    role: 'civil_servant',
    scope: 'municipality',
  },
  {
    key: 'steeringOfficer',
    email: 'regisseur@wakkerdam.example',
    password: 'wakkerdam-regisseur',
    displayName: 'Rita Regisseur',
    role: 'steering_officer',
    scope: 'municipality',
  },
  {
    key: 'administrator',
    email: 'beheerder@wakkerdam.example',
    password: 'wakkerdam-beheerder',
    displayName: 'Bert Beheerder',
    role: 'administrator',
    scope: 'municipality',
  },
];

/** An unused letter code for the first neighbourhood, so the demo resident can try verifying. */
export const DEMO_LETTER_CODE = 'WAKK-ERDA-M234';

/** Every generated resident (bewoner1@…, bewoner2@…) logs in with this, for load tests. */
export const GENERATED_RESIDENT_PASSWORD = 'wakkerdam-demo';

export const DEMO_MUNICIPALITY = { code: 'GM9999', name: 'Wakkerdam' } as const;
