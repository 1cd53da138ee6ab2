// Word sets and small tests of the evidence that both the category (decide.ts) and the risk
// (risk.ts) read a tool with, so each is written once.
import { CAPACITY_HOLDERS, MESSAGE_BROKER_NAMES, MODEL_PROVIDERS, CODE_TEXTS, COMPUTED, DEPLOYABLE, DESIGN_TOKENS, DESIGN_TOKEN_TEXT, DETACHABLE, EPHEMERAL, LIVE_OBJECTS, RUN_INSTANCES, SESSION_OBJECTS, TRIGGERABLE, VERB_ONLY_BEFORE, VERBS } from './vocabulary.ts';
import type { Category, Risk } from '../labels.ts';
import type { Evidence, VerbHit } from './evidence.ts';
import type { Signal } from './types.ts';

// (…and a tracked error or problem, as an error tracker's issues: resolving it marks it resolved; and so is a conflict
// or a contradiction, a merge's or two memories': resolving it settles which side stands.)
const RESOLVABLE = new Set(['error', 'errors', 'problem', 'problems', 'finding', 'findings', 'task', 'tasks', 'thread', 'threads', 'discussion', 'discussions', 'issue', 'issues', 'comment', 'comments', 'alert', 'alerts', 'incident', 'incidents', 'ticket', 'tickets', 'review', 'conversation', 'annotation', 'annotations', 'feedback', 'conflict', 'conflicts', 'contradiction', 'contradictions']);
/** A browser's cookies: the state a site sets again on the next visit or login, kept by the browser, not a page. */
export const COOKIES = new Set(['cookie', 'cookies']);
/** Deleting these undoes a small additive act (a reaction, a star, an association): re-addable, so a write.
 *  (A link deleted is a record of its own, an issue link or an invitation link with its id, unless the text says it is
 *  only the link between two things: then REMOVES_A_RELATION makes it a write.) */
const READDABLE = new Set([...COOKIES, 'breakpoint', 'breakpoints', 'reaction', 'reactions', 'emoji', 'star', 'stars', 'bookmark', 'bookmarks', 'favorite', 'favorites', 'favourite', 'like', 'likes', 'association', 'associations', 'assignee', 'assignees', 'reviewer', 'reviewers']);
/** A removal of only the relation between two records, as a description states it (the relations of a knowledge graph
 *  are its data: "Delete multiple relations from the knowledge graph"). */
const REMOVES_A_RELATION = /\b(?:remov|delet|unlink|detach)\w* (?:a |an |the |one |this )?(?:single |specific |existing )?(?:[\w-]+ ){0,2}?(?:(?:links?|associations?) (?:between|from)|(?:relationships?|relations?) between)\b/;
/** Verbs that add something new rather than change what exists. */
export const ADDITIVE = new Set(['create', 'add', 'insert', 'register', 'draft', 'copy', 'clone', 'duplicate', 'fork', 'import', 'upload', 'save', 'store', 'index']);
/** Records that "discarded" is a status of: an error group, a background job, an event. */
const DISCARDED_STATES = new Set(['error', 'errors', 'job', 'jobs', 'event', 'events', 'alert', 'alerts']);
/** Acts that halt something in progress. */
export const HALTS = new Set(['cancel', 'abort', 'stop', 'halt', 'interrupt']);
/** Runs of work, which a halt stops without touching what they run. */
const HALTED_RUNS = new Set([...RUN_INSTANCES, 'job', 'jobs', 'pipeline', 'pipelines', 'workflow', 'workflows', 'evaluation', 'evaluations', 'eval', 'simulation', 'simulations']);
/** What is built by running its build steps. */
const BUILT_BY_RUNNING = new Set(['image', 'images', 'container', 'containers', 'dockerfile', 'project', 'projects', 'app', 'apps', 'application', 'applications', 'job', 'jobs', 'pipeline', 'pipelines', 'package', 'packages', 'binary', 'binaries', 'solution', 'target', 'targets', 'sim', 'simulator', 'device', 'website', 'site', 'assets', 'firmware', 'docker', 'workspace', 'scheme', 'macos', 'ios', 'android']);
/** A cache, which is rebuilt from its source. */
export const CACHES = new Set(['cache', 'caches']);
/** Ways of emptying a cache. */
export const CACHE_DISCARDS = new Set(['clear', 'flush', 'purge', 'delete', 'remove', 'invalidate', 'wipe', 'drop', 'reset', 'refresh', 'evict', 'discard']);
/** Acts that tidy a pool of open connections. */
const POOL_CLEANUPS = new Set(['clean', 'cleanup', 'clear', 'flush', 'purge', 'evict', 'reset', 'refresh', 'prune']);
/** Money entries a reversal sends back. */
const REVERSIBLE_MONEY = new Set(['transaction', 'transactions', 'credit', 'credits', 'debit', 'debits']);
/** Objects whose creation or cancellation is a financial act (on a server that handles money). */
export const MONEY_ACTS = new Set(['allowance', 'spending', 'payment', 'payments', 'charge', 'charges', 'refund', 'refunds', 'payout', 'payouts', 'invoice', 'invoices', 'subscription', 'subscriptions', 'transfer', 'transfers', 'purchase', 'purchases', 'order', 'orders', 'autorenewal', 'donation', 'donations', 'checkout', 'bounty', 'bounties', 'prize', 'prizes', 'fee', 'fees', 'escrow', 'mandate', 'mandates', 'margin', 'collateral', 'wire', 'wires', 'withdrawal', 'withdrawals']);
/** Financial papers and settings that create an obligation someone pays later, not a payment now. */
// A payment mandate authorises spending later; signing it is what authorises.
export const OBLIGATIONS = new Set(['invoice', 'invoices', 'item', 'items', 'link', 'links', 'coupon', 'coupons', 'discount', 'discounts', 'promotion', 'promotions', 'quote', 'quotes', 'autorenewal', 'estimate', 'estimates', 'mandate', 'mandates', 'schedule', 'schedules']);
/** Bounded jobs a trigger can start: refreshes, and backups, which copy what is there and change nothing. */
const REFRESHES = new Set(['refresh', 'reload', 'hmr', 'fetch', 'sync', 'scan', 'rescan', 'reindex', 'index', 'import', 'update', 'check', 'backup', 'backups']);
/** What a service issues and then honours: generating one creates a credential (a password or passphrase is only a string). */
const ISSUED_CREDENTIALS = new Set(['token', 'tokens', 'jwt', 'jwts', 'apikey', 'apikeys', 'secret', 'secrets', 'credential', 'credentials', 'keypair', 'keypairs']);
/** A key is a credential when it says what it opens (`api_key`, `access_key`, `anon_key`), or what it encrypts with
 *  (`generate_encryption_keys`, a key pair), not a cache or sort key. */
const CREDENTIAL_KEY_KINDS = new Set(['api', 'access', 'auth', 'anon', 'signing', 'service', 'deploy', 'ssh', 'client', 'encryption', 'kms', 'pair', 'pairs']);
function issuesCredential(objects: readonly string[]): boolean {
  // Design tokens are colours, spacings and icon sizes (`design_tokens`, `generate_icon_tokens`).
  if (objects.some((o, i) => (o === 'token' || o === 'tokens') && DESIGN_TOKENS.has(objects[i - 1] ?? '')) || objects.includes('design')) return false;
  return objects.some((o) => ISSUED_CREDENTIALS.has(o))
    || (objects.some((o) => o === 'key' || o === 'keys') && objects.some((o) => CREDENTIAL_KEY_KINDS.has(o)));
}
/** An identity whose text says it comes with its keys ("a new agent identity with Ed25519 keypair", "a new PI key"):
 *  whoever holds the keys signs as it. */
export function identityWithKeys(objects: readonly string[], lead: string): boolean {
  return objects.some((o) => o === 'identity' || o === 'identities') && /\bkey ?pairs?\b|\bkeys?\b/.test(lead);
}
/** Media a generator makes as a stored asset. */
export const MEDIA = new Set(['image', 'images', 'video', 'videos', 'audio', 'speech', 'voice', 'voices', 'music', 'asset', 'assets', 'thumbnail', 'thumbnails', 'photo', 'photos', 'picture', 'pictures']);
/** What a rollback undoes without losing anything kept: a transaction's uncommitted statements. */
const ROLLED_BACK_CHANGES = new Set(['transaction', 'transactions', 'changes', 'change']);
/** What a rollback throws away: a session's changes, a migration's tables. */
const ROLLED_BACK_HISTORIES = new Set(['session', 'sessions', 'migration', 'migrations']);
/** The parameter a generation model takes what to make from. */
const PROMPT_PARAMS = new Set(['prompt', 'text_prompt', 'textprompt', 'prompts']);
/** What a sync rolls out (Argo CD applications, releases): a deployment. */
const SYNCED_RELEASES = new Set(['application', 'applications', 'app', 'apps', 'release', 'releases', 'environment', 'environments']);
/** Running services: pausing, stopping or restarting one takes it offline for its users. */
export const SERVICES = new Set(['postgres', 'postgresql', 'mysql', 'mariadb', 'mongo', 'mongodb', 'redis', 'compose', 'project', 'projects', 'instance', 'instances', 'vm', 'vms', 'machine', 'machines', 'database', 'databases', 'app', 'apps', 'application', 'applications', 'site', 'sites', 'website', 'websites', 'service', 'services', 'droplet', 'droplets', 'vps', 'host', 'hosts', 'node', 'nodes', 'container', 'containers', 'worker', 'workers', 'function', 'functions']);
/** Verbs that write down that something happened, without doing it (`record_deployment`). */
export const BOOKKEEPING = new Set(['record', 'log', 'note', 'track', 'report', 'mark', 'tag', 'label', 'annotate', 'comment']);
/** Words after which a name qualifies its head noun rather than naming it. */
export const HEAD_BREAKS = new Set(['by', 'for', 'in', 'from', 'with', 'of', 'matching', 'containing', 'where', 'within', 'on', 'per', 'about', 'between', 'since', 'after', 'before']);
/** Advertising and outreach that, once live, reaches the public and spends money. */
export const CAMPAIGNS = new Set(['ad', 'ads', 'adset', 'adsets', 'campaign', 'campaigns', 'adgroup', 'adgroups']);
/** What sets a payroll paying. */
const PAYROLL_RUNS = new Set(['submit', 'run', 'process', 'execute', 'approve']);
/** Reads that return whole records, as they are stored. */
export const LISTINGS = new Set(['list', 'search', 'find', 'query', 'export', 'dump']);
/** Object words that only say "some of it", in what format (raw, MIME) or which version of the API (deprecated, legacy); the noun before them names the thing. */
export const GENERIC_OBJECTS = new Set(['deprecated', 'legacy', 'entry', 'entries', 'data', 'details', 'detail', 'body', 'text', 'mime', 'raw', 'eml', 'list', 'items', 'item', 'all', 'by', 'id', 'ids', 'batch', 'bulk', 'multiple', 'many', 'one', 'single', 'in', 'for', 'of', 'from', 'to', 'with', 'my', 'the', 'a', 'an', 'across', 'new', 'latest', 'recent', 'current', 'local', 'cached', 'delta', 'deltas', 'advanced']);
/** A name's "item", which the description may say is a task, a file or a record (then that decides, not a list's item). */
const ITEMS = new Set(['item', 'items']);
const namesOtherThing = (ev: Evidence, hit: VerbHit) => {
  const first = objectsInLead(ev.description.lead, hit)[0];
  return first !== undefined && !ITEMS.has(first) && !DETACHABLE.has(first);
};
/** "Remove an issue from a cycle", "Remove a project from an access group": a thing taken out of a grouping it belongs to. */
const REMOVED_FROM_GROUPING = /^\W*remove (?:an? |the )?[\w-]+ from (?:an? |the |its )?(?:[\w-]+ )?(?:cycles?|modules?|sprints?|milestones?|groups?|access groups?|segments?|collections?)\b/;
/** "Verify email with the 6-character code", "by confirming the two micro-deposits": a verification completed, not a check. */
const COMPLETES_VERIFICATION = /\bwith (?:the |a |an )?(?:[\w-]+ ){0,2}(?:code|otp|pin)\b|\bby (?:confirming|submitting|entering) (?:the )?(?:[\w-]+ ){0,2}(?:micro-?deposits?|codes?|otp|pin)\b/;
/** "Delete Contact from Workflow": a contact (a lead, a subscriber) taken out of a workflow, a campaign or a sequence it was enrolled in. */
const UNENROLLED = /^\W*delete (?:an? |the )?(?:contacts?|leads?|subscribers?) from (?:an? |the )?(?:[\w-]+ )?(?:workflows?|campaigns?|sequences?|automations?)\b/;
/** A list's entry (`manage-list-entry`, `remove_list_items`): taken off, the record it points at stays. */
const listEntry = (objects: readonly string[]) => objects.some((o) => o === 'list' || o === 'lists') && objects.some((o) => o === 'entry' || o === 'entries' || ITEMS.has(o));
/** Orders a description's opening names ("Batch cancel up to 20 unfilled orders"), not "in order to". */
const LEAD_ORDERS = /(?<!\bin )\borders?\b/;
/** What a test sends a message to: a notification channel, a notifier, a webhook. */
const NOTIFIERS = new Set(['notification', 'notifications', 'notifier', 'notifiers', 'webhook', 'webhooks']);
/** Where a test suite is run: `test_sim`, `test_device`, `test_project`. */
const TEST_TARGETS = new Set(['sim', 'sims', 'simulator', 'simulators', 'device', 'devices', 'emulator', 'emulators', 'macos', 'ios', 'android', 'project', 'projects', 'package', 'packages', 'scheme', 'schemes', 'workspace']);
/** The people of a team, whose removal from it revokes their access (an agent taken out of a team stays as it was). */
export const TEAM_PEOPLE = new Set(['member', 'members', 'user', 'users', 'teammate', 'teammates', 'collaborator', 'collaborators', 'person', 'people']);
const TEAMS = new Set(['team', 'teams']);
/**
 * People whose things are theirs: `athlete_stats` are the athlete's. (A `user` or a `member`, as a
 * modifier, more often names where something is kept: `user_groups`, `member_roles`.)
 */
