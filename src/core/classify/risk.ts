// The risk of a tool once its category is decided: what a careless or hijacked call can cost,
// from what it changes or returns (sensitivity.ts), who it reaches and how hard it is to undo.
import { ADDITIVE, APPLICATIONS, actedOn, BOOKKEEPING, CACHES, CACHE_DISCARDS, CAMPAIGNS, COMMAND_LINES, CONTEXT_QUALIFIERS, COOKIES, CREDENTIAL_HEADS, DATABASES, EDITOR_SELECTION, STORED_SIGN_INS, HEAD_BREAKS, LAUNCHES, LISTINGS, OBLIGATIONS, ORDERS, SERVICES, SUBSCRIPTIONS, TEAM_PEOPLE, WORKING_CONTEXTS, WRITE_GUARDS, completesDraftOrder, storeConnection, flatName, generatesFile, haltedRun, headNoun, identityWithKeys, objectsInLead, picksWorkingContext, push, recordPdf, rendersProgram, savedQuery, setsFees, verbCategory, type Findings } from './readings.ts';
import { CONTENT_READS, SENSITIVITY_WORDS, environmentVariablesInLead, failuresInText, loggedInLead, namesLogFiles, publicChainTransaction, publicMarketData, runDataInText, securityFindingsIn, sensitivityInContext, sensitivityOf } from './sensitivity.ts';
import type { Category, Risk } from '../labels.ts';
import { MARKS, AD_REPORTING, DESIGN_TOKENS, DESIGN_TOKEN_TEXT, CAPACITY_HOLDERS, CODE_AS_DATA, DOCUMENTATION, DOMAIN_SENSITIVITY, DOMAIN_WORDS, IDENTITY_SERVERS, FINANCIAL_RECORD_WORDS, LIVE_OBJECTS, LOG_QUALIFIERS, MAIL_CORRESPONDENTS, PERSONAL_RECORD_WORDS, PRIVILEGE_NOUNS, PUBLIC_CONTENT, SENSITIVE_NOUNS, SESSION_ENDINGS, SESSION_OBJECTS, START_SCRIPTS, TABLE_ROW_WORDS, TRIVIAL_MARKS, UI_OBJECTS, VERBS, type Domain } from './vocabulary.ts';
import type { Evidence, VerbHit } from './evidence.ts';
import type { Signal } from './types.ts';
import { oneOf, singular, withArticle } from './english.ts';
import { splitName } from './tokenize.ts';

/** A sign-in by saving the key the caller hands it: "Sign in to Capgo by saving an API key" (a login flow's own tokens stored is not). */
const STORES_CREDENTIAL = /\bby (?:sav|stor)ing (?:an? |the |your )?(?:[\w-]+ )?(?:api key|access token|personal access token|token)\b/;
/** Switching a thing on or off, and the hooks that deliver an organisation's events, which such a switch leaves pointed where they were. */
const ON_OFF = new Set(['enable', 'disable', 'toggle', 'activate', 'reactivate', 'deactivate', 'pause', 'resume', 'unpause']);
const DELIVERY_HOOKS = new Set(['webhook', 'webhooks']);
// Verbs that test a credential and report the outcome.
const CREDENTIAL_CHECKS = new Set(['check', 'validate', 'verify', 'test']);
/** Words for the state things are in, which leave the things to the description: `list_scheduled`, `get_pending`. */
const STATES = new Set(['scheduled', 'pending', 'archived', 'starred', 'flagged', 'sent', 'drafted', 'queued', 'snoozed', 'muted', 'pinned']);

/** Acts that set something up, and the parameters that give it a password of its own. */
const LOGIN_SETUPS = new Set(['create', 'setup', 'add', 'provision']);
const LOGIN_BEARERS = new Set(['mailbox', 'mailboxes', 'machine', 'machines', 'vm', 'vms', 'vps', 'user', 'users', 'account', 'accounts']);
const NEW_PASSWORDS = /^(?:password|root_?password|user_?password|db_?password|database_?password|admin_?password|new_?password)$/;
/** Parameters that hand a write a password or a secret to keep (flattened names: `clientSecret` is `clientsecret`). */
const KEPT_SECRETS = /^(?:password|passwd|apppassword|secret|clientsecret|appsecret|privatekey|sshkey)$/;
/** Where an application's code is kept and built from. */
const GIT_HOSTS = new Set(['github', 'gitlab', 'gitea', 'bitbucket', 'git']);
/** Reverse proxies, which route live traffic to the services behind them. */
const REVERSE_PROXIES = new Set(['traefik', 'nginx', 'caddy', 'haproxy', 'envoy']);
/** Parameters that carry a service's environment: its variables and build secrets (flattened names). */
const ENV_PARAMS = /^(?:env|envs|envvars?|environmentvariables?|buildsecrets)$/;
/** What runs with an environment of variables: the environment itself, a project, an application, a service, a database. */
const RUN_ENVIRONMENTS = new Set(['environment', 'env', 'project', 'projects', 'application', 'applications', 'app', 'service', 'services', 'compose', 'mysql', 'mariadb', 'postgres', 'mongo', 'redis', 'libsql', 'database']);
/** Acts that use a secret they are handed and keep nothing: signing in, submitting a form, a download or an export. */
const SECRET_USES = new Set(['login', 'sign', 'signin', 'authenticate', 'submit', 'download', 'export']);

/** Data a description says anyone may read: an open data portal, public records, a public demo account, no sign-in needed. */
const OPEN_DATA = /\b(?:open data(?: portal)?|public(?:ly)? (?:available|accessible) (?:data|records|information)|public (?:data ?sets?|records)|public demo account|no (?:credentials|authentication|auth|api key|login) (?:is )?(?:needed|required))\b/;

/** What sets a person's pay: a compensation (pay rate), a salary, a wage, a garnishment withheld from it. */
const PAY_TERMS = new Set(['compensation', 'compensations', 'salary', 'salaries', 'wage', 'wages', 'payrate', 'garnishment', 'garnishments']);

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
/** What a cache that serves live traffic belongs to. */
const SERVED_CACHES = new Set(['website', 'websites', 'site', 'sites', 'cdn', 'edge', 'zone', 'zones', 'domain', 'domains', 'wordpress', 'litespeed', 'balancer', 'page', 'pages', 'url', 'urls']);
const OBLIGATION_VERBS = new Set(['create', 'add', 'draft', 'generate', 'enable', 'disable', 'set', 'update', 'sign']);
/** Pausing a subscription or turning off its renewal stops future charges: no money moves now. */
const BILLING_STOPS = new Set(['pause', 'disable', 'suspend']);

/** Protocols and transports named in tool names: how a call is made, not what it acts on. */
const TRANSPORTS = new Set(['sftp', 'ftp', 'ftps', 'scp', 'http', 'https', 'ssh', 'rest', 'rpc', 'grpc', 'api', 'webdav', 's3']);
/** What a network's users reach it through, switched on or off. */
const SWITCHED_LINKS = new Set(['interface', 'interfaces', 'wlan', 'wlans', 'wifi', 'ssid', 'ssids', 'port', 'ports', 'network', 'networks', 'link', 'links']);
/** What one person does to another's account on a social network. */
const SOCIAL_ACTS = new Set(['mute', 'unmute', 'block', 'unblock', 'follow', 'unfollow']);
/** What membership gives access to. */
const ACCESS_SCOPES = new Set(['project', 'projects', 'organization', 'organisation', 'org', 'orgs', 'team', 'teams', 'workspace', 'workspaces', 'group', 'groups', 'repository', 'repo', 'space', 'spaces', 'board', 'boards', 'vault', 'vaults', 'account']);
const OFFLINE_VERBS = new Set(['pause', 'stop', 'suspend', 'restart', 'reboot', 'shutdown', 'power', 'recycle', 'deactivate', 'disable']);
/** Acts that set a paused or new thing running. */
const GOING_LIVE = new Set(['resume', 'activate', 'reactivate', 'enable', 'unpause']);
/** What a business policy governs (returns, shipping, time off, alerts), rather than who may do what. */
const BUSINESS_POLICIES = new Set(['return', 'returns', 'fulfillment', 'fulfilment', 'shipping', 'payment', 'custom', 'off', 'holiday', 'pay', 'leave', 'pto', 'vacation', 'sick', 'alert', 'alerting', 'cancellation', 'refund', 'listing', 'pricing', 'escalation']);
/** What a translation key belongs to: a string of the interface, in every language. */
const TRANSLATIONS = new Set(['i18n', 'l10n', 'translation', 'translations', 'locale', 'locales', 'localization', 'localisation', 'string', 'strings']);
/** Design tools, whose variables hold a design's colours, sizes and modes. */
const DESIGN_TOOLS = new Set(['figma', 'penpot', 'sketch', 'framer', 'webflow', 'canva']);
/** What a design tool's files, documents and boards were read as: contents, sources, documents. */
const DESIGN_FILE_KINDS = new Set(['source', 'content', 'document']);
/** What a response answers in front of others: a buyer's feedback, a review, a customer's question. */
const ANSWERED_IN_PUBLIC = new Set(['feedback', 'review', 'reviews', 'inquiry', 'inquiries', 'question', 'questions']);
/** Words after which a name says which records a tool works on, not what it changes (`move_by_domain`, `delete_matching_tag`). */
const SELECTORS = new Set(['by', 'matching', 'containing', 'where']);
/** Reductions customers can redeem. */
const DISCOUNTS = new Set(['coupon', 'coupons', 'discount', 'discounts', 'promotion', 'promotions', 'promo', 'promos']);
/** What a payment is recorded against: what is owed. */
const OWED_DOCUMENTS = new Set(['invoice', 'invoices', 'order', 'orders', 'bill', 'bills']);
/** How a restart is done, not what is restarted: `jenkins_safe_restart`, `full_restart`. */
const RESTART_MANNERS = new Set(['safe', 'full', 'hard', 'soft', 'graceful', 'quick', 'force', 'forced']);
/** A cluster's services or nodes, named in a description: "Kafka and ZooKeeper services in a CDSS cluster". */
const CLUSTER_PARTS = /\b(services|nodes)\b (?:\w+ ){0,2}(?:in|of|on) (?:an? |the |each |every )?(?:[\w-]+ ){0,2}cluster\b/;
/** How many of a thing are in stock: changed along with its price (`update_price_quantity`). */
const STOCK_COUNTS = new Set(['quantity', 'quantities', 'stock', 'stocks', 'inventory']);
/** What a shop sells and at what price: on a server that handles money, changing one changes what buyers are charged. */
const SOLD_OBJECTS = new Set(['price', 'prices', 'pricing', 'product', 'products', 'variant', 'variants', 'listing', 'listings', 'sku', 'skus']);
/** Objects so broad that the description must say what they hold. */
const OPEN_OBJECTS = new Set(['resource', 'resources', 'config', 'configuration', 'variables', 'kind', 'kinds', 'object', 'objects', 'value', 'values', 'key', 'keys', 'item']);
const INVOICE_PARTS = new Set(['item', 'items']);
/** Parameters that ask for masked or withheld secret values to be returned as they are. */
const REVEAL_SWITCHES = /^(?:reveal|unmask|show_?secrets?|include_?secrets?|with_?secrets?|show_?values?|include_?values?|decrypt(?:ed)?)$/i;
/** A description that says the secrets it lists come without their values. */
const VALUES_WITHHELD = /\b(?:(?:secret |actual )?values? (?:are|is) (?:never|not) (?:shown|returned|included|exposed|revealed)|without (?:their |the |exposing |revealing |showing )?(?:secret |actual )?values?|without (?:exposing|revealing|showing) (?:the |their |any )?(?:secrets?|keys?|tokens?)|(?:api |access )?(?:key|secret|token) names|names only|only (?:their |the )?names|(?:never|not|doesn't|does not|don't|do not) (?:returns?|shows?|exposes?|reveals?) (?:the |their |any )?(?:secret |actual )?values?|(?:names|keys), not (?:their )?values)\b/;

/** A test sent to check an endpoint: a test event, delivery, ping or notification (not a test email to people). */
const TEST_SENDS = /\b(?:send|sends|sending) (?:a |an )?(?:synthetic |sample )?test (?:events?|deliver(?:y|ies)|pings?|notifications?|messages?|payloads?)\b|\btest (?:a |an |the )?(?:notification subscription|webhook) by sending\b/;

/** Verbs that bring a new person or sign-in into a system. */
const ADMITS = new Set(['create', 'add', 'invite', 'register', 'provision', 'onboard']);
const LOGIN_HOLDERS = new Set(['user', 'users', 'tester', 'testers', 'login', 'logins']);
const SIGN_IN_SOURCES = new Set(['idp', 'idps', 'sso', 'saml']);

/** What a password manager keeps a login or a secret in. */
const VAULT_ITEMS = new Set(['item', 'items', 'entry', 'entries', 'login', 'logins']);
/** Verbs that edit what already exists (an account, a vault's item). */
const EDITS = new Set(['update', 'edit', 'modify', 'patch', 'change']);
/** What else changes a payroll already set up: cancelling it, skipping it, finalising it. */
const PAYROLL_CHANGES = new Set(['cancel', 'skip', 'finalize', 'finalise']);
/** Where a description says a drawing goes: a chart, or what is only ever drawn on a price chart. */
const ON_A_CHART = /\b(?:chart|chartiq|fibonacci|pitchfork|trend ?lines?)\b|\(date, price\)/;
/** What switches a user's account on or off: whether they can sign in. */
const ACCOUNT_SWITCHES = new Set(['enable', 'disable', 'activate', 'deactivate', 'suspend', 'unsuspend', 'lock', 'unlock']);
/** Who signs in with an account whose email an edit can change. */
const SIGNING_IN = new Set(['user', 'users', 'member', 'members', 'admin', 'admins', 'staff', 'agent', 'agents']);
/** What an identity server calls the clients people sign in to (Auth0's applications, Okta's apps). */
const SIGN_IN_APPS = new Set(['application', 'applications', 'app', 'apps']);
/** An identity server's spaces of accounts: a Keycloak realm, an Auth0 or Okta tenant. */
const SIGN_IN_SPACES = new Set(['realm', 'realms', 'tenant', 'tenants']);
/**
 * What decides how people sign in and what their tokens say: an identity provider (SSO, SAML), an
 * OpenID client scope, a protocol mapper (the claims put into every token) or an OAuth client.
 */
function signInSetting(objects: readonly string[], identityServer: boolean, lead: string): string | undefined {
  if (objects.some((o) => SIGN_IN_SOURCES.has(o)) || (objects.includes('identity') && objects.includes('provider'))) return 'an identity provider';
  if (objects.includes('client') && objects.includes('scope')) return 'a client scope';
  // An application registered with an identity server (a Keycloak client, an OAuth client) gets tokens and signs people in.
  // (An identity server's "application" or "app", as Auth0 and Okta call their clients, is one.)
  if ((objects.includes('client') || objects.includes('clients')) && (identityServer || /\b(?:oauth|oidc|openid)(?: 2\.0)? clients?\b/.test(lead))) return 'an OAuth client';
  if (identityServer && objects.some((o) => SIGN_IN_APPS.has(o))) return 'an OAuth client (an application)';
  if (objects.includes('protocol') && objects.includes('mapper')) return 'a protocol mapper';
  return undefined;
}

/** The domain a tool's first name word names as a product (`bugsnag_…`, `gmail_…`). */
function productDomain(nameWords: readonly string[]): Domain | undefined {
  const first = nameWords[0];
  return first === undefined || nameWords.length < 2 || COMMON_NOUNS.has(first) ? undefined : DOMAIN_WORDS.find(([, re]) => re.test(first))?.[0];
}
/** Domain words that are also plain nouns (`teams-get-by-id`, `mail_send`, `notes_list`): no product's name. */
const COMMON_NOUNS = new Set(['teams', 'mail', 'email', 'sms', 'voice', 'phone', 'notes', 'drive', 'docs', 'calendar', 'calendars', 'fitness', 'workout', 'workouts', 'medical', 'hr', 'ats', 'vault', 'git', 'apm', 'otel', 'health']);
/** Public addresses that move between servers, and the acts that move them. */
const MOVABLE_IPS = new Set(['floating', 'reserved', 'elastic']);
const IP_MOVES = new Set(['assign', 'unassign', 'reassign', 'attach', 'detach', 'associate', 'disassociate']);
/** Clusters, whose settings can be edited back. */
const CLUSTERS = new Set(['cluster', 'clusters']);
/** What captures a live call's audio: a recording, a transcription, a media stream, a SIPREC session. */
const CALL_CAPTURES = new Set(['recording', 'transcription', 'stream', 'siprec']);
/** A live call and the parts of it a write steers: the call, its conference, a participant. */
const LIVE_CALL_PARTS = new Set(['call', 'conference', 'participant']);
/** What a reply on a social network is published under. */
const PUBLIC_THREADS = new Set(['comment', 'comments', 'post', 'posts', 'review', 'reviews', 'tweet', 'tweets', 'mention', 'mentions']);
/** Social networks, by name or as the text calls them. */
const SOCIAL_NETWORKS = /\b(?:social media|social networks?|facebook|instagram|linkedin|youtube|tiktok|twitter|reddit|bluesky|mastodon|pinterest)\b/;
/** The records of people a business keeps (not people as a subject, as a library's catalogue has them). */
const PEOPLE_RECORDS = new Set(['customers', 'persons', 'contacts', 'leads', 'users', 'members', 'employees', 'patients', 'candidates', 'clients']);
/** What a search says it spans: "across tickets, customers, and views". */
const SEARCHED_ACROSS = /\bacross (?:all |multiple |several )?((?:[a-z]+(?:, (?:and |or )?| and | or |\/)){1,5}[a-z]+)/;
/** What runs software of a version on a cloud: a cluster, a node pool, a database instance. */
const UPGRADED_HOSTS = /\b(?:clusters?|node pools?|(?:db|database)(?: \w+){0,3} instances?)\b/;
/** Load balancer rules that send traffic on: `lb-add-fwd-rules`, forwarding rules. */
const FORWARDING = new Set(['fwd', 'forwarding']);
/**
 * What opens a network path to a service: two private networks peered, a database put on an external port, a live
 * load balancer's forwarding rules. Each changes what can be reached from where, as firewall rules do.
 */
function networkPath(objects: readonly string[]): string | undefined {
  if (objects.includes('peering')) return 'a network peering';
  if (objects.some((o, i) => o === 'external' && (objects[i + 1] === 'port' || objects[i + 1] === 'ports'))) return 'an external port';
  if (objects.some((o, i) => FORWARDING.has(o) && (objects[i + 1] === 'rule' || objects[i + 1] === 'rules'))) return 'forwarding rules';
  return undefined;
}

/** A router's port forward lets the internet reach a host inside the network. (kubectl's forwards a port to this machine only.) */
function routerPortForward(objects: readonly string[], network: boolean): string | undefined {
  return network && objects.some((o, i) => (o === 'forward' || o === 'forwards') && objects[i - 1] === 'port') ? 'a port forward' : undefined;
}

