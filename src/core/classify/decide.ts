// Combining the evidence into a category, a risk and a confidence. The rules, in order:
// the name's action verb sets the category (the description's when the name has none or
// only a generic one); the schema and the description can only make it more dangerous;
// annotations break ties and are overruled, with a note, when the text says worse.
import { CATEGORIES, type Category, type Risk } from '../labels.ts';
import type { Signal } from './types.ts';
import type { Evidence, VerbHit } from './evidence.ts';
import {
  CODE_AS_DATA, PUBLIC_CONTENT, COMPUTED, DEPLOYABLE, DISCARDING_VERBS, HTTP_METHODS, PURCHASABLE, PURCHASE_VERBS, RUN_INSTANCES, TRIGGERABLE, TRIGGER_VERBS, UI_OBJECTS, UI_READ_STEPS, DOMAIN_OBJECTS, DOMAIN_SENSITIVITY, REFERENCE_OBJECTS, LOG_QUALIFIERS, type Domain, FINANCIAL_RECORD_WORDS, PERSONAL_RECORD_WORDS, TABLE_ROW_WORDS, DETACHABLE, TRIVIAL_MARKS, SESSION_OBJECTS, SESSION_ENDINGS, EPHEMERAL, LIVE_OBJECTS, VERBS, PRIVILEGE_NOUNS, SENSITIVE_NOUNS, type Sensitivity,
} from './vocabulary.ts';

export interface Decision {
  category: Category;
  risk: Risk;
  confidence: number;
  signals: Signal[];
  /** Why the category: a clause such as `its name says "delete" (branch)`. */
  categoryWhy: string;
  /** Why the risk, a clause. */
  riskWhy: string;
  /** Where annotations and text disagreed, and which reading was kept. */
  conflicts: string[];
}


/** Stopping or restarting says nothing of what is lost; a description that says it wipes or cannot be undone says what is. */
const STOPS_AND_RESTARTS = new Set(['restart', 'reboot', 'stop', 'shutdown', 'reinitialize', 'reinit', 'reload']);
const INTERACTIVE = new Set(['click', 'navigate', 'scroll', 'hover', 'type', 'press', 'focus', 'drag', 'tap', 'swipe', 'pinch', 'longpress', 'goto', 'keypress']);

// (…and a tracked error or problem, as an error tracker's issues: resolving it marks it resolved.)
const RESOLVABLE = new Set(['error', 'errors', 'problem', 'problems', 'finding', 'findings', 'task', 'tasks', 'thread', 'threads', 'discussion', 'discussions', 'issue', 'issues', 'comment', 'comments', 'alert', 'alerts', 'incident', 'incidents', 'ticket', 'tickets', 'review', 'conversation', 'annotation', 'annotations', 'feedback']);
/** Deleting these undoes a small additive act (a reaction, a star, a link): re-addable, so a write. */
/** A browser's cookies: the state a site sets again on the next visit or login, kept by the browser, not a page. */
const COOKIES = new Set(['cookie', 'cookies']);
const COOKIE_DROPS = new Set(['delete', 'clear', 'remove']);
const READDABLE = new Set([...COOKIES, 'breakpoint', 'breakpoints', 'reaction', 'reactions', 'emoji', 'star', 'stars', 'bookmark', 'bookmarks', 'favorite', 'favorites', 'favourite', 'like', 'likes', 'link', 'links', 'association', 'associations', 'assignee', 'assignees', 'reviewer', 'reviewers']);

/** Verbs that add something new rather than change what exists. */
// Verbs that test a credential and report the outcome.
const CREDENTIAL_CHECKS = new Set(['check', 'validate', 'verify', 'test']);
const ADDITIVE = new Set(['create', 'add', 'insert', 'register', 'draft', 'copy', 'clone', 'duplicate', 'fork', 'import', 'upload', 'save', 'store', 'index']);

/** Adding data to a page's own store is not a UI step. */
/** Parameters naming the one file a tool writes, and the content written to it. */
const PATH_PARAMS = /^(?:path|filepath|file|filename|target|targetpath|destination)$/;
const CONTENT_PARAMS = /^(?:content|contents|text|data|body)$/;
/** Records that "discarded" is a status of: an error group, a background job, an event. */
const DISCARDED_STATES = new Set(['error', 'errors', 'job', 'jobs', 'event', 'events', 'alert', 'alerts']);
/** Verbs that pack files into an archive. */
const ARCHIVERS = new Set(['compress', 'zip', 'archive', 'pack', 'tar']);
/** Endings that close what a session held open, not only the caller's handle on it. */
const CLOSINGS = new Set(['close', 'stop', 'end', 'exit', 'quit']);
/** What, once set up, acts by itself on other things or services. */
const STANDING_AGENTS = new Set(['automation', 'automations', 'integration', 'integrations']);
/** Verbs that set such a thing up or change what it does (not switching it off or ranking it). */
const SETS_GOING = new Set(['create', 'add', 'update', 'edit', 'modify', 'install', 'activate', 'enable', 'configure', 'patch', 'upsert']);
/** Verbs that bring a stored copy up to date from where it came from. */
const SOURCE_REFRESHES = new Set(['refresh', 'rescan', 'resync']);
/** What a rebuild works through at length: an index. */
const INDEXES = new Set(['index', 'indexes', 'indices']);
/** Where a write is recorded for good: a blockchain, a tamper-proof ledger. */
const ON_CHAIN = /\bon-?chain\b|\berc-?\d{3,5}\b|\bblockchain\b|\btamper-proof\b/;
/** Verbs that make or start something new, which a `force` flag only pushes past a check. */
const SETS_UP = new Set(['start', 'init', 'initialize', 'initialise', 'install', 'scaffold', 'generate', 'record', 'setup', 'bootstrap', 'make', 'mkdir', 'launch']);
const ADDITIVE_DATA = new Set(['create', 'insert', 'save', 'store', 'import', 'register', 'install', 'upsert']);
/** Text saying what part of a UI a step acts on. */
const UI_LEAD = /\b(?:in|on|of|into|onto) (?:the|a|an) (?:current |active |selected |specific )?(page|tab|browser|dialog|form|element|screen|device|window|input|field)\b/;
/** Steps that put input into a UI: with a UI part anywhere in the opening text, they are that step. */
/** A purpose that sets code going: handlers, workflows, automations. */
const SETS_OFF_CODE = /\b(?:in order )?to (?:trigger|fire|invoke|run) (?:any |the |its |all |matching )?(?:\w+ )?(?:handlers?|workflows?|automations?|functions?|lambdas?|pipelines?)\b/;
/** Acts that halt something in progress. */
const HALTS = new Set(['cancel', 'abort', 'stop', 'halt', 'interrupt']);
/** Runs of work, which a halt stops without touching what they run. */
const HALTED_RUNS = new Set([...RUN_INSTANCES, 'job', 'jobs', 'pipeline', 'pipelines', 'workflow', 'workflows', 'evaluation', 'evaluations', 'eval', 'simulation', 'simulations']);
/** What a customer pays for on a schedule. */
const PAID_TERMS = new Set(['subscription', 'subscriptions', 'tier', 'plan', 'plans', 'seats']);
/** Acts that change the terms of what is paid for (upgrading and renewing are purchases, handled apart). */
const TERM_CHANGES = new Set(['update', 'change', 'modify', 'edit', 'pause', 'resume', 'switch', 'set']);
/** Words that say a subscription is paid for. */
const PAID_WORDS = /\b(?:tiers?|billing|billed|paid|charges?|charged|prices?|pricing|seats?|invoiced?)\b/;
/** Subscriptions to notices, not to a paid service. */
const NOTICE_FEEDS = new Set(['notification', 'notifications', 'webhook', 'webhooks', 'event', 'events', 'topic', 'topics', 'alert', 'alerts', 'feed', 'feeds', 'newsletter', 'calendar', 'channel', 'channels', 'push']);
/** What is built by running its build steps. */
const BUILT_BY_RUNNING = new Set(['image', 'images', 'container', 'containers', 'dockerfile', 'project', 'projects', 'app', 'apps', 'application', 'applications', 'job', 'jobs', 'pipeline', 'pipelines', 'package', 'packages', 'binary', 'binaries', 'solution', 'target', 'targets', 'sim', 'simulator', 'device', 'website', 'site', 'assets', 'firmware', 'docker', 'workspace', 'scheme']);
/** A cache, which is rebuilt from its source. */
const CACHES = new Set(['cache', 'caches']);
/** Ways of emptying a cache. */
const CACHE_DISCARDS = new Set(['clear', 'flush', 'purge', 'delete', 'remove', 'invalidate', 'wipe', 'drop', 'reset', 'refresh', 'evict', 'discard']);
/** Acts that tidy a pool of open connections. */
const POOL_CLEANUPS = new Set(['clean', 'cleanup', 'clear', 'flush', 'purge', 'evict', 'reset', 'refresh', 'prune']);
/** What a cache that serves live traffic belongs to. */
const SERVED_CACHES = new Set(['website', 'websites', 'site', 'sites', 'cdn', 'edge', 'zone', 'zones', 'domain', 'domains', 'wordpress', 'litespeed', 'balancer', 'page', 'pages', 'url', 'urls']);
/** Parts only a browser page or an app screen has (a `page` may be a wiki page, a `form` a survey). */
const BROWSER_PARTS = new Set(['browser', 'tab', 'tabs', 'checkbox', 'checkboxes', 'radio', 'button', 'buttons', 'dropdown', 'iframe', 'textarea']);
const DOCUMENT_WORDS = new Set(['doc', 'docs', 'document', 'documents', 'sheet', 'sheets', 'spreadsheet', 'spreadsheets', 'workbook', 'cells', 'cell', 'range']);
const UI_INPUT_STEPS = new Set(['fill', 'type', 'select', 'check', 'uncheck', 'drop', 'drag', 'hover', 'press', 'focus', 'upload']);
/** Verbs that compute a result and may show it (a chart, a diagram): opening it in a browser is a display. */
const SHOWS_RESULT = new Set(['generate', 'render', 'visualize', 'visualise', 'preview', 'convert', 'compare', 'diff', 'calculate', 'compute', 'summarize', 'summarise']);

const rank = (c: Category) => CATEGORIES.indexOf(c);
const worse = (a: Category, b: Category): Category => (rank(b) > rank(a) ? b : a);

/** Money objects that are financial on any server: an invoice is a bill, a refund returns money. */
const BILLS = new Set(['invoice', 'invoices', 'refund', 'refunds', 'payout', 'payouts', 'charge', 'charges']);
/** Money entries a reversal sends back. */
const REVERSIBLE_MONEY = new Set(['transaction', 'transactions', 'credit', 'credits', 'debit', 'debits']);
/** Objects whose creation or cancellation is a financial act (on a server that handles money). */
const MONEY_ACTS = new Set(['allowance', 'spending', 'payment', 'payments', 'charge', 'charges', 'refund', 'refunds', 'payout', 'payouts', 'invoice', 'invoices', 'subscription', 'subscriptions', 'transfer', 'transfers', 'purchase', 'purchases', 'order', 'orders', 'autorenewal', 'donation', 'donations', 'checkout', 'bounty', 'bounties', 'prize', 'prizes', 'fee', 'fees', 'escrow', 'mandate', 'mandates', 'margin', 'collateral', 'wire', 'wires', 'withdrawal', 'withdrawals']);
/** Acts that make, change or end a financial obligation when their object is a money object. */
const MONEY_VERBS = new Set([
  'create', 'add', 'place', 'submit', 'confirm', 'capture', 'issue', 'make', 'send', 'cancel', 'disable', 'process', 'renew',
  'finalize', 'finalise', 'update', 'modify', 'change', 'edit', 'upgrade', 'downgrade', 'resume', 'reactivate', 'activate',
  'authorize', 'complete', 'approve', 'accept', 'apply', 'schedule', 'retry', 'reverse', 'void', 'pay', 'start', 'enable', 'pause',
  'claim', 'post', 'release', 'award', 'sign', 'adjust',
]);
/** Entries of a catalogue that carry a price but move no money when written. */
const CATALOGUE_OBJECTS = new Set(['product', 'products', 'price', 'prices', 'variant', 'variants', 'sku', 'skus', 'listing', 'listings', 'catalog', 'catalogue', 'menu']);
const CATALOGUE_VERBS = new Set(['create', 'add', 'update', 'set', 'edit', 'modify', 'change', 'insert', 'upsert', 'import', 'duplicate', 'copy']);
/** Financial papers and settings that create an obligation someone pays later, not a payment now. */
// A payment mandate authorises spending later; signing it is what authorises.
const OBLIGATIONS = new Set(['invoice', 'invoices', 'item', 'items', 'link', 'links', 'coupon', 'coupons', 'discount', 'discounts', 'promotion', 'promotions', 'quote', 'quotes', 'autorenewal', 'estimate', 'estimates', 'mandate', 'mandates', 'schedule', 'schedules']);
const OBLIGATION_VERBS = new Set(['create', 'add', 'draft', 'generate', 'enable', 'disable', 'set', 'update', 'sign']);
/** Pausing a subscription or turning off its renewal stops future charges: no money moves now. */
const BILLING_STOPS = new Set(['pause', 'disable', 'suspend']);

/** Protocols and transports named in tool names: how a call is made, not what it acts on. */
const TRANSPORTS = new Set(['sftp', 'ftp', 'ftps', 'scp', 'http', 'https', 'ssh', 'rest', 'rpc', 'grpc', 'api', 'webdav', 's3']);
/** Words before `env` that make it an environment (`code_env`), not its variables. */
const ENV_KINDS = new Set(['code', 'python', 'conda', 'virtual', 'node', 'runtime', 'dev', 'test', 'prod', 'cloud']);
/** What membership gives access to. */
const ACCESS_SCOPES = new Set(['project', 'projects', 'organization', 'organisation', 'org', 'orgs', 'team', 'teams', 'workspace', 'workspaces', 'group', 'groups', 'repository', 'repo', 'space', 'spaces', 'board', 'boards', 'vault', 'vaults', 'account']);
/** Bounded refreshes a trigger can start. */
const REFRESHES = new Set(['refresh', 'fetch', 'sync', 'scan', 'rescan', 'reindex', 'index', 'import', 'update', 'check']);
/** Media a generator makes as a stored asset. */
/** What a service issues and then honours: generating one creates a credential (a password or passphrase is only a string). */
const ISSUED_CREDENTIALS = new Set(['token', 'tokens', 'jwt', 'jwts', 'apikey', 'apikeys', 'secret', 'secrets', 'credential', 'credentials']);
/** A key is a credential when it says what it opens (`api_key`, `access_key`, `anon_key`), not a cache or sort key. */
const CREDENTIAL_KEY_KINDS = new Set(['api', 'access', 'auth', 'anon', 'signing', 'service', 'deploy', 'ssh', 'client']);
function issuesCredential(objects: readonly string[]): boolean {
  if (objects.includes('design')) return false; // design tokens are colours and spacing
  return objects.some((o) => ISSUED_CREDENTIALS.has(o))
    || (objects.some((o) => o === 'key' || o === 'keys') && objects.some((o) => CREDENTIAL_KEY_KINDS.has(o)));
}
const MEDIA = new Set(['image', 'images', 'video', 'videos', 'audio', 'speech', 'voice', 'voices', 'music', 'asset', 'assets', 'thumbnail', 'thumbnails', 'photo', 'photos', 'picture', 'pictures']);
/** What a sync rolls out (Argo CD applications, releases): a deployment. */
const SYNCED_RELEASES = new Set(['application', 'applications', 'app', 'apps', 'release', 'releases', 'environment', 'environments']);
/** Running services: pausing, stopping or restarting one takes it offline for its users. */
const SERVICES = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'compose', 'project', 'projects', 'instance', 'instances', 'vm', 'vms', 'machine', 'machines', 'database', 'databases', 'app', 'apps', 'application', 'applications', 'site', 'sites', 'website', 'websites', 'service', 'services', 'droplet', 'droplets', 'vps', 'host', 'hosts', 'node', 'nodes', 'container', 'containers', 'worker', 'workers', 'function', 'functions']);
const OFFLINE_VERBS = new Set(['pause', 'stop', 'suspend', 'restart', 'reboot', 'shutdown', 'power', 'recycle', 'deactivate', 'disable']);
/** Verbs that write down that something happened, without doing it (`record_deployment`). */
const BOOKKEEPING = new Set(['record', 'log', 'note', 'track', 'report', 'mark', 'tag', 'label', 'annotate', 'comment']);

/** Reads that return contents (a file's text) rather than names (a listing). */
const CONTENT_READS = new Set(['get', 'read', 'fetch', 'view', 'show', 'download', 'export', 'open', 'retrieve', 'display', 'load', 'tail', 'obtain', 'capture']);
/** Words after which a name qualifies its head noun rather than naming it. */
const HEAD_BREAKS = new Set(['by', 'for', 'in', 'from', 'with', 'of', 'matching', 'containing', 'where', 'within', 'on', 'per', 'about', 'between', 'since', 'after', 'before']);
/** Acts that set a paused or new thing running. */
const GOING_LIVE = new Set(['resume', 'activate', 'reactivate', 'enable', 'unpause']);
/** Advertising and outreach that, once live, reaches the public and spends money. */
const CAMPAIGNS = new Set(['ad', 'ads', 'adset', 'adsets', 'campaign', 'campaigns', 'adgroup', 'adgroups']);
/** What sets a payroll paying. */
const PAYROLL_RUNS = new Set(['submit', 'run', 'process', 'execute', 'approve']);
/** What a business policy governs (returns, shipping, time off, alerts), rather than who may do what. */
const BUSINESS_POLICIES = new Set(['return', 'returns', 'fulfillment', 'fulfilment', 'shipping', 'payment', 'custom', 'off', 'holiday', 'pay', 'leave', 'pto', 'vacation', 'sick', 'alert', 'alerting', 'cancellation', 'refund', 'listing', 'pricing', 'escalation']);
/** Design tools, whose variables hold a design's colours, sizes and modes. */
const DESIGN_TOOLS = new Set(['figma', 'penpot', 'sketch', 'framer', 'webflow', 'canva']);
/** What a response answers in front of others: a buyer's feedback, a review, a customer's question. */
const ANSWERED_IN_PUBLIC = new Set(['feedback', 'review', 'reviews', 'inquiry', 'inquiries', 'question', 'questions']);
/** Words after which a name says which records a tool works on, not what it changes (`move_by_domain`, `delete_matching_tag`). */
const SELECTORS = new Set(['by', 'matching', 'containing', 'where']);
/** Reads that return whole records, as they are stored. */
const LISTINGS = new Set(['list', 'search', 'find', 'query', 'export', 'dump']);
/** Object words that only say "some of it" or in what format (raw, MIME); the noun before them names the thing. */
const GENERIC_OBJECTS = new Set(['entry', 'entries', 'data', 'details', 'detail', 'body', 'text', 'mime', 'raw', 'eml', 'list', 'items', 'item', 'all', 'by', 'id', 'ids', 'batch', 'bulk', 'multiple', 'many', 'one', 'single', 'in', 'for', 'of', 'from', 'to', 'with', 'my', 'the', 'a', 'an', 'across', 'new', 'latest', 'recent', 'current', 'delta', 'deltas']);
/** Object words that name a description of a thing, not its contents. */
const METADATA_OBJECTS = new Set(['space', 'spaces', 'info', 'metadata', 'status', 'stats', 'statistics', 'count', 'counts', 'settings', 'schema', 'schemas', 'size', 'sizes', 'coverage', 'issues', 'clones', 'versions', 'tree', 'types', 'type', 'definitions', 'names', 'name', 'colors', 'labels', 'categories', 'folders', 'sections', 'groups', 'list', 'summary', 'analysis', 'thumbnails', 'properties', 'property', 'indexes', 'index', 'health', 'usage', 'metrics', 'resources', 'templates', 'template', 'rules', 'rule', 'patterns', 'pattern', 'profiles', 'tools', 'channels', 'iterations', 'projects', 'repositories', 'branches', 'catalog', 'namespaces', 'namespace', 'contexts', 'roots', 'directories', 'directory', 'calendars', 'collections', 'databases', 'filters']);
/** Where an agent given a task acts: a browser, the web, a computer. */
const AGENT_ARENAS = /\b(?:browser|browsers|web|websites?|computer|desktop|automation|autonomous(?:ly)?)\b/;
/** Reductions customers can redeem. */
const DISCOUNTS = new Set(['coupon', 'coupons', 'discount', 'discounts', 'promotion', 'promotions', 'promo', 'promos']);
/** What a shop sells and at what price: on a server that handles money, changing one changes what buyers are charged. */
const SOLD_OBJECTS = new Set(['price', 'prices', 'pricing', 'product', 'products', 'variant', 'variants', 'listing', 'listings', 'sku', 'skus']);
/** How an account is organised, which says nothing about the person it belongs to. */
const STRUCTURE_OBJECTS = new Set(['topic', 'topics', 'group', 'groups', 'role', 'roles', 'permission', 'permissions', 'type', 'types', 'count', 'counts', 'settings', 'setting', 'template', 'templates', 'schema', 'schemas', 'label', 'labels', 'category', 'categories', 'field', 'fields', 'property', 'properties', 'names', 'name', 'id', 'ids', 'list', 'lists', 'segment', 'segments', 'route', 'routes', 'folder', 'folders', 'status', 'statuses', 'tier', 'tiers', 'import', 'imports', 'point', 'points']);
/**
 * People whose things are theirs: `athlete_stats` are the athlete's. (A `user` or a `member`, as a
 * modifier, more often names where something is kept: `user_groups`, `member_roles`.)
 */
const PERSONS = new Set(['contact', 'contacts', 'customer', 'customers', 'person', 'people', 'employee', 'employees', 'patient', 'patients', 'lead', 'leads', 'attendee', 'attendees', 'guest', 'guests', 'recipient', 'recipients', 'subscriber', 'subscribers', 'candidate', 'candidates', 'applicant', 'applicants', 'student', 'students', 'visitor', 'visitors', 'participant', 'participants', 'teammate', 'teammates', 'collaborator', 'collaborators', 'athlete', 'athletes']);
/** Objects so broad that the description must say what they hold. */
const OPEN_OBJECTS = new Set(['resource', 'resources', 'config', 'configuration', 'variables', 'kind', 'kinds', 'object', 'objects', 'value', 'values', 'key', 'keys', 'item']);

const SENSITIVITY_WORDS: Record<Sensitivity, string> = {
  secret: 'secrets or credentials',
  personal: 'personal data',
  message: 'private messages',
  log: 'logs',
  financial: 'financial records',
  source: 'file or source contents',
  content: 'stored contents',
  stored: 'stored records, whose fields are whatever their owner put there',
  document: 'private documents',
};

/** The object a name is about: its last word that is not a generic one (`entries`, `by`, `id`), unless kept. */
function headNoun(objects: readonly string[], keep?: ReadonlySet<string>): string | undefined {
  for (let i = objects.length - 1; i >= 0; i--) {
    const o = objects[i] as string;
    if (!GENERIC_OBJECTS.has(o) || keep?.has(o)) return o;
  }
  return undefined;
}
const INVOICE_PARTS = new Set(['item', 'items']);
/** A description that says the secrets it lists come without their values. */
const VALUES_WITHHELD = /\b(?:(?:secret |actual )?values? (?:are|is) (?:never|not) (?:shown|returned|included|exposed|revealed)|without (?:their |the |exposing |revealing |showing )?(?:secret |actual )?values?|names only|only (?:their |the )?names|(?:never|not|doesn't|does not|don't|do not) (?:returns?|shows?|exposes?|reveals?) (?:the |their |any )?(?:secret |actual )?values?|(?:names|keys), not (?:their )?values)\b/;

/** Acts that bring a new phone number into an account, and the kinds of number a carrier sells. */
const RENTS_NUMBER = new Set(['create', 'provision', 'buy', 'purchase', 'order', 'rent']);
const NUMBER_KINDS = new Set(['local', 'mobile', 'tollfree', 'toll', 'free']);
/** Whether a phone number is the thing acted on (`create_phone_number`, `CreateIncomingPhoneNumberLocal`), not a contact's field. */
function namesPhoneNumber(objects: readonly string[]): boolean {
  const at = objects.findIndex((o, i) => o === 'phonenumber' || (o === 'phone' && (objects[i + 1] === 'number' || objects[i + 1] === 'numbers')));
  if (at < 0) return false;
  const after = objects.slice(at + (objects[at] === 'phonenumber' ? 1 : 2));
  return after.every((o) => NUMBER_KINDS.has(o)) && !objects.slice(0, at).some((o) => PERSONS.has(o));
}

/** Verbs that bring a new person or sign-in into a system. */
const ADMITS = new Set(['create', 'add', 'invite', 'register', 'provision', 'onboard']);
const LOGIN_HOLDERS = new Set(['user', 'users', 'tester', 'testers', 'login', 'logins']);
const SIGN_IN_SOURCES = new Set(['idp', 'idps', 'sso', 'saml']);

/**
 * What a write that admits someone to the system admits (a user, a tester, a staff agent, an identity
 * provider), or undefined. A new user, or an agent with an email address (a helpdesk's staff, not an
 * AI agent), can sign in; an identity provider lets a whole directory sign in. LABELS.md: creating
 * credentials is high. (A user *story* or a user *segment* names what it is about, not who signs in:
 * only the name's last object counts.)
 */
/**
 * What decides how people sign in and what their tokens say: an identity provider (SSO, SAML), an
 * OpenID client scope or a protocol mapper (the claims put into every token).
 */
function signInSetting(objects: readonly string[]): string | undefined {
  if (objects.some((o) => SIGN_IN_SOURCES.has(o)) || (objects.includes('identity') && objects.includes('provider'))) return 'an identity provider';
  if (objects.includes('client') && objects.includes('scope')) return 'a client scope';
  if (objects.includes('protocol') && objects.includes('mapper')) return 'a protocol mapper';
  return undefined;
}

function newLogin(verbs: readonly VerbHit[], own: readonly string[], paramNames: readonly string[], domain?: Domain): string | undefined {
  if (verbs.length === 0 || !verbs.every((v) => ADMITS.has(v.sense.base))) return undefined;
  const last = own.at(-1);
  const sourceAt = own.findIndex((o) => SIGN_IN_SOURCES.has(o) || (o === 'identity' && own.includes('provider')));
  if (sourceAt >= 0) return 'an identity provider';
  if (last !== undefined && LOGIN_HOLDERS.has(last)) return `a ${last.replace(/s$/, '')}`;
  // A login link (an auto-login or a magic link) signs its holder in without a password.
  if ((last === 'link' || last === 'links') && own.some((o) => o === 'login' || o === 'magic' || o === 'signin')) return 'a login link';
  const email = paramNames.some((n) => /^e-?mails?$|^(?:user|agent)_?e-?mail$/i.test(n));
  // (…and on a helpdesk, where an agent is a member of the support staff who answers customers.)
  if (last !== undefined && (last === 'agent' || last === 'agents') && (email || domain === 'support')) return email ? 'a staff agent with an email address' : 'a helpdesk agent';
  return undefined;
}

