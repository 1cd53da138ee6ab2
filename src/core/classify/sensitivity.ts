// How sensitive the data a read returns is: secrets, personal data, private messages, logs,
// financial records, or nothing of note; from the objects the tool names and its server's domain.
import { DESIGN_TOKENS, DOMAIN_OBJECTS, DOMAIN_SENSITIVITY, IDENTITY_SERVERS, LOG_QUALIFIERS, REFERENCE_OBJECTS, SENSITIVE_NOUNS, type Domain, type Sensitivity } from './vocabulary.ts';
import { DATABASES, EVENTS, FEEDS, GENERIC_OBJECTS, HEAD_BREAKS, LISTINGS, PERSONS, REPORTS, SUBSCRIPTIONS } from './readings.ts';
import type { VerbHit } from './evidence.ts';

/** Words before `env` that make it an environment (`code_env`), not its variables. */
const ENV_KINDS = new Set(['code', 'python', 'conda', 'virtual', 'node', 'runtime', 'dev', 'test', 'prod', 'cloud']);

/** Reads that return contents (a file's text) rather than names (a listing). */
export const CONTENT_READS = new Set(['get', 'read', 'fetch', 'view', 'show', 'download', 'export', 'open', 'retrieve', 'display', 'load', 'tail', 'obtain', 'capture']);
/** Object words that name a description of a thing, not its contents. */
const METADATA_OBJECTS = new Set(['space', 'spaces', 'info', 'metadata', 'status', 'stats', 'statistics', 'count', 'counts', 'settings', 'schema', 'schemas', 'size', 'sizes', 'coverage', 'issues', 'clones', 'versions', 'tree', 'types', 'type', 'definitions', 'names', 'name', 'colors', 'labels', 'categories', 'folders', 'sections', 'groups', 'list', 'summary', 'analysis', 'thumbnails', 'properties', 'property', 'indexes', 'index', 'health', 'usage', 'metrics', 'resources', 'templates', 'template', 'rules', 'rule', 'patterns', 'pattern', 'profiles', 'tools', 'channels', 'iterations', 'projects', 'repositories', 'branches', 'catalog', 'namespaces', 'namespace', 'contexts', 'roots', 'directories', 'directory', 'calendars', 'collections', 'databases', 'filters']);
/** How an account is organised, which says nothing about the person it belongs to (…nor do a pipeline's stages or the questions people are asked). */
const STRUCTURE_OBJECTS = new Set(['topic', 'topics', 'group', 'groups', 'role', 'roles', 'permission', 'permissions', 'type', 'types', 'count', 'counts', 'settings', 'setting', 'template', 'templates', 'schema', 'schemas', 'label', 'labels', 'category', 'categories', 'field', 'fields', 'property', 'properties', 'names', 'name', 'id', 'ids', 'list', 'lists', 'segment', 'segments', 'route', 'routes', 'folder', 'folders', 'status', 'statuses', 'tier', 'tiers', 'import', 'imports', 'point', 'points', 'stage', 'stages', 'pipeline', 'pipelines', 'question', 'questions']);

