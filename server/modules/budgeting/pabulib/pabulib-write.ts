import * as F from '../counting/fraction.ts';
import type { Fraction } from '../counting/fraction.ts';
import type { PabulibFile } from './pabulib-file.ts';
import { formatRecord } from './semicolon-csv.ts';

/** Writes a `.pb` file that `parsePabulib` reads back to the same value. */
export function writePabulib(file: PabulibFile): string {
  const lines: string[] = ['META', formatRecord(['key', 'value'])];
  for (const entry of file.meta) lines.push(formatRecord([entry.key, entry.value]));
  lines.push('PROJECTS', formatRecord(file.projectColumns));
  for (const project of file.projects) {
    lines.push(
      formatRecord(
        file.projectColumns.map((column) => {
          if (column === 'project_id') return project.id;
          if (column === 'cost') return decimal(project.cost, `cost of project ${project.id}`);
          return project.fields[column] ?? '';
        }),
      ),
    );
  }
  lines.push('VOTES', formatRecord(file.voteColumns));
  for (const vote of file.votes) {
    lines.push(
      formatRecord(
        file.voteColumns.map((column) => {
          if (column === 'voter_id') return vote.voterId;
          if (column === 'vote') return vote.projectIds.join(',');
          if (column === 'points')
            return (vote.points ?? []).map((p) => decimal(p, `points of ${vote.voterId}`)).join(',');
          return vote.fields[column] ?? '';
        }),
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function decimal(value: Fraction, what: string): string {
  const text = F.toDecimalString(value);
  if (text.includes('/')) throw new RangeError(`${what} (${text}) has no finite decimal form`);
  return text;
}