function objectsOf(ev: Evidence): string[] {
  // A title with no verb of its own is a label, often in another language ("Factures fournisseur d'une société"): the name's objects stand.
  return ev.name.verbs.length > 0 || !ev.title || ev.title.verbs.length === 0 ? ev.name.objects : ev.title.objects;
}

/** The category one action verb points to, given the object it acts on. */
function verbCategory(hit: { sense: VerbHit['sense'] }, objects: readonly string[], ev: Evidence): Category {
  const s = hit.sense;
  // Loading a file into a table or a database imports it there: a write ("Load a CSV file into DuckDB").
  if (s.base === 'load' && LOADED_INTO.test(ev.description.lead)) return 'write';
  // Generating an image or a video makes a stored asset; generating text only returns it.
  if (s.base === 'generate' && objects.some((o) => MEDIA.has(o))) return 'write';
  // Creating or initiating a cancellation (of a transfer, a booking) cancels it: the cancel rules decide.
  if ((s.base === 'create' || s.base === 'initiate') && objects.some((o) => o === 'cancellation' || o === 'cancellations')) {
    const cancel = VERBS.get('cancel');
    if (cancel) return verbCategory({ sense: cancel }, objects, ev);
  }
  // Generating something the description says it creates ("Creates a collection from the given API specification") makes a stored thing.
  if (s.base === 'generate' && ev.descriptionOpens === 'create') return 'write';
  // Generating a payment or checkout link creates it, as creating one does: someone can pay through it (an obligation).
  if (s.base === 'generate' && objects.some((o) => o === 'link' || o === 'links') && objects.some((o) => o === 'payment' || o === 'checkout')) return 'financial';
  // …and so does generating a file (a test file, docs, rule files, a PDF): it is left behind; a chart or a plan is only returned.
  if (s.base === 'generate' && generatesFile(objects, ev)) return 'write';
  // Generating an access token, a key or a secret creates a credential the service will honour; a random password is only returned.
  // (Only when the name says so: a description's "generates a token" is as often how another action works.)
  if (s.base === 'generate' && issuesCredential(objects) && ev.name.verbs.some((v) => v.sense.base === 'generate')) return 'write';
  // Discarding an error or a job marks it discarded (no longer collected, not retried): a status, not data thrown away.
  if (s.base === 'discard' && objects.some((o) => DISCARDED_STATES.has(o))) return 'write';
  // Closing an account ends it; closing an issue or a tab does not.
  if (s.base === 'close' && objects.some((o) => o === 'account' || o === 'accounts')) return 'destructive';
  if (s.base === 'delete' && READDABLE.has(objects[objects.length - 1] ?? '') && !storedLink(objects, ev)) return 'write';
  // A cache is rebuilt from its source: emptying it, however it is said, loses nothing.
  // (…and so is a cache the description names as what is cleared, "Clear snapshot cache", or what it says is only cached.)
  if (CACHE_DISCARDS.has(s.base) && (objects.some((o) => CACHES.has(o)) || CLEARED_CACHE.test(ev.description.lead))) return 'write';
  // …and so is cleaning up the server's own pool of connections: open sockets, not stored data.
  if (POOL_CLEANUPS.has(s.base) && objects.some((o) => o === 'connection' || o === 'connections')) return 'write';
  // On a debugger, continuing, stepping, restarting or attaching runs (or takes control of) the debugged program.
  if (ev.server.debugsPrograms && RUN_CONTROLS.has(s.base)) return 'execute';
  // Capturing a note or a journal entry records it; capturing a screenshot or traffic only takes what is there.
  if (hit.sense.base === 'capture' && (objects.some((o) => NOTED.has(o)) || /\bcapture\w* (?:a |an |the )?(?:\w+ )?(?:notes?|entry|entries|journal|ideas?|thoughts?|memos?|tasks?|todos?)\b/.test(ev.description.lead))) return 'write';
  // Running a saved question or a dashboard card runs a query someone stored: it returns that query's results.
  if (savedQuery(hit, objects, ev)) return 'read';
  // Opening a pull request, an issue or a ticket files it: a new record others see.
  if (s.base === 'open' && objects.some((o) => FILED_BY_OPENING.has(o))) return 'write';
  // Opening an application (a simulator, an editor) starts a program on the machine; opening a file or a node reads it.
  // …and so does opening something in the user's browser or a program's window ("Open a URL in the user's default browser").
  if (LAUNCHES.has(s.base) && (objects.some((o) => APPLICATIONS.has(o)) || ev.description.opensIn !== undefined)) return 'execute';
  // Evaluating a formula or a math expression computes a number (a JavaScript expression is code).
  if ((s.base === 'evaluate' || s.base === 'eval') && objects.some((o) => ARITHMETIC_OBJECTS.has(o))) return 'read';
  // Watching an issue, a card or a repository makes the caller one of its watchers: a mark on that record, as adding a watcher is.
  if (s.base === 'watch' && objects.some((o) => WATCHED_RECORDS.has(o))) return 'write';
  // Starting a browser, or a new page, tab or session in one, sets a driven browser going (shared/LABELS.md: execute).
  if (startsBrowser(s.base, objects, ev)) return 'execute';
  // Adding (or multiplying…) numbers computes a result: arithmetic, not an addition to anything stored.
  if (ARITHMETIC.has(s.base) && /\b(?:add|sum|subtract|multiply|divide)\w* (?:up )?(?:two |three |the |a list of )?(?:numbers|integers|floats)\b(?! (?:to|in|into) )/.test(ev.description.lead)) return 'read';
  // Scaling a recipe or an amount works out the new quantities and hands them back; scaling a workload changes what runs.
  if (s.base === 'scale' && objects.some((o) => SCALED_AMOUNTS.has(o))) return 'read';
  // Voiding a payment on a server that handles money ends it before it settles: a money act, like cancelling one.
  // …and so does reversing one (a charge, a transaction, a credit or debit on an account): the money goes back.
  if ((s.base === 'void' || s.base === 'reverse') && objects.some((o) => MONEY_ACTS.has(o) || REVERSIBLE_MONEY.has(o)) && (ev.server.money || ev.server.shop)) return 'financial';
  // Completing a chat or a prompt asks a language model to continue it: the model's answer comes back, nothing is stored.
  if (s.base === 'complete' && objects.some((o) => MODEL_COMPLETED.has(o))) return 'read';
  // Selecting a project, an account or a notebook makes it the one later calls work on: the session's setting changes.
  if (s.base === 'select' && picksWorkingContext(objects)) return 'write';
  // Connecting to a database opens a connection later calls use: nothing stored changes.
  if (s.base === 'connect' && databaseConnection(objects, ev) && !ev.parameters.names.some((n) => WRITE_GUARDS.test(flatName(n)))) return 'read';
  // Revoking or terminating a paid subscription cancels it (shared/LABELS.md: "cancel subscription" is financial).
  if ((s.base === 'revoke' || s.base === 'terminate') && objects.some((o) => SUBSCRIPTIONS.has(o)) && !listenerSubscription(objects)
    && (ev.server.money || ev.server.shop)) return 'financial';
  // Submitting, running or processing a payroll pays the people on it.
  if (PAYROLL_RUNS.has(s.base) && objects.some((o) => o === 'payroll' || o === 'payrolls')) return 'financial';
  // Converting a value handed in (a time, markup, ids) returns it in another form; converting a stored thing (an issue into a
  // subtask, a contact into an agent, a PDF in a drive into a Google Doc, a table's collation) changes it or makes a new one.
  if (s.base === 'convert' && objects.some((o) => CONVERTED_IN_STORE.has(o))) return 'write';
  // Extracting an archive unpacks its files onto the disk; extracting text or data from a page only returns it.
  if (s.base === 'extract' && objects.some((o) => ARCHIVES.has(o))) return 'write';
  // Learning about an API reads its docs; a learning system that says it records feedback or runs a training cycle stores it.
  if (s.base === 'learn' && ev.description.verbs[0]?.sense.category === 'write') return 'write';
  // Orchestrating a task across agents or a swarm sets them working on it; orchestrating a workflow of guidance only returns steps.
  if (s.base === 'orchestrate' && /\borchestrat\w*\b[^.]{0,40}\b(?:agents?|swarms?|multi-agent)\b/.test(ev.description.lead)) return 'execute';
  if (!s.dependsOnObject) return s.category;
  const has = (set: ReadonlySet<string>) => objects.some((o) => set.has(o));
  switch (s.base) {
    // Taking an entry off a list (a manager's list, a watchlist) leaves the thing itself where it was.
    // (…or off a staging area, or out of a team, a group or a swarm, whose member stays, or off a design's node or layer,
    // where a style or an effect comes off and can be applied again; and "Remove watchers from…"
    // names what is detached after the description's own verb.)
    case 'remove': return has(DETACHABLE) || objectsInLead(ev.description.lead, hit as VerbHit).slice(0, 1).some((o) => DETACHABLE.has(o))
      || /\bfrom (?:the |a |an |its |your )?(?:\w+ )?(?:list|watchlist|wishlist|playlist|favorites|favourites|bookmarks|pantry|staging area|trash|bin|recycle bin|team|teams|group|groups|swarm|hive|hive-mind|channel|channels|sprint|cycle|node|nodes|element|elements|layer|layers|frame|frames|selection)\b/.test(ev.description.lead) && !/\bpermanent/.test(ev.description.lead)
      // …and a server taken out of a load balancer's, a firewall's or a pool's rotation keeps running.
      || /\bfrom (?:the |a |an |its |your )?(?:\w+ )?(?:load balancers?|firewalls?|target groups?|security groups?|backend pools?|server pools?|pools?)\b/.test(ev.description.lead) ? 'write' : 'destructive';
    // …and so is a buffer: "Clear the log buffer" empties what a tool collected in memory, not a stored log.
    case 'clear':
    // So is a setting or an override: clearing it puts the default back.
    case 'flush': return has(EPHEMERAL) || /\b(?:buffers?|settings?|overrides?)\b/.test(ev.description.lead) ? 'write' : 'destructive';
    // Cancelling a booking or a meeting ends it for everyone in it, who are told: it cannot be taken back.
    // (Where money is involved, a cancelled booking is a refund or a charge: the money rules decide.)
    case 'cancel': return has(MONEY_ACTS) && (ev.server.money || ev.server.shop) ? 'financial'
      : (has(MEETINGS) || (has(EVENTS) && objects.includes('calendar'))) && !(ev.server.money || ev.server.shop || ev.description.money) ? 'destructive' : 'write';
    // On a server that handles money (a bank, a wallet, a chain) a transfer moves value.
    // (…but an image, a repository or a ticket handed to another region or owner is that thing moved, not value.)
    case 'transfer': return !has(MOVED_RESOURCES) && (ev.parameters.money || (ev.server.money && !ev.name.words.includes('free')) || has(new Set(['money', 'funds', 'fund', 'payment', 'payments']))) ? 'financial' : 'write';
    // Resetting a sandbox, a database or an environment wipes what it held (and resetting a zone's records to the defaults drops every one added).
    // …and so does a reset that says it clears the data ("Reset the application state (clear data/cache)").
    // (Resetting credentials issues new ones, even a sandbox's: a rotation, not a wipe.)
    case 'reset': return CREDENTIAL_HEADS.has(headNoun(objects) ?? '') ? 'write' : has(WIPED_BY_RESET) || ev.name.words.includes('sandbox')
      // …or its history ("Clear a session's chat history while keeping the same session id").
      || RESET_CLEARS.test(ev.description.lead) ? 'destructive' : 'write';
    // Subscribing to changes, events or a feed receives notices; subscribing to a plan pays for it.
    case 'subscribe': return [...objects, ...ev.description.lead.split(' ')].some((w) => FEEDS.has(w)) ? 'write'
      : ev.server.money || ev.description.money ? 'financial' : 'write';
    // Placing an order or a bet is ordering; placing anything else (a marker, an element) puts it somewhere.
    case 'place': return has(PLACED) && (ev.server.money || ev.description.money) ? 'financial' : 'write';
    // (On a shop, to order is to buy: `orderCoffee` places an order that is to be paid.)
    case 'order': return ev.server.money || ev.server.shop || ev.description.money ? 'financial' : 'write';
    case 'trade':
    case 'swap':
    case 'checkout': return ev.server.money || ev.description.money ? 'financial' : 'write';
    // Resolving a thread or an incident changes its state; resolving a name to an id only looks it up.
    // …and resolving a charge or an invoice marks it paid: a money act on a server that handles money.
    case 'resolve': return has(RESOLVABLE) ? 'write' : has(SETTLED) && (ev.server.money || ev.server.shop) ? 'financial' : 'read';
    // Restoring a machine's snapshot, a backup or a checkpoint over what runs discards what came after;
    // restoring a document's earlier revision or version keeps the current one in its history.
    case 'restore':
    // (…and so does one the description says is from a backup or a snapshot: "Restore a droplet from a backup/snapshot".)
    case 'revert': return has(RESTORED_OVER) || (has(VERSIONS) && has(LIVE_SYSTEMS)) || /\bfrom (?:a |an |the |its |their )?(?:\w+ )?(?:backups?|snapshots?|checkpoints?)\b/.test(ev.description.lead) ? 'destructive' : 'write';
    // Starting a search or a scan is that read; starting anything else changes state.
    case 'start': return objects.some((o) => VERBS.get(o)?.category === 'read' && VERBS.get(o)?.base === o) ? 'read' : has(TRIGGERABLE) ? 'execute' : 'write';
    // Building an image, an app or a job runs its build steps (a Dockerfile's RUN lines, build scripts);
    // building a filter, a profile or a report only assembles it.
    // …and building a value (a filter string, an event topic's signature, a risk profile) computes it and hands it back.
    case 'build': return has(BUILT_BY_RUNNING) ? 'execute' : has(ASSEMBLED_VALUES) ? 'read' : 'write';
    // Indexing a codebase, a repository or documents builds and stores a search index of them.
    // ("indexes" in a description is as often the plural noun: "content from specialized indexes".)
    case 'index': return has(INDEXED) && ev.name.words.includes('index') ? 'write' : 'read';
    // Optimizing a table or an index rewrites it in place, and so does a tool that says it applies its optimizations;
    // otherwise an optimizer works something out (a route, a prompt, a style handed in) and returns it.
    case 'optimize': case 'optimise': return has(STORED_STRUCTURES) || /\b(?:tables?|index(?:es)?|database)\b/.test(ev.description.lead) || ev.descriptionOpens === 'apply' ? 'write' : 'read';
    // Pulling an image, a model or a branch stores it here; "pull" in a name whose description only
    // fetches ("Fetch release notes from the store") is that read.
    case 'pull': return ev.description.verbs[0]?.sense.category === 'read' && ev.description.verbs[0].sense.base !== 'download' ? 'read' : 'write';
    // Running an analysis or an inference computes an answer; running anything else acts.
    // …and (re)running an index rebuilds stored data from what is there: an update, however it is started.
    // (…unless it takes a command to run with it: "The test command to run with Percy".)
    case 'run': return objects[objects.length - 1] === 'index' ? 'write' : has(COMPUTED) && !ev.parameters.names.some((n) => /command|cmd|script/i.test(n)) ? 'read' : 'execute';
    // Triggering a bounded refresh (a metadata refresh, a fetch of new data) updates data; triggering anything else runs it.
    case 'trigger': return has(REFRESHES) ? 'write' : 'execute';
    // Rolling back a transaction undoes uncommitted statements; rolling back a deployment redeploys.
    // …and rolling back a whole session of changes (every object it touched, back to before it began) throws those changes away.
    case 'rollback': return has(new Set(['transaction', 'transactions', 'migration', 'changes', 'change'])) ? 'write' : has(new Set(['session', 'sessions'])) ? 'destructive' : 'execute';
    // Altering a table can drop its columns and their data (ALTER TABLE … DROP COLUMN).
    case 'alter': return has(new Set(['table', 'tables', 'column', 'columns'])) ? 'destructive' : 'write';
    // Syncing an application or a deployment rolls it out; syncing a collection or a folder copies data.
    case 'sync': return has(DEPLOYABLE) || has(LIVE_OBJECTS) || has(SYNCED_RELEASES) ? 'execute' : 'write';
    // Rebuilding or reinstalling a machine puts a fresh disk in place of the old one; a certificate or a database service is rebuilt around its data.
    case 'rebuild':
    case 'recreate':
    case 'reinstall':
    case 'reimage': return has(MACHINES) ? 'destructive' : 'write';
    // Evaluating an expression or a script runs it; evaluating compliance or a model judges it.
    case 'evaluate': return has(CODE_OBJECTS) || ev.parameters.code.some((c) => c.kind !== 'query') ? 'execute' : 'read';
    // Terminating a session ends it; terminating an instance or a process destroys it.
    case 'terminate': return has(SESSION_OBJECTS) ? 'write' : 'destructive';
    // Cleaning build products or a cache throws away what is rebuilt; cleaning a queue or a table loses data.
    case 'clean': return has(REGENERABLE) || objects.length === 0 && /\bbuild (?:products|outputs?|artifacts|folder|directory)\b/.test(ev.description.lead) ? 'write' : 'destructive';
    // Splitting a document hands back its parts; splitting a transaction or a cell changes it.
    case 'split': return has(DOCUMENT_FILES) ? 'read' : 'write';
    default: return s.category;
  }
}
/** Orders a shop's customers place. */
// (…and a fulfilment: shipping an order, with its tracking, is what the customer is told of.)
const ORDERS = new Set(['order', 'orders', 'fulfillment', 'fulfillments', 'fulfilment', 'fulfilments']);

/**
 * A shop's own record of a customer's order, created or edited in its admin: the customer pays at checkout, not
 * through this call (placing, completing, cancelling or refunding an order still moves money).
 */
function keepsOrderRecord(moneyObject: string, verbBases: ReadonlySet<string>, ev: Evidence): boolean {
  return ev.server.shop !== undefined && ORDERS.has(moneyObject) && onlyBy(verbBases, ORDER_RECORD_EDITS);
}
/** The name states an action, and every action it states is one of `acts`. */
function onlyBy(verbBases: ReadonlySet<string>, acts: ReadonlySet<string>): boolean {
  return verbBases.size > 0 && [...verbBases].every((b) => acts.has(b));
}
const ORDER_RECORD_EDITS = new Set(['create', 'add', 'update', 'edit', 'modify', 'change']);

/** Sending an invoice that exists delivers it (by email or SMS): an outward message; the bill was made when it was created. */
function deliversBill(objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return objects.some((o) => o === 'invoice' || o === 'invoices') && onlyBy(verbBases, DELIVERIES);
}
const DELIVERIES = new Set(['send', 'resend', 'email']);
/** Creating a checkout (a hosted page where a customer may pay) moves nothing and binds no one until the customer pays. */
function opensCheckout(objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return objects.some((o) => o === 'checkout' || o === 'checkouts') && onlyBy(verbBases, CHECKOUT_OPENINGS);
}
const CHECKOUT_OPENINGS = new Set(['create', 'generate']);
/** Editing only what is written on a payment or a transfer ("Update the metadata contained on a transfer") moves no money. */
function annotatesMoneyRecord(verbBases: ReadonlySet<string>, ev: Evidence): boolean {
  return onlyBy(verbBases, ANNOTATION_EDITS) && ANNOTATED.test(ev.description.lead);
}
const ANNOTATION_EDITS = new Set(['update', 'edit', 'modify', 'change', 'patch', 'set']);
const ANNOTATED = /^\s*(?:updates?|edits?|modif(?:y|ies)|changes?|patch(?:es)?|sets?) (?:the |its |a |an )?(?:metadata|notes?|tags?|labels?|memo|description|custom fields?)\b/;

/**
 * A customer's order written on a shop: creating one or changing its status reaches the customer and the stock.
 * Editing only its tags or notes ("Update an order (tags, note, email)") stays in the shop, as a draft does.
 */
function customerOrder(ev: Evidence, head: string | undefined, own: readonly string[], drafted: boolean): string | undefined {
  if (!ev.server.shop || head === undefined || !ORDERS.has(head) || drafted || own.includes('draft')) return undefined;
  const status = /\bstatus\b/.test(ev.description.lead) || ev.parameters.names.some((n) => /status/i.test(n));
  const marks = /\b(?:tags?|notes?)\b/.test(ev.description.lead) || ev.parameters.names.some((n) => /^(?:tags|note)$/i.test(n));
  return status || !marks ? head : undefined;
}

/** Besides the DATABASES below, stores whose documents are records (a document database, a search index), by kind or product. */
const DOCUMENT_STORES = /\b(?:couchdb|couch|cosmos|firestore|firebase|elasticsearch|opensearch|collections?|index|indexes|indices|rag|vector|vectors|embeddings)\b/;
/** Databases by kind or product; a connection to one only opens access for the calls after it. */
const DATABASES = /\b(?:database|databases|db|mysql|mariadb|postgres|postgresql|mongo|mongodb|mssql|sql server|sqlserver|sqlite|redis|oracle|clickhouse|snowflake|neo4j|cosmosdb|dynamodb|cassandra)\b/;
/** Parameters that choose whether the connection may write (`readonlyMode`, `allowWrite`, `permissionMode`). */
const WRITE_GUARDS = /^(?:readonly|readonlymode|allowwrite|allowwrites|writemode|permissionmode|accessmode)$/;
/** Parameters that hand the connection its credentials. */
const CONNECTION_CREDENTIALS = /^(?:password|passwd|connectionstring|connectionuri|uri|url|dsn|user|username|apikey|token)$/;

function databaseConnection(objects: readonly string[], ev: Evidence): boolean {
  return DATABASES.test(`${objects.join(' ')} ${ev.description.lead} ${[...ev.server.words].join(' ')}`);
}

