// Turning attacker-controlled text into lower-case words, in linear time and with caps,
// so that a 100 KB description costs no more than its first few kilobytes.

/** The most of a name we look at (the MCP spec caps names at 128 characters). */
const NAME_CAP = 256;
/** The most of a description we scan: the action is stated early, and this bounds the cost. */
export const TEXT_CAP = 6000;

/** Words glued together in names that mean one thing. */
const COMPOUNDS = new Map<string, string>([
  ['api key', 'apikey'], ['api keys', 'apikeys'], ['license key', 'licensekey'], ['license keys', 'licensekeys'], ['licence key', 'licensekey'], ['licence keys', 'licensekeys'], ['private key', 'privatekey'], ['access token', 'token'],
  ['auto renewal', 'autorenewal'], ['auto renew', 'autorenewal'], ['env var', 'env'], ['env vars', 'env'], ['clean up', 'cleanup'],
  ['look up', 'lookup'], ['feature flag', 'featureflag'], ['feature flags', 'featureflags'], ['load balancer', 'loadbalancer'], ['set up', 'setup'], ['who am', 'whoami'], ['free busy', 'freebusy'], ['o auth', 'oauth'], ['data source', 'datasource'], ['data sources', 'datasources'],
  ['deep link', 'deeplink'], ['deep links', 'deeplinks'],
]);

/**
 * Splits a tool name in any style into lower-case words:
 * `logclaw_update_incident`, `getDNSSnapshotV1`, `policies.remove`, `delete-many`.
 * Version suffixes (`V1`) and bare numbers are dropped.
 */
export function splitName(name: string): string[] {
  const spaced = name
    .slice(0, NAME_CAP)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  const words = spaced.split(/[^a-z0-9]+/).filter((w) => w !== '' && !/^v?\d+$/.test(w));
  return joinCompounds(words);
}

/** Two words a name glues into one (`pty_sendkey`), split back. */
const GLUED = new Map<string, string[]>([['sendkey', ['send', 'key']], ['sendkeys', ['send', 'keys']], ['testall', ['test', 'all']]]);

function joinCompounds(words: string[]): string[] {
  const out: string[] = [];
  words = words.flatMap((w) => GLUED.get(w) ?? [w]);
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? COMPOUNDS.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) {
      out.push(pair);
      i++;
    } else {
      out.push(words[i] as string);
    }
  }
  return out;
}

/** A word of running text and where it sits (for negation windows and sentence bounds). */
export interface TextWord {
  word: string;
  /** Index of the sentence it belongs to, 0-based. */
  sentence: number;
  /** Followed at once by a comma or a slash, as the items of a list are ("create, update or delete"). */
  listed?: true;
  /** Followed at once by a slash, as values or operations are joined ("clean/low/high", "get/set"). */
  slashed?: true;
  /** Part of a list item (after a bullet or a list line), not of the prose. */
  item?: true;
  /** Hyphened to "at", "by" or "on" as a field's name is (`expires-at`, `created-by`): a thing, not an act. */
  field?: true;
  /** Joined to the next word by an underscore, as the parts of an identifier are (`add_to_album`). */
  glued?: true;
  /** Joined to the next word by a hyphen, as the parts of a compound modifier are (`on-page`, `in-app`). */
  hyphened?: true;
}

/**
 * Lower-case words of a description or title, capped at TEXT_CAP characters.
 * Sentence breaks are `.`, `!`, `?` followed by space, a blank line / list start, or a bullet.
 */
export function textWords(text: string): TextWord[] {
  const capped = text.slice(0, TEXT_CAP);
  const out: TextWord[] = [];
  let sentence = 0;
  // One pass of a simple alternation: a word, or a sentence break. No nested quantifiers.
  // Group 2 breaks back into prose (a full stop, a blank line, a heading); group 3 opens a list item (a list line, a bullet).
  // A word with a domain ending is a product's name, not a verb: `Trigger.dev`, `Cal.com`, `Fly.io`.
  const re = /([A-Za-z][A-Za-z0-9]*(?:'[a-z]+|\.(?:dev|io|com|ai|app|so|sh|run|cloud)\b)?)|([.!?](?=\s)|\n\s*\n|\n\s*#)|(\n\s*[-*\d]|[•▪►])/g;
  let sawWord = false;
  let inItem = false;
  for (let m = re.exec(capped); m !== null; m = re.exec(capped)) {
    if (m[1] !== undefined) {
      const raw = m[1];
      const item = inItem ? { item: true as const } : {};
      // camelCase words in prose (`executeJavascript`) split like names; plain words just lower-case.
      if (/[A-Z]/.test(raw.slice(1)) || /\d/.test(raw)) for (const w of splitName(raw)) out.push({ word: w, sentence, ...item });
      else out.push({ word: raw.toLowerCase(), sentence, ...item });
      const after = capped[m.index + raw.length];
      if (after === ',' || after === '/') (out[out.length - 1] as TextWord).listed = true;
      if (after === '/') (out[out.length - 1] as TextWord).slashed = true;
      if (after === '_' && /^_[A-Za-z]/.test(capped.slice(m.index + raw.length, m.index + raw.length + 2))) (out[out.length - 1] as TextWord).glued = true;
      if (after === '-' && /^-(?:at|by|on)\b/.test(capped.slice(m.index + raw.length, m.index + raw.length + 4))) (out[out.length - 1] as TextWord).field = true;
      if (after === '-' && /^-[A-Za-z]/.test(capped.slice(m.index + raw.length, m.index + raw.length + 2))) (out[out.length - 1] as TextWord).hyphened = true;
      sawWord = true;
    } else {
      const opensItem = m[3] !== undefined;
      if (sawWord) {
        sentence++;
        sawWord = false;
        inItem = opensItem;
      } else if (opensItem) inItem = true;
    }
  }
  return out;
}

/** The capped, lower-cased text for phrase patterns. */
export function normalText(text: string): string {
  return text.slice(0, TEXT_CAP).toLowerCase().replace(/\s+/g, ' ');
}