export const PERSONS = new Set(['contact', 'contacts', 'customer', 'customers', 'person', 'people', 'employee', 'employees', 'contractor', 'contractors', 'patient', 'patients', 'lead', 'leads', 'attendee', 'attendees', 'guest', 'guests', 'recipient', 'recipients', 'subscriber', 'subscribers', 'candidate', 'candidates', 'applicant', 'applicants', 'student', 'students', 'visitor', 'visitors', 'participant', 'participants', 'teammate', 'teammates', 'collaborator', 'collaborators', 'athlete', 'athletes']);

/** The object a name is about: its last word that is not a generic one (`entries`, `by`, `id`), unless kept. */
export function headNoun(objects: readonly string[], keep?: ReadonlySet<string>): string | undefined {
  for (let i = objects.length - 1; i >= 0; i--) {
    const o = objects[i] as string;
    if (!GENERIC_OBJECTS.has(o) || keep?.has(o)) return o;
  }
  return undefined;
}

/** What an ALTER changes the shape of, columns and data with it. */
const ALTERED_TABLES = new Set(['table', 'tables', 'column', 'columns']);
/** A database connection a client keeps: "Remove a database connection from DBX". */
const SAVED_DB_CONNECTION = /\b(?:database|db|sql|saved) connections?\b/;
/** A debugger and the adapters it speaks through: started, they launch and attach to programs. */
const DEBUGGERS = new Set(['debug', 'debugger', 'debugging', 'dap', 'lldb', 'gdb', 'codelldb']);
/** What a server keeps of its own sign-in. */
export const STORED_SIGN_INS = new Set(['auth', 'credentials', 'credential', 'tokens', 'token', 'login', 'session']);
/** Addresses an account rents from its provider: a phone number, a reserved or floating IP. */
const RENTED_ADDRESSES = new Set(['number', 'numbers', 'ip', 'ips', 'ipv4', 'ipv6']);
/** What a deployment tool starts or approves: `start_deploy`, `approve_deploy`. */
const DEPLOYMENTS = new Set(['deploy', 'deploys', 'deployment', 'deployments']);
/** A template in a template language, or the engine that renders it: "a Jinja2 template", "Home Assistant's template engine". */
const TEMPLATE_LANGUAGE = /\b(?:jinja2?|liquid|handlebars|mustache|twig|nunjucks|ejs) templates?\b|\btemplate engine\b/;
/** A description that opens by compressing something kept: "Intelligently compress old context to save space", "Compress
 *  pattern storage", "Compress a PDF file to reduce its size". */
