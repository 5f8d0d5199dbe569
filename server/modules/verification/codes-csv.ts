import type { AreaRef } from '../../../contracts/areas.ts';

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The codes for a mail merge. Semicolons, a byte-order mark and CRLF, because that is what
 * spreadsheet programs set to Dutch open without an import wizard.
 */
export function codesCsv(area: AreaRef, codes: readonly string[], expiresAt: string): string {
  const validUntil = expiresAt.slice(0, 10);
  const lines = [
    ['code', 'buurtcode', 'buurtnaam', 'geldig_tot'],
    ...codes.map((code) => [code, area.code, area.name, validUntil]),
  ];
  return `\uFEFF${lines.map((line) => line.map(field).join(';')).join('\r\n')}\r\n`;
}
