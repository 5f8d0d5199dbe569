const enc = encodeURIComponent;

/** Gemeenschapskracht pages; an area is addressed by its CBS code, like the area pages. */
export const monitorPaths = {
  home: '/gemeenschapskracht',
  area: (code: string) => `/gemeenschapskracht/${enc(code)}`,
  areaPattern: '/gemeenschapskracht/:areaCode',
  map: '/gemeenschapskracht/kaart',
  network: (code: string) => `/gemeenschapskracht/${enc(code)}/netwerk`,
  networkPattern: '/gemeenschapskracht/:areaCode/netwerk',
  surveyImport: '/gemeenschapskracht/enquetes-importeren',
  weights: '/gemeenschapskracht/weging',
} as const;
