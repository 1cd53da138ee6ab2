// Articles and singulars for the rationale's sentences: a word taken from a tool's name may be
// plural or start with a vowel ("create_invoices" → "an invoice", not "a invoices").
import indefinite from 'indefinite';
import pluralize from 'pluralize';

/** One of the things a word names, with its article: `invoices` → "an invoice", `user` → "a user". */
export function oneOf(word: string): string {
  return indefinite(singular(word));
}

/** The singular of a word taken from a name: `apps` → "app". */
export function singular(word: string): string {
  return pluralize.singular(word);
}

/** A word used as a modifier, with its article: `observability` → "an observability". */
export function withArticle(word: string): string {
  return indefinite(word);
}
