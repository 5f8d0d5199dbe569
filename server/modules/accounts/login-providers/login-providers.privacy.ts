import type { Db } from '../../../db/database.ts';
import type { PersonalDataSource } from '../privacy.ts';
import { createLoginProvidersRepository } from './login-providers.repository.ts';

/** The identities linked to the account: exported in full, removed on erasure. */
export const loginProvidersPersonalData: PersonalDataSource = {
  name: 'loginIdentities',
  async export(db: Db, accountId: string) {
    const rows = await createLoginProvidersRepository(db).identitiesOf(accountId);
    return rows.map((row) => ({
      provider: row.provider_id,
      subject: row.subject,
      email: row.email,
      assuranceLevel: row.assurance_level,
      linkedAt: row.linked_at,
      lastLoginAt: row.last_login_at,
    }));
  },
  async erase(db: Db, accountId: string) {
    await createLoginProvidersRepository(db).deleteIdentitiesOf(accountId);
  },
};
