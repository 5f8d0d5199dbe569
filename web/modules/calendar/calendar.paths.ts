const enc = encodeURIComponent;

/** The calendar module's pages, and the addresses of the iCal feeds (under the API). */
export const calendarPaths = {
  agenda: (areaCode: string) => `/gebieden/${enc(areaCode)}/agenda`,
  agendaPattern: '/gebieden/:areaCode/agenda',
  following: '/wat-ik-volg',
} as const;

export const calendarFeeds = {
  area: (areaCode: string) => `/api/v1/areas/${enc(areaCode)}/calendar.ics`,
  initiative: (initiativeId: string) => `/api/v1/initiatives/${enc(initiativeId)}/calendar.ics`,
} as const;
