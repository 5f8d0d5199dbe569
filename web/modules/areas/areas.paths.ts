/** The areas module's URLs; an area is addressed by its CBS code, which reads well in a link. */
export const areaPaths = {
  map: '/kaart',
  area: (code: string) => `/gebieden/${encodeURIComponent(code)}`,
  areaPattern: '/gebieden/:areaCode',
  myNeighbourhood: '/mijn-buurt',
} as const;
