import { createHash, randomInt } from 'node:crypto';

// No I, L, O, 0 or 1: nothing a resident can misread on paper. 31^12 ≈ 2^59 possible codes.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

/** A fresh code from the system's secure random source, printed as `ABCD-EFGH-JKMN`. */
export function newLetterCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[random(ALPHABET.length)];
  return formatLetterCode(code);
}

export function formatLetterCode(code: string): string {
  return normaliseLetterCode(code).replace(/(.{4})(?=.)/g, '$1-');
}

/** What the resident typed, without spaces, dashes or case. */
export function normaliseLetterCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Only the hash is stored, so a copy of the database does not hand out valid codes. */
export function hashLetterCode(input: string): string {
  return createHash('sha256')
    .update(`wakkere-stad-letter-code:${normaliseLetterCode(input)}`)
    .digest('hex');
}