/** A reset's first sentence that says it clears the data or a history ("clear data/cache", "clear a session's chat history"). */
const RESET_CLEARS = /\b(?:clear|clears|clearing|erase|erases|wipe|wipes|delete|deletes) (?:all |its |the |a |an )?(?:\w+'s )?(?:app |user |chat |conversation |message )?(?:data|history)\b/;
/** What a reset issues anew rather than wipes. */
const CREDENTIAL_HEADS = new Set(['credential', 'credentials', 'password', 'passwords', 'key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'apikey']);

/** A first sentence that says the call replaces what is there. */
const REPLACING_LEAD = /\b(?:replac(?:es|ing)|overwrit(?:es|ing))\b/;

/** Reading again what is kept: a config file, rules. */
const REREADS = new Set(['reload', 'refresh']);
const KEPT_IN_FILES = new Set(['config', 'configs', 'configuration', 'configurations', 'rules', 'settings']);

/** Acts that hand over or make a thing ("submit a review", "post a summary"), unlike doing one ("perform a search"). */
// ("post" is left out: "POST /api/search" is how a search is sent.)
const SENDS_OR_MAKES = new Set(['submit', 'send', 'create', 'add', 'leave', 'write', 'publish', 'file', 'give']);

/** What a debugger does to the program it debugs; the first three only advance it, with its own code. */
const RUN_CONTROLS = new Set(['continue', 'resume', 'step', 'restart', 'attach']);
const ADVANCES = new Set(['continue', 'resume', 'step']);
/** A first sentence that says the result is written to disk: "save the output audio file to a given directory". */
const SAVES_A_FILE = /\bsav(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:files?|director(?:y|ies)|folders?|disk|desktop|(?:local|output|file|given|specified) path)\b/;
/** Verbs that list or edit records; words that name a request rather than a record; records that describe APIs. */
const RECORD_VERBS = new Set(['create', 'add', 'update', 'edit', 'list', 'search', 'find', 'describe', 'get']);
const REQUEST_WORDS = new Set(['api', 'http', 'request', 'requests']);
const API_RECORDS = new Set(['api', 'apis', 'endpoint', 'endpoints']);
/** What a reset wipes: the data a sandbox, a database or a machine holds. */
const WIPED_BY_RESET = new Set(['sandbox', 'sandboxes', 'database', 'databases', 'db', 'environment', 'workspace', 'filesystem', 'vm', 'instance', 'machine', 'container', 'data', 'records', 'zone', 'system', 'state']);
/** Readings of the text that both the category and the risk depend on. */
interface Findings {
  /** Credentials the call obtains: a code exchanged for tokens, or a URL minted with its own credentials. */
  credentials: string | undefined;
  /** A prompt sent to a language model. */
  model: string | undefined;
  /** Automatic charges set up (an auto-refill, autopay). */
  autoCharge: string | undefined;
  /** An AI agent set going (known once the category step has looked). */
  agent?: { why: string; host: boolean } | undefined;
  /** Code the caller names, installed to run on this machine (known once the category step has looked). */
  installs?: string | undefined;
  /** A program the caller writes (JavaScript, a shader), run to render it in the client's view. */
  rendersProgram: string | undefined;
  /** The command a service is started with, set by an edit of its settings (known once the category step has looked). */
  startCommand?: string | undefined;
}
/** What shows what the caller's program draws. */
const RENDER_VERBS = new Set(['render', 'show', 'display', 'draw', 'play']);
/** Programming languages and shaders, as opposed to a diagram's or a document's markup (Mermaid, Markdown). */
const PROGRAM_WORDS = /\b(?:javascript|three(?:\.| )?js|typescript|glsl|shaders?|webgl|p5(?:\.| )?js)\b/;

/** The parameter holding a program the caller writes that the tool runs to render it (`code` of "custom Three.js code",
 *  a `fragmentShader`), or undefined. */
function rendersProgram(ev: Evidence): string | undefined {
  const verbs = ev.name.verbs.length > 0 ? ev.name.verbs : ev.description.verbs.slice(0, 1);
  if (verbs.length === 0 || !verbs.every((v) => RENDER_VERBS.has(v.sense.base))) return undefined;
  if (!PROGRAM_WORDS.test(ev.description.lead)) return undefined;
  return ev.parameters.code.find((c) => c.kind === 'code')?.name ?? ev.parameters.names.find((n) => /shader/i.test(n));
}

/** A parameter's name as its words run together (`tool_name`, `toolName` → `toolname`), to look up in a set or pattern. */
const flatName = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/** What is scaled by working out new numbers, not by changing anything stored or running. */
const SCALED_AMOUNTS = new Set(['recipe', 'recipes', 'ingredient', 'ingredients', 'quantity', 'quantities', 'amount', 'amounts', 'serving', 'servings', 'portion', 'portions']);
/** Verbs of arithmetic, which compute when their objects are numbers. */
const ARITHMETIC = new Set(['add', 'sum', 'subtract', 'multiply', 'divide']);
/** Text saying a tool works a computer's own mouse and keyboard (computer use). */
const HOST_DESKTOP = /\b(?:mouse and keyboard|keyboard and mouse)\b[^.]{0,40}\b(?:computer|desktop)\b|\b(?:computer|desktop)\b[^.]{0,40}\b(?:mouse and keyboard|keyboard and mouse)\b/;
/** Package runners and installers that fetch a package by name and run or set it up on this machine. */
const PACKAGE_RUNNERS = /\b(?:npx|uvx|pipx|bunx|pip install|npm install|cargo install|go install|gem install)\b/;
/**
 * Code the caller picks, installed to run on this machine: a package by name through a package
 * runner ("Install an MCP server via npx or uvx"), or an MCP server (which the client then
 * starts on the host). A quote saying which; undefined otherwise.
 */
function installsCode(ev: Evidence, verbs: readonly VerbHit[], objects: readonly string[]): string | undefined {
  // The name's verb, or the description's first ("Install a plugin server via npx", on `add_server`).
  if (![...verbs, ...ev.description.verbs.slice(0, 1)].some((v) => v.sense.base === 'install')) return undefined;
  const runner = PACKAGE_RUNNERS.exec(ev.description.lead)?.[0];
  if (runner) return `installs a package with ${runner}`;
  if (objects.includes('server') && ev.name.words.includes('mcp')) return 'installs an MCP server';
  return undefined;
}
/** App binaries a device installs and runs: an APK, an IPA, an .app bundle. */
const APP_BINARIES = /\b(?:apks?|ipas?|aabs?|app bundles?|app binar(?:y|ies)|application (?:binar(?:y|ies)|packages?))\b/;
/** A tool whose text sends a prompt to a language model, as a short quote; undefined otherwise. */
function asksModel(ev: Evidence): string | undefined {
  const desc = ev.description;
  if (desc.runsCode || desc.hostShell) return undefined;
  // Generating an image or a video stores an asset, whoever draws it.
  if ([...ev.name.words, ...desc.lead.split(' ')].some((w) => MEDIA.has(w))) return undefined;
  const found = MODEL_RECIPIENT.exec(desc.lead);
  if (found && !/\b(?:not|no|never|without)\b[^.]{0,40}$/.test(desc.lead.slice(0, found.index))) return found[0];
  const provider = [...ev.server.words, ...ev.name.words].some((w) => MODEL_PROVIDERS.has(w));
  return provider ? MODEL_ACTS.exec(desc.lead)?.[0] : undefined;
}
// (…or asked of one: "Ask a more powerful AI for help", "Consult an LLM"; not an AI agent, which acts;
// …or a model named for GPT: "Complete a chat using YandexGPT".)
const MODEL_RECIPIENT = /\b(?:to|with|via|using) (?:a |an |the )?(?:local |remote |hosted |configured |selected )?(?:llms?|language models?|ai models?|chat models?|models?)\b|\b(?:ask|consult)s? (?:a |an |the |another )?(?:more (?:powerful|capable) |stronger |smarter |external |second )?(?:ai|llm|language model|model)\b(?! agents?\b)|\b(?:to|with|via|using) (?:the )?[a-z]*gpt(?:[ -]?[0-9][a-z0-9.-]*)?\b/;
// (Not `claude`: a server named for Claude is most often one that Claude, the client, uses.)
const MODEL_PROVIDERS = new Set(['deepseek', 'openai', 'gemini', 'ollama', 'gpt', 'mistral', 'anthropic', 'groq', 'llm']);
const MODEL_ACTS = /\b(?:chat )?completions?\b|\bresponses? api\b|\binference\b|\bsends? (?:a |an |the )?(?:[\w-]+ ){0,2}(?:prompt|request|task|question)s?\b/;
/** Parameters that hand a model files of this machine. */
const HANDED_FILES = /^(?:files|filepaths|paths|attachments|gitdiff|diff|contextfiles)$/;
/** A model that reads files from disk returns what they hold. */
const FILE_WORDS = new Set(['file', 'files', 'disk', 'directory', 'folder', 'repository', 'codebase']);
/** What a database keeps on disk, which an optimize rewrites. */
const STORED_STRUCTURES = new Set(['table', 'tables', 'index', 'indexes', 'indices', 'database', 'databases', 'collection', 'collections', 'db']);
/** What a tool indexes for search, storing the index. */
const INDEXED = new Set(['codebase', 'codebases', 'repository', 'repositories', 'repo', 'repos', 'directory', 'folder', 'files', 'file', 'documents', 'document', 'docs', 'site', 'website', 'url', 'urls', 'project', 'content', 'pages', 'page']);
/** What a restore puts back over everything that came after it. */
const RESTORED_OVER = new Set(['snapshot', 'snapshots', 'backup', 'backups', 'checkpoint', 'checkpoints']);
const VERSIONS = new Set(['version', 'versions', 'revision', 'revisions']);
/** Systems whose earlier version, put back, replaces what runs (not a document's history). */
const LIVE_SYSTEMS = new Set(['server', 'servers', 'vm', 'instance', 'instances', 'database', 'databases', 'db', 'cluster', 'deployment', 'deployments', 'service', 'services', 'function', 'functions', 'environment', 'container', 'volume', 'disk', 'machine', 'app', 'application']);
/** What a merge ships: code and the requests that carry it. */
const MERGED_CODE = new Set(['branch', 'branches', 'pr', 'prs', 'pull', 'request', 'requests', 'mr', 'mrs', 'changes', 'commit', 'commits', 'upstream', 'main', 'master', 'code']);
/** Notes in a document's margin, whose replies stay with the document's team. */
const DISCUSSED = new Set(['comment', 'comments', 'annotation', 'annotations']);
/** Records whose merge folds one into another: the merged-away record is gone and cannot be split back out. */
const MERGED_RECORDS = new Set(['contact', 'contacts', 'customer', 'customers', 'ticket', 'tickets', 'person', 'persons', 'people', 'company', 'companies', 'deal', 'deals', 'lead', 'leads', 'user', 'users', 'account', 'accounts', 'record', 'records', 'duplicate', 'duplicates', 'organization', 'organizations', 'profile', 'profiles']);
function completesDraftOrder(objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return objects.some((o) => o === 'draft' || o === 'drafts') && objects.some((o) => o === 'order' || o === 'orders')
    && [...verbBases].some((b) => b === 'complete' || b === 'finalize' || b === 'finalise');
}
/** Reporting usage: adding to it, setting it, recording it. */
const METERING_VERBS = new Set(['create', 'add', 'record', 'report', 'set', 'increment', 'update', 'submit']);
/** A usage record (or usage reported) on a billing server or for a metered subscription: what the subscriber is billed. */
function reportsBilledUsage(objects: readonly string[], verbBases: ReadonlySet<string>, ev: Evidence): boolean {
  const usage = objects.includes('usage') && (objects.includes('record') || objects.includes('records') || verbBases.has('report') || verbBases.has('increment'));
  return usage && (Boolean(ev.server.money) || /\bmetered\b/.test(ev.description.lead)) && [...verbBases].some((b) => METERING_VERBS.has(b));
}
/** What a read says it returns along with the rest: credentials or keys (not a scanner's findings, "Secrets" among them). */
// (…or that returns them, or says they are returned: "Get a webhook, including its signing secret", "The endpointSecretKey is returned";
// not a key that is the subject of its own clause: "every store the API key can see".)
const RETURNS_SECRETS = /\breturns? (?:a |an |the |its |their )?(?:new |fresh |short-lived |time-limited |temporary |one-time )?((?:session|access|auth|bearer|refresh) tokens?)\b|\b(?:includ(?:es|ing)|contains|along with|together with)\b[^.;]{0,60}?\b(credentials|api keys?|secret keys?|passwords?|access tokens?|private keys?|(?:signing|webhook|client|endpoint) secrets?|cookies?|set-cookie|keys? (?:for|to) (?:[\w-]+ ){0,3}(?:access|authenticat\w*))\b|\breturns? (?:[\w-]+ ){0,3}?(credentials|api keys?|secret keys?|passwords?|private keys?|(?:signing|webhook|client|endpoint) secrets?)\b(?! (?:can|could|has|have|is|are|may|must|should|will|was|were)\b)|\b((?:signing |webhook |client |endpoint )?secret keys?|[a-z]+secret(?:key)?s?|(?:signing|webhook|client|endpoint) secrets?|credentials|api keys?|passwords?) (?:is|are) (?:also )?returned\b/;
/** What makes an order a plan of work rather than a sale: a work order, a production order. */
const WORK_ORDERS = new Set(['work', 'production', 'manufacturing', 'maintenance', 'job', 'deploy', 'deployment', 'sort', 'display', 'print']);
/** A link that is a record of its own (a short link, a trigger link, any link on a link shortener), not a relation between two things. */
const LINK_RECORDS = new Set(['short', 'trigger', 'tracking', 'smart', 'bio', 'redirect', 'referral', 'shortened']);
function storedLink(objects: readonly string[], ev: Evidence): boolean {
  const at = objects.findLastIndex((o) => o === 'link' || o === 'links');
  if (at < 0) return false;
  // (A bare link, with no thing named before it and no "between", is also a record: `crm_deleteLink` on a CRM.)
  const bare = objects.slice(0, at).every((o) => ev.server.words.has(o)) && !/\bbetween\b/.test(ev.description.lead);
  return LINK_RECORDS.has(objects[at - 1] ?? '') || ev.server.shortensLinks || bare;
}
/** Resources that a transfer moves to another region, project or owner: no value changes hands. */
const MOVED_RESOURCES = new Set(['image', 'images', 'snapshot', 'snapshots', 'droplet', 'droplets', 'volume', 'volumes', 'repository', 'repositories', 'repo', 'repos', 'project', 'projects', 'issue', 'issues', 'ticket', 'tickets', 'file', 'files', 'folder', 'folders', 'document', 'documents', 'ownership', 'conversation', 'conversations', 'call', 'calls', 'chat', 'chats', 'workspace', 'workspaces', 'board', 'boards', 'task', 'tasks', 'contact', 'contacts', 'lead', 'leads']);
/** What documents an API rather than holding its data: reading one about `delete` deletes nothing. */
const DOCUMENTATION = new Set(['reference', 'references', 'docs', 'doc', 'documentation', 'schema', 'schemas', 'help', 'guide', 'guides', 'spec', 'specs', 'specification', 'example', 'examples', 'instructions', 'usage', 'manual', 'requirements']);
/** Subscriptions, paid or to a feed. */
const SUBSCRIPTIONS = new Set(['subscription', 'subscriptions']);
/** What one subscribes to in order to receive notices, not to pay for a service. */
const FEEDS = new Set(['message', 'messages', 'change', 'push', 'rss', 'notification', 'notifications', 'webhook', 'webhooks', 'event', 'events', 'topic', 'topics', 'alert', 'alerts', 'feed', 'feeds', 'newsletter', 'channel', 'channels', 'changes', 'updates', 'realtime', 'stream', 'streams']);
/** A subscription named by what it listens for (`ebay_create_notification_subscription`) moves no money. */
function listenerSubscription(objects: readonly string[]): boolean {
  const at = objects.findIndex((o) => SUBSCRIPTIONS.has(o));
  return at > 0 && FEEDS.has(objects[at - 1] as string);
}
/** What makes a token a chain's asset rather than a credential. */
const CHAIN_TOKENS = new Set(['erc20', 'erc721', 'erc1155', 'bep20', 'spl', 'nft', 'crypto', 'fungible', 'native', 'meme']);
/** Words that make a user or a profile the caller's own: `get_current_user`, `get-my-profile`, `user-get-auth-user`. */
const SELF_QUALIFIERS = new Set(['current', 'me', 'my', 'auth', 'authenticated', 'self', 'logged']);
const SELF_RECORDS = new Set(['user', 'profile', 'account', 'identity']);
/** What a ledger keeps: records of money spent or received. */
const LEDGER_RECORDS = new Set(['transaction', 'transactions', 'expense', 'expenses', 'entry', 'entries', 'journal', 'split', 'splits', 'category', 'categories', 'budget', 'budgets']);
/** A description's word that secrets come back without their values. */
const MASKED_VALUES = /\b(?:values? (?:are|is) (?:always |automatically )?(?:masked|redacted|never (?:shown|returned|included))|(?:only|just) (?:the )?(?:names|metadata)\b|metadata only|(?:no|without (?:any |their |the )?)secrets?\b(?! (?:key|manager|store|vault)s?\b)|never returns? (?:the )?(?:secret )?values?|without (?:their |the )?values|(?:token|key|secret|credential)s? metadata|metadata (?:about|of|for)|never (?:the |their )?secrets?)\b/;
/** Compute rented by the hour from its creation: "BILLABLE from creation", "BILLABLE: state the hourly price".
 *  (Storage that accrues charges while it is kept is an ordinary resource, and "billable units" are a meter's.) */
const BILLABLE_FROM_CREATION = /\bbillable\b(?: from creation|[^.]{0,40}\bhourly\b)/;
/** A business's set-up for taking payments, beside the word "payment" (`payment_config`, `payment-integration`). */
const PAYMENT_SETUPS = new Set(['gateway', 'gateways', 'integration', 'integrations', 'config', 'configs', 'configuration', 'configurations', 'provider', 'providers', 'processor', 'processors']);
/** What an approval lets in or puts before the public: a device (its sign-in), a comment (held for moderation). */
const APPROVAL_GRANTS = new Set(['device', 'devices', 'comment', 'comments', 'action', 'actions']);
/** Values a vault (a password or secrets manager) keeps: a new one stored changes no one's access. */
const STORED_SECRETS = new Set(['password', 'passwords', 'secret', 'secrets']);
/** People a business pays, whose payment method says where their money goes. */
const PAYEES = new Set(['employee', 'employees', 'contractor', 'contractors', 'vendor', 'vendors', 'payee', 'payees', 'supplier', 'suppliers', 'worker', 'workers']);
/** Accounts whose update can change access, and the fields that do it (flattened parameter names). */
const ACCOUNT_HOLDERS = new Set(['user', 'users', 'member', 'members', 'agent', 'agents', 'staff', 'admin', 'admins', 'operator', 'operators']);
const ACCESS_FIELDS = new Set(['role', 'roles', 'permissions', 'permission', 'password', 'newpassword', 'isadmin', 'admin', 'scopes', 'accesslevel']);
/** Read verbs that, handed a program, run it to make their output: generating a build from code, rendering a scene. */
const PROGRAM_RUNNERS = new Set(['generate', 'render', 'compute', 'calculate']);
/** Code that extends a host and runs inside it once installed. */
const PLUGINS = new Set(['plugin', 'plugins', 'extension', 'extensions', 'addon', 'addons']);
/** Units of an agent's work a budget caps (what they may cost), rather than money paid out.
 *  (Not a task or a job: on a marketplace of people, its budget is what the worker is paid.) */
const WORK_UNITS = new Set(['phase', 'phases', 'agent', 'agents', 'run', 'runs', 'workflow', 'workflows', 'session', 'sessions', 'step', 'steps', 'swarm', 'swarms', 'goal', 'goals']);
/** Business-management systems whose orders are documents (what a client or a supplier will owe), not trades or checkouts. */
const ERPS = new Set(['erpnext', 'erp', 'boondmanager', 'boond', 'odoo', 'dolibarr', 'netsuite', 'frappe']);
/** Taking someone off a role ("remove current user as story owner"): the role goes, the person and the record stay. */
const REMOVED_AS_ROLE = /\bremoves? (?:[\w-]+ ){1,4}as (?:an? |the )?(?:[\w-]+ )?(?:owners?|assignees?|members?|admins?|reviewers?|followers?|watchers?|collaborators?|approvers?|maintainers?)\b/;
/** Archives, which an extraction unpacks into files. */
const ARCHIVES = new Set(['archive', 'archives', 'zip', 'zips', 'tarball', 'tarballs', 'tar']);
/** Stored things a conversion changes or makes (`linear_convertIssueToSubtask`, `convertPdfToGoogleDoc`, `mysql_collation_convert`). */
const CONVERTED_IN_STORE = new Set(['issue', 'issues', 'subtask', 'subtasks', 'draft', 'frame', 'contact', 'contacts', 'lead', 'leads', 'agent', 'agents', 'collation', 'table', 'tables', 'doc', 'docs', 'sheet', 'sheets', 'folder']);
/** Acts that set fees: creating, changing or accepting them. */
const FEE_SETTERS = new Set(['create', 'update', 'set', 'configure', 'change', 'edit', 'accept', 'upsert', 'add']);
/** Mail caught by a testing sandbox instead of being delivered. */
const SANDBOXED_MAIL = /\b(?:in sandbox mode|to (?:a |the )?test inbox|without delivering)\b/;
/** Where a load puts what it reads: a table, a database, an index. */
const LOADED_INTO = /\binto (?:a |an |the |your )?(?:\w+ )?(?:tables?|database|db|duckdb|sqlite|postgres|index|collection|dataset|warehouse|bucket)\b/;
/** Events: a calendar's are meetings (called off when cancelled), a build's are its log. */
const EVENTS = new Set(['event', 'events']);
/** Appointments with other people, which a cancellation ends for all of them. */
const MEETINGS = new Set(['booking', 'bookings', 'appointment', 'appointments', 'reservation', 'reservations', 'meeting', 'meetings']);
/** What resolving settles: a charge or an invoice marked paid. */
const SETTLED = new Set(['charge', 'charges', 'invoice', 'invoices', 'payment', 'payments']);
/** What a buyer asks for and a seller concedes by accepting it: the buyer gets their money back. */
const CONCEDED = new Set(['dispute', 'disputes', 'return', 'returns', 'refund', 'refunds']);
/** Sales and payment requests that a cancellation calls off before money moves. */
const CALLED_OFF = new Set(['order', 'orders', 'charge', 'charges']);
/** Reports and summaries, which hold the figures of what they report on (`sales_report`, `revenue_summary`). */
const REPORTS = new Set(['report', 'reports', 'summary', 'summaries', 'analytics', 'stats', 'statistics', 'overview', 'breakdown', 'trends', 'metrics', 'kpis']);
/** Budgets that are not money: a page's performance budget, an SRE error budget, a model's token budget. */
const NON_MONEY_BUDGETS = new Set(['performance', 'error', 'token', 'tokens', 'time', 'latency', 'context', 'size', 'bundle', 'memory', 'compute', 'retry', 'crawl']);
/** A cache named as what a clear or a flush empties: "Clear snapshot cache", "clears all server-side cache". */
// (…or what is only cached: "clear cached credentials" signs out, the credentials stay where they are kept; "Discards cached field values".)
const CLEARED_CACHE = /\b(?:clear|flush)(?:s|es)?\b(?: (?!data\b|files?\b|records?\b|and\b)[\w-]+){0,3} caches?\b|\b(?:clear|flush|purge|discard|invalidate|evict)(?:s|es)? (?:the |any |all )?cached\b/;
/** What a build log is the events of (`deployment_events`, `build_events`). */
const BUILD_RUNS = new Set(['deployment', 'deployments', 'build', 'builds']);
/** What holds records as items: a dataset, a saved view, a key-value store. */
const DATA_CONTAINERS = new Set(['dataset', 'datasets', 'view', 'views', 'store', 'table']);
/** What a code that is an identifier identifies (`vero_reason_code`, `country_codes`). */
const IDENTIFIER_CODES = new Set(['reason', 'status', 'error', 'country', 'currency', 'zip', 'postal', 'promo', 'discount', 'coupon', 'qr', 'bar', 'tracking', 'language', 'region', 'http', 'response', 'tax', 'short', 'area', 'airport', 'iata', 'color', 'colour']);
/** Who, besides the people of PERSONS, a profile can be of. */
const PROFILED = new Set(['whois', 'user', 'users', 'member', 'members', 'people', 'person', 'author', 'authors', 'owner', 'owners', 'account', 'social', 'linkedin', 'athlete', 'player', 'players', 'creator', 'creators', 'influencer', 'influencers']);
/** Forms and surveys, and what people enter in them. */
const FORMS = new Set(['form', 'forms', 'survey', 'surveys', 'questionnaire', 'questionnaires', 'poll', 'polls']);
const FORM_ENTRIES = new Set(['submission', 'submissions', 'response', 'responses', 'answer', 'answers', 'entry', 'entries']);
/** Notes that are bookkeeping documents: a credit note or a debit note corrects an invoice. */
const BOOKKEEPING_NOTES = new Set(['credit', 'debit']);
/**
 * Head nouns that the word right before them decides: a credit note is bookkeeping, a performance budget is no money,
 * a calendar's events are a schedule and a build's its log, a reason code is an identifier (`kind: undefined`: not sensitive).
 */
const QUALIFIED_HEADS: readonly { heads: ReadonlySet<string>; before: ReadonlySet<string>; kind: Sensitivity | undefined; what?: string }[] = [
  { heads: new Set(['note', 'notes']), before: BOOKKEEPING_NOTES, kind: 'financial' },
  { heads: new Set(['budget', 'budgets']), before: NON_MONEY_BUDGETS, kind: undefined },
  { heads: new Set(['code', 'codes']), before: IDENTIFIER_CODES, kind: undefined },
  { heads: EVENTS, before: new Set(['calendar']), kind: 'personal', what: DOMAIN_SENSITIVITY.calendar.what },
  { heads: EVENTS, before: BUILD_RUNS, kind: 'log' },
  // A notification, webhook or event subscription is a delivery setting, not a paid plan.
  { heads: SUBSCRIPTIONS, before: FEEDS, kind: undefined },
  // A leave application is a person's time off; a calendar view lists someone's events.
  { heads: new Set(['application', 'applications']), before: new Set(['leave']), kind: 'personal' },
  { heads: new Set(['view', 'views']), before: new Set(['calendar']), kind: 'personal', what: DOMAIN_SENSITIVITY.calendar.what },
  // An abandoned checkout or cart holds what the shopper entered (email, address) before leaving.
  { heads: new Set(['checkout', 'checkouts', 'cart', 'carts']), before: new Set(['abandoned']), kind: 'personal' },
  // An SDK key, an access key or a deploy key is what a program authenticates with.
  { heads: new Set(['key', 'keys']), before: new Set(['sdk', 'access', 'deploy', 'encryption', 'private', 'secret', 'server']), kind: 'secret' },
  // A call's notifications are the errors and warnings logged for it, with the request that went with them.
  { heads: new Set(['notification', 'notifications']), before: new Set(['call', 'calls']), kind: 'log' },
  // A mailbox's filters and rules say whose mail arrives and where it goes (forwarded, deleted): part of the private mail.
  { heads: new Set(['filter', 'filters', 'rule', 'rules']), before: new Set(['mail', 'gmail', 'email', 'inbox', 'mailbox', 'message']), kind: 'message', what: 'mail filters and rules, which say whose mail arrives and where it goes' },
  // Active users are an analytics figure (how many used the product), not the people.
  { heads: new Set(['users', 'user']), before: new Set(['active']), kind: undefined },
  // A lead form is the form that captures leads (its fields and questions); the leads it caught are its submissions.
  { heads: new Set(['form', 'forms']), before: new Set(['lead']), kind: undefined },
  // A voice or AI agent's actions are what it is configured to do, not a CRM's logged calls and meetings.
  { heads: new Set(['action', 'actions']), before: new Set(['voice', 'agent', 'ai', 'bot']), kind: undefined },
];
// (Money itself, not `usage` or `orders`: a tool's usage stats hold no money; a sales promotion's report holds sales.)
const FINANCIAL_QUALIFIERS = new Set(['sales', 'promotion', 'promotions', 'financial', 'finance', 'finances', 'profit', 'profits', 'earnings', 'income', 'spend', 'spending', 'cashflow', 'cash', 'revenue', 'expense', 'expenses', 'payment', 'payments', 'invoice', 'invoices', 'transaction', 'transactions', 'payout', 'payouts', 'refund', 'refunds', 'billing', 'payroll', 'salary', 'salaries']);
/** What a language model completes (`chat_complete`, `complete_prompt`). */
const MODEL_COMPLETED = new Set(['chat', 'prompt', 'prompts', 'text', 'completion', 'completions', 'sentence']);
/** What a session works in, picked once for the calls that follow (`select_project`, `select-account`). */
const WORKING_CONTEXTS = new Set(['project', 'account', 'notebook', 'workspace', 'organization', 'organisation', 'org', 'team', 'tenant', 'board', 'profile', 'environment', 'context', 'database', 'site', 'space', 'store', 'shop', 'repository', 'repo', 'root', 'dir', 'directory', 'cwd']);
const CONTEXT_QUALIFIERS = new Set(['active', 'current', 'default', 'session', 'working']);
function picksWorkingContext(objects: readonly string[]): boolean {
  return objects.some((o) => WORKING_CONTEXTS.has(o)) && objects.every((o) => WORKING_CONTEXTS.has(o) || CONTEXT_QUALIFIERS.has(o));
}
/** Verbs that pick the working context (`switch_profile`); `set` does when it names the context as such (`set_active_board`, `set_project_root`). */
const CONTEXT_PICKS = new Set(['select', 'switch', 'use']);
const NAMES_CONTEXT = new Set([...CONTEXT_QUALIFIERS, 'context', 'root', 'dir', 'directory', 'cwd']);
function switchesWorkingContext(verbs: readonly VerbHit[], objects: readonly string[]): boolean {
  if (verbs.length === 0 || !picksWorkingContext(objects)) return false;
  return verbs.every((v) => CONTEXT_PICKS.has(v.sense.base)) || (verbs.every((v) => v.sense.base === 'set') && objects.some((o) => NAMES_CONTEXT.has(o)));
}
/** Asking the person at the keyboard, and who that is, and what is asked for (`ask_user`, `prompt_user_choice`). */
const ASKS = new Set(['ask', 'prompt', 'elicit']);
const ADDRESSEES = new Set(['user', 'human', 'operator']);
const ASKED_FOR = new Set(['question', 'questions', 'input', 'choice', 'choices', 'multiple', 'option', 'options', 'confirmation', 'feedback', 'answer']);
/** Servers that only compute on the values they are given. */
const CALCULATORS = new Set(['calc', 'calculator', 'calculators', 'math', 'maths', 'arithmetic']);
/** A run or an execution of a stored query (a BI tool's saved question or card), with no query of the caller's. */
function savedQuery(hit: { sense: VerbHit['sense'] }, objects: readonly string[], ev: Evidence): string | undefined {
  if (hit.sense.base !== 'execute' && hit.sense.base !== 'run') return undefined;
  if (ev.parameters.code.length > 0) return undefined;
  return objects.find((o) => SAVED_QUERIES.has(o));
}
const SAVED_QUERIES = new Set(['question', 'questions', 'card', 'cards', 'savedquery', 'savedsearch']);
/**
 * An AI agent that the call starts, spawns or hands a task: `agent_create` in a tmux pane, "Spawn a worker agent to
 * handle a subtask", "Send a message to one or more agents". `host` when the agent works on this machine (a working
 * folder, a process, a terminal pane, a CLI, a git checkout).
 */
function agentSetGoing(ev: Evidence, verbs: readonly VerbHit[]): { why: string; host: boolean } | undefined {
  const lead = ev.description.lead;
  const text = `${ev.name.words.join(' ')} ${lead}`;
  // A coding agent's CLI handed a prompt to work on in a folder of this machine (`codex` with `prompt` and
  // `workingDirectory`): the agent runs what commands the prompt needs there. Not a read it does with it (a review).
  const inFolder = ev.parameters.names.some((n) => WORK_FOLDERS.test(flatName(n)));
  const prompted = ev.parameters.names.some((n) => /^(?:prompt|task|instructions?)$/i.test(n));
  if (inFolder && prompted && /\b(?:agents?|cli)\b/.test(text) && !verbs.some((v) => v.sense.category === 'read')) {
    return { why: 'a prompt handed to an agent working in a folder of this machine', host: true };
  }
  // …and so is a prompt handed to an agent's CLI with a flag that accepts all its actions unasked (`yolo`).
  if (prompted && ev.parameters.autoApprove && /\b(?:agents?|cli)\b/.test(text)) {
    return { why: `a prompt handed to an agent's CLI whose \`${ev.parameters.autoApprove}\` option accepts all its actions`, host: true };
  }
  if (!/\b(?:agents?|worker agents?|coding agents?)\b/.test(text) || /\buser[- ]agents?\b/.test(text)) return undefined;
  const params = ev.parameters;
  const starts = verbs.some((v) => AGENT_STARTS.has(v.sense.base)) && /\b(?:agents?|sessions?|workers?)\b/.test(text);
  const tasked = params.task !== undefined || /\b(?:with|given) (?:a |the )?(?:prompt|task)\b|\bto handle a (?:sub)?task\b/.test(lead);
  // (The description's own first verb counts too: `agents_chat`, "Send a chat message to an agent".)
  const sends = [...verbs, ...ev.description.verbs.slice(0, 1)].some((v) => v.sense.base === 'send') && /\bto (?:one or more |an? |the |each )?(?:(?:ai|wasm|managed|cloud|coding|worker|remote|local|active|running) )*(?:cloud-)?agents?(?: (?:sessions?|chats?))?\b/.test(lead);
  if (!(starts && (tasked || /\b(?:tmux|pane|process|cli)\b/.test(text))) && !sends) return undefined;
  const host = ev.parameters.code.length > 0 || /\b(?:tmux|pane|separate process|new process|cli instance|local filesystem|working directory|git[_ ]root)\b/.test(ev.description.opening)
    || ev.parameters.names.some((n) => WORK_FOLDERS.test(flatName(n)));
  return { why: sends ? 'a message sent to agents' : tasked ? 'an agent started with a task' : 'an agent process started', host };
}
/** Parameters (flattened, lower case) naming the folder of this machine a program works in. */
const WORK_FOLDERS = /^(?:cwd|workdir|workingdirectory|workingdir|workfolder|workingfolder)$/;
const AGENT_STARTS = new Set(['start', 'spawn', 'create', 'launch', 'run']);
/** Words that say how many, not what: `disconnect_all`. */
const QUANTIFIERS = new Set(['all', 'every', 'each', 'any']);
/** Charges that happen by themselves once set up. */
const AUTO_CHARGES = /\bauto(?:matic)?[- ]?(?:\w+ )?(?:refill|recharge|top[- ]?up|reload|payment)s?\b|\bautopay\b/;
/** An OAuth-style exchange of a code for tokens, in the name (`exchange_authorization_code`) or the first sentence; or a URL minted with its own credentials. */
function obtainedCredentials(ev: Evidence): string | undefined {
  const w = ev.name.words;
  const i = w.indexOf('exchange');
  if (i >= 0 && w.some((x) => EXCHANGED.has(x))) return w.slice(i).join(' ');
  // (…and so does generating a URL that carries its own credentials: "Generate a file browser upload URL with authentication credentials".)
  return /\bexchang(?:e|es|ing)\b[^.]{0,40}\b(?:for|into)\b[^.]{0,20}\btokens?\b/.exec(ev.description.lead)?.[0]
    ?? /\b(?:generat|creat|mint|issu)\w* (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:url|link)s? (?:with|including|containing) (?:authentication |access |upload |temporary )?credentials\b/.exec(ev.description.lead)?.[0]
    // (…or a portal or login link: whoever holds it is let in, "Create Stripe billing portal session URL", "Generate a link to access …".)
    ?? /\b(?:generat|creat|mint|issu)\w* (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:portal|login|sign-?in|magic|access) (?:session )?(?:url|link)s?\b|\b(?:generat|creat)\w* (?:a |an )?links? to access\b/.exec(ev.description.lead)?.[0];
}
const EXCHANGED = new Set(['code', 'authorization', 'sso', 'token', 'oauth']);
/**
 * Logs named as what a read returns: "the tail of a remote log file", "sampled logs", "a logs query";
 * and captured network traffic, the requests a program made, with the tokens and cookies they carry.
 */
const LOG_RECORD_WORDS = /\blog (?:files?|entries|lines|records|messages|events)\b|(?<!\bno )\b(?:network requests|(?:https?(?:\(s\))?|network|ipc) traffic)\b|\bapp logs?\b|\b(?:audit|access|error|console|server|application|system|sampled|container|pod|runtime) logs?\b|\blogs? quer(?:y|ies)\b|\bstdout\b|\bstderr\b/;
/** Remarks people leave, and the verbs that only set their status (resolving one, labellers split on: it closes a discussion). */
const REMARKS = new Set(['comment', 'comments', 'annotation', 'annotations', 'feedback']);
const STATUS_MARKS = new Set(['acknowledge', 'dismiss', 'mark']);
/** What a read mark says of a message or a notification. */
const READ_STATES = new Set(['read', 'unread', 'seen', 'unseen']);
/** Marks laid on many messages at once, picked by a rule rather than one by one. */
const MASS_MARKS = new Set(['bulk', 'batch', 'older', 'than', 'matching', 'by']);
/** What one writes down by capturing it. */
const NOTED = new Set(['note', 'notes', 'entry', 'entries', 'journal', 'idea', 'ideas', 'thought', 'thoughts', 'memo', 'memos', 'task', 'tasks', 'todo', 'todos']);
/** Verbs that start a program (starting an application on a platform starts a service), and the installed programs they start (not a project's own code, not a driven browser). */
const LAUNCHES = new Set(['open', 'launch']);
/** What is placed when placing is ordering. */
const PLACED = new Set(['order', 'orders', 'bet', 'bets', 'trade', 'trades']);
/** Values a tool assembles and returns when it "builds" them. */
const ASSEMBLED_VALUES = new Set(['filter', 'filters', 'query', 'queries', 'profile', 'topic', 'signature', 'string', 'url', 'uri', 'payload', 'expression', 'hash', 'selector', 'regex', 'prompt', 'locator']);
/** What a tool hands back when its name ends on it: the instructions for an action, not the action. */
/** A description that opens on the instructions it hands back ("Instructions for creating a new app", "Returns a guide to…"). */
const MANUAL_LEAD = /^\W*(?:(?:returns?|provides?|gets?|shows?|gives?) )?(?:the |an? )?(?:[\w-]+ ){0,3}?(?:instructions|guide|guidelines|guidance|tips|tutorial|walkthrough)\b/;
const MANUALS = new Set(['instructions', 'instruction', 'guide', 'guides', 'guidelines', 'guidance', 'tips', 'tutorial', 'walkthrough', 'howto']);
/** A local development server started ("Starts the Angular development server (\"ng serve\")", "Runs the app locally"). */
const DEV_SERVER = /\b(?:starts?|runs?|launch(?:es)?|spins? up) (?:the |a |an )?(?:local )?(?:[\w/.-]+ )?(?:dev|development) server\b|\bruns? the (?:app|application|project) locally\b/;
/** What an evaluation computes rather than runs. */
const ARITHMETIC_OBJECTS = new Set(['math', 'formula', 'formulas', 'equation', 'equations', 'arithmetic']);
/** Records others edit, which one watches to be told of changes. */
const WATCHED_RECORDS = new Set(['issue', 'issues', 'ticket', 'tickets', 'card', 'cards', 'repo', 'repos', 'repository', 'repositories', 'thread', 'threads', 'pr', 'prs', 'story', 'stories', 'task', 'tasks']);
/** Verbs that start a browser or a new page in one, and what they start. */
const BROWSER_STARTS = new Set(['create', 'init', 'initialize', 'initialise', 'launch', 'start', 'restart', 'spawn']);
const BROWSERS = new Set(['browser', 'browsers', 'firefox', 'chrome', 'chromium', 'webkit']);
const STARTED_IN_BROWSER = new Set(['page', 'pages', 'tab', 'tabs', 'session', 'sessions', 'window', 'windows', 'context', 'instance', 'new', 'isolated', 'headless']);
/** `init-browser`, `restart_firefox`; `new_session` or `puppeteer_new_page` whose description says it is a browser's ("Create a new browser tab"). */
function startsBrowser(verb: string, objects: readonly string[], ev: Evidence): boolean {
  if (!BROWSER_STARTS.has(verb) || objects.length === 0) return false;
  const named = objects.filter((o) => !ev.server.words.has(o) || BROWSERS.has(o));
  if (!named.every((o) => BROWSERS.has(o) || STARTED_IN_BROWSER.has(o))) return false;
  return named.some((o) => BROWSERS.has(o)) || (named.length > 0 && /\bbrowser\b/.test(ev.description.lead));
}
const APPLICATIONS = new Set(['app', 'apps', 'application', 'applications', 'editor', 'ide', 'simulator', 'simulators', 'sim', 'sims', 'emulator', 'emulators', 'devtools']);
/** What a generator leaves behind as a file, by the thing it names (`generate_docs`, `generate_skill`). */
// (Not tests on their own: "Generate component tests following best practices" hands them back as text.)
const GENERATED_FILES = new Set(['file', 'files', 'pdf', 'pdfs', 'doc', 'docs', 'documentation', 'rules', 'skill', 'skills', 'config', 'helpers', 'artifacts', 'artifact', 'scaffold', 'boilerplate']);

/** A generator whose product is a file it leaves behind: the head of its name, or what its description's opening says it generates. */
function generatesFile(objects: readonly string[], ev: Evidence): boolean {
  const head = headNoun(objects);
  return (head !== undefined && GENERATED_FILES.has(head)) || ev.description.generatesFiles;
}
/** Parameters that hold a command line, not a program to store: a service's start command, a shell. */
const COMMAND_LINES = new Set(['command', 'commands', 'cmd', 'shell', 'bash']);
/** Edits of what exists (not creations, which a cron job's `command` would schedule). */
const RECONFIGURES = new Set(['update', 'set', 'edit', 'modify', 'patch', 'configure', 'change']);
/** What the caller connects to: disconnecting from one ends its own connection (a git provider or a relation is unlinked instead). */
const ENDPOINTS = new Set(['cdp', 'devtools', 'database', 'databases', 'db', 'server', 'servers', 'instance', 'host', 'client', 'cluster', 'device', 'broker', 'sandbox', 'browser', 'redis', 'mongodb', 'mysql', 'postgres', 'postgresql', 'api', 'session', 'socket', 'websocket']);
/** A disconnection that throws away what was stored for the connection, not only the session. */
const FORGETS_CREDENTIALS = /\b(?:removes?|deletes?|revokes?|clears?|forgets?|wipes?) (?:the |its |any |all )?(?:stored |saved |cached )?(?:credentials?|tokens?|api keys?|secrets?|oauth tokens?)\b/;
/** What a chain wallet signs and broadcasts. */
const CHAIN_TRANSACTIONS = new Set(['transaction', 'transactions', 'tx', 'txs', 'txn']);
/** Acts that leave a small mark anyone can take back. */
const MARKING_VERBS = new Set(['like', 'unlike', 'upvote', 'downvote', 'react']);
/** What is rebuilt or refetched when thrown away: build products, caches, temporary files. */
const REGENERABLE = new Set(['build', 'builds', 'products', 'artifacts', 'artefacts', 'cache', 'caches', 'derived', 'deriveddata', 'temp', 'tmp', 'output', 'outputs', 'dist']);
/** What evaluating runs: code in some form. */
const CODE_OBJECTS = new Set(['script', 'scripts', 'code', 'expression', 'expressions', 'javascript', 'js', 'python', 'formula', 'formulas', 'snippet', 'function', 'template', 'jsonata', 'jq']);
/** What git keeps: a forced push of these can discard commits. */
const GIT_THINGS = new Set(['git', 'branch', 'branches', 'commit', 'commits', 'change', 'changes', 'repo', 'repos', 'repository', 'repositories',
  'ref', 'refs', 'head', 'tag', 'tags', 'worktree', 'tree', 'stash', 'remote', 'origin', 'file', 'files', 'code']);

/** Kinds of sensitivity that come from what a thing contains, whoever wrote it. */
const CONTENT_KINDS = new Set(['source', 'content', 'stored']);
/** Material published for anyone to read: its content is no private record. (A website's files, on its hosting,
 *  are its source: "website file content", "a website's document root" are no published page.) A UI component's
 *  content or code is a component library's, published with it. */
const PUBLISHED_MATERIAL = /\b(?:web ?pages?|webpages?|websites?|documentation(?: pages?)?|demo files?|components?)\b(?!(?:['’]| )s\b| (?:files?|source|code|directory|folder|document root)\b)/;

/** Verbs by which one tool calls another, and the parameters that name the tool called. */
const RELAY_VERBS = new Set(['call', 'execute', 'invoke', 'run', 'use']);
const TOOL_PICKERS = new Set(['tool', 'toolname', 'toolid', 'name']);
const SERVER_PICKERS = new Set(['server', 'servername', 'serverid', 'mcp', 'mcpname', 'mcpserver']);
/** A description saying the call goes on to other MCP servers: "proxies the call to the appropriate upstream MCP server". */
const RELAYED_SERVERS = /\b(?:upstream|connected|downstream|other|any|underlying) (?:mcp )?servers?\b|\bon (?:an? |the |any )?mcp server\b|\bproxies (?:the |a |each )?(?:tool )?calls?\b/;

/** Sending to or taking from a remote: forced, these overwrite what the other side had. */
const PUSHES = new Set(['push', 'pull']);

/** What opening creates: a pull request, an issue, a ticket, a case. */
const FILED_BY_OPENING = new Set(['pr', 'pull', 'mr', 'issue', 'ticket', 'incident', 'case', 'bug']);

/** Asking for leave to act, and what is asked for. */
const PERMISSION_ASKS = new Set(['request', 'ask', 'seek']);
const PERMISSIONS_ASKED = new Set(['permission', 'permissions', 'approval', 'consent', 'confirmation']);

/** A read that says it returns the caller's own files as they are on disk ("the verbatim source", "that file's
 *  current on-disk source"), or a deployed thing "including its code"; generated or reference code ("the source code
 *  of the generated contract") is not theirs. */
const RETURNS_SOURCE = /\bincluding its (?:source )?code\b|\breturns? (?:the |that file's |a file's |each file's )?(?:current )?(?:verbatim|on-disk) (?:source(?: code)?|contents?)\b|\breturns? (?:that|a|each) file's (?:current )?(?:on-disk )?(?:source|contents?)\b/;

/** A sentence saying what the call wipes, not what it is for: "This deletes all AI automation recipes…". */
const DELETES_ALL = /\b(?:this|it|which) (?:also )?(?:permanently )?(?:deletes|destroys|wipes|erases|purges) (?:all|every|the entire|its|their|any)\b/;

/**
 * A description's opening that starts a job rather than returning something: "Start a new crawl", "Trigger a search
 * for missing episodes" (only a triggered search is a job; "Starts a search of the index" is the search).
 */
const STARTS_JOB = /^(?:(?:triggers?|starts?|kicks? off|initiates?) (?:a |an |the )?(?:new |background |full |fresh )?(?:[\w-]+ )?(?:crawl|scan|audit|analysis|sync|refresh|import|backup|re-?index|indexing)|triggers? (?:a |an |the )?(?:new |background |full |fresh )?(?:[\w-]+ )?search)\b/;

/** Verbs that only ever change something (never "perform a search", "generate a summary"). */
const PLAIN_WRITES = new Set(['create', 'send', 'store', 'save', 'submit', 'mark', 'apply', 'upload', 'post', 'publish', 'register', 'write', 'insert', 'append', 'approve', 'reject']);

/** What a ledger app (a budgeting or bookkeeping app) keeps of someone's money besides its entries: accounts, recurring items, budget summaries. */
const LEDGER_HOLDINGS = new Set(['account', 'accounts', 'recurring', 'item', 'items', 'summary', 'budget', 'budgets']);

/** Verbs that only say a thing is run (a name's `execute_task` may be a lookup the description disowns). */
const RUN_VERBS = new Set(['run', 'execute', 'exec']);

/** Machines whose disk a rebuild replaces. */
const MACHINES = new Set(['vm', 'vms', 'droplet', 'droplets', 'vps', 'machine', 'machines', 'virtualmachine', 'server', 'servers', 'instance', 'instances', 'os', 'host', 'hosts']);
/** Files a tool can take apart and hand back without changing them. */
const DOCUMENT_FILES = new Set(['pdf', 'pdfs', 'document', 'documents', 'file', 'files', 'text', 'image', 'images', 'video', 'audio', 'string']);

function push(signals: Signal[], source: Signal['source'], evidence: string, points: Category | Risk, weight: number) {
  signals.push({ source, evidence, points, weight: Math.round(weight * 100) / 100 });
}

export function decide(ev: Evidence): Decision {
  const signals: Signal[] = [];
  const conflicts: string[] = [];
  const objects = objectsOf(ev);
  const objectPhrase = objects.length > 0 ? ` (${objects.slice(-3).join(' ')})` : '';
  const desc = ev.description;
  const params = ev.parameters;
  const ann = ev.annotations;

  const descTop = desc.verbs[0];
  // What the text says about kinds of tool that both steps (category and risk) look at, read once.
  const found: Findings = {
    credentials: obtainedCredentials(ev),
    model: asksModel(ev),
    autoCharge: AUTO_CHARGES.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0],
    rendersProgram: rendersProgram(ev),
  };

  // 1. The action the text states.
  const nameVerbs = ev.name.verbs.length > 0 ? ev.name.verbs : ev.title?.verbs ?? [];
  const nameSource: Signal['source'] = ev.name.verbs.length > 0 ? 'name' : 'title';
  const specific = nameVerbs.filter((v) => !v.sense.generic);
  let category: Category = 'read';
  let categoryWhy: string;
  let agreeing = 0;
  let textOnly = false; // category rests on a verb alone, with no stronger marker
  if (specific.length > 0) {
    category = specific.map((v) => verbCategory(v, objects, ev)).reduce(worse);
    for (const v of specific) push(signals, nameSource, `${nameSource} verb "${v.word}"${objectPhrase}`, verbCategory(v, objects, ev), 0.6);
    const words = specific.map((v) => `"${v.word}"`).join(' and ');
    categoryWhy = `its ${nameSource} says ${words}${objectPhrase}`;
    textOnly = true;
  } else {
    const generic = nameVerbs[0];
    // With no verb in the name, purposes the description states ("commands for managing…") count too.
    // Not for a tool that runs what it is given ("Execute a transaction… useful for deleting"): it is execute.
    const purposes = generic || desc.verbs[0]?.sense.category === 'execute' ? [] : desc.purposes;
    // A name with no verb names a resource; the description's opening says what the tool does with it.
    // A verb first met further on ("Order book depth. … full: complete order book") is about options.
    const stated = (generic || (desc.actionSentence <= 1 && !desc.actionInList) ? desc.verbs : []).filter((v) => !desc.takesBack.includes(v));
    const from = [...stated, ...purposes];
    if (from.length > 0) {
      // With a generic verb (`manage_x`) or none, every action the description offers counts.
      const considered = generic ? from : [...from.slice(0, 1), ...desc.joined, ...purposes];
      category = considered.map((v) => verbCategory(v, objects, ev)).reduce(worse);
      for (const v of considered) push(signals, 'description', `description verb "${v.word}"`, verbCategory(v, objects, ev), generic ? 0.4 : 0.45);
      const top = considered.find((v) => verbCategory(v, objects, ev) === category) ?? considered[0];
      categoryWhy = generic
        ? `its name only says "${generic.word}", and the description offers "${top?.word}"`
        : `its description says "${top?.word}"`;
      textOnly = true;
    } else if (generic) {
      category = 'write';
      push(signals, nameSource, `${nameSource} verb "${generic.word}" (generic)`, 'write', 0.3);
      categoryWhy = `its name says "${generic.word}", which implies changes`;
    } else {
      categoryWhy = 'neither its name nor its description states an action that changes anything';
      push(signals, 'name', 'no action verb in name or description', 'read', 0.2);
    }
  }
  if (specific.length > 0 && descTop) {
    const dc = verbCategory(descTop, objects, ev);
    if (dc === category) { agreeing++; push(signals, 'description', `description verb "${descTop.word}"`, dc, 0.3); }
  }

  // 1b. Safety margin: when the description opens with a more dangerous act than the name states
  // (a `get_x` whose description begins "Deletes…"), the text is ambiguous between the two,
  // and the more dangerous reading is kept.
  // (A description that opens with "Returns …" states what comes back; a verb later in that sentence describes it:
  // "Returns the auto-deployment settings: which branch deploy into which directory".)
  if (specific.length > 0 && !desc.readOnlyClaim && desc.actionSentence === 0 && ev.descriptionOpens !== 'return') {
    const danger = [descTop, ...desc.joined].find((v) => {
      if (v === undefined) return false;
      const c = verbCategory(v, objects, ev);
      // "Remove acknowledgment from an alert" takes a mark off the name's object, which stays.
      // (…and so does "Remove current user as story owner": the role goes, the user and the story stay.)
      const detaches = v.sense.base === 'remove' && (objectsInLead(desc.lead, v).some((o) => DETACHABLE.has(o)) || REMOVED_AS_ROLE.test(desc.opening));
      // "Lists triggers of a schema" for `get_triggers`: the word the name holds as its object is that object there too.
      const namesObject = v.word !== v.sense.base && objects.includes(v.word) && !nameVerbs.some((n) => n.word === v.word);
      // (A change the description's very first word states, "Create a shared link…" for `get_sharing_link`, counts too.)
      // (…but a prompt sent to a model asks it, and a report created is computed.)
      const opensWith = c === 'write' && v === descTop && ev.descriptionOpens === v.sense.base && PLAIN_WRITES.has(v.sense.base)
        && asksModel(ev) === undefined && !objectsInLead(desc.lead, v).some((o) => REPORTS.has(o));
      return (c === 'destructive' || c === 'financial' || c === 'execute' || opensWith) && rank(c) > rank(category) && !INTERACTIVE.has(v.sense.base) && !detaches && !namesObject;
    });
    if (danger) {
      const dc = verbCategory(danger, objects, ev);
      push(signals, 'description', `description verb "${danger.word}"`, dc, 0.45);
      categoryWhy += `, and its description says "${danger.word}", the more dangerous of the two`;
      category = dc;
    }
    // A read whose description offers a change alongside it ("Gets or creates a link") is a get-or-create: a write.
    const alsoWrites = category === 'read' && descTop !== undefined && verbCategory(descTop, objects, ev) === 'read'
      ? desc.joined.find((v) => verbCategory(v, objects, ev) === 'write' && ADDITIVE.has(v.sense.base)) : undefined;
    if (alsoWrites) {
      push(signals, 'description', `description: "${descTop?.word} or ${alsoWrites.word}"`, 'write', 0.45);
      categoryWhy += `, and its description says "${descTop?.word} or ${alsoWrites.word}", so it can create what it does not find`;
      category = 'write';
    }
    // "Submit a PR review" for `github.review`: the name's one verb is the thing the description's act sends or makes.
    const sent = category === 'read' && specific.length === 1 && descTop !== undefined && SENDS_OR_MAKES.has(descTop.sense.base)
      && objectsInLead(desc.lead, descTop).includes((specific[0] as VerbHit).word) ? descTop : undefined;
    if (sent) {
      const thing = (specific[0] as VerbHit).word;
      push(signals, 'description', `description verb "${sent.word}" (the ${thing})`, 'write', 0.5);
      categoryWhy += `, but its description says "${sent.word}" with the ${thing} as its object: the ${thing} is what it hands over or makes, not a read`;
      category = 'write';
    }
  }

  // 1a. Exchanging an authorization code for tokens obtains credentials: a write whatever the name's verb.
  const credentials = found.credentials;
  if (credentials && category === 'read') {
    push(signals, 'description', `"${credentials}": obtains credentials`, 'write', 0.5);
    categoryWhy = `it obtains new credentials ("${credentials}")`;
    category = 'write';
  }

  // 1b'. A name that ends on instructions or a guide (`create_app_instructions`, `deploy_guide`) names what it
  // returns: the instructions for that action, not the action.
  const lastObject = objects[objects.length - 1];
  // (…when the description says so too: Figma's `set_guide` sets layout guides.)
  const manual = lastObject !== undefined && MANUALS.has(lastObject) && MANUAL_LEAD.test(desc.lead) ? lastObject : undefined;
  if (manual && textOnly && (category === 'write' || category === 'execute') && !params.code.length && params.actions.length === 0) {
    push(signals, 'name', `names ${manual} for "${specific[0]?.word ?? 'it'}"`, 'read', 0.5);
    categoryWhy = `its name ends on "${manual}": it returns the ${manual} for that action and does not take it`;
    category = 'read';
  }

  // 1b''. A tool with no verb in its name whose description says it changes nothing ("Returns the
  // source code of the generated contract. Does not write to disk.") only returns what it makes.
  if (nameVerbs.length === 0 && category === 'write' && textOnly && ann.readOnly !== false
    && desc.readOnlyClaim && /^(?:does not|doesn't|will not|won't|never|without|no)\b/.test(desc.readOnlyClaim)) {
    push(signals, 'description', `description: "${desc.readOnlyClaim}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy.replace(/^its /, 'the ')}, but it also says it "${desc.readOnlyClaim}", so it only returns what it makes`;
    category = 'read';
  }

  // 1b'''. A name whose verb writes, on a tool whose description opens with a read and says it changes nothing
  // ("Validates an alternative authentication method … without mutating the shared client"), only checks.
  if (category === 'write' && specific.length > 0 && descTop !== undefined && ev.descriptionOpens === descTop.sense.base && verbCategory(descTop, objects, ev) === 'read'
    && desc.readOnlyClaim && /^(?:does not|doesn't|will not|won't|never|without|no)\b/.test(desc.readOnlyClaim) && ann.readOnly !== false
    && params.code.length === 0 && params.actions.length === 0) {
    push(signals, 'description', `description: "${descTop.word}…", "${desc.readOnlyClaim}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy}, but the description says it ${descTop.word} and "${desc.readOnlyClaim}"`;
    category = 'read';
  }

  // 1b'''a. A name that says run or execute, on a tool whose description opens with a read and says it
  // does not run anything ("Retrieve the guidance for a task… not to execute the task for you"), returns it.
  const runsByName = specific.length > 0 && specific.every((v) => verbCategory(v, objects, ev) === 'execute' && RUN_VERBS.has(v.sense.base));
  if (runsByName && category === 'execute' && desc.notRun && descTop !== undefined && verbCategory(descTop, objects, ev) === 'read'
    && ev.descriptionOpens === descTop.sense.base && params.code.length === 0 && ann.readOnly !== false) {
    push(signals, 'description', `description: "${descTop.word}…", "${desc.notRun}"`, 'read', 0.5);
    categoryWhy = `its name says "${specific[0]?.word}", but its description opens with "${descTop.word}" and says it runs nothing ("${desc.notRun}…"), so it only returns what it looks up`;
    category = 'read';
  }

  // 1b'''. Downloading to a place on this machine the caller names writes a file there (and may replace one).
  const downloads = [...nameVerbs, ...(nameVerbs.length === 0 && descTop ? [descTop] : [])].find((v) => v.sense.base === 'download');
  if (category === 'read' && downloads && params.savesTo) {
    push(signals, 'parameter', `"${downloads.word}" to the place in \`${params.savesTo}\``, 'write', 0.45);
    categoryWhy = `it downloads to a place on this machine the caller names (\`${params.savesTo}\`), which writes a file there`;
    category = 'write';
  }
  // …or to a place its description says it saves to ("Files are saved to the downloads directory").
  const savedLocally = category === 'read' && downloads ? SAVES_A_FILE.exec(desc.opening)?.[0] : undefined;
  if (savedLocally && downloads && !/\b(?:not|never|without)\b/.test(savedLocally)) {
    push(signals, 'description', `"${downloads.word}", description: "${savedLocally}"`, 'write', 0.45);
    categoryWhy = `it downloads onto this machine ("${savedLocally}"), which writes a file there`;
    category = 'write';
  }
  // …and so does making something (speech, a report) that its first sentence says it saves to a file there.
  // …and so does an export or a download that takes such a place (`output_path`, `localPath`): the file is left there.
  // (…and so does packing files into an archive there.)
  const exported = specific.find((v) => v.sense.base === 'export' || v.sense.base === 'download' || ARCHIVERS.has(v.sense.base));
  const savesFile = category === 'read' && params.savesTo ? SAVES_A_FILE.exec(desc.lead)?.[0] ?? exported?.word : undefined;
  if (savesFile && !/\b(?:not|never|without)\b/.test(savesFile)) {
    push(signals, 'description', `description: "${savesFile}", to the place in \`${params.savesTo}\``, 'write', 0.45);
    categoryWhy = `its description says it saves a file ("${savesFile}") to a place on this machine the caller names (\`${params.savesTo}\`)`;
    category = 'write';
  }

  // 1b''''. Cancelling or stopping a run (a job, a build, a deployment) throws away only that run's
  // progress, and it can be started again: "terminate a running job" ends the run, not the job.
  const halted = haltedRun(specific, objects);
  if (halted && (category === 'destructive' || category === 'execute')) {
    push(signals, nameSource, `"${halted.verb}" a ${halted.run} in progress`, 'write', 0.5);
    categoryWhy = `its ${nameSource} says "${halted.verb}" (${halted.run}): it stops a run in progress, which can be started again`;
    category = 'write';
  }

  // 1b'''''. A write whose stated purpose is to set off code ("Send a test event to trigger handlers")
  // runs that code, whose effects the tool does not bound.
  const setsOff = category === 'write' ? SETS_OFF_CODE.exec(desc.lead)?.[0] : undefined;
  if (setsOff) {
    push(signals, 'description', `description: "${setsOff}"`, 'execute', 0.45);
    categoryWhy += `, and its description says it does so "${setsOff}", which runs them`;
    category = 'execute';
  }

  // 1b'. Guidance: a tool whose description opens by saying it hands back documentation or
  // instructions (`create_mobile_lwc_calendar`: "provides … API documentation") only returns text.
  if (desc.guidance && (category === 'write' || category === 'execute') && textOnly && !desc.runsCode
    && desc.verbs.every((v) => verbCategory(v, objects, ev) === 'read' || v.sense.base === category)) {
    push(signals, 'description', `description: "${desc.guidance}"`, 'read', 0.45);
    categoryWhy = `its description says it ${desc.guidance.split(' ')[0]} ${desc.guidance.split(' ').slice(-1)[0]}, which it hands back as text, although ${categoryWhy.replace(/^its /, 'the ')}`;
    category = 'read';
  }

  // 1c. Triggers: starting, queueing or re-running a workflow, pipeline, job, build or test run, or creating
  // a run (`create_pipeline_run`), sets going a job whose effects the tool does not bound.
  const head = headNoun(objects);
  if (category === 'write' && head !== undefined) {
    const trigger = specific.find((v) => (TRIGGER_VERBS.has(v.sense.base) && TRIGGERABLE.has(head)) || (ADDITIVE.has(v.sense.base) && RUN_INSTANCES.has(head)));
    if (trigger) {
      push(signals, nameSource, `"${trigger.word}" a ${head}: a trigger`, 'execute', 0.5);
      category = 'execute';
      categoryWhy += `, which sets a ${head} going whose effects the tool does not bound`;
    }
  }

  // 1c'. An agent handed a free-form task to carry out in a browser or on a computer acts as it sees fit:
  // what it clicks, types and submits is not bounded by the tool.
  const agent = ev.name.words.find((w) => w === 'agent' || w === 'agents' || w === 'autopilot')
    ?? (/\b(?:browser automation|automates? (?:the |a )?browser)\b/.test(desc.lead) ? 'automated browser' : undefined);
  if (agent && params.task && (category === 'read' || category === 'write') && AGENT_ARENAS.test(`${desc.lead} ${ev.name.words.join(' ')}`)) {
    push(signals, 'parameter', `hands the task in \`${params.task}\` to an ${agent} that acts in a browser or on a computer`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it hands a free-form task (\`${params.task}\`) to an ${agent} that browses and acts on its own`;
  }

  // 1d. Driving a UI: on a server whose tools click, type and navigate, filling a form, selecting an option,
  // uploading into a page, resizing or closing a tab is a step of that UI, not a change to stored data.
  // Dropping onto a page element (drag and drop) is such a step too, not a drop of data.
  const uiDrop = category === 'destructive' && specific.length > 0 && specific.every((v) => v.sense.base === 'drop');
  // A part only a browser or an app screen has (a tab, a checkbox) names the UI in the tool itself.
  // (A document's tabs and a sheet's dropdowns are content; "check if" asks, it does not tick.)
  const leadWords = desc.lead.split(' ');
  // (…and so does a check of anything but a box to tick: "Check element is visible".)
  const checksOnly = specific.length > 0 && specific.every((v) => v.sense.base === 'check') && !/\b(?:checkbox(?:es)?|radio|toggle|switch)\b/.test(`${desc.lead} ${ev.name.words.join(' ')}`);
  const asks = /\bcheck (?:if|whether)\b/.test(desc.lead) || checksOnly;
  const ownUi = asks || [...ev.name.words, ...leadWords].some((w) => DOCUMENT_WORDS.has(w))
    ? undefined : [...ev.name.words, ...leadWords].find((w) => BROWSER_PARTS.has(w));
  const drives = ev.server.drivesUi ?? (ownUi !== undefined ? `it names a ${ownUi}` : undefined);
  // With no verb in the name (`browser_new_tab`), the description's ("Open a new tab") is the step.
  const steps = checksOnly ? [] : specific.length > 0 ? specific : nameVerbs.length === 0 && descTop && !asks ? [descTop] : [];
  // Without the server's word for it, only a step that works a control (fill, tick, open a tab) drives the UI.
  const ownStep = ev.server.drivesUi !== undefined || steps.some((v) => UI_INPUT_STEPS.has(v.sense.base) || UI_READ_STEPS.has(v.sense.base));
  if (drives && ownStep && (category === 'write' || uiDrop || (category === 'read' && steps.some((v) => UI_READ_STEPS.has(v.sense.base))))) {
    const step = steps[0] ?? nameVerbs[0] ?? (asks ? undefined : descTop);
    const inputs = step !== undefined && UI_INPUT_STEPS.has(step.sense.base);
    // Closing or resizing the browser ends or reshapes the session; it takes no step in a page.
    const part = objects.find((o) => UI_OBJECTS.has(o)) ?? UI_LEAD.exec(desc.lead)?.[1]
      ?? (inputs ? desc.lead.split(/[\s/]+/).find((w) => UI_OBJECTS.has(w)) : undefined);
    // (Deleting or clearing cookies empties what the browser keeps, not a page: no step is taken.)
    const dropsCookies = objects.some((o) => COOKIES.has(o)) && COOKIE_DROPS.has(step?.sense.base ?? '');
    // (Nor does a highlight overlay: it marks an element for a person to see and acts on nothing.)
    const marksOnly = step !== undefined && (step.sense.base === 'highlight' || step.sense.base === 'unhighlight');
    if (part && step && !ADDITIVE_DATA.has(step.sense.base) && (!SESSION_ENDINGS.has(step.sense.base) || step.sense.base === 'resize') && !dropsCookies && !marksOnly) {
      const where = ev.server.drivesUi ? `a server that drives a UI (${ev.server.drivesUi})` : `a browser or app UI (${drives})`;
      push(signals, ev.server.drivesUi ? 'server' : 'name', `a UI step ("${step.word}" ${part}) on ${where}`, 'execute', 0.45);
      category = 'execute';
      categoryWhy = ev.server.drivesUi
        ? `its name says "${step.word}" (${part}), a step in an interactive UI that the server drives (${ev.server.drivesUi})`
        : `"${step.word}" (${part}) is a step in an interactive browser or app UI (${drives})`;
      textOnly = false;
    }
  }

  // 2. Offered actions (an enum of operations): the most dangerous one counts. On a listing
  // (`list_adjustments` with `action: [refund, credit]`) such an enum filters what is listed.
  // An enum that offers reading itself beside changes (`operation: [list, read, create, delete]`) picks
  // the operation: a filter's values are kinds of record, never the reading.
  const actionCategories = params.actions.map((a) => verbCategory(a, a.objects.length > 0 ? a.objects : objects, ev));
  const picksOperation = actionCategories.includes('read') && actionCategories.some((c) => c !== 'read');
  const filters = !picksOperation && specific.length > 0 && specific.every((v) => LISTINGS.has(v.sense.base) || v.sense.base === 'count' || v.sense.base === 'filter');
  // With no verb of its own and only a generic one in the description ("Manage users…"), the enum
  // (`operation: [list, current]`) is the exact list of what it does.
  if (params.actions.length > 0 && specific.length === 0 && nameVerbs.length === 0 && category === 'write' && desc.verbs.every((v) => v.sense.generic || verbCategory(v, objects, ev) === 'read')) category = 'read';
  // Asking the user's permission for an operation (`request_file_permission` with `operation: [create, delete]`)
  // performs none of them: the operations are what it asks about, and the answer comes back.
  // ("request" is no verb of ours: it is as often a thing, a pull request or a leave request.)
  const asked = ev.name.words.find((w) => PERMISSIONS_ASKED.has(w));
  const asksPermission = asked !== undefined && specific.every((v) => PERMISSION_ASKS.has(v.sense.base))
    && ev.name.words.some((w) => PERMISSION_ASKS.has(w));
  // Reading the documentation of an operation (`get_openapi_reference` with `operation: [create, delete]`) performs none:
  // the enum picks whose reference comes back.
  const documents = specific.length > 0 && specific.every((v) => verbCategory(v, objects, ev) === 'read') && objects.some((o) => DOCUMENTATION.has(o));
  if (params.actions.length > 0 && !filters && !asksPermission && !documents) {
    // `remove_annotations` names its own object; a bare `remove` acts on the tool's.
    const catOf = (a: (typeof params.actions)[number]) => {
      const c = verbCategory(a, a.objects.length > 0 ? a.objects : objects, ev);
      // On a calculator, `add` or `replace` works on the values given and hands back the result.
      // (…and so does `eval` there: what it evaluates is arithmetic.)
      if ((c === 'write' || c === 'execute') && [...ev.server.words].some((w) => CALCULATORS.has(w))) return 'read';
      // On a server that drives a UI, accepting or dismissing a dialog of the UI is a step in it.
      if (c === 'write' && ev.server.drivesUi && objects.some((o) => UI_OBJECTS.has(o))) return 'execute';
      // Driving a viewer (navigate, click) through an action list is not running code; on a server that drives a UI it is a step in it.
      return c === 'execute' && INTERACTIVE.has(a.sense.base) && !ev.server.drivesUi ? 'write' : c;
    };
    const worst = params.actions.reduce((a, b) => (rank(catOf(b)) > rank(catOf(a)) ? b : a));
    const wc = catOf(worst);
    push(signals, 'parameter', `${worst.param} offers "${worst.value}"`, wc, 0.5);
    if (rank(wc) > rank(category)) {
      category = wc;
      categoryWhy = `its \`${worst.param}\` parameter offers "${worst.value}" (${params.actions.slice(0, 6).map((a) => a.value).join(', ')})`;
      textOnly = false;
    }
  }

  // 2b. Operations listed in the description (`list/get/create/delete`), on a tool whose name states
  // no specific action: the most dangerous one counts, as with an enum.
  if (specific.length === 0 && desc.offered.length > 0 && !asksPermission) {
    const worst = desc.offered.reduce((a, b) => (rank(verbCategory(b, objects, ev)) > rank(verbCategory(a, objects, ev)) ? b : a));
    const wc = verbCategory(worst, objects, ev);
    push(signals, 'description', `description lists "${worst.word}" among ${desc.offered.map((v) => v.word).join('/')}`, wc, 0.45);
    if (rank(wc) > rank(category)) {
      category = wc;
      categoryWhy = `its description lists the operations ${desc.offered.slice(0, 8).map((v) => v.word).join('/')}, of which "${worst.word}" is the most dangerous`;
      textOnly = false;
    }
  }

  if (asksPermission) {
    push(signals, 'name', `asks for ${asked}`, 'read', 0.5);
    category = 'read';
    categoryWhy = `it asks the user for ${asked} and returns the answer; the operations it names are what it asks about, and it performs none of them`;
  }

  // 3. Code, commands or queries the caller supplies make it execute.
  // Code handed to a tool that only checks it (`validate`, `lint`, `explain`) is data, not something it runs.
  // A query in a query language (a filter, a pipeline) handed to any other read — `find`, `export`,
  // `count` — is run against the database, so it counts there too.
  // (Nor is code a generator writes into a file, docs or tests: `generate_component_doc` with usage examples.)
  const generatesFiles = specific.length > 0 && specific.every((v) => v.sense.base === 'generate') && generatesFile(objects, ev);
  // (…but a program handed to a generator or a renderer, "JavaScript code using the primitives above to generate parts", is run to make its output.)
  const runsProgram = specific.length > 0 && !generatesFiles && specific.every((v) => PROGRAM_RUNNERS.has(v.sense.base)) && params.code.some((c) => c.kind === 'code' && c.strong);
  const acts = specific.length === 0 || runsProgram || (!generatesFiles && specific.some((v) => verbCategory(v, objects, ev) !== 'read' || v.sense.base === 'query' || v.sense.base === 'evaluate'))
    || (descTop !== undefined && verbCategory(descTop, objects, ev) === 'execute');
  const runsQuery = !acts && specific.every((v) => !CODE_AS_DATA.has(v.sense.base));
  // Editing a service's settings (`application-update` with its start `command` among them) configures
  // what the service runs; it runs nothing now. A tool that says it does not run its script does not.
  const reconfigures = specific.length > 0 && specific.every((v) => RECONFIGURES.has(v.sense.base)) && objects.some((o) => SERVICES.has(o))
    && params.code.every((c) => c.kind === 'host' && COMMAND_LINES.has(c.name.toLowerCase()));
  if (reconfigures) found.startCommand = params.code[0]?.name;
  // Text (even code) handed to a language model is read by the model, which only answers.
  const model = found.model;
  const code = desc.notRun || reconfigures || model ? undefined : acts ? params.code[0] : runsQuery ? params.code.find((c) => c.kind === 'query' && c.strong) : undefined;
  const runsCode = code !== undefined || desc.runsCode !== undefined || found.rendersProgram !== undefined;
  if (found.rendersProgram && !code) {
    push(signals, 'parameter', `renders the program in \`${found.rendersProgram}\``, 'execute', 0.5);
    if (rank(category) < rank('execute')) {
      category = 'execute';
      categoryWhy = `it renders a program the caller writes (\`${found.rendersProgram}\`), which runs to draw it`;
      textOnly = false;
    }
  }
  if (code) push(signals, 'parameter', `parameter \`${code.name}\` takes ${code.kind === 'query' ? 'a query' : code.kind === 'host' ? 'a command' : 'code'}`, 'execute', 0.55);
  if (desc.runsCode) push(signals, 'description', `description: "${desc.runsCode}"`, 'execute', 0.45);
  if (runsCode && rank(category) < rank('execute')) {
    category = 'execute';
    categoryWhy = code
      ? `it takes ${code.kind === 'query' ? 'a free-form query' : code.kind === 'host' ? 'a command' : 'code'} in \`${code.name}\` and runs it`
      : `its description says it runs "${desc.runsCode}"`;
    textOnly = false;
  }

  // 3a'. An agent set going: started or spawned with a task, or sent one, an agent acts with its own tools.
  const setGoing = agentSetGoing(ev, specific);
  found.agent = setGoing;
  if (setGoing && rank(category) < rank('execute')) {
    push(signals, 'description', `sets an agent going (${setGoing.why})`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it sets an AI agent going (${setGoing.why}), and the agent acts as it sees fit`;
    textOnly = false;
  }

  // 3a''. A flag that lets an agent accept all its own actions unasked (`yolo`): whatever the call asks, the agent may act.
  if (params.autoApprove && /\b(?:agents?|cli|assistant)\b/.test(`${ev.name.words.join(' ')} ${desc.lead}`) && rank(category) < rank('execute')) {
    push(signals, 'parameter', `parameter \`${params.autoApprove}\` lets an agent accept all its actions`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `; its \`${params.autoApprove}\` option lets the agent behind it accept all its own actions unasked`;
    textOnly = false;
  }

  // 3a. A prompt sent to a language model ("Send a task to a local LLM", a completion on a model
  // provider's server) returns the model's answer; nothing is stored or sent to people.
  if (model && category === 'write') {
    push(signals, 'description', `hands text to a language model ("${model}")`, 'read', 0.5);
    category = 'read';
    categoryWhy = `it hands text to a language model ("${model}") and returns its answer`;
    textOnly = false;
  }

  // 3b. Driving a program: scripted browser steps, opening a browser, running a CLI; deploying.
  if (params.browserActions) push(signals, 'parameter', `parameter \`${params.browserActions}\` takes browser steps (click, type…)`, 'execute', 0.5);
  if (params.browserActions && rank(category) < rank('execute')) {
    category = 'execute';
    categoryWhy += `, and its \`${params.browserActions}\` parameter scripts browser steps (click, type, scroll)`;
    textOnly = false;
  }
  if (desc.drivesApp) push(signals, 'description', `description: "${desc.drivesApp}"`, 'execute', 0.4);
  // Showing a computed result (a chart, a diagram) in a browser is a display, not driving one.
  // …and a headless browser a read launches for its own measuring (a Lighthouse audit) is how it reads.
  const ownBrowser = /\bheadless\b/.test(desc.drivesApp ?? '') && specific.length > 0 && specific.every((v) => verbCategory(v, objects, ev) === 'read');
  if (desc.drivesApp && category === 'read' && !ownBrowser && !(specific.length > 0 && specific.every((v) => SHOWS_RESULT.has(v.sense.base)))) {
    category = 'execute';
    categoryWhy += `, but the description says it drives a program ("${desc.drivesApp}")`;
    textOnly = false;
  }
  // Starting a local development server runs the project's own code (its build, its server) on this machine.
  const devServer = DEV_SERVER.exec(desc.lead)?.[0];
  if (devServer && (category === 'write' || category === 'read') && !specific.some((v) => HALTS.has(v.sense.base) || v.sense.base === 'wait')) {
    push(signals, 'description', `description: "${devServer}"`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `, and the description says it "${devServer}", which runs the project's code`;
    textOnly = false;
  }
  // Installing code the caller names to run on this machine runs whatever that code does.
  const installs = category === 'write' ? installsCode(ev, specific, objects) : undefined;
  if (installs) {
    push(signals, 'name', `${installs}: code the caller names, set up to run here`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `; it ${installs}, code the caller names that then runs on this machine`;
    textOnly = false;
    found.installs = installs;
  }
  // A plugin, an extension or an add-on installed is third-party code that then runs inside the site, the browser or the app;
  // an app binary put on a device or a simulator ("Install an APK on an Android device") runs there (on the device, not this machine).
  const installing = category === 'write' && specific.some((v) => v.sense.base === 'install');
  const plugin = installing ? objects.find((o) => PLUGINS.has(o)) : undefined;
  const app = installing && plugin === undefined ? APP_BINARIES.exec(desc.lead)?.[0] : undefined;
  if (plugin || app) {
    push(signals, plugin ? 'name' : 'description', plugin ? `installs a ${plugin}: third-party code that then runs` : `installs ${app} on a device`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += plugin ? `; a ${plugin} installed is third-party code that then runs inside what it extends` : `; it installs ${app}, a program that then runs on the device`;
    textOnly = false;
  }
  const deployable = objects.find((o) => DEPLOYABLE.has(o));
  if (category === 'write' && (desc.deploys || deployable) && !specific.some((v) => verbCategory(v, objects, ev) === 'destructive')) {
    const what = desc.deploys ? `the description says "${desc.deploys}"` : `it puts a ${deployable} into effect`;
    push(signals, desc.deploys ? 'description' : 'name', desc.deploys ? `description: "${desc.deploys}"` : `deployable "${deployable}"`, 'execute', 0.4);
    category = 'execute';
    categoryWhy += `; ${what}, which is a deployment`;
    textOnly = false;
  }

  // 3c. Overwriting every record a condition matches (`update-many`, `bulk_update` with a where clause)
  // replaces data wholesale, past what one undo can restore.
  // …and so does an update that names no record, only a filter and the new values (`updateData` with `query`).
  const acrossAll = /\bacross (?:all|every)\b(?: (?:the )?\w+)?/.exec(desc.lead)?.[0];
  const mass = acrossAll ?? ev.name.words.find((w) => w === 'many' || w === 'bulk' || w === 'all')
    ?? (params.condition && !params.picksById && !params.target && !ev.name.words.includes('one') && !/\b(?:a|an|one|single|the first) (?:row|record|document|item|entry)\b/.test(desc.lead) ? `every match of \`${params.condition}\`` : undefined);
  const rewrites = specific.find((v) => ['update', 'replace', 'set', 'modify', 'patch', 'upsert'].includes(v.sense.base));
  const across = acrossAll !== undefined;
  if (mass && rewrites && (params.condition || across) && (category === 'write' || category === 'execute')) {
    push(signals, 'name', across ? `"${rewrites.word}" ${mass}` : `"${rewrites.word} ${mass}" by \`${params.condition}\``, 'destructive', 0.45);
    category = 'destructive';
    categoryWhy = across
      ? `it says "${rewrites.word}" ${mass} at once, which overwrites what each of them held`
      : `its name says "${rewrites.word}" (${mass}) and \`${params.condition}\` picks the records, so it overwrites every record that matches at once`;
    textOnly = false;
  }

  // 4. Flags that throw data away first make a write destructive.
  if (params.destroying.length > 0) {
    push(signals, 'parameter', `parameter \`${params.destroying[0]}\` discards existing data`, 'destructive', 0.5);
    if (category === 'write' || category === 'execute') {
      category = 'destructive';
      categoryWhy += `, and its \`${params.destroying[0]}\` option discards existing data`;
      textOnly = false;
    }
  }

  // 4b. Git-style writes with an option that throws work away: `reset --hard`, `push --force` (force-push).
  // (A push discards only where what is pushed is git's: `force` on a push of translation keys overwrites them, a risky write.)
  const inGit = ev.server.domain === 'code' || objects.length === 0 || objects.some((o) => GIT_THINGS.has(o));
  const discards = specific.find((v) => DISCARDING_VERBS.has(v.sense.base) && (inGit || !PUSHES.has(v.sense.base)));
  if (params.discarding && discards && (category === 'write' || category === 'execute')) {
    push(signals, 'parameter', `option \`${params.discarding}\` with "${discards.word}" discards work`, 'destructive', 0.5);
    category = 'destructive';
    categoryWhy += `, and its \`${params.discarding}\` option discards commits or uncommitted work (like reset --hard or a force-push)`;
    textOnly = false;
  }

  // 4c. Generic API requests: labelled by the most dangerous method they document.
  const methodWorst = params.httpMethods.reduce<Category | undefined>((w, m) => { const c = HTTP_METHODS.get(m) as Category; return w === undefined ? c : worse(w, c); }, undefined);
  // A request to any URL at all (not one service's API) is a network client: what it does depends wholly on
  // where it is sent, so it runs the caller's request rather than deleting anything of the service's.
  const httpWorst = methodWorst === 'destructive' && params.target?.kind === 'url' ? 'execute' : methodWorst;
  // A run or trigger that takes an HTTP method (a webhook's) is still that run, not a generic API call.
  // …and so is one that takes the path or URL to call with the method.
  const apiTool = ev.name.words.some((w) => w === 'api' || w === 'http' || w === 'request' || w === 'rest') || /\b(?:endpoints?|rest api|api requests?)\b/.test(desc.lead) || params.target !== undefined;
  // A method among the fields of a record the tool lists or edits (`create_api` with its method and URL, an API
  // catalogue's filters) describes that record; the tool sends no such request.
  // (An API definition is such a record too, unless the verb is itself a method: `bb_get` on the API sends a GET.)
  const describesRecord = specific.length > 0 && specific.every((v) => RECORD_VERBS.has(v.sense.base))
    && (objects.some((o) => !ev.server.words.has(o) && !REQUEST_WORDS.has(o))
      || (specific.every((v) => !HTTP_METHODS.has(v.sense.base)) && objects.some((o) => API_RECORDS.has(o))));
  if (httpWorst !== undefined && !describesRecord && rank(httpWorst) > rank(category) && (category !== 'execute' || apiTool)) {
    push(signals, 'parameter', `method offers ${params.httpMethods.map((m) => m.toUpperCase()).join(', ')}`, httpWorst, 0.5);
    category = httpWorst;
    categoryWhy += `; it sends any API request, up to ${params.httpMethods.find((m) => HTTP_METHODS.get(m) === methodWorst)?.toUpperCase()}`;
    textOnly = false;
  }
  // A tool named for API requests in general (`make_api_request`, `http_request`) is one too.
  // (…not one named for what describes a request: `get-custom-api-request-parameters`.)
  const named = (ev.name.words.at(-1) === 'request' || ev.name.words.at(-1) === 'requests') && (ev.name.words.some((w) => w === 'api' || w === 'http') || /\bapi\b/.test(desc.lead));
  // So is a tool named only by an HTTP method (`bb_get`, `jira_post`) that takes the path or URL to call.
  const methodNamed = specific.some((v) => HTTP_METHODS.has(v.sense.base)) && objects.every((o) => ev.server.words.has(o) || o === 'api' || o === 'http' || o === 'request');
  const generic = !describesRecord && (params.httpMethods.length > 0 || named || (methodNamed && (/\b(?:requests?|endpoints?|api)\b/.test(desc.lead) || params.target !== undefined)));
  const anyCall = generic && params.target !== undefined ? params.target : undefined;
  // Such a tool does whatever operation it is asked for: never less than a write, unless it says it only reads.
  if (named && category === 'read' && !desc.readOnlyClaim) {
    push(signals, 'name', 'a generic API request can call any operation of the API', 'write', 0.45);
    category = 'write';
    categoryWhy += '; it is a generic API request, so it can call any operation the API offers';
  }
  const money = ev.server.money ?? (named ? ev.description.money : undefined);
  if (generic && money && (category === 'write' || category === 'execute')) {
    push(signals, ev.server.money ? 'server' : 'description', `a generic API request to an API that handles money`, 'financial', 0.45);
    category = 'financial';
    categoryWhy += `; it is a generic API request to an API that handles money (${ev.server.money ?? `its description names "${money}"`}), so it can move money`;
    textOnly = false;
  }

  // 4d. Buying: registering, renewing or upgrading a domain, a licence or a plan costs money.
  const buys = specific.find((v) => PURCHASE_VERBS.has(v.sense.base));
  const bought = objects.find((o) => PURCHASABLE.has(o));
  if (buys && bought && (category === 'write' || category === 'execute')) {
    push(signals, nameSource, `"${buys.word}" a ${bought}: a purchase`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; to ${buys.sense.base} a ${bought} is to buy it, a financial obligation`;
    textOnly = false;
  }

  // 4d. …and creating a phone number on a telephony service rents one, billed every month ("Purchase a phone-number").
  if (category === 'write' && specific.some((v) => RENTS_NUMBER.has(v.sense.base)) && namesPhoneNumber(objects)) {
    push(signals, nameSource, 'creates a phone number: a rented, billed number', 'financial', 0.5);
    category = 'financial';
    categoryWhy += '; creating a phone number rents it from the carrier, billed every month';
    textOnly = false;
  }

  // 4d'. Changing or pausing a paid subscription changes what its holder is charged from now on.
  const terms = objects.find((o) => PAID_TERMS.has(o));
  const changesTerms = specific.find((v) => TERM_CHANGES.has(v.sense.base));
  const paid = ev.server.money ? 'the server handles money' : PAID_WORDS.exec(desc.lead)?.[0] ?? (desc.money ? `its description says "${desc.money}"` : undefined);
  if (category === 'write' && terms && changesTerms && paid && ![...objects, ...desc.lead.split(' ')].some((w) => NOTICE_FEEDS.has(w))) {
    push(signals, nameSource, `"${changesTerms.word}" a paid ${terms} (${paid})`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; to ${changesTerms.sense.base} a paid ${terms} changes what is charged for it (${paid})`;
    textOnly = false;
  }

  // 4d''. Setting the fees someone is charged (a late-fee configuration, a fee-plan agreement) on a server that handles money.
  if (category === 'write' && setsFees(specific, objects) && (ev.server.money || ev.server.shop)) {
    push(signals, nameSource, 'sets the fees someone is charged', 'financial', 0.5);
    category = 'financial';
    categoryWhy += '; it sets the fees someone is charged, a financial obligation';
    textOnly = false;
  }

  // 4d'''. Setting up automatic charges (an auto-refill of credits, autopay) lets money move later without asking.
  const autoCharge = category === 'write' ? found.autoCharge : undefined;
  if (autoCharge) {
    push(signals, nameSource, `sets up "${autoCharge}": future charges`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; it sets up automatic charges ("${autoCharge}"), a financial obligation`;
    textOnly = false;
  }

  // 5. Money: an amount with a currency, or a money act on a server that handles money.
  const verbBases = new Set(specific.map((v) => v.sense.base));
  // The thing acted on is the head noun: an order's notes are notes. A money word before a paper it
  // names (`payment_link`, `invoice_item`) still makes that paper a money object.
  // (A subscription to notifications or events is a listener, not a paid plan.)
  const moneyWord = listenerSubscription(objects) ? undefined : head !== undefined && MONEY_ACTS.has(head) ? head
    // …and so does a request for one (a wire-in request, a payout request): submitting it asks for that money act.
    : head === undefined || OBLIGATIONS.has(head) || head === 'request' || head === 'requests' ? objects.find((o) => MONEY_ACTS.has(o)) : undefined;
  // (…but a transfer of a project or a repository moves that thing.)
  // (…and a work order or a production order schedules work, not a sale.)
  const workOrder = (moneyWord === 'order' || moneyWord === 'orders') && WORK_ORDERS.has(objects[objects.indexOf(moneyWord) - 1] ?? '');
  const moneyObject = ((moneyWord === 'transfer' || moneyWord === 'transfers') && objects.some((o) => MOVED_RESOURCES.has(o))) || workOrder ? undefined : moneyWord;
  if (params.money) push(signals, 'parameter', `parameters ${params.money}`, 'financial', 0.5);
  if (ev.server.money) push(signals, 'server', ev.server.money, 'financial', 0.2);
  // A price on a catalogue entry (a product, a price, a variant) is a price tag: nobody pays yet.
  const catalogueEntry = head !== undefined && CATALOGUE_OBJECTS.has(head) && specific.every((v) => CATALOGUE_VERBS.has(v.sense.base));
  // A tool that spends a budget, a prize or a bounty, or whose text says it pays or refunds someone, moves money
  // whatever its verb ("ask a human", "approve a submission").
  const spent = params.spends?.name;
  const spending = spent ?? (desc.pays ? `"${desc.pays}"` : undefined);
  // A read spends only a sum named in its currency (`budget_usd`), not a prize it merely mentions.
  // (A read by default — a name that states no action, as `auth` — holds the funds its description says it blocks.)
  const holdsFunds = nameVerbs.length === 0 && desc.pays !== undefined && /\b(?:blocks?|holds?|reserves?|captures?|blocked|held|reserved|captured)\b/.test(desc.pays);
  // (…and so does one whose description says it sends money: "Send a $0.01 credit" to verify a bank account.)
  const sendsMoney = desc.pays !== undefined && /^sends? (?:a |an )?(?:\$[\d.,]+ )?(?:test |micro-?)?(?:credit|deposit)s?$/.test(desc.pays);
  // A budget set on a unit of work (a workflow's phase, an agent, a run) caps what the work may cost; nothing is paid.
  // (An ad's or a campaign's budget is spent on the ads.)
  const moneyParam = params.spends?.name ?? /^(\S+) with currency$/.exec(params.money ?? '')?.[1];
  const budgetCap = moneyParam !== undefined && /^budget/i.test(moneyParam) && objects.some((o) => WORK_UNITS.has(o)) && !objects.some((o) => CAMPAIGNS.has(o));
  if (spending && !budgetCap && category !== 'destructive' && category !== 'financial' && !(category === 'read' && (desc.readOnlyClaim || (!params.spends?.denominated && !holdsFunds && !sendsMoney)))) {
    push(signals, spent ? 'parameter' : 'description', spent ? `spends \`${spent}\`` : `description: ${spending}`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += spent ? `, and it spends the sum in \`${spent}\`` : `, and its description says it moves money (${spending})`;
  } else if ((category === 'write' || category === 'execute') && !catalogueEntry) {
    // Recording that a payment happened (`record_transaction` with `amount_sats`) moves nothing.
    // (…and so does a description that opens by recording it: "Record a payment against an order".)
    const doing = ev.descriptionOpens !== undefined && BOOKKEEPING.has(ev.descriptionOpens) ? [ev.descriptionOpens]
      : verbBases.size > 0 ? [...verbBases] : desc.verbs.slice(0, 1).map((v) => v.sense.base);
    const recordsOnly = doing.length > 0 && doing.every((b) => BOOKKEEPING.has(b));
    // …and so does writing a transaction or an expense in a ledger (a budgeting app): it is the record of money spent.
    const ledgerEntry = ev.server.ledger !== undefined && objects.some((o) => LEDGER_RECORDS.has(o));
    if (params.money && !recordsOnly && !ledgerEntry && !budgetCap && !opensCheckout(objects, verbBases)) {
      category = 'financial';
      categoryWhy += `, and it takes ${params.money}`;
    } else if ((ev.server.money || desc.currency) && [...objects, ...desc.lead.split(' ')].some((o) => CHAIN_TRANSACTIONS.has(o))
      && [...verbBases, ...desc.verbs.slice(0, 3).map((v) => v.sense.base)].some((b) => b === 'sign' || b === 'broadcast')) {
      // Signing or broadcasting a transaction on a chain moves what it carries.
      category = 'financial';
      categoryWhy += ', and signing or broadcasting a chain transaction moves the funds it carries';
      push(signals, 'name', 'signs or broadcasts a transaction', 'financial', 0.5);
    } else if (objects.some((o) => CONCEDED.has(o)) && [...verbBases].some((b) => b === 'accept' || b === 'concede' || b === 'approve')) {
      // Accepting a payment dispute, or a buyer's return or refund request, concedes it: the buyer is refunded.
      const conceded = objects.find((o) => CONCEDED.has(o));
      category = 'financial';
      categoryWhy += `, and accepting a buyer's ${conceded} refunds them`;
      push(signals, 'name', `accepts a ${conceded} (a refund)`, 'financial', 0.5);
    } else if (reportsBilledUsage(objects, verbBases, ev)) {
      // Usage reported for a metered subscription is what the subscriber is billed for.
      category = 'financial';
      categoryWhy += ', and the usage it reports for a metered subscription is what the subscriber is billed';
      push(signals, 'name', 'reports billed usage', 'financial', 0.5);
    } else if (completesDraftOrder(objects, verbBases)) {
      // Completing a draft order makes it a real sale, marked paid or billed to the customer.
      category = 'financial';
      categoryWhy += ', and completing a draft order makes it a real sale, marked paid or billed to the customer';
      push(signals, 'name', 'completes a draft order (a sale)', 'financial', 0.5);
    } else if (moneyObject && [...verbBases].some((b) => MONEY_VERBS.has(b)) && (ev.server.money || BILLS.has(moneyObject) || ev.description.currency !== undefined) && !ev.name.words.includes('free')
      && !keepsOrderRecord(moneyObject, verbBases, ev) && !recordsOnly && !annotatesMoneyRecord(verbBases, ev) && !opensCheckout(objects, verbBases) && !deliversBill(objects, verbBases)) {
      category = 'financial';
      categoryWhy += ev.server.money ? `, a money act on a server that handles money (${ev.server.money})` : `; a ${moneyObject} is a bill, whatever the server`;
      push(signals, 'name', `money object "${moneyObject}"`, 'financial', 0.5);
    }
  }

  // 6. Permanence stated in the text, or a destructive hint on an ambiguous or overwriting write.
  if (desc.permanent) push(signals, 'description', `description: "${desc.permanent}"`, 'destructive', 0.35);
  // (A cache is rebuilt from its source however "permanently" it is cleared.)
  const emptiesCache = objects.some((o) => CACHES.has(o)) && specific.some((v) => CACHE_DISCARDS.has(v.sense.base));
  if (category === 'write' && desc.permanent && !emptiesCache && specific.length > 0 && specific.every((v) => v.sense.dependsOnObject || v.sense.generic || STOPS_AND_RESTARTS.has(v.sense.base))) {
    category = 'destructive';
    categoryWhy += `, and the description says "${desc.permanent}"`;
  }
  // A write whose own description warns that it is destructive ("⚠️ DESTRUCTIVE: replaces the entire document") is taken at its
  // word; so is a job that runs no code of the caller's ("rollback configuration … DESTRUCTIVE"): the warning is about its own effect.
  if ((category === 'write' || (category === 'execute' && !runsCode)) && desc.declaredDestructive) {
    push(signals, 'description', `description: "${desc.declaredDestructive}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description itself warns that it is "${desc.declaredDestructive}"`;
  }
  // A deployment or a build that overwrites what is live, and says it cannot be undone, destroys the old site.
  if (category === 'execute' && !runsCode && desc.overwrites && desc.permanent) {
    category = 'destructive';
    categoryWhy += `, and the description says it "${desc.overwrites}" what exists ("${desc.permanent}")`;
  }
  // Writing content to a file at a path the caller names replaces whatever file is there (dev's `write_file`), whether
  // or not the description says "overwrite".
  const fileAt = params.names.find((n) => PATH_PARAMS.test(flatName(n)));
  const writesOver = category === 'write' && specific.length > 0 && specific.every((v) => v.sense.base === 'write') && objects.at(-1) === 'file'
    && fileAt !== undefined && params.names.some((n) => CONTENT_PARAMS.test(flatName(n)));
  if (writesOver) {
    push(signals, 'parameter', `writes \`content\` to the file at \`${fileAt}\``, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and writing to the file at \`${fileAt}\` replaces whatever file is there`;
  }
  // Overwriting what exists (not just optionally) throws the old content away: "overwrite-all".
  // (Optionally: an `overwrite` flag, or a flag the description names as the way to overwrite: "or `force` to overwrite".)
  const optional = ev.parameters.risky.some((r) => /overwrite|replace/i.test(r) || ev.description.opening.includes(`\`${r.toLowerCase()}\` to overwrite`));
  // …and so does a load or an open that says it replaces what is there ("Load a .drawio file…, REPLACING the entire diagram").
  if ((category === 'write' || (category === 'read' && REPLACING_LEAD.test(desc.lead))) && desc.overwrites && !optional) {
    push(signals, 'description', `description: "${desc.overwrites}"`, 'destructive', 0.35);
    category = 'destructive';
    categoryWhy += `, and the description says it "${desc.overwrites}" existing content`;
  }

  // A read-named tool whose description opens by starting a job ("Trigger a search for missing episodes", "Start a new crawl")
  // sets work going on the server, which stores or fetches what it finds: a search that downloads, a crawl that is kept.
  // (…not one that waits for the job and hands back what it found: "poll it to a terminal state, and return the collected data".)
  const waits = /\b(?:poll(?:s|ing)?|waits?|and returns? (?:the |its )?(?:final |collected |scraped |crawled )?(?:results?|data|status|pages|content))\b/.test(desc.lead);
  const startsJob = category === 'read' && ann.readOnly !== true && !waits ? STARTS_JOB.exec(desc.lead.trimStart())?.[0] : undefined;
  if (startsJob) {
    push(signals, 'description', `description: "${startsJob}"`, 'write', 0.45);
    category = 'write';
    categoryWhy = `its description opens with "${startsJob}": it starts a job that runs on the server and keeps or fetches what it finds`;
  }

  // 6b. A tool whose description opens by saying it makes a command ("Generates the Starwind install command…")
  // hands that command back for the caller to run; whatever the command would do (install, overwrite, migrate), the tool does not.
  if (ev.makesCommand && category !== 'read' && params.code.length === 0 && ann.readOnly !== false && !desc.runsCode) {
    push(signals, 'description', `description: "${ev.makesCommand}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy.replace(/^its /, 'the ')}, but its description opens with "${ev.makesCommand}": it returns the command for the caller to run, and runs nothing`;
    category = 'read';
  }

  // 7. Annotations: hints from the server, used but not trusted over plainer text.
  if (ann.readOnly !== undefined) push(signals, 'annotation', `readOnlyHint: ${ann.readOnly} (declared)`, ann.readOnly ? 'read' : 'write', 0.4);
  if (ann.destructive !== undefined) push(signals, 'annotation', `destructiveHint: ${ann.destructive} (declared)`, ann.destructive ? 'destructive' : 'write', 0.25);
  if (ann.readOnly === true) {
    if (category === 'read') agreeing++;
    // A write the schema offers (`operation: [list, get, set]`) is not a matter of wording: it stays.
    else if ((category === 'write' && textOnly) || (category === 'execute' && !runsCode && textOnly)) {
      const descSays = descTop ? verbCategory(descTop, objects, ev) : undefined;
      if (descSays === undefined || descSays === 'read' || specific.length === 0) {
        conflicts.push(`The server marks it read-only and the description does not contradict that, so it is taken as a read despite ${categoryWhy.replace(/^its /, 'the ')}.`);
        category = 'read';
        categoryWhy = 'the server declares it read-only (readOnlyHint) and its description states no change';
      } else {
        conflicts.push(`The server declares readOnlyHint: true, but ${categoryWhy}; the more dangerous reading is kept.`);
      }
    } else {
      conflicts.push(`The server declares readOnlyHint: true, but ${categoryWhy}; the more dangerous reading is kept.`);
    }
  } else if (ann.destructive === true) {
    const wipes = DELETES_ALL.exec(desc.opening)?.[0];
    if (category === 'destructive') agreeing++;
    // (…unless the schema lists every operation on offer and none of them destroys: `operation: [assign, unassign, reassign]`.)
    else if (category === 'write' && (desc.overwrites || (specific.length === 0 && !(params.actions.length > 0 && params.actions.every((a) => verbCategory(a, objects, ev) !== 'destructive'))))) {
      category = 'destructive';
      categoryWhy += `; the server declares destructiveHint: true${desc.overwrites ? ` and the description says "${desc.overwrites}"` : ''}`;
    } else if (category === 'write' && wipes !== undefined) {
      // The server's hint and a sentence of the description saying what the call wipes ("This deletes all AI automation recipes") agree.
      category = 'destructive';
      categoryWhy += `; its description says "${wipes}" and the server declares destructiveHint: true`;
    } else if (category === 'write' && descTop !== undefined && ev.descriptionOpens === descTop.sense.base && verbCategory(descTop, objects, ev) === 'destructive') {
      // The server's hint and the description's own first word ("Delete a template. Soft-deletes…") agree.
      category = 'destructive';
      categoryWhy += `; its description opens with "${descTop.word}" and the server declares destructiveHint: true`;
    }
  } else if (ann.destructive === false && category === 'destructive') {
    conflicts.push(`The server declares destructiveHint: false, but ${categoryWhy}; the more dangerous reading is kept.`);
  } else if (ann.readOnly === false && category === 'read' && ann.declared) {
    // Not read-only by the server's account, yet nothing in the text says what changes: note it, keep read.
    conflicts.push('The server does not mark it read-only, but nothing in its name, description or schema says what it changes.');
  }
  if (ann.readOnly === false && category !== 'read') agreeing++;

  // 8. Risk.
  const { risk, riskWhy, riskSignals } = decideRisk(category, ev, objects, specific, runsCode, found, anyCall);
  signals.push(...riskSignals);

  // 9. Confidence: how many sources agree, less for conflicts and for guesses.
  let confidence = 0.5;
  if (specific.length > 0) confidence += 0.2;
  else if (desc.verbs.length > 0) confidence += 0.1;
  confidence += Math.min(agreeing, 2) * 0.1;
  if (!textOnly) confidence += 0.05;
  confidence -= conflicts.length * 0.15;
  if (nameVerbs.length === 0 && desc.verbs.length === 0 && params.actions.length === 0 && !runsCode) confidence -= 0.1;
  confidence = Math.round(Math.min(0.98, Math.max(0.2, confidence)) * 100) / 100;

  signals.sort((a, b) => b.weight - a.weight);
  return { category, risk, confidence, signals, categoryWhy, riskWhy, conflicts };
}

/** Where a sent message stays inside the organisation's systems. */
const INTERNAL_CHANNELS = new Set(['queue', 'queues', 'topic', 'topics', 'stream', 'streams', 'bus', 'pubsub', 'kafka', 'sqs', 'buffer', 'log', 'logs']);
/** A message addressed to AI agents or workers of the same system, not to people. */
const TO_AGENTS = /\bto (?:one or more |all |every |other |another |an? |the |each )?(?:connected |active |running |other )?(?:agents?|workers?|agent chats?)\b|\bfrom one agent to another\b/;
/** Things that, once posted, are read by other people. */
const SENT_OBJECTS = new Set(['call', 'calls', 'invite', 'invites', 'invitation', 'invitations', 'post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'email', 'emails', 'mail', 'dm', 'dms', 'sms', 'chat', 'reply', 'broadcast', 'multicast', 'announcement', 'announcements', 'newsletter']);
/** What makes a topic a thread of posts (a forum's, a community's), and the parameters that pick one. */
const FORUMS = new Set(['forum', 'forums', 'discourse', 'community', 'forumid', 'discussions']);
/** Verbs that put a message in front of its readers. */
const POSTING = new Set(['post', 'create', 'add', 'write', 'push', 'reply', 'respond', 'submit', 'forward', 'send']);

/** Operations that only read, whatever filter or query the caller gives them. */
const READ_QUERY_VERBS = new Set(['find', 'search', 'count', 'filter', 'lookup', 'select']);
/** Query languages that cannot change data. */
const READ_ONLY_LANGUAGE = /\b(?:soql|sosl|promql|prometheus quer(?:y|ies)|logql|traceql|metricsql|kql|jql|lucene|query dsl|xpath|jq|es\|ql|esql|shopifyql|gaql|google ads query language|dql|suiteql|hogql|mango (?:quer(?:y|ies)|selectors?))\b/;

/** Reads that search the contents of a store (so they return what it holds, not just names). */
const CONTENT_SEARCHES = new Set(['search', 'find', 'query', 'grep']);

interface Sensitive { kind: Sensitivity; word: string; what: string }

/** What an audit or an access record is kept as: `audit events`, `access logs` (a site audit's history is a report). */
const AUDIT_RECORDS = new Set(['event', 'events', 'log', 'logs', 'trail', 'trails', 'entries', 'records']);
/** What console or network logging records: `network requests` are a log, a `network graph` is not. */
const LOGGED = new Set(['request', 'requests', 'traffic', 'output', 'outputs', 'message', 'messages', 'log', 'logs', 'call', 'calls', 'activity', 'event', 'events', 'response', 'responses', 'entries', 'history', 'errors', 'error']);
/**
 * What may follow a secret noun when the secret is what is read (`secret_value`), not a modifier (`oauth_application`);
 * an auth code (a domain's transfer code, an OAuth code) is itself a credential.
 */
const SECRET_TAILS = new Set(['code', 'codes', 'config', 'configs', 'configuration', 'value', 'values', 'content', 'contents', 'string', 'strings', 'file', 'files', 'data', 'details', 'detail', 'list', 'info', 'entry', 'entries', 'by', 'for', 'from', 'of', 'in', 'id', 'ids', 'name', 'names', 'version', 'versions', 'all']);

/**
 * What the data a read returns holds, from its head noun and the server's domain:
 * a secret anywhere in the name; else the head noun (before a preposition, skipping words such
 * as `details`); metadata and reference objects (settings, schemas, docs, time) are not sensitive;
 * blobs (files, objects, notes) only when one is read, not listed; records of a store also when
 * listed or searched; and on a server whose domain is private data (mail, chat, drives and notes,
 * CRM, calendars, observability) the objects that hold that data.
 */
/** What sums a diff up without its lines. */
const DIFF_SUMMARIES = new Set(['stat', 'stats', 'summary', 'count', 'counts', 'name', 'names', 'files']);

export function sensitivityOf(named: readonly string[], verbs: readonly VerbHit[], domain: Domain | undefined, dataStore = true): Sensitive | undefined {
  // "Who am I" returns the caller's own identity (for a key: whose it is), not the key or the token itself.
  if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'whoami')) return undefined;
  // A count of messages or contacts is a number; none of them comes back.
  if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'count')) return undefined;
  // What a decryption returns (or an unwrapped or unsealed vault or key) is the plaintext someone encrypted to keep it secret.
  if (verbs.some((v) => v.sense.base === 'decrypt' || v.sense.base === 'unwrap' || v.sense.base === 'unseal')) return { kind: 'secret', word: 'decrypted data', what: SENSITIVITY_WORDS.secret };
  // A code env or a Python env is an environment, not environment variables.
  const objects = named.map((o, i) => (o === 'env' && ENV_KINDS.has(named[i - 1] ?? '') ? 'environment' : o));
  // A token of a chain (`erc20_token`, an NFT token) is an asset, not a credential.
  const asset = (o: string, i: number) => (o === 'token' || o === 'tokens') && CHAIN_TOKENS.has(objects[i - 1] ?? '');
  // A secret named anywhere in the name counts (`get_secret_value`).
  // …before a preposition: `address_from_private_key` takes the key, it returns an address.
  const firstBreak = objects.findIndex((o, i) => i > 0 && HEAD_BREAKS.has(o));
  for (let i = 0; i < (firstBreak > 0 ? firstBreak : objects.length); i++) {
    const o = objects[i] as string;
    if (SENSITIVE_NOUNS.get(o) === 'secret' && !asset(o, i) && objects.slice(i + 1).every((w) => SECRET_TAILS.has(w) || SENSITIVE_NOUNS.get(w) === 'secret')) return { kind: 'secret', word: o, what: SENSITIVITY_WORDS.secret };
  }
  // The head noun comes before a preposition or a participle: `contacts` in `contacts_matching_conditions`,
  // `messages` in `messages_by_sender`.
  const cut = objects.findIndex((o, i) => i > 0 && HEAD_BREAKS.has(o));
  const end = cut > 0 ? cut : objects.length;
  let head: string | undefined;
  for (let i = end - 1; i >= 0 && head === undefined; i--) if (!GENERIC_OBJECTS.has(objects[i] as string)) head = objects[i];
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
  // A diff on a code host (`git_diff`, `git_diff_staged`) returns the changed lines: the code itself (not a diff's stats).
  if (domain === 'code' && verbs.some((v) => v.sense.base === 'diff') && !objects.some((o) => DIFF_SUMMARIES.has(o))) return { kind: 'source', word: 'diff', what: SENSITIVITY_WORDS.source };
  // A bare `search` or `read` on a mail server or a drive reads what it holds.
  if (head === undefined) return domain === 'messaging' || domain === 'documents' || (domain === 'vault' && reads) ? fromDomain(domain) : undefined;
  // A list of commits (or a git log) gives their messages, authors and hashes; reading one commit returns its diff, the code.
  const commitLog = (head === 'log' || head === 'logs' || head === 'history') && objects.some((o) => o === 'git' || o === 'commit');
  if (commitLog || ((head === 'commits' || head === 'commit') && !reads)) return undefined;
  // An issue's or a page's attachments are files: a list of them names them; one read returns what it holds.
  // (A mail's attachments are part of the private message.)
  if ((head === 'attachment' || head === 'attachments') && domain !== 'messaging' && !objects.some((o) => SENSITIVE_NOUNS.get(o) === 'message' && o !== head)) {
    return head === 'attachment' && reads ? { kind: 'content', word: head, what: SENSITIVITY_WORDS.content } : undefined;
  }
  // The caller's own identity (the current or authenticated user, "my profile") is what the caller already is, not other people's data.
  if (SELF_RECORDS.has(head) && objects.some((o) => SELF_QUALIFIERS.has(o))) return undefined;
  // The word right before some heads decides what they are (a credit note, a lead form): see QUALIFIED_HEADS.
  const before = objects[objects.lastIndexOf(head) - 1] ?? '';
  const qualified = QUALIFIED_HEADS.find((q) => q.heads.has(head) && q.before.has(before));
  if (qualified) return qualified.kind === undefined ? undefined : { kind: qualified.kind, word: `${before} ${head}`, what: qualified.what ?? SENSITIVITY_WORDS[qualified.kind] };
  // A person's own stats, streams or actions are about that person (`athlete_stats`, `candidate_actions`);
  // how an account is organised (its groups, roles, templates) is not.
  const owner = objects.slice(0, objects.lastIndexOf(head)).findLast((o) => PERSONS.has(o));
  if (owner !== undefined && !REFERENCE_OBJECTS.has(head) && !STRUCTURE_OBJECTS.has(head) && SENSITIVE_NOUNS.get(head) === undefined) {
    return { kind: 'personal', word: `${owner} ${head}`, what: SENSITIVITY_WORDS.personal };
  }
  // A report on money (a sales report, a revenue summary) holds the figures it reports.
  const reportOn = REPORTS.has(head) ? objects.slice(0, objects.lastIndexOf(head)).findLast((o) => FINANCIAL_QUALIFIERS.has(o)) : undefined;
  if (reportOn !== undefined) return { kind: 'financial', word: `${reportOn} ${head}`, what: SENSITIVITY_WORDS.financial };
  if (METADATA_OBJECTS.has(head) || REFERENCE_OBJECTS.has(head)) return undefined;
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
  return domainObjects === 'any' ? fromDomain(head) : undefined;
}

/** The words a description's opening puts after the tool's verb, up to a preposition: "Get value by key" → [value]. */
function objectsInLead(lead: string, verb: VerbHit): string[] {
  const words = lead.split(/[^a-z0-9]+/).filter(Boolean);
  const at = words.findIndex((w) => VERBS.get(w)?.base === verb.sense.base);
  if (at < 0) return [];
  const out: string[] = [];
  for (const w of words.slice(at + 1, at + 6)) {
    if (HEAD_BREAKS.has(w)) break;
    if (w === 'a' || w === 'an' || w === 'the') continue;
    out.push(w);
  }
  return out;
}

/** Creating or changing fees (`updateInvoiceLateFeesConfiguration`, `create-fee-plan-agreements`): what someone will be charged. */
function setsFees(verbs: readonly VerbHit[], objects: readonly string[]): boolean {
  return objects.some((o) => o === 'fee' || o === 'fees') && verbs.length > 0 && verbs.every((v) => FEE_SETTERS.has(v.sense.base));
}

/** A tool whose every verb halts a run (`cancel_deployment`, `abort-actor-run`): the verb and the run. */
function haltedRun(verbs: readonly VerbHit[], objects: readonly string[]): { verb: string; run: string } | undefined {
  if (verbs.length === 0 || !verbs.every((v) => HALTS.has(v.sense.base))) return undefined;
  const run = headNoun(objects);
  return run !== undefined && HALTED_RUNS.has(run) ? { verb: (verbs[0] as VerbHit).word, run } : undefined;
}

function decideRisk(
  category: Category, ev: Evidence, objects: readonly string[], verbs: readonly VerbHit[], runsCode: boolean, found: Findings,
  /** A generic request tool: the path (of the service's API) or the URL (anywhere) the caller picks. */
  anyCall?: { name: string; kind: 'path' | 'url' },
): { risk: Risk; riskWhy: string; riskSignals: Signal[] } {
  const riskSignals: Signal[] = [];
  const desc = ev.description;
  const params = ev.parameters;
  const head = headNoun(objects);
  // The objects the tool itself names: `playwright` in `playwright_resize` names the server,
  // and transport words (`sftp-download`) say how, not what.
  const own = objects.filter((o) => !ev.server.words.has(o) && !TRANSPORTS.has(o));
  switch (category) {
    case 'destructive':
      return { risk: 'critical', riskWhy: 'destroying data or resources is critical', riskSignals };
    case 'financial': {
      // Drafting an invoice, a payment link or a coupon sets up what someone pays later; nothing moves yet.
      const paper = headNoun(objects, INVOICE_PARTS); // an invoice *item* is a part of an invoice
      const stops = verbs.find((v) => BILLING_STOPS.has(v.sense.base));
      if (stops && objects.some((o) => SUBSCRIPTIONS.has(o) || o === 'autorenewal')) {
        push(riskSignals, 'name', `"${stops.word}" stops future charges`, 'high', 0.4);
        return { risk: 'high', riskWhy: `to ${stops.sense.base} it stops future charges; no money moves now`, riskSignals };
      }
      if (completesDraftOrder(objects, new Set(verbs.map((v) => v.sense.base)))) {
        push(riskSignals, 'name', 'completes a draft order: an obligation, not a payment', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it turns a draft into a real order that the customer owes or has paid; it moves no money itself', riskSignals };
      }
      // Cancelling an order calls off a sale: a refund, if one is due, is a separate act.
      const cancels = verbs.find((v) => v.sense.base === 'cancel');
      // …unless the caller can have it refund the payment too (a `refund` option).
      const refunds = params.names.find((n) => /^refund/i.test(n));
      if (cancels && head !== undefined && CALLED_OFF.has(head) && !refunds) {
        push(riskSignals, 'name', `"${cancels.word}" a ${head} calls off a sale`, 'high', 0.4);
        return { risk: 'high', riskWhy: `to cancel a ${head.replace(/s$/, '')} calls off a sale or a payment request; it moves no money itself`, riskSignals };
      }
      // A charge described as an invoice or a payment request is what a buyer pays later ("a one-time merchant invoice").
      const requestsPayment = /\b(?:invoices?|payment requests?|payment links?|(?:buyer|customer|payer)s? (?:can|may|will) (?:settle|pay))\b/.test(desc.opening);
      if (requestsPayment && (head === 'charge' || head === 'charges') && verbs.length > 0 && verbs.every((v) => OBLIGATION_VERBS.has(v.sense.base))) {
        push(riskSignals, 'description', 'a payment request the buyer settles later', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it sets up a payment request that the buyer settles later; no money moves until they pay', riskSignals };
      }
      // Marking a charge or an invoice paid by hand settles it without moving money.
      // (Not `settle`, which pays what is owed.)
      if (verbs.some((v) => v.sense.base === 'resolve' || v.sense.base === 'mark')) {
        push(riskSignals, 'name', `"${verbs[0]?.word}" settles a ${head ?? 'payment'} by hand`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it marks a ${head ?? 'payment'} settled by hand; no money moves, though goods may go unpaid for`, riskSignals };
      }
      if (setsFees(verbs, objects)) {
        push(riskSignals, 'name', 'sets fees charged later, not now', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it sets the fees someone will be charged; no money moves until they are', riskSignals };
      }
      const autoCharge = found.autoCharge;
      if (autoCharge) {
        push(riskSignals, 'name', `"${autoCharge}" charges later, not now`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sets up automatic charges ("${autoCharge}"); no money moves until they fire`, riskSignals };
      }
      // A purchase or a sales order drawn up in an ERP is a document of what will be owed, not a payment.
      // (An order that takes a payment method is paid for at once: Hostinger's purchase order charges the card.)
      const paysNow = params.names.some((n) => /payment|card/i.test(n));
      const orderDocument = (paper === 'order' || paper === 'orders') && !paysNow
        && (objects.some((o) => o === 'purchase' || o === 'sales') || [...ev.server.words].some((w) => ERPS.has(w)));
      if (paper !== undefined && (OBLIGATIONS.has(paper) || orderDocument) && verbs.length > 0 && verbs.every((v) => OBLIGATION_VERBS.has(v.sense.base))) {
        push(riskSignals, 'name', `"${verbs[0]?.word}" a ${paper}: an obligation, not a payment`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sets up what someone pays later (${verbs[0]?.word} a ${paper}); no money moves until it is paid or finalised`, riskSignals };
      }
      return { risk: 'critical', riskWhy: 'moving money or creating a financial obligation is critical', riskSignals };
    }
    case 'execute': {
      // A program run to render in the client's view (a Three.js scene, a shader) reaches that view, not the host.
      if (found.rendersProgram) {
        push(riskSignals, 'parameter', `a program rendered in the client's view (\`${found.rendersProgram}\`)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it runs the program in \`${found.rendersProgram}\` to render it in the client's view, not on the host`, riskSignals };
      }
      const host = params.code.find((c) => c.kind !== 'query');
      const hostVerb = verbs.find((v) => v.sense.host);
      // A fixed program run on the host (a CLI, a browser) is not arbitrary code: only text that
      // says so alongside something to run, or a command parameter, makes it critical.
      const runs = runsCode || verbs.some((v) => v.sense.category === 'execute' && v.sense.base !== 'run');
      // Script run inside a web page or a sandbox reaches what the page reaches, not the host: high.
      // A sandbox holds commands too; a page only runs script.
      // A sandbox the caller can switch off (a `sandbox` flag) does not hold what it is given.
      const sandboxed = desc.contained !== undefined && /sandbox/.test(desc.contained);
      const optionalSandbox = sandboxed ? params.sandboxSwitch : undefined;
      const contained = desc.contained !== undefined && !optionalSandbox && (sandboxed || !desc.hostShell) && (host === undefined || sandboxed || host.kind === 'code' || /script/i.test(host.name));
      if (contained && (host || runsCode)) {
        push(riskSignals, 'description', `runs what it is given ${desc.contained}`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it runs the code it is given ${desc.contained}, not on the host`, riskSignals };
      }
      // A script that is a step of a scripted browser session runs in that page.
      if (host && params.browserActions !== undefined && host.root === params.browserActions) {
        push(riskSignals, 'parameter', `\`${host.name}\` is a step of the browser session in \`${params.browserActions}\``, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${host.name}\` is a script step of a browser session, run in the page, not on the host`, riskSignals };
      }
      // Code handed to a tool that stores or uploads it (`create_worker` with a `script`) is deployed, not run here.
      const stores = verbs.length > 0 && verbs.every((v) => v.sense.category === 'write');
      if (host && host.kind !== 'query' && !COMMAND_LINES.has(host.name.toLowerCase()) && stores && !desc.hostShell) {
        push(riskSignals, 'name', `"${verbs[0]?.word}" stores the code in \`${host.name}\` to run elsewhere`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it stores or deploys the code in \`${host.name}\` ("${verbs[0]?.word}"), which then runs on the service, not on the host`, riskSignals };
      }
      if (host || (desc.hostShell && runs) || (hostVerb && runsCode)) {
        const what = host ? `\`${host.name}\`` : desc.hostShell ? `"${desc.hostShell}"` : `"${hostVerb?.word}"`;
        push(riskSignals, host ? 'parameter' : 'description', `arbitrary code or commands: ${what}`, 'critical', 0.5);
        if (optionalSandbox) push(riskSignals, 'parameter', `its sandbox is optional (\`${optionalSandbox}\`)`, 'critical', 0.3);
        const unless = optionalSandbox ? `; the sandbox it mentions is the caller's \`${optionalSandbox}\` option, so it can run on the host` : '';
        return { risk: 'critical', riskWhy: `it can run arbitrary code or commands (${what})${unless}`, riskSignals };
      }
      const query = params.code.find((c) => c.kind === 'query');
      // Any statement at all, or statements that change data, can drop or wipe it.
      const anyStatement = desc.runsCode !== undefined && /^(?:arbitrary|any|raw|free-?form|caller-supplied)\b/.test(desc.runsCode.replace(/^execut\w* /, ''));
      // A tool whose first sentence says it runs statements that change data is for writing, even where it
      // adds that writes are switched off for now ("Currently DISABLED"): the operator can switch them on.
      const mutating = /\bdata[- ]modifying\b|\bmutating\b/.exec(desc.lead)?.[0];
      const writesStated = mutating !== undefined
        || (/\b(?:insert|update|delete|drop|alter|truncate|ddl|dml)\b/.test(desc.lead) && desc.writeStatements !== undefined);
      if ((query || desc.runsCode) && (anyStatement || desc.writeStatements || writesStated) && (writesStated || !(desc.readOnlyClaim || ev.annotations.readOnly === true))) {
        const what = anyStatement ? `"${desc.runsCode}"` : desc.writeStatements !== undefined ? `statements such as ${desc.writeStatements}` : `${mutating} statements`;
        push(riskSignals, 'description', `can run ${what}`, 'critical', 0.45);
        return { risk: 'critical', riskWhy: `it runs ${what}, which can change or destroy data`, riskSignals };
      }
      // ("Execute a read-only SQL query": running the query is what the claim is about.)
      if (query && (desc.readOnlyClaim || ev.annotations.readOnly === true) && (!desc.runsCode || /\bquer(?:y|ies)\b/.test(desc.runsCode))) {
        push(riskSignals, 'description', `query said to be read-only`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: 'it runs a query the server says is read-only; the query itself is free-form', riskSignals };
      }
      // A query whose language or operation can only read (a SOQL select, a find filter, a search DSL):
      // free-form, so execute, but it cannot change data.
      // (…also where no parameter was read as the query: `execute_dql`, `netsuite_suiteql` name their language.)
      const language = READ_ONLY_LANGUAGE.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0];
      const onlyReads = (query ? !params.code.some((c) => c.kind !== 'query') : params.code.length === 0 && language !== undefined) && !desc.writeStatements
        && (verbs.some((v) => READ_QUERY_VERBS.has(v.sense.base)) || language !== undefined);
      if (onlyReads) {
        const what = verbs.find((v) => READ_QUERY_VERBS.has(v.sense.base))?.word ?? language;
        push(riskSignals, 'name', `a query that can only read ("${what}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `the query it runs can only read ("${what}"), though the caller writes it`, riskSignals };
      }
      // The machine's own mouse and keyboard (not a browser page's, not a phone's) can open a terminal and type anything.
      const desktop = HOST_DESKTOP.exec(desc.lead)?.[0];
      if (desktop && !/\b(?:browser|page|tab|phone|device|simulator|emulator|android|ios)\b/.test(desc.lead)) {
        push(riskSignals, 'description', `drives the host's desktop: "${desktop}"`, 'critical', 0.4);
        return { risk: 'critical', riskWhy: `it drives this computer's own desktop ("${desktop}"), where a terminal can be opened and any command typed`, riskSignals };
      }
      // Calling whichever tool the caller names on whichever MCP server it names, parameters passed through,
      // does whatever the most dangerous tool of any connected server does (a shell's, a database's).
      // (Calling the server's own tools, as Sentry's `execute_sentry_tool` does, stays within them.)
      const picks = (names: ReadonlySet<string>) => ev.parameters.names.some((n) => names.has(flatName(n)));
      const otherServers = picks(SERVER_PICKERS) || RELAYED_SERVERS.test(ev.description.opening);
      const relay = verbs.some((v) => RELAY_VERBS.has(v.sense.base)) && objects.some((o) => o === 'tool' || o === 'tools')
        && picks(TOOL_PICKERS) && otherServers;
      if (relay) {
        push(riskSignals, 'parameter', 'calls any tool the caller names on any server it names', 'critical', 0.45);
        return { risk: 'critical', riskWhy: 'it calls whichever tool the caller names on whichever MCP server it names, passing its parameters through, so it can do whatever the most dangerous tool of any connected server does', riskSignals };
      }
      if (found.installs) {
        push(riskSignals, 'name', `${found.installs} on this machine`, 'critical', 0.45);
        return { risk: 'critical', riskWhy: `it ${found.installs}: code the caller names, which then runs on this machine with the user's rights`, riskSignals };
      }
      // An agent set going on this machine (in a working folder, a terminal pane, its own process) can run
      // whatever commands its task needs there.
      const hostAgent = found.agent;
      if (hostAgent?.host) {
        push(riskSignals, 'description', `an agent on this machine (${hostAgent.why})`, 'critical', 0.45);
        return { risk: 'critical', riskWhy: `it sets an AI agent going on this machine (${hostAgent.why}), which can run any command its task needs`, riskSignals };
      }
      // Continuing or stepping a paused program runs a little more of its own code.
      if (ev.server.debugsPrograms && verbs.length > 0 && verbs.every((v) => ADVANCES.has(v.sense.base)) && params.code.length === 0) {
        push(riskSignals, 'server', `"${(verbs[0] as VerbHit).word}" advances the program a debugger holds`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it lets the program under the debugger run on ("${(verbs[0] as VerbHit).word}"), which runs that program's own code, not the caller's`, riskSignals };
      }
      // A step that only moves or reshapes the view (scrolling, switching tabs, resizing the viewport, the Home
      // button, a reload) enters nothing and presses nothing on the page.
      // (Hovering only moves the pointer over an element: it shows a tooltip or a menu, and presses nothing;
      // pinching zooms the view in or out.)
      const views = verbs.some((v) => v.sense.base === 'scroll' || v.sense.base === 'hover' || v.sense.base === 'pinch' || v.sense.base === 'resize') || /^(?:scroll|hover|pinch)/.test(desc.lead.trim())
        || objects.includes('viewport') || (objects.some((o) => o === 'tab' || o === 'tabs') && verbs.length > 0 && verbs.every((v) => v.sense.base === 'select' || v.sense.base === 'switch'))
        || (ev.name.words.length === 1 && ev.name.words[0] === 'home' && /\bhome button\b/.test(desc.lead))
        // (…and so does reloading the page: it shows it afresh and submits nothing.)
        || (verbs.length > 0 && verbs.every((v) => v.sense.base === 'reload' || v.sense.base === 'refresh') && (objects.length === 0 || objects.some((o) => o === 'page' || o === 'tab' || o === 'browser')));
      if (views && params.code.length === 0 && !verbs.some((v) => v.sense.base === 'click' || v.sense.base === 'type')) {
        push(riskSignals, 'name', 'only moves or reshapes the view', 'medium', 0.35);
        return { risk: 'medium', riskWhy: 'it only moves or reshapes what is on screen (scrolling, hovering, zooming, switching tabs, resizing, going home); it enters and submits nothing', riskSignals };
      }
      // Starting an installed application runs a program the machine already has, with none of the caller's code.
      // (With no verb in the name, the description's first one: "Open Prisma Studio to view data…".)
      const acts = verbs.length > 0 ? verbs : desc.verbs.slice(0, 1);
      const launch = acts.find((v) => LAUNCHES.has(v.sense.base));
      // (Opening a page of the caller's choosing in the user's browser, with its sessions, stays high.)
      const shownIn = desc.opensIn;
      const app = launch ? objects.find((o) => APPLICATIONS.has(o)) ?? (shownIn && params.target?.kind !== 'url' ? (shownIn === 'browser' ? 'browser' : 'program') : undefined) : undefined;
      if (launch && app && !runsCode && params.code.length === 0 && acts.every((v) => LAUNCHES.has(v.sense.base))) {
        push(riskSignals, 'name', `"${launch.word}" an installed ${app}`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it starts an installed ${app} ("${launch.word}"), which runs no code the caller supplies`, riskSignals };
      }
      return { risk: 'high', riskWhy: 'running code, queries, jobs or an interactive environment is high risk', riskSignals };
    }
    case 'write': {
      // A request to any path or URL the caller picks can change anything the API can: permissions,
      // messages, settings; or send data anywhere.
      if (anyCall) {
        push(riskSignals, 'parameter', `any ${anyCall.kind === 'path' ? 'API path' : 'URL'} in \`${anyCall.name}\``, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sends a write to any ${anyCall.kind === 'path' ? 'path of the API' : 'URL'} the caller picks (\`${anyCall.name}\`), so it can change whatever the API allows`, riskSignals };
      }
      // A message put on a queue or a topic goes to the organisation's own consumers, not to people.
      // (…and so does a message to the system's own AI agents or workers: "Broadcast a message to ALL connected agents".)
      // (…and so does mail sent to a sandbox's test inbox, which delivers it to no one.)
      // (A forum's topic is a thread of posts, not a queue's.)
      const onForum = [...objects, ...ev.server.words, ...params.names.map(flatName)].some((w) => FORUMS.has(w));
      const internal = objects.find((o) => INTERNAL_CHANNELS.has(o) && !(onForum && (o === 'topic' || o === 'topics'))) ?? TO_AGENTS.exec(desc.lead)?.[0] ?? SANDBOXED_MAIL.exec(desc.lead)?.[0];
      // A draft is not sent: its recipients are only written down.
      const drafted = objects.some((o) => o === 'draft' || o === 'drafts') || verbs.some((v) => v.sense.base === 'draft');
      // Merging code (a branch, a pull request) ships it; merging cells, PDFs or projects only combines content.
      const combines = (v: VerbHit) => v.sense.base === 'merge' && own.length > 0 && !own.some((o) => MERGED_CODE.has(o));
      // Replying to a comment in a document is the team's own discussion there, as posting the comment is;
      // a reply to a message, a thread or a customer's review reaches people.
      const discusses = (v: VerbHit) => v.sense.base === 'reply' && own.some((o) => DISCUSSED.has(o)) && !own.some((o) => o === 'review' || o === 'reviews');
      // Responding to a buyer's feedback or a review answers in public, as replying to it does.
      const answers = (v: VerbHit) => v.sense.base === 'respond' && own.some((o) => ANSWERED_IN_PUBLIC.has(o));
      const outwardVerb = internal ? undefined : verbs.find((v) => (v.sense.outward || answers(v)) && !combines(v) && !discusses(v));
      // Posting or creating a message, an email or a DM sends it to people: "send email or message".
      // (An email template or a message filter is a thing of its own: the message must be the head.)
      const messageAt = internal || drafted ? -1 : objects.findLastIndex((o) => SENT_OBJECTS.has(o));
      // …and so does a forum's topic, the first post of a thread its members read (a message queue's topic is a channel).
      const forumTopic = !internal && !drafted && onForum && (head === 'topic' || head === 'topics') ? head : undefined;
      const message = messageAt >= 0 && (messageAt === objects.length - 1 || HEAD_BREAKS.has(objects[messageAt + 1] as string)) ? objects[messageAt] : forumTopic;
      const posts = message !== undefined && verbs.some((v) => POSTING.has(v.sense.base));
      // A member of a project, an organisation or a team gets its access (a card's member does not).
      const membership = objects.some((o) => o === 'member' || o === 'members') && objects.some((o) => ACCESS_SCOPES.has(o)) ? 'members' : undefined;
      // (A generator's rule files are files it writes, not access rules.)
      const writesFile = verbs.length > 0 && verbs.every((v) => v.sense.base === 'generate') && generatesFile(objects, ev);
      // Reloading a configuration or rules from the file they are kept in only makes the server use what is already written.
      const rereads = verbs.length > 0 && verbs.every((v) => REREADS.has(v.sense.base)) && head !== undefined && KEPT_IN_FILES.has(head);
      if (rereads) {
        push(riskSignals, 'name', `only reloads the ${head} already written`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only reloads the ${head} from where they are kept, so the server uses what is already written; nothing new is changed`, riskSignals };
      }
      // (Rules govern access when the description says whose: "Update the firewall rules".)
      const guardedRules = objects.some((o) => o === 'rule' || o === 'rules') ? /\b(firewall|security|access|permission)\b/.exec(desc.lead)?.[1] : undefined;
      // A privilege noun after "by" or "matching" picks what the tool works on (`bulk_move_by_domain`); it is not what changes.
      const selectorAt = objects.findIndex((o) => SELECTORS.has(o));
      const changed = selectorAt > 0 ? objects.slice(0, selectorAt) : objects;
      // (A seller's return or shipping policy, a time-off or holiday-pay policy, an alert policy: business rules, not access.)
      // (…and a design tool's variables are colours and sizes, not environment variables.)
      const designVariable = (o: string) => (o === 'variable' || o === 'variables') && [...ev.server.words].some((w) => DESIGN_TOOLS.has(w));
      // (…and a new password or secret stored in a vault is one more value kept: whatever uses an existing one still works.)
      const storesNewSecret = (o: string) => ev.server.domain === 'vault' && STORED_SECRETS.has(o) && verbs.length > 0 && verbs.every((v) => v.sense.base === 'create' || v.sense.base === 'add' || v.sense.base === 'store' || v.sense.base === 'save');
      const accessNoun = (o: string, i: number) => PRIVILEGE_NOUNS.has(o) && !((o === 'policy' || o === 'policies') && BUSINESS_POLICIES.has(changed[i - 1] ?? '')) && !designVariable(o) && !storesNewSecret(o);
      // (Requesting access asks someone who can grant it; nothing is granted yet.)
      const acts = verbs.length > 0 ? verbs : desc.verbs.slice(0, 1);
      const asksOnly = acts.length > 0 && acts.every((v) => v.sense.base === 'request');
      const privilege = writesFile || asksOnly ? undefined : changed.find(accessNoun) ?? membership ?? guardedRules ?? signInSetting(changed);
      // Forcing an addition (`git add --force` adds an ignored file) overrides no protection of what exists.
      // (…nor does forcing a start, an install or a scaffold: it skips a check, it throws nothing stored away.)
      const additive = verbs.length > 0 && verbs.every((v) => ADDITIVE.has(v.sense.base) || SETS_UP.has(v.sense.base));
      // (…nor does creating the missing parents of a new folder, `mkdir -p`.)
      // (…nor does overwriting what a generator made before: generated docs or tests are made again the same way.)
      const regenerates = verbs.length > 0 && verbs.every((v) => v.sense.base === 'generate' || v.sense.base === 'scaffold');
      const risky = params.risky.find((r) => !(additive && /^(?:force|recursive)$/i.test(r)) && !(regenerates && /^overwrite$/i.test(r)));
      // Changing what is running alters live behaviour at once; creating a new thing is additive,
      // and recording that something happened does not do it.
      const changes = verbs.some((v) => !ADDITIVE.has(v.sense.base) && !BOOKKEEPING.has(v.sense.base));
      // (…and so does a change the description says scales: "Change the type of a server (scales resources)".)
      const scales = [...verbs, ...desc.verbs.slice(0, 3)].some((v) => v.sense.base === 'scale');
      const live = changes ? objects.find((o) => LIVE_OBJECTS.has(o)) ?? (scales ? 'scale' : undefined) : undefined;
      // A reaction or a feedback note is a small mark anyone can take back; closing, resetting or
      // resizing the caller's own session or connection touches nothing stored.
      // …and so is a like or a vote, whatever it is on.
      // …and so is a status mark on a comment or a piece of feedback: acknowledged, resolved, dismissed, in progress.
      const noted = [...objects, ...desc.lead.split(/[^a-z0-9]+/)].find((w) => REMARKS.has(w));
      // …and so is a read or unread mark, one item's or all notifications' (mail marked in bulk, by age or sender, stays medium).
      const readMark = verbs.length > 0 && verbs.every((v) => v.sense.base === 'mark') && ev.name.words.some((w) => READ_STATES.has(w))
        && !ev.name.words.some((w) => MASS_MARKS.has(w)) ? 'read or unread mark' : undefined;
      const statusMark = noted && verbs.length > 0 && verbs.every((v) => STATUS_MARKS.has(v.sense.base)) ? `status mark on the ${noted}` : readMark;
      // (Replying to a review or posting feedback to people is outward, whatever it is a reply to.)
      const mark = head !== undefined && TRIVIAL_MARKS.has(head) && !verbs.some((v) => v.sense.outward) ? head
        : verbs.length > 0 && verbs.every((v) => MARKING_VERBS.has(v.sense.base)) ? (verbs[0] as VerbHit).sense.base : statusMark;
      const ending = verbs.find((v) => SESSION_ENDINGS.has(v.sense.base));
      // With no object in the name, the description's opening names it ("Close the browser", not "Stop Docker containers").
      const named = own.length > 0 ? own : desc.lead.split(' ').slice(0, 8);
      // (Clearing a browser's cookies is more than resetting it: it signs the user out of every site.)
      const session = !ending || named.some((o) => COOKIES.has(o)) ? undefined : named.find((o) => SESSION_OBJECTS.has(o)) ?? named.find((o) => UI_OBJECTS.has(o))
        // A bare `disconnect` or `logout` ends the caller's connection; disconnecting a git provider from an app unlinks an integration.
        // (…unless a disconnection says it removes what is stored for it: "Removes stored credentials" unlinks an integration;
        // a logout always drops its cached login.)
        ?? (ending.sense.base === 'reconnect' || (['disconnect', 'logout'].includes(ending.sense.base) && own.every((o) => ENDPOINTS.has(o) || QUANTIFIERS.has(o)) && !(ending.sense.base === 'disconnect' && FORGETS_CREDENTIALS.test(desc.opening))) ? 'connection' : undefined);
      // The server's own cache (not a website's or a CDN's, which serves live traffic) is rebuilt on the next call.
      const cache = objects.some((o) => CACHES.has(o)) && verbs.some((v) => CACHE_DISCARDS.has(v.sense.base))
        && ![...objects, ...desc.lead.split(' ')].some((w) => SERVED_CACHES.has(w));
      // Staging files in git only marks them for the next commit; nothing is committed or lost.
      const stages = verbs.length > 0 && verbs.every((v) => v.sense.base === 'add' || v.sense.base === 'stage') && /\bstaging area\b|\bstage (?:\w+ )?(?:files?|changes)\b/.test(desc.lead);
      // Picking the project or account later calls work on changes a setting of this session, nothing stored.
      // (The server's own name may come first: `git_set_working_dir`.)
      if (switchesWorkingContext(verbs, objects) || switchesWorkingContext(verbs, own)) {
        const what = objects.find((o) => WORKING_CONTEXTS.has(o));
        push(riskSignals, 'name', `only picks the ${what} to work on`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only picks which ${what} later calls work on, a setting of this session; nothing stored changes`, riskSignals };
      }
      // Refreshing a stored copy from its source (a movie's metadata, a synced account, a re-downloaded spec) replaces it
      // with what the source holds now; nothing anyone wrote changes. (A token refreshed is a new credential; an index rebuilt is work.)
      const refreshes = verbs.length > 0 && verbs.every((v) => SOURCE_REFRESHES.has(v.sense.base)) && !objects.some((o) => SENSITIVE_NOUNS.get(o) === 'secret')
        && !objects.some((o) => INDEXES.has(o) || CREDENTIAL_HEADS.has(o));
      if (refreshes) {
        push(riskSignals, 'name', `only refreshes from its source ("${verbs[0]?.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only refreshes a stored copy from its source ("${verbs[0]?.word}"); nothing anyone wrote changes`, riskSignals };
      }
      if (stages) {
        push(riskSignals, 'description', 'only stages files for the next commit', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only stages files for the next commit (the staging area); nothing is committed or lost', riskSignals };
      }
      // A database transaction: opening one changes nothing yet; committing one makes its changes permanent.
      const transaction = objects.some((o) => o === 'transaction') && !ev.server.money && verbs.length > 0;
      if (transaction && verbs.every((v) => v.sense.base === 'start' || v.sense.base === 'begin' || v.sense.base === 'open')) {
        push(riskSignals, 'name', 'only opens a transaction', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only opens a database transaction; nothing changes until statements run in it and it is committed', riskSignals };
      }
      if (transaction && verbs.every((v) => v.sense.base === 'commit')) {
        push(riskSignals, 'name', 'commits a transaction', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it commits a database transaction, which makes every change made in it permanent', riskSignals };
      }
      // Clearing what this session collected (console messages, captured network requests, an output buffer) empties a scratch log.
      const scratch = verbs.length > 0 && verbs.every((v) => v.sense.base === 'clear' || v.sense.base === 'empty' || v.sense.base === 'flush')
        && (objects.some((o) => LOG_QUALIFIERS.has(o) || o === 'buffer' || o === 'buffers')
          || /\b(?:collected|captured|recorded|buffered) (?:\w+ )?(?:messages|requests|logs|output|actions|events)\b|\b(?:console|output|log) buffers?\b/.test(desc.lead));
      if (scratch) {
        push(riskSignals, 'name', 'only empties what this session collected', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only empties what this session collected (console output, captured requests); nothing stored elsewhere changes', riskSignals };
      }
      if (cache) {
        push(riskSignals, 'name', 'only empties the server\'s own cache', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only empties the server\'s own cache, which is rebuilt from its source', riskSignals };
      }
      // Closing or stopping a session, a browser, a page or a recording ends what it held open (open pages, state not
      // yet saved, a recording still being written); resetting, resizing or disconnecting only drops the caller's handle.
      if (!mark && session !== undefined && session !== 'connection' && ending !== undefined && CLOSINGS.has(ending.sense.base)) {
        push(riskSignals, 'name', `ends the ${session} ("${ending.word}")`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it ends the ${session} ("${ending.word}"), and whatever that held open ends with it`, riskSignals };
      }
      if (mark || session) {
        const what = mark ? `a ${mark}` : `the caller's own ${session} ("${ending?.word}")`;
        push(riskSignals, 'name', `only touches ${what}`, 'low', 0.35);
        return { risk: 'low', riskWhy: mark ? `it only adds or removes ${what}, a small mark that can be taken back` : `it only ends or resets ${what}; nothing stored changes`, riskSignals };
      }
      const mergesRecords = verbs.find((v) => v.sense.base === 'merge') && own.find((o) => MERGED_RECORDS.has(o));
      if (mergesRecords) {
        push(riskSignals, 'name', `merges ${mergesRecords}`, 'high', 0.4);
        return { risk: 'high', riskWhy: `merging ${mergesRecords} folds one record into another; the merged-away record cannot be split back out`, riskSignals };
      }
      // A connection whose parameters choose whether it may write can lift the guard that keeps later queries from changing data.
      const guard = verbs.some((v) => v.sense.base === 'connect') ? params.names.find((n) => WRITE_GUARDS.test(flatName(n))) : undefined;
      if (guard) {
        push(riskSignals, 'parameter', `\`${guard}\` can lift the connection's write guard`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${guard}\` parameter can switch off the guard that keeps later queries from changing data`, riskSignals };
      }
      // Resuming or activating an ad or a campaign puts it live: it reaches the public and spends its budget (pausing one stops that).
      const goesLive = verbs.find((v) => GOING_LIVE.has(v.sense.base)) && own.find((o) => CAMPAIGNS.has(o));
      if (goesLive) {
        push(riskSignals, 'name', `puts the ${goesLive} live`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it puts the ${goesLive} live, where it reaches the public and spends its budget`, riskSignals };
      }
      // A payment gateway's or a payment integration's settings decide where customers' payments go.
      // (Not a link or a page about one: `createAPaymentProviderConnectLink` makes an onboarding link.)
      const setup = headNoun(own);
      // (…and so does a payee's payment method, an employee's or a contractor's: where their pay goes.)
      const payeeMethod = (setup === 'method' || setup === 'methods') && own.some((o) => PAYEES.has(o));
      const routesPayments = setup !== undefined && (PAYMENT_SETUPS.has(setup) || payeeMethod) && own.some((o) => o === 'payment' || o === 'payments');
      if (routesPayments && !verbs.some((v) => verbCategory(v, objects, ev) === 'read')) {
        push(riskSignals, 'name', 'configures how payments are taken', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it changes how the business takes payments and where they go', riskSignals };
      }
      // Approving a device lets it into the account; approving a comment publishes it on the site.
      const approved = verbs.some((v) => v.sense.base === 'approve') ? own.find((o) => APPROVAL_GRANTS.has(o)) : undefined;
      if (approved) {
        push(riskSignals, 'name', `approves a ${approved}`, 'high', 0.4);
        const why = approved.startsWith('comment') ? 'approving a comment publishes it to the site\'s visitors'
          : approved.startsWith('action') ? 'approving a pending action lets an agent go ahead with it' : `approving a ${approved} lets it into the account`;
        return { risk: 'high', riskWhy: why, riskSignals };
      }
      // Updating an account that can set its role, its permissions or its password changes who may do what.
      const grant = verbs.some((v) => v.sense.base === 'update' || v.sense.base === 'edit' || v.sense.base === 'modify') && own.some((o) => ACCOUNT_HOLDERS.has(o))
        ? params.names.find((n) => ACCESS_FIELDS.has(flatName(n))) : undefined;
      if (grant) {
        push(riskSignals, 'parameter', `\`${grant}\` changes the account's access`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${grant}\` parameter changes what the account may do or how it signs in`, riskSignals };
      }
      // A resource the description says is billable from creation (a rented GPU pod) runs up a bill until someone stops it.
      const billable = verbs.some((v) => v.sense.base === 'create') ? BILLABLE_FROM_CREATION.exec(desc.opening)?.[0] : undefined;
      if (billable) {
        push(riskSignals, 'description', `description: "${billable}"`, 'high', 0.4);
        return { risk: 'high', riskWhy: `the description says what it creates is "${billable}": it runs up a bill until it is stopped`, riskSignals };
      }
      if (outwardVerb) {
        push(riskSignals, 'name', `"${outwardVerb.word}" leaves the organisation or is hard to undo`, 'high', 0.4);
        return { risk: 'high', riskWhy: `"${outwardVerb.word}" has effects outside the organisation or is hard to undo`, riskSignals };
      }
      if (posts) {
        push(riskSignals, 'name', `posts a "${message}" to people`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sends a ${message} to other people, which cannot be taken back once read`, riskSignals };
      }
      const credentials = found.credentials;
      if (credentials) {
        push(riskSignals, 'description', `"${credentials}" creates credentials`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it obtains credentials ("${credentials}"), which let whoever holds them in`, riskSignals };
      }
      const login = newLogin(verbs, own, params.names, ev.server.domain);
      if (login) {
        push(riskSignals, 'name', `gives someone a login ("${login}")`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it gives someone access to the system (${login}): a new login is a credential, and what it can reach is hard to take back once used`, riskSignals };
      }
      if (privilege) {
        push(riskSignals, 'name', `changes "${privilege}"`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it changes ${privilege}, which governs access or live behaviour`, riskSignals };
      }
      if (desc.outward && !internal) {
        push(riskSignals, 'description', `description: "${desc.outward}"`, 'high', 0.35);
        return { risk: 'high', riskWhy: `the description says it can "${desc.outward}"`, riskSignals };
      }
      // A flag that publishes a page or an article puts it before the site's visitors: "publish".
      if (params.publishes && objects.some((o) => PUBLIC_CONTENT.has(o))) {
        push(riskSignals, 'parameter', `parameter \`${params.publishes}\` publishes it`, 'high', 0.35);
        return { risk: 'high', riskWhy: `its \`${params.publishes}\` flag publishes what it writes to the site's visitors`, riskSignals };
      }
      if (params.outward && !drafted && !internal) {
        push(riskSignals, 'parameter', `parameter \`${params.outward}\` notifies other people`, 'high', 0.35);
        return { risk: 'high', riskWhy: `its \`${params.outward}\` parameter sends the change to other people`, riskSignals };
      }
      // Pausing, stopping or restarting a running service takes it offline for its users.
      const offline = verbs.find((v) => OFFLINE_VERBS.has(v.sense.base));
      const service = offline ? own.find((o) => SERVICES.has(o)) : undefined;
      if (offline && service) {
        push(riskSignals, 'name', `"${offline.word}" a running ${service}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `to ${offline.sense.base} a ${service} takes it offline for whoever uses it`, riskSignals };
      }
      // A discount anyone can redeem cuts what buyers pay; changing a price or a product on sale in a
      // shop changes what they are charged (a new one charges nobody until it is used, except in a
      // shop, where a product is on sale as soon as it is listed).
      const sold = head !== undefined && SOLD_OBJECTS.has(head) ? head : undefined;
      const charged = objects.find((o) => DISCOUNTS.has(o)) ?? (sold && ((ev.server.money && changes) || ev.server.shop) ? sold : undefined);
      if (charged) {
        push(riskSignals, 'name', `changes what buyers are charged ("${charged}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes what customers are charged or can buy ("${charged}")`, riskSignals };
      }
      const order = customerOrder(ev, head, own, drafted);
      if (order) {
        push(riskSignals, 'name', `changes a customer's ${order} on a shop`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it creates or changes a customer's ${order} on a shop; a new order or a new status reaches the customer (emails, fulfilment) and the stock`, riskSignals };
      }
      const halted = haltedRun(verbs, objects);
      if (halted) {
        push(riskSignals, 'name', `"${halted.verb}" a ${halted.run} in progress`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it stops a ${halted.run} in progress, which loses only that run's progress and can be started again`, riskSignals };
      }
      if (live) {
        push(riskSignals, 'name', `changes a live system ("${live}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes what a live system does right away ("${live}")`, riskSignals };
      }
      if (desc.overwrites) {
        push(riskSignals, 'description', `description: "${desc.overwrites}"`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it can overwrite existing content ("${desc.overwrites}"), which is hard to undo`, riskSignals };
      }
      // Setting up an automation or an integration makes something that acts on its own from then on (sends mail, posts
      // events to another service), with no one to approve each act.
      // (…and so does changing or switching on a workflow that already runs by itself; a new one waits to be switched on.)
      const standing = verbs.length > 0 && verbs.every((v) => SETS_GOING.has(v.sense.base)) ? objects.find((o) => STANDING_AGENTS.has(o))
        ?? (verbs.every((v) => v.sense.base !== 'create' && v.sense.base !== 'add') && (head === 'workflow' || head === 'workflows') ? head : undefined) : undefined;
      if (standing) {
        push(riskSignals, 'name', `sets up an ${standing.replace(/s$/, '')} that acts on its own`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it sets up an ${standing.replace(/s$/, '')} (${standing}), which then acts on its own, sending mail or events where no one approves each act`, riskSignals };
      }
      // A write recorded on a blockchain (an on-chain identity, an ERC-8004 agent's URI) or a tamper-proof ledger stays there for anyone to see.
      const chain = ON_CHAIN.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0];
      if (chain) {
        push(riskSignals, 'description', `recorded on a chain ("${chain}")`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it writes to a blockchain or a tamper-proof ledger ("${chain}"), where a change cannot be taken back and anyone can see it`, riskSignals };
      }
      // (…and so does the command a service is started with: what it runs changes at its next start.)
      if (found.startCommand) {
        push(riskSignals, 'parameter', `sets the command the service runs (\`${found.startCommand}\`)`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it sets the command the service runs (\`${found.startCommand}\`), which changes what a live service does`, riskSignals };
      }
      if (desc.live) {
        push(riskSignals, 'description', `description: "${desc.live}"`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it changes a live system ("${desc.live}")`, riskSignals };
      }
      if (risky) {
        push(riskSignals, 'parameter', `parameter \`${risky}\``, 'high', 0.3);
        return { risk: 'high', riskWhy: `its \`${risky}\` option removes a safety net`, riskSignals };
      }
      return { risk: 'medium', riskWhy: 'a reversible or additive change is medium risk', riskSignals };
    }
    case 'read': {
      // A connection opened with the credentials the caller hands over gives later calls the database's data.
      if (verbs.some((v) => v.sense.base === 'connect') && databaseConnection(objects, ev)) {
        const handed = params.names.find((n) => CONNECTION_CREDENTIALS.test(flatName(n)));
        if (handed) {
          push(riskSignals, 'parameter', `opens a database connection with \`${handed}\``, 'medium', 0.35);
          return { risk: 'medium', riskWhy: `it opens a database connection with the credentials it is handed (\`${handed}\`), which gives later calls that database's data`, riskSignals };
        }
        push(riskSignals, 'name', 'opens a database connection the server configures', 'low', 0.3);
        return { risk: 'low', riskWhy: 'it only opens a connection to a database the server is configured for; no data is read or changed by the call itself', riskSignals };
      }
      // A bare name (`get` on a Redis server) leaves the object to the description: "Get value by key".
      // …and so does one that names only how it picks (`search_by_sender`): "Search messages by sender".
      const by = ev.name.words.findIndex((w) => w === 'by' || w === 'from');
      const picked = by >= 0 ? new Set(ev.name.words.slice(by)) : new Set<string>();
      const things = own.filter((o) => !picked.has(o));
      const leadObjects = things.length === 0 && verbs.length > 0 ? objectsInLead(desc.lead, verbs[0] as VerbHit) : [];
      // A database's documents are its records; elsewhere documents are pages (the server's name or the description says which).
      const storeText = `${[...ev.server.words].join(' ')} ${desc.lead}`;
      const dataStore = DATABASES.test(storeText) || DOCUMENT_STORES.test(storeText);
      const sens = things.length === 0 && leadObjects.length > 0
        ? sensitivityOf(leadObjects, verbs, ev.server.domain, dataStore) ?? (own.length > 0 ? sensitivityOf(objects, verbs, ev.server.domain, dataStore) : undefined)
        : sensitivityOf(objects, verbs, ev.server.domain, dataStore);
      // A language model's answer to the caller's prompt holds nothing stored (a chat with a model is no private chat).
      const model = found.model;
      // A model handed files of this machine (`files`, `git_diff`) reads what they hold: private code leaves the machine.
      const handsFiles = model ? params.names.find((n) => HANDED_FILES.test(flatName(n))) : undefined;
      if (model && handsFiles) {
        push(riskSignals, 'parameter', `local files handed to a language model (\`${handsFiles}\`)`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it hands local files (\`${handsFiles}\`) to a language model, so what they hold (private code, say) leaves the machine`, riskSignals };
      }
      if (model && !desc.lead.split(' ').some((w) => FILE_WORDS.has(w))) {
        push(riskSignals, 'description', `a language model's answer ("${model}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it returns a language model's answer to the caller's own text ("${model}")`, riskSignals };
      }
      // Echoing hands the caller's own words back: nothing stored is read. (Echoing the environment prints its secrets.)
      if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'echo') && sens?.kind !== 'secret') {
        push(riskSignals, 'name', 'echoes the caller\'s own input', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it hands back the text it is given; nothing stored is read', riskSignals };
      }
      // Generating a new password or key hands back something fresh, not a stored secret.
      const mints = verbs.length > 0 && verbs.every((v) => v.sense.base === 'generate' || v.sense.base === 'suggest');
      // Checking that credentials work ("Validate the API key", `auth_check`) answers yes or no; the secret stays put.
      // A bare name (`auth`) leaves the action to the description's first verb.
      const acts = verbs.length > 0 ? verbs : desc.verbs.slice(0, 1);
      const check = acts.length > 0 && acts.every((v) => CREDENTIAL_CHECKS.has(v.sense.base)) ? acts[0] : undefined;
      if (sens?.kind === 'secret' && check) {
        push(riskSignals, verbs.length > 0 ? 'name' : 'description', `only checks "${sens.word}" ("${check.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only checks whether the ${sens.word} works ("${check.word}"), and does not return it`, riskSignals };
      }
      // Secrets named without their values ("Values are never shown", "names only") say which exist, not what they are:
      // that is sensitive, not a credential.
      const valueless = sens?.kind === 'secret' ? VALUES_WITHHELD.exec(desc.opening)?.[0] : undefined;
      if (valueless) {
        push(riskSignals, 'description', `description: "${valueless}"`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it names ${SENSITIVITY_WORDS.secret} without their values ("${valueless}")`, riskSignals };
      }
      // Design tokens (colours, spacing) share only the word with credentials.
      const design = /\bdesign tokens?\b/.test(`${desc.lead} ${ev.name.words.join(' ')}`);
      // Secrets listed by name with their values masked are an inventory of them, not the secrets (medium).
      const masked = MASKED_VALUES.exec(desc.opening)?.[0];
      if (sens?.kind === 'secret' && !mints && !design && masked) {
        push(riskSignals, 'description', `description: "${masked}"`, 'medium', 0.4);
        return { risk: 'medium', riskWhy: `it lists ${SENSITIVITY_WORDS.secret} ("${sens.word}") by name; the description says "${masked}"`, riskSignals };
      }
      if (sens?.kind === 'secret' && !mints && !design) {
        push(riskSignals, 'name', `reads "${sens.word}"`, 'high', 0.45);
        return { risk: 'high', riskWhy: `it returns ${SENSITIVITY_WORDS.secret} ("${sens.word}")`, riskSignals };
      }
      // A description that says what it returns includes credentials or keys ("inbox details including SMTP credentials").
      const carried = RETURNS_SECRETS.exec(desc.opening);
      // (Negated anywhere in its clause: "so no passwords, key paths or passphrases are returned".)
      const clauseStart = carried === null ? 0 : Math.max(0, ...['.', ';', ':'].map((p) => desc.opening.lastIndexOf(p, carried.index) + 1));
      const negated = carried !== null && /\b(?:not|no|never|without|excluding|except|omits?)\b/.test(desc.opening.slice(clauseStart, carried.index + carried[0].length));
      if (carried && !negated && !/\b(?:check|detect|scan)\w*/.test(desc.lead)) {
        push(riskSignals, 'description', `description: "${carried[0]}"`, 'high', 0.35);
        return { risk: 'high', riskWhy: `its description says what it returns includes ${carried.slice(1).find((g) => g !== undefined) ?? carried[0]}`, riskSignals };
      }
      // (…unless it only checks the key it is handed: "Verify an API key's validity".)
      if (desc.secrets && head !== undefined && OPEN_OBJECTS.has(head) && !check) {
        // (…but not where it says their values are masked or withheld: then it names which exist.)
        const hidden = (VALUES_WITHHELD.exec(desc.opening) ?? MASKED_VALUES.exec(desc.opening))?.[0];
        if (hidden) {
          push(riskSignals, 'description', `description: "${desc.secrets}", "${hidden}"`, 'medium', 0.35);
          return { risk: 'medium', riskWhy: `it names ${desc.secrets} without their values ("${hidden}")`, riskSignals };
        }
        push(riskSignals, 'description', `description: "${desc.secrets}"`, 'high', 0.35);
        return { risk: 'high', riskWhy: `the description says it can return ${desc.secrets}`, riskSignals };
      }
      if (params.secretChoice && !mints && verbs.some((v) => CONTENT_READS.has(v.sense.base) || LISTINGS.has(v.sense.base))) {
        push(riskSignals, 'parameter', `the caller can ask for a secret (\`${params.secretChoice}\`)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `what it returns is the caller's choice, and one choice is a secret (\`${params.secretChoice}\`)`, riskSignals };
      }
      if (params.kindChoice && verbs.some((v) => CONTENT_READS.has(v.sense.base) || LISTINGS.has(v.sense.base))) {
        push(riskSignals, 'parameter', `parameter \`${params.kindChoice}\` picks any kind of resource`, 'high', 0.35);
        return { risk: 'high', riskWhy: `the caller picks the kind of resource in \`${params.kindChoice}\`, which can be one that holds secrets`, riskSignals };
      }
      if (!sens && (head === 'event' || head === 'events') && desc.calendar) {
        push(riskSignals, 'description', 'calendar events (personal schedules)', 'medium', 0.35);
        return { risk: 'medium', riskWhy: 'it returns calendar events, which are personal schedule data', riskSignals };
      }
      // Asking the user (`ask_user`, `prompt_user`) puts a question to the person at the keyboard: the user is
      // who it asks, not records it reads.
      const asksPerson = sens?.kind === 'personal' && verbs.length > 0 && verbs.every((v) => ASKS.has(v.sense.base))
        && own.some((o) => ADDRESSEES.has(o)) && own.every((o) => ADDRESSEES.has(o) || ASKED_FOR.has(o));
      if (asksPerson) {
        push(riskSignals, 'name', `asks the ${own.find((o) => ADDRESSEES.has(o))} ("${verbs[0]?.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it puts a question to the person using the agent ("${verbs[0]?.word}") and returns the answer; no stored records are read`, riskSignals };
      }
      // The content of a web page or of documentation is published for anyone to read.
      const published = sens !== undefined && CONTENT_KINDS.has(sens.kind) ? PUBLISHED_MATERIAL.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0] : undefined;
      if (published) {
        push(riskSignals, 'description', `the content of "${published}" is public`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it returns published material ("${published}"), which anyone can read`, riskSignals };
      }
      if (sens && !(design && sens.kind === 'secret')) {
        const onDomain = ev.server.domain !== undefined && sens.what === DOMAIN_SENSITIVITY[ev.server.domain].what;
        push(riskSignals, onDomain ? 'server' : 'name', `reads "${sens.word}" (${sens.what})`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: onDomain ? `on a ${ev.server.domain} server it returns ${sens.what} ("${sens.word}")` : `it returns ${sens.what} ("${sens.word}")`, riskSignals };
      }
      // Reading any path of a service's API returns whatever it holds, personal and private data included.
      if (anyCall?.kind === 'path') {
        push(riskSignals, 'parameter', `any API path in \`${anyCall.name}\``, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it reads any path of the API the caller picks (\`${anyCall.name}\`), which includes private and personal data`, riskSignals };
      }
      const personal = PERSONAL_RECORD_WORDS.exec(desc.lead)?.[0];
      if (personal) {
        push(riskSignals, 'description', `description: "${personal}" (personal data)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns personal data ("${personal}")`, riskSignals };
      }
      // On a budgeting or bookkeeping app, its accounts, recurring items and budget summaries are someone's money records.
      const ledgerRecord = ev.server.ledger !== undefined && head !== undefined && LEDGER_HOLDINGS.has(head) ? head : undefined;
      if (ledgerRecord) {
        push(riskSignals, 'server', `"${ledgerRecord}" on a ledger ("${ev.server.ledger}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `on a ledger ("${ev.server.ledger}") its ${ledgerRecord} are financial records`, riskSignals };
      }
      const money = FINANCIAL_RECORD_WORDS.exec(desc.lead)?.[0];
      if (money) {
        push(riskSignals, 'description', `description: "${money}" (financial records)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns financial records ("${money}")`, riskSignals };
      }
      const logs = LOG_RECORD_WORDS.exec(desc.lead)?.[0];
      if (logs && !/\b(?:counts?|number of|how many)\b/.test(desc.lead)) {
        push(riskSignals, 'description', `description: "${logs}" (logs)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns logs ("${logs}"), which record what users and systems did`, riskSignals };
      }
      // "Returns the verbatim source of the relevant symbols", "returns that file's current on-disk source": code, as a file read returns it.
      const source = RETURNS_SOURCE.exec(desc.opening)?.[0];
      if (source) {
        push(riskSignals, 'description', `description: "${source}" (file or source contents)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns source code ("${source}"), which may be a private project's`, riskSignals };
      }
      const saved = verbs.map((v) => savedQuery(v, objects, ev)).find((x) => x !== undefined);
      if (saved) {
        push(riskSignals, 'name', `runs a saved ${saved}`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it runs a saved ${saved} and returns its results, which are stored business data`, riskSignals };
      }
      // A table picked with a filter or the columns to select: the call returns that table's rows.
      if (params.tableRows && !/\b(?:counts?|number of|how many|statistics|stats|keys|structure|schema)\b/.test(desc.lead)) {
        push(riskSignals, 'parameter', `rows of the table in \`${params.tableRows}\``, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `it returns rows of the table named in \`${params.tableRows}\`, which can be personal or business data`, riskSignals };
      }
      // A count of rows is a number, not the rows.
      const rows = /\b(?:counts?|number of|how many)\b/.test(desc.lead) ? undefined : TABLE_ROW_WORDS.exec(desc.lead)?.[0];
      if (rows) {
        push(riskSignals, 'description', `description: "${rows}" (stored records)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns the rows a table stores ("${rows}"), which can be personal or business data`, riskSignals };
      }
      return { risk: 'low', riskWhy: 'it reads data that is not sensitive by its name', riskSignals };
    }
  }
}
