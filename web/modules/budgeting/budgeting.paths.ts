const enc = encodeURIComponent;

/** Buurtbudget pages; Dutch paths, like the rest of the site. */
export const budgetPaths = {
  home: '/buurtbudget',
  newRound: '/buurtbudget/nieuw',
  importRound: '/buurtbudget/importeren',
  round: (id: string) => `/buurtbudget/${enc(id)}`,
  roundPattern: '/buurtbudget/:roundId',
  newProposal: (id: string) => `/buurtbudget/${enc(id)}/voorstel`,
  newProposalPattern: '/buurtbudget/:roundId/voorstel',
  ballot: (id: string) => `/buurtbudget/${enc(id)}/stemmen`,
  ballotPattern: '/buurtbudget/:roundId/stemmen',
  paperBallot: (id: string) => `/buurtbudget/${enc(id)}/papieren-stembiljet`,
  paperBallotPattern: '/buurtbudget/:roundId/papieren-stembiljet',
  results: (id: string) => `/buurtbudget/${enc(id)}/uitslag`,
  resultsPattern: '/buurtbudget/:roundId/uitslag',
} as const;
