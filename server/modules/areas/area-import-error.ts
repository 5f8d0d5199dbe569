/**
 * Why an area file is refused: kept apart from the importer (area-import.ts), so the routes can
 * answer with it without loading the importer and proj4 before an import runs.
 */

export interface ImportIssue {
  /** 1-based feature number; null for a problem with the file as a whole. */
  feature: number | null;
  reason: string;
}

export class AreaImportError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(issues.map(describeIssue).join('\n'));
  }
}

export function describeIssue(issue: ImportIssue): string {
  return issue.feature === null ? issue.reason : `feature ${issue.feature}: ${issue.reason}`;
}
