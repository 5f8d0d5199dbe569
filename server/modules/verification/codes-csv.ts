import type { AreaRef } from '../../../contracts/areas.ts';
import { dateInAmsterdam } from '../../platform/dutch-time.ts';

function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The codes for a mail merge. Semicolons, a byte-order mark and CRLF, because that is what
 * spreadsheet programs set to Dutch open without an import wizard.
 */
export function codesCsv(area: AreaRef, codes: readonly string[], expiresAt: string): string {
  // The date on a Dutch calendar: an expiry at 00:30 Amsterdam time is still the day before in UTC.
  const validUntil = dateInAmsterdam(new Date(expiresAt));
  const lines = [
    ['code', 'buurtcode', 'buurtnaam', 'geldig_tot'],
    ...codes.map((code) => [code, area.code, area.name, validUntil]),
  ];
  return `\uFEFF${lines.map((line) => line.map(field).join(';')).join('\r\n')}\r\n`;
}