export const SENSITIVITY_WORDS: Record<Sensitivity, string> = {
  secret: 'secrets or credentials',
  personal: 'personal data',
  message: 'private messages',
  log: 'logs',
  financial: 'financial records',
  source: 'file or source contents',
  content: 'stored contents',
  stored: 'stored records, whose fields are whatever their owner put there',
  document: 'private documents',
  findings: 'security findings about the systems it watches (where they can be attacked)',
};
/** What is downloaded as published or made for the caller, nobody's stored data: a template, a model, a generated visual. */
const PUBLISHED_DOWNLOADS = new Set(['template', 'templates', 'model', 'models', 'visual', 'visuals', 'package', 'packages', 'plugin', 'plugins', 'sample', 'samples']);
/** What is around a document rather than in it: its outline, its links, its place in a tree, its history, its access. */
const DOCUMENT_STRUCTURE = new Set(['outline', 'outlines', 'headings', 'frontmatter', 'links', 'backlinks', 'children', 'descendants', 'ancestors', 'restrictions', 'revisions', 'history', 'formatting', 'format', 'enums', 'fields', 'nodes', 'tasks', 'jobs']);
/** What a list holds, named without a head of its own: its entries, its items. */
const LIST_MEMBERS = new Set(['entry', 'entries', 'item', 'items']);
/** Pieces of a document's text, and the documents (or the knowledge base) they are cut from. */
const DOCUMENT_PARTS = new Set(['chunk', 'chunks', 'passage', 'passages', 'excerpt', 'excerpts', 'summary']);
// (Not `docs`: a product's documentation is public, `search_docs_chunks`.)
const DOCUMENT_WHOLES = new Set(['document', 'documents', 'knowledge', 'datasource', 'datasources']);
/** What follows `usage` when it is the usage an account is billed for. */
const USAGE_BILLED = new Set(['record', 'records', 'detail', 'details']);
/** What makes a token a chain's asset rather than a credential. */
const CHAIN_TOKENS = new Set(['erc20', 'erc721', 'erc1155', 'bep20', 'spl', 'nft', 'crypto', 'fungible', 'native', 'meme']);
/** What a connection is written as when it carries its credentials: `connection_string`, `database_url`. */
const CONNECTION_FORMS = new Set(['string', 'strings', 'uri', 'url']);
/** Words that make a user or a profile the caller's own: `get_current_user`, `get-my-profile`, `user-get-auth-user`. */
const SELF_QUALIFIERS = new Set(['current', 'me', 'my', 'auth', 'authenticated', 'self', 'logged']);
const SELF_RECORDS = new Set(['user', 'profile', 'account', 'identity']);
/** A file's metadata read, as a description says it: "a file's metadata", "the details of a file", "metadata for one file". */
const FILE_METADATA = /\bfile(?:'s)? (?:object )?(?:metadata|details)\b|\b(?:metadata|details) (?:of|for) (?:an? |the |one |a single |a specific )?(?:[\w-]+ ){0,4}(?:file|file object)\b/;
/** Where people keep their own files. */
const PRIVATE_DRIVES = /\b(?:drive|gdrive|onedrive|dropbox|sharepoint|box)\b/;
/** Log files named rather than read: listed, or their paths or sizes given. */
const LOG_FILE_LISTING = /^\s*lists? (?:all |the )?(?:[\w-]+ ){0,6}log files\b|\blog file (?:sizes|paths?)\b|\bfilepath to the (?:[\w-]+ )*log file\b/;
/** Whether a read's lead only names log files ("List DB server log files", "the filepath to the editor log file"). */
export function namesLogFiles(lead: string): boolean {
  return LOG_FILE_LISTING.test(lead);
}
/** A description that opens on the caller's own user: "Get current user information", "Get the authenticated user's
 * information", "Get details on the current user" (not records kept for that user). */
const CURRENT_USER = /^\s*(?:(?:gets?|retrieves?|returns?|fetch(?:es)?|shows?|reads?) )?(?:(?:details|info|information) (?:on|about|of) )?(?:the )?(?:current(?:ly)?(?: authenticated| logged[- ]in| signed[- ]in)?|authenticated|logged[- ]in|signed[- ]in) (?:[\w-]+ )?user\b/;
/** Budgets that are not money: a page's performance budget, an SRE error budget, a model's token budget. */
const NON_MONEY_BUDGETS = new Set(['performance', 'error', 'token', 'tokens', 'time', 'latency', 'context', 'size', 'bundle', 'memory', 'compute', 'retry', 'crawl']);
/** What a build log is the events of (`deployment_events`, `build_events`). */
const BUILD_RUNS = new Set(['deployment', 'deployments', 'build', 'builds']);
/** What holds records as items: a dataset, a saved view, a key-value store. */
const DATA_CONTAINERS = new Set(['dataset', 'datasets', 'view', 'views', 'store', 'table']);
/** What a code that is an identifier identifies (`vero_reason_code`, `country_codes`). */
const IDENTIFIER_CODES = new Set(['reason', 'status', 'error', 'country', 'currency', 'zip', 'postal', 'promo', 'discount', 'coupon', 'qr', 'bar', 'tracking', 'language', 'region', 'http', 'response', 'tax', 'short', 'area', 'airport', 'iata', 'color', 'colour']);
/** Who, besides the people of PERSONS, a profile can be of. */
const PROFILED = new Set(['whois', 'user', 'users', 'member', 'members', 'people', 'person', 'author', 'authors', 'owner', 'owners', 'account', 'social', 'linkedin', 'athlete', 'player', 'players', 'creator', 'creators', 'influencer', 'influencers']);
/** Forms and surveys, and what people enter in them. */
const FORMS = new Set(['leadgen', 'form', 'forms', 'survey', 'surveys', 'questionnaire', 'questionnaires', 'poll', 'polls']);
const FORM_ENTRIES = new Set(['submission', 'submissions', 'response', 'responses', 'answer', 'answers', 'entry', 'entries']);
/** Notes that are bookkeeping documents: a credit note or a debit note corrects an invoice. */
const BOOKKEEPING_NOTES = new Set(['credit', 'debit']);
/**
 * Head nouns that the word right before them decides: a credit note is bookkeeping, a performance budget is no money,
 * a calendar's events are a schedule and a build's its log, a reason code is an identifier (`kind: undefined`: not sensitive).
 */
const QUALIFIED_HEADS: readonly { heads: ReadonlySet<string>; before: ReadonlySet<string>; kind: Sensitivity | undefined; what?: string }[] = [
  { heads: new Set(['note', 'notes']), before: BOOKKEEPING_NOTES, kind: 'financial' },
  // A spreadsheet's range (its used range) or a sorted set's range, read, is the values stored in it, cell by cell or member
  // by member. (One range: ranges compared, `sheets_compare_ranges`, are compared for their formatting.)
  { heads: new Set(['range']), before: new Set(['excel', 'used', 'sheet', 'sheets', 'spreadsheet', 'worksheet', 'zset']), kind: 'content' },
  // A release's notes are the changelog published for its users.
  { heads: new Set(['note', 'notes']), before: new Set(['release']), kind: undefined },
  // A business's cash flow is its money in and out, period by period.
  { heads: new Set(['flow', 'flows']), before: new Set(['cash']), kind: 'financial' },
  // A legal person is an organisation (a company, a trust) the law treats as a person: no one's personal data.
  { heads: new Set(['person', 'persons']), before: new Set(['legal']), kind: undefined },
  // A store's product reviews come with the reviewer's name and email, as its admin API keeps them.
  { heads: new Set(['review', 'reviews']), before: new Set(['product']), kind: 'personal' },
  // …and a satisfaction survey is a customer's score and comments on the help they got, linked to that customer.
  { heads: new Set(['survey', 'surveys']), before: new Set(['satisfaction', 'csat', 'nps']), kind: 'personal' },
  // Evidence gathered for an audit or a dispute is the organisation's own documents and records, handed to an auditor or a
  // card network (a library's "capability evidence" is not).
  { heads: new Set(['evidence', 'evidences']), before: new Set(['audit', 'audits', 'dispute', 'disputes', 'compliance', 'control', 'controls', 'chargeback', 'chargebacks']), kind: 'document' },
  // A media manager's download clients are its connections to torrent and Usenet clients: their hosts, ports and logins.
  { heads: new Set(['client', 'clients', 'downloadclient', 'downloadclients']), before: new Set(['download']), kind: 'stored', what: 'the download clients it connects to, with their hosts and logins' },
  // A domain's DNS records are public: anyone can look them up.
  { heads: new Set(['record', 'records']), before: new Set(['dns', 'domain', 'zone']), kind: undefined },
  // A cluster's, a VPC's or a pool's members are its machines, not people.
  { heads: new Set(['member', 'members']), before: new Set(['cluster', 'clusters', 'vpc', 'vpcs', 'network', 'networks', 'pool', 'pools', 'replica', 'shard']), kind: undefined },
  // A payment policy, provider or setting is how a business takes payment (its terms, its providers), not a record of any payment.
  { heads: new Set(['policy', 'policies', 'provider', 'providers', 'config', 'configs', 'configuration', 'configurations', 'setting', 'settings', 'type', 'types', 'term', 'terms']), before: new Set(['payment', 'payments']), kind: undefined },
  // A change, deploy or work order is a ticket of operations work, not a sale.
  { heads: new Set(['order', 'orders']), before: new Set(['change', 'deploy', 'deployment', 'release', 'work', 'sort', 'display']), kind: undefined },
  { heads: new Set(['budget', 'budgets']), before: NON_MONEY_BUDGETS, kind: undefined },
  // The values of a property, a parameter, a label or an indicator are the options it takes or its current reading; a
  // CRM's custom values are its account-wide merge fields. None is anyone's record.
  { heads: new Set(['value', 'values']), before: new Set(['custom', 'property', 'param', 'parameter', 'label', 'study', 'indicator']), kind: undefined },
  // A brand's, a game class's or a host node's identity is its look, its character or its public key: nobody's personal data.
  { heads: new Set(['identity', 'identities']), before: new Set(['brand', 'class', 'visual', 'node', 'host', 'bbs', 'room']), kind: undefined },
  { heads: new Set(['code', 'codes']), before: IDENTIFIER_CODES, kind: undefined },
  // A design system's semantic or colour tokens are its named values, not credentials.
  { heads: new Set(['token', 'tokens']), before: DESIGN_TOKENS, kind: undefined },
  // A domain's authorization (EPP) or transfer code lets whoever holds it move the domain away: a credential.
  { heads: new Set(['code', 'codes']), before: new Set(['authorization', 'authorisation', 'epp', 'transfer']), kind: 'secret' },
  { heads: EVENTS, before: new Set(['calendar']), kind: 'personal', what: DOMAIN_SENSITIVITY.calendar.what },
  { heads: EVENTS, before: BUILD_RUNS, kind: 'log' },
  // A business's, a company's or a page's profile is what it shows the public about itself (its description, website,
  // address): no person's data, on a messaging server too.
  { heads: new Set(['profile', 'profiles']), before: new Set(['business', 'company', 'page', 'brand', 'organization', 'organisation']), kind: undefined },
  // Candidates for a process (to migrate, to import, to save as a lesson, to merge or clean up) are what qualifies for it,
  // not people standing for a job or an election.
  { heads: new Set(['candidate', 'candidates']), before: new Set(['migration', 'import', 'lesson', 'merge', 'upgrade', 'deletion', 'cleanup', 'compaction', 'promotion']), kind: undefined },
  // What security monitoring detects (intrusions, web attacks, DDoS, malware) is a log of attacks and of the hosts they hit.
  { heads: EVENTS, before: new Set(['ids', 'ips', 'waf', 'ddos', 'av', 'intrusion', 'malware', 'threat', 'attack']), kind: 'log' },
  // A notification, webhook or event subscription is a delivery setting, not a paid plan.
  { heads: SUBSCRIPTIONS, before: FEEDS, kind: undefined },
  // A leave application is a person's time off; a calendar view lists someone's events.
  { heads: new Set(['application', 'applications']), before: new Set(['leave']), kind: 'personal' },
  { heads: new Set(['view', 'views']), before: new Set(['calendar']), kind: 'personal', what: DOMAIN_SENSITIVITY.calendar.what },
  // The queries a database is running now are its live sessions' statements, with their values and who runs them: a log
  // of activity. (Its slow or top queries are statistics of normalised statements.)
  { heads: new Set(['query', 'queries']), before: new Set(['active', 'running', 'current']), kind: 'log' },
  // An abandoned checkout or cart holds what the shopper entered (email, address) before leaving.
  { heads: new Set(['checkout', 'checkouts', 'cart', 'carts']), before: new Set(['abandoned']), kind: 'personal' },
  // An SDK key, an access key, a deploy key, an application key or a signing key is what a program authenticates (or signs) with.
  { heads: new Set(['key', 'keys']), before: new Set(['sdk', 'access', 'deploy', 'encryption', 'private', 'secret', 'server', 'signing', 'application']), kind: 'secret' },
  // A pipeline's or a deployment's variables (a variable group) are the environment its runs get: keys and passwords among them.
  { heads: new Set(['variables', 'variable']), before: new Set(['pipeline', 'pipelines', 'deployment', 'deploy', 'release', 'build', 'ci']), kind: 'secret' },
  { heads: new Set(['group', 'groups']), before: new Set(['variable']), kind: 'secret' },
  // A call's notifications are the errors and warnings logged for it, with the request that went with them.
  { heads: new Set(['notification', 'notifications']), before: new Set(['call', 'calls']), kind: 'log' },
  // A mailbox's filters and rules say whose mail arrives and where it goes (forwarded, deleted): part of the private mail.
  { heads: new Set(['filter', 'filters', 'rule', 'rules']), before: new Set(['mail', 'gmail', 'email', 'inbox', 'mailbox', 'message']), kind: 'message', what: 'mail filters and rules, which say whose mail arrives and where it goes' },
  // A message's send requests (an SMS, a mail, a KakaoTalk Alim Talk) are the messages sent through the service: who they
  // went to and what they said.
  { heads: new Set(['request', 'requests']), before: new Set(['sms', 'mms', 'mail', 'email', 'alimtalk', 'brandmessage', 'message']), kind: 'message' },
  // A mail draft is a message not yet sent: what its author wrote to someone, private as the sent mail is.
  { heads: new Set(['draft', 'drafts']), before: new Set(['mail', 'gmail', 'email', 'emails', 'outlook', 'message', 'messages']), kind: 'message' },
  // A call's or a message's transcription is what the people on it said: a private conversation, as a recording is.
  { heads: new Set(['transcript', 'transcripts', 'transcription', 'transcriptions']), before: new Set(['message', 'messages', 'call', 'calls', 'meeting', 'meetings', 'conversation', 'conversations', 'voicemail', 'recording', 'recordings']), kind: 'message' },
  // A listed company's earnings call is published for its investors: its transcript is public market data.
  { heads: new Set(['transcript', 'transcripts']), before: new Set(['earnings']), kind: undefined },
  // An order history is the orders placed, with their amounts: a trader's fills, a shop's sales.
  { heads: new Set(['history', 'histories']), before: new Set(['order', 'orders', 'trade', 'trades', 'trading']), kind: 'financial' },
  // Active users are an analytics figure (how many used the product), not the people.
  { heads: new Set(['users', 'user']), before: new Set(['active']), kind: undefined },
  // A lead form is the form that captures leads (its fields and questions); the leads it caught are its submissions.
  { heads: new Set(['form', 'forms']), before: new Set(['lead']), kind: undefined },
  // A voice or AI agent's actions are what it is configured to do, not a CRM's logged calls and meetings.
  { heads: new Set(['action', 'actions']), before: new Set(['voice', 'agent', 'ai', 'bot']), kind: undefined },
];
// (Money itself, not `usage` or `orders`: a tool's usage stats hold no money; a sales promotion's report holds sales.)
const FINANCIAL_QUALIFIERS = new Set(['cost', 'costs', 'sales', 'promotion', 'promotions', 'financial', 'finance', 'finances', 'profit', 'profits', 'earnings', 'income', 'spend', 'spending', 'cashflow', 'cash', 'revenue', 'expense', 'expenses', 'payment', 'payments', 'invoice', 'invoices', 'transaction', 'transactions', 'payout', 'payouts', 'refund', 'refunds', 'billing', 'payroll', 'salary', 'salaries']);

/** Records of money that make whatever of theirs is read a financial record. */
const MONEY_RECORDS = new Set(['invoice', 'invoices', 'payment', 'payments', 'payout', 'payouts', 'transaction', 'transactions', 'refund', 'refunds', 'billing']);

/** Words that name money spent: `get_actual_costs`, `top_spending_resources`. */
const SPEND_WORDS = new Set(['costs', 'spending', 'spend', 'spent', 'expenditure', 'expenditures']);
/** Whose spending is published: a government's, its agencies'. */
const PUBLIC_SPENDING = /\b(?:gov|government|federal|usaspending|agency|agencies|public spending|open data)\b/;
/** Verbs in a name that price something rather than read what was paid (the lead is checked for them separately). */
const PRICING_VERBS = new Set(['estimate', 'calculate', 'compute', 'quote', 'predict', 'simulate', 'confirm', 'compare']);

/** Stores whose dump is all their records. */
const DUMPED_STORES = new Set(['database', 'databases', 'db', 'dbs', 'table', 'tables', 'collection', 'collections']);

/** Reads that search the contents of a store (so they return what it holds, not just names). */
const CONTENT_SEARCHES = new Set(['search', 'find', 'query', 'grep']);

interface Sensitive { kind: Sensitivity; word: string; what: string }
/** A qualifier and its head as the rationale quotes them: once where the name repeats the word (`invoices-list-invoices`). */
function qualifiedHead(qualifier: string, head: string): string {
  return qualifier === head ? head : `${qualifier} ${head}`;
}

/** What an audit or an access record is kept as: `audit events`, `access logs` (a site audit's history is a report). */
const AUDIT_RECORDS = new Set(['event', 'events', 'log', 'logs', 'trail', 'trails', 'entries', 'records']);
/** What console or network logging records: `network requests` are a log, a `network graph` is not. */
const LOGGED = new Set(['request', 'requests', 'traffic', 'output', 'outputs', 'message', 'messages', 'log', 'logs', 'call', 'calls', 'activity', 'event', 'events', 'response', 'responses', 'entries', 'history', 'errors', 'error']);
/**
 * What may follow a secret noun when the secret is what is read (`secret_value`), not a modifier (`oauth_application`);
 * an auth code (a domain's transfer code, an OAuth code) is itself a credential.
 */
const SECRET_TAILS = new Set(['variable', 'variables', 'var', 'vars', 'code', 'codes', 'config', 'configs', 'configuration', 'value', 'values', 'content', 'contents', 'string', 'strings', 'file', 'files', 'data', 'details', 'detail', 'list', 'info', 'entry', 'entries', 'by', 'for', 'from', 'of', 'in', 'id', 'ids', 'name', 'names', 'version', 'versions', 'all']);

/** Verbs that hand back a whole store, and the stores whose export is everything they keep (`site_export`, `dump_database`). */
const WHOLE_EXPORTS = new Set(['export', 'dump']);
const EXPORTED_WHOLES = new Set(['site', 'sites', 'website', 'websites', 'database', 'databases', 'db']);
/** What sums a diff up without its lines. */
const DIFF_SUMMARIES = new Set(['stat', 'stats', 'summary', 'count', 'counts', 'name', 'names', 'files']);

/**
 * What the data a read returns holds, from its head noun and the server's domain:
 * a secret anywhere in the name; else the head noun (before a preposition, skipping words such
 * as `details`); metadata and reference objects (settings, schemas, docs, time) are not sensitive;
 * blobs (files, objects, notes) only when one is read, not listed; records of a store also when
 * listed or searched; and on a server whose domain is private data (mail, chat, drives and notes,
 * CRM, calendars, observability) the objects that hold that data.
 */

/** A log qualifier and the word after it in a description: "network request", "console messages". */
const QUALIFIED_IN_LEAD = new RegExp(`\\b(${[...LOG_QUALIFIERS].join('|')}) ([a-z]+)\\b`, 'g');
/**
 * What a name's logged thing is when the description says whose log it is: `get_request_details`, "details of one
 * network request" (the name says `request`, the description `network request`: a log entry, as `network_requests` is).
 */
export function loggedInLead(named: readonly string[], lead: string): Sensitive | undefined {
  for (const [, qualifier, word] of lead.matchAll(QUALIFIED_IN_LEAD)) {
    const o = named.find((n) => LOGGED.has(n) && (n === word || `${n}s` === word));
    if (o) return { kind: 'log', word: `${qualifier} ${o}`, what: SENSITIVITY_WORDS.log };
  }
  return undefined;
}

/** A description that opens by reading environment variables: "Get environment variables", "List all the env vars". */
const READS_ENV_VARIABLES = /^\s*(?:gets?|lists?|shows?|returns?|reads?|fetch(?:es)?|retrieves?|displays?) (?:all )?(?:the )?(?:(?:current|project|its) )?(?:environment|env) var(?:iable)?s\b/;
/**
 * What a name's environment holds when the description says the read returns its variables: `get_environment`, "Get
 * environment variables" (values that commonly hold API keys and tokens, as `get_env` and `list_env_vars` return).
 */
export function environmentVariablesInLead(named: readonly string[], lead: string): Sensitive | undefined {
  if (!named.some((n) => n === 'environment' || n === 'environments') || !READS_ENV_VARIABLES.test(lead)) return undefined;
  return { kind: 'secret', word: 'environment variables', what: SENSITIVITY_WORDS.secret };
}

/** What an error tracker keeps of each failure, and what the text says it holds: stack traces, crashes, exceptions. */
const ERROR_RECORDS = new Set(['error', 'errors', 'event', 'events', 'crash', 'crashes', 'exception', 'exceptions', 'occurrence', 'occurrences']);
const FAILURE_DETAILS = /\b(?:stack ?traces?|stacktraces?|backtraces?|crash(?:es)?|uncaught exceptions?)\b/;
/** Where errors or events the text names were caught: a log, a running program, a live service's incidents. */
const FAILURE_SOURCES = /(?:\b([\w-]+) )?\b(?:logs?|runtime|incidents?|error[_ ]events?)\b/;
/**
 * A tracked error or an error event read whole is a log entry: its stack trace, request and user come with it
 * (`errors_get`, "including the latest occurrence's stack"; `crashlytics_list_events`, "sample crashes … stack traces").
 */
export function failuresInText(named: readonly string[], opening: string): Sensitive | undefined {
  const o = named.at(-1);
  const detail = o !== undefined && ERROR_RECORDS.has(o) ? FAILURE_DETAILS.exec(opening)?.[0] : undefined;
  if (detail) return { kind: 'log', word: `${o} with ${detail}`, what: SENSITIVITY_WORDS.log };
  // …and so are errors or events the text says were caught in a log, a running program or a live service ("error /
  // stack-trace incidents detected across managed service logs", "the realm's login event log"); a compiler's are not.
  const source = o !== undefined && ERROR_RECORDS.has(o) ? FAILURE_SOURCES.exec(opening) : undefined;
  return source && source[1] !== 'not' ? { kind: 'log', word: `${o}, ${source[0]}`, what: SENSITIVITY_WORDS.log } : undefined;
}

/** What records one run of code or a workflow: an execution, an activation, an invocation. */
const RUN_RECORDS = new Set(['run', 'runs', 'execution', 'executions', 'activation', 'activations', 'invocation', 'invocations']);
const SYNTHETIC_RUNS = new Set(['simulation', 'simulated', 'test', 'tests', 'sample', 'mock', 'dry']);
/** What the text says a run's record carries besides its status: its trace, its outputs, the data it processed. */
const RUN_DATA = /\b(?:traces?|outputs|response data|payloads?|execution data|inputs? and outputs?|data (?:it|they) processed)\b/;
/**
 * A run read with what passed through it is that run's log: the payloads, outputs and traces of the data it handled
 * (`get_run_details`, "the details and trace of a run"; n8n's `get-execution` with `includeData`). A run's status is
 * not, nor a simulated run's made-up payload.
 */
export function runDataInText(named: readonly string[], opening: string, params: readonly string[]): Sensitive | undefined {
  const run = named.find((n) => RUN_RECORDS.has(n));
  // A simulated or test run carries made-up data.
  if (run === undefined || named.some((n) => SYNTHETIC_RUNS.has(n))) return undefined;
  const said = RUN_DATA.exec(opening)?.[0] ?? params.find((p) => /^include_?data$/i.test(p));
  return said ? { kind: 'log', word: `${run} with ${said}`, what: SENSITIVITY_WORDS.log } : undefined;
}

/** What a security tool keeps about the systems it watches: the vulnerabilities found, its alerts, signals and findings. */
const SECURITY_FINDINGS = /\b(?:vulnerabilities (?:detected|found)|(?:active|open|unresolved) (?:\([^)]*\) )?vulnerabilities|(?:advanced )?security (?:signals|findings|alerts?)|(?:code|secret|dependency) scanning alerts?|compliance reports?)\b/;
/** Verbs that compute a finding on the spot (a scan, an audit, a validation) rather than read those kept. */
const ON_THE_SPOT = new Set(['scan', 'check', 'audit', 'validate', 'evaluate', 'analyze', 'analyse', 'test', 'verify', 'lint', 'inspect']);
/**
 * The security findings kept about the organisation's own systems (the vulnerabilities detected on its site, an
 * Advanced Security alert, security signals, a compliance report) map where those systems can be attacked. A scan or
 * an audit run on the spot, and public advisories, are not kept findings.
 */
