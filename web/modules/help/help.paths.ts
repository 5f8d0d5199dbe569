export const helpPaths = {
  home: '/hulp',
  newRequest: '/hulp/vragen/nieuw',
  request: (id: string) => `/hulp/vragen/${encodeURIComponent(id)}`,
  requestPattern: '/hulp/vragen/:requestId',
  offers: '/hulp/aanbod',
  invitations: '/hulp/uitnodigingen',
  team: '/wijkteam',
} as const;
