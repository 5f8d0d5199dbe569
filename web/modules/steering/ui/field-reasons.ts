/**
 * The steering API names why a field was refused in English (`invalidParams[].reason`); these are
 * the reasons it gives, each mapped to a key of `steering.fieldProblems`, so the form shows them in
 * the reader's language. A reason not listed here is shown as the server wrote it.
 */
const EXACT: Record<string, string> = {
  'Today or earlier': 'todayOrEarlier',
  'Today or later': 'todayOrLater',
  'Must lie after today': 'afterToday',
  'No such area': 'noArea',
  'No such initiative': 'noInitiative',
  'No such organisation': 'noOrganisation',
  'Not for the municipality': 'notMunicipality',
  'Only once the report is overdue and has not come': 'reportNotOverdue',
  'The legal entity must be a confirmed partner organisation of the initiative': 'notPartner',
  'The report says the money was used as agreed': 'usedAsAgreed',
  'Name the initiative or organisation that receives the grant': 'recipientMissing',
  'An exclusive task (permits, enforcement) cannot be handed over': 'exclusive',
  'An exclusive task stays with the municipality': 'exclusive',
};

const PATTERNS: Array<[RegExp, string]> = [
  [/^Required when the layer differs from the advice/, 'deviationRequired'],
  [/^Required for /, 'required'],
  [/^Not for /, 'notForProvider'],
  [/^At most what was paid/, 'atMostPaid'],
  [/^At most the task's current yearly budget/, 'costAboveBudget'],
  [/^At most \d+ years ahead/, 'reviewTooFar'],
];

export function fieldReasonKey(reason: string): string | null {
  return EXACT[reason] ?? PATTERNS.find(([pattern]) => pattern.test(reason))?.[1] ?? null;
}
