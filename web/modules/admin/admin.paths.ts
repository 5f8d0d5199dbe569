export const adminPaths = {
  home: '/beheer',
  roles: '/beheer/rollen',
  auditLog: '/beheer/auditlog',
} as const;
