import { defineModule } from '../../platform/module.ts';
import { auditPersonalData } from './audit.privacy.ts';
import { auditRoutes } from './audit.routes.ts';
import { createAuditService } from './audit.service.ts';

/** The append-only audit log of privileged actions (the writer is part of the platform). */
export const auditModule = defineModule({
  name: 'audit',
  create: ({ db, ports }) => ({
    routes: auditRoutes({ audit: createAuditService(db, ports.areas) }),
    personalData: [auditPersonalData],
  }),
});
