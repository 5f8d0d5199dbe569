/**
 * Text search that uses a plain B-tree index on both SQLite and PostgreSQL: texts are folded to
 * lower-case ASCII words, stored one row per word, and a query word matches every stored word it
 * starts (a range scan `term >= w AND term < w + '{'`; '{' sorts right after 'z').
 */
const MAX_TERMS = 400;
const MIN_LENGTH = 2;
const MAX_LENGTH = 40;

export function foldWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= MIN_LENGTH)
    .map((word) => word.slice(0, MAX_LENGTH));
}

/** The distinct words to index for a subject. */
export function searchTerms(...texts: string[]): string[] {
  return [...new Set(texts.flatMap(foldWords))].slice(0, MAX_TERMS);
}

/** The words of a query, each to be matched as the start of an indexed word; at most five. */
export function queryTerms(q: string): string[] {
  return [...new Set(foldWords(q))].slice(0, 5);
}

export function prefixRange(word: string): { from: string; to: string } {
  return { from: word, to: `${word}{` };
}