export function securityFindingsIn(named: readonly string[], opening: string, verbs: readonly VerbHit[]): Sensitive | undefined {
  if (verbs.some((v) => ON_THE_SPOT.has(v.sense.base))) return undefined;
  const said = SECURITY_FINDINGS.exec(`${named.join(' ')} ${opening}`)?.[0];
  return said ? { kind: 'findings', word: said, what: SENSITIVITY_WORDS.findings } : undefined;
}

/** Where objects are stored files: buckets and the services that keep them. */
const OBJECT_STORES = /\b(?:buckets?|s3|r2|gcs|minio|blobs?|object storage|storage|greenfield|gnfd|spaces|ipfs)\b/;
/** What a webhook sent: its deliveries, the events it delivered, its attempts. */
const WEBHOOK_DELIVERIES = new Set(['delivery', 'deliveries', 'event', 'events', 'attempt', 'attempts']);
/** Subscriptions that deliver events, as a description names them: "webhook subscriptions", "change notification subscriptions". */
const DELIVERY_SUBSCRIPTIONS = /\b(?:webhook|notification|event|change|push|topic)s? subscriptions?\b/;

/** Where a program is stopped and looked into: a debugger, a paused session, a breakpoint. */
const DEBUGGING = /\b(?:debug|debugger|debugging|debugged|paused|breakpoints?|gdb|lldb|windbg|x64dbg)\b/;
// What a stopped program holds, as a debugger shows it:
/** What a debugger dumps of a program: its memory, a core dump (the values it was handling). */
const PROGRAM_DATA = new Set(['memory', 'core']);
/** Where a paused program is: its stack, frames and registers (function names, files, lines, addresses). */
const PROGRAM_PLACE = new Set(['backtrace', 'stack', 'stacktrace', 'callstack', 'frames', 'registers']);
/** A stack read that also offers each frame's local values (gdb's `bt full`, "with local variables"). */
const WITH_LOCALS = /\b(?:local variables?|locals|variable values)\b/;
const offersLocals = (ctx: ReadContext) => WITH_LOCALS.test(ctx.lead) || ctx.params.some((p) => p === 'full' || p === 'locals');
/** Searches by likeness rather than by a query the caller writes: `VectorSearch`, `HybridSearch`, `vector_search`. */
const LIKENESS_SEARCHES = new Set(['vector', 'hybrid', 'similarity', 'semantic']);