/** A description saying the call hands back a new API key: "Returns api_key", "issues an API key". */
const ISSUES_API_KEY = /\b(?:returns?|issues?|issuing)\b[^.;]{0,20}?\bapi[ _-]?keys?\b/;
/**
 * What a write that admits someone to the system admits (a user, a tester, a staff agent, an identity
 * provider), or undefined. A new user, or an agent with an email address (a helpdesk's staff, not an
 * AI agent), can sign in; an identity provider lets a whole directory sign in. LABELS.md: creating
 * credentials is high. (A user *story* or a user *segment* names what it is about, not who signs in:
 * only the name's last object counts.)
 */
function newLogin(verbs: readonly VerbHit[], own: readonly string[], paramNames: readonly string[], opening: string, domain?: Domain): string | undefined {
  if (verbs.length === 0 || !verbs.every((v) => ADMITS.has(v.sense.base))) return undefined;
  // An account registered that the description says comes back with its own API key ("Returns api_key and claim_url"):
  // the call issues a credential.
  if (ISSUES_API_KEY.test(opening)) return 'an account with its own API key';
  const last = own.at(-1);
  const sourceAt = own.findIndex((o) => SIGN_IN_SOURCES.has(o) || (o === 'identity' && own.includes('provider')));
  if (sourceAt >= 0) return 'an identity provider';
  if (last !== undefined && LOGIN_HOLDERS.has(last)) return oneOf(last);
  // A login link (an auto-login or a magic link) signs its holder in without a password.
  if ((last === 'link' || last === 'links') && own.some((o) => o === 'login' || o === 'magic' || o === 'signin')) return 'a login link';
  const email = paramNames.some((n) => /^e-?mails?$|^(?:user|agent)_?e-?mail$/i.test(n));
  // (…and on a helpdesk, where an agent is a member of the support staff who answers customers.)
  if (last !== undefined && (last === 'agent' || last === 'agents') && (email || domain === 'support')) return email ? 'a staff agent with an email address' : 'a helpdesk agent';
  return undefined;
}

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
/** Parameters that hand the connection its credentials. */
const CONNECTION_CREDENTIALS = /^(?:password|passwd|connectionstring|connectionuri|uri|url|dsn|user|username|apikey|token|accesskey|secretkey|endpoint|host)$/;

/** Reading again what is kept: a config file, rules. */
const REREADS = new Set(['reload', 'refresh']);
/** A description that opens by making a draft, which is kept for review and not sent. */
const MAKES_DRAFT = /^\s*(?:creates?|prepares?|writes?|saves?) (?:a |an )?drafts?\b/i;
/** A change that lasts only while the page or the app runs. */
const RUNTIME_ONLY = /\b(?:runtime[- ]only preview|(?:lost|reset|gone|undone) (?:on|after|when the page) (?:page )?reload(?:s|ed)?|until (?:the (?:page|app) )?(?:is )?reload(?:s|ed)?)\b/;
const KEPT_IN_FILES = new Set(['config', 'configs', 'configuration', 'configurations', 'rules', 'settings']);
/** Verbs of a step through a browser's or an app's history (`go_back`, `navigate_forward`). */
const HISTORY_STEPS = new Set(['go', 'goto', 'navigate']);
/** Text saying a tool works a computer's own mouse and keyboard (computer use). */
const HOST_DESKTOP = /\b(?:mouse and keyboard|keyboard and mouse)\b[^.]{0,40}\b(?:computer|desktop)\b|\b(?:computer|desktop)\b[^.]{0,40}\b(?:mouse and keyboard|keyboard and mouse)\b/;
/** Parameters that hand a model files of this machine. */
const HANDED_FILES = /^(?:files|filepaths|paths|attachments|gitdiff|diff|contextfiles)$/;
/** A model that reads files from disk returns what they hold. */
const FILE_WORDS = new Set(['file', 'files', 'disk', 'directory', 'folder', 'repository', 'codebase']);
/** A description that opens by merging code: "Merge a PR", "Merges the pull request". */
const MERGES_CODE = /\bmerges? (?:a |an |the |this |one )?(?:[\w-]+ )?(?:prs?|pull requests?|merge requests?|mrs?|branch(?:es)?)\b/;
/** What a merge ships: code and the requests that carry it. */
const MERGED_CODE = new Set(['branch', 'branches', 'pr', 'prs', 'pull', 'request', 'requests', 'mr', 'mrs', 'changes', 'commit', 'commits', 'upstream', 'main', 'master', 'code']);
/** Notes in a document's margin, whose replies stay with the document's team. */
const DISCUSSED = new Set(['comment', 'comments', 'annotation', 'annotations']);
/** Records whose merge folds one into another: the merged-away record is gone and cannot be split back out. */
const MERGED_RECORDS = new Set(['contact', 'contacts', 'customer', 'customers', 'ticket', 'tickets', 'person', 'persons', 'people', 'company', 'companies', 'deal', 'deals', 'lead', 'leads', 'user', 'users', 'account', 'accounts', 'record', 'records', 'duplicate', 'duplicates', 'organization', 'organizations', 'profile', 'profiles']);
/** What a read says it returns along with the rest: credentials or keys (not a scanner's findings, "Secrets" among them). */
// (…or that returns them, or says they are returned: "Get a webhook, including its signing secret", "The endpointSecretKey is returned";
// not a key that is the subject of its own clause: "every store the API key can see".)
// (…and so is one a read verb lists among its items, "List all configured Wi-Fi SSIDs, passphrases, security modes"; a masked
// secret is not one.)
// (…and so is a link that logs in whoever opens it: "Returns a redirect URL containing a JWT to authenticate the user".)
const RETURNS_SECRETS = /\breturns? (?:a |an |the |its |their )?(?:new |fresh |short-lived |time-limited |temporary |one-time )?((?:session|access|auth|bearer|refresh) tokens?)\b|\b(?:includ(?:es|ing)|contains|along with|together with|(?:has|have) (?:its|their) own)\b[^.;]{0,60}?\b(credentials|api[ _]?keys?|secret keys?|passwords?|passphrases?|access tokens?|private keys?|(?:signing|webhook|client|endpoint) secrets?|(?<!(?:masked|redacted|hashed) )secret(?! (?:scanning|detection|names?|counts?|metadata)\b)|cookies?|set-cookie|keys? (?:for|to) (?:[\w-]+ ){0,3}(?:access|authenticat\w*))\b|\b(?:retrieves?|gets?|lists?|fetch(?:es)?|shows?) (?:all |the |its )?(?:[\w-]+ ){0,3}[\w-]+, (?:[\w-]+ ){0,3}?(passphrases?|private keys?|passwords?)\b|\breturns? (?:[\w-]+ ){0,3}?(credentials|api keys?|secret keys?|passwords?|private keys?|(?:signing|webhook|client|endpoint) secrets?)\b(?! (?:can|could|has|have|is|are|may|must|should|will|was|were)\b)|\b((?:signing |webhook |client |endpoint )?secret keys?|[a-z]+secret(?:key)?s?|(?:signing|webhook|client|endpoint) secrets?|credentials|api keys?|passwords?) (?:is|are) (?:also )?returned\b|\breturns? (?:a |an |the )?(?:[\w-]+ ){0,2}(?:urls?|links?) (?:containing|carrying|embedding|with) (?:an? |the )?((?:jwt|(?:session |access |auth |login )?token)s?)\b/;
/** A description's word that secrets come back without their values. */
const MASKED_VALUES = /\b(?:values? (?:are|is) (?:always |automatically )?(?:masked|redacted|never (?:shown|returned|included))|(?:only|just) (?:the )?(?:names|metadata)\b|metadata only|(?:no|without (?:any |their |the )?)secrets?\b(?! (?:key|manager|store|vault)s?\b)|never returns? (?:the )?(?:secret )?values?|without (?:their |the )?values|(?:token|key|secret|credential)s? metadata|metadata (?:about|of|for)|never (?:the |their )?secrets?)\b/;
/** Compute billed by the hour once made: "BILLABLE: state the hourly price". (What is billed from its creation is a
 *  rented resource, financial: BILLED_FROM_CREATION. Storage that accrues charges while it is kept is an ordinary
 *  resource, and "billable units" are a meter's.) */
const BILLABLE_HOURLY = /\bbillable\b[^.]{0,40}\bhourly\b/;
/** A business's set-up for taking payments, beside the word "payment" (`payment_config`, `payment-integration`). */
const PAYMENT_SETUPS = new Set(['gateway', 'gateways', 'integration', 'integrations', 'config', 'configs', 'configuration', 'configurations', 'provider', 'providers', 'processor', 'processors']);
/** What an approval lets in or puts before the public: a device (its sign-in), a comment (held for moderation). */
const APPROVAL_GRANTS = new Set(['device', 'devices', 'comment', 'comments', 'action', 'actions']);
/** Values a vault (a password or secrets manager) keeps: a new one stored changes no one's access. */
const STORED_SECRETS = new Set(['password', 'passwords', 'secret', 'secrets']);
/** People a business pays, whose payment method says where their money goes. */
const PAYEES = new Set(['employee', 'employees', 'contractor', 'contractors', 'vendor', 'vendors', 'payee', 'payees', 'supplier', 'suppliers', 'worker', 'workers']);
/** Accounts (and a member's membership) whose update can change access, and the fields that do it (flattened parameter names). */
const ACCOUNT_HOLDERS = new Set(['user', 'users', 'member', 'members', 'membership', 'memberships', 'agent', 'agents', 'staff', 'admin', 'admins', 'operator', 'operators']);
const ACCESS_FIELDS = new Set(['role', 'roles', 'permissions', 'permission', 'password', 'newpassword', 'isadmin', 'admin', 'scopes', 'accesslevel']);
/** Business-management systems whose orders are documents (what a client or a supplier will owe), not trades or checkouts. */
const ERPS = new Set(['erpnext', 'erp', 'boondmanager', 'boond', 'odoo', 'dolibarr', 'netsuite', 'frappe']);
/** Mail caught by a testing sandbox instead of being delivered. */
const SANDBOXED_MAIL = /\b(?:in sandbox mode|to (?:a |the )?test inbox|without delivering)\b/;
/** Sales and payment requests that a cancellation calls off before money moves. */
const CALLED_OFF = new Set(['order', 'orders', 'charge', 'charges']);
/** Verbs that pick the working context (`switch_profile`); `set` does when it names the context as such (`set_active_board`, `set_project_root`). */
const CONTEXT_PICKS = new Set(['select', 'switch', 'use']);
const NAMES_CONTEXT = new Set([...CONTEXT_QUALIFIERS, 'context', 'root', 'dir', 'directory', 'cwd']);
/** What is done to a window's pane that leaves what runs in it alone. */
const PANE_TOUCHES = new Set(['rename', 'recolor', 'recolour', 'color', 'colour', 'lock', 'unlock', 'focus', 'set', 'label', 'resize', 'move', 'swap']);
/** Simulators and test devices, as a tool that boots one names them. */
const BOOTED_DEVICES = /\b(?:simulator|sim|emulator|device)\b/;
/** Acts that pick one thing for later calls to work on. */
const ACTIVE_PICKS = new Set(['set', 'switch', 'select']);
function switchesWorkingContext(verbs: readonly VerbHit[], objects: readonly string[]): boolean {
  if (verbs.length === 0 || !picksWorkingContext(objects)) return false;
  return verbs.every((v) => CONTEXT_PICKS.has(v.sense.base)) || (verbs.every((v) => v.sense.base === 'set') && objects.some((o) => NAMES_CONTEXT.has(o)));
}
/** Asking the person at the keyboard, and who that is, and what is asked for (`ask_user`, `prompt_user_choice`). */
const ASKS = new Set(['ask', 'prompt', 'elicit']);
const ADDRESSEES = new Set(['user', 'human', 'operator']);
const ASKED_FOR = new Set(['question', 'questions', 'input', 'choice', 'choices', 'multiple', 'option', 'options', 'confirmation', 'feedback', 'answer']);
/** Words that say how many, not what: `disconnect_all`. */
const QUANTIFIERS = new Set(['all', 'every', 'each', 'any']);
/**
 * Logs named as what a read returns: "the tail of a remote log file", "sampled logs", "a logs query";
 * and captured network traffic, the requests a program made, with the tokens and cookies they carry;
 * and an error tracker's tracked errors, each with the stack and request it was logged with.
 */
const LOG_RECORD_WORDS = /\blog (?:files?|entries|lines|records|messages|events)\b|\b(?:log|history) of (?:the )?(?:[\w-]+ ){0,2}commands\b|\b(?:command|shell) history\b|(?<!\bno )\b(?:network requests|(?:https?(?:\(s\))?|network|ipc) traffic)\b|\bapp logs?\b|\b(?:audit|access|error|console|server|application|system|sampled|container|pod|runtime) logs?\b|\blogs? quer(?:y|ies)\b|\bstdout\b|\bstderr\b|\btracked (?:production )?errors?\b|\bproduction errors\b/;
/** Remarks people leave, and the verbs that only set their status (resolving one, labellers split on: it closes a discussion). */
const REMARKS = new Set(['comment', 'comments', 'annotation', 'annotations', 'feedback']);
const STATUS_MARKS = new Set(['acknowledge', 'dismiss', 'mark']);
/** What a read mark says of a message or a notification. */
const READ_STATES = new Set(['read', 'unread', 'seen', 'unseen']);
/** Marks laid on many messages at once, picked by a rule rather than one by one. */
const MASS_MARKS = new Set(['bulk', 'batch', 'older', 'than', 'matching', 'by']);
/** What the caller connects to: disconnecting from one ends its own connection (a git provider or a relation is unlinked instead). */
const ENDPOINTS = new Set(['cdp', 'devtools', 'database', 'databases', 'db', 'server', 'servers', 'instance', 'host', 'client', 'cluster', 'device', 'broker', 'sandbox', 'browser', 'redis', 'mongodb', 'mysql', 'postgres', 'postgresql', 'api', 'session', 'socket', 'websocket']);
/** A channel joined to talk to a program, not to people: "Join a specific channel to communicate with Figma". */
const BRIDGE_CHANNEL = /\bchannel to (?:communicate|talk|connect) with ([a-z0-9]+)\b/;
/** SQL named as what is run: "Execute SQL queries on the sqlite database", `execute_sql`. */
const SQL_RUN = /\b(?:sql (?:quer(?:y|ies)|statements?)|execute sql|run sql|sql)\b/;
/** Database engines that keep the data their SQL changes (…and a Databricks or Redshift warehouse, which keeps the tables
 *  it runs on, and "the connected database", whatever it is). */
const SQL_ENGINES = /\b(?:sqlite|mysql|mariadb|postgres(?:ql)?|pg|d1|duckdb|mssql|sql server|turso|libsql|databricks|redshift|(?:connected|target|configured) database)\b/;
const SQL_RUNNERS = new Set(['execute', 'run', 'query']);
/** A query tool's text warning that its statements change data: "can read and modify data", "can modify or delete data". */
const MODIFIES_DATA = /\bcan (?:read and |both read and )?(?:modify|change|alter|delete|write)(?: or (?:modify|change|delete|write))? (?:the |your )?data\b/;
const ANALYTICS = /\b(?:analytics|insights?|metabase|bigquery|(?<!databricks )warehouse|reporting|spans?|traces?)\b/;
/** A thing said to belong to one person: "addresses for a customer", "custom field values set for a customer". */
const PERSON_OWNED = /\b([a-z]+) (?:set )?for (?:a|an|the|each|one|a given|a specific) (?:customer|employee|contact|person|patient|candidate|contractor|applicant|student|lead)\b(?! (?:id|ids|name|type|types|import|imports|count|counts)\b)/;
/** …unless it is an act or a count, not a record: "a handoff for a lead", "the count for a customer". */
const NOT_OWNED_RECORDS = new Set(['handoff', 'count', 'counts', 'total', 'number', 'status', 'id', 'ids', 'search', 'check', 'template', 'templates']);
/** A disconnection that throws away what was stored for the connection, not only the session. */
const FORGETS_CREDENTIALS = /\b(?:removes?|deletes?|revokes?|clears?|forgets?|wipes?) (?:the |its |any |all )?(?:stored |saved |cached )?(?:credentials?|tokens?|api keys?|secrets?|oauth tokens?)\b/;
/** Removals, which a change to the current session only makes harmless (adding to it still hands the session something). */
const SESSION_REMOVALS = new Set(['remove', 'delete', 'unregister', 'forget', 'drop', 'detach', 'clear']);
/** A game being played: a running game, a playtest. */
const PLAYED_GAMES = /\b(?:running|live) (?:\w+ )?game\b|\bplay-?test\w*\b|\bduring play\b/;
/** What a view shows, not what is stored: a pane or a cell maximised, the focus moved. */
const VIEW_STATES = new Set(['maximized', 'maximised', 'maximize', 'maximise', 'minimized', 'minimised', 'minimize', 'minimise', 'focus']);
/** A selection, and where it is made (an editor, a page, the active document's pixels). */
const SELECTIONS = new Set(['selection', 'selections']);
const SELECTION_PLACES = new Set(['editor', 'page', 'active', 'current', 'pixel', 'canvas', 'scene', 'document']);
/** What a chart shows, not what it holds: its type, its grid layout, a replay of past bars and how it plays. */
const CHART_DISPLAY = new Set(['type', 'layout', 'replay', 'autoplay']);
/** …and what it is set to show, where the tool names the chart or an indicator on it: its symbol, its timeframe, the range
 *  of dates in view, its indicators (a sheet's range, an ad study, are no chart's). */
const CHART_VIEW = new Set(['symbol', 'timeframe', 'resolution', 'range', 'indicator', 'indicators', 'study', 'studies']);
/** A link that logs in whoever opens it: "a direct sign-on link to phpMyAdmin", "an auto-login link", "a magic link". */
const SIGN_ON_LINK = /\b(?:sign[- ]?on|auto-?login|magic|sso) (?:links?|urls?)\b/;
/** A mailbox's filters and rules, and the words that say they are a mailbox's. */
const MAIL_RULES = new Set(['rule', 'rules', 'filter', 'filters']);
const MAIL_WORDS = new Set(['mail', 'gmail', 'email', 'inbox', 'mailbox', 'message']);
/** Feature-flag platforms, on whose servers a flag switches what users get. */
const FLAG_PLATFORMS = new Set(['optimizely', 'launchdarkly', 'flagsmith', 'unleash', 'growthbook', 'statsig', 'configcat', 'shipeasy', 'devcycle', 'flipt']);
/** A record kept only for the tool's own learning: "Record task feedback for learning", "End trajectory and trigger SONA learning". */
const LEARNING_RECORD = /^\W*(?:record|end)\b[^.]{0,60}?\b(?:for (?:pattern |local |reinforcement )?learning|trigger [\w+-]+ learning)\b/;
/** The caller's own presence or status as others see it: "Set your mood/status", "Update your Discord presence".
 *  (A status line or message is a short text of theirs that others read: a post, not a setting.) */
