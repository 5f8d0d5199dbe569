import { defineModule } from '../../platform/module.ts';

/** The append-only audit log of privileged actions (the writer is part of the platform). */
export const auditModule = defineModule({
  name: 'audit',
  create: async ({ db, ports }) => {
    const { auditRoutes } = await import('./audit.routes.ts');
    const { createAuditService } = await import('./audit.service.ts');
    const { auditPersonalData } = await import('./audit.privacy.ts');
    const audit = createAuditService(db, {
      areas: ports.areas,
      accounts: ports.accounts,
      initiatives: ports.initiatives,
    });
    return { routes: auditRoutes({ audit }), personalData: [auditPersonalData] };
  },
});