/** What says who else has access, and the things people share. */
const SHARING_WORDS = new Set(['permissions', 'sharing', 'acl', 'acls']);
const SHARED_THINGS = new Set(['file', 'files', 'item', 'items', 'folder', 'folders', 'calendar', 'calendars', 'document', 'documents', 'drive']);
/** Market data published for anyone: a listed company's filings and market numbers (its earnings reported, per share, by
 *  ticker or issuer, and its earnings calls), stocks and options, an index's constituents, a country's statistics, a land
 *  registry's recorded property sales (France's DVF). */
const PUBLIC_MARKET_DATA = /\b(?:sec|edgar|xbrl|10-k|10-q|form 4|earnings (?:calls?|reports?|history|calendar|data|estimates?|recap)|eps|tickers?|issuers?|world bank|imf|macroeconomic|gdp|market cap|p\/e|stock exchange|listed compan(?:y|ies)|stocks?|options contracts?|open interest|equit(?:y|ies)|constituents|dvf|land registry|property (?:sales|transactions|prices))\b/;
/** Runs whose printed output is kept: a job, a cron job, a session. */
const RUNS_PRINTING = new Set(['job', 'jobs', 'cron', 'session', 'sessions']);
/** Records of time spent: worklogs, time entries, time-tracking reports. */
const TIME_TRACKED = /\b(?:worklogs?|time entr(?:y|ies)|time[- ]tracking|logged (?:time|minutes|hours))\b/;
/** Whose time it is: a user, an author, an employee. */
const TRACKED_PEOPLE = /\b(?:users?|author|authors|employees?|people|per-user|user's)\b/;
/** The engines a platform runs databases of, and the words that only pick which record or how many. */
const HOSTED_ENGINES = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'libsql', 'keydb', 'dragonfly', 'clickhouse']);
const RECORD_PICKS = new Set(['one', 'all', 'get', 'list', 'by', 'id', 'detail', 'details', 'info']);
/** Whether a read's name names a database itself (`postgres-one`, `db-cluster-get`), not one of its parts. */
function hostedDatabase(nameWords: readonly string[]): boolean {
  const rest = nameWords.filter((w) => !RECORD_PICKS.has(w));
  return (rest.length === 1 && HOSTED_ENGINES.has(rest[0] as string)) || rest.join(' ') === 'db cluster';
}
/** Attachments the description places on an email or a message. */
const MAIL_ATTACHMENTS = /\battachments? (?:in|on|of|from|to) (?:an? |the |this |one |a specific )?(?:\w+ )?(?:emails?|e-mails?|mails?|messages?)\b/;
/** A person's face as a tool takes it: facial images, face photos, face matching. */
const FACE_DATA = /\b(?:faces?|facial) (?:images?|photos?|matching|match|recognition|search|liveness)\b/;
/** What an account holds, as a read's description says it returns it. */
const MONEY_HELD = /\b(?:(?:credit|coin|cash|opening|closing) balances?|account'?s? (?:balances?|equity)|free margin)\b/;
/** What a phone call's record holds that makes it private: what was said, its recording, who was on it. */
const CALL_CONTENTS = /\b(?:transcripts?|recording urls?|recordings?|phone numbers?)\b/;
/** A public blockchain, as a read's name, lead or server names it. */
const PUBLIC_CHAINS = /\b(?:blockchain|on-?chain|evm|[xpc]-chain|bnb|bsc|ethereum|solana|avalanche|bitcoin|polygon|arbitrum|base chain)\b/;
/** Who holds what is on a chain: an address, a wallet, a user, an account. */
const CHAIN_HOLDERS = /\b(?:address(?:es)?|wallets?|users?|accounts?|holders?|portfolios?|my|your)\b/;
/** Whether `word` names transactions on a public blockchain (named in `here`) rather than one holder's (named in `own`). */
export function publicChainTransaction(word: string, here: string, own: string): boolean {
  return /^transactions?$/.test(word) && PUBLIC_CHAINS.test(here) && !CHAIN_HOLDERS.test(own);
}
/** …unless what is read is the caller's own: their portfolio, account or holdings. */
const OWN_MONEY = /\b(?:your|my|portfolio|accounts?|holdings|positions)\b/;
/** Whether a read is of published market data (named in `text`), not of the caller's own money (named in its `lead`). */
export function publicMarketData(text: string, lead: string): boolean {
  return PUBLIC_MARKET_DATA.test(text) && !OWN_MONEY.test(lead);
}
const CONTACT_DETAILS = /\b(?:contact|guest|passenger|traveller|traveler|patient) (?:information|info|details)\b/;
const FORM_OF_DETAILS = new Set(['schema', 'schemas', 'field', 'fields', 'format', 'formats', 'type', 'types', 'template', 'templates', 'validate', 'requirements']);
const ACCOUNT_HOLDERS = new Set(['user', 'users', 'member', 'members']);
const ACTIVITY_RECORDS = new Set(['event', 'events', 'action', 'actions', 'change', 'changes', 'activity', 'activities', 'login', 'logins']);
/** What makes a session a person's sign-in: `get-user-sessions`, `getAuthenticationSessions`. */
const SIGN_IN_WORDS = new Set(['user', 'users', 'authentication', 'auth', 'login', 'logins', 'member', 'members']);
/** A read whose opening says it returns only counts: "Get customer counts grouped by role", "overview aggregates for…", "new-customer count". */
const COUNTS_ONLY = /^\s*(?:(?:gets?|returns?|shows?|compares?|retrieves?|fetch(?:es)?) )?(?:the )?(?:[\w-]+ ){0,3}(?:counts?|aggregates|tallies)\b(?! and\b)/;

/** What around a read's named objects says what they hold: its lead, its name, its server, the store it reads. */
export interface ReadContext {
  lead: string;
  /** The first sentences of the description, where what a read returns is often listed after its act. */
  opening: string;
  nameWords: readonly string[];
  serverWords: ReadonlySet<string>;
  /** The server's words and the lead, where a database or a document store is named. */
  storeText: string;
  verbs: readonly VerbHit[];
  /** The server handles money (invoices, payments): its clients are the customers it bills. */
  billing: boolean;
  /** The server runs a network (a router, a network controller): its clients are devices named after their owners. */
  network: boolean;
  /** Some of the server's tools handle invoices. */
  invoices: boolean;
  /** The tool's parameter names. */
  params: readonly string[];
  /** The server runs databases for its users (it creates them): each one's record holds how to connect to it. */
  hostsDatabases: boolean;
  /** The server's resources are people (their timesheets, absences, expenses): a resource's record is someone's. */
  staffsResources: boolean;
}

/** A lead that speaks of objects as kinds of record: "standard and custom objects", "objects by name", "Data Lake Objects". */
const OBJECT_KINDS = /\b(?:(?:standard|custom) (?:and|or) (?:standard|custom)|custom objects|data lake objects)\b|\bobjects? by (?:partial )?(?:name|label)\b/;

/** Where a program's output is shown: a terminal, a pane of one, a tmux session, a console. */
const SCREENS = new Set(['terminal', 'pane', 'tmux', 'console']);

/** Social networks anyone can read without signing in. */
const OPEN_NETWORKS = 'twitter|tiktok|reddit|bluesky|mastodon';
/**
 * Things sensed as someone's own that a context shows are not: public records (a land registry's sales), or another
 * thing by the same word (a page's DOM document, a program's threads). The word sensed, and the context.
 */
const NOT_PRIVATE_HERE: readonly (readonly [RegExp, RegExp])[] = [
  // Property sales (a land registry's, recorded transactions of houses and flats), not a shop's own sales.
  [/^sales$/, /\b(?:property|properties|real estate|house|houses|land|dvf|homes?)\b/],
  // A parliament's or a public body's meetings (a congress committee's, a plenary sitting).
  [/^meetings?$/, /\b(?:congress|parliament|plenary|senate|committees?|council|legislat\w*|gov|government)\b/],
  // Photos on a stock-photo library (Pexels, Unsplash, Pixabay), published for anyone to use.
  [/^photos?$/, /\b(?:pexels|unsplash|pixabay|stock (?:photos?|images?|media|footage)|free (?:stock )?photos)\b/],
  // What a company files with a public company register (Companies House): the charges on it, its statements, its filings.
  [/^(?:charges?|statements?|content|contents)$/, /\b(?:companies house|company register|companies register|public register)\b/],
  // A public video's transcript (YouTube's) is what anyone watching hears; a call's or a meeting's is private speech.
  [/^transcri/, /\b(?:youtube|videos?|podcasts?)\b/],
  // Records its context calls DNS records (`dnsProvider-listRecords`, "a single DNS record", "the TXT verification record")
  // are public: anyone can look them up, as QUALIFIED_HEADS says of `dns_records`.
  [/^records?$/, /\b(?:dns|txt)\b/],
  // A user's profile on a social network anyone can read without signing in (X, TikTok, Reddit, Bluesky, or Threads, its
  // name's first word) is what that person published for everyone. (LinkedIn's profiles are professional records read signed in.)
  [/^(?:users?|profiles?|people)$/, new RegExp(`\\b(?:${OPEN_NETWORKS})\\b|^threads\\b`)],
  // …and so are the posts published there, and the replies, mentions and conversations under them.
  // (Threads the network where its text names a Threads post, user or media: a mail server's threads are conversations.)
  // (…and on LinkedIn or Instagram, or on Threads as its name's first word, a post and what mentions someone in one are
  // published too, though their profiles are read signed in.)
  [/^(?:posts?|replies|mentions?|conversations?|threads?|feed)$/, new RegExp(`\\b(?:${OPEN_NETWORKS}|subreddits?)\\b|\\bthreads (?:posts?|users?|media)\\b`)],
  [/^(?:posts?|mentions?)$/, /\b(?:linkedin|instagram)\b|^threads\b/],
  // A page's document tree (its DOM, a design file's node tree) is how the page is built, not a document someone wrote.
  [/^documents?$/, /\bdocument tree\b|\bdom\b/],
  // A program's threads, under a debugger or in a thread dump, are its threads of execution: where each one is, not a
  // conversation.
  [/^threads?$/, new RegExp(`${DEBUGGING.source}|\\b(?:debuggee|dap|thread dump|jstack)\\b`)],
];
/**
 * What the named objects were read as (`sensitivityOf`), weighed against where the read happens: a word that names
 * sensitive data in general can name something harmless here, and a lead can name data the name does not.
 */
export function sensitivityInContext(sensed: Sensitive | undefined, ctx: ReadContext): Sensitive | undefined {
  // Counts of people's records or of logged events ("Get customer counts grouped by role", "overview aggregates for webhook
  // events grouped by date") are numbers about them, not the records. (Money summed is still the business's figures.)
  if (sensed?.kind !== 'financial' && sensed?.kind !== 'secret' && COUNTS_ONLY.test(ctx.lead)) return undefined;
  const here = `${ctx.nameWords.join(' ')} ${ctx.lead} ${[...ctx.serverWords].join(' ')}`;
  if (sensed === undefined) {
    // A resource, where resources keep timesheets and absences, is a person (a consultant, an employee): whatever is read of
    // one (their file, their projects, their benefits) is about them.
    if (ctx.staffsResources && ctx.nameWords.some((w) => w === 'resource' || w === 'resources')) {
      return { kind: 'personal', word: 'resources', what: "the people a business staffs (its resources): their records (personal data)" };
    }
    // A voice or phone call's record holds who called whom, when, and often its recording or transcript.
    // (…and so does any call's record whose description says it holds the transcript, the recording or the phone numbers.)
    if (ctx.nameWords.some((w, i) => (w === 'call' || w === 'calls') && (ctx.nameWords[i - 1] === 'voice' || ctx.nameWords[i - 1] === 'phone'))
      || (ctx.nameWords.some((w) => w === 'call' || w === 'calls') && CALL_CONTENTS.test(ctx.opening))) {
      return { kind: 'message', word: 'voice calls', what: 'phone calls: who called whom and when, often with the recording or transcript (private messages)' };
    }
    // An email's or a message's attachments are part of that private message ("List all attachments in an email").
    if (/^attachments?$/.test(ctx.nameWords.at(-1) ?? '') && MAIL_ATTACHMENTS.test(ctx.lead)) {
      return { kind: 'message', word: 'message attachments', what: SENSITIVITY_WORDS.message };
    }
    // A face in a photo, matched, searched or aged, is biometric data: it identifies the person in it.
    const face = FACE_DATA.exec(ctx.lead)?.[0];
    if (face) return { kind: 'personal', word: face, what: "a person's face, which identifies them (biometric personal data)" };
    // A read whose description says it returns what an account holds (its credit or cash balance, its equity, its margin) returns
    // financial records, whatever its name calls the account ("Get credit history list. Returns credit balance…").
    const held = MONEY_HELD.exec(ctx.opening)?.[0];
    if (held) return { kind: 'financial', word: held, what: SENSITIVITY_WORDS.financial };
    // What a job or a session printed as it ran (a cron job's captured output, a z/OS job's spool, a background session's
    // recent output) is its log.
    if (ctx.nameWords.includes('output') && ctx.nameWords.some((w) => RUNS_PRINTING.has(w))) {
      return { kind: 'log', word: 'job output', what: 'what a job or a session printed as it ran (a log)' };
    }
    // Time tracked by a person ("a user's time tracking report", "work items for an explicit subset of users") says what
    // each one worked on and for how long.
    if (TIME_TRACKED.test(`${ctx.nameWords.join(' ')} ${ctx.lead}`) && TRACKED_PEOPLE.test(`${ctx.nameWords.join(' ')} ${ctx.lead}`)) {
      return { kind: 'personal', word: 'time tracked', what: "the time people tracked: who worked on what, and for how long (personal data)" };
    }
    // A database a platform runs (Dokploy's `postgres-one`, DigitalOcean's `db-cluster-get`), read whole, comes back with
    // how to connect to it: its host, user and password. (Its config, users or backups, named, are other reads.)
    // (…and so does one read by its id where the server's other tools are unknown: `mysql-one`, "Gets a specific MySQL
    // database by its ID", "Get a cluster by its id".)
    if ((ctx.hostsDatabases || ctx.nameWords.at(-1) === 'one' || /\b(?:database|cluster) by (?:its )?id\b/.test(ctx.lead)) && hostedDatabase(ctx.nameWords)) {
      return { kind: 'secret', word: 'database record', what: 'a hosted database\'s record, with how to connect to it: its host, user and password (credentials)' };
    }
    // A client of a business that bills (time tracking and invoicing, accounting) is a customer: a name, contacts, billing
    // details. (An API's or an OAuth server's clients are applications.)
    const clients = /^clients?$/.test(ctx.nameWords.at(-1) ?? '');
    if (clients && ctx.billing) return { kind: 'personal', word: 'clients', what: "the business's clients: names, contacts and billing details (personal data)" };
    // A quote, on a server that invoices, is a priced offer to a customer (a quotation, as an invoice is a bill), not a market quote.
    if (/^quotes?$/.test(ctx.nameWords.at(-1) ?? '') && ctx.invoices) return { kind: 'financial', word: 'quotes', what: "the business's quotations to its customers, with their prices (financial records)" };
    // …and so are a router's clients, the devices on its network: whose phone or laptop it is, its address, when it was seen.
    if (clients && ctx.network) return { kind: 'personal', word: 'network clients', what: "the devices on the network, named after their owners, with their addresses and when they were seen (personal data)" };
    // What a terminal, a pane or a console shows, read or captured, is what ran in it and what it printed: a log.
    if (ctx.nameWords.some((w) => SCREENS.has(w)) && ctx.verbs.length > 0 && ctx.verbs.every((v) => v.sense.base === 'read' || v.sense.base === 'capture')) {
      return { kind: 'log', word: 'terminal output', what: 'what ran in a terminal or a console and what it printed (logs)' };
    }
    // …and its hotspot vouchers are the codes guests sign on to the network with: credentials, as a Wi-Fi passphrase is.
    if (/^vouchers?$/.test(ctx.nameWords.at(-1) ?? '') && ctx.network) return { kind: 'secret', word: 'hotspot vouchers', what: 'the codes guests sign on to the network with (credentials)' };
    // Costs or spending incurred (`get_cost_by_tag`'s "Breaks down costs", `top_spending_resources`, `get_actual_costs`) are
    // what the organisation paid, period by period: its spend records. (A cost estimated or calculated is a price quote;
    // a government's spending is published.)
    const spend = ctx.nameWords.some((w) => SPEND_WORDS.has(w)) || (ctx.nameWords.includes('cost') && /\b(?:costs|spending|spend amounts?)\b/.test(ctx.lead));
    if (spend && !ctx.nameWords.some((w) => PRICING_VERBS.has(w)) && !/\b(?:estimat|calculat|comput|quot|predict|simulat)\w*/.test(ctx.lead) && !PUBLIC_SPENDING.test(here)) {
      return { kind: 'financial', word: 'spend', what: 'what the organisation spent, period by period (financial records)' };
    }
    // A support ticket, on any server, is someone's request for help in their own words, with the replies.
    const ticket = /^tickets?$/.test(ctx.nameWords.at(-1) ?? '');
    if (ticket && (ctx.nameWords.includes('support') || /\bsupport tickets?\b/.test(ctx.lead))) return { kind: 'message', word: 'support ticket', what: DOMAIN_SENSITIVITY.support.what };
    // A record returned "including contact information" (a client's, a supplier's, a member's) or "guest information" (a booking's) is a person's details.
    // (A schema or the fields of contact information name only what is asked for.)
    if (CONTACT_DETAILS.test(ctx.lead) && !ctx.nameWords.some((w) => FORM_OF_DETAILS.has(w))) return { kind: 'personal', word: 'contact information', what: SENSITIVITY_WORDS.personal };
    // A shipping label carries its recipient's name and address.
    if (/\bshipping labels?\b/.test(ctx.lead)) return { kind: 'personal', word: 'shipping label', what: "the recipient's name and address (personal data)" };
    // People's sign-in sessions (a realm's on an identity server, a user's, authentication sessions) say who is signed
    // in, from which device and address: an access log.
    const signIns = ctx.nameWords.some((w) => w === 'session' || w === 'sessions')
      && (ctx.nameWords.some((w) => SIGN_IN_WORDS.has(w)) || [...ctx.serverWords].some((w) => IDENTITY_SERVERS.has(w)));
    if (signIns) return { kind: 'log', word: 'sign-in sessions', what: 'who is signed in, from which device and address (an access log)' };
    // Under a debugger, a paused program's variables are its live values, and so are its memory and a core dump of it:
    // whatever it was handling, secrets and personal data included. Its source listed is its code.
    if (DEBUGGING.test(here)) {
      if (ctx.nameWords.some((w) => w === 'variables' || w === 'variable' || w === 'locals')) {
        return { kind: 'content', word: 'variable values', what: "a running program's variable values, which hold whatever it was handling (secrets and personal data included)" };
      }
      // (Its stack and registers say where it is, not what it holds, unless they come with each frame's locals.)
      if (ctx.nameWords.some((w) => PROGRAM_DATA.has(w) || (PROGRAM_PLACE.has(w) && offersLocals(ctx)))) {
        return { kind: 'content', word: 'program state', what: "a running program's memory, or its stack with each frame's variables, which hold whatever it was handling (secrets and personal data included)" };
      }
      if (ctx.nameWords.includes('source')) return { kind: 'source', word: 'debugged source', what: SENSITIVITY_WORDS.source };
    }
    // Who a file, a folder or a calendar is shared with (its permissions, its sharing, its access control list) names
    // the people with access, by email: personal data. (Permission definitions, groups and a token's scopes do not.)
    // (What the caller itself may do, "the current user's permissions", or a check that the app may use a calendar, names no one.)
    const sharing = ctx.nameWords.some((w) => SHARING_WORDS.has(w)) && !ctx.nameWords.some((w) => w === 'current' || w === 'check' || w === 'user')
      && [...ctx.nameWords, ...ctx.lead.split(/\W+/), ...ctx.serverWords].some((w) => SHARED_THINGS.has(w));
    if (sharing) {
      return { kind: 'personal', word: 'who it is shared with', what: "who has access to it, by name or email (personal data)" };
    }
    // One webhook delivery is the request that was sent and the answer that came back, payload and headers: a log entry;
    // so are the events a webhook delivered and its delivery attempts. (The event types available, their scopes and docs, are no delivery.)
    if (ctx.nameWords.some((w) => w === 'webhook' || w === 'webhooks') && ctx.nameWords.some((w) => WEBHOOK_DELIVERIES.has(w)) && !/\b(?:types?|scopes?|documentation|available)\b/.test(ctx.lead)) {
      return { kind: 'log', word: 'webhook delivery', what: "a webhook delivery's request and response, payload and headers (a log entry)" };
    }
    // A download hands back the stored file's bytes, whatever they hold: a report's rows, a mailbox's attachment, an export.
    // (A template, a model or a visual the tool generated for the caller is nobody's stored data.)
    if (ctx.verbs.length > 0 && ctx.verbs.every((v) => v.sense.base === 'download') && !ctx.nameWords.some((w) => PUBLISHED_DOWNLOADS.has(w)) && !/\bgenerated\b/.test(ctx.lead)) {
      return { kind: 'content', word: 'downloaded file', what: "a downloaded file's contents, which are whatever its owner stored" };
    }
    // Files on someone's own drive (Google Drive, OneDrive, Dropbox), listed, searched or read, are that person's private
    // work: their names say what they are, and a search reaches what they hold. (A file's versions or thumbnails are not.)
    if (PRIVATE_DRIVES.test(ctx.nameWords.join(' ')) && /\bfiles?\b/.test(`${ctx.nameWords.join(' ')} ${ctx.lead}`) && !METADATA_OBJECTS.has(ctx.nameWords.at(-1) ?? '')) {
      return { kind: 'document', word: 'drive files', what: "the files on someone's own drive: their names and contents are that person's private work" };
    }
    // A similarity search in a database returns the records most like the query: what the database stores.
    if (ctx.verbs.some((v) => v.sense.base === 'search') && ctx.nameWords.some((w) => LIKENESS_SEARCHES.has(w)) && DATABASES.test(ctx.storeText)) {
      return { kind: 'stored', word: 'similar records', what: SENSITIVITY_WORDS.stored };
    }
    return undefined;
  }
  // A file's metadata or details (its name, size, type), as the description says, is not what the file holds. (On a drive,
  // a private file's name and who shares it tell what the file is.)
  if (/^files?$/.test(sensed.word) && FILE_METADATA.test(ctx.lead) && !/\bcontents?\b/.test(ctx.lead) && !PRIVATE_DRIVES.test(here)) return undefined;
  // The value of a form's input on a driven page (an input field, a textarea, a select) is what was typed or picked there.
  if (/^values?$/.test(sensed.word) && /\b(?:input|inputs|input field|textarea|select|form field)\b/.test(ctx.lead)) return undefined;
  // Log files listed ("List DB server log files", with their sizes and times), or a log file's path or size, name the
  // files: none of their lines comes back.
  if (sensed.kind === 'log' && namesLogFiles(ctx.lead)) return undefined;
  // The caller's own user or profile, as the description says ("Get current user information", "the authenticated user's
  // profile"), is what the caller already is, as `get_current_user` is.
  if (sensed.kind === 'personal' && /^(?:users?|profiles?)$/.test(sensed.word) && CURRENT_USER.test(ctx.lead)) return undefined;
  // Subscriptions that bill nothing: a webhook's or a notification's, as the description names them ("webhook
  // subscriptions"), or an Azure subscription, the container a cloud account's resources live in.
  if (/^subscriptions?$/.test(sensed.word) && (DELIVERY_SUBSCRIPTIONS.test(ctx.lead) || ctx.serverWords.has('azure'))) return undefined;
  if (/^objects?$/.test(sensed.word)) {
    // An object holds a stored file's contents in an object store (a bucket: S3, R2, GCS, blob storage); elsewhere it is
    // a thing of the server's own (a firewall's host object, a Durable Object, a to-do app's task), no stored content.
    if (sensed.kind === 'content' && !OBJECT_STORES.test(`${ctx.storeText} ${ctx.nameWords.join(' ')}`)) return undefined;
    // …and describing a CRM's object (Account, Case) returns its fields and relationships, as describing a table returns its columns.
    if (ctx.verbs.length > 0 && ctx.verbs.every((v) => v.sense.base === 'describe')) return undefined;
    // …and a CRM's standard and custom objects, found by name, are its kinds of record (Account, Contact, a custom
    // object): its data model, as a database's tables are. (HubSpot's "objects of a specified type" are records.)
    if (OBJECT_KINDS.test(ctx.lead)) return undefined;
  }
  // A market's activity (options volume, insiders' trades filed with the SEC) and an index's members (its stocks) are
  // published market data, not a person's records.
  if (sensed.kind === 'personal' && /^(?:activity|activities|members?)$/.test(sensed.word) && publicMarketData(here, ctx.lead)) return undefined;
  // …and so is a listed company's reported cash flow, from its filings.
  if (sensed.kind === 'financial' && /^cashflows?$/.test(sensed.word) && publicMarketData(here, ctx.lead)) return undefined;
  // A transaction on a public blockchain, found by its hash, its block or its chain, is on a ledger anyone can read; an
  // address's, a wallet's or a user's transactions gather one holder's money.
  if (sensed.kind === 'financial' && publicChainTransaction(sensed.word, here, `${ctx.nameWords.join(' ')} ${ctx.lead}`)) return undefined;
  // A paused program's stack trace, under a debugger, is where it is: no log, and no values without its frames' locals.
  if (sensed.kind === 'log' && sensed.word === 'trace' && ctx.nameWords.includes('stack') && DEBUGGING.test(here) && !offersLocals(ctx)) return undefined;
  // What is someone's own elsewhere is public record in these contexts, or another thing by the same word.
  if (NOT_PRIVATE_HERE.some(([word, context]) => word.test(sensed.word) && context.test(here))) return undefined;
  return sensed;
}

/** What was bought, after "past": `get_past_order_groceries`, `past_purchases`. */
const PAST_PURCHASES = new Set(['order', 'orders', 'purchase', 'purchases']);
export function sensitivityOf(named: readonly string[], verbs: readonly VerbHit[], domain: Domain | undefined, dataStore = true): Sensitive | undefined {
  // "Who am I" returns the caller's own identity (for a key: whose it is), not the key or the token itself.
  if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'whoami')) return undefined;
  // A whole site or database exported (or dumped) comes back with everything it stores: its records, users and content.
  if (verbs.some((v) => WHOLE_EXPORTS.has(v.sense.base)) && named.length > 0 && EXPORTED_WHOLES.has(named[named.length - 1] as string)) return { kind: 'stored', word: `${named[named.length - 1]} export`, what: SENSITIVITY_WORDS.stored };
  // A count of messages or contacts is a number; none of them comes back.
  if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'count')) return undefined;
  // What a decryption returns (or an unwrapped or unsealed vault or key) is the plaintext someone encrypted to keep it secret.
  if (verbs.some((v) => v.sense.base === 'decrypt' || v.sense.base === 'unwrap' || v.sense.base === 'unseal')) return { kind: 'secret', word: 'decrypted data', what: SENSITIVITY_WORDS.secret };
  // A code env or a Python env is an environment, not environment variables.
  const objects = named.map((o, i) => ((o === 'env' || o === 'envs') && ENV_KINDS.has(named[i - 1] ?? '') ? 'environment' : o));
  // A token of a chain (`erc20_token`, an NFT token) is an asset, not a credential.
  // (…and so is a design system's token, a named colour or spacing: `get_semantic_tokens`.)
  const asset = (o: string, i: number) => (o === 'token' || o === 'tokens') && (CHAIN_TOKENS.has(objects[i - 1] ?? '') || DESIGN_TOKENS.has(objects[i - 1] ?? ''));
  // A secret named anywhere in the name counts (`get_secret_value`).
  // …before a preposition: `address_from_private_key` takes the key, it returns an address.
  const firstBreak = objects.findIndex((o, i) => i > 0 && HEAD_BREAKS.has(o));
  for (let i = 0; i < (firstBreak > 0 ? firstBreak : objects.length); i++) {
    const o = objects[i] as string;
    if (SENSITIVE_NOUNS.get(o) === 'secret' && !asset(o, i) && objects.slice(i + 1).every((w) => SECRET_TAILS.has(w) || SENSITIVE_NOUNS.get(w) === 'secret')) return { kind: 'secret', word: o, what: SENSITIVITY_WORDS.secret };
  }
  // Past orders, whatever of them is named (their items, their dates), are someone's purchase history, as an order history is.
  const past = objects.findIndex((o, i) => o === 'past' && PAST_PURCHASES.has(objects[i + 1] ?? ''));
  if (past >= 0) return { kind: 'financial', word: `past ${objects[past + 1]}`, what: 'a purchase history: what was bought, when and for how much (financial records)' };
  // A connection string (or a database's URL) carries the user name and password it connects with.
  const connection = objects.findIndex((o, i) => (o === 'connection' || o === 'database') && CONNECTION_FORMS.has(objects[i + 1] ?? ''));
  if (connection >= 0) return { kind: 'secret', word: `${objects[connection]} ${objects[connection + 1]}`, what: SENSITIVITY_WORDS.secret };
  // The head noun comes before a preposition or a participle: `contacts` in `contacts_matching_conditions`,
  // `messages` in `messages_by_sender`.
  // A name whose objects start with one (`search_since_date`, `search_with_keyword`) names only the filter: no head.
  const cut = objects.findIndex((o) => HEAD_BREAKS.has(o));
  const end = cut >= 0 ? cut : objects.length;
  let head: string | undefined;
  for (let i = end - 1; i >= 0 && head === undefined; i--) if (!GENERIC_OBJECTS.has(objects[i] as string)) head = objects[i];
  // A person's info is the person's details (`get_organization_member_info`), as a server's info is the server's.
  const infoOf = head === 'info' || head === 'information' ? objects[objects.lastIndexOf(head) - 1] : undefined;
  if (infoOf !== undefined && (PERSONS.has(infoOf) || PROFILED.has(infoOf))) head = infoOf;
  const reads = verbs.some((v) => CONTENT_READS.has(v.sense.base));
  const lists = verbs.some((v) => LISTINGS.has(v.sense.base));
  const searches = verbs.some((v) => CONTENT_SEARCHES.has(v.sense.base));
  const domainObjects = domain ? DOMAIN_OBJECTS[domain] : undefined;
  const fromDomain = (word: string): Sensitive | undefined => {
    if (!domain) return undefined;
    // Documents are private when read or searched; a listing of them only names them.
    if (domain === 'documents' && !reads && !searches) return undefined;
    return { kind: DOMAIN_SENSITIVITY[domain].kind, word, what: DOMAIN_SENSITIVITY[domain].what };
  };
  // A diff on a code host (`git_diff`, `git_diff_staged`), or a git diff anywhere (`ha_git_diff`), returns the changed
  // lines: the code itself (not a diff's stats).
  if ((domain === 'code' || objects.includes('git')) && verbs.some((v) => v.sense.base === 'diff') && !objects.some((o) => DIFF_SUMMARIES.has(o))) return { kind: 'source', word: 'diff', what: SENSITIVITY_WORDS.source };
  // A bare `search` or `read` on a mail server or a drive reads what it holds.
  // …and a bare `grep` on a code host matches the lines of its files: it returns the code.
  if (head === undefined && domain === 'code' && verbs.some((v) => v.sense.base === 'grep')) return { kind: 'source', word: 'grep', what: SENSITIVITY_WORDS.source };
  // The entries of a CRM's list are the people and companies on it (`get-list-entries`).
  if (head === undefined && domain === 'crm' && objects.includes('list') && objects.some((o) => LIST_MEMBERS.has(o))) return fromDomain('list entries');
  if (head === undefined) return domain === 'messaging' || domain === 'documents' || (domain === 'vault' && reads) ? fromDomain(domain) : undefined;
  // A document's chunks, passages or excerpts (or its summary) are pieces of its text: what the document holds comes back,
  // listed or read (`documents_get_chunks`, `knowledge_list_chunks`); a cached response's chunks are not a document's.
  const whole = DOCUMENT_PARTS.has(head) ? objects.slice(0, objects.lastIndexOf(head)).reverse().find((o) => DOCUMENT_WHOLES.has(o)) : undefined;
  if (whole !== undefined) return { kind: 'document', word: `${whole} ${head}`, what: SENSITIVITY_WORDS.document };
  // A list of commits (or a git log) gives their messages, authors and hashes; reading one commit returns its diff, the code.
  const commitLog = (head === 'log' || head === 'logs' || head === 'history') && objects.some((o) => o === 'git' || o === 'commit');
  if (commitLog || ((head === 'commits' || head === 'commit') && !reads)) return undefined;
  // A metered service's usage records or usage details are what the account is billed for (a tool's usage stats are not).
  if (objects.some((o, i) => o === 'usage' && USAGE_BILLED.has(objects[i + 1] ?? ''))) return { kind: 'financial', word: 'usage records', what: SENSITIVITY_WORDS.financial };
  // An issue's or a page's attachments are files: a list of them names them; one read returns what it holds.
  // (A mail's attachments are part of the private message.)
  if ((head === 'attachment' || head === 'attachments') && domain !== 'messaging' && !objects.some((o) => SENSITIVE_NOUNS.get(o) === 'message' && o !== head)) {
    return head === 'attachment' && reads ? { kind: 'content', word: head, what: SENSITIVITY_WORDS.content } : undefined;
  }
  // A build's artifact downloaded is the build's output itself (its bundles, binaries and reports); its status or a
  // listing of artifacts only names them.
  if ((head === 'artifact' || head === 'artifacts') && verbs.some((v) => v.sense.base === 'download')) return { kind: 'content', word: 'downloaded artifact', what: SENSITIVITY_WORDS.content };
  // The caller's own identity (the current or authenticated user, "my profile") is what the caller already is, not other people's data.
  if (SELF_RECORDS.has(head) && objects.some((o) => SELF_QUALIFIERS.has(o))) return undefined;
  // The word right before some heads decides what they are (a credit note, a lead form): see QUALIFIED_HEADS.
  const before = objects[objects.lastIndexOf(head) - 1] ?? '';
  const qualified = QUALIFIED_HEADS.find((q) => q.heads.has(head) && q.before.has(before));
  if (qualified) return qualified.kind === undefined ? undefined : { kind: qualified.kind, word: `${before} ${head}`, what: qualified.what ?? SENSITIVITY_WORDS[qualified.kind] };
  // What is made from a call's recording (its add-on results, their payloads) carries what was said on the call, as its transcription does.
  const recording = objects.slice(0, objects.lastIndexOf(head)).find((o) => o === 'recording' || o === 'recordings');
  if (recording && domain === 'messaging' && !REFERENCE_OBJECTS.has(head) && !STRUCTURE_OBJECTS.has(head)) {
    return { kind: 'message', word: qualifiedHead(recording, head), what: SENSITIVITY_WORDS.message };
  }
  // A person's own stats, streams or actions are about that person (`athlete_stats`, `candidate_actions`);
  // how an account is organised (its groups, roles, templates) is not.
  const owner = objects.slice(0, objects.lastIndexOf(head)).findLast((o) => PERSONS.has(o));
  if (owner !== undefined && !REFERENCE_OBJECTS.has(head) && !STRUCTURE_OBJECTS.has(head) && SENSITIVE_NOUNS.get(head) === undefined) {
    return { kind: 'personal', word: `${owner} ${head}`, what: SENSITIVITY_WORDS.personal };
  }
  // What a user or a member did (their events, actions, changes, logins) is an activity log: who did what, and when.
  const actor = objects.slice(0, objects.lastIndexOf(head)).findLast((o) => ACCOUNT_HOLDERS.has(o));
  if (actor !== undefined && ACTIVITY_RECORDS.has(head)) return { kind: 'log', word: `${actor} ${head}`, what: SENSITIVITY_WORDS.log };
  // A report on money (a sales report, a revenue summary) holds the figures it reports.
  const reportOn = REPORTS.has(head) ? objects.slice(0, objects.lastIndexOf(head)).findLast((o) => FINANCIAL_QUALIFIERS.has(o)) : undefined;
  if (reportOn !== undefined) return { kind: 'financial', word: `${reportOn} ${head}`, what: SENSITIVITY_WORDS.financial };
  // …and so do records of money under another head: an invoice's schedules, a payment's attempts, a payout's items
  // (an invoice number is only the next identifier).
  const moneyOf = !METADATA_OBJECTS.has(head) && head !== 'number' && head !== 'numbers' && !STRUCTURE_OBJECTS.has(head) && !REFERENCE_OBJECTS.has(head) ? objects.slice(0, objects.lastIndexOf(head)).findLast((o) => MONEY_RECORDS.has(o)) : undefined;
  if (moneyOf !== undefined) return { kind: 'financial', word: qualifiedHead(moneyOf, head), what: SENSITIVITY_WORDS.financial };
  // A database dumped comes back (or is written out) whole: every record it stores.
  if (verbs.some((v) => v.sense.base === 'dump') && DUMPED_STORES.has(head)) return { kind: 'stored', word: `${head} dump`, what: SENSITIVITY_WORDS.stored };
  // A Google Doc is a document someone wrote, not documentation: read or searched, it returns what they wrote.
  // (Docs got in the plural, `getRecentGoogleDocs`, are a listing: their names.)
  if ((head === 'doc' || head === 'docs') && before === 'google') return (head === 'doc' && reads) || searches ? { kind: 'document', word: `${before} ${head}`, what: SENSITIVITY_WORDS.document } : undefined;
  // (…unless the server's domain names it as one of its private records: a recruiter's feedback, a CRM's accounts,
  // a calendar's event instances, an error tracker's issues.)
  const domainRecord = domainObjects !== undefined && domainObjects !== 'any' && domainObjects.has(head);
  if ((METADATA_OBJECTS.has(head) || REFERENCE_OBJECTS.has(head)) && !domainRecord) return undefined;
  // A dataset's or a view's items are its records: they come back whole (`get-dataset-items`).
  if (DATA_CONTAINERS.has(head) && objects[objects.lastIndexOf(head) + 1] === 'items') return { kind: 'stored', word: `${head} items`, what: SENSITIVITY_WORDS.stored };
  // A profile is a person's when the name says whose (a user's, a member's, a people search); a quality, risk,
  // performance or business profile is a configuration or a report.
  if ((head === 'profile' || head === 'profiles') && !objects.some((o) => PERSONS.has(o) || PROFILED.has(o)) && domain === undefined) return undefined;
  // What people entered in a form or a survey (names, emails, answers) is their personal data.
  if (FORM_ENTRIES.has(head) && objects.some((o) => FORMS.has(o))) return { kind: 'personal', word: `${objects.find((o) => FORMS.has(o))} ${head}`, what: SENSITIVITY_WORDS.personal };
  // A payment platform's simulated or test events are sample payloads, not its records.
  const simulated = domain === 'payments' && objects.some((o) => o === 'simulation' || o === 'simulations' || o === 'test' || o === 'sandbox');
  if (domainObjects !== undefined && domainObjects !== 'any' && domainObjects.has(head) && !simulated) return fromDomain(head);
  // Console output and network traffic are a program's logs (with the tokens and cookies they carry).
  const qualifier = objects.find((o) => LOG_QUALIFIERS.has(o));
  if (qualifier && LOGGED.has(head)) return { kind: 'log', word: `${qualifier} ${head}`, what: SENSITIVITY_WORDS.log };
  // An audit trail or the access events of an account are its activity log: who did what, from where.
  // (A site audit's history is an SEO report; an access request asks to join.)
  // (…and so are a firewall's or a security service's events: what was blocked, from where.)
  const audit = objects.find((o) => o === 'audit' || o === 'access' || o === 'firewall' || o === 'security');
  if (audit && AUDIT_RECORDS.has(head)) return { kind: 'log', word: `${audit} ${head}`, what: SENSITIVITY_WORDS.log };
  const kind = SENSITIVE_NOUNS.get(head);
  if (kind) {
    // Listing files or objects names them; reading one returns what it holds.
    if ((kind === 'source' || kind === 'content') && !reads) return domainObjects === 'any' ? fromDomain(head) : undefined;
    // Records come back whole from a listing or a search too…
    if (kind === 'stored' && !reads && !lists) return undefined;
    // …but documents outside a data store (a wiki's, a diagram tool's, a team's docs) are pages: a listing names them.
    if ((head === 'document' || head === 'documents') && !dataStore && !reads && !searches) return undefined;
    return { kind, word: head, what: SENSITIVITY_WORDS[kind] };
  }
  // On a documents server, what is around the documents (a page's outline, its links, its children, its revisions, who may
  // see it) holds none of their text. (A block's children, Notion's, are the blocks of text under it.)
  if (domain === 'documents' && (DOCUMENT_STRUCTURE.has(head) || METADATA_OBJECTS.has(head)) && !objects.some((o) => o === 'block' || o === 'blocks')) return undefined;
  return domainObjects === 'any' ? fromDomain(head) : undefined;
}