const OWN_STATUS = /\b(?:your|my) (?:([a-z]+) )?(?:status|presence|mood)(?:\/(?:status|presence|mood))?\b(?! (?:line|message|text)s?\b)/;
const STATUS_SETTERS = new Set(['set', 'update', 'change']);
/** A vote, and what a vote can decide rather than react to. */
const VOTES = new Set(['vote', 'votes']);
const DECIDED_BY_VOTE = new Set(['proposal', 'proposals', 'decision', 'decisions', 'motion', 'motions', 'verdict', 'oracle', 'governance']);
/** Acts that leave a small mark anyone can take back (…and the caller's own bookmarks of a thing: a favourite, a star, a follow). */
const MARKING_VERBS = new Set([...MARKS, 'unlike', 'unfavorite', 'unfavourite', 'unstar', 'unfollow', 'unbookmark']);
/** The caller's favourites, a list of their own marks, and the verbs that put a thing in it or take it out. */
const FAVOURITES = new Set(['favorite', 'favorites', 'favourite', 'favourites']);
const LIST_MOVES = new Set(['add', 'remove', 'toggle']);

/** Kinds of sensitivity that come from what a thing contains, whoever wrote it. */
const CONTENT_KINDS = new Set(['source', 'content', 'stored']);
/** Material published for anyone to read: its content is no private record. (A website's files, on its hosting,
 *  are its source: "website file content", "a website's document root" are no published page.) A UI component's
 *  content or code is a component library's, published with it. */