const COMPRESSES_KEPT = /^\W*(?:\w+ly )?compress\w* (?:an? |the |old |all |its )*(?:[\w-]+ )?(?:context|store|storage|pdf|files?|database|db|index|memories|history|vectors)\b/;
/** What a hosting platform runs once made: a service, an app, a worker. */
const HOSTED_APPS = new Set(['service', 'services', 'app', 'apps', 'application', 'applications', 'worker', 'workers']);
/** What it is built from, named: "from a GitHub repository or Docker image", "from a given app spec", "from a template". */
const BUILT_FROM_SOURCE = /\bfrom (?:an? |the |its |given |your )?(?:github |git |gitlab )?(?:repo(?:sitory)?|docker (?:image|compose)|image|app spec|spec|template)s?\b/;
/** Runs that, stopped, are started again as they were: a build, a deployment, a pipeline. */
const RERUNNABLE_RUNS = new Set(['build', 'builds', 'deployment', 'deployments', 'deploy', 'pipeline', 'pipelines']);
/** Language models and their makers, as a tool that calls one names it. */
const LANGUAGE_MODELS = new Set([...MODEL_PROVIDERS, 'llms', 'model', 'models', 'claude', 'chatgpt', 'grok', 'perplexity', 'kimi', 'qwen', 'llama']);
/** The category one action verb points to, given the object it acts on. */
export function verbCategory(hit: { sense: VerbHit['sense'] }, objects: readonly string[], ev: Evidence): Category {
  const s = hit.sense;
  // Requesting a build starts one on the build service, as triggering it does: the project's build scripts run.
  if (s.base === 'request' && objects.some((o) => o === 'build' || o === 'builds')) return 'execute';
  // …and starting or approving a deployment deploys it; a canary deployment approved or rejected is promoted or rolled back.
  // (A deployment request rejected never runs.)
  if ((s.base === 'start' || s.base === 'approve') && objects.some((o) => DEPLOYMENTS.has(o))) return 'execute';
  // Creating a service, an app or a worker from what it is built from (a repository, a Docker image, an app spec, a template)
  // builds it and sets it running, as a deployment does; a bare service or app made empty waits for one.
  if (s.base === 'create' && objects.some((o) => HOSTED_APPS.has(o)) && BUILT_FROM_SOURCE.test(`${ev.name.words.join(' ')} ${ev.description.lead}`)) return 'execute';
  if ((s.base === 'approve' || s.base === 'reject') && /\bcanary (?:version|deployment|release)\b/.test(ev.description.lead)) return 'execute';
  // Loading a file into a table or a database imports it there: a write ("Load a CSV file into DuckDB").
  if (s.base === 'load' && LOADED_INTO.test(ev.description.lead)) return 'write';
  // Generating an image or a video makes a stored asset; generating text only returns it.
  if (s.base === 'generate' && objects.some((o) => MEDIA.has(o))) return 'write';
  // …and so does a model given a prompt to generate the media its description names ("Generate images and videos
  // using xAI's Grok Imagine", `prompt`): a generation job. (A map or a PDF page drawn as an image is only returned.)
  if (s.base === 'generate' && ev.parameters.names.some((n) => PROMPT_PARAMS.has(n.toLowerCase())) && objectsInLead(ev.description.lead, hit).some((o) => MEDIA.has(o))) return 'write';
  // Creating or initiating a cancellation (of a transfer, a booking) cancels it: the cancel rules decide.
  if ((s.base === 'create' || s.base === 'initiate') && objects.some((o) => o === 'cancellation' || o === 'cancellations')) {
    const cancel = VERBS.get('cancel');
    if (cancel) return verbCategory({ sense: cancel }, objects, ev);
  }
  // Rendering a template written in a template language (Jinja2, Liquid, Handlebars) on a service's template engine evaluates
  // its expressions there, against what the service holds: code run, as an expression evaluated is.
  if (s.base === 'render' && TEMPLATE_LANGUAGE.test(ev.description.lead)) return 'execute';
  // Compressing what is kept (stored context, pattern storage, a store, a PDF file) rewrites it smaller where it lives;
  // compressing text or data handed in only returns it smaller.
  if (s.base === 'compress' && COMPRESSES_KEPT.test(ev.description.lead)) return 'write';
  // Generating something the description says it creates ("Creates a collection from the given API specification") makes a stored thing.
  if (s.base === 'generate' && ev.descriptionOpens === 'create') return 'write';
  // Generating a payment or checkout link creates it, as creating one does: someone can pay through it (an obligation).
  if (s.base === 'generate' && objects.some((o) => o === 'link' || o === 'links') && objects.some((o) => o === 'payment' || o === 'checkout')) return 'financial';
  // …and so does generating a file (a test file, docs, rule files, a PDF): it is left behind; a chart or a plan is only returned.
  if (s.base === 'generate' && generatesFile(objects, ev)) return 'write';
  // Generating an access token, a key or a secret creates a credential the service will honour; a random password is only returned.
  // (Only when the name or the title says so: a description's "generates a token" is as often how another action works.)
  // (…and a cluster's kubeconfig generated is its admin credential: "Generate kubeconfig for cluster".)
  // (…and so does an identity generated with its keys: "Generate a new agent identity with Ed25519 keypair".)
  const named = ev.name.verbs.some((v) => v.sense.base === 'generate') || (ev.title?.verbs.some((v) => v.sense.base === 'generate') ?? false);
  const minted = issuesCredential(objects) || objects.includes('kubeconfig') || identityWithKeys(objects, ev.description.lead);
  if (s.base === 'generate' && named && minted && !DESIGN_TOKEN_TEXT.test(ev.description.lead)) return 'write';
  // Discarding an error or a job marks it discarded (no longer collected, not retried): a status, not data thrown away.
  if (s.base === 'discard' && objects.some((o) => DISCARDED_STATES.has(o))) return 'write';
  // Closing an account ends it; closing an issue or a tab does not.
  if (s.base === 'close' && objects.some((o) => o === 'account' || o === 'accounts')) return 'destructive';
  // Clearing the stored sign-in (its credentials, its tokens) signs the server out; signing in again restores it.
  if (s.base === 'clear' && objects.some((o) => STORED_SIGN_INS.has(o))) return 'write';
  // A rented address released (a phone number, a reserved IP) goes back to the provider, for anyone else to take.
  if (s.base === 'release' && objects.some((o) => RENTED_ADDRESSES.has(o))) return 'destructive';
  if (s.base === 'delete' && READDABLE.has(objects[objects.length - 1] ?? '') && !bareAssociation(objects, ev)) return 'write';
  // …and so is a removal the description says takes only a link between two records ("Remove a link between a task and
  // an entity", "Remove a single project association from an issue type scheme"): both records stay.
  if ((s.base === 'delete' || s.base === 'remove') && REMOVES_A_RELATION.test(ev.description.lead)) return 'write';
  // A cache is rebuilt from its source: emptying it, however it is said, loses nothing.
  // (…and so is a cache the description names as what is cleared, "Clear snapshot cache", or what it says is only cached.)
  if (CACHE_DISCARDS.has(s.base) && (objects.some((o) => CACHES.has(o)) || CLEARED_CACHE.test(ev.description.lead))) return 'write';
  // …and so is cleaning up the server's own pool of connections: open sockets, not stored data.
  if (POOL_CLEANUPS.has(s.base) && objects.some((o) => o === 'connection' || o === 'connections')) return 'write';
  // On a debugger, continuing, stepping, restarting or attaching runs (or takes control of) the debugged program.
  // (Attaching one thing to another, "Attach a Sky to an Environment resource", composes them: only attaching to a running
  // program or its debugger takes control of it.)
  const attachesToRun = s.base !== 'attach' || [...objects, ...objectsInLead(ev.description.lead, hit)].some((o) => ATTACHED_RUNS.has(o));
  if (ev.server.debugsPrograms && RUN_CONTROLS.has(s.base) && attachesToRun) return 'execute';
  // …and so they do wherever the description says it is execution that goes on ("Resume execution in debugger", "Continue
  // execution from the current pause point", "Resume one paused thread").
  if (RUN_CONTROLS.has(s.base) && RESUMED_EXECUTION.test(ev.description.lead)) return 'execute';
  // Capturing a note or a journal entry records it; capturing a screenshot or traffic only takes what is there.
  if (hit.sense.base === 'capture' && (objects.some((o) => NOTED.has(o)) || /\bcapture\w* (?:a |an |the )?(?:\w+ )?(?:notes?|entry|entries|journal|ideas?|thoughts?|memos?|tasks?|todos?)\b/.test(ev.description.lead))) return 'write';
  // …and capturing a payment or a charge collects the money authorised for it: a money act (decide.ts weighs it as one).
  if (hit.sense.base === 'capture' && objects.some((o) => CAPTURED_PAYMENTS.has(o))) return 'write';
  // Running a saved question or a dashboard card runs a query someone stored: it returns that query's results.
  if (savedQuery(hit, objects, ev)) return 'read';
  // Opening a pull request, an issue or a ticket files it: a new record others see.
  if (s.base === 'open' && objects.some((o) => FILED_BY_OPENING.has(o))) return 'write';
  // Opening an application (a simulator, an editor) starts a program on the machine; opening a file or a node reads it.
  // …and so does opening something in the user's browser or a program's window ("Open a URL in the user's default browser").
  // (…but an asset, a dock or a script opened in the editor a name starts with is shown there: `editor_open_asset`.)
  const shownInApp = SHOWN_IN_APPS.has(headNoun(objects) ?? '');
  if (LAUNCHES.has(s.base) && ((objects.some((o) => APPLICATIONS.has(o)) && !shownInApp) || ev.description.opensIn !== undefined)) return 'execute';
  // …and so does a bare `open` whose description navigates a browser ("Navigate to a URL, launching a browser if needed").
  if (LAUNCHES.has(s.base) && objects.length === 0 && /\bnavigat\w*\b/.test(ev.description.lead) && /\bbrowser\b/.test(ev.description.lead)) return 'execute';
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
  // Tracking a sale, a lead or an event records it with an analytics or attribution service (tracking a parcel looks it up).
  if (s.base === 'track' && objects.some((o) => TRACKED_EVENTS.has(o))) return 'write';
  // Selecting a project, an account or a notebook makes it the one later calls work on: the session's setting changes.
  // (The server's own name before it, `discourse_select_site`, is no part of what is picked.)
  if (s.base === 'select') {
    const picked = objects.filter((o) => !ev.server.words.has(o));
    if (picksWorkingContext(picked.length > 0 ? picked : objects)) return 'write';
    // …and so does any selection the description says later calls work on, or that is picked to be connected ("Select a
    // specific Facebook Page to connect"); a browser's page or tab picked is only where the agent looks (see risk.ts).
    // (A page picked to be connected is a social account's page, not a browser's: "Select a specific Facebook Page to connect".)
    const later = SELECTED_FOR_LATER.exec(ev.description.lead)?.[0];
    if (later && (later === 'to connect' || !objects.some((o) => VIEW_PARTS.has(o)))) return 'write';
    // …and so does a selection made in an editor (the whole document, the active layer): the next edit applies to it.
    if (EDITOR_SELECTION.test(ev.description.lead)) return 'write';
  }
  // Testing on a simulator, a device or a project runs its test suite there: the project's own code, built and run.
  // (Testing a connection, a rule or a request only checks it.)
  if (s.base === 'test' && objects.some((o) => TEST_TARGETS.has(o))) return 'execute';
  // …but testing a notification channel or a webhook sends it a test message: something leaves, as a send does.
  // (A webhook's signature verified is only checked: the name must say test.)
  if (s.base === 'test' && ev.name.words.includes('test') && objects.some((o) => NOTIFIERS.has(o))) return 'write';
  // Connecting to a database opens a connection later calls use: nothing stored changes.
  if (s.base === 'connect' && storeConnection(objects, ev) && !ev.parameters.names.some((n) => WRITE_GUARDS.test(flatName(n)))) return 'read';
  // Revoking or terminating a paid subscription cancels it (shared/LABELS.md: "cancel subscription" is financial).
  if ((s.base === 'revoke' || s.base === 'terminate') && objects.some((o) => SUBSCRIPTIONS.has(o)) && !listenerSubscription(objects)
    && (ev.server.money || ev.server.shop)) return 'financial';
  // Submitting, running or processing a payroll pays the people on it.
  if (PAYROLL_RUNS.has(s.base) && objects.some((o) => o === 'payroll' || o === 'payrolls')) return 'financial';
  // Converting a value handed in (a time, markup, ids) returns it in another form; converting a stored thing (an issue into a
  // subtask, a contact into an agent, a PDF in a drive into a Google Doc, a table's collation) changes it or makes a new one.
  // (…and so does converting one into a status or a state: "Convert a pull request to draft status".)
  if (s.base === 'convert' && (objects.some((o) => CONVERTED_IN_STORE.has(o)) || CONVERTED_TO_STATUS.test(ev.description.lead))) return 'write';
  // Issuing a gift card or store credit hands out value the shop owes whoever holds it: money, as a refund is.
  if ((s.base === 'create' || s.base === 'issue') && objects.some((o, i) => (o === 'card' || o === 'cards') && objects[i - 1] === 'gift')) return 'financial';
  // Extracting an archive unpacks its files onto the disk; extracting text or data from a page only returns it.
  if (s.base === 'extract' && objects.some((o) => ARCHIVES.has(o))) return 'write';
  // Verifying with a code or by confirming micro-deposits completes a verification (the account, the address is then verified);
  // verifying a signature or an output only checks it.
  if (s.base === 'verify' && COMPLETES_VERIFICATION.test(ev.description.lead)) return 'write';
  // (…and so does verifying a domain with the platform: once its DNS record checks out, the domain is marked verified and
  // put to use. A text that says it only returns the status, or checks, reads it.)
  if (s.base === 'verify' && objects.some((o) => o === 'domain' || o === 'domains') && !/\b(?:returns?|checks?) (?:the |its )?(?:verification )?status\b|\bcheck (?:if|whether)\b/.test(ev.description.opening)) return 'write';
  // Learning about an API reads its docs; a learning system that says it records feedback or runs a training cycle stores it.
  // (…and so does one whose text says it runs a learning cycle or records an experience: "Force an immediate learning cycle".)
  if (s.base === 'learn' && (ev.description.verbs[0]?.sense.category === 'write' || LEARNING_RUNS.test(ev.description.lead))) return 'write';
  // Orchestrating a task across agents or a swarm sets them working on it; orchestrating a workflow of guidance only returns steps.
  if (s.base === 'orchestrate' && /\borchestrat\w*\b[^.]{0,40}\b(?:agents?|swarms?|multi-agent)\b/.test(ev.description.lead)) return 'execute';
  // A delete the description opens by calling a removal from a grouping ("Remove an issue from a cycle") takes the thing out of
  // the cycle, the module or the access group; the thing itself stays.
  if (s.base === 'delete' && ev.descriptionOpens === 'remove' && REMOVED_FROM_GROUPING.test(ev.description.lead) && !/\bpermanent/.test(ev.description.lead)) return 'write';
  // …and so does one that says it takes a contact out of a workflow or a campaign, where the contact is enrolled.
  if (s.base === 'delete' && UNENROLLED.test(ev.description.lead) && !/\bpermanent/.test(ev.description.lead)) return 'write';
  // …and so does one that deletes text inside a document (a range of it, "Delete a range of text inside a Google Doc"): an
  // edit of the document, whose version history keeps what was there.
  if (s.base === 'delete' && objects.some((o) => o === 'text' || o === 'range') && objects.every((o) => TEXT_SPANS.has(o) || ev.server.words.has(o))
    && /\b(?:google )?(?:docs?|documents?)\b/.test(ev.description.lead) && ev.annotations.destructive !== true) return 'write';
  // An extension uninstalled from a browser driven for testing is installed again the same way; its browser is the tool's own.
  if (s.base === 'uninstall' && objects.some((o) => o === 'extension' || o === 'extensions')
    && [...ev.server.words, ...ev.description.lead.split(' ')].some((w) => BROWSERS.has(w))) return 'write';
  // A review that submits a verdict ("submit a PASS / NOT_PASS opinion") records it on the change: a write, as approving one is.
  if (s.base === 'review' && /\bsubmits? (?:a |an |the |your )?(?:[\w/-]+ ){0,3}(?:opinion|verdict|review|approval|decision)\b/.test(ev.description.opening)) return 'write';
  // Input written or sent to a terminal session ("Send keystrokes, commands, or text" to a PTY) is typed into its shell, which runs it.
  if ((s.base === 'write' || s.base === 'send') && objects.some((o) => TERMINALS.has(o)) && /\b(?:keystrokes|commands?|input)\b/.test(ev.description.lead)) return 'execute';
  // Keys sent ("Send a sequence of named keys: enter, escape, tab, ctrl+c") are key presses, as pressing them is: what
  // they do is up to the app or the terminal they land in.
  if (s.base === 'send' && objects.some((o) => KEY_PRESSES.has(o)) && /\b(?:enter|escape|esc|tab|ctrl|shift|alt|backspace|arrow keys?|keystrokes?|keyboard)\b/.test(ev.description.opening)) return 'execute';
  // Formatting code or a query ("Format and prettify SQL queries") rewrites its text in the answer: nothing is stored or run.
  if (s.base === 'format' && objects.length > 0 && objects.every((o) => CODE_TEXTS.has(o))) return 'read';
  // Removing only what has expired ("Remove expired entries from shared memory") clears what can no longer be read:
  // housekeeping, not a loss.
  if (EXPIRED_REMOVALS.has(s.base) && REMOVES_EXPIRED.test(ev.description.lead)) return 'write';
  // Going to a symbol's definition in code (`lsp_goto_definition`, an editor's "go to declaration") finds where it is
  // defined and hands the place back: a lookup, not a page driven.
  if ((s.base === 'goto' || s.base === 'go' || s.base === 'navigate') && objects.some((o) => CODE_LOCATIONS.has(o))) return 'read';
  // Stopping a trading bot's order (`grid_stop_order`, `dca_stop_order`: "Closes or cancels orders", "1=sell") on a server
  // that handles money closes or cancels what it placed: a trading act, as cancelling an order is.
  if (s.base === 'stop' && objects.some((o) => PLACED.has(o)) && ev.server.money) return 'financial';
  if (!s.dependsOnObject) return s.category;
  const has = (set: ReadonlySet<string>) => objects.some((o) => set.has(o));
  switch (s.base) {
    // Taking an entry off a list (a manager's list, a watchlist) leaves the thing itself where it was.
    // (…or off a staging area, or out of a team, a group or a swarm, whose member stays, or off a design's node or layer,
    // where a style or an effect comes off and can be applied again; and "Remove watchers from…"
    // names what is detached after the description's own verb; and a style injected into a browser's window comes off the window.)
    // (A person taken out of a team is another matter: their access to it is revoked, as an org's or a board's member's is.)
    // (Taking the password off a share, "Remove the access password from a Send", opens it to whoever has its link:
    // an access change, and nothing stored is lost.)
    // (A saved database connection is no link between two things: it is a stored profile, with its credentials, that goes.)
    // (A tag or a label removed with nothing it is removed from, only its own id, `tag-remove` with `tagId`, is itself deleted.)
    case 'remove': return SAVED_DB_CONNECTION.test(`${ev.name.words.join(' ')} ${ev.description.lead}`) || removesItself(objects, ev) ? 'destructive' : PASSWORD_TAKEN_OFF.test(ev.description.lead) ? 'write' : has(TEAM_PEOPLE) && (has(TEAMS) || /\bfrom (?:the |a |an |its |your )?(?:\w+ )?teams?\b/.test(ev.description.lead)) ? 'destructive'
      : objects.some((o) => DETACHABLE.has(o) && !(ITEMS.has(o) && namesOtherThing(ev, hit as VerbHit))) || listEntry(objects) || objectsInLead(ev.description.lead, hit as VerbHit).slice(0, 1).some((o) => DETACHABLE.has(o))
      || /\bfrom (?:one of )?(?:the |a |an |its |your )?(?:[\w']+ )?(?:lists?|watchlists?|wishlists?|playlists?|favorites|favourites|bookmarks|pantry|staging area|trash|bin|recycle bin|team|teams|group|groups|swarm|hive|hive-mind|channel|channels|sprint|cycle|node|nodes|element|elements|layer|layers|frame|frames|selection|cache|cart|basket|window|windows|tab|tabs)\b/.test(ev.description.lead) && !/\bpermanent/.test(ev.description.lead)
      // …and so are a shopping cart's lines or items (`remove-cart-lines`): they can be put back, and nothing was ordered.
      || (objects.some((o) => o === 'cart' || o === 'basket') && objects.some((o) => CART_CONTENTS.has(o)))
      // …and so are people taken out of a department, a policy or an audience: they are members of it, not accounts.
      || /\bfrom (?:the |a |an |its |your )?(?:[\w-]+'s )?(?:[\w-]+ ){0,2}(?:departments?|polic(?:y|ies)|segments?|audiences?|cohorts?)\b/.test(ev.description.lead)
      // …and a server taken out of a load balancer's, a firewall's or a pool's rotation keeps running.
      || /\bfrom (?:the |a |an |its |your )?(?:\w+ )?(?:load balancers?|firewalls?|target groups?|security groups?|backend pools?|server pools?|pools?)\b/.test(ev.description.lead)
      || (REMOVED_FROM_GROUPING.test(ev.description.lead) && !/\bpermanent/.test(ev.description.lead)) ? 'write' : 'destructive';
    // …and so is a buffer: "Clear the log buffer" empties what a tool collected in memory, not a stored log.
    case 'clear':
    // …and a session's own log ("Clear the session log and start fresh"): the record of this session's work, not a stored log.
    // So is a setting or an override: clearing it puts the default back.
    // (…unless the text says it clears the data an app holds, "Clear app data": whatever the name calls it, the data goes.)
    case 'flush': return (has(EPHEMERAL) || /\b(?:buffers?|settings?|overrides?|session logs?)\b/.test(ev.description.lead)) && !RESET_CLEARS.test(ev.description.lead) ? 'write' : 'destructive';
    // Cancelling a booking or a meeting ends it for everyone in it, who are told: it cannot be taken back.
    // (Where its text speaks of money, a cancelled booking is a refund or a charge: the money rules decide. A server
    // that also sends invoices does not make a booking's cancellation a payment.)
    // …and so does a cancel that says it deletes the scheduled message or its draft: nothing is left to send later.
    // (…and so is a batch of orders the description names, "Batch cancel up to 20 FUTURES delivery orders".)
    case 'cancel': return (has(MONEY_ACTS) || LEAD_ORDERS.test(ev.description.lead)) && (ev.server.money || ev.server.shop) ? 'financial'
      : ((has(MEETINGS) || (has(EVENTS) && objects.includes('calendar'))) && !ev.description.money)
        || CANCEL_DELETES.test(ev.description.opening) ? 'destructive' : 'write';
    // On a server that handles money (a bank, a wallet, a chain) a transfer moves value.
    // (…but an image, a repository or a ticket handed to another region or owner is that thing moved, not value.)
    case 'transfer': return !has(MOVED_RESOURCES) && (ev.parameters.money || (ev.server.money && !ev.name.words.includes('free')) || has(new Set(['money', 'funds', 'fund', 'payment', 'payments']))) ? 'financial' : 'write';
    // Resetting a sandbox, a database or an environment wipes what it held (and resetting a zone's records to the defaults drops every one added).
    // …and so does a reset that says it clears the data ("Reset the application state (clear data/cache)").
    // (Resetting credentials issues new ones, even a sandbox's: a rotation, not a wipe.)
    case 'reset': return CREDENTIAL_HEADS.has(headNoun(objects) ?? '') ? 'write' : has(WIPED_BY_RESET) || ev.name.words.includes('sandbox')
      // …or its history ("Clear a session's chat history while keeping the same session id").
      || RESET_CLEARS.test(ev.description.lead) ? 'destructive' : 'write';
    // Flashing firmware onto a board or a device replaces what the hardware runs, as a deployment does; a "flash" that is
    // not firmware is a news flash to read, or a device's LED flashed to find it.
    case 'flash': return has(FLASHED) || /\bfirmware\b/.test(ev.description.lead) ? 'execute' : 'read';
    // Booking a flight, a hotel or a ticket buys it: the fare is charged (booking a meeting or a table only holds a time).
    case 'book': case 'reserve': return has(PAID_TRIPS) ? 'financial' : 'write';
    // Subscribing to changes, events or a feed receives notices; subscribing to a plan pays for it.
    // (…and a subscription that only collects what arrives for a while and returns it leaves nothing subscribed: a read.)
    // (…and so does one that receives them until a timeout: "Subscribe to a topic and receive messages", with `timeout`.)
    case 'subscribe': return COLLECTS_FOR_A_WHILE.test(ev.description.opening) || (RECEIVES.test(ev.description.lead) && ev.parameters.names.some((n) => WAITS.test(flatName(n)))) ? 'read' : [...objects, ...ev.description.lead.split(' ')].some((w) => FEEDS.has(w)) ? 'write'
      : ev.server.money || ev.description.money ? 'financial' : 'write';
    // Placing an order or a bet is ordering; placing anything else (a marker, an element) puts it somewhere.
    // Amending a live order (its price or size) on a server that handles money changes a trade, as placing one does.
    // ("Batch amend up to 20 unfilled FUTURES delivery orders": the orders may come later in the sentence.)
    case 'amend': return (has(PLACED) || LEAD_ORDERS.test(ev.description.lead)) && (ev.server.money || ev.description.money) ? 'financial' : 'write';
    case 'place': return has(PLACED) && (ev.server.money || ev.description.money) ? 'financial' : 'write';
    // (On a shop, to order is to buy: `orderCoffee` places an order that is to be paid.)
    case 'order': return ev.server.money || ev.server.shop || ev.description.money ? 'financial' : 'write';
    // Settling a bill, a trade or a balance pays it; what settles by itself (animations, a layout, a queue) only comes to rest.
    case 'settle': return ev.server.money || ev.description.money || ev.parameters.money ? 'financial' : 'write';
    // Withdrawing money takes it out of an account; withdrawing an endorsement, an offer or an application takes back what
    // was put forward.
    case 'withdraw': return has(PUT_FORWARD) || objectsInLead(ev.description.lead, hit).some((o) => PUT_FORWARD.has(o)) ? 'write' : 'financial';
    case 'trade':
    case 'swap':
    case 'checkout': return ev.server.money || ev.description.money ? 'financial' : 'write';
    // Resolving a thread or an incident changes its state; resolving a name to an id only looks it up.
    // …and resolving a charge or an invoice marks it paid: a money act on a server that handles money.
    case 'resolve': return has(RESOLVABLE) ? 'write' : has(SETTLED) && (ev.server.money || ev.server.shop) ? 'financial' : 'read';
    // Restoring a machine's snapshot, a backup or a checkpoint over what runs discards what came after;
    // restoring a document's earlier revision or version keeps the current one in its history.
    case 'restore':
    // (…and so does one the description says is from a backup or a snapshot: "Restore a droplet from a backup/snapshot",
    // "from the most recent cloud backup".)
    case 'revert': return has(RESTORED_OVER) || (has(VERSIONS) && has(LIVE_SYSTEMS)) || /\bfrom (?:a |an |the |its |their )?(?:[\w-]+ ){0,3}(?:backups?|snapshots?|checkpoints?)\b/.test(ev.description.lead) ? 'destructive' : 'write';
    // Starting a search or a scan is that read; starting anything else changes state.
    // (…but starting a debugger or its adapter, `debug_start_lldb_dap`, starts a program that launches and attaches to others.)
    // (A process started, a workflow engine's or the host's, runs what it is made of: its service tasks, its program.)
    case 'start': return has(DEBUGGERS) ? 'execute' : objects.some((o) => VERBS.get(o)?.category === 'read' && VERBS.get(o)?.base === o && !VERB_ONLY_BEFORE.has(o)) ? 'read' : has(TRIGGERABLE) || has(PROCESSES) ? 'execute' : 'write';
    // Building an image, an app or a job runs its build steps (a Dockerfile's RUN lines, build scripts);
    // building a filter, a profile or a report only assembles it.
    // …and building a value (a filter string, an event topic's signature, a risk profile) computes it and hands it back.
    // (…and so does a build whose description names what it builds when the name does not: `ember_build`, "Builds your app".)
    case 'build': return has(BUILT_BY_RUNNING) || (!has(ASSEMBLED_VALUES) && objectsInLead(ev.description.lead, hit).slice(0, 2).some((o) => BUILT_BY_RUNNING.has(o))) ? 'execute' : has(ASSEMBLED_VALUES) ? 'read' : 'write';
    // Indexing a codebase, a repository or documents builds and stores a search index of them.
    // ("indexes" in a description is as often the plural noun: "content from specialized indexes".)
    case 'index': return has(INDEXED) && ev.name.words.includes('index') ? 'write' : 'read';
    // Sorting results already fetched (`booking_sort_results`, "Sort the most recent search results") orders what it returns;
    // sorting a range, a list or a board rearranges what is stored.
    case 'sort': return has(FETCHED_RESULTS) ? 'read' : 'write';
    // Rewriting text handed in ("Rewrite dry text with comedic delivery", with `text`) returns the new text and keeps nothing;
    // rewriting a history (a branch's commits) replaces what was there for good.
    case 'rewrite':
      if (objects.some((o) => REWRITTEN_HISTORIES.has(o))) return 'destructive';
      return REWRITES_GIVEN_TEXT.test(ev.description.lead) && ev.parameters.names.some((n) => GIVEN_TEXT.has(n.toLowerCase())) ? 'read' : 'write';
    // A message consumed from a queue is taken off it, and its consumers never get it; a topic's or a stream's log keeps
    // what is read from it (a Kafka consumer reads at an offset).
    case 'consume': return !has(QUEUES) && (has(LOGGED_STREAMS) || /\b(?:topics?|streams?|partitions?|offsets?)\b/.test(ev.description.lead)) ? 'read' : 'write';
    // Highlighting text in a document marks it there; a highlight on a page element, a scene or a step of the answer only shows it.
    case 'highlight': return has(HIGHLIGHTED_TEXTS) ? 'write' : 'read';
    // Optimizing a table or an index rewrites it in place, and so does a tool that says it applies (or rewrites) its optimizations;
    // otherwise an optimizer works something out (a route, a prompt, a style handed in) and returns it.
    case 'optimize': case 'optimise': return has(STORED_STRUCTURES) || /\b(?:tables?|index(?:es)?|database)\b/.test(ev.description.lead) || ev.descriptionOpens === 'apply' || ev.descriptionOpens === 'rewrite' ? 'write' : 'read';
    // Pulling an image, a model or a branch stores it here; "pull" in a name whose description only
    // fetches ("Fetch release notes from the store") is that read.
    // (…and so is a pull of data that names nowhere it lands, "Pulls the exact transcript of the latest earnings call":
    // it comes back to the caller.)
    case 'pull': return (ev.description.verbs[0]?.sense.category === 'read' && ev.description.verbs[0].sense.base !== 'download')
      || (ev.name.verbs.length === 0 && !has(PULLED_HERE) && !LANDS_HERE.test(ev.description.lead)) ? 'read' : 'write';
    // Running an analysis or an inference computes an answer; running anything else acts.
    // …and (re)running an index rebuilds stored data from what is there: an update, however it is started.
    // (…unless it takes a command to run with it: "The test command to run with Percy".)
    // (…and running a backup makes one: a copy written to where backups are kept.)
    case 'run': return objects[objects.length - 1] === 'index' || has(BACKUPS) ? 'write' : has(COMPUTED) && !ev.parameters.names.some((n) => /command|cmd|script/i.test(n)) ? 'read' : 'execute';
    // Playing a project, a scene or a game from its editor runs it, and playing a recorded action (a macro) runs its steps;
    // playing a sound, a video or an animation only shows or sounds it.
    // (What is played may be named only in the description: `editor_play`, "Play project from editor".)
    case 'play': return has(PLAYED_PROGRAMS) || objectsInLead(ev.description.lead, hit).slice(0, 2).some((o) => PLAYED_PROGRAMS.has(o)) ? 'execute' : 'write';
    // Triggering a bounded refresh (a metadata refresh, a fetch of new data) updates data; triggering anything else runs it.
    case 'trigger': return has(REFRESHES) ? 'write' : 'execute';
    // A snapshot of a machine, a volume or a database is a stored image of it, kept and billed; a snapshot of a page,
    // a screen or a scene hands back what is there.
    case 'snapshot': return has(CAPACITY_HOLDERS) || has(MACHINES) ? 'write' : 'read';
    // Dispatching an order or a parcel marks it sent on its way (a status the buyer sees); dispatching an action or an event runs it.
    case 'dispatch': return has(DISPATCHED_GOODS) ? 'write' : 'execute';
    // Rolling back a transaction undoes uncommitted statements; rolling back a deployment redeploys.
    // …and rolling back a whole session of changes (every object it touched, back to before it began) throws those changes away;
    // so does rolling back a schema migration, whose down step drops the tables and columns it added, with their data.
    // (What is rolled back may be named only where the description's verb acts on it: `execute_rollback`, "Rollback a transaction by its ID".)
    case 'rollback': {
      const rolledBack = actedOn(objects, ev.description.lead, hit);
      const rolls = (set: ReadonlySet<string>) => rolledBack.some((o) => set.has(o));
      return rolls(ROLLED_BACK_CHANGES) ? 'write' : rolls(ROLLED_BACK_HISTORIES) ? 'destructive' : 'execute';
    }
    // Altering a table can drop its columns and their data (ALTER TABLE … DROP COLUMN).
    // (…but an alteration the name says only adds, `alter_table_add_column`, drops nothing.)
    case 'alter': return has(ALTERED_TABLES) && !objects.includes('add') ? 'destructive' : 'write';
    // Syncing an application or a deployment rolls it out; syncing a collection or a folder copies data.
    // Promoting a deployment, a build or a work item moves it through the deploy pipeline: it deploys. Promoting a version,
    // a draft, a prompt or a branch makes it the current one: a write.
    case 'promote': return has(PROMOTED_THROUGH_PIPELINE) ? 'execute' : 'write';
    case 'sync': return has(DEPLOYABLE) || has(LIVE_OBJECTS) || has(SYNCED_RELEASES) ? 'execute' : 'write';
    // Rebuilding or reinstalling a machine puts a fresh disk in place of the old one, and rebuilding a database service
    // (Dokploy's "danger zone": its volumes deleted, then started again) empties it; a certificate or an index is rebuilt.
    case 'rebuild':
    case 'recreate':
    case 'reinstall':
    case 'reimage': {
      // ("Rebuild PostgreSQL indexes": what the description rebuilds may be only an index of the database.)
      const rebuilt = [...objects, ...objectsInLead(ev.description.lead, hit)];
      const emptiesDatabase = s.base !== 'reinstall' && has(DATABASE_SERVICES) && !rebuilt.some((o) => REBUILT_INDEXES.has(o) || REGENERABLE.has(o));
      return has(MACHINES) || emptiesDatabase ? 'destructive' : 'write';
    }
    // Evaluating an expression or a script runs it; evaluating compliance or a model judges it.
    case 'evaluate': return has(CODE_OBJECTS) || ev.parameters.code.some((c) => c.kind !== 'query') ? 'execute' : 'read';
    // Terminating a session ends it; terminating an instance or a process destroys it.
    // (…but an app terminated on a device or a simulator is stopped there: it launches again as installed.)
    case 'terminate': return has(SESSION_OBJECTS) || appOnDevice(objects, ev) ? 'write' : 'destructive';
    // (…and so is one killed: "Kill a running Flutter app", which the description may be the one to name.)
    // (…and a build, a deployment or a pipeline killed is cancelled: it runs again when started again, as a cancelled deployment does.)
    case 'kill': return appOnDevice([...objects, ...objectsInLead(ev.description.lead, hit)], ev) || has(RERUNNABLE_RUNS) ? 'write' : 'destructive';
    // Cleaning build products or a cache throws away what is rebuilt; cleaning a queue or a table loses data.
    // (…and so does a deployment queue cleaned, an application's or a compose service's: the deployments it drops can be triggered again.)
    case 'clean': return has(REGENERABLE) || deploymentQueue(objects) || objects.length === 0 && /\bbuild (?:products|outputs?|artifacts|folder|directory)\b/.test(ev.description.lead) ? 'write' : 'destructive';
    // Splitting a document hands back its parts; splitting a transaction or a cell changes it.
    case 'split': return has(DOCUMENT_FILES) ? 'read' : 'write';
    // Calling a language model (`call-claude`, `call-all-llms`) sends it a prompt and hands back its answer: a read.
    case 'call': return has(LANGUAGE_MODELS) ? 'read' : s.category;
    default: return s.category;
  }
}
/** Orders a shop's customers place. */
// (…and a fulfilment: shipping an order, with its tracking, is what the customer is told of.)
export const ORDERS = new Set(['order', 'orders', 'fulfillment', 'fulfillments', 'fulfilment', 'fulfilments']);
/** Databases by kind or product; a connection to one only opens access for the calls after it. */
export const DATABASES = /\b(?:database|databases|db|spanner|bigquery|redshift|mysql|mariadb|postgres|postgresql|mongo|mongodb|mssql|sql server|sqlserver|sqlite|redis|oracle|clickhouse|snowflake|neo4j|cosmosdb|dynamodb|cassandra)\b/;
/** Parameters that choose whether the connection may write (`readonlyMode`, `allowWrite`, `permissionMode`). */
export const WRITE_GUARDS = /^(?:readonly|readonlymode|allowwrite|allowwrites|writemode|permissionmode|accessmode)$/;

/** Stores of messages and of objects, which a connection reaches as it reaches a database's data. */
const MESSAGE_STORES = new RegExp(`\\b(?:brokers?|${MESSAGE_BROKER_NAMES}|minio|s3)\\b`);
/** The kind of data store a connection opens (a database, a message broker, an object store), if it is one. */
export function storeConnection(objects: readonly string[], ev: Evidence): string | undefined {
  const text = `${objects.join(' ')} ${ev.description.lead} ${[...ev.server.words].join(' ')}`;
  if (DATABASES.test(text)) return 'database';
  const store = MESSAGE_STORES.exec(text)?.[0];
  return store === undefined ? undefined : store === 'minio' || store === 's3' ? 'object store' : 'message broker';
}

/** A reset's first sentence that says it clears the data or a history ("clear data/cache", "clear a session's chat history"). */
const RESET_CLEARS = /\b(?:clear|clears|clearing|erase|erases|wipe|wipes|delete|deletes) (?:all |its |the |a |an )?(?:\w+'s )?(?:app |user |chat |conversation |message )?(?:data|history)\b/;
/** What a learning system does that changes what it knows: a learning cycle run, an experience recorded. */
const LEARNING_RUNS = /\blearning cycle\b|\brecords? (?:a |an |the )?(?:learning )?experiences?\b/;
/** What a reset issues anew rather than wipes. */
export const CREDENTIAL_HEADS = new Set(['credential', 'credentials', 'password', 'passwords', 'key', 'keys', 'token', 'tokens', 'secret', 'secrets', 'apikey']);

/** An app on a phone, a device or a simulator, as a tool's name, text or server says. */
function appOnDevice(objects: readonly string[], ev: Evidence): boolean {
  return objects.some((o) => o === 'app' || o === 'apps' || o === 'application')
    && /\b(?:simulators?|emulators?|devices?|mobile|ios|android|iphone|phone|flutter|react native)\b/.test(`${objects.join(' ')} ${ev.description.lead} ${[...ev.server.words].join(' ')}`);
}

/** A paused program's execution, said to go on: "resume execution", "continue script execution", "resume one paused thread". */
const RESUMED_EXECUTION = /\b(?:resum|continu|restart)\w* (?:the )?(?:script |program )?execution\b|\b(?:resum|continu)\w* (?:one |a |the )?paused (?:thread|program|script|process)\b|\bcontinue (?:the |a )?debug(?:ging)? session\b/;
/** What a debugger attaches to: a running program, its process, a debug target or session. */
const ATTACHED_RUNS = new Set(['process', 'processes', 'program', 'debug', 'debugger', 'lldb', 'gdb', 'sim', 'simulator', 'emulator', 'debuggee', 'session', 'target', 'pid', 'app', 'application', 'runtime', 'game', 'node', 'browser', 'instance', 'adapter', 'dap', 'remote', 'running']);
/** What a debugger does to the program it debugs; the first three only advance it, with its own code. */
const RUN_CONTROLS = new Set(['continue', 'resume', 'step', 'restart', 'attach']);
/** What a reset wipes: the data a sandbox, a database or a machine holds, what a system has learned (its training, its
 *  knowledge), or what was recorded (a journal, a log, a history). */
const WIPED_BY_RESET = new Set(['sandbox', 'sandboxes', 'database', 'databases', 'db', 'environment', 'workspace', 'filesystem', 'vm', 'instance', 'machine', 'container', 'data', 'records', 'zone', 'system', 'state', 'intelligence', 'learning', 'learnings', 'training', 'knowledge', 'journal', 'journals', 'log', 'logs', 'history']);
/** Readings of the text that both the category and the risk depend on. */
export interface Findings {
  /** Credentials the call obtains: a code exchanged for tokens, or a URL minted with its own credentials. */
  credentials: string | undefined;
  /** A prompt sent to a language model. */
  model: string | undefined;
  /** Automatic charges set up (an auto-refill, autopay). */
  autoCharge: string | undefined;
  /** What the description says is billed from its creation ("THIS COSTS MONEY"): a resource rented (known once the category step has looked). */
  rented?: string | undefined;
  /** An AI agent set going (known once the category step has looked). */
  agent?: { why: string; host: boolean } | undefined;
  /** Code the caller names, installed to run on this machine (known once the category step has looked). */
  installs?: string | undefined;
  /** A program the caller writes (JavaScript, a shader), run to render it in the client's view. */
  rendersProgram: string | undefined;
  /** The command a service is started with, set by an edit of its settings (known once the category step has looked). */
  startCommand?: string | undefined;
  /** A game bot's act in the game world, by the verb its name opens with (known once the category step has looked). */
  gameAct?: string | undefined;
  /** Code kept in the thing the tool creates or edits, by its parameter (known once the category step has looked). */
  storesCode?: string | undefined;
  /** A search, a scan or a crawl a read-named tool sets going on the server (known once the category step has looked). */
  startsJob?: string | undefined;
}
/** Results a search or a query brought back, which sorting only orders. */
const FETCHED_RESULTS = new Set(['result', 'results', 'hits', 'matches']);
/** What a shopping cart holds: its lines and items. */
const CART_CONTENTS = new Set(['line', 'lines', 'item', 'items', 'product', 'products']);
/** A description that opens by rewriting text ("Rewrite dry text…"), and the parameters that hand the text in. */
const REWRITES_GIVEN_TEXT = /^\W*rewrites? (?:the |this |some |your |given |supplied |dry |plain )*(?:\w+ )?text\b/;
const GIVEN_TEXT = new Set(['text', 'content', 'input', 'message', 'prompt']);
/** What a rewrite replaces for good: a branch's history, its commits. */
const REWRITTEN_HISTORIES = new Set(['history', 'histories', 'commit', 'commits']);
/** What shows what the caller's program draws. */
const RENDER_VERBS = new Set(['render', 'show', 'display', 'draw', 'play']);
/** Programming languages and shaders, as opposed to a diagram's or a document's markup (Mermaid, Markdown). */
const PROGRAM_WORDS = /\b(?:javascript|three(?:\.| )?js|typescript|glsl|shaders?|webgl|p5(?:\.| )?js)\b/;

/** The parameter holding a program the caller writes that the tool runs to render it (`code` of "custom Three.js code",
 *  a `fragmentShader`), or undefined. */
export function rendersProgram(ev: Evidence): string | undefined {
  const verbs = ev.name.verbs.length > 0 ? ev.name.verbs : ev.description.verbs.slice(0, 1);
  if (verbs.length === 0 || !verbs.every((v) => RENDER_VERBS.has(v.sense.base))) return undefined;
  if (!PROGRAM_WORDS.test(ev.description.lead)) return undefined;
  return ev.parameters.code.find((c) => c.kind === 'code')?.name ?? ev.parameters.names.find((n) => /shader/i.test(n));
}

/** A parameter's name as its words run together (`tool_name`, `toolName` → `toolname`), to look up in a set or pattern. */
export const flatName = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/** What is scaled by working out new numbers, not by changing anything stored or running. */
const SCALED_AMOUNTS = new Set(['recipe', 'recipes', 'ingredient', 'ingredients', 'quantity', 'quantities', 'amount', 'amounts', 'serving', 'servings', 'portion', 'portions']);
/** Verbs of arithmetic, which compute when their objects are numbers. */
const ARITHMETIC = new Set(['add', 'sum', 'subtract', 'multiply', 'divide']);
/** What a database keeps on disk, which an optimize rewrites, and whose schema every entry fills in (a Notion data source too). */
export const STORED_STRUCTURES = new Set(['table', 'tables', 'index', 'indexes', 'indices', 'database', 'databases', 'collection', 'collections', 'db', 'datasource', 'datasources']);
/** What a tool indexes for search, storing the index. */
const INDEXED = new Set(['codebase', 'codebases', 'repository', 'repositories', 'repo', 'repos', 'directory', 'folder', 'files', 'file', 'documents', 'document', 'docs', 'site', 'website', 'url', 'urls', 'project', 'content', 'pages', 'page', 'code', 'source', 'corpus', 'corpora', 'artifact', 'artifacts', 'context', 'knowledge']);
/** What a restore puts back over everything that came after it. */
const RESTORED_OVER = new Set(['snapshot', 'snapshots', 'backup', 'backups', 'checkpoint', 'checkpoints']);
const VERSIONS = new Set(['version', 'versions', 'revision', 'revisions']);
/** Systems whose earlier version, put back, replaces what runs (not a document's history). */
const LIVE_SYSTEMS = new Set(['server', 'servers', 'vm', 'instance', 'instances', 'database', 'databases', 'db', 'cluster', 'deployment', 'deployments', 'service', 'services', 'function', 'functions', 'environment', 'container', 'volume', 'disk', 'machine', 'app', 'application']);
export function completesDraftOrder(objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return objects.some((o) => o === 'draft' || o === 'drafts') && objects.some((o) => o === 'order' || o === 'orders')
    && [...verbBases].some((b) => b === 'complete' || b === 'finalize' || b === 'finalise');
}
/** A bare association, no thing named before it and no "between": a CRM's association is a relationship type between
 *  record types, and deleting it deletes every relation made with it. */
function bareAssociation(objects: readonly string[], ev: Evidence): boolean {
  const at = objects.findLastIndex((o) => o === 'association' || o === 'associations');
  return at >= 0 && objects.slice(0, at).every((o) => ev.server.words.has(o)) && !/\bbetween\b/.test(ev.description.lead);
}
/** Resources that a transfer moves to another region, project or owner: no value changes hands. */
export const MOVED_RESOURCES = new Set(['image', 'images', 'snapshot', 'snapshots', 'droplet', 'droplets', 'volume', 'volumes', 'repository', 'repositories', 'repo', 'repos', 'project', 'projects', 'issue', 'issues', 'ticket', 'tickets', 'file', 'files', 'folder', 'folders', 'document', 'documents', 'ownership', 'container', 'containers', 'conversation', 'conversations', 'call', 'calls', 'chat', 'chats', 'workspace', 'workspaces', 'board', 'boards', 'task', 'tasks', 'contact', 'contacts', 'lead', 'leads']);
/** Keys pressed on a keyboard, by the things a tool sends. */
const KEY_PRESSES = new Set(['key', 'keys', 'keystroke', 'keystrokes', 'keypress', 'keypresses']);
/** Sessions whose input a shell reads as commands. */
const TERMINALS = new Set(['pty', 'ptys', 'tty', 'terminal', 'terminals', 'shell', 'repl']);
/** Goods a shop dispatches to a buyer. */
const DISPATCHED_GOODS = new Set(['order', 'orders', 'shipment', 'shipments', 'parcel', 'parcels', 'package', 'packages', 'delivery', 'deliveries', 'fulfillment', 'fulfilment']);
/** Subscriptions, paid or to a feed. */
export const SUBSCRIPTIONS = new Set(['subscription', 'subscriptions']);
/** What one subscribes to in order to receive notices, not to pay for a service. */
export const FEEDS = new Set(['message', 'messages', 'change', 'push', 'rss', 'notification', 'notifications', 'webhook', 'webhooks', 'event', 'events', 'topic', 'topics', 'alert', 'alerts', 'feed', 'feeds', 'newsletter', 'channel', 'channels', 'changes', 'updates', 'realtime', 'stream', 'streams']);
/** A subscription named by what it listens for (`ebay_create_notification_subscription`) moves no money. */
export function listenerSubscription(objects: readonly string[]): boolean {
  const at = objects.findIndex((o) => SUBSCRIPTIONS.has(o));
  return at > 0 && FEEDS.has(objects[at - 1] as string);
}
/** Where consumed messages wait to be taken, and logs that keep them for every reader. */
const QUEUES = new Set(['queue', 'queues', 'dlq']);
const LOGGED_STREAMS = new Set(['topic', 'topics', 'stream', 'streams', 'partition', 'partitions', 'log']);
/** What a highlight marks for good: a span of a document. */
const HIGHLIGHTED_TEXTS = new Set(['text', 'texts', 'range', 'ranges', 'passage', 'passages', 'sentence', 'sentences', 'paragraph', 'paragraphs', 'cell', 'cells', 'pdf', 'note', 'notes', 'bookmark', 'bookmarks']);
/** What of a document's text a deletion takes: a span of it (`delete_text_in_doc`). */
const TEXT_SPANS = new Set(['text', 'range', 'in', 'doc', 'document', 'content']);
/** Archives, which an extraction unpacks into files. */
const ARCHIVES = new Set(['archive', 'archives', 'zip', 'zips', 'tarball', 'tarballs', 'tar']);
/** Stored things a conversion changes or makes (`linear_convertIssueToSubtask`, `convertPdfToGoogleDoc`, `mysql_collation_convert`). */
const CONVERTED_IN_STORE = new Set(['issue', 'issues', 'subtask', 'subtasks', 'draft', 'frame', 'contact', 'contacts', 'lead', 'leads', 'agent', 'agents', 'collation', 'table', 'tables', 'doc', 'docs', 'sheet', 'sheets', 'folder']);
/** A conversion into a status or a state: "Convert a regular pull request to draft status". */
const CONVERTED_TO_STATUS = /\bconverts? (?:an? |the )?[\w ]{1,30}? (?:to|into) (?:an? |the )?\w+ (?:status|state)\b/;
/** Acts that set fees: creating, changing or accepting them. */
const FEE_SETTERS = new Set(['create', 'update', 'set', 'configure', 'change', 'edit', 'accept', 'upsert', 'add']);
/** Where a load puts what it reads: a table, a database, an index, or a scene's node ("Load a texture onto a Sprite2D node"). */
const LOADED_INTO = /\b(?:into|onto) (?:a |an |the |your )?(?:\w+ )?(?:tables?|database|db|duckdb|sqlite|postgres|index|collection|dataset|warehouse|bucket|node|scene)\b/;
/** A subscription that hands over what arrives in the same call ("…and receive messages"), and the wait it takes for it. */
const RECEIVES = /\band (?:receives?|collects?|reads?) (?:the )?(?:incoming |new )?(?:messages|events|updates|notifications)\b/;
const WAITS = /^(?:(?:timeout|duration|wait)(?:ms)?|seconds)$/;
/** A listen that ends by itself and hands back what it heard: "collect messages for a specified duration (1-30s)". */
const COLLECTS_FOR_A_WHILE = /\bcollects? (?:the )?(?:messages|events|updates|notifications) for (?:a |the )?(?:specified |given |set |short )?(?:duration|time|period|number of seconds)\b/;
/** A password or a protection taken off something that stays: "remove the access password from a Send". */
const PASSWORD_TAKEN_OFF = /\bremoves? (?:the |its |an? )?(?:access |link |share )?(?:password|passcode|password protection) from\b/;
/** A cancel's text saying it deletes what was to be sent: "to delete a scheduled email message", "deletes the associated draft". */
const CANCEL_DELETES = /\b(?:deletes?|deleting) (?:a |an |the |its |this |that )?(?:associated |scheduled |queued |pending )*(?:email |sms |text |chat )?(?:messages?|drafts?|emails?)\b/;
/** Events: a calendar's are meetings (called off when cancelled), a build's are its log. */
export const EVENTS = new Set(['event', 'events']);
/** Appointments with other people, which a cancellation ends for all of them. */
const FLASHED = new Set(['firmware', 'bootloader', 'rom', 'eeprom', 'sketch']);
const PAID_TRIPS = new Set(['flight', 'flights', 'hotel', 'hotels', 'ticket', 'tickets', 'trip', 'trips', 'fare', 'fares', 'tour', 'tours', 'cruise', 'cruises', 'stay', 'stays']);
const MEETINGS = new Set(['booking', 'bookings', 'appointment', 'appointments', 'reservation', 'reservations', 'meeting', 'meetings']);
/** What resolving settles: a charge or an invoice marked paid. */
const SETTLED = new Set(['charge', 'charges', 'invoice', 'invoices', 'payment', 'payments']);
/** Reports and summaries, which hold the figures of what they report on (`sales_report`, `revenue_summary`). */
export const REPORTS = new Set(['report', 'reports', 'summary', 'summaries', 'analytics', 'stats', 'statistics', 'overview', 'breakdown', 'trends', 'metrics', 'kpis']);
/** A cache named as what a clear or a flush empties: "Clear snapshot cache", "clears all server-side cache". */
// (…or what is only cached: "clear cached credentials" signs out, the credentials stay where they are kept; "Discards cached field values".)
const CLEARED_CACHE = /\b(?:clear|flush)(?:s|es)?\b(?: (?!data\b|files?\b|records?\b|and\b)[\w-]+){0,3} caches?\b|\b(?:clear|flush|purge|discard|invalidate|evict)(?:s|es)? (?:the |any |all )?cached\b/;
/** What a language model completes (`chat_complete`, `complete_prompt`). */
const MODEL_COMPLETED = new Set(['chat', 'prompt', 'prompts', 'text', 'completion', 'completions', 'sentence']);
/** What tracking records rather than looks up: an event, a sale, a lead, a conversion. */
const TRACKED_EVENTS = new Set(['event', 'events', 'sale', 'sales', 'lead', 'leads', 'conversion', 'conversions', 'activity', 'activities', 'engagement', 'beacon', 'pageview', 'pageviews', 'signup', 'signups', 'purchase', 'purchases']);
/** What a promotion moves through a deploy pipeline (a deployment to production, a DevOps work item to its next stage). */
const PROMOTED_THROUGH_PIPELINE = new Set(['deployment', 'deployments', 'deploy', 'build', 'builds', 'release', 'releases', 'work', 'item', 'items', 'stage', 'agent', 'agents', 'service', 'services', 'app', 'apps', 'environment']);
/** What a description says of a selection that later calls work on, or that is picked to be connected. */
const SELECTED_FOR_LATER = /\b(?:subsequent|later|following) (?:[\w-]+ ){0,2}(?:calls?|tools?|interactions?|executions?|requests?)\b|\bto connect\b|\b(?:switch|set)\w* (?:the )?active\b|\bas the (?:active|default)\b/;
/** A selection made or changed in an editor, of its content: "Select the entire document", "Select the active layer",
 *  "Create a rectangular pixel selection" (not what is done to what it holds: "Fill the current pixel selection"). */
export const EDITOR_SELECTION = /^\s*select (?:the )?(?:entire|whole) (?:document|canvas|image|layer)\b|^\s*select (?:the )?active (?:layer|node|object|shape)s?\b|^\s*(?:create|make|contract|expand|feather|grow|shrink|invert|smooth)\w*\b[^.]{0,40}?\bpixel selections?\b/;
/** What picking one of makes it the one later steps act on: a driven browser's tab, page or window. */
export const VIEW_PARTS = new Set(['tab', 'tabs', 'page', 'pages', 'window', 'windows']);
/** What a session works in, picked once for the calls that follow (`select_project`, `select-account`, and a session's
 *  defaults, `session_set_defaults`: the project, scheme or device later calls assume). */
export const WORKING_CONTEXTS = new Set(['defaults', 'worktree', 'instance', 'project', 'account', 'notebook', 'workspace', 'organization', 'organisation', 'org', 'team', 'tenant', 'board', 'profile', 'environment', 'context', 'database', 'site', 'space', 'store', 'shop', 'repository', 'repo', 'root', 'dir', 'directory', 'cwd']);
export const CONTEXT_QUALIFIERS = new Set(['active', 'current', 'default', 'session', 'working']);
// (A git repository or worktree, and the running instance of an app later calls are routed to, are worked in too:
// `git_select_worktree`, `godot_select_instance`.)
export function picksWorkingContext(objects: readonly string[]): boolean {
  return objects.some((o) => WORKING_CONTEXTS.has(o)) && objects.every((o) => WORKING_CONTEXTS.has(o) || CONTEXT_QUALIFIERS.has(o) || o === 'git');
}
/** A run or an execution of a stored query (a BI tool's saved question or card), with no query of the caller's. */
export function savedQuery(hit: { sense: VerbHit['sense'] }, objects: readonly string[], ev: Evidence): string | undefined {
  if (hit.sense.base !== 'execute' && hit.sense.base !== 'run') return undefined;
  if (ev.parameters.code.length > 0) return undefined;
  // (…and so is a query picked by its id, with no query text of the caller's, that runs read-only: "queries run in read-only transactions".)
  const readOnly = ev.annotations.readOnly === true || ev.description.readOnlyClaim !== undefined;
  const head = objects[objects.length - 1];
  const queryText = ev.parameters.names.some((n) => QUERY_TEXTS.test(flatName(n)));
  return objects.find((o) => SAVED_QUERIES.has(o))
    ?? (ev.parameters.picksById && readOnly && !queryText && (head === 'query' || head === 'queries') ? head : undefined);
}
const SAVED_QUERIES = new Set(['question', 'questions', 'card', 'cards', 'savedquery', 'savedsearch']);
/** Parameters that carry the text of a query, not its id. */
const QUERY_TEXTS = /^(?:query|queries|sql|expression|statement|q|querytext|querystring)$/;
/** What one writes down by capturing it. */
const NOTED = new Set(['note', 'notes', 'entry', 'entries', 'journal', 'idea', 'ideas', 'thought', 'thoughts', 'memo', 'memos', 'task', 'tasks', 'todo', 'todos']);
/** Where a symbol of code is defined or used, as a language server finds it. */
const CODE_LOCATIONS = new Set(['definition', 'definitions', 'declaration', 'declarations', 'implementation', 'implementations', 'references', 'symbol', 'symbols']);
/** What is put forward and can be taken back: withdrawing it is no money act. */
const PUT_FORWARD = new Set(['endorsement', 'endorsements', 'offer', 'offers', 'application', 'applications', 'request', 'requests', 'vote', 'votes', 'consent', 'invitation', 'invitations', 'proposal', 'proposals', 'submission', 'submissions', 'nomination', 'nominations', 'support', 'listing', 'listings']);
/** A process: a workflow engine's (BPMN) or the host's. */
const PROCESSES = new Set(['process', 'processes']);
/** What is run when it is played: a project, a scene, a game or its world from its editor, a recorded action or macro. */
const PLAYED_PROGRAMS = new Set(['project', 'scene', 'game', 'world', 'action', 'actions', 'macro', 'macros']);
/** What a payment processor holds on a card until it is captured: the payment, the charge, its authorisation. */
const CAPTURED_PAYMENTS = new Set(['payment', 'payments', 'charge', 'charges', 'authorization', 'authorizations', 'authorisation', 'authorisations']);
/** Verbs that start a program (starting an application on a platform starts a service), and the installed programs they start (not a project's own code, not a driven browser). */
export const LAUNCHES = new Set(['open', 'launch']);
/** What is placed when placing is ordering. */
const PLACED = new Set(['order', 'orders', 'bet', 'bets', 'trade', 'trades', 'hedge', 'hedges']);
/** Values a tool assembles and returns when it "builds" them (a context packet, a report or a summary among them). */
const ASSEMBLED_VALUES = new Set(['filter', 'filters', 'query', 'queries', 'profile', 'topic', 'signature', 'string', 'url', 'uri', 'payload', 'expression', 'hash', 'selector', 'regex', 'prompt', 'locator', 'packet', 'packets', 'context', 'report', 'summary']);
/** What an evaluation computes rather than runs. */
const ARITHMETIC_OBJECTS = new Set(['math', 'formula', 'formulas', 'equation', 'equations', 'arithmetic']);
/** Records others edit, which one watches to be told of changes. */
// (A mailbox or a calendar watched gets a push-notification channel registered for its changes.)
const WATCHED_RECORDS = new Set(['issue', 'issues', 'ticket', 'tickets', 'card', 'cards', 'repo', 'repos', 'repository', 'repositories', 'thread', 'threads', 'pr', 'prs', 'story', 'stories', 'task', 'tasks', 'mailbox', 'inbox', 'calendar', 'calendars']);
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
/** Marks put on things, which a remove takes off them unless nothing they are on is named. */
const TAGS = new Set(['tag', 'tags', 'label', 'labels']);
/** A tag or a label removed by its own id or name alone: nothing it could be taken off is named. */
function removesItself(objects: readonly string[], ev: Evidence): boolean {
  const own = objects.filter((o) => !ev.server.words.has(o));
  if (own.length === 0 || !own.every((o) => TAGS.has(o))) return false;
  // (Its own id or name: `tagId`, `labelIds`, `tagName`.)
  const ownNames = new Set(own.flatMap((o) => ['id', 'ids', 'name'].map((end) => `${o.replace(/s$/, '')}${end}`)));
  const names = ev.parameters.names.map(flatName);
  return names.length > 0 && names.every((n) => ownNames.has(n));
}
/** What a queue of deployments is named by: the deployments themselves, or the application or compose service deployed. */
const DEPLOYMENT_QUEUE_OWNERS = new Set(['deployment', 'deployments', 'application', 'applications', 'compose']);
/** A queue of deployments: named so (`cleanAllDeploymentQueue`), or the queue of an application or a compose service. */
function deploymentQueue(objects: readonly string[]): boolean {
  return objects.some((o) => o === 'queue' || o === 'queues') && objects.some((o) => DEPLOYMENT_QUEUE_OWNERS.has(o));
}
/** What a backup run makes. */
const BACKUPS = new Set(['backup', 'backups']);
/** What an application shows when it is told to open it: an asset, a dock, a script, a scene, a file or a table. */
const SHOWN_IN_APPS = new Set(['asset', 'assets', 'dock', 'docks', 'panel', 'panels', 'script', 'scripts', 'scene', 'scenes', 'file', 'files', 'table', 'tables']);
// (A HarmonyOS app is launched by one of its abilities.)
export const APPLICATIONS = new Set(['app', 'apps', 'application', 'applications', 'ability', 'abilities', 'editor', 'ide', 'simulator', 'simulators', 'sim', 'sims', 'emulator', 'emulators', 'devtools']);
/** What a generator leaves behind as a file, by the thing it names (`generate_docs`, `generate_skill`). */
// (Not tests on their own: "Generate component tests following best practices" hands them back as text.)
const GENERATED_FILES = new Set(['file', 'files', 'pdf', 'pdfs', 'doc', 'docs', 'documentation', 'rules', 'skill', 'skills', 'config', 'helpers', 'artifacts', 'artifact', 'scaffold', 'boilerplate']);

/** A generator whose product is a file it leaves behind: the head of its name, or what its description's opening says it generates. */
export function generatesFile(objects: readonly string[], ev: Evidence): boolean {
  const head = headNoun(objects);
  return ((head !== undefined && GENERATED_FILES.has(head)) || ev.description.generatesFiles) && recordPdf(objects, ev) === undefined;
}
/** A stored record's PDF (`invoice_generate_pdf`, `company-forms_get-pdf`): the record named before "pdf", picked by its id
 *  (or by an SDK's one `request` object) with no content handed in and no file written. It is the record rendered, so what
 *  it shows is read. (A page's PDF, `browser_pdf`, prints what is on screen.) */
const HANDED_CONTENT = /content|data|html|text|template|markdown|body|url|source|path/i;
const SHOWN_NOT_STORED = new Set(['browser', 'page', 'current', 'screen', 'tab', 'web', 'html', 'markdown', 'md']);
export function recordPdf(objects: readonly string[], ev: Evidence): string | undefined {
  const at = objects.findIndex((o) => o === 'pdf' || o === 'pdfs');
  const names = ev.parameters.names;
  const record = at > 0 && at === objects.length - 1 ? objects[at - 1] : undefined;
  const picked = names.some((n) => /(?:^|_|[a-z])(?:id|Id|ID)$/.test(n)) || (names.length === 1 && names[0] === 'request');
  return record !== undefined && !SHOWN_NOT_STORED.has(record) && picked && !names.some((n) => HANDED_CONTENT.test(n)) ? record : undefined;
}
/** Parameters that hold a command line, not a program to store: a service's start command, a shell. */
export const COMMAND_LINES = new Set(['command', 'commands', 'cmd', 'shell', 'bash']);
/** What is rebuilt or refetched when thrown away: build products, caches, temporary files. */
const REGENERABLE = new Set(['build', 'builds', 'products', 'artifacts', 'artefacts', 'cache', 'caches', 'derived', 'deriveddata', 'temp', 'tmp', 'output', 'outputs', 'dist']);
/** What evaluating runs: code in some form. */
const CODE_OBJECTS = new Set(['script', 'scripts', 'code', 'expression', 'expressions', 'javascript', 'js', 'python', 'formula', 'formulas', 'snippet', 'function', 'template', 'jsonata', 'jq']);

/** What opening creates: a pull request, an issue, a ticket, a case, a review (a session for a reviewer to decide on). */
const FILED_BY_OPENING = new Set(['pr', 'pull', 'mr', 'issue', 'ticket', 'incident', 'case', 'bug', 'review']);

/** What a pull brings here to keep: an image, a model, a repository's changes, files, rules, a bundle. */
const PULLED_HERE = new Set(['image', 'images', 'model', 'models', 'change', 'changes', 'commit', 'commits', 'branch', 'branches', 'repo', 'repos', 'repository', 'repositories', 'upstream', 'file', 'files', 'rule', 'rules', 'package', 'packages', 'bundle', 'bundles', 'container', 'containers', 'skill', 'skills', 'template', 'templates', 'recording', 'recordings']);
/** Where a pull says its data lands: "into local markdown files", "cache locally", "to the local file system". */
const LANDS_HERE = /\b(?:into|locally|local (?:cache|files?|folder|directory|file system|disk)|to (?:the |your )?(?:disk|project|workspace|folder|directory)|cach(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|sync(?:s|ed|ing)?|stor(?:e|es|ed|ing))\b/;

/** Machines whose disk a rebuild replaces. */
const MACHINES = new Set(['vm', 'vms', 'droplet', 'droplets', 'vps', 'machine', 'machines', 'virtualmachine', 'server', 'servers', 'instance', 'instances', 'os', 'host', 'hosts']);
/** Verbs that remove: what they remove may be only what has expired. */
const EXPIRED_REMOVALS = new Set(['remove', 'delete', 'purge', 'cleanup', 'clean', 'clear', 'prune', 'evict']);
/** A removal of only what has expired: "remove expired entries", "purge all expired sessions". */
const REMOVES_EXPIRED = new RegExp(`\\b(?:${[...EXPIRED_REMOVALS].join('|')}|clean up)s? (?:all |only )?(?:the )?expired\\b`);
/** Database services, by their word or their engine's name, that a rebuild empties. */
const DATABASE_SERVICES = new Set(['database', 'databases', 'db', 'mysql', 'postgres', 'postgresql', 'mariadb', 'mongo', 'mongodb', 'redis', 'libsql']);
/** What a rebuild makes again from the data it indexes, which it keeps. */
const REBUILT_INDEXES = new Set(['index', 'indexes', 'indices', 'embeddings', 'views', 'view']);
/** Files a tool can take apart and hand back without changing them. */
const DOCUMENT_FILES = new Set(['pdf', 'pdfs', 'document', 'documents', 'file', 'files', 'text', 'image', 'images', 'video', 'audio', 'string']);

export function push(signals: Signal[], source: Signal['source'], evidence: string, points: Category | Risk, weight: number) {
  signals.push({ source, evidence, points, weight: Math.round(weight * 100) / 100 });
}

/** What opens the object two joined verbs share: "builds and serves your app". */
const SHARED_OBJECT_OPENERS = new Set(['your', 'the', 'its', 'their', 'this']);
/** The words a description's opening puts after the tool's verb, up to a preposition: "Get value by key" → [value]. */
export function objectsInLead(lead: string, verb: Pick<VerbHit, 'sense'>): string[] {
  const words = lead.split(/[^a-z0-9]+/).filter(Boolean);
  const at = words.findIndex((w) => VERBS.get(w)?.base === verb.sense.base);
  if (at < 0) return [];
  const out: string[] = [];
  // ("Builds and serves your app": the object both verbs share.)
  const start = words[at + 1] === 'and' && SHARED_OBJECT_OPENERS.has(words[at + 3] ?? '') ? at + 3 : at + 1;
  for (const w of words.slice(start, start + 5)) {
    if (HEAD_BREAKS.has(w)) break;
    if (w === 'a' || w === 'an' || w === 'the') continue;
    out.push(w);
  }
  return out;
}

/** What a verb acts on: the name's objects, and the first thing the description's verb takes ("Commit a transaction by its ID"). */
export function actedOn(objects: readonly string[], lead: string, verb: Pick<VerbHit, 'sense'>): string[] {
  return [...objects, ...objectsInLead(lead, verb).slice(0, 1)];
}

/** Creating or changing fees (`updateInvoiceLateFeesConfiguration`, `create-fee-plan-agreements`): what someone will be charged. */
export function setsFees(verbs: readonly VerbHit[], objects: readonly string[]): boolean {
  return objects.some((o) => o === 'fee' || o === 'fees') && verbs.length > 0 && verbs.every((v) => FEE_SETTERS.has(v.sense.base));
}

/** A tool whose every verb halts a run (`cancel_deployment`, `abort-actor-run`): the verb and the run. */
export function haltedRun(verbs: readonly VerbHit[], objects: readonly string[]): { verb: string; run: string } | undefined {
  if (verbs.length === 0 || !verbs.every((v) => HALTS.has(v.sense.base))) return undefined;
  const run = headNoun(objects);
  return run !== undefined && HALTED_RUNS.has(run) ? { verb: (verbs[0] as VerbHit).word, run } : undefined;
}
