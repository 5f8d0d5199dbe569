import { initiativePaths } from '../../initiatives/initiatives.paths.ts';
import type { NetworkNode } from '../monitor.api.ts';
import { monitorPaths } from '../monitor.paths.ts';

/** The record behind a node: its id without a kind prefix such as `initiative:`. */
function recordId(node: NetworkNode): string {
  const colon = node.id.indexOf(':');
  return colon >= 0 ? node.id.slice(colon + 1) : node.id;
}

/** Where a node leads: a residents' group to its neighbourhood's figures, others to their page. */
export function nodeHref(node: NetworkNode): string | null {
  switch (node.kind) {
    case 'residents':
      return node.areaId ? monitorPaths.area(node.areaId) : null;
    case 'initiative':
      return initiativePaths.initiative(recordId(node));
    case 'organisation':
      return initiativePaths.organisation(recordId(node));
    case 'municipality':
      return null;
  }
}