const PUBLISHED_MATERIAL = /\b(?:web ?pages?|webpages?|websites?|documentation(?: pages?)?|demo files?|components?)\b(?!(?:['’]| )s\b| (?:files?|source|code|directory|folder|document root)\b)/;

/** Verbs by which one tool calls another, and the parameters that name the tool called. */
export const RELAY_VERBS = new Set(['call', 'execute', 'invoke', 'run', 'use']);
const TOOL_PICKERS = new Set(['tool', 'toolname', 'toolid', 'name']);
const SERVER_PICKERS = new Set(['server', 'servername', 'serverid', 'mcp', 'mcpname', 'mcpserver']);
/** Tools a call by name reaches that the server does not list: "advanced/deactivated Godot tools", "a tool from the
 *  catalog", "a remote Xcode IDE MCP tool" (and any tool of a server that is a tool registry). */
const UNLISTED_TOOLS = /\b(?:deactivated|unloaded|hidden|disabled) (?:[\w-]+ )?tools?\b|\btools? from the (?:catalog|registry)\b|\bfrom the (?:catalog|registry) by name\b|\bremote (?:[\w-]+ ){0,3}tools?\b/;
/** A description saying the call goes on to other MCP servers: "proxies the call to the appropriate upstream MCP server". */
const RELAYED_SERVERS = /\b(?:upstream|connected|downstream|other|any|underlying) (?:mcp )?servers?\b|\bon (?:an? |the |any )?mcp server\b|\bproxies (?:the |a |each )?(?:tool )?calls?\b/;

/** A read that says it returns the caller's own files as they are on disk ("the verbatim source", "that file's
 *  current on-disk source"), or a deployed thing "including its code", or a stored procedure's source code or SQL
 *  definition (the database's own code); generated or reference code ("the source code of the generated contract") is not theirs. */
const RETURNS_SOURCE = /\bincluding its (?:[\w-]+ and )?(?:source )?(?:code|definition)\b|\b(?:source code|sql definition) (?:\([^)]*\) )?(?:for|of) (?:a |an |the )?(?:specific )?stored (?:procedures?|functions?)\b|\b(?:complete|full) sql (?:query\/)?definitions?\b|\bthe actual source code\b|\breturns? (?:the |that file's |a file's |each file's )?(?:current )?(?:verbatim|on-disk) (?:source(?: code)?|contents?)\b|\breturns? (?:that|a|each) file's (?:current )?(?:on-disk )?(?:source|contents?)\b|\breturns? (?:the )?(?:most )?(?:relevant |matching )?(?:(?:code|source) chunks|source (?:snippets|excerpts))\b/;

/** What a ledger app (a budgeting or bookkeeping app) keeps of someone's money besides its entries: accounts, recurring items,
 *  budget summaries, and what the entries add up to: spending, the merchants and payees paid. */
const LEDGER_HOLDINGS = new Set(['account', 'accounts', 'recurring', 'item', 'items', 'summary', 'budget', 'budgets', 'spending', 'merchants', 'payees']);
/** What belongs to a contract without its terms: its templates, the campaigns assigned to it. */
const CONTRACT_TEMPLATES = new Set(['template', 'templates', 'campaigns']);
/** Words of contracts that are not agreements between parties: smart contracts on a chain, API and Pact contracts, options,
 *  and a government's register of the contracts it awards (open data). */
const OTHER_CONTRACTS = new Set(['gov', 'testing', 'pact', 'pacts', 'pacticipant', 'evm', 'chain', 'onchain', 'blockchain', 'smart', 'solidity', 'abi', 'option', 'options', 'openapi', 'api', 'bnb', 'address', 'addresses', 'token', 'tokens']);
/** What a trader keeps on a trading venue: the account (Kiwoom's `acnt`), its positions and its fills. */
const TRADER_RECORDS = new Set(['account', 'accounts', 'acnt', 'acct', 'position', 'positions', 'fill', 'fills']);

/** Where a sent message stays inside the organisation's systems. */
/** What a code review keeps unpublished until its author is ready: draft notes, pending comments, a draft pull request. */
const CODE_REVIEW_DRAFTS = /\b(?:(?:draft|pending) (?:notes?|comments?)(?: (?:for|on|of) (?:an? |the )?(?:pull|merge) requests?)?|draft (?:pull|merge) requests?)\b/;
const INTERNAL_CHANNELS = new Set(['queue', 'queues', 'topic', 'topics', 'stream', 'streams', 'bus', 'pubsub', 'kafka', 'sqs', 'buffer', 'log', 'logs']);
/** A message shown to the caller's own user in the agent's chat: "to the chat UI", "the only channel the user sees", "to the user in voice mode". */
const TO_OWN_CHAT = /\b(?:to|in) (?:the |this |your )?chat (?:ui|window)\b|\bchannel the user sees\b|\bto the user in (?:voice|text) mode\b/;
/** A notification to the caller's own user, the one the agent works for: "a push notification to the user", "Send the
 * owner a phone notification", "a 'needs your attention' bell notification". */
const TO_OWN_USER = /\b(?:push |phone |desktop |bell )?notifications? to (?:the|your) (?:user|owner)\b|\bsend (?:the|your) (?:user|owner) an? (?:push |phone |desktop )?notification\b|\bneeds? your attention\b/;
/** A message addressed to AI agents or workers of the same system, not to people. */
const TO_AGENTS = /\bcross-agent\b|\bbetween (?:two |autonomous |the )?agents\b|\b(?:another|other) (?:agents?|workers?)\b|\bsubscribed agents\b|\bagent-orchestration\b|\bfrom (?:one|a pod) agent\b|\bto (?:one or more |all |every |other |another |an? |the |each )?(?:connected |active |running |other )?(?:agents?|workers?|agent chats?)\b|\bfrom one agent to another\b/;
/** What a campaign sends when it is the mail kind (an ads campaign sends nothing). */
const MAILINGS = new Set(['email', 'emails', 'mail', 'mailing', 'newsletter', 'newsletters', 'sms']);
/** Verbs that set a campaign's sending off, now or at a set time. */
const CAMPAIGN_SENDS = new Set(['start', 'launch', 'schedule', 'send', 'resume']);
/** Things that, once posted, are read by other people. */
const SENT_OBJECTS = new Set(['call', 'calls', 'invite', 'invites', 'invitation', 'invitations', 'post', 'posts', 'tweet', 'tweets', 'message', 'messages', 'email', 'emails', 'mail', 'dm', 'dms', 'sms', 'chat', 'reply', 'broadcast', 'multicast', 'announcement', 'announcements', 'newsletter']);
/** What makes a topic a thread of posts (a forum's, a community's), and the parameters that pick one. */
const FORUMS = new Set(['forum', 'forums', 'discourse', 'community', 'forumid', 'discussions']);
/** Verbs that put a message in front of its readers. */
const POSTING = new Set(['post', 'create', 'add', 'write', 'push', 'reply', 'respond', 'submit', 'forward', 'send']);

/** Values code reads by name, which nothing reads while they are new. */
const NEW_THINGS = new Set(['variable', 'variables', 'env', 'var', 'vars']);

/** Verbs that put new values over old ones. */
const VALUE_OVERWRITES = new Set(['update', 'replace', 'set', 'modify', 'patch', 'change']);
/** What a formal claim against another party is filed as, and the verbs that file it. */
const COMPLAINTS = new Set(['complaint', 'complaints', 'grievance', 'grievances']);
const CLAIMS_FILED = new Set(['create', 'file', 'submit', 'open', 'raise']);
/** Parameters that hand a read its content, not a way to find it: `json`, `config`, `gcLog`. */
const HANDED_CONTENT = new Set(['json', 'text', 'content', 'config', 'configjson', 'yaml', 'xml', 'log', 'gclog', 'dump', 'threaddump', 'input', 'payload', 'html', 'markdown', 'csv']);
/** Parameter names that say where to fetch content from. */
const LOCATORS = /(?:path|paths|file|files|url|urls|uri|id|ids|name|dir|directory|host|repo|repository|project)$/;
/** What is signed to bind someone: a form, a contract, a deed. */
const SIGNED_PAPERS = new Set(['document', 'documents', 'form', 'forms', 'contract', 'contracts', 'agreement', 'agreements', 'deed', 'deeds']);
/** A description naming the paper signed: "Sign an employee's Form I-9", "signs the contract". */
const SIGNS_PAPER = /\bsigns? (?:an? |the )?(?:[\w-]+'s )?(?:[\w-]+ ){0,2}?(form|contract|agreement|document|deed)s?\b/;
/** What is accepted to bind someone: terms of service, a licence agreement, a deed. */
const ACCEPTED_TERMS = new Set(['terms', 'tos', 'eula', 'agreement', 'agreements', 'deed', 'deeds']);
/**
 * A legal commitment made in someone's name: a form or a contract signed, terms of service or a licence accepted.
 * It binds them, and a signature cannot be taken back.
 */
function legalCommitment(verbs: readonly VerbHit[], objects: readonly string[], lead: string): string | undefined {
  if (verbs.some((v) => v.sense.base === 'sign')) {
    // (…or the paper the description names: "Sign an employee's Form I-9".)
    const paper = objects.find((o) => SIGNED_PAPERS.has(o)) ?? SIGNS_PAPER.exec(lead)?.[1];
    if (paper) return `signs ${oneOf(paper)}`;
  }
  if (verbs.some((v) => v.sense.base === 'accept')) {
    const terms = objects.find((o) => ACCEPTED_TERMS.has(o));
    if (terms) return `accepts ${terms === 'terms' ? 'terms' : oneOf(terms)}`;
  }
  return undefined;
}

/** A confirmation that is the sending: "Confirm and submit a post that was previewed". */
const CONFIRM_SENDS = /\bconfirms? and (?:submits?|sends?|posts?|publish(?:es)?)\b/;

/** Operations that only read, whatever filter or query the caller gives them. */
const READ_QUERY_VERBS = new Set(['find', 'search', 'count', 'filter', 'lookup', 'select']);
/** Query languages that cannot change data. */
const READ_ONLY_LANGUAGE = /\b(?:soql|sosl|promql|prometheus quer(?:y|ies)|logql|traceql|metricsql|kql|jql|lucene|query dsl|xpath|jq|es\|ql|esql|shopifyql|gaql|google ads query language|dql|suiteql|hogql|mango (?:quer(?:y|ies)|selectors?))\b/;

/** What money records are sorted under: their categories, labels, tags and types. */
const MONEY_SORTS = new Set(['category', 'categories', 'label', 'labels', 'tag', 'tags', 'type', 'types']);
/** Money a business took in, wherever a read's opening says it returns it ("order summary: totalCount plus revenue"). */
const REVENUE_FIGURES = /\b(?:revenue|earnings|gross margin|profit and loss)\b/;
/** A game bot's acts that fight whoever is there. */
const FIGHTS = new Set(['attack', 'hunt']);
/** Where a script kept in a site runs for every visitor: the site and its pages. */
const SITE_PAGES = new Set(['site', 'sites', 'website', 'websites', 'page', 'pages']);

export function decideRisk(
  category: Category, ev: Evidence, objects: readonly string[], verbs: readonly VerbHit[], runsCode: boolean, found: Findings,
  /** A generic request tool: the path (of the service's API) or the URL (anywhere) the caller picks. */
  anyCall?: { name: string; kind: 'path' | 'url' },
): { risk: Risk; riskWhy: string; riskSignals: Signal[] } {
  const decided = riskByCategory(category, ev, objects, verbs, runsCode, found, anyCall);
  // A read that costs money on every call ("Costs $0.005 USDC", "($0.010 USDC)") spends from the caller's account or
  // wallet each time it is called, however public what it returns: medium at least. ("Free sample, no payment" costs nothing.)
  const fee = category === 'read' && decided.risk === 'low' && !FREE_CALL.test(ev.description.opening) ? PAID_CALL.exec(ev.description.opening)?.[0] : undefined;
  if (fee === undefined) return decided;
  push(decided.riskSignals, 'description', `every call costs money ("${fee.trim()}")`, 'medium', 0.35);
  return { risk: 'medium', riskWhy: `every call costs money ("${fee.trim()}"), paid from the caller's account or wallet`, riskSignals: decided.riskSignals };
}

/** Live-coding music languages, whose code plays patterns: "Strudel code", "Strudel/Tidal code". */
const MUSIC_PATTERN_CODE = /\b(?:strudel|tidal(?:cycles)?)(?:\/tidal)? code\b/;
/** Protocols and controllers of industrial equipment, named by the server. */
const INDUSTRIAL_CONTROL = new Set(['modbus', 'plc', 'plcs', 'scada', 'opcua', 'bacnet', 's7']);
/** A payment card's full number or security code (its CVV, beside the card) named in what a read returns. */
const CARD_DATA = /\bcards?\b[^.]{0,60}\b(?:cvv2?|cvc2?)\b|\b(?:cvv2?|cvc2?)\b[^.]{0,60}\b(?:cards?|expir\w*)\b|\bfull card numbers?\b/;
/** …said not to come back: "full card numbers and CVV are never included". */
const CARD_DATA_WITHHELD = /\b(?:never|not) (?:included|returned|shown|exposed|stored)\b|\blast (?:4|four) digits\b/;
/** Moving the input focus onto an element or off it. */
const FOCUS_MOVES = new Set(['focus', 'blur', 'unfocus']);
/** What covers a page until it is dismissed. */
const PAGE_COVERS = new Set(['dialog', 'dialogs', 'overlay', 'overlays', 'popup', 'popups', 'modal', 'modals', 'banner', 'banners']);
/** What a mouse move moves. */
const POINTERS = new Set(['mouse', 'pointer', 'cursor']);
/** Keys that open nothing: a table's constraints (an alternate, a foreign, a primary key), a key bound to an input. */
const CONSTRAINT_KEYS = new Set(['alternate', 'foreign', 'primary', 'unique', 'composite', 'partition', 'sort', 'input', 'shortcut', 'hot']);
/** What a scene or a picture is made of, whose scale is a size on screen. */
const DRAWN_THINGS = new Set(['node', 'nodes', 'layer', 'layers', 'bone', 'bones', 'sprite', 'sprites', 'mesh', 'meshes', 'scene', 'rigidbody', 'card', 'shape', 'shapes', 'artboard', 'canvas']);
/** What sizes a running cluster or instance: its node count, its spec, its capacity. */
const CAPACITY_MEASURES = new Set(['count', 'spec', 'specs', 'capacity']);
/** Acts that change a running cluster's size. */
const SIZINGS = new Set(['change', 'set', 'update', 'upgrade', 'add']);
/** Putting someone on a campaign or a sequence. */
/** What is sent again to an address that asked for it: a verification code, a confirmation, a pending invite. */
const CONFIRMATION_MAILS = new Set(['verification', 'otp', 'confirmation', 'invite', 'invitation']);
/** A text saying what the tool makes cannot be deleted afterwards: "There is no API to delete uploaded media". */
const NO_WAY_TO_DELETE = /\bno (?:api|way|endpoint) to (?:delete|remove) (?:a |an |the |any )?(?:[\w-]+ ){0,2}(?:once|after|uploaded|created)\b/;
/** What goes out when it is retried: a post, an event's delivery, a message. */
const RETRIED_SENDS = new Set(['post', 'posts', 'delivery', 'deliveries', 'delivering', 'message', 'messages', 'email', 'emails', 'notification', 'notifications']);
/** What makes a provider a language model's: "ai provider", "OpenAI-compatible", "an org integration's key" on an AI gateway. */
const MODEL_PROVIDERS = /\b(?:ai|llm|openai|anthropic|ollama|model|models|api ?key|apikey|integration key)\b/;
/** Parameters that fill a new group as it is made: its members, or the rights it grants. */
const GROUP_GRANTS = /members?|users?|permissions?|rights?|roles?|scopes?|access|polic(?:y|ies)|projects?|resources?/;
const ENROLMENTS = new Set(['add', 'enroll', 'enrol', 'subscribe']);
/** A review written of something, as a description opens: "Write a review for a store", "Submit a review for an agent". */
const PUBLIC_REVIEW = /\b(?:writes?|submits?|leaves?|posts?|adds?|creates?|publish(?:es)?|gives?) (?:a |an )?(?:new )?(?:review|rating) (?:for|of|on|about) (?:an? |the |this |that |one )?([\w-]+)/;
/** What a review or a rating is of when it stays with the team: a pull request's code review, a support ticket's rating. */
const REVIEWS_KEPT_INSIDE = new Set(['pull', 'merge', 'pr', 'change', 'code', 'diff', 'commit', 'patch', 'ticket', 'document', 'draft', 'session']);
/** Outreach that sends messages to whoever is on it. */
const OUTREACH = new Set(['campaign', 'campaigns', 'sequence', 'sequences', 'cadence', 'cadences', 'drip']);
/** Whom outreach is sent to. */
const RECIPIENTS = new Set(['contact', 'contacts', 'lead', 'leads', 'email', 'emails', 'recipient', 'recipients', 'subscriber', 'subscribers', 'prospect', 'prospects']);
/** What a developer runs for themselves: stopping one ends their own run. */
const OWN_RUNS = new Set(['app', 'apps', 'project', 'projects']);
/** Where a developer's own run happens, named beside it: `stop_app_sim`, `stop_app_device`. */
const TEST_HOSTS = new Set(['sim', 'simulator', 'simulators', 'emulator', 'emulators', 'device', 'devices', 'dev']);
/** An app named as the host computer's own. */
const HOST_APPS = new Set(['mac', 'macos', 'desktop']);
/** What a security monitor finds: `security` before these names a finding, not a security setting. */
const SECURITY_FINDINGS = new Set(['signal', 'signals', 'finding', 'findings', 'alert', 'alerts', 'incident', 'incidents', 'issue', 'issues', 'event', 'events', 'vulnerability', 'vulnerabilities']);
/** A key read said to return only the public half of the key. */
const PUBLIC_HALF = /\breturns? (?:the |its |their )?public keys?\b|\bprivate keys? (?:is|are) (?:not|never)\b/;
/** A signed or presigned URL or link: "a short-lived, signed URL", "a presigned download URL", "signed access url". */
const SIGNED_DOWNLOAD_URL = /\b(?:pre-?signed|signed)(?: (?:download|access|preview|file))? (?:urls?|links?)\b/;
/** A description saying what comes back is decrypted, unless it says it is not ("without decrypting"). */
const DECRYPTED = /(?<!\b(?:without|not|never|no) )\b(?:decrypt(?:s|ed|ing)?|decryption)\b/;
/** A price stated for each call: "costs $0.002 usdc", or one in brackets, "($0.010 usdc)". */
const PAID_CALL = /(?<!\bno )\bcosts? \$\d+(?:\.\d+)?(?: (?:usdc|usdt|usd))?|\(\$\d+(?:\.\d+)? (?:usdc|usdt|usd)\)/;
/** A call said to cost nothing. */
const FREE_CALL = /\b(?:free sample|no payment|free of charge|no x402 cost|at no cost)\b/;

function riskByCategory(
  category: Category, ev: Evidence, objects: readonly string[], verbs: readonly VerbHit[], runsCode: boolean, found: Findings,
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
      // …unless the caller can have it refund the payment too (a `refund` option), or the order is a trader's on a trading
      // venue: cancelling it changes the trader's market position, a trading act as placing one is.
      const refunds = params.names.find((n) => /^refund/i.test(n));
      if (cancels && head !== undefined && CALLED_OFF.has(head) && !refunds && ev.server.tradingVenue === undefined) {
        push(riskSignals, 'name', `"${cancels.word}" ${oneOf(head)} calls off a sale`, 'high', 0.4);
        return { risk: 'high', riskWhy: `to cancel ${oneOf(head)} calls off a sale or a payment request; it moves no money itself`, riskSignals };
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
        push(riskSignals, 'name', `"${verbs[0]?.word}" settles ${oneOf(head ?? 'payment')} by hand`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it marks ${oneOf(head ?? 'payment')} settled by hand; no money moves, though goods may go unpaid for`, riskSignals };
      }
      // A checkout session created is the page where the buyer pays: the purchase happens when they complete it.
      const checkout = /\bcreates? (?:an? |the )?(?:[\w-]+ ){0,3}checkout sessions?\b/.exec(desc.opening)?.[0];
      if (checkout) {
        push(riskSignals, 'description', `"${checkout}": paid when the buyer completes it`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it creates a checkout session ("${checkout}"), where the purchase is paid when the buyer completes it; no money moves by this call`, riskSignals };
      }
      // …and so is a payment intent created, the record that tracks a payment until the customer confirms it; one created
      // with a switch that confirms it at once (Stripe's `confirm`) charges now.
      const intent = verbs.length > 0 && verbs.every((v) => v.sense.base === 'create') && objects.some((o, i) => (o === 'intent' || o === 'intents') && objects[i - 1] === 'payment')
        && !params.names.some((n) => /^confirm/i.test(n));
      if (intent) {
        push(riskSignals, 'name', 'creates a payment intent: confirmed later, not charged now', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it creates a payment intent, which tracks a payment until the customer confirms it; no money moves by this call', riskSignals };
      }
      if (setsFees(verbs, objects)) {
        push(riskSignals, 'name', 'sets fees charged later, not now', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it sets the fees someone will be charged; no money moves until they are', riskSignals };
      }
      // A resource billed from its creation runs up a bill until it is deleted; nothing is paid at the call.
      const rented = found.rented;
      if (rented) {
        push(riskSignals, 'description', `billed from its creation ("${rented}")`, 'high', 0.4);
        return { risk: 'high', riskWhy: `what it creates is billed from then on ("${rented}"); nothing is paid at the call, but the bill runs until it is deleted`, riskSignals };
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
        push(riskSignals, 'name', `"${verbs[0]?.word}" ${oneOf(paper)}: an obligation, not a payment`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sets up what someone pays later (${verbs[0]?.word} ${oneOf(paper)}); no money moves until it is paid or finalised`, riskSignals };
      }
      return { risk: 'critical', riskWhy: 'moving money or creating a financial obligation is critical', riskSignals };
    }
    case 'execute': {
      // A search, a scan or a crawl set going on the server runs its own fixed work on what it is pointed at, no code of the
      // caller's: what it fetches or keeps is the risk.
      if (found.startsJob) {
        push(riskSignals, 'description', `starts a job on the server ("${found.startsJob}")`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it only sets the server's own job going ("${found.startsJob}"), which fetches or keeps what it finds; it runs no code of the caller's`, riskSignals };
      }
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
      // A script that what the tool starts or creates runs as it starts (a new server's cloud-init, a sandbox's or a page's
      // init script) runs there, not on the host.
      if (host && START_SCRIPTS.test(splitName(host.name).join(' '))) {
        push(riskSignals, 'parameter', `\`${host.name}\` runs where it starts, not on the host`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${host.name}\` is run by what it starts or creates (a new machine, a sandbox, a page) as it starts, not on the host`, riskSignals };
      }
      // Code in a music pattern language ("Strudel/Tidal code to evaluate") is evaluated by the music engine, which plays
      // what the pattern says: the language reaches sound, not the host's files or processes.
      const pattern = host ? MUSIC_PATTERN_CODE.exec(`${desc.opening} ${host.language ?? ''}`)?.[0] : undefined;
      if (host && pattern) {
        push(riskSignals, 'parameter', `\`${host.name}\` is ${pattern}, a music pattern language`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${host.name}\` is ${pattern}, a music pattern language that the engine plays, not code run on the host`, riskSignals };
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
      // (…and so is one that says it runs mutations to change data: "Execute GraphQL mutations against the API to create, update, or delete data".)
  const mutating = /\bdata[- ]modifying\b|\bmutating\b|\bmutations (?:[\w.]+ ){0,4}to (?:create|update|delete|change|modify)\b/.exec(desc.lead)?.[0];
      // (…and so is one whose text warns that it can change data: "⚠️ This tool can read AND modify data".)
      const modifiesData = MODIFIES_DATA.exec(desc.opening)?.[0];
      const writesStated = mutating !== undefined || modifiesData !== undefined
        || (/\b(?:insert|update|delete|drop|alter|truncate|ddl|dml)\b/.test(desc.lead) && desc.writeStatements !== undefined);
      // (Statements that only CREATE add new tables or views; they change nothing already there.)
      const changes = desc.writeStatements !== undefined && desc.writeStatements !== 'CREATE';
      if ((query || desc.runsCode) && (anyStatement || changes || writesStated) && (writesStated || !(desc.readOnlyClaim || ev.annotations.readOnly === true))) {
        const what = anyStatement ? `"${desc.runsCode}"` : desc.writeStatements !== undefined ? `statements such as ${desc.writeStatements}`
          : mutating !== undefined ? `${mutating} statements` : `statements its text says "${modifiesData}"`;
        push(riskSignals, 'description', `can run ${what}`, 'critical', 0.45);
        return { risk: 'critical', riskWhy: `it runs ${what}, which can change or destroy data`, riskSignals };
      }
      // ("Execute a read-only SQL query": running the query is what the claim is about.)
      if (query && (desc.readOnlyClaim || ev.annotations.readOnly === true) && (!desc.runsCode || /\bquer(?:y|ies)\b/.test(desc.runsCode))) {
        push(riskSignals, 'description', `query said to be read-only`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: 'it runs a query the server says is read-only; the query itself is free-form', riskSignals };
      }
      // A query only planned with EXPLAIN ("Analyzes a SQL query using EXPLAIN"), with no ANALYZE switch that would run it:
      // free-form, but the database does not carry it out.
      const onlyPlanned = query && desc.explainsInDatabase && verbs.length > 0 && verbs.every((v) => CODE_AS_DATA.has(v.sense.base))
        && !params.names.some((n) => /^analy[sz]e$/i.test(n));
      if (onlyPlanned) {
        push(riskSignals, 'description', `the query is only planned ("${desc.explainsInDatabase}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: 'the database only plans the query it is given (EXPLAIN) and does not carry it out, though the caller writes it', riskSignals };
      }
      // A query whose language or operation can only read (a SOQL select, a find filter, a search DSL):
      // free-form, so execute, but it cannot change data.
      // (…also where no parameter was read as the query: `execute_dql`, `netsuite_suiteql` name their language;
      // …and where only the query parameter names it: "Raw ShopifyQL query".)
      const language = READ_ONLY_LANGUAGE.exec(`${ev.name.words.join(' ')} ${desc.lead} ${query?.language ?? ''}`)?.[0];
      const onlyReads = (query ? !params.code.some((c) => c.kind !== 'query') : params.code.length === 0 && language !== undefined) && !desc.writeStatements
        && (verbs.some((v) => READ_QUERY_VERBS.has(v.sense.base)) || language !== undefined);
      if (onlyReads) {
        const what = verbs.find((v) => READ_QUERY_VERBS.has(v.sense.base))?.word ?? language;
        push(riskSignals, 'name', `a query that can only read ("${what}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `the query it runs can only read ("${what}"), though the caller writes it`, riskSignals };
      }
      // SQL run on a database, with nothing that says it only reads: the same statement can insert, update or drop.
      // (…on a database engine that stores the data: an analytics tool's SQL, Metabase's or a warehouse's insights, reads a copy.)
      const about = `${ev.name.words.join(' ')} ${desc.lead} ${[...ev.server.words].join(' ')}`;
      // (…and only where the tool runs it, not where it diagnoses it, and not where it says the statement is a SELECT.)
      const runsIt = desc.runsCode !== undefined || verbs.some((v) => SQL_RUNNERS.has(v.sense.base));
      const sql = query !== undefined && runsIt && !(desc.readOnlyClaim || ev.annotations.readOnly === true) && SQL_ENGINES.test(about) && !ANALYTICS.test(about) && !/\bselect\b/.test(desc.lead)
        ? SQL_RUN.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0] : undefined;
      if (sql) {
        push(riskSignals, 'description', `runs any SQL statement ("${sql}"), writes included`, 'critical', 0.4);
        return { risk: 'critical', riskWhy: `it runs the SQL it is given ("${sql}"), and nothing says it only reads: SQL can change or drop data as well as select it`, riskSignals };
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
      const callsNamedTool = verbs.some((v) => RELAY_VERBS.has(v.sense.base)) && objects.some((o) => o === 'tool' || o === 'tools') && picks(TOOL_PICKERS);
      const relay = callsNamedTool && otherServers;
      // (…and calling any of the server's own tools by name does what the most dangerous of them does: where one of them
      // destroys, `delete_page`, so can this.)
      const ownTools = callsNamedTool && !otherServers && ev.server.destroys !== undefined;
      if (ownTools) {
        push(riskSignals, 'server', `calls any of the server's tools by name, \`${ev.server.destroys}\` among them`, 'critical', 0.4);
        return { risk: 'critical', riskWhy: `it calls whichever of this server's tools the caller names, and one of them, \`${ev.server.destroys}\`, destroys data: it can do what that tool does`, riskSignals };
      }
      // (…and so does calling, by name, tools the server does not list: deactivated ones, ones from a catalog or a
      // registry, a remote IDE's: nothing listed shows what they do, so any act is within reach.)
      const unlisted = callsNamedTool && !otherServers && ev.server.destroys === undefined
        ? UNLISTED_TOOLS.exec(desc.lead)?.[0] ?? /\btool registry\b/.exec(ev.server.about)?.[0] : undefined;
      if (unlisted) {
        push(riskSignals, 'description', `calls tools the server does not list ("${unlisted}")`, 'critical', 0.4);
        return { risk: 'critical', riskWhy: `it calls whichever tool the caller names among ones the server does not list ("${unlisted}"), so nothing shows what they do: it can do anything they can`, riskSignals };
      }
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
      // Input injected into a game being played (a key, a mouse move, a named action during a playtest) moves what the game
      // lets a player move; an editor's keys can run or save the project.
      if (desc.injectsInput && PLAYED_GAMES.test(desc.opening) && params.code.length === 0) {
        push(riskSignals, 'description', `input into a game being played ("${desc.injectsInput}")`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it plays the running game with input ("${desc.injectsInput}"): what a player can do there, nothing beyond the game`, riskSignals };
      }
      // A hot reload or restart puts the developer's own edited code into a dev app the server runs (`flutter_hot_reload`).
      const hot = ev.name.words.includes('hot') && verbs.some((v) => v.sense.base === 'reload' || v.sense.base === 'restart');
      if (hot && params.code.length === 0) {
        push(riskSignals, 'name', 'a hot reload of a dev app', 'medium', 0.35);
        return { risk: 'medium', riskWhy: 'it hot-reloads the project\'s own changed code into the dev app it runs; nothing outside that app changes', riskSignals };
      }
      // A step that only moves or reshapes the view (scrolling, switching tabs, resizing the viewport, the Home
      // button, a reload) enters nothing and presses nothing on the page.
      // (Hovering only moves the pointer over an element: it shows a tooltip or a menu, and presses nothing;
      // pinching zooms the view in or out.)
      const views = verbs.some((v) => v.sense.base === 'scroll' || v.sense.base === 'hover' || v.sense.base === 'pinch' || v.sense.base === 'resize') || /^(?:scroll|hover|pinch)/.test(desc.lead.trim())
        || objects.includes('viewport') || (objects.some((o) => o === 'tab' || o === 'tabs') && verbs.length > 0 && verbs.every((v) => v.sense.base === 'select' || v.sense.base === 'switch'))
        // (…and so does picking one of the open pages, `select_page`: a tab by another name.)
        || (objects.length > 0 && objects.every((o) => o === 'page' || o === 'pages') && verbs.length > 0 && verbs.every((v) => v.sense.base === 'select' || v.sense.base === 'switch'))
        || (ev.name.words.length === 1 && ev.name.words[0] === 'home' && /\bhome button\b/.test(desc.lead))
        // (…and so does reloading the page: it shows it afresh and submits nothing.)
        || (verbs.length > 0 && verbs.every((v) => v.sense.base === 'reload' || v.sense.base === 'refresh') && (objects.length === 0 || objects.some((o) => o === 'page' || o === 'tab' || o === 'browser')))
        // (…and so does a step back or forward in its history, `browser_go_back`: a page already visited, shown again.)
        || (ev.name.words.some((w) => w === 'back' || w === 'forward') && verbs.every((v) => HISTORY_STEPS.has(v.sense.base)))
        // (…and so does moving the focus or the pointer: it points at an element and presses nothing.)
        || (verbs.length > 0 && verbs.every((v) => FOCUS_MOVES.has(v.sense.base)))
        || (verbs.length > 0 && verbs.every((v) => v.sense.base === 'move') && objects.some((o) => POINTERS.has(o)))
        // (…and so does dismissing a dialog or an overlay: it closes what covers the page, accepting nothing.)
        || (verbs.length > 0 && verbs.every((v) => v.sense.base === 'dismiss') && objects.some((o) => PAGE_COVERS.has(o)));
      if (views && params.code.length === 0 && !verbs.some((v) => v.sense.base === 'click' || v.sense.base === 'type')) {
        push(riskSignals, 'name', 'only moves or reshapes the view', 'medium', 0.35);
        return { risk: 'medium', riskWhy: 'it only moves or reshapes what is on screen (scrolling, hovering, zooming, switching tabs, resizing, going home or back, moving the focus or the pointer, dismissing a dialog); it enters and submits nothing', riskSignals };
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
      // A game bot's act changes only the game's world; fighting there can spoil other players' game.
      if (found.gameAct) {
        const fights = FIGHTS.has(found.gameAct);
        push(riskSignals, 'server', fights ? `"${found.gameAct}" fights in a game world others play in` : `"${found.gameAct}" acts only in a game world`, fights ? 'medium' : 'low', 0.4);
        return fights
          ? { risk: 'medium', riskWhy: `to ${found.gameAct} in a game world can hurt other players there; nothing outside the game changes`, riskSignals }
          : { risk: 'low', riskWhy: 'an act in a game world changes that world and nothing outside the game', riskSignals };
      }
      // Code kept in a thing changes what runs when the thing is triggered: an update swaps the code of one already in use,
      // and a site's script runs in every visitor's browser from then on. (New code runs only once it is attached or triggered.)
      if (found.storesCode && (verbs.some((v) => v.sense.base === 'update') || objects.some((o) => SITE_PAGES.has(o)))) {
        push(riskSignals, 'parameter', `changes the code that runs (\`${found.storesCode}\`)`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes code that runs from then on (\`${found.storesCode}\`): the code of a thing already in use, or a site's script that runs in every visitor's browser`, riskSignals };
      }
      // A value written to an industrial controller (a Modbus coil or register, a PLC's tag) moves the equipment it drives:
      // a live physical process, not a record, and hard to take back once it has acted.
      const controller = [...ev.server.words].find((w) => INDUSTRIAL_CONTROL.has(w));
      if (controller && !desc.simulated) {
        push(riskSignals, 'server', `writes to an industrial controller (${controller})`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it writes to an industrial controller (${controller}), whose coils and registers drive physical equipment: a live process that is hard to take back`, riskSignals };
      }
      // A change the text calls a simulation that is not kept ("simulation - does not persist") changes nothing stored.
      if (desc.simulated) {
        push(riskSignals, 'description', `only simulated ("${desc.simulated}")`, 'low', 0.4);
        return { risk: 'low', riskWhy: `its text says the change is only simulated ("${desc.simulated}"); nothing stored changes`, riskSignals };
      }
      // …and so does a change the text says lasts only until the page reloads ("runtime-only preview (lost on reload)").
      const preview = RUNTIME_ONLY.exec(desc.opening)?.[0];
      if (preview) {
        push(riskSignals, 'description', `only until a reload ("${preview}")`, 'low', 0.4);
        return { risk: 'low', riskWhy: `its text says the change lasts only until a reload ("${preview}"); nothing stored changes`, riskSignals };
      }
      // Removing something from the current session only (the text says it is not kept) takes away nothing stored.
      if (desc.sessionOnly && verbs.some((v) => SESSION_REMOVALS.has(v.sense.base))) {
        push(riskSignals, 'description', `removed from this session only ("${desc.sessionOnly}")`, 'low', 0.4);
        return { risk: 'low', riskWhy: `it removes something from the current session only ("${desc.sessionOnly}"); nothing stored changes`, riskSignals };
      }
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
      // (…and so does a message shown to the caller's own user in the agent's chat window, which reaches no one else, or a
      // notification sent to that user's own phone or bell.)
      const internal = objects.find((o) => INTERNAL_CHANNELS.has(o) && !(onForum && (o === 'topic' || o === 'topics'))) ?? TO_AGENTS.exec(desc.lead)?.[0] ?? SANDBOXED_MAIL.exec(desc.lead)?.[0]
        ?? TO_OWN_CHAT.exec(desc.lead)?.[0] ?? TO_OWN_USER.exec(desc.opening)?.[0]
        // (…and so is a code review's draft or pending comment, or a draft pull request, published: it goes to the team
        // reviewing the change, "Publish all pending comments for a pull request".)
        ?? (verbs.some((v) => v.sense.base === 'publish') ? CODE_REVIEW_DRAFTS.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0] : undefined);
      // (…and so is one whose description says a draft is what it makes: "Creates a draft of a private message".)
      const drafted = objects.some((o) => o === 'draft' || o === 'drafts') || verbs.some((v) => v.sense.base === 'draft') || MAKES_DRAFT.test(desc.lead);
      // Merging code (a branch, a pull request) ships it; merging cells, PDFs or projects only combines content.
      // (…and the description may name the code where the name names only the platform: `github.merge`, "Merge a PR".)
      const combines = (v: VerbHit) => v.sense.base === 'merge' && own.length > 0 && !own.some((o) => MERGED_CODE.has(o)) && !MERGES_CODE.test(desc.lead);
      // Replying to a comment in a document is the team's own discussion there, as posting the comment is;
      // a reply to a message, a thread or a customer's review reaches people.
      const discusses = (v: VerbHit) => v.sense.base === 'reply' && own.some((o) => DISCUSSED.has(o)) && !own.some((o) => o === 'review' || o === 'reviews');
      // Responding to a buyer's feedback or a review answers in public, as replying to it does.
      const answers = (v: VerbHit) => v.sense.base === 'respond' && own.some((o) => ANSWERED_IN_PUBLIC.has(o));
      // (With no verb in the name, a description that opens by sending a message sends it: "Send an outbound voice message".)
      const opensBySending = verbs.length === 0 && desc.verbs[0]?.sense.base === 'send' && objectsInLead(desc.lead, desc.verbs[0]).some((o) => SENT_OBJECTS.has(o))
        && !/\bcompletions?\b/.test(desc.lead) ? desc.verbs[0] : undefined;
      // A verification code, a confirmation email or a pending invite sent again goes to the address that already asked
      // for it: the same message, nothing new said. (A signature request or a webhook sent again is another matter.)
      const resendsConfirmation = verbs.length > 0 && verbs.every((v) => v.sense.base === 'resend')
        && [...objects, ...desc.lead.split(/[^a-z]+/)].some((w) => CONFIRMATION_MAILS.has(w));
      const outwardVerb = internal || resendsConfirmation ? undefined : verbs.find((v) => (v.sense.outward || answers(v)) && !combines(v) && !discusses(v)) ?? opensBySending;
      // Posting or creating a message, an email or a DM sends it to people: "send email or message".
      // (An email template or a message filter is a thing of its own: the message must be the head.)
      const messageAt = internal || drafted ? -1 : objects.findLastIndex((o) => SENT_OBJECTS.has(o));
      // …and so does a forum's topic, the first post of a thread its members read (a message queue's topic is a channel).
      const forumTopic = !internal && !drafted && onForum && (head === 'topic' || head === 'topics') ? head : undefined;
      const message = messageAt >= 0 && (messageAt === objects.length - 1 || HEAD_BREAKS.has(objects[messageAt + 1] as string)) ? objects[messageAt] : forumTopic;
      // (…and so does confirming a previewed one, where the confirmation is what submits it: "Confirm and submit a post",
      // a comment as much as a post.)
      const confirmed = verbs.some((v) => v.sense.base === 'confirm') && CONFIRM_SENDS.test(desc.lead)
        ? message ?? objects.find((o) => o === 'comment' || o === 'comments') : undefined;
      const posts = (message !== undefined && verbs.some((v) => POSTING.has(v.sense.base))) || confirmed !== undefined;
      // A member of a project, an organisation or a team gets its access (a card's member does not), and a membership is that
      // member's place and role in it (its metadata is only notes kept about it); so does a user added to one, or to a group.
      const membership = objects.some((o) => TEAM_PEOPLE.has(o) || o === 'membership' || o === 'memberships') && objects.some((o) => ACCESS_SCOPES.has(o)) && !objects.includes('metadata') ? 'members' : undefined;
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
      // (…nor are a design system's tokens, named colours and spacings: `respira_update_design_token`, Figma's `export_tokens`.)
      const designToken = (o: string, i: number) => (o === 'token' || o === 'tokens') && (DESIGN_TOKENS.has(changed[i - 1] ?? '') || [...ev.server.words].some((w) => DESIGN_TOOLS.has(w)) || DESIGN_TOKEN_TEXT.test(desc.lead));
      const designVariable = (o: string) => (o === 'variable' || o === 'variables') && [...ev.server.words].some((w) => DESIGN_TOOLS.has(w));
      // (…and a translation's key, `i18n_keys_update`, names a string shown in the interface: it opens nothing; nor does a
      // table's key, an alternate or a foreign key, which is a constraint on its rows, or an input key bound to an action.)
      const keyThatOpensNothing = (o: string, i: number) => (o === 'key' || o === 'keys') && (TRANSLATIONS.has(changed[i - 1] ?? '') || CONSTRAINT_KEYS.has(changed[i - 1] ?? ''));
      // (…and a new password or secret stored in a vault is one more value kept: whatever uses an existing one still works.)
      const storesNewSecret = (o: string) => ev.server.domain === 'vault' && STORED_SECRETS.has(o) && verbs.length > 0 && verbs.every((v) => v.sense.base === 'create' || v.sense.base === 'add' || v.sense.base === 'store' || v.sense.base === 'save');
      // (A ledger's account is a record of someone's money, not a login: `create_manual_account` on a budgeting app.)
      const ledgerAccount = (o: string) => ev.server.ledger !== undefined && (o === 'account' || o === 'accounts');
      // (…and a new variable, or a new group of them, is read by nothing until code asks for it; setting one's value is another matter.)
      const createsOnly = verbs.length > 0 && verbs.every((v) => v.sense.base === 'create' || v.sense.base === 'add');
      const newVariable = (o: string) => NEW_THINGS.has(o) && createsOnly;
      // (…and a new group made empty (a user group, a permission group) holds no one and grants nothing until members or
      // rights are added to it, each a change of its own; one made with its members or rights handed in is another matter.)
      const emptyGroup = createsOnly && (head === 'group' || head === 'groups') && !params.names.some((n) => GROUP_GRANTS.test(flatName(n)));
      // (…and clearing the server's own stored sign-in signs it out: signing in again restores it, and no one gains access.)
      // (…and so does an account removed from the server's cache of sign-ins: "Remove a Microsoft account from the cache".)
      const uncachesAccount = verbs.length > 0 && verbs.every((v) => v.sense.base === 'remove') && /\bfrom (?:the |its |a )?(?:\w+ )?cache\b/.test(desc.lead);
      const clearsSignIn = (verbs.length > 0 && verbs.every((v) => v.sense.base === 'clear') && objects.some((o) => STORED_SIGN_INS.has(o))) || uncachesAccount;
      // (A delegate is access to someone's mailbox or calendar; elsewhere it is an agent a task is handed to, `delegate.pause`.)
      const agentDelegate = (o: string) => (o === 'delegate' || o === 'delegates') && ev.server.domain !== 'messaging' && ev.server.domain !== 'calendar'
        && !/\b(?:mailbox|inbox|mail|email|calendar)\b/.test(desc.lead);
      const identityServer = [...ev.server.words].some((w) => IDENTITY_SERVERS.has(w));
      // (…and an account muted, blocked or followed on a social network is another person's, not a login: `mute-account`.)
      const someonesAccount = (o: string) => (o === 'account' || o === 'accounts') && verbs.length > 0 && verbs.every((v) => SOCIAL_ACTS.has(v.sense.base)) && !identityServer;
      // (A webhook switched on or off still sends where it did: only whether it sends changes, as labellers judge it.)
      // (…and one tested is sent a test message: where it sends does not change.)
      const switchedOnOff = verbs.length > 0 && verbs.every((v) => ON_OFF.has(v.sense.base) || v.sense.base === 'test');
      // (A network ACL's or a route table's description set is its label: what it lets through stays as it was.)
      const describesOnly = head === 'description' || head === 'descriptions';
      // (…and a security signal, finding or alert is what a monitor found: triaging it changes no one's access.)
      const securityFinding = (o: string, i: number) => o === 'security' && SECURITY_FINDINGS.has(changed[i + 1] ?? '');
      const accessNoun = (o: string, i: number) => PRIVILEGE_NOUNS.has(o) && !describesOnly && !(switchedOnOff && DELIVERY_HOOKS.has(o)) && !agentDelegate(o) && !someonesAccount(o) && !clearsSignIn && !((o === 'policy' || o === 'policies') && BUSINESS_POLICIES.has(changed[i - 1] ?? '')) && !designVariable(o) && !designToken(o, i) && !keyThatOpensNothing(o, i) && !securityFinding(o, i) && !storesNewSecret(o) && !ledgerAccount(o) && !newVariable(o) && !emptyGroup;
      // (Requesting access asks someone who can grant it; nothing is granted yet.)
      const acts = verbs.length > 0 ? verbs : desc.verbs.slice(0, 1);
      // (…nor does starting a sign-in flow, `crm_startGoogleOauth`: it hands back where a person signs in, and only that person's
      // consent connects anything.)
      const startsSignIn = acts.length > 0 && acts.every((v) => v.sense.base === 'start' || v.sense.base === 'begin' || v.sense.base === 'initiate')
        && changed.some((o) => o === 'oauth' || o === 'sso');
      const asksOnly = (acts.length > 0 && acts.every((v) => v.sense.base === 'request')) || startsSignIn;
      // (An application's `environment` is its environment variables when the description says so: "Saves environment variables".)
      // (…but new ones, created, are read by nothing until a build asks for them, as a new variable is.)
      const envVariables = !createsOnly && objects.some((o) => o === 'environment' || o === 'environments') && /\b(?:environment variables|env vars)\b/.test(desc.lead) ? 'environment variables' : undefined;
      // (…and so does a mailbox's filter or rule: it decides, unattended, where matching mail goes (forwarded, deleted).)
      const mailRules = objects.some((o) => MAIL_RULES.has(o)) && (objects.some((o) => MAIL_WORDS.has(o)) || ev.server.domain === 'messaging') ? 'mail rules' : undefined;
      const edits = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base));
      // (…and so does a password manager's item edited: the login or the secret it holds is what something signs in with.)
      const vaultItemEdited = ev.server.domain === 'vault' && edits && changed.some((o) => VAULT_ITEMS.has(o)) ? 'a stored login or secret' : undefined;
      // (…and so does an identity server's realm or tenant edited: its settings, and whether it is on, are every account's sign-in.)
      const realmEdited = identityServer && edits && changed.some((o) => SIGN_IN_SPACES.has(o)) ? 'the realm its accounts sign in to' : undefined;
      // (…and so do a database's users edited: each is a login to the database, its password and its rights.)
      const databaseLogins = edits && changed.some((o) => o === 'user' || o === 'users') && changed.some((o) => DATABASES.test(o)) ? 'database logins' : undefined;
      const privilege = writesFile || asksOnly ? undefined : changed.find(accessNoun) ?? vaultItemEdited ?? realmEdited ?? databaseLogins ?? (emptyGroup ? undefined : membership) ?? guardedRules ?? mailRules ?? envVariables
        ?? signInSetting(changed, identityServer, desc.lead) ?? networkPath(changed) ?? routerPortForward(changed, ev.server.network)
        ?? (verbs.length > 0 && verbs.every((v) => v.sense.base === 'generate') && identityWithKeys(objects, desc.lead) ? 'an identity\'s keys' : undefined);
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
      // (…and so does a resize of what holds a service's capacity: a volume, a database cluster, a machine. It changes
      // what runs and what is billed at once, and a volume grown cannot shrink back.)
      // (…and so does a change of a running cluster's node count or spec, or nodes added to it, on a cloud that hosts
      // servers: "Change worker node count", "Set the desired capacity for an Auto Scaling Group", "Add broker nodes".)
      // (A stopped one's, "of a stopped server instance", runs nothing until it is started again.)
      const resized = ev.server.hostsServers && verbs.some((v) => SIZINGS.has(v.sense.base)) && !/\bstopped\b/.test(desc.lead)
        && (objects.some((o) => CAPACITY_MEASURES.has(o)) || (verbs.some((v) => v.sense.base === 'add') && objects.some((o) => o === 'node' || o === 'nodes')));
      // (A node's, a layer's or a bone's scale in a scene or a picture is its size on screen: no capacity.)
      const drawn = [...objects, ...desc.lead.split(' ')].some((w) => DRAWN_THINGS.has(w));
      const scales = ([...verbs, ...desc.verbs.slice(0, 3)].some((v) => v.sense.base === 'scale') && !drawn) || resized
        || (verbs.some((v) => v.sense.base === 'resize') && objects.some((o) => CAPACITY_HOLDERS.has(o)));
      // (…and so are feature flags, on a flag platform or where the name says so: they switch what users get at once.)
      const flags = head === 'flag' || head === 'flags' ? head : undefined;
      const featureFlag = flags !== undefined && (objects.includes('feature') || [...ev.server.words].some((w) => FLAG_PLATFORMS.has(w))) ? flags : undefined;
      // (…and so are an Edge Config's items, the values production deployments read on every request.)
      const edgeConfig = objects.some((o, i) => o === 'edge' && objects[i + 1] === 'config') && objects.some((o) => o === 'item' || o === 'items') ? 'edge config items' : undefined;
      // (A cluster's settings edited, its configuration or its name, are set back the same way; upgrading it, migrating
      // it or starting it changes what runs.)
      const settingsOnly = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base) || v.sense.base === 'set');
      // (…and so is a hostname alias pointed at a deployment: the traffic to that hostname is served by the new deployment at once.)
      const deploymentAlias = objects.some((o) => o === 'alias' || o === 'aliases') && /\bdeployments?\b/.test(desc.lead) ? 'deployment alias' : undefined;
      // (…and so is a floating or reserved IP assigned to a server or taken off it: the public traffic it carries moves with it.)
      const movedIp = verbs.some((v) => IP_MOVES.has(v.sense.base)) && objects.some((o, i) => (o === 'ip' || o === 'ips') && MOVABLE_IPS.has(objects[i - 1] ?? '')) ? 'public IP' : undefined;
      // (…and so is a running cluster, node pool or database instance upgraded to a new version of what it runs, as the
      // description names it: "Upgrade the Kafka version of a CDSS cluster". Its nodes restart on the new version.)
      const upgraded = verbs.some((v) => v.sense.base === 'upgrade') ? UPGRADED_HOSTS.exec(desc.lead)?.[0] : undefined;
      // (A live thing that only says what documentation is about, `generate_helm_docs`, is not what the call changes; a
      // running machine's spec, resized, is its CPU and memory, no document.)
      const docsAbout = DOCUMENTATION.has(head ?? '') && !resized;
      // (…and so is a service edited, the thing itself and not a part of it (`update_service`, not `update_service_task`):
      // a running service's configuration, and what it serves, changes at once.)
      const editedService = ev.name.verbs.length > 0 && ev.name.verbs.every((v) => EDITS.has(v.sense.base) && v.word === v.sense.base) && (head === 'service' || head === 'services') ? head : undefined;
      const live = changes && !docsAbout ? objects.find((o) => LIVE_OBJECTS.has(o) && !(settingsOnly && CLUSTERS.has(o))) ?? featureFlag ?? edgeConfig ?? deploymentAlias ?? movedIp ?? upgraded ?? editedService ?? (scales ? 'scale' : undefined) : undefined;
      // A reaction or a feedback note is a small mark anyone can take back; closing, resetting or
      // resizing the caller's own session or connection touches nothing stored.
      // …and so is a like, whatever it is on, or a vote on an issue, a poll or an entry, and a bookmark or a favourite of the caller's own.
      // …and so is a status mark on a comment or a piece of feedback: acknowledged, resolved, dismissed, in progress.
      const noted = [...objects, ...desc.lead.split(/[^a-z0-9]+/)].find((w) => REMARKS.has(w));
      // …and so is a read or unread mark, one item's or all notifications' (mail marked in bulk, by age or sender, stays medium).
      const readMark = verbs.length > 0 && verbs.every((v) => v.sense.base === 'mark') && ev.name.words.some((w) => READ_STATES.has(w))
        && !ev.name.words.some((w) => MASS_MARKS.has(w)) ? 'read or unread mark' : undefined;
      const statusMark = noted && verbs.length > 0 && verbs.every((v) => STATUS_MARKS.has(v.sense.base)) ? `status mark on the ${noted}` : readMark;
      // (Replying to a review or posting feedback to people is outward, whatever it is a reply to.)
      // (…and a vote that decides something, on a proposal, a decision or an oracle's verdict, is no reaction.)
      const decidingVote = (VOTES.has(head ?? '') || verbs.some((v) => v.sense.base === 'vote')) && [...ev.name.words, ...desc.lead.split(' ')].some((w) => DECIDED_BY_VOTE.has(w));
      const mark = head !== undefined && TRIVIAL_MARKS.has(head) && !verbs.some((v) => v.sense.outward) && !decidingVote ? head
        : verbs.length > 0 && verbs.every((v) => MARKING_VERBS.has(v.sense.base)) && !decidingVote ? (verbs[0] as VerbHit).sense.base
        // …and so is putting a thing in the caller's favourites or taking it out (`add_favorite`, `linear_removeFromFavorites`).
        : verbs.length > 0 && verbs.every((v) => LIST_MOVES.has(v.sense.base)) && ev.name.words.some((w) => FAVOURITES.has(w)) ? 'favourite'
        : statusMark;
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
      // Picking the project or account later calls work on changes a setting of this session, nothing stored.
      // (The server's own name may come first: `git_set_working_dir`.)
      if (switchesWorkingContext(verbs, objects) || switchesWorkingContext(verbs, own)) {
        const what = objects.find((o) => WORKING_CONTEXTS.has(o));
        push(riskSignals, 'name', `only picks the ${what} to work on`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only picks which ${what} later calls work on, a setting of this session; nothing stored changes`, riskSignals };
      }
      // …and so does booting a simulator or a test device: it is brought online for the caller's own later commands, and
      // nothing on it, or anywhere else, changes. (A server or a droplet rebooted is another matter: a live machine restarted.)
      const booted = verbs.length > 0 && verbs.every((v) => v.sense.base === 'boot') ? BOOTED_DEVICES.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0] : undefined;
      if (booted) {
        push(riskSignals, 'name', `only boots ${oneOf(booted)} for later commands`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only boots ${oneOf(booted)} so that later commands can target it; nothing stored changes`, riskSignals };
      }
      // …and so does picking the active or current one of anything (`set_active_layer`, `photoshop_set_active_document`,
      // `set_current_page`): later calls act on it; nothing stored changes.
      const activeOne = verbs.length > 0 && verbs.every((v) => ACTIVE_PICKS.has(v.sense.base)) && own.length === 2 && (own[0] === 'active' || own[0] === 'current') ? own[1] : undefined;
      if (activeOne) {
        push(riskSignals, 'name', `only picks the ${own[0]} ${activeOne}`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only picks which ${activeOne} later calls act on (the ${own[0]} one), a setting of this session; nothing stored changes`, riskSignals };
      }
      // Refreshing a stored copy from its source (a movie's metadata, a synced account, a re-downloaded spec) replaces it
      // with what the source holds now; nothing anyone wrote changes. (A token refreshed is a new credential; an index rebuilt is work.)
      const refreshes = verbs.length > 0 && verbs.every((v) => SOURCE_REFRESHES.has(v.sense.base)) && !objects.some((o) => SENSITIVE_NOUNS.get(o) === 'secret')
        && !objects.some((o) => INDEXES.has(o) || CREDENTIAL_HEADS.has(o));
      // Maximising a pane or a cell, or moving the focus, changes only what the caller's view shows (a browser's viewport resized
      // changes the page the agent drives).
      // (…and so does a chart's display, on a charting server: its type, its grid layout, a bar replay played or stopped,
      // and the lines drawn over it.)
      // (`draw` may be the server's own prefix, `draw_shape`: then the description's verb says what is done.)
      // (…and so is a line drawn where the description says it goes on a chart, "on the active Yahoo Finance chart".)
      // (…or names what is only ever drawn on a price chart: a Fibonacci study, a pitchfork, a trend line, a (date, price) point.)
      const onChart = ev.server.charting || ON_A_CHART.test(desc.lead);
      const drawsOnChart = onChart && acts.length > 0 && acts.every((v) => v.sense.base === 'draw') ? 'drawing' : undefined;
      // (…and so does what is selected in an editor, nodes or pixels: the selection is where the next action applies.)
      // (…as does a tool whose text says it makes or clears such a selection: "Deselect all selections", "Select the entire document".)
      const selection = (head !== undefined && SELECTIONS.has(head) && objects.slice(0, -1).every((o) => SELECTION_PLACES.has(o) || ev.server.words.has(o)) ? head : undefined)
        ?? (EDITOR_SELECTION.test(desc.lead) || (acts.length > 0 && acts.every((v) => v.sense.base === 'deselect')) ? 'selection' : undefined);
      const namesChart = ev.name.words.some((w) => w === 'chart' || w === 'indicator') || ON_A_CHART.test(desc.lead);
      const chartView = ev.server.charting && namesChart ? ev.name.words.find((w) => CHART_VIEW.has(w)) : undefined;
      const view = ev.name.words.find((w) => VIEW_STATES.has(w)) ?? (ev.server.charting ? ev.name.words.find((w) => CHART_DISPLAY.has(w)) : undefined) ?? chartView ?? drawsOnChart ?? selection;
      if (view) {
        push(riskSignals, 'name', `only changes the view ("${view}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only changes what the caller's view shows ("${view}"); nothing stored changes`, riskSignals };
      }
      // A pane of the caller's window (a terminal's split, a chart's panel) renamed, recoloured, focused or locked for the
      // caller's own use changes that window only; what runs in the pane, and anything stored, stays as it was.
      const pane = verbs.length > 0 && verbs.every((v) => PANE_TOUCHES.has(v.sense.base)) && objects.length <= 2 && objects.some((o) => o === 'pane' || o === 'panes');
      if (pane) {
        push(riskSignals, 'name', `only changes a pane of the window ("${verbs[0]?.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only changes a pane of the caller's window ("${verbs[0]?.word}"); what runs in it, and anything stored, stays as it was`, riskSignals };
      }
      // A domain verified with the platform is only marked verified once the DNS records its owner set up check out: the
      // DNS, and who can use the domain, are as they were.
      if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'verify') && objects.some((o) => o === 'domain' || o === 'domains')) {
        push(riskSignals, 'name', 'marks a domain verified', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only marks the domain verified once the DNS records its owner set up check out; the DNS itself is not changed', riskSignals };
      }
      // A test event, ping or notification sent to check an endpoint ("Send a test event to your webhook endpoint to verify it
      // is working") carries made-up content to where the caller's own events go: low. (A test email to people: not here.)
      const testSend = TEST_SENDS.exec(desc.lead)?.[0];
      if (testSend) {
        push(riskSignals, 'description', `description: "${testSend}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only sends a test ("${testSend}") to check that an endpoint works`, riskSignals };
      }
      // Media played (a sound, a video, a preset) is heard or seen for a while; nothing stored changes. (A project, a scene or
      // a recorded action played is run: execute, not here.)
      if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'play')) {
        push(riskSignals, 'name', 'only plays media', 'low', 0.35);
        return { risk: 'low', riskWhy: 'it only plays media for the caller to hear or see; nothing stored changes', riskSignals };
      }
      if (refreshes) {
        push(riskSignals, 'name', `only refreshes from its source ("${verbs[0]?.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only refreshes a stored copy from its source ("${verbs[0]?.word}"); nothing anyone wrote changes`, riskSignals };
      }
      // A database transaction: opening one changes nothing yet; committing one makes its changes permanent.
      // (The name or what the description's verb acts on says so: `execute_commit`, "Commit a transaction by its ID".)
      const transaction = verbs.length > 0 && !ev.server.money && actedOn(objects, desc.lead, verbs[0] as VerbHit).includes('transaction');
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
      // The caller's own presence, status or mood ("Set your status", "Update your Discord presence") is what others see of
      // them just now, and the next update replaces it. (A task's or an order's status is a record's, and stays medium.)
      // (A word between names the service, "your Discord presence", not a record: "your order status" is the order's.)
      const statusPhrase = OWN_STATUS.exec(desc.lead);
      const ownStatus = statusPhrase && (statusPhrase[1] === undefined || ev.server.words.has(statusPhrase[1])) ? statusPhrase[0] : undefined;
      if (ownStatus && (verbs.length === 0 || verbs.every((v) => STATUS_SETTERS.has(v.sense.base)))) {
        push(riskSignals, 'description', `only sets the caller's own status ("${ownStatus}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only sets the caller's own status ("${ownStatus}"), which the next update replaces; no record changes`, riskSignals };
      }
      // Recording an outcome "for learning" only tunes the tool's own later suggestions (a routing model, a pattern memory).
      // (A detector's feedback trains what it lets through: "detection feedback" stays medium.)
      const learning = LEARNING_RECORD.exec(desc.lead)?.[0].trim();
      if (learning && !/\b(?:detection|detector|security|fraud|spam)\b/.test(desc.lead)) {
        push(riskSignals, 'description', `only records for the tool's own learning ("${learning}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only records an outcome for the tool's own learning ("${learning}"), which tunes its later suggestions; nothing else changes`, riskSignals };
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
      // (…but a like, a follow or an upvote on a public social network is seen by everyone there, under the account's name;
      // a bookmark is the caller's own.)
      const socialMark = mark && verbs.length > 0 && verbs.every((v) => MARKING_VERBS.has(v.sense.base) && !v.sense.base.endsWith('bookmark'));
      const publicMark = socialMark ? SOCIAL_NETWORKS.exec(`${ev.name.words.join(' ')} ${desc.lead}`)?.[0] ?? /\b(?:tweets?|retweets?)\b/.exec(ev.name.words.join(' '))?.[0] : undefined;
      if (mark && publicMark) {
        push(riskSignals, 'name', `${oneOf(mark)} on ${publicMark}, seen by everyone there`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it adds or removes ${oneOf(mark)} on ${publicMark}, which everyone there sees under the account's name`, riskSignals };
      }
      if (mark || session) {
        const what = mark ? `${oneOf(mark)}` : `the caller's own ${session} ("${ending?.word}")`;
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
      // Opening the caller's own connections ("Connect to both IMAP and SMTP servers") or joining the channel the server's
      // own bridge talks over ("Join a channel to communicate with Figma") stores nothing and reaches no one.
      const opener = verbs.length > 0 && verbs.every((v) => v.sense.base === 'connect' || v.sense.base === 'join') ? verbs[0] : undefined;
      const bridge = BRIDGE_CHANNEL.exec(desc.lead)?.[1];
      // (A shared session joined, "all operations will appear live in the browser", streams later calls to others.)
      const opensConnection = opener !== undefined && ((own.length > 0 && own.every((o) => (ENDPOINTS.has(o) && o !== 'session') || QUANTIFIERS.has(o)))
        || (bridge !== undefined && ev.server.words.has(bridge) && own.every((o) => o === 'channel' || o === 'channels')));
      if (opensConnection) {
        push(riskSignals, 'name', `only opens the caller's own connection ("${opener.word}")`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it only opens the caller's own connection ("${opener.word}"), for later calls; nothing stored changes and no one is reached`, riskSignals };
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
        push(riskSignals, 'name', `approves ${oneOf(approved)}`, 'high', 0.4);
        const why = approved.startsWith('comment') ? 'approving a comment publishes it to the site\'s visitors'
          : approved.startsWith('action') ? 'approving a pending action lets an agent go ahead with it' : `approving ${oneOf(approved)} lets it into the account`;
        return { risk: 'high', riskWhy: why, riskSignals };
      }
      // Updating an account that can set its role, its permissions or its password changes who may do what.
      const grant = verbs.some((v) => v.sense.base === 'update' || v.sense.base === 'edit' || v.sense.base === 'modify') && own.some((o) => ACCOUNT_HOLDERS.has(o))
        ? params.names.find((n) => ACCESS_FIELDS.has(flatName(n))) : undefined;
      if (grant) {
        push(riskSignals, 'parameter', `\`${grant}\` changes the account's access`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${grant}\` parameter changes what the account may do or how it signs in`, riskSignals };
      }
      // A send-as alias set up or changed is an address the mailbox sends from, with the name and reply-to every recipient sees.
      const sendAs = ev.name.words.some((w, i) => w === 'send' && ev.name.words[i + 1] === 'as')
        && verbs.some((v) => v.sense.base === 'create' || v.sense.base === 'update' || v.sense.base === 'patch' || v.sense.base === 'add');
      if (sendAs) {
        push(riskSignals, 'name', 'sets up or changes a send-as alias', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it sets the address, name and reply-to that the mailbox\'s mail goes out under, which every recipient sees', riskSignals };
      }
      // Compute the description says is billable by the hour (a serverless GPU endpoint) runs up a bill until someone stops it.
      const billable = verbs.some((v) => v.sense.base === 'create') ? BILLABLE_HOURLY.exec(desc.opening)?.[0] : undefined;
      if (billable) {
        push(riskSignals, 'description', `description: "${billable}"`, 'high', 0.4);
        return { risk: 'high', riskWhy: `the description says what it creates is "${billable}": it runs up a bill until it is stopped`, riskSignals };
      }
      if (outwardVerb) {
        push(riskSignals, 'name', `"${outwardVerb.word}" leaves the organisation or is hard to undo`, 'high', 0.4);
        return { risk: 'high', riskWhy: `"${outwardVerb.word}" has effects outside the organisation or is hard to undo`, riskSignals };
      }
      // Starting, launching or scheduling an email or SMS campaign sends it to everyone on its list.
      const campaignSent = !drafted && !internal && objects.some((o) => o === 'campaign' || o === 'campaigns')
        && [...objects, ...desc.lead.split(' ')].some((w) => MAILINGS.has(w)) ? verbs.find((v) => CAMPAIGN_SENDS.has(v.sense.base)) : undefined;
      if (campaignSent) {
        push(riskSignals, 'name', `"${campaignSent.word}" a mail campaign`, 'high', 0.4);
        return { risk: 'high', riskWhy: `to ${campaignSent.sense.base} a mail campaign sends it to everyone on its list, which cannot be taken back once read`, riskSignals };
      }
      // Values overwritten in the rows a WHERE clause picks reach however many rows the clause matches, and the old values are gone.
      const whereRows = params.condition !== undefined && /^where(?:clause)?$/.test(flatName(params.condition))
        && verbs.some((v) => VALUE_OVERWRITES.has(v.sense.base)) ? params.condition : undefined;
      if (whereRows) {
        push(riskSignals, 'parameter', `overwrites values in the rows \`${whereRows}\` picks`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it overwrites values in every row its WHERE clause (\`${whereRows}\`) matches, and the values it replaces are lost`, riskSignals };
      }
      // A git rebase rewrites the branch's commits: the old ones survive only in the reflog, and anyone who pulled them diverges.
      const rebases = verbs.some((v) => v.sense.base === 'rebase') && (ev.server.domain === 'code' || ev.name.words.includes('git') || ev.server.words.has('git'));
      if (rebases) {
        push(riskSignals, 'name', 'rewrites a branch\'s commit history', 'high', 0.4);
        return { risk: 'high', riskWhy: 'a rebase rewrites the branch\'s commits: the old ones survive only in the reflog, and anyone who pulled them diverges', riskSignals };
      }
      // An SQL query kept for later (a Data Explorer query saved) runs, when it is run, against the whole database.
      const keptSql = params.code.find((c) => c.kind === 'query' && /^(?:sql|sqlquery|querysql)$/.test(flatName(c.name)));
      if (keptSql && verbs.length > 0 && verbs.every((v) => v.sense.category === 'write')) {
        push(riskSignals, 'parameter', `keeps the SQL in \`${keptSql.name}\` to run later`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it keeps the SQL in \`${keptSql.name}\`, which runs against the database whenever the saved query is run`, riskSignals };
      }
      // A script kept to run as machines start (a post-install, startup or init script) runs, later, on every machine set up with it.
      const startScript = START_SCRIPTS.exec(objects.join(' '))?.[0];
      if (startScript && verbs.some((v) => !BOOKKEEPING.has(v.sense.base))) {
        push(riskSignals, 'name', `keeps ${oneOf(startScript)} that machines run as they start`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it writes ${oneOf(startScript)}, code that runs later on every machine set up with it`, riskSignals };
      }
      // An agency's SaaS (rebilling) mode switched on, off or paused for its clients' accounts, or its rebilling settings changed,
      // decides what those clients are billed.
      const rebilling = objects.find((o) => o === 'saas' || o === 'rebilling');
      if (rebilling && verbs.length > 0) {
        push(riskSignals, 'name', `changes ${rebilling === 'saas' ? 'SaaS (rebilling) mode' : 'rebilling'}`, 'high', 0.4);
        return { risk: 'high', riskWhy: 'it switches or changes the rebilling of client accounts (SaaS mode), which decides what those clients are billed', riskSignals };
      }
      // A complaint, or a report of infringement, filed with a platform is a formal claim against another party, sent outside.
      const claim = verbs.some((v) => CLAIMS_FILED.has(v.sense.base)) && (objects.some((o) => COMPLAINTS.has(o)) || /\binfring(?:e|es|ing|ement)\b/.test(desc.lead));
      if (claim) {
        push(riskSignals, 'name', 'files a complaint or an infringement report', 'high', 0.4);
        return { risk: 'high', riskWhy: 'it files a formal complaint or infringement report with the platform, a claim against another party that leaves the organisation', riskSignals };
      }
      const commitment = legalCommitment(verbs, objects, desc.lead);
      if (commitment) {
        push(riskSignals, 'name', `${commitment}, a legal commitment`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it ${commitment} in someone's name, a legal commitment that binds them and cannot be taken back`, riskSignals };
      }
      if (posts) {
        const sent = message ?? confirmed as string;
        push(riskSignals, 'name', `posts ${oneOf(sent)} to people`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sends ${oneOf(sent)} to other people, which cannot be taken back once read`, riskSignals };
      }
      const credentials = found.credentials;
      if (credentials) {
        push(riskSignals, 'description', `"${credentials}" creates credentials`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it obtains credentials ("${credentials}"), which let whoever holds them in`, riskSignals };
      }
      // Signing in by saving the API key the caller hands over changes the credentials every later call uses, as setting one does.
      const storedCredential = STORES_CREDENTIAL.exec(desc.lead)?.[0];
      if (storedCredential) {
        push(riskSignals, 'description', `"${storedCredential}" stores credentials`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it stores credentials ("${storedCredential}"), which change whose account every later call acts as`, riskSignals };
      }
      // Setting up something that holds a login (a mailbox, a machine, a user, a database "with a dedicated user") with a
      // password of its own makes a new login. (A password saved as a vault's item is stored, not made a login.)
      const passwordSet = verbs.some((v) => LOGIN_SETUPS.has(v.sense.base)) && ev.server.domain !== 'vault'
        && (own.some((o) => LOGIN_BEARERS.has(o)) || /\bwith (?:a |its )?(?:dedicated |new )?(?:user|login|root password)\b/.test(desc.opening))
        ? params.names.find((n) => NEW_PASSWORDS.test(flatName(n))) : undefined;
      if (passwordSet) {
        push(riskSignals, 'parameter', `sets \`${passwordSet}\` for what it creates`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sets a password (\`${passwordSet}\`) for what it creates, which makes a new login: a credential`, riskSignals };
      }
      // A connection, a provider or a registry saved with the password or secret it signs in with elsewhere keeps a
      // credential: whatever uses what was saved signs in as that login. (A vault keeps passwords as its items; signing in,
      // a download or an export uses one and keeps nothing; a form's password field is an answer; a local database
      // connection saved is a connection, as opening one is. A private key is kept where the key is what the tool names or
      // sets up, not where it only signs the call.)
      const keeps = (n: string) => KEPT_SECRETS.test(flatName(n)) && (flatName(n) !== 'privatekey' || objects.some((o) => o === 'key' || o === 'privatekey') || verbs.some((v) => v.sense.base === 'setup'));
      const keptSecret = ev.server.domain !== 'vault' && !verbs.some((v) => SECRET_USES.has(v.sense.base)) && !objects.some((o) => o === 'form' || o === 'submission')
        && storeConnection(objects, ev) !== 'database' ? params.names.find(keeps) : undefined;
      if (keptSecret) {
        push(riskSignals, 'parameter', `keeps the secret it is handed (\`${keptSecret}\`)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it keeps the password or secret it is handed (\`${keptSecret}\`), a credential that signs in to another system`, riskSignals };
      }
      // A reverse proxy's configuration changed, or the proxy reloaded or given ports (Traefik's, nginx's), changes how
      // every live request is routed and what is exposed: all the services behind it at once.
      const proxy = objects.find((o) => REVERSE_PROXIES.has(o));
      if (proxy) {
        push(riskSignals, 'name', `changes the reverse proxy ("${proxy}")`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it changes the reverse proxy (${proxy}) that routes live traffic to every service behind it`, riskSignals };
      }
      // (A call that only saves, sets or edits what it is handed, as the next two are.)
      const savesSettings = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base) || v.sense.base === 'save' || v.sense.base === 'set');
      // An application pointed at the repository it builds from (`application-saveGithubProvider`: repository, branch) runs
      // whatever that repository holds at its next deployment.
      const buildSource = savesSettings && objects.some((o) => o === 'application' || o === 'compose' || o === 'app') && objects.some((o) => GIT_HOSTS.has(o)) ? objects.find((o) => GIT_HOSTS.has(o)) : undefined;
      if (buildSource) {
        push(riskSignals, 'name', `sets the ${buildSource} repository an application builds from`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it sets the ${buildSource} repository and branch an application builds from, so its next deployment runs whatever code is there`, riskSignals };
      }
      // Saving or updating the environment a service runs with (its variables, its build secrets) replaces the keys and
      // settings it runs on: what it connects to and signs in with. (A project made with its first variables, or a
      // session's defaults, replaces nothing.)
      const envReplaced = savesSettings && objects.some((o) => RUN_ENVIRONMENTS.has(o)) ? params.names.find((n) => ENV_PARAMS.test(flatName(n))) : undefined;
      if (envReplaced) {
        push(riskSignals, 'parameter', `replaces the environment it runs with (\`${envReplaced}\`)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it replaces the environment variables a service runs with (\`${envReplaced}\`), which hold the keys and settings it connects and signs in with`, riskSignals };
      }
      // A user's or a member's sign-in email changed hands the account to whoever reads the new address: a password
      // reset goes there. (A customer's or a contact's email is where the business writes to them, not a login.)
      const signInEmail = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base)) && own.some((o) => SIGNING_IN.has(o))
        ? params.names.find((n) => /^(?:new)?e?mail(?:address)?$/.test(flatName(n))) : undefined;
      if (signInEmail) {
        push(riskSignals, 'parameter', `changes the sign-in email (\`${signInEmail}\`)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it changes the email (\`${signInEmail}\`) an account signs in with, and a password reset sent there hands the account over`, riskSignals };
      }
      // A user's account enabled, disabled, unlocked or suspended changes whether that person can sign in at all.
      // (Blocking someone on a social network only hides the two from each other.)
      const signIns = verbs.length > 0 && verbs.every((v) => ACCOUNT_SWITCHES.has(v.sense.base)) && own.some((o) => o === 'user' || o === 'users') ? verbs[0] : undefined;
      if (signIns) {
        push(riskSignals, 'name', `"${signIns.word}" a user: whether they can sign in`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it ${signIns.sense.base}s a user's account, which decides whether that person can sign in at all`, riskSignals };
      }
      const login = newLogin(verbs, own, params.names, desc.opening, ev.server.domain);
      if (login) {
        push(riskSignals, 'name', `gives someone a login ("${login}")`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it gives someone access to the system (${login}): a new login is a credential, and what it can reach is hard to take back once used`, riskSignals };
      }
      if (privilege) {
        push(riskSignals, 'name', `changes "${privilege}"`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it changes ${privilege}, which governs access or live behaviour`, riskSignals };
      }
      // Someone put on a campaign or a message sequence ("Enroll a contact into a message sequence") is then sent its
      // messages: an outward act. (Taking them off stops the messages.)
      const enrolment = verbs.find((v) => ENROLMENTS.has(v.sense.base));
      const enrolled = enrolment ? [...objects, ...objectsInLead(desc.lead, enrolment)] : [];
      const enrols = enrolled.some((o) => OUTREACH.has(o)) ? enrolled.find((o) => RECIPIENTS.has(o)) : undefined;
      if (enrols) {
        push(riskSignals, 'name', `puts ${withArticle(singular(enrols))} on a campaign or a sequence`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it puts ${withArticle(singular(enrols))} on a campaign or a message sequence, which then sends them its messages`, riskSignals };
      }
      // A review written of a product, a store or an agent is published under the caller's name, where others choose by
      // it. (A review of a pull request, or a rating of a support ticket, stays with the team.)
      const review = PUBLIC_REVIEW.exec(desc.lead);
      if (review && !REVIEWS_KEPT_INSIDE.has(review[1] ?? '')) {
        push(riskSignals, 'description', `writes a review of ${withArticle(review[1] ?? '')}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it publishes a review of ${withArticle(review[1] ?? '')} under the caller's name, where others choose by it`, riskSignals };
      }
      if (desc.outward && !internal) {
        push(riskSignals, 'description', `description: "${desc.outward}"`, 'high', 0.35);
        return { risk: 'high', riskWhy: `its effect reaches outside the organisation (the description says "${desc.outward}")`, riskSignals };
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
      // A number's voice or SMS URL, or its forwarding number, is where its incoming calls and texts are handed: whoever sets it receives them.
      const routesCalls = params.names.find((n) => /^(?:sms|voice|mms)(?:fallback)?_?url$|^forwarding_?number$/i.test(n));
      if (routesCalls) {
        push(riskSignals, 'parameter', `parameter \`${routesCalls}\` routes incoming calls or texts`, 'high', 0.35);
        return { risk: 'high', riskWhy: `its \`${routesCalls}\` parameter sets where incoming calls or texts are sent, as a webhook does`, riskSignals };
      }
      // Pausing, stopping or restarting a running service takes it offline for its users.
      // (Powering a machine on starts it: nothing that was running stops.)
      // (…and so does reloading the service itself, "Reloads an application": it restarts; reloading its configuration only
      // re-reads it, and an app's bundle reloaded, "Reload the React Native app", is the developer's own running copy.)
      const restarts = (v: VerbHit) => v.sense.base === 'reload' && !/\b(?:config|configuration|configs|settings|rules)\b/.test(desc.lead) && !objects.some((o) => KEPT_IN_FILES.has(o) || o === 'app' || o === 'apps');
      const offline = verbs.find((v) => (OFFLINE_VERBS.has(v.sense.base) || restarts(v)) && !(v.sense.base === 'power' && ev.name.words.includes('on')));
      // (…and so is a cloud's server, on a cloud whose tools create them; a local dev or language server restarts for the caller alone.)
      // (…and so is the product the whole server is for, restarted by name: `jenkins_safe_restart` on a Jenkins server. Where
      // the text names what of it goes down, "Stop Docker containers", that decides.)
      const itself = objects.filter((o) => !RESTART_MANNERS.has(o));
      const product = offline && own.every((o) => RESTART_MANNERS.has(o)) && itself.length > 0 && itself.every((o) => ev.server.words.has(o))
        && !desc.lead.split(' ').some((w) => SERVICES.has(w)) ? itself[0] : undefined;
      // (…and so are a cluster's services or nodes, as the description names them: "Restart Kafka and ZooKeeper services in a
      // CDSS cluster", "a rolling restart of all nodes in a cluster".)
      const clusterPart = offline ? CLUSTER_PARTS.exec(desc.lead)?.[1] : undefined;
      const service = offline ? own.find((o) => SERVICES.has(o) || (ev.server.hostsServers && (o === 'server' || o === 'servers'))) ?? product ?? clusterPart : undefined;
      // (A site or a service the caller finds by its folder, `nameOrPath`, runs on this machine, for the caller alone.)
      const onDisk = params.names.some((n) => /path$/i.test(n));
      // (…and so is an app or a project the caller runs for themselves, stopped: the game an editor runs, the app on a
      // simulator or a device, a dev project. The name says where it runs (`stop_app_sim`), or the server is for dev work
      // or runs it itself (`run_project`) or drives its screen. An app named as the host's own, `stop_mac_app`, may hold
      // someone's open work, and keeps its risk.)
      const ownRun = offline?.sense.base === 'stop' && service !== undefined && OWN_RUNS.has(service) && !own.some((o) => HOST_APPS.has(o))
        && (own.some((o) => TEST_HOSTS.has(o)) || ev.server.words.has('dev') || ev.server.drivesUi !== undefined
          || ev.server.runs.has(singular(service)));
      if (offline && service && ownRun) {
        push(riskSignals, 'name', `"${offline.word}" the caller's own run of ${oneOf(service)}`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it stops ${oneOf(service)} the caller runs for themselves (in an editor, a simulator or a dev setup), which no one else uses`, riskSignals };
      }
      if (offline && service && !onDisk) {
        push(riskSignals, 'name', `"${offline.word}" a running ${singular(service)}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `to ${offline.sense.base} ${oneOf(service)} takes it offline for whoever uses it`, riskSignals };
      }
      // On a router or a network controller, a device rebooted or power-cycled, or an interface or a Wi-Fi network switched
      // off ("Enable or disable a Wi-Fi network"), cuts off whoever is connected through it.
      const cutsOff = ev.server.network && (offline !== undefined || (/\b(?:enables? or disables?|disables? or enables?|up or down)\b/.test(desc.lead) && objects.some((o) => SWITCHED_LINKS.has(o))));
      if (cutsOff) {
        push(riskSignals, 'name', 'takes part of a live network down', 'high', 0.35);
        return { risk: 'high', riskWhy: 'it takes part of a live network down (a device restarted, a link or a Wi-Fi network switched off), cutting off whoever is connected through it', riskSignals };
      }
      // A discount anyone can redeem cuts what buyers pay; changing a price or a product on sale in a
      // shop changes what they are charged (a new one charges nobody until it is used, except in a
      // shop, where a product is on sale as soon as it is listed).
      // (…and so does changing prices along with quantities: `bulk_update_price_quantity`.)
      const sold = head !== undefined && SOLD_OBJECTS.has(head) ? head
        : head !== undefined && STOCK_COUNTS.has(head) ? objects.find((o) => o === 'price' || o === 'prices') : undefined;
      const charged = objects.find((o) => DISCOUNTS.has(o)) ?? (sold && ((ev.server.money && changes) || ev.server.shop) ? sold : undefined);
      if (charged) {
        push(riskSignals, 'name', `changes what buyers are charged ("${charged}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes what customers are charged or can buy ("${charged}")`, riskSignals };
      }
      // A payment recorded against an invoice or an order settles it in the books: what is owed changes, though no money moves.
      const settles = (verbs.length > 0 ? verbs : desc.verbs.slice(0, 1)).some((v) => v.sense.base === 'record' || v.sense.base === 'receive' || v.sense.base === 'create' || v.sense.base === 'add')
        ? own.find((o) => o === 'payment' || o === 'payments') : undefined;
      // (…and so does one whose name says what it is recorded against, `crm_recordOrderPayment`, and an order or an invoice
      // marked paid, `shopify_mark_order_paid`: the books say it is settled.)
      const owed = own.find((o) => OWED_DOCUMENTS.has(o));
      const markedPaid = verbs.length > 0 && verbs.every((v) => v.sense.base === 'mark') && ev.name.words.includes('paid') && owed !== undefined;
      if ((settles && (owed !== undefined || /\b(?:against|for) (?:an? |the |one or more )?(?:\w+ )?(?:invoices?|orders?|bills?)\b/.test(desc.lead))) || markedPaid) {
        push(riskSignals, 'name', 'records a payment against what is owed', 'high', 0.35);
        return { risk: 'high', riskWhy: 'it records a payment against an invoice or an order, which settles what is owed in the books', riskSignals };
      }
      // A pay rate, a salary or a garnishment set is what payroll pays (or withholds) each time it runs.
      const pay = changes || verbs.some((v) => v.sense.base === 'create' || v.sense.base === 'add') ? own.find((o) => PAY_TERMS.has(o)) : undefined;
      if (pay) {
        push(riskSignals, 'name', `sets what someone is paid ("${pay}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it sets what someone is paid (${oneOf(pay)}), which each payroll run then pays out or withholds`, riskSignals };
      }
      // A payroll or a pay schedule edited, cancelled, skipped or finalised changes what people are paid, or when, in a run
      // already set up. (A new one waits to be filled in and run; checks printed from one change nothing in it.)
      const payroll = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base) || PAYROLL_CHANGES.has(v.sense.base))
        ? own.find((o, i) => o === 'payroll' || o === 'payrolls' || ((o === 'schedule' || o === 'schedules') && own[i - 1] === 'pay')) : undefined;
      if (payroll) {
        push(riskSignals, 'name', `changes a payroll ("${payroll}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes a payroll already set up (${oneOf(payroll === 'payroll' || payroll === 'payrolls' ? payroll : 'pay schedule')}): what people are paid, or when`, riskSignals };
      }
      // An employee's termination scheduled or changed sets their last day and how their final wages are paid: hard to take back.
      const termination = changes || verbs.some((v) => v.sense.base === 'create' || v.sense.base === 'add') ? own.find((o) => o === 'termination' || o === 'terminations') : undefined;
      if (termination) {
        push(riskSignals, 'name', `schedules someone's leaving ("${termination}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: 'it schedules or changes an employee\'s termination: their last day and their final pay', riskSignals };
      }
      const order = customerOrder(ev, head, own, drafted);
      if (order) {
        push(riskSignals, 'name', `changes a customer's ${order} on a shop`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it creates or changes a customer's ${order} on a shop; a new order or a new status reaches the customer (emails, fulfilment) and the stock`, riskSignals };
      }
      // A reply to a comment, a post or a review on a social network is published under it, for whoever sees the original.
      const repliesPublicly = verbs.some((v) => v.sense.base === 'reply') && objects.some((o) => PUBLIC_THREADS.has(o))
        ? SOCIAL_NETWORKS.exec(`${desc.lead} ${[...ev.server.words].join(' ')}`)?.[0] : undefined;
      if (repliesPublicly) {
        push(riskSignals, 'name', `replies in public on ${repliesPublicly}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it publishes a reply on ${repliesPublicly}, under a comment or a post that others see`, riskSignals };
      }
      // …and so does an edit of a post on a social network, or of one already published: what others see changes at once.
      // (A draft or a scheduled post is seen by no one yet.)
      const editsPost = verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base)) && objects.some((o) => o === 'post' || o === 'posts')
        && !/\b(?:drafts?|scheduled)\b/.test(desc.lead) ? (SOCIAL_NETWORKS.exec(desc.lead)?.[0] ?? /\balready (?:been )?published\b/.exec(desc.lead)?.[0]) : undefined;
      if (editsPost) {
        push(riskSignals, 'description', `edits a post others see ("${editsPost}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it edits a post others already see ("${editsPost}"), which changes what they see at once`, riskSignals };
      }
      // On a telephony platform, a live call is acted on at once: its audio recorded, streamed or transcribed (what the
      // people on it say), or the call redirected, ended, or its conference's participants changed. (A recording or a
      // stream already going, paused or stopped, captures nothing new.)
      const captures = ev.server.telephony && verbs.length > 0 && verbs.every((v) => v.sense.base === 'create' || v.sense.base === 'start')
        ? objects.find((o) => CALL_CAPTURES.has(o)) : undefined;
      const steersCall = ev.server.telephony && verbs.length > 0 && verbs.every((v) => EDITS.has(v.sense.base) || v.sense.base === 'create')
        && objects.length > 0 && LIVE_CALL_PARTS.has(objects[objects.length - 1] as string) ? objects[objects.length - 1] : undefined;
      if (captures || steersCall) {
        const what = captures ? `starts ${oneOf(captures)} of a live call` : `changes a live call's ${steersCall}`;
        push(riskSignals, 'name', what, 'high', 0.35);
        return { risk: 'high', riskWhy: `it ${what}, which reaches the people on the call at once`, riskSignals };
      }
      const halted = haltedRun(verbs, objects);
      if (halted) {
        push(riskSignals, 'name', `"${halted.verb}" ${oneOf(halted.run)} in progress`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: `it stops ${oneOf(halted.run)} in progress, which loses only that run's progress and can be started again`, riskSignals };
      }
      if (live) {
        push(riskSignals, 'name', `changes a live system ("${live}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it changes what a live system does right away ("${live}")`, riskSignals };
      }
      if (desc.overwrites) {
        push(riskSignals, 'description', `description: "${desc.overwrites}"`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it can overwrite existing content ("${desc.overwrites}"), which is hard to undo`, riskSignals };
      }
      // What the text says there is no way to delete once made ("There is no API to delete a media item once uploaded")
      // stays for good: hard to undo.
      const undeletable = verbs.some((v) => ADDITIVE.has(v.sense.base)) ? NO_WAY_TO_DELETE.exec(desc.opening)?.[0] : undefined;
      if (undeletable) {
        push(riskSignals, 'description', `description: "${undeletable}"`, 'high', 0.35);
        return { risk: 'high', riskWhy: `what it adds cannot be deleted afterwards ("${undeletable}"), so it is hard to undo`, riskSignals };
      }
      // A failed post or delivery retried is published or sent again, as the first attempt would have been: outward.
      const retried = acts.length > 0 && acts.every((v) => v.sense.base === 'retry')
        ? [...objects, ...desc.lead.split(/[^a-z]+/).slice(0, 12)].find((w) => RETRIED_SENDS.has(w)) : undefined;
      if (retried) {
        push(riskSignals, 'name', `retries ${oneOf(singular(retried))}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it publishes or sends the failed ${singular(retried)} again, which reaches people outside once it goes through`, riskSignals };
      }
      // A trading position's leverage (or its margin mode) set multiplies what the position can gain and lose: a change to
      // the account's exposure, not a setting of the tool's.
      const leverage = verbs.length > 0 && verbs.every((v) => v.sense.base === 'set' || EDITS.has(v.sense.base))
        && (objects.includes('leverage') || (objects.includes('margin') && objects.includes('mode'))) ? objects.includes('leverage') ? 'leverage' : 'margin mode' : undefined;
      if (leverage) {
        push(riskSignals, 'name', `sets a trading ${leverage}`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it sets the ${leverage} of trading positions, which multiplies what they can gain and lose`, riskSignals };
      }
      // A language-model provider set up or changed (its endpoint, its API key, its limits) decides where every prompt, and
      // the data in it, is sent, and whose key pays for it.
      const modelProvider = verbs.length > 0 && verbs.every((v) => v.sense.base === 'create' || EDITS.has(v.sense.base)) && (head === 'provider' || head === 'providers')
        ? MODEL_PROVIDERS.exec(`${ev.name.words.join(' ')} ${desc.opening}`)?.[0] : undefined;
      if (modelProvider) {
        push(riskSignals, 'name', `sets up or changes a model provider ("${modelProvider}")`, 'high', 0.35);
        return { risk: 'high', riskWhy: `it sets up or changes a language-model provider ("${modelProvider}"), which decides where every prompt and the data in it is sent, and whose key pays`, riskSignals };
      }
      // Setting up an automation or an integration makes something that acts on its own from then on (sends mail, posts
      // events to another service), with no one to approve each act.
      // (…and so does changing or switching on a workflow that already runs by itself; a new one waits to be switched on.)
      const standing = verbs.length > 0 && verbs.every((v) => SETS_GOING.has(v.sense.base)) ? objects.find((o) => STANDING_AGENTS.has(o))
        ?? (verbs.every((v) => v.sense.base !== 'create' && v.sense.base !== 'add') && (head === 'workflow' || head === 'workflows') ? head : undefined) : undefined;
      if (standing) {
        push(riskSignals, 'name', `sets up ${oneOf(standing)} that acts on its own`, 'high', 0.3);
        return { risk: 'high', riskWhy: `it sets up ${oneOf(standing)} (${standing}), which then acts on its own, sending mail or events where no one approves each act`, riskSignals };
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
      // A recording transcribed returns what people said in it, private speech as a call's transcript is.
      if (verbs.length > 0 && verbs.every((v) => v.sense.base === 'transcribe')) {
        push(riskSignals, 'name', 'returns what was said in a recording', 'medium', 0.35);
        return { risk: 'medium', riskWhy: 'it returns what people said in a recording, which can be private conversation', riskSignals };
      }
      // A connection opened with the credentials the caller hands over gives later calls the database's data.
      const store = verbs.some((v) => v.sense.base === 'connect') ? storeConnection(objects, ev) : undefined;
      if (store !== undefined) {
        const handed = params.names.find((n) => CONNECTION_CREDENTIALS.test(flatName(n)));
        if (handed) {
          push(riskSignals, 'parameter', `opens ${withArticle(store)} connection with \`${handed}\``, 'medium', 0.35);
          return { risk: 'medium', riskWhy: `it opens ${withArticle(store)} connection with the credentials it is handed (\`${handed}\`), which gives later calls that ${store}'s data`, riskSignals };
        }
        push(riskSignals, 'name', `opens ${withArticle(store)} connection the server configures`, 'low', 0.3);
        return { risk: 'low', riskWhy: `it only opens a connection to ${withArticle(store)} the server is configured for; no data is read or changed by the call itself`, riskSignals };
      }
      // A check, an analysis or a translation of content the caller hands in (`analyze_env` with the JSON, `audit_mcp_config`
      // with the config: a read that treats what it is given as data), with nothing to fetch it by (no path, URL, id or name),
      // returns what it makes of what the caller already had.
      const handedIn = params.names.find((n) => HANDED_CONTENT.has(flatName(n)));
      if (handedIn && verbs.length > 0 && verbs.every((v) => CODE_AS_DATA.has(v.sense.base)) && !params.names.some((n) => LOCATORS.test(flatName(n)))) {
        push(riskSignals, 'parameter', `works only on the content handed in (\`${handedIn}\`)`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it works only on the content it is handed (\`${handedIn}\`) and returns what it makes of it: nothing the caller did not already have`, riskSignals };
      }
      // A bare name (`get` on a Redis server) leaves the object to the description: "Get value by key".
      // …and so does one that names only how it picks (`search_by_sender`): "Search messages by sender".
      const by = ev.name.words.findIndex((w) => w === 'by' || w === 'from');
      const picked = by >= 0 ? new Set(ev.name.words.slice(by)) : new Set<string>();
      // (…or only which state they are in, `list_scheduled`: "List scheduled emails".)
      const things = own.filter((o) => !picked.has(o) && !STATES.has(o));
      const leadObjects = things.length === 0 && verbs.length > 0 ? objectsInLead(desc.lead, verbs[0] as VerbHit) : [];
      // A database's documents are its records; elsewhere documents are pages (the server's name or the description says which).
      const storeText = `${[...ev.server.words].join(' ')} ${desc.lead}`;
      const dataStore = DATABASES.test(storeText) || DOCUMENT_STORES.test(storeText);
      // On a server of several products, the product a tool's name starts with is its domain (`bugsnag_list_project_errors`
      // on SmartBear's server reads an error tracker).
      // (…and the product's word names where it reads, not what: a bare `outlook_search` searches the mail.)
      // (…even where the server has a domain of its own, unlike the product's: `zoho_list_deals` on a voice-AI server reads a CRM.)
      const named = productDomain(ev.name.words);
      const product = named !== ev.server.domain ? named : undefined;
      const domain = product ?? ev.server.domain;
      // (…and so does the prefix its server puts on every tool's name, where the name has no other object: `booking_search`
      // on a Booking.com server searches hotels.)
      const read = product ? objects.filter((o) => o !== ev.name.words[0]) : objects.length === 1 && objects[0] === ev.server.prefix ? [] : objects;
      const sensed = things.length === 0 && leadObjects.length > 0
        // (…and where the lead's words name nothing sensitive, a bare name still reads what its server holds: `read` on a chat server.)
        ? sensitivityOf(leadObjects, verbs, domain, dataStore) ?? sensitivityOf(read, verbs, domain, dataStore)
        : sensitivityOf(read, verbs, domain, dataStore) ?? loggedInLead(own, desc.lead) ?? environmentVariablesInLead(own, desc.lead) ?? failuresInText(own, desc.opening)
          ?? runDataInText(own, desc.opening, params.names) ?? securityFindingsIn(own, desc.opening, verbs);
      const sens = sensitivityInContext(sensed, { lead: desc.lead, opening: desc.opening, nameWords: ev.name.words, serverWords: ev.server.words, storeText, verbs, billing: ev.server.money !== undefined, network: ev.server.network, invoices: ev.server.invoices, params: params.names, hostsDatabases: ev.server.hostsDatabases, staffsResources: ev.server.staffsResources });
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
      // A payment card's full number with its security code (its CVV), read back, is what anyone needs to pay with the
      // card: a credential. (Only the brand and the last four digits, or a text that says the number is never returned, is not.)
      const cardData = CARD_DATA.exec(desc.opening)?.[0];
      if (cardData && !CARD_DATA_WITHHELD.test(desc.opening)) {
        push(riskSignals, 'description', `returns a payment card's number ("${cardData}")`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it returns a payment card's full number or security code ("${cardData}"), with which anyone can pay`, riskSignals };
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
      // Secrets masked only until the caller asks ("masked by default; pass reveal: true", "values left out unless
      // includeValues") are the caller's to have: a read of secrets.
      const reveals = params.names.find((n) => REVEAL_SWITCHES.test(n));
      if (reveals && (sens?.kind === 'secret' || desc.secrets) && !check) {
        push(riskSignals, 'parameter', `parameter \`${reveals}\` reveals ${desc.secrets ?? sens?.word}`, 'high', 0.4);
        return { risk: 'high', riskWhy: `its \`${reveals}\` parameter makes it return ${desc.secrets ?? SENSITIVITY_WORDS.secret} unmasked`, riskSignals };
      }
      // Secrets named without their values ("Values are never shown", "names only") say which exist, not what they are:
      // nothing in the answer lets anyone in. (16 labelled inventories of secrets: 11 low, 5 medium.)
      const valueless = sens?.kind === 'secret' ? VALUES_WITHHELD.exec(desc.opening)?.[0] : undefined;
      if (valueless) {
        push(riskSignals, 'description', `description: "${valueless}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it names ${SENSITIVITY_WORDS.secret} without their values ("${valueless}"): which exist, not what they are`, riskSignals };
      }
      // A key read that returns only its public half ("Returns public key and metadata (private key is not stored)") hands
      // out nothing secret: a public key is meant to be shared.
      const publicHalf = sens?.kind === 'secret' && head !== undefined && /^keys?$/.test(head) ? PUBLIC_HALF.exec(desc.opening)?.[0] : undefined;
      if (publicHalf) {
        push(riskSignals, 'description', `description: "${publicHalf}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it returns only public keys ("${publicHalf}"), which are meant to be shared`, riskSignals };
      }
      // Design tokens (colours, spacing) share only the word with credentials.
      const design = /\bdesign tokens?\b/.test(`${desc.lead} ${ev.name.words.join(' ')}`);
      // Secrets listed by name with their values masked are an inventory of them, not the secrets (low, as above).
      const masked = MASKED_VALUES.exec(desc.opening)?.[0];
      if (sens?.kind === 'secret' && !mints && !design && masked) {
        push(riskSignals, 'description', `description: "${masked}"`, 'low', 0.4);
        return { risk: 'low', riskWhy: `it lists ${SENSITIVITY_WORDS.secret} ("${sens.word}") by name; the description says "${masked}"`, riskSignals };
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
          push(riskSignals, 'description', `description: "${desc.secrets}", "${hidden}"`, 'low', 0.35);
          return { risk: 'low', riskWhy: `it names ${desc.secrets} without their values ("${hidden}"): which exist, not what they are`, riskSignals };
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
      // Data the description says is open (an open data portal, a public demo account, nothing to sign in with) is anyone's to read.
      const open = sens?.kind !== 'secret' ? OPEN_DATA.exec(desc.opening)?.[0] : undefined;
      if (open) {
        push(riskSignals, 'description', `description: "${open}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `its description says the data is open to anyone ("${open}")`, riskSignals };
      }
      // …and so is what a portal of open data serves (a government's open-data APIs): records published for anyone.
      const portal = sens !== undefined && sens.kind !== 'secret' ? ev.server.openData : undefined;
      if (portal) {
        push(riskSignals, 'server', `server serves "${portal}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `the server is a portal of ${portal}, published for anyone to read`, riskSignals };
      }
      // On a design tool a file, a document or a board is a design: its frames, layers and styles come back, not
      // someone's private files (code taken from the project, or a component's source, is still code).
      const designTool = [...ev.server.words].find((w) => DESIGN_TOOLS.has(w));
      if (designTool && sens !== undefined && DESIGN_FILE_KINDS.has(sens.kind) && !/\b(?:code|source|scripts?)\b/.test(`${ev.name.words.join(' ')} ${desc.lead}`)) {
        push(riskSignals, 'server', `a ${designTool} file is a design`, 'low', 0.35);
        return { risk: 'low', riskWhy: `on a design tool (${designTool}) "${sens.word}" is a design: its frames, layers and styles, not private file contents`, riskSignals };
      }
      // A validation checks what it is given against rules (a post against a platform's limits, member data before it is
      // created) and returns the verdict and the errors, not the records it names; a suggestion works out candidates (a
      // budget to bid, the domain an email address is typed towards) rather than returning what is stored.
      const judges = verbs.length > 0 && verbs.every((v) => v.sense.base === 'validate') ? 'validates'
        : verbs.length > 0 && verbs.every((v) => v.sense.base === 'suggest') ? 'suggests' : undefined;
      if (sens && sens.kind !== 'secret' && judges) {
        push(riskSignals, 'name', `only ${judges} "${sens.word}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: judges === 'validates' ? `it only checks "${sens.word}" against rules and returns the verdict, not the stored records` : `it works out suggestions ("${sens.word}") rather than returning stored records`, riskSignals };
      }
      // A secret the call makes up (a random password, a passphrase, a suggested name) protects nothing until someone
      // sets it somewhere: nothing stored comes back. (A token generator, named as a thing, is a KMS's stored setting.)
      if (sens?.kind === 'secret' && mints && verbs.every((v) => VERBS.get(v.word)?.base === v.sense.base)) {
        push(riskSignals, 'name', `makes up a new "${sens.word}"`, 'low', 0.35);
        return { risk: 'low', riskWhy: `it makes up a new ${sens.word} that protects nothing until someone sets it; no stored secret comes back`, riskSignals };
      }
      if (sens && !(design && sens.kind === 'secret')) {
        const domain = ev.server.domain;
        const onDomain = domain !== undefined && sens.what === DOMAIN_SENSITIVITY[domain].what;
        push(riskSignals, onDomain ? 'server' : 'name', `reads "${sens.word}": ${sens.what}`, 'medium', 0.35);
        return { risk: 'medium', riskWhy: onDomain && domain !== undefined ? `on ${withArticle(domain)} server it returns ${sens.what} ("${sens.word}")` : `it returns ${sens.what} ("${sens.word}")`, riskSignals };
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
      // What the description says belongs to one person ("list addresses for a customer", "jobs for an employee") is that person's record.
      const owned = PERSON_OWNED.exec(desc.lead);
      if (owned && !NOT_OWNED_RECORDS.has(owned[1] ?? '')) {
        push(riskSignals, 'description', `description: "${owned[0]}" (a person's records)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says what it returns belongs to a person ("${owned[0]}"): personal data`, riskSignals };
      }
      // A sign-on link logs in whoever opens it: reading one hands out a login, as reading a password does.
      const signOn = SIGN_ON_LINK.exec(desc.lead)?.[0];
      if (signOn) {
        push(riskSignals, 'description', `description: "${signOn}" (a link that signs in whoever opens it)`, 'high', 0.4);
        return { risk: 'high', riskWhy: `it returns a link that signs in whoever opens it ("${signOn}"), which is a credential`, riskSignals };
      }
      // A mailbox's top senders are the people who write to its owner: part of the private mail, as its messages are.
      const correspondents = MAIL_CORRESPONDENTS.exec(desc.opening)?.[0];
      if (correspondents) {
        push(riskSignals, 'description', `description: "${correspondents}" (who writes to the mailbox)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns who writes to the mailbox ("${correspondents}"), which is part of the private mail`, riskSignals };
      }
      // An ad platform's reporting includes what each campaign spent: financial records.
      const adReporting = AD_REPORTING.exec(desc.opening)?.[0];
      if (adReporting) {
        push(riskSignals, 'description', `description: "${adReporting}" (ad reporting, with what was spent)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns ad reporting ("${adReporting}"), which includes what was spent: financial records`, riskSignals };
      }
      // What the description says comes back decrypted ("Sealed pages are decrypted locally", "handles decryption") was
      // encrypted to keep it private. ("Inspect … without decrypting" returns only what was left in the clear.)
      const decrypted = DECRYPTED.exec(desc.opening)?.[0];
      if (decrypted) {
        push(riskSignals, 'description', `description: "${decrypted}" (content encrypted to keep it private)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says what it returns is decrypted ("${decrypted}"): content someone encrypted to keep private`, riskSignals };
      }
      // A signed (or presigned) URL to download a file opens it for whoever holds the link, no sign-in needed: the file's
      // contents handed out. (A signed URL to upload to takes a file; it hands nothing out.)
      const signedUrl = SIGNED_DOWNLOAD_URL.exec(desc.opening)?.[0];
      if (signedUrl && !/\bupload/.test(desc.lead)) {
        push(riskSignals, 'description', `description: "${signedUrl}" (a link that opens the file to whoever holds it)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `it returns a signed link ("${signedUrl}") that opens the file's contents to whoever holds it`, riskSignals };
      }
      // On a budgeting or bookkeeping app, its accounts, recurring items and budget summaries are someone's money records.
      // (What is measured comes before "by": `spending_by_category` returns spending.)
      const measured = objects.includes('by') ? objects[objects.indexOf('by') - 1] : head;
      const ledgerRecord = ev.server.ledger !== undefined && measured !== undefined && LEDGER_HOLDINGS.has(measured) ? measured : undefined;
      if (ledgerRecord) {
        push(riskSignals, 'server', `"${ledgerRecord}" on a ledger ("${ev.server.ledger}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `on a ledger ("${ev.server.ledger}") its ${ledgerRecord} are financial records`, riskSignals };
      }
      // On a trading venue the trader's own account, its positions and its fills (the trades it made) are money records:
      // `account_get_config`, `get_fills`, Kiwoom's `kiwoom_acnt_*` (계좌, the account). (A public demo account is anyone's:
      // OPEN_DATA has already said so above.) A position size is a sum worked out.
      const traderRecord = ev.server.tradingVenue !== undefined
        ? ev.name.words.find((w, i) => TRADER_RECORDS.has(w) && ev.name.words[i + 1] !== 'size')
        : undefined;
      if (traderRecord) {
        push(riskSignals, 'server', `a trader's "${traderRecord}" on a trading venue ("${ev.server.tradingVenue}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `on a trading venue ("${ev.server.tradingVenue}") a trader's ${traderRecord === 'acnt' ? 'account' : traderRecord} holds their money and what they traded: financial records`, riskSignals };
      }
      // A business contract (an advertiser's, a customer's, a service agreement) holds the parties' commercial terms, and so do
      // its documents, revisions and signature requests. (A smart contract, an API, a code or a Pact contract, an option
      // contract, a contract's templates and a public register's contracts are not that.)
      const contract = ev.name.words.find((w) => w === 'contract' || w === 'contracts');
      const businessContract = contract !== undefined && !CONTRACT_TEMPLATES.has(head ?? '')
        && ![...ev.name.words, ...ev.server.words].some((w) => OTHER_CONTRACTS.has(w)) && !/\b(?:smart contracts?|api contracts?|on-?chain|blockchain|tokens?|public|code)\b/.test(desc.opening);
      if (businessContract) {
        push(riskSignals, 'name', `a business contract ("${contract}")`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: 'it returns a business contract or what belongs to one, which holds the parties\' commercial terms', riskSignals };
      }
      // (…and revenue anywhere in its first sentence, past a colon that ends the lead: "Period-scoped order summary: … plus revenue";
      // the opening's first sentence is the tool's name and title.)
      const money = FINANCIAL_RECORD_WORDS.exec(desc.lead)?.[0] ?? REVENUE_FIGURES.exec(desc.opening.split(/[.!?](?:\s|$)/).slice(0, 2).join(' '))?.[0];
      // (A listed company's or a country's figures, from its filings or the World Bank, are published for anyone to read, and
      // so are a public blockchain's transactions.)
      // (…and "income/expense categories" are the names entries are sorted under, not the entries.)
      const nameAndLead = `${ev.name.words.join(' ')} ${desc.lead}`;
      if (money && !publicMarketData(desc.lead, desc.lead) && !publicChainTransaction(money, `${nameAndLead} ${[...ev.server.words].join(' ')}`, nameAndLead) && !(head !== undefined && MONEY_SORTS.has(head))) {
        push(riskSignals, 'description', `description: "${money}" (financial records)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns financial records ("${money}")`, riskSignals };
      }
      const logs = LOG_RECORD_WORDS.exec(desc.lead)?.[0];
      if (logs && !/\b(?:counts?|number of|how many)\b/.test(desc.lead) && !namesLogFiles(desc.lead)) {
        push(riskSignals, 'description', `description: "${logs}" (logs)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns logs ("${logs}"), which record what users and systems did`, riskSignals };
      }
      // "Returns the verbatim source of the relevant symbols", "returns that file's current on-disk source": code, as a file read returns it;
      // so is a database's stored code ("complete SQL definitions for stored procedures", "a trigger, including its definition").
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
      // (…unless the description says it builds the statement, "Build a SELECT query from table, columns": the text is returned.)
      if (params.tableRows && ev.makesCommand === undefined && !/\b(?:counts?|number of|how many|statistics|stats|keys|structure|schema)\b/.test(desc.lead)) {
        push(riskSignals, 'parameter', `rows of the table in \`${params.tableRows}\``, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `it returns rows of the table named in \`${params.tableRows}\`, which can be personal or business data`, riskSignals };
      }
      // A count of rows is a number, not the rows.
      const rows = /\b(?:counts?|number of|how many)\b/.test(desc.lead) ? undefined : TABLE_ROW_WORDS.exec(desc.lead)?.[0];
      if (rows) {
        push(riskSignals, 'description', `description: "${rows}" (stored records)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `its description says it returns the rows a table stores ("${rows}"), which can be personal or business data`, riskSignals };
      }
      // A search across several kinds of record ("across tickets, customers, and views", "across deals, persons, and
      // organizations") returns whichever matches: where one of them is people, personal data comes back.
      const across = verbs.some((v) => v.sense.base === 'search') ? SEARCHED_ACROSS.exec(desc.lead)?.[1] : undefined;
      const people = across?.split(/[^a-z]+/).find((w) => PEOPLE_RECORDS.has(w));
      if (people) {
        push(riskSignals, 'description', `searches across "${people}" among other records (personal data)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `it searches across several kinds of record, ${people} among them, and returns whichever match: personal data`, riskSignals };
      }
      // A stored record's PDF (an invoice's, a form's, a signing certificate's) is a document of the business's records.
      const record = recordPdf(objects, ev);
      if (record) {
        push(riskSignals, 'name', `${oneOf(record)}'s PDF (a business record)`, 'medium', 0.3);
        return { risk: 'medium', riskWhy: `it returns a stored ${record} as a PDF, a document of the business's records`, riskSignals };
      }
      return { risk: 'low', riskWhy: 'it reads data that is not sensitive by its name', riskSignals };
    }
  }
}
