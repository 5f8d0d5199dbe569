const enc = encodeURIComponent;

export const initiativePaths = {
  browse: '/initiatieven',
  map: '/initiatieven/kaart',
  openNeeds: '/initiatieven/hulp-gezocht',
  responseTimes: '/initiatieven/reactietijden',
  create: '/initiatieven/nieuw',
  initiative: (id: string) => `/initiatieven/${enc(id)}`,
  initiativePattern: '/initiatieven/:initiativeId',
  edit: (id: string) => `/initiatieven/${enc(id)}/bewerken`,
  editPattern: '/initiatieven/:initiativeId/bewerken',
  worklist: '/gemeente/reacties',
  moderation: '/gemeente/moderatie',
  organisations: '/organisaties',
  newOrganisation: '/organisaties/nieuw',
  organisation: (id: string) => `/organisaties/${enc(id)}`,
  organisationPattern: '/organisaties/:organisationId',
} as const;
