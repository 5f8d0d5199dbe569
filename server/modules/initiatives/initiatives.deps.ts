import type { Clock, IdGenerator } from '../../clock.ts';
import type { Db } from '../../db/database.ts';
import type { ActivityRecorder } from '../activity/activity.service.ts';
import type { AuditWriter } from '../audit/audit.service.ts';

export interface InitiativesSettings {
  /** Supports from verified residents after which the municipality owes a public response. */
  supportThreshold: number;
  /** Days the municipality has to respond once the threshold is reached. */
  responseDeadlineDays: number;
  /** Days before the deadline from which a duty is "due soon" and the responsible person is reminded. */
  responseDueSoonDays: number;
}

export const DEFAULT_SETTINGS: InitiativesSettings = {
  supportThreshold: 50,
  responseDeadlineDays: 42,
  responseDueSoonDays: 7,
};

/** What this module needs to know about areas; the areas module provides it. */
export interface AreaLookup {
  /** The ids among these that are not neighbourhoods (buurten) of this municipality. */
  unknownNeighbourhoods(areaIds: readonly string[]): Promise<string[]>;
  /** These areas and every area above them, for roles granted per district or municipality. */
  withAncestors(areaIds: readonly string[]): Promise<string[]>;
  /** The neighbourhoods inside an area (the area itself for a neighbourhood); empty when unknown. */
  neighbourhoodsWithin(areaId: string): Promise<string[]>;
  /** True for any known area (neighbourhood, district or municipality). */
  exists(areaId: string): Promise<boolean>;
}

/** Resident verification (letter code / invite), provided by the areas module. */
export interface VerificationLookup {
  /** The neighbourhoods this account is verified as a resident of. */
  verifiedNeighbourhoods(accountId: string): Promise<string[]>;
}

/** Who answers for the municipality in an area; used to remind when nobody has claimed a duty yet. */
export interface StaffDirectory {
  respondersFor(areaIds: readonly string[]): Promise<string[]>;
}

/** Display names of accounts (erased accounts carry the anonymous name); the accounts module provides it. */
export interface AccountNames {
  displayNames(accountIds: readonly string[]): Promise<Map<string, string>>;
}

export interface InitiativesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  audit: AuditWriter;
  activity: ActivityRecorder;
  areas: AreaLookup;
  verification: VerificationLookup;
  staff: StaffDirectory;
  accounts: AccountNames;
  settings: InitiativesSettings;
}
