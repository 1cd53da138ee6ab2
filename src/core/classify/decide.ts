// Combining the evidence into a category, a risk and a confidence. The rules, in order:
// the name's action verb sets the category (the description's when the name has none or
// only a generic one); the schema and the description can only make it more dangerous;
// annotations break ties and are overruled, with a note, when the text says worse.
// The risk is decided in risk.ts once the category is known.
import { ADDITIVE, DATABASES, VIEW_PARTS, BOOKKEEPING, CACHES, CACHE_DISCARDS, CAMPAIGNS, COMMAND_LINES, COOKIES, CREDENTIAL_HEADS, HALTS, LISTINGS, MEDIA, MONEY_ACTS, MOVED_RESOURCES, OBLIGATIONS, ORDERS, PERSONS, REPORTS, SERVICES, STORED_SIGN_INS, STORED_STRUCTURES, completesDraftOrder, flatName, generatesFile, haltedRun, headNoun, listenerSubscription, objectsInLead, push, rendersProgram, setsFees, verbCategory, type Findings } from './readings.ts';
import { CATEGORIES, type Category, type Risk } from '../labels.ts';
import { BILLED_FROM_CREATION, NOT_A_VERB_FIRST, MODEL_PROVIDERS, CODE_AS_DATA, DEPLOYABLE, DETACHABLE, DISCARDING_VERBS, DOCUMENTATION, HTTP_METHODS, PURCHASABLE, PURCHASE_VERBS, RUN_INSTANCES, SESSION_ENDINGS, START_SCRIPTS, TRIGGERABLE, TRIGGER_VERBS, UI_OBJECTS, UI_READ_STEPS, UI_STEPS } from './vocabulary.ts';
import { AUTO_APPROVE_PARAMS, type Evidence, type VerbHit } from './evidence.ts';
import type { Signal } from './types.ts';
import { decideRisk, RELAY_VERBS } from './risk.ts';
import { oneOf, singular } from './english.ts';
import { splitName } from './tokenize.ts';

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

/** What a cancel ends: a run, a job, a queued build (not an order, a booking or a subscription, which are money or people). */
const CANCELLED_RUNS = new Set(['run', 'runs', 'job', 'jobs', 'build', 'builds', 'queue', 'execution', 'executions']);
/** The caller's own view of a driven page: resizing it changes how the page is seen, nothing else. */
const OWN_VIEWS = new Set(['browser', 'window', 'viewport']);
/** Stopping or restarting says nothing of what is lost; a description that says it wipes or cannot be undone says what is. */
const STOPS_AND_RESTARTS = new Set(['restart', 'reboot', 'stop', 'shutdown', 'reinitialize', 'reinit', 'reload']);
const INTERACTIVE = new Set(['click', 'navigate', 'scroll', 'hover', 'type', 'press', 'focus', 'drag', 'tap', 'swipe', 'pinch', 'longpress', 'goto', 'keypress']);
const COOKIE_DROPS = new Set(['delete', 'clear', 'remove']);
const COOKIE_SETS = new Set(['set', 'add', 'update']);

/** Parameters naming the one file a tool writes, and the content written to it. */
const PATH_PARAMS = /^(?:path|filepath|file|filename|target|targetpath|relativepath|destination)$/;
const CONTENT_PARAMS = /^(?:content|contents|text|data|body)$/;
/** Verbs that pack files into an archive. */
const ARCHIVERS = new Set(['compress', 'zip', 'archive', 'pack', 'tar']);
/** Adding data to a page's own store is not a UI step. */
const ADDITIVE_DATA = new Set(['create', 'insert', 'save', 'store', 'import', 'register', 'install', 'upsert']);
/** Text saying what part of a UI a step acts on. */
const UI_LEAD = /\b(?:in|on|of|into|onto) (?:the|a|an) (?:current |active |selected |specific )?(page|tab|browser|dialog|form|element|screen|device|window|input|field)\b/;
/** A purpose that sets code going: handlers, workflows, automations. */
const SETS_OFF_CODE = /\b(?:in order )?to (?:trigger|fire|invoke|run) (?:any |the |its |all |matching )?(?:\w+ )?(?:handlers?|workflows?|automations?|functions?|lambdas?|pipelines?)\b/;
/** What a customer pays for on a schedule. */
const PAID_TERMS = new Set(['subscription', 'subscriptions', 'tier', 'plan', 'plans', 'seats']);
/** Acts that change the terms of what is paid for (upgrading and renewing are purchases, handled apart). */
const TERM_CHANGES = new Set(['update', 'change', 'modify', 'edit', 'pause', 'resume', 'switch', 'set']);
/** Words that say a subscription is paid for. */
const PAID_WORDS = /\b(?:tiers?|billing|billed|paid|charges?|charged|prices?|pricing|seats?|invoiced?)\b/;
/** Subscriptions to notices, not to a paid service. */
const NOTICE_FEEDS = new Set(['notification', 'notifications', 'webhook', 'webhooks', 'event', 'events', 'topic', 'topics', 'alert', 'alerts', 'feed', 'feeds', 'newsletter', 'calendar', 'channel', 'channels', 'push']);
/** Parts only a browser page or an app screen has (a `page` may be a wiki page, a `form` a survey). */
// (An app's deep link opens a screen of the app: a part of its UI, as a tab is of a browser's.)
const BROWSER_PARTS = new Set(['browser', 'tab', 'tabs', 'checkbox', 'checkboxes', 'radio', 'button', 'buttons', 'dropdown', 'iframe', 'textarea', 'deeplink', 'deeplinks', 'simulator', 'emulator']);
const DOCUMENT_WORDS = new Set(['doc', 'docs', 'document', 'documents', 'sheet', 'sheets', 'spreadsheet', 'spreadsheets', 'workbook', 'cells', 'cell', 'range']);
/** The parts of a page that take typed text. */
const INPUT_FIELDS = new Set(['input', 'field', 'fields', 'textarea', 'textbox']);
/** A page's own input, named in so many words ("an input field", "a file input", "form elements", "a dropdown", "through a provided element");
 * a form's fields may be a stored form's. */
const PAGE_INPUT = /\b(?:input (?:fields?|elements?)|ui inputs?|file inputs?|form elements?|select tags?|dropdown|elements? on the (?:current )?page|input\[type|(?:through|via|using|into) (?:a|an|the) (?:provided |given )?element)\b/;
/** A page's controls a value is set in: a combobox, a date picker, a slider. */
const PAGE_CONTROLS = new Set(['combobox', 'dropdown', 'slider', 'date', 'datepicker', 'checkbox', 'radio', 'select']);
/** What answers a page's dialog, and the dialogs a page raises. */
const DIALOG_ANSWERS = new Set(['handle', 'accept', 'dismiss']);
const PAGE_DIALOGS = new Set(['dialog', 'dialogs', 'alert', 'alerts', 'popup', 'popups', 'prompt', 'confirm']);
/** A verb glossed as a delete in brackets: "Stop (delete) a session", "Cancel (delete) the batches". */
const GLOSSED_DELETE = /^\W*(\w+ \((?:permanently )?delete[sd]?\))/;
/** The frame of a paused program that a debugger evaluates in. */
const STOPPED_FRAME = /\b(?:stopped|paused|current) (?:stopped |stack )?frame\b/;
/** Reloading what a page shows, and the page a browser shows now. */
const PAGE_RELOADS = new Set(['reload', 'refresh']);
const CURRENT_PAGE = /\bthe (?:current|active|open) (?:page|tab|web ?page)\b/;
/** Reshaping a view (a viewport's size, a screen's orientation), and a window a browser or a page shows. */
const VIEW_RESHAPES = new Set(['resize', 'set', 'change']);
const SHOWN_WINDOW = /\bthe ((?:browser|page's|app's) window)\b/;
/** Steps that put input into a UI: with a UI part anywhere in the opening text, they are that step. */
const UI_INPUT_STEPS = new Set(['fill', 'type', 'select', 'check', 'uncheck', 'drop', 'drag', 'hover', 'press', 'focus', 'upload']);
/** Verbs that compute a result and may show it (a chart, a diagram): opening it in a browser is a display. */
const SHOWS_RESULT = new Set(['generate', 'render', 'visualize', 'visualise', 'preview', 'convert', 'compare', 'diff', 'calculate', 'compute', 'summarize', 'summarise']);

const rank = (c: Category) => CATEGORIES.indexOf(c);
const worse = (a: Category, b: Category): Category => (rank(b) > rank(a) ? b : a);

/** Money objects that are financial on any server: an invoice is a bill, a refund returns money, an auto-renewal commits to the next charge. */
const BILLS = new Set(['invoice', 'invoices', 'refund', 'refunds', 'payout', 'payouts', 'charge', 'charges', 'autorenewal']);
/** Acts that make, change or end a financial obligation when their object is a money object. */
const MONEY_VERBS = new Set([
  'create', 'add', 'place', 'submit', 'confirm', 'capture', 'issue', 'make', 'send', 'cancel', 'disable', 'process', 'renew',
  'finalize', 'finalise', 'update', 'modify', 'change', 'edit', 'upgrade', 'downgrade', 'resume', 'reactivate', 'activate',
  'authorize', 'complete', 'approve', 'accept', 'apply', 'schedule', 'retry', 'reverse', 'void', 'pay', 'start', 'enable', 'pause',
  'claim', 'post', 'release', 'award', 'sign', 'adjust',
]);
/** Verbs that wait until a condition holds, checking it again and again. */
const CONDITION_WAITS = new Set(['wait', 'await', 'poll']);
/** "Read-only" as a sentence of its own, or in brackets: what the tool says of itself, not of a thing it works on. */
const SAYS_READ_ONLY = /(?:^|[.!?;]\s|\(\s?)read[- ]only\s*(?:[—–:.;,)]|-\s|$)/;
/** What a payment processor calls a payment it is collecting: a payment intent. */
const PAYMENT_INTENTS = new Set(['intent', 'intents']);
/** Verbs that end a live call. */
const CALL_ENDINGS = new Set(['stop', 'end', 'hangup', 'terminate']);
/** A sandbox reset to a fresh copy of production. */
const SANDBOX_RESET = /\bresets? the sandbox\b|\bre-?cop(?:y|ies|ying) (?:it |the sandbox )?from production\b/;
/** Closing (or flattening) a position on a trading account. */
const POSITION_CLOSERS = new Set(['close', 'flatten']);
function closesPosition(objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return objects.some((o) => o === 'position' || o === 'positions') && [...verbBases].some((b) => POSITION_CLOSERS.has(b));
}
/** Redeeming an investment (savings, staking, a fund) rather than a code or a token. */
const REDEEMABLE_CODES = new Set(['token', 'tokens', 'code', 'codes', 'coupon', 'coupons', 'voucher', 'vouchers', 'invite', 'invitation', 'key', 'keys', 'gift', 'card']);
function redeemsInvestment(objects: readonly string[], verbBases: ReadonlySet<string>, ev: Evidence): boolean {
  return verbBases.has('redeem') && !objects.some((o) => REDEEMABLE_CODES.has(o)) && !/\b(?:codes?|coupons?|vouchers?|gift cards?|invit\w+)\b/.test(ev.description.lead);
}
/** A transaction whose entries move balances: "entries must balance (total debits must equal total credits)". */
const BALANCED_ENTRIES = /\bdebits?\b[^.]{0,60}\bcredits?\b|\bcredits?\b[^.]{0,60}\bdebits?\b/;
/** Terminals, whose closing ends what runs in them. */
const TERMINALS = new Set(['terminal', 'terminals', 'pty', 'ptys', 'tty']);
/** …and the verbs that close one. */
const TERMINAL_ENDS = new Set(['close', 'end', 'exit', 'destroy']);
/** Text that says what runs in the thing closed is killed: its shell, its processes, its workers terminated, a SIGKILL. */
const KILLS_WHAT_RUNS = /\bterminat\w* (?:its |the |all |every |any )?(?:running )?(?:shell|process(?:es)?|workers?)\b|\bsig(?:kill|term)\b|\bthen kill\b/;
/** Verbs that keep a record (and any query in it) rather than run it. */
const QUERY_KEEPERS = new Set(['create', 'update', 'save', 'add', 'edit', 'upsert']);
/** What code put on a serverless runtime is: deployed there, and live at once. */
const RUNTIME_DEPLOYS = /\b(?:functions?|workers?|lambdas?|serverless|edge functions?)\b/;
/** What a database's statements build, which keeps no query of its own. */
const DATABASE_TABLES = new Set(['table', 'tables']);
/** Recordings of a driven session. */
const SESSION_RECORDINGS = new Set(['trace', 'tracing', 'video', 'recording', 'chapter']);
/** Verbs that sum up records: an enum of operations beside them picks which records are summed up. */
const SUMMARIES = new Set(['summarize', 'summarise']);
/** Verbs that change a value in place: a read that offers one ("Get or set the poll interval") changes it. */
const SETTINGS_CHANGES = new Set(['set', 'update', 'change', 'modify', 'configure', 'toggle']);
/** Verbs that replace a key or a secret with a new one. */
const KEY_ROTATIONS = new Set(['rotate', 'regenerate', 'reroll', 'roll']);
/** A reset is a rotation where its text says the old secret stops working ("The previous token is invalidated"). */
const OLD_ONE_REVOKED = /\b(?:previous|old|original|existing|current) (?:\w+ ){0,2}(?:is|are|will be|gets) (?:immediately |permanently )?(?:invalidated|revoked)\b/;
/** A look that drives a browser there: "Navigates to the URL, captures a snapshot and screenshot". */
const NAVIGATES_AND_CAPTURES = /\bnavigates? (?:the browser )?to the (?:url|page)\b[^.]{0,60}\b(?:snapshot|screenshot)s?\b/;
/** What a security scanner is said to look for, and the parameters that name what it scans. */
const SECURITY_SCANS = /\b(?:security|vulnerabilit(?:y|ies)|pentest(?:ing)?|penetration)\b/;
const SCANNED_TARGETS = new Set(['url', 'target', 'host', 'hostname', 'domain', 'ip', 'targeturl', 'targethost']);
/** Walking a site's pages in a driven browser. */
const PAGE_WALKS = new Set(['explore', 'crawl', 'scan']);
/** Verbs that load a file into a database, and the files that carry a database's statements. */
const DUMP_LOADS = new Set(['import', 'restore', 'load']);
const SQL_DUMP = /\b(?:sql (?:file|dump|script)s?|database dumps?|dump files?|sql dumps?)\b(?=[^.]{0,60}\b(?:database|mysql|postgres(?:ql)?|mariadb|db)\b)/;
/** Entries of a catalogue that carry a price but move no money when written. */
const CATALOGUE_OBJECTS = new Set(['product', 'products', 'price', 'prices', 'variant', 'variants', 'sku', 'skus', 'listing', 'listings', 'catalog', 'catalogue', 'menu']);
const CATALOGUE_VERBS = new Set(['create', 'add', 'update', 'set', 'edit', 'modify', 'change', 'insert', 'upsert', 'import', 'duplicate', 'copy']);
/** Where an agent given a task acts: a browser, the web, a computer. */
const AGENT_ARENAS = /\b(?:browser|browsers|web|websites?|computer|desktop|automation|autonomous(?:ly)?)\b/;

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

function objectsOf(ev: Evidence): string[] {
  // A title with no verb of its own is a label, often in another language ("Factures fournisseur d'une société"): the name's objects stand.
  return ev.name.verbs.length > 0 || !ev.title || ev.title.verbs.length === 0 ? ev.name.objects : ev.title.objects;
}

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

/**
 * An invoice or an order that exists, edited (its dates, lines, terms), is a bill corrected: its record changes, and no
 * money moves and no new obligation is made by the edit. (An invoice schedule edited changes the invoices it will make.)
 */
function editsBill(moneyObject: string, objects: readonly string[], verbBases: ReadonlySet<string>): boolean {
  return (moneyObject === 'invoice' || moneyObject === 'invoices' || ORDERS.has(moneyObject)) && onlyBy(verbBases, BILL_EDITS)
    && !objects.some((o) => o === 'schedule' || o === 'schedules');
}
const BILL_EDITS = new Set(['update', 'edit', 'modify', 'patch', 'change']);

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

/** Sales records whose amount is what the deal is expected to be worth. */
const SALES_DEALS = new Set(['deal', 'deals', 'opportunity', 'opportunities', 'lead', 'leads', 'prospect', 'prospects']);
/** Examinations a read runs over what is there, returning findings: "Run a code review", "Run a security scan". */
const EXAMINATIONS = new Set(['review', 'reviews', 'audit', 'audits', 'assessment', 'assessments', 'analysis', 'analyses', 'scan', 'scans', 'check', 'checks', 'inspection', 'inspections', 'screen', 'lint', 'diagnosis', 'diagnostics']);
/** Verbs that undo a link between things, leaving the things. */
const UNLINKS = new Set(['unassign', 'detach', 'unlink', 'disassociate', 'dissociate', 'ungroup']);
/** What, run beside an examination, runs the project's own code: a build, tests, a script, a job. */
const RUN_WITH_CODE = new Set(['build', 'builds', 'test', 'tests', 'script', 'scripts', 'job', 'jobs', 'pipeline', 'pipelines', 'command', 'commands']);

/** A first sentence that says the call replaces what is there. */
const REPLACING_LEAD = /\b(?:replac(?:es|ing)|overwrit(?:es|ing))\b/;

/** Acts that hand over or make a thing ("submit a review", "post a summary"), unlike doing one ("perform a search"). */
// ("post" is left out: "POST /api/search" is how a search is sent.)
const SENDS_OR_MAKES = new Set(['submit', 'send', 'create', 'add', 'leave', 'write', 'publish', 'file', 'give']);
/** Says the call keeps what it finds as records of its own: "and it writes findings", "stores the results", "…; writes MD+JSON". */
const KEEPS_FINDINGS = /\b(?:it|and|then) (?:writes|stores|saves|persists|records) (?:the |its |new )?(?:findings|results)\b|; (?:writes|saves) (?:md|markdown|json|csv|html|yaml)\b/;
/** A first sentence that says the result is written to disk: "save the output audio file to a given directory". */
const SAVES_A_FILE = /\bsav(?:e|es|ed|ing)\b[^.;]{0,60}?\b(?:files?|director(?:y|ies)|folders?|disk|desktop|(?:local|output|file|given|specified) path)\b/;
/**
 * How a description opens when a `clean` tidies a value handed to it: "Standardize a Russian address", "Validate an email",
 * "Censor profanity in a text" (the text comes back censored).
 */
const CLEANS_A_VALUE = /^\W*(standardi[sz]e|validate|normali[sz]e|recogni[sz]e|parse|verify|check|censor|redact|saniti[sz]e|mask)(?=s?\b)/i;
/** Storage an export puts its copy into: "to Object Storage", "to an Object Storage bucket", "to S3", "to Google Drive". */
const EXPORTED_TO_STORAGE = /\bto (?:an? |the |your |a given )?(?:object storage|(?:[\w-]+ ){0,2}buckets?|s3|google drive|google sheets?|spreadsheets?)\b/;
/** A download onto this machine, said anywhere in the text: "Optionally downloads them to a local directory". */
const DOWNLOADS_HERE = /\bdownload(?:s|ed|ing)?\b[^.;]{0,40}?\b(?:to|into)\b[^.;]{0,30}?\b(?:local|director(?:y|ies)|folders?|disk)\b/;
/** Verbs that list or edit records; words that name a request rather than a record; records that describe APIs. */
const RECORD_VERBS = new Set(['create', 'add', 'update', 'edit', 'list', 'search', 'find', 'describe', 'get']);
const REQUEST_WORDS = new Set(['api', 'http', 'request', 'requests']);
const API_RECORDS = new Set(['api', 'apis', 'endpoint', 'endpoints']);
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
  // (An MCP package is an MCP server by another name: "install_mcp_package".)
  if ((objects.includes('server') || objects.includes('package')) && ev.name.words.includes('mcp')) return 'installs an MCP server';
  return undefined;
}
/** Installing or updating a project's dependencies: verbs, and the text that says a package manager does it. */
const DEPENDENCY_VERBS = new Set(['install', 'reinstall', 'update', 'upgrade']);
const PACKAGE_MANAGER = /\bpackage manager\b|\bnode_modules\b|\b(?:from|via|using|with) (?:npm|yarn|pnpm|bun|pip|pypi|cargo|composer|rubygems|nuget)\b|\b(?:deps|dependencies) (?:of|for|in) (?:a |the |your |this )?project\b|\bproject(?:'s)? (?:deps|dependencies)\b/;
/**
 * A project's dependencies installed or updated through its package manager ("Update dependencies for a
 * project", "Install a theme using the appropriate package manager"): the manager fetches third-party
 * packages and runs their install scripts on this machine. A quote saying which; undefined otherwise.
 */
function runsPackageManager(ev: Evidence, verbs: readonly VerbHit[]): string | undefined {
  if (!verbs.some((v) => DEPENDENCY_VERBS.has(v.sense.base))) return undefined;
  return PACKAGE_MANAGER.exec(ev.description.opening)?.[0];
}
/** What a description says of an ad that is bought: a paid ad, or an ad or an ad campaign with a budget. */
const BOUGHT_ADS = /\bpaid ads?\b|\bad(?: campaign)? with\b[^.]{0,40}\bbudget\b/;
/** What a one-way sync says of its destination: it is made to match the source. */
const MIRRORED_DESTINATION = /\bmak(?:e|es|ing) (?:the )?destination (?:match|identical to|mirror) (?:the )?source\b|\bdestination (?:is made to |will )?match(?:es)? (?:the )?source\b/;
/** Verbs that make a file's content: with a place on this machine to put it, the file is written there. */
const FILE_MAKERS = new Set(['generate', 'convert', 'extract']);
/** What a bot does in a game world (`craftItems`, `goToSomeone`, `pickupItem`, `sleepInNearbyBed`); looking, opening and reading stay reads. */
const GAME_ACTS = new Set(['join', 'leave', 'attack', 'hunt', 'cook', 'craft', 'smelt', 'dance', 'drop', 'eat', 'equip', 'give', 'go', 'harvest', 'mine', 'pickup', 'pick', 'place', 'prepare', 'rest', 'retrieve', 'run', 'sleep', 'swim', 'use']);
/** App binaries a device installs and runs: an APK, an IPA, an .app bundle. */
const APP_BINARIES = /\b(?:apks?|ipas?|aabs?|app bundles?|app builds?|app binar(?:y|ies)|application (?:binar(?:y|ies)|packages?)|installed app with a (?:new )?binary)\b/;
/** A plugin, an extension or an add-on the description says is installed ("Install integration/theme/plugin from HACS"). */
const INSTALLED_PLUGIN = /\binstall(?:s|ing)? (?:an? |the |one or more )?(?:[\w-]+[ /]){0,3}?(plugins?|extensions?|add-?ons?)\b/;
/** Code an install fetches from where code is published: "Downloads latest HACS from GitHub, installs to custom_components". */
const FETCHED_FROM_REPOSITORY = /\b(?:downloads?|fetch(?:es)?|clones?)\b[^.;]{0,40}?\bfrom (?:github|gitlab|(?:an? |the |its )?(?:git )?repo(?:sitory)?)\b/;
/** A tool whose text sends a prompt to a language model, as a short quote; undefined otherwise. */
function asksModel(ev: Evidence): string | undefined {
  const desc = ev.description;
  if (desc.runsCode || desc.hostShell) return undefined;
  // Generating an image or a video stores an asset, whoever draws it.
  if ([...ev.name.words, ...desc.lead.split(' ')].some((w) => MEDIA.has(w))) return undefined;
  // A call billed to the caller's credits ("billed from Conway credits") spends them: more than an answer comes of it.
  if (BILLED_TO_CREDITS.test(desc.opening)) return undefined;
  const found = MODEL_RECIPIENT.exec(desc.lead);
  if (found && !/\b(?:not|no|never|without)\b[^.]{0,40}$/.test(desc.lead.slice(0, found.index))) return found[0];
  const answer = MODEL_ANSWER.exec(desc.opening);
  if (answer) return answer[0];
  const provider = [...ev.server.words, ...ev.name.words].some((w) => MODEL_PROVIDERS.has(w));
  return provider ? MODEL_ACTS.exec(desc.lead)?.[0] : undefined;
}
// (…or asked of one: "Ask a more powerful AI for help", "Consult an LLM"; not an AI agent, which acts;
// …or a model named for GPT: "Complete a chat using YandexGPT"; …or one a prompt is run against, or named for its maker:
// "Run a prompt against a local Ollama model", "Send messages to an OpenRouter model", "Chat with your local Llama model".)
// (Not what something is kept for: "Upload a file to the CDN for use with models" stores it for later calls.)
const MODEL_MAKERS = [...MODEL_PROVIDERS, 'openrouter', 'llama'].join('|');
const BILLED_TO_CREDITS = /\bbilled (?:from|to|against) (?:[\w-]+ ){0,2}credits\b/;
const MODEL_RECIPIENT = new RegExp(`(?<!\\bfor (?:later )?use )\\b(?:to|with|via|using|against) (?:a |an |the |your )?(?:local |remote |hosted |configured |selected )?(?:(?:${MODEL_MAKERS}) )?(?:llms?|language models?|ai models?|chat models?|models?)\\b|\\b(?:ask|consult)s? (?:a |an |the |another )?(?:more (?:powerful|capable) |stronger |smarter |external |second )?(?:ai|llm|language model|model)\\b(?! agents?\\b)|\\b(?:to|with|via|using) (?:the )?[a-z]*gpt(?:[ -]?[0-9][a-z0-9.-]*)?\\b`);
/** A model's answer the call makes, as the description says it: "This will generate an LLM or agentic response". */
const MODEL_ANSWER = /\bgenerates? (?:an? |the )?(?:llm|ai|model)(?: or [\w-]+)? (?:answers?|responses?|completions?)\b/;
// (A batch inference *job* is kept on the service and works later: creating one is a write.)
const MODEL_ACTS = /\b(?:chat )?completions?\b|\bresponses? api\b|\binference\b(?! jobs?\b)|\bsends? (?:a |an |the )?(?:[\w-]+ ){0,2}(?:prompt|request|task|question)s?\b/;
/** Reporting usage: adding to it, setting it, recording it. */
const METERING_VERBS = new Set(['create', 'add', 'record', 'report', 'set', 'increment', 'update', 'submit']);
/** A usage record (or usage reported) on a billing server or for a metered subscription: what the subscriber is billed. */
function reportsBilledUsage(objects: readonly string[], verbBases: ReadonlySet<string>, ev: Evidence): boolean {
  const usage = objects.includes('usage') && (objects.includes('record') || objects.includes('records') || verbBases.has('report') || verbBases.has('increment'));
  return usage && (Boolean(ev.server.money) || /\bmetered\b/.test(ev.description.lead)) && [...verbBases].some((b) => METERING_VERBS.has(b));
}
/** What makes an order a plan of work rather than a sale: a work order, a production order. */
const WORK_ORDERS = new Set(['work', 'production', 'manufacturing', 'maintenance', 'job', 'deploy', 'deployment', 'sort', 'display', 'print']);
/** What a ledger keeps: records of money spent or received. */
const LEDGER_RECORDS = new Set(['transaction', 'transactions', 'expense', 'expenses', 'entry', 'entries', 'journal', 'split', 'splits', 'category', 'categories', 'budget', 'budgets']);
/** Read verbs that, handed a program, run it to make their output: generating a build from code, rendering a scene. */
const PROGRAM_RUNNERS = new Set(['generate', 'render', 'compute', 'calculate']);
/** What a description can say a tool sets off whose effects it does not bound, the part of the text it says it in, and why that runs. */
const UNBOUNDED_RUNS: readonly { pattern: RegExp; in: 'lead' | 'opening'; why: (said: string) => string }[] = [
  // Faults injected into a running service on purpose ("Inject faults (latency, errors, CPU) for chaos engineering").
  {
    pattern: /\binject(?:s|ing)? (?:\w+ ){0,2}(?:faults?|failures?|latency|errors?)\b|\bchaos (?:engineering|experiments?)\b/, in: 'lead',
    why: (said) => `it injects faults into a running target ("${said}"), which then fails on purpose in ways the tool does not bound`,
  },
  // A module of the caller's loaded at run time ("by dynamically importing a user module that exports a schema"): importing
  // it runs its top-level code, whatever the tool goes on to do with what it exports.
  {
    pattern: /\bdynamically import(?:s|ing)? (?:a |the |your )?(?:user|local|custom|caller'?s?|project) (?:[\w-]+ )?module\b/, in: 'opening',
    why: (said) => `it loads a module the caller points it at ("${said}"), which runs that module's code`,
  },
  // The question a paused run is waiting on, answered ("Answer the PENDING AskUserQuestion a mission session is blocked on",
  // "the question a paused booking is waiting on"): the run goes on, and what it does next is its own doing.
  {
    pattern: /^\W*answers? (?:the |a )?(?:pending |open )?(?:[\w-]+ )?\w*question (?:that )?(?:the |a |an )?(?:[\w-]+ ){0,4}(?:is|are) (?:blocked|waiting|paused)\b/, in: 'lead',
    why: (said) => `it answers the question a paused run is waiting on ("${said}"), and the run goes on to do whatever the answer lets it`,
  },
];
/** A cron expression's parameter (`cron`, `cronExpression`, `cron_schedule`). */
const CRON_PARAM = /^cron(?:[_-]?(?:expression|expr|schedule|spec))?$/i;
/** Read verbs that, handed a shell command, run it to watch what it prints: a monitor of a long-running script. */
const COMMAND_WATCHERS = new Set(['monitor', 'watch', 'tail']);
/** What puts input into a terminal, or opens one. */
const TERMINAL_INPUTS = new Set(['write', 'send', 'type', 'input', 'paste', 'create', 'open', 'spawn', 'start']);
/** Parameters that name a file on this machine. */
const LOCAL_FILE_PARAMS = /^(?:file|files|path|filepath|filename|localpath|audiopath|audiofile|inputpath|inputfile)$/;
/** The values of a dry-run switch: a preview of the change, and the change carried out. */
const PREVIEW_MODES = new Set(['preview', 'dry_run', 'dry-run', 'dryrun', 'plan', 'simulate']);
const CARRY_OUT_MODES = new Set(['execute', 'apply', 'run', 'commit', 'live']);
/** Tools whose apply puts infrastructure into effect: a cluster's manifests, a Terraform plan. */
const APPLIED_INFRASTRUCTURE = new Set(['kubectl', 'terraform', 'tofu', 'opentofu', 'pulumi', 'manifest', 'manifests']);
/** Code that extends a host and runs inside it once installed. */
const PLUGINS = new Set(['plugin', 'plugins', 'extension', 'extensions', 'addon', 'addons']);
/** An ad's budget, as ad platforms name it: `budget`, `daily_budget`, `lifetimeBudget`, `budgetAmount`. */
const AD_BUDGETS = /^(?:daily|lifetime|total)?_?budget(?:_?amount)?$/i;
/** Units of an agent's work a budget caps (what they may cost), rather than money paid out.
 *  (Not a task or a job: on a marketplace of people, its budget is what the worker is paid.) */
const WORK_UNITS = new Set(['phase', 'phases', 'agent', 'agents', 'run', 'runs', 'workflow', 'workflows', 'session', 'sessions', 'step', 'steps', 'swarm', 'swarms', 'goal', 'goals']);
/** Taking someone off a role ("remove current user as story owner"): the role goes, the person and the record stay. */
const REMOVED_AS_ROLE = /\bremoves? (?:[\w-]+ ){1,4}as (?:an? |the )?(?:[\w-]+ )?(?:owners?|assignees?|members?|admins?|reviewers?|followers?|watchers?|collaborators?|approvers?|maintainers?)\b/;
/** What a buyer asks for and a seller concedes by accepting it: the buyer gets their money back. */
const CONCEDED = new Set(['dispute', 'disputes', 'return', 'returns', 'refund', 'refunds']);
/** A description that makes a prompt as its output: "Produce a repeatable agent workflow prompt for a task". */
const MAKES_PROMPT = /\b(?:produces?|generates?|builds?|composes?|drafts?|writes?) (?:a |an |the )?(?:[\w-]+ ){0,3}prompts?\b/;
/** Servers that only compute on the values they are given. */
const CALCULATORS = new Set(['calc', 'calculator', 'calculators', 'math', 'maths', 'arithmetic']);
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
  // (A tool that writes the prompt out for someone to use, "Produce a repeatable agent workflow prompt", hands it to no agent.)
  if (inFolder && prompted && /\b(?:agents?|cli)\b/.test(text) && !verbs.some((v) => v.sense.category === 'read') && !MAKES_PROMPT.test(lead)) {
    return { why: 'a prompt handed to an agent working in a folder of this machine', host: true };
  }
  // …and so is a prompt handed to an agent's CLI with a flag that accepts all its actions unasked (`yolo`).
  // (A coding agent's own flag, `yolo` or `fullAuto`, says an agent's CLI is behind the tool, whatever the tool is named for: `brainstorm`.)
  const auto = ev.parameters.autoApprove;
  if (prompted && auto && (AUTO_APPROVE_PARAMS.has(flatName(auto)) || /\b(?:agents?|cli)\b/.test(text))) {
    return { why: `a prompt handed to an agent's CLI whose \`${auto}\` option accepts all its actions`, host: true };
  }
  // …and so is a request in plain language whose agent, the text says, decides which calls to make ("BrowserStack's
  // agent decides which calls to make, then returns its answer"): it acts with the service's tools as it sees fit.
  const decides = AGENT_DECIDES.exec(ev.description.opening)?.[0];
  if (decides) return { why: `"${decides}"`, host: false };
  // …and so is a prompt or a user turn sent into an agent's running session ("Send a prompt (a user turn) INTO a connected
  // Claude Code session", "The session receives the text as an injected prompt"): the agent there acts on it.
  const intoSession = PROMPTS_SESSION.exec(ev.description.opening)?.[0];
  if (intoSession) return { why: `"${intoSession}"`, host: false };
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
/**
 * A prompt whose own text says an agent carries it out ("The prompt to send to the agent", a queued task's "Detailed
 * instructions for the task executor"): the agent acts on it as it sees fit. (A pending action waits for someone to approve it.)
 */
function promptForAgent(ev: Evidence, verbs: readonly VerbHit[]): { why: string; host: boolean } | undefined {
  const handed = ev.parameters.agentPrompt;
  if (handed === undefined || verbs.some((v) => v.sense.category === 'read') || /\bpending\b/.test(ev.description.lead)) return undefined;
  return { why: `\`${handed}\`, a prompt an agent carries out`, host: false };
}
/** Parameters that name the tool a call is relayed to, and those that carry its arguments. */
const RELAYED_TOOL = new Set(['tool', 'toolname']);
const RELAYED_ARGUMENTS = new Set(['args', 'arguments', 'params', 'parameters', 'toolargs', 'toolarguments', 'toolparams', 'toolinput']);
/** `tool` and `args` of a relay ("Bridge to the Data Liberation engine… forwards a single call to the engine"): whatever the
 *  named tool does is done, unless the text says only read-only tools are reached. */
function relaysCall(ev: Evidence): string | undefined {
  const tool = ev.parameters.names.find((n) => RELAYED_TOOL.has(flatName(n)));
  const args = ev.parameters.names.find((n) => RELAYED_ARGUMENTS.has(flatName(n)));
  return tool !== undefined && args !== undefined && ev.description.readOnlyClaim === undefined ? `\`${tool}\` with \`${args}\`` : undefined;
}

/** Parameters (flattened, lower case) naming the folder of this machine a program works in. */
const WORK_FOLDERS = /^(?:cwd|workdir|workingdirectory|workingdir|workfolder|workingfolder)$/;
/** A prompt or a user turn sent into a session an agent runs: "send a prompt (a user turn) into a … session", "an injected prompt". */
const PROMPTS_SESSION = /\bsends? (?:a |an |the )?(?:follow-up )?(?:prompt|user turn)\b[^.]{0,60}?\b(?:into|to) (?:a |an |the )?(?:[\w-]+ ){0,5}sessions?\b|\bsession receives the text as an injected prompt\b/;
/** An agent that picks its own actions: "the agent decides which calls to make", "agent chooses what tools to use". */
const AGENT_DECIDES = /\bagents? (?:decides|chooses|picks|works out|determines) (?:which|what) (?:api )?(?:calls|tools|actions|steps|endpoints)\b/;
/**
 * The caller's own sign-in kept on this machine: "~/.ifood-mcp/tokens.json", "the local auth store"; what it names is one
 * of the sign-ins a server keeps (STORED_SIGN_INS), the longest tried first so that "tokens.json" is read whole.
 */
const LOCAL_SIGN_IN_STORE = new RegExp(`(?:~/|\\blocal(?:ly)? (?:stored )?|\\bcached |\\b(?:saved|stored) (?:[\\w.-]+ )?)[\\w./-]*?(?:${[...STORED_SIGN_INS].sort((a, b) => b.length - a.length).join('|')})(?:\\.\\w+)?(?: store| file)?`);
/** A replace that deletes what the request leaves out: "any variable not in the request is deleted". */
const DROPS_OMITTED = /\bnot (?:in|included in|listed in|present in|specified in) the (?:request|list|payload|body|array|input)\b[^.]{0,20}\b(?:is|are|will be|gets?) (?:deleted|removed)\b/;
/** A generation the service runs as a job and keeps, or adds where it lives: "Generation is asynchronous; poll…",
 *  "initiates the generation of", "generate a course and import it into a location", "each variant is added as 'active'". */
const STORED_GENERATION = /\b(?:opens?|creates?|raises?) (?:a |an )?(?:new )?(?:draft )?(?:pull request|pr|merge request)\b|\bgeneration is asynchronous\b|\binitiates the generation\b|\btrigger(?:s)? (?:the )?generation\b|\bpolling link\b|\band (?:import|add|save|store|insert|attach|appl(?:y|ie)|create)s? (?:it|them|the results?)\b|\band creates? an? (?:new )?(?:draft )?[\w-]+|\b(?:stored|saved|kept) for (?:later|callbacks|reuse)\b|\b(?:each|every) \w+ is (?:added|saved|stored)\b/;
/** A fetched thing saved where the caller works: "and save it to the local filesystem", "writes it to .passalong/<id>.md". */
const SAVED_LOCALLY = /\b(?:save|write|store)s? (?:it|them) (?:directly )?(?:to|into|in) (?:the |a |your )?(?:local (?:file ?system|disk|build library|project|folder|directory|files?)|disk|\.[\w-]+\/)|\bauto-unzip\b/;
/** What debugging runs: a test, a script, a program. */
const DEBUGGED_RUNS = new Set(['test', 'tests', 'spec', 'specs', 'script', 'scripts', 'program', 'programs', 'binary', 'executable']);
/** Acts that move a rolling release on to its next stage or its end. */
const ROLLOUT_STEPS = new Set(['approve', 'complete', 'advance', 'promote', 'continue']);
const AGENT_STARTS = new Set(['start', 'spawn', 'create', 'launch', 'run']);
/** A smart contract's state changed by the call: "Write data to a smart contract by calling a state-changing function". */
const SMART_CONTRACT_CHANGE = /\b(?:write|writes|call|calls|invoke|invokes|execute|executes|send|sends)\b[^.]{0,40}\bsmart[- ]contracts?\b[^.]{0,60}|\bstate[- ]changing (?:contract )?(?:function|method|transaction)s?\b/;
/** Text that calls the tool's own verb a no-op: 'No-op "stop" for the in-process toolset', '(no-op "start" — …)'. */
const NO_OP_VERB = /\bno-?op ["'“]([a-z]+)["'”]/;
/** A call that pays as it goes: "it will be paid automatically from the wallet". */
const PAID_ON_CALL = /\b(?:will be|is|gets) paid automatically\b|\bpays? automatically\b/;
/** Charges, or transfers, that happen by themselves once set up (a wallet sweep pushes or pulls funds on its own). */
const AUTO_CHARGES = /\bauto(?:matic)?[- ]?(?:\w+ )?(?:refill|recharge|top[- ]?up|reload|payment)s?\b|\bautopay\b|\bsweeps? config(?:uration)?s?\b/;
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
/** A description that opens on the instructions it hands back ("Instructions for creating a new app", "Returns a guide to…"). */
const MANUAL_LEAD = /^\W*(?:(?:returns?|provides?|gets?|shows?|gives?) )?(?:the |an? )?(?:[\w-]+ ){0,3}?(?:instructions|guide|guidelines|guidance|tips|tutorial|walkthrough)\b/;
/** What a tool hands back when its name ends on it: the instructions for an action, not the action. */
const MANUALS = new Set(['instructions', 'instruction', 'guide', 'guides', 'guidelines', 'guidance', 'tips', 'tutorial', 'walkthrough', 'howto']);
/** A local development server started ("Starts the Angular development server (\"ng serve\")", "Runs the app locally"). */
const DEV_SERVER = /\b(?:starts?|runs?|launch(?:es)?|spins? up) (?:the |a |an )?(?:local )?(?:[\w/.-]+ )?(?:dev|development) server\b|\bruns? the (?:app|application|project) locally\b/;
/** Edits of what exists (not creations, which a cron job's `command` would schedule). */
const RECONFIGURES = new Set(['update', 'set', 'edit', 'modify', 'patch', 'configure', 'change']);
/** What a chain wallet signs and broadcasts. */
const CHAIN_TRANSACTIONS = new Set(['transaction', 'transactions', 'tx', 'txs', 'txn']);
/** What git keeps: a forced push of these can discard commits. */
const GIT_THINGS = new Set(['git', 'branch', 'branches', 'commit', 'commits', 'change', 'changes', 'repo', 'repos', 'repository', 'repositories',
  'ref', 'refs', 'head', 'tag', 'tags', 'worktree', 'tree', 'stash', 'remote', 'origin', 'file', 'files', 'code']);

/** Sending to or taking from a remote: forced, these overwrite what the other side had. */
const PUSHES = new Set(['push', 'pull']);

/** Asking for leave to act, and what is asked for. */
const PERMISSION_ASKS = new Set(['request', 'ask', 'seek']);
/** A request for approval kept to be answered later, not asked and answered in the call: a record marked ready for review
 *  (the lead opens "Mark…"), or an id returned to check back with ("Returns an approval_id that can be checked with…"). */
const MARKED_FOR_REVIEW = /^\W*mark\w* /;
const RETURNS_REQUEST_ID = /\breturns? an? (?:[\w-]+ )?(?:approval|request)[_ -]?id\b/;
const PERMISSIONS_ASKED = new Set(['permission', 'permissions', 'approval', 'consent', 'confirmation']);

/** A sentence of the description that opens by destroying something: "Drops the _version column and its trigger." */
const DESTROYS_SENTENCE = /(?:^|[.;:] )(?:it |this |also )?((?:drops|deletes|purges|wipes|destroys|truncates|erases) (?:the|all|its|any|every|their|existing)\b[^.;]{0,50})/;

/** A link that hands content to whoever holds it. */
const SHARED_LINK = /\b(?:shareable|public(?:ly)?(?: accessible)?)(?: [\w.-]+)? (?:url|link)\b|\banyone with the (?:url|link)\b/;

/** What a merge says becomes of what it merged: "the source is deleted", "merged records are deleted", "then trashes the sources". */
const MERGED_DELETED = /\b(?:(?:the )?sources?|merged|duplicates?)(?: \w+)? (?:is|are|will be|gets?) (?:then )?(?:permanently )?(?:deleted|removed|destroyed|trashed)\b|\b(?:then )?(?:deletes|removes|trashes|destroys) (?:the )?(?:sources?|duplicates?|merged \w+)\b/;

/** Verbs that set an existing agent going (creating or spawning one is read in `agentSetGoing`). */
const AGENT_RUNS = new Set(['start', 'launch', 'run', 'resume', 'boot']);
/** Records of a run, which a tool can start without running anything. */
const RECORDS_OF_RUNS = new Set(['invocation', 'invocations', 'log', 'logs', 'record', 'records']);

/**
 * The server's own tools bring back what this call archives or deletes (`metrics_unarchive` beside `metrics_archive`):
 * the call is undone there, so it is a write, whatever it deletes on the way.
 */
function restoredHere(ev: Evidence, verbs: readonly VerbHit[]): boolean {
  const verbWords = new Set(verbs.map((v) => v.word));
  const rest = ev.name.words.filter((w) => !verbWords.has(w)).join(' ');
  return rest !== '' && ev.server.restorable.has(rest);
}

/**
 * A sentence saying what the call wipes, not what it is for: "This deletes all AI automation recipes…"; or what it
 * deletes on the way: it "soft-deletes (archives)" the thing, it unsplits a transaction "by deleting its children";
 * or that it may kill the program it is attached to ("it may also terminate a live target process").
 */
const DELETES_ALL = /\b(?:this|it|which) (?:also )?(?:permanently )?(?:deletes|destroys|wipes|erases|purges) (?:all|every|the entire|its|their|any)\b|\bsoft-deletes\b|\bby (?:permanently )?(?:deleting|destroying|wiping|erasing) (?:its|the|all|every|their)\b|\b(?:may|can|will) (?:also )?(?:terminate|kill) (?:a |the )?(?:live |running )?(?:target |debugged )?process\b/;

/**
 * A description's opening that starts a job rather than returning something: "Start a new crawl", "Trigger a search
 * for missing episodes" (only a triggered search is a job; "Starts a search of the index" is the search).
 */
const STARTS_JOB = /^(?:(?:triggers?|starts?|kicks? off|initiates?) (?:a |an |the )?(?:new |background |full |fresh )?(?:[\w-]+ )?(?:crawl|scan|audit|analysis|sync|refresh|import|backup|re-?index|indexing)|triggers? (?:a |an |the )?(?:new |background |full |fresh )?(?:[\w-]+ )?search)\b/;

/** A description saying how a deleted record is brought back through the API: by setting a field, or by a call; or that
 *  says outright the act can be undone: "Reversible (`git branch -d`)", "It is reversible — `revoked: false`". */
const RESTORED_BY_CALL = /\b(?:restored|recovered|undeleted|reactivated) by setting\b|\brecoverable (?:with|via) [\w.]+(?=\()|(?<!\b(?:not|never|if it is|if) )\breversible(?=\s*(?:[.;:(—–]|-\s|$))/;

/** A sentence of the description that says the call cannot be undone, plainly: "This is irreversible." ("may be irreversible" is not). */
const SAYS_IRREVERSIBLE = /\b(?:this|it) is irreversible\b/;

/** What a platform deploys as it makes or starts it: an application or a service. */
const DEPLOYED_APPS = new Set(['application', 'applications', 'app', 'apps', 'service', 'services']);

/** Verbs that only ever change something (never "perform a search", "generate a summary"). */
const PLAIN_WRITES = new Set(['create', 'add', 'send', 'store', 'save', 'submit', 'mark', 'apply', 'upload', 'post', 'publish', 'register', 'write', 'insert', 'append', 'approve', 'reject', 'copy', 'initialize', 'initialise']);

/** A tool that opens a pull request or a merge request with the changes it is given. */
const OPENS_PULL_REQUEST = /\b(?:opens?|creates?|raises?|submits?) (?:a |an )?(?:new )?(?:draft )?(?:github |gitlab )?(?:pull request|pr|merge request|mr)\b/;
/** Verbs that make a thing, and the markup a made thing can come back as. */
const MAKERS = new Set(['create', 'make', 'build', 'generate']);
const RETURNS_MARKUP = /\breturns?\b[^.]{0,50}?\b(?:html|svg|markup|embed(?:dable)? (?:code|snippet|html)|iframe)\b/;
/** What says a made thing is also kept: saved, stored, published, provisioned, or given an id. */
const KEPT = /\b(?:sav(?:e|es|ed)|stor(?:e|es|ed)|publish\w*|upload\w*|persist\w*|provision\w*|\w+_id|ids?)\b/;
/** Looks whose dry run changes nothing anyway: a check's (an API's own simulation), a fetch's (nothing kept). */
const DRY_RUN_READS = new Set(['validate', 'check', 'lint', 'verify', 'test', 'fetch', 'pull', 'get', 'download', 'retrieve']);
/** Parameters that turn a dry run into the real thing. */
const DRY_RUN_SWITCHES = /^(?:dry[_-]?run|apply|confirm|confirmed|execute|commit|force|preview)$/i;
/** Verbs that only say a thing is run (a name's `execute_task` may be a lookup the description disowns). */
const RUN_VERBS = new Set(['run', 'execute', 'exec']);

/** Switches that run what a tool generated (`autoExecute`): the generated query is then run, not only shown. */
const GENERATED_RUN_SWITCHES = new Set(['autoexecute', 'autorun', 'execute', 'run', 'executequery', 'runquery']);
/** Switches that run a project's own scripts as part of the call: its tests, its type check, its migrations, its lint. */
const PROJECT_SCRIPT_SWITCHES = new Set(['runtests', 'runtest', 'rundefaulttest', 'runchecktypes', 'runtypecheck', 'runmigrations', 'runlint', 'runscripts', 'runscript']);
/** Verbs that edit the entries of an array inside a thing, the text that says an array is what they edit, and the entries an edit takes out. */
const ARRAY_EDITS = new Set(['edit', 'modify', 'update']);
const EDITED_ARRAY = /\b(?:edit|modif(?:y|ies)|updates?) (?:a |an |the )?(?:[\w-]+ ){0,4}arrays?\b/;
const ENTRY_REMOVALS = new Set(['remove', 'clear']);
/** Verbs that call an endpoint of an API rather than name an act of their own. */
const ENDPOINT_CALLS = new Set(['call', 'invoke', 'hit', 'request']);

/** The last three different words of a list, in order, each where it last stands (`payments job payments` → `job payments`). */
function lastThreeDistinct(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 3; i--) {
    const w = words[i] as string;
    if (!kept.some((k) => singular(k) === singular(w))) kept.unshift(w);
  }
  return kept;
}

export function decide(ev: Evidence): Decision {
  const signals: Signal[] = [];
  const conflicts: string[] = [];
  const objects = objectsOf(ev);
  // (A word the name repeats, as `events-list-events` or `job-payments-list-job-payments`, is shown once, where it last
  // stands; a lone "a", the A record of `create_site_a_or_aaaa_record`, is not shown: it reads as an article.)
  const phraseWords = lastThreeDistinct(objects.filter((o) => o !== 'a'));
  const objectPhrase = phraseWords.length > 0 ? ` (${phraseWords.join(' ')})` : '';
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
      // …but a tool that takes an order's fields (a security, a quantity, and a price or a side: `stk_cd`, `ord_qty`,
      // `ord_uv`) places or changes that order, whatever language its text is in.
      const order = params.orderFields;
      if (order) {
        push(signals, 'parameter', `takes an order's fields (${order.map((n) => `\`${n}\``).join(', ')})`, 'financial', 0.5);
        categoryWhy = `it states no action, but takes an order's fields (${order.map((n) => `\`${n}\``).join(', ')}): it places or changes a trade`;
        category = 'financial';
      }
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
      // (…and "Run a code review", "Run a threat assessment" for a name that reviews or assesses runs the read the name states.)
      // (A build or tests run alongside, "Run build, test, and lint", run the project's code.)
      const ran = category === 'read' && v.sense.base === 'run' ? objectsInLead(desc.lead, v) : [];
      const runsTheRead = ran.some((o) => EXAMINATIONS.has(o)) && !ran.some((o) => RUN_WITH_CODE.has(o));
      // (…and a name that undoes a link, `ncloud_resource_detach_group`, `erpnext_doc_unassign`, says what its description's
      // "remove" takes away: the link; the things it joined stay.)
      const unlinks = v.sense.base === 'remove' && specific.every((n) => UNLINKS.has(n.sense.base));
      return (c === 'destructive' || c === 'financial' || c === 'execute' || opensWith) && rank(c) > rank(category) && !INTERACTIVE.has(v.sense.base) && !detaches && !namesObject && !runsTheRead && !unlinks;
    });
    if (danger) {
      const dc = verbCategory(danger, objects, ev);
      push(signals, 'description', `description verb "${danger.word}"`, dc, 0.45);
      categoryWhy += `, and its description says "${danger.word}", the more dangerous of the two`;
      category = dc;
    }
    // A read whose description offers a change alongside it ("Gets or creates a link", "Get or set poll interval") is a
    // get-or-create or a get-or-set: a write.
    const alsoWrites = category === 'read' && descTop !== undefined && verbCategory(descTop, objects, ev) === 'read'
      ? desc.joined.find((v) => verbCategory(v, objects, ev) === 'write' && (ADDITIVE.has(v.sense.base) || SETTINGS_CHANGES.has(v.sense.base)
        // (…and so does one that offers to rotate the key it returns, "Generate or rotate the events API key": a new credential.)
        || (KEY_ROTATIONS.has(v.sense.base) && objects.some((o) => CREDENTIAL_HEADS.has(o))))) : undefined;
    if (alsoWrites) {
      push(signals, 'description', `description: "${descTop?.word} or ${alsoWrites.word}"`, 'write', 0.45);
      categoryWhy += `, and its description says "${descTop?.word} or ${alsoWrites.word}", so it can create what it does not find`;
      category = 'write';
    }
    // …and so is one that offers to repair what it finds ("Diagnoses or repairs database drift"): what is broken is changed.
    const alsoRepairs = category === 'read' && descTop !== undefined && verbCategory(descTop, objects, ev) === 'read'
      ? desc.joined.find((v) => v.sense.base === 'repair') : undefined;
    if (alsoRepairs) {
      push(signals, 'description', `description: "${descTop?.word} or ${alsoRepairs.word}"`, 'write', 0.45);
      categoryWhy += `, and its description says "${descTop?.word} or ${alsoRepairs.word}", so it can change what it finds broken`;
      category = 'write';
    }
    // …and so is a read whose description goes on to a change as its next step ("Parse the markdown code blocks, then
    // apply all edits"): it does both.
    const thenWrites = category === 'read' && descTop !== undefined && verbCategory(descTop, objects, ev) === 'read'
      ? desc.sequenced.find((v) => verbCategory(v, objects, ev) === 'write') : undefined;
    if (thenWrites) {
      push(signals, 'description', `description: "${descTop?.word} …, then ${thenWrites.word}"`, 'write', 0.45);
      categoryWhy += `, and its description says "${descTop?.word} …, then ${thenWrites.word}": it goes on to make that change`;
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
  // (…but not when the verb is what delivers the instructions, "Email DNS setup instructions … to a given address": sent
  // out, they leave the organisation.)
  const delivers = specific.some((v) => v.sense.outward);
  const manual = lastObject !== undefined && MANUALS.has(lastObject) && MANUAL_LEAD.test(desc.lead) && !delivers ? lastObject : undefined;
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
  // (…and so does one that says so in a sentence of its own: "Returns the project's context. Read-only — …".)
  if (category === 'write' && specific.length > 0 && descTop !== undefined && ev.descriptionOpens === descTop.sense.base && verbCategory(descTop, objects, ev) === 'read'
    && desc.readOnlyClaim && (/^(?:does not|doesn't|will not|won't|never|without|no)\b/.test(desc.readOnlyClaim) || SAYS_READ_ONLY.test(desc.opening)) && ann.readOnly !== false
    && params.code.length === 0 && params.actions.length === 0) {
    push(signals, 'description', `description: "${descTop.word}…", "${desc.readOnlyClaim}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy}, but the description says it ${descTop.word} and "${desc.readOnlyClaim}"`;
    category = 'read';
  }

  // 1b''''. A tool that is itself a dry run ("Dry-run a ruleset against a real PR without saving the rules",
  // "computes the deployment plan (dry-run, no changes)") only reports what would happen; where a
  // parameter turns the dry run off (`dryRun`, `apply`, `confirm`), the tool can also do it.
  if (category !== 'read' && desc.dryRun && ann.readOnly !== false && ann.destructive !== true && !params.names.some((n) => DRY_RUN_SWITCHES.test(n))) {
    push(signals, 'description', `description: "${desc.dryRun}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy}, but the description says the tool is a dry run ("${desc.dryRun}"), which only reports what would change`;
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

  // A tool called just `help` that takes nothing returns its help, whatever its title's words ("How to use this
  // server (start-to-finish walkthrough)").
  if (category !== 'read' && ev.name.words.length === 1 && ev.name.words[0] === 'help' && params.names.length === 0) {
    push(signals, 'name', 'a bare `help` that takes nothing', 'read', 0.5);
    categoryWhy = 'it is called just "help" and takes nothing: it returns how to use the server';
    category = 'read';
  }
  // A tool whose description opens by saying it was removed ("[REMOVED in v0.9.0] This tool was removed in …") does
  // nothing any more: a call returns that notice. (Only a plain write: a name that destroys, pays or runs keeps
  // its reading, since the notice may not be true.)
  if (category === 'write' && desc.withdrawn && ann.readOnly !== false) {
    push(signals, 'description', `description: "${desc.withdrawn}"`, 'read', 0.5);
    categoryWhy = `its description opens by saying the tool was removed ("${desc.withdrawn}"): a call only returns that notice`;
    category = 'read';
  }
  // 1b''. A `clean` whose description opens by standardising or validating a value ("Standardize a Russian address.
  // Returns structured fields", "Validate an email address") cleans the value passed in, not anything stored: a read.
  const cleansValue = category === 'destructive' && nameVerbs.length > 0 && nameVerbs.every((v) => v.sense.base === 'clean')
    ? CLEANS_A_VALUE.exec(desc.lead)?.[1] : undefined;
  if (cleansValue) {
    push(signals, 'description', `"clean", description: "${cleansValue}…": the value passed in is what is cleaned`, 'read', 0.5);
    categoryWhy = `its name says "clean", but its description says it ${cleansValue.toLowerCase()}s a value the caller passes and returns the result, changing nothing stored`;
    category = 'read';
  }

  // 1b'''. Downloading to a place on this machine the caller names writes a file there (and may replace one).
  // (With no verb in the name, a download the description joins to its first verb, "Retrieve and download build artifacts",
  // or an action that offers one, counts as well.)
  const downloads = [...nameVerbs, ...(nameVerbs.length === 0 && descTop ? [descTop, ...desc.joined, ...params.actions.map((a) => ({ word: a.value, sense: a.sense }))] : [])].find((v) => v.sense.base === 'download');
  if (category === 'read' && downloads && params.savesTo) {
    push(signals, 'parameter', `"${downloads.word}" to the place in \`${params.savesTo}\``, 'write', 0.45);
    categoryWhy = `it downloads to a place on this machine the caller names (\`${params.savesTo}\`), which writes a file there`;
    category = 'write';
    // (A read-only hint speaks for the server's own data; the file written here is this machine's.)
    textOnly = false;
  }
  // …or to a place its description says it saves to ("Files are saved to the downloads directory").
  const savedLocally = category === 'read' && downloads ? SAVES_A_FILE.exec(desc.opening)?.[0] : undefined;
  if (savedLocally && downloads && !/\b(?:not|never|without)\b/.test(savedLocally)) {
    push(signals, 'description', `"${downloads.word}", description: "${savedLocally}"`, 'write', 0.45);
    categoryWhy = `it downloads onto this machine ("${savedLocally}"), which writes a file there`;
    category = 'write';
    textOnly = false;
  }
  // …and so does making something (speech, a report) that its first sentence says it saves to a file there.
  // …and so does an export or a download that takes such a place (`output_path`, `localPath`): the file is left there.
  // (…and so does packing files into an archive there.)
  // (…and so does rendering into such a place, as the name or the description's first verb says: `generate_set`,
  // "Batch-renders an ordered screenshot set", with `outputDir`.)
  // (…and so does making a file's content, generated, converted or extracted, with such a place it always puts it, required
  // or with a default: `json_to_parquet` with `output_path`, `generate_contract` with `outputPath` "(default: ./contract.json)".)
  const exported = specific.find((v) => v.sense.base === 'export' || v.sense.base === 'download' || v.sense.base === 'render' || ARCHIVERS.has(v.sense.base) || (FILE_MAKERS.has(v.sense.base) && params.savesAlways))
    ?? (desc.verbs[0]?.sense.base === 'render' ? desc.verbs[0] : undefined);
  // (…and so does a tool named for the export it makes, `audit_export` with `out`: "export" is its product there, not its verb.)
  const namedExport = ev.name.words.find((w) => w === 'export' || w === 'exports');
  const savesFile = category === 'read' && params.savesTo ? SAVES_A_FILE.exec(desc.lead)?.[0] ?? exported?.word ?? DOWNLOADS_HERE.exec(desc.opening)?.[0] ?? namedExport : undefined;
  if (savesFile && !/\b(?:not|never|without)\b/.test(savesFile)) {
    push(signals, 'description', `description: "${savesFile}", to the place in \`${params.savesTo}\``, 'write', 0.45);
    categoryWhy = `its description says it saves a file ("${savesFile}") to a place on this machine the caller names (\`${params.savesTo}\`)`;
    category = 'write';
  }

  // …and so does an export its description sends into storage ("Export a Cloud DB backup file to Object Storage", "to an
  // Object Storage bucket"): the copy is written there, whatever hint the server gives.
  const exportedTo = category === 'read' && specific.some((v) => v.sense.base === 'export') ? EXPORTED_TO_STORAGE.exec(desc.lead)?.[0] : undefined;
  if (exportedTo) {
    push(signals, 'description', `description: "${exportedTo}"`, 'write', 0.45);
    categoryWhy = `its description says what it exports is copied into storage ("${exportedTo}"), which writes it there`;
    category = 'write';
    textOnly = false;
  }

  // …and so does a look with a switch to store what it gets that is on unless turned off (`upload`, default true:
  // "Re-host each result on the site's CDN"): a call left at its defaults stores it.
  if (category === 'read' && params.storesByDefault) {
    push(signals, 'parameter', `\`${params.storesByDefault}\` is on by default`, 'write', 0.45);
    categoryWhy = `its \`${params.storesByDefault}\` switch is on by default, so a call left at its defaults also stores what it gets`;
    category = 'write';
    textOnly = false;
  }

  // …and so does a look with a dry-run switch (`dry_run`: "Show what would be generated"): the switch is there because
  // the call changes something when it is off. (Not a check's, "Validate the CI YAML" with the API's own `dry_run`, nor a
  // fetch's, whose dry run only skips keeping what it fetched.)
  const lookActs = specific.length > 0 ? specific : desc.verbs.slice(0, 1);
  const dryRunParam = category === 'read' && !lookActs.some((v) => DRY_RUN_READS.has(v.sense.base)) ? params.names.find((n) => /^dry[_-]?run$/i.test(n)) : undefined;
  if (dryRunParam) {
    push(signals, 'parameter', `a dry-run switch, \`${dryRunParam}\``, 'write', 0.45);
    categoryWhy = `it has a dry-run switch (\`${dryRunParam}\`), so a call without it changes what it would otherwise only show`;
    category = 'write';
  }

  // …and so does a look whose text says it keeps what it finds ("external searches, and it writes findings"): the
  // findings are stored for later calls, a record the call adds.
  const keepsFindings = category === 'read' ? KEEPS_FINDINGS.exec(desc.opening)?.[0] : undefined;
  if (keepsFindings) {
    push(signals, 'description', `description: "${keepsFindings}"`, 'write', 0.45);
    categoryWhy = `its description says it stores what it finds ("${keepsFindings}")`;
    category = 'write';
  }

  // 1b'''''. Logging out by clearing the caller's own locally stored tokens ("Clears ~/.ifood-mcp/tokens.json") ends its
  // session on this machine; logging in again undoes it, and nothing else is lost.
  // (Not one whose text says it cannot be undone, or that deletes more than the sign-in, a browser profile.)
  const logsOut = nameVerbs.some((v) => v.sense.base === 'logout') && category === 'destructive' && !desc.permanent && !/\bno undo\b|\bbrowser profile\b/.test(desc.opening) ? LOCAL_SIGN_IN_STORE.exec(desc.opening)?.[0] : undefined;
  if (logsOut) {
    push(signals, 'description', `logs out by clearing "${logsOut}"`, 'write', 0.5);
    category = 'write';
    categoryWhy = `it logs out by clearing the caller's own stored sign-in ("${logsOut}"); logging in again undoes it`;
  }

  // 1b''''''. A delete the text calls a simulation that is not kept ("Delete a user (simulation - does not persist)", a practice
  // API's), or one made to the current session only, destroys nothing: the call is a write that changes nothing stored.
  const notKept = desc.simulated ?? desc.sessionOnly;
  if (notKept && category === 'destructive') {
    push(signals, 'description', `description: "${notKept}"`, 'write', 0.5);
    category = 'write';
    categoryWhy = desc.simulated ? `its text says the change is only simulated ("${notKept}"): nothing is deleted`
      : `its text says the change is made to the current session only ("${notKept}"): nothing stored is deleted`;
  }

  // …and so does a delete the text says is undone through the API itself ("deleting a record sets its `active` field to `0`.
  // … Inactive records can be restored by setting their `active` field to `1`", "Soft-delete … Recoverable with list(…)"):
  // the record stays, a field of it changes. (A trash emptied after 30 days, or a restore by hand in a UI, is not this.)
  const undoneByCall = category === 'destructive' ? RESTORED_BY_CALL.exec(desc.opening)?.[0] : undefined;
  if (undoneByCall) {
    push(signals, 'description', `description: "${undoneByCall}"`, 'write', 0.5);
    category = 'write';
    categoryWhy += `, but its text says what it deletes is brought back through the API ("${undoneByCall}"): the record stays, and a field of it changes`;
  }

  // …and so does a generation the service runs as a job of its own ("Generation is asynchronous; poll … until", "initiates the
  // generation of employee checks", "Trigger generation of an order's invoice"), or one whose results it adds where they live
  // ("and import it into a CRM location", "each variant is added as 'active'"): what it makes is stored there.
  // (…or proposed where the code lives: "Creates test files and opens a PR with them".)
  const generatesStored = category === 'read' && specific.some((v) => v.sense.base === 'generate') ? STORED_GENERATION.exec(desc.opening)?.[0] : undefined;
  if (generatesStored) {
    push(signals, 'description', `description: "${generatesStored}"`, 'write', 0.45);
    categoryWhy = `it has the service generate and keep something ("${generatesStored}"), a job that stores what it makes`;
    category = 'write';
  }

  // …and so does a read whose text says it saves what it fetched where the caller works ("Download an attachment … and save
  // it to the local filesystem", "Also writes it to .passalong/<id>.md", "auto-save it to the local build library"): a file
  // is left behind, as a download to a file leaves one.
  const savedHere = category === 'read' ? SAVED_LOCALLY.exec(desc.opening)?.[0] : undefined;
  if (savedHere) {
    push(signals, 'description', `description: "${savedHere}"`, 'write', 0.45);
    categoryWhy = `it saves what it fetches to a file ("${savedHere}"), which is left behind`;
    category = 'write';
  }

  // 1b''''. Cancelling or stopping a run (a job, a build, a deployment) throws away only that run's
  // progress, and it can be started again: "terminate a running job" ends the run, not the job.
  const halted = haltedRun(specific, objects);
  if (halted && (category === 'destructive' || category === 'execute')) {
    push(signals, nameSource, `"${halted.verb}" ${oneOf(halted.run)} in progress`, 'write', 0.5);
    categoryWhy = `its ${nameSource} says "${halted.verb}" (${halted.run}): it stops a run in progress, which can be started again`;
    category = 'write';
  }

  // 1b'''''''. Closing a terminal or a PTY session ends the processes running in it, and what they were doing is lost.
  const terminal = category === 'write' && specific.some((v) => TERMINAL_ENDS.has(v.sense.base)) ? objects.find((o) => TERMINALS.has(o)) : undefined;
  if (terminal) {
    push(signals, nameSource, `closes ${oneOf(terminal)} and the processes running in it`, 'destructive', 0.5);
    categoryWhy = `it closes ${oneOf(terminal)} session, which ends the processes running in it; what they were doing is lost`;
    category = 'destructive';
  }
  // …and so does closing or shutting down anything, or stopping a session, whose text says the processes in it are
  // terminated or killed ("Close a pane, terminating its shell", "terminate all workers", "auto-escalates to SIGKILL").
  // (A server or a container stopped is started again as it was: only a session stopped loses what ran in it.)
  const endsSession = specific.some((v) => TERMINAL_ENDS.has(v.sense.base) || v.sense.base === 'shutdown')
    || (specific.some((v) => v.sense.base === 'stop') && (objects.some((o) => o === 'session' || o === 'sessions') || /^\W*(?:gracefully )?stops? (?:a |the |this )?(?:[\w-]+ )?session\b/.test(desc.lead)));
  const killed = category === 'write' && endsSession ? KILLS_WHAT_RUNS.exec(desc.opening)?.[0] : undefined;
  if (killed) {
    push(signals, 'description', `description: "${killed}"`, 'destructive', 0.5);
    categoryWhy = `it ends what runs there ("${killed}"), and what those processes were doing is lost`;
    category = 'destructive';
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
  // (The act the instructions are about, "provide installation instructions", is their topic, not something done.)
  if (desc.guidance && (category === 'write' || category === 'execute') && textOnly && !desc.runsCode
    && desc.verbs.every((v) => verbCategory(v, objects, ev) === 'read' || v.sense.base === category || (desc.guidance ?? '').split(' ').some((w) => w.startsWith(v.sense.base)))) {
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
      push(signals, nameSource, `"${trigger.word}" ${oneOf(head)}: a trigger`, 'execute', 0.5);
      category = 'execute';
      categoryWhy += `, which sets ${oneOf(head)} going whose effects the tool does not bound`;
    }
  }

  // …and so does setting a job's retries (`job_setRetries`, "the usual way to re-run the failed job"): the engine runs it again.
  const retried = category === 'write' && objects.some((o) => o === 'retries' || o === 'retry') && objects.some((o) => TRIGGERABLE.has(o))
    ? specific.find((v) => v.sense.base === 'set' || v.sense.base === 'reset' || v.sense.base === 'update') : undefined;
  if (retried) {
    push(signals, nameSource, `"${retried.word}" a job's retries: a retry`, 'execute', 0.5);
    category = 'execute';
    categoryWhy += ', and a job given retries is run again by its engine, with effects the tool does not bound';
  }

  // 1c'. An agent handed a free-form task to carry out in a browser or on a computer acts as it sees fit:
  // what it clicks, types and submits is not bounded by the tool.
  const agent = ev.name.words.find((w) => w === 'agent' || w === 'agents' || w === 'autopilot')
    ?? (/\b(?:browser automation|automates? (?:the |a )?browser)\b/.test(desc.lead) ? 'automated browser' : undefined);
  if (agent && params.task && (category === 'read' || category === 'write') && AGENT_ARENAS.test(`${desc.lead} ${ev.name.words.join(' ')}`)) {
    push(signals, 'parameter', `hands the task in \`${params.task}\` to ${oneOf(agent)} that acts in a browser or on a computer`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it hands a free-form task (\`${params.task}\`) to ${oneOf(agent)} that browses and acts on its own`;
  }

  // 1c'. Starting an agent (its machine, a chat with it) sets it acting on its own, as a job whose effects the tool does not
  // bound: execute. (Recording that an invocation started is bookkeeping: `startAgentInvocation`.)
  const startsAgent = specific.length > 0 && specific.every((v) => AGENT_RUNS.has(v.sense.base))
    && objects.some((o) => o === 'agent' || o === 'agents') && !objects.some((o) => RECORDS_OF_RUNS.has(o));
  if (startsAgent && category === 'write') {
    push(signals, nameSource, `"${(specific[0] as VerbHit).word}" an agent: it acts on its own`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it starts an agent, which then acts on its own in ways the tool does not bound`;
    textOnly = false;
  }

  // 1d. Driving a UI: on a server whose tools click, type and navigate, filling a form, selecting an option,
  // uploading into a page, resizing or closing a tab is a step of that UI, not a change to stored data.
  // Dropping onto a page element (drag and drop) is such a step too, not a drop of data.
  const uiDrop = category === 'destructive' && specific.length > 0 && specific.every((v) => v.sense.base === 'drop');
  // A part only a browser or an app screen has (a tab, a checkbox) names the UI in the tool itself.
  // (A document's tabs and a sheet's dropdowns are content; "check if" asks, it does not tick.)
  const leadWords = desc.lead.split(/[^a-z0-9]+/);
  // (…and so does a check of anything but a box to tick: "Check element is visible".)
  // (…or of a box when the tool asks about it: "Check if a checkbox is checked", `browser_is_checked`.)
  // (…and so is "a fast check for whether any element matches".)
  const asksIf = /\bcheck (?:for )?(?:if|whether)\b/.test(desc.lead) || ev.name.words.includes('is');
  // (…whether the name says "check" or, with no verb in the name, the description does: "Check the status of a local browser session".)
  const acting = specific.length > 0 ? specific : nameVerbs.length === 0 && descTop ? [descTop] : [];
  const checksOnly = acting.length > 0 && acting.every((v) => v.sense.base === 'check') && (asksIf || !/\b(?:checkbox(?:es)?|radio|toggle|switch)\b/.test(`${desc.lead} ${ev.name.words.join(' ')}`));
  const asks = asksIf || checksOnly;
  const ownUi = asks || [...ev.name.words, ...leadWords].some((w) => DOCUMENT_WORDS.has(w))
    ? undefined : [...ev.name.words, ...leadWords].find((w) => BROWSER_PARTS.has(w));
  // With no verb in the name (`browser_new_tab`), the description's ("Open a new tab") is the step.
  // (…and "handle", a verb too general to be a step elsewhere, is one before a dialog: `browser_handle_dialog`.)
  const steps = checksOnly ? [] : specific.length > 0 ? specific : nameVerbs.length === 0 && descTop && !asks ? [descTop]
    : objects.some((o) => PAGE_DIALOGS.has(o)) ? nameVerbs.filter((v) => DIALOG_ANSWERS.has(v.sense.base)) : [];
  // Filling or uploading into a page's own input ("fill out an input field", "upload to a file input") is a step in that page.
  const pageInput = steps.some((v) => UI_INPUT_STEPS.has(v.sense.base)) ? PAGE_INPUT.exec(desc.lead)?.[0] : undefined;
  // Reloading the page a browser shows ("Reload the current page", `browser_reload`) is a step in that browser, as going back is.
  const reloadsPage = steps.some((v) => PAGE_RELOADS.has(v.sense.base)) ? CURRENT_PAGE.exec(desc.lead)?.[0] ?? (ownUi === 'browser' ? 'the browser' : undefined) : undefined;
  // …and so is reshaping what a browser or a device shows: a viewport resized, a browser's window, a screen's orientation set.
  // (A viewport only where it is resized or sized: a scene's Viewport node or a canvas's camera set is content.)
  const sizes = steps.some((v) => v.sense.base === 'resize') || objects.some((o) => o === 'size' || o === 'dimensions') || /\b(?:dimensions|pixels)\b/.test(desc.lead);
  const reshapes = steps.some((v) => VIEW_RESHAPES.has(v.sense.base))
    ? [...objects, ...leadWords].find((w) => w === 'orientation' || (w === 'viewport' && sizes))
      ?? (steps.some((v) => v.sense.base === 'resize') ? SHOWN_WINDOW.exec(desc.lead)?.[1] : undefined)
    : undefined;
  const drives = ev.server.drivesUi ?? (ownUi !== undefined ? `it names ${oneOf(ownUi)}` : pageInput !== undefined ? `it names "${pageInput}"`
    : reloadsPage !== undefined ? `it reloads ${reloadsPage}` : reshapes !== undefined ? `it reshapes the ${reshapes}` : undefined);
  // Without the server's word for it, only a step that works a control (fill, tick, open a tab) drives the UI.
  // (…and so does setting a page's control, `browser_set_combobox`, `browser_set_date`: it is picked as a person would;
  // and handling, accepting or dismissing its dialog, `dismiss_dialog`, a browser `alert`, answers it as a person would.)
  const setsControl = (steps.some((v) => v.sense.base === 'set') && objects.some((o) => PAGE_CONTROLS.has(o)))
    || (steps.some((v) => DIALOG_ANSWERS.has(v.sense.base)) && objects.some((o) => PAGE_DIALOGS.has(o)));
  const ownStep = ev.server.drivesUi !== undefined || setsControl || reloadsPage !== undefined || reshapes !== undefined || steps.some((v) => UI_INPUT_STEPS.has(v.sense.base) || UI_READ_STEPS.has(v.sense.base));
  if (drives && ownStep && (category === 'write' || uiDrop || (category === 'read' && steps.some((v) => UI_READ_STEPS.has(v.sense.base))))) {
    const step = steps[0] ?? nameVerbs[0] ?? (asks ? undefined : descTop);
    const inputs = step !== undefined && UI_INPUT_STEPS.has(step.sense.base);
    // Closing or resizing the browser ends or reshapes the session; it takes no step in a page.
    const part = objects.find((o) => UI_OBJECTS.has(o)) ?? UI_LEAD.exec(desc.lead)?.[1]
      ?? (inputs ? desc.lead.split(/[\s/]+/).find((w) => UI_OBJECTS.has(w)) : undefined)
      // (…and a bare `refresh` that reloads "the current page" works that page.)
      ?? (reloadsPage !== undefined ? 'page' : undefined);
    // (Deleting or clearing cookies empties what the browser keeps, not a page: no step is taken; setting them, or a
    // page's local storage, changes what it keeps, a write, as the labelled set-cookies tools are.)
    const dropsCookies = (objects.some((o) => COOKIES.has(o)) && COOKIE_DROPS.has(step?.sense.base ?? ''))
      || ((objects.some((o) => COOKIES.has(o)) || (objects.includes('local') && objects.includes('storage'))) && COOKIE_SETS.has(step?.sense.base ?? ''));
    // (Nor does a highlight overlay: it marks an element for a person to see and acts on nothing.)
    const marksOnly = step !== undefined && (step.sense.base === 'highlight' || step.sense.base === 'unhighlight');
    // (…nor does picking which tab or page later steps act on, or resizing the window, where the server declares it
    // read-only: it changes only the view, and the server says so.)
    // (…and so does a recording of the session, a trace or a video, started, stopped or marked, where the server declares it read-only.)
    const declaredViewOnly = ev.annotations.readOnly === true && step !== undefined
      && (step.sense.base === 'resize' || ((step.sense.base === 'select' || step.sense.base === 'switch') && objects.some((o) => VIEW_PARTS.has(o)))
        || objects.some((o) => SESSION_RECORDINGS.has(o)));
    // (Clearing an input field, though, is typing nothing into it: a step in the page, as filling it is.)
    const clearsField = step !== undefined && step.sense.base === 'clear' && objects.some((o) => INPUT_FIELDS.has(o));
    if (part && step && !ADDITIVE_DATA.has(step.sense.base) && (!SESSION_ENDINGS.has(step.sense.base) || step.sense.base === 'resize' || clearsField) && !dropsCookies && !marksOnly && !declaredViewOnly) {
      const where = ev.server.drivesUi ? `a server that drives a UI (${ev.server.drivesUi})` : `a browser or app UI (${drives})`;
      push(signals, ev.server.drivesUi ? 'server' : 'name', `a UI step ("${step.word}" ${part}) on ${where}`, 'execute', 0.45);
      category = 'execute';
      categoryWhy = ev.server.drivesUi
        ? `its name says "${step.word}" (${part}), a step in an interactive UI that the server drives (${ev.server.drivesUi})`
        : `"${step.word}" (${part}) is a step in an interactive browser or app UI (${drives})`;
      textOnly = false;
    }
  }

  // …and so does exploring or scanning pages there, a page at a URL or a product's pages: the driven browser goes to each.
  const explores = ev.server.drivesUi !== undefined && category === 'read' && ev.annotations.readOnly !== true
    && [...nameVerbs, ...desc.verbs.slice(0, 2)].some((v) => PAGE_WALKS.has(v.sense.base))
    && (objects.some((o) => o === 'page' || o === 'pages' || o === 'product') || /\bpages?\b/.test(desc.lead));
  // (…and so does a look whose text says it navigates a browser to the URL and captures the page, "Navigates to the URL,
  // captures a snapshot and screenshot": it drives a browser there, whatever the server is.)
  const navigatesThere = category === 'read' && ev.annotations.readOnly !== true && NAVIGATES_AND_CAPTURES.test(desc.opening);
  if (explores) {
    push(signals, 'server', `explores pages on a server that drives a UI (${ev.server.drivesUi})`, 'execute', 0.45);
    categoryWhy = `it explores pages in the browser the server drives (${ev.server.drivesUi}), going to each`;
  } else if (navigatesThere) {
    push(signals, 'description', 'navigates a browser to the URL and captures the page', 'execute', 0.45);
    categoryWhy = 'its description says it navigates a browser to the URL and captures the page there';
  }
  if (explores || navigatesThere) {
    category = 'execute';
    textOnly = false;
  }

  // 2. Offered actions (an enum of operations): the most dangerous one counts. On a listing
  // (`list_adjustments` with `action: [refund, credit]`) such an enum filters what is listed.
  // An enum that offers reading itself beside changes (`operation: [list, read, create, delete]`) picks
  // the operation: a filter's values are kinds of record, never the reading.
  const actionCategories = params.actions.map((a) => verbCategory(a, a.objects.length > 0 ? a.objects : objects, ev));
  const picksOperation = actionCategories.includes('read') && actionCategories.some((c) => c !== 'read');
  // (…and so does it on a summary: with no verb in the name, a description that opens by summing up records
  // ("Summarize tracked object activity by type", `action: [create, update, delete]`) sums up the ones created, updated or deleted.)
  const summarizes = nameVerbs.length === 0 && descTop !== undefined && ev.descriptionOpens === descTop.sense.base && SUMMARIES.has(descTop.sense.base);
  const filters = !picksOperation && ((specific.length > 0 && specific.every((v) => LISTINGS.has(v.sense.base) || v.sense.base === 'count' || v.sense.base === 'filter')) || summarizes);
  // With no verb of its own and only a generic one in the description ("Manage users…"), the enum
  // (`operation: [list, current]`) is the exact list of what it does.
  // (A download it offers to a place the caller names still writes there.)
  if (params.actions.length > 0 && specific.length === 0 && nameVerbs.length === 0 && category === 'write' && desc.verbs.every((v) => v.sense.generic || verbCategory(v, objects, ev) === 'read')
    && !(downloads && params.savesTo)) category = 'read';
  // Asking the user's permission for an operation (`request_file_permission` with `operation: [create, delete]`)
  // performs none of them: the operations are what it asks about, and the answer comes back.
  // ("request" is no verb of ours: it is as often a thing, a pull request or a leave request.)
  const asked = ev.name.words.find((w) => PERMISSIONS_ASKED.has(w));
  const asksPermission = asked !== undefined && specific.every((v) => PERMISSION_ASKS.has(v.sense.base))
    && ev.name.words.some((w) => PERMISSION_ASKS.has(w)) && !MARKED_FOR_REVIEW.test(ev.description.lead) && !RETURNS_REQUEST_ID.test(ev.description.opening);
  // Reading the documentation of an operation (`get_openapi_reference` with `operation: [create, delete]`) performs none:
  // the enum picks whose reference comes back.
  // (…and so does a tool named for the documentation itself, `guide` with `action: [api_key, upgrade]`: the enum picks the guide;
  // one with a dry-run switch, `help` with `dry_run`, does more than show a guide.)
  const documents = (specific.length > 0 && specific.every((v) => verbCategory(v, objects, ev) === 'read') && objects.some((o) => DOCUMENTATION.has(o)))
    || (ev.name.words.length > 0 && ev.name.words.every((w) => DOCUMENTATION.has(w) || ev.server.words.has(w)) && ev.name.words.some((w) => DOCUMENTATION.has(w))
      && !params.names.some((n) => DRY_RUN_SWITCHES.test(n)));
  // A mode that only picks between previewing and carrying out the tool's own change (`mode: [preview, execute]`) is a
  // dry-run switch: "execute" there is the tool's verb (push, commit) done for real, not code run.
  const dryRunSwitch = params.actions.some((a) => PREVIEW_MODES.has(a.value.toLowerCase())) && params.actions.every((a) => PREVIEW_MODES.has(a.value.toLowerCase()) || CARRY_OUT_MODES.has(a.value.toLowerCase()));
  const proposesChanges = OPENS_PULL_REQUEST.test(desc.lead) || (ev.name.words.includes('pr') && specific.some((v) => v.sense.base === 'open' || v.sense.base === 'create'));
  const editsArray = specific.length > 0 && specific.every((v) => ARRAY_EDITS.has(v.sense.base)) && EDITED_ARRAY.test(desc.lead);
  if (params.actions.length > 0 && !filters && !asksPermission && !documents && !dryRunSwitch) {
    // `remove_annotations` names its own object; a bare `remove` acts on the tool's.
    const catOf = (a: (typeof params.actions)[number]) => {
      const c = verbCategory(a, a.objects.length > 0 ? a.objects : objects, ev);
      // A pull request's file changes (`changes[].mode: [create, update, delete]`) are proposed for review: a file it
      // deletes is gone only once someone merges it.
      if (c === 'destructive' && proposesChanges) return 'write';
      // An entry removed from an array the tool edits inside a thing ("Edit an entry switches array", `op: [add, remove,
      // replace, move]`) changes the thing that holds the array, which can take it back: an edit.
      if (c === 'destructive' && editsArray && ENTRY_REMOVALS.has(a.value.toLowerCase())) return 'write';
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
    const ops = [...new Set(desc.offered.map((v) => v.word))];
    push(signals, 'description', `description lists "${worst.word}" among ${ops.join('/')}`, wc, 0.45);
    // (…and as what it says, when the name's verb is generic and no parameter lists the actions: "manage" says less.)
    if (rank(wc) > rank(category) || (rank(wc) === rank(category) && wc !== 'read' && nameVerbs.every((v) => v.sense.generic) && params.actions.length === 0)) {
      category = wc;
      const worstOnes = ops.filter((w) => desc.offered.some((v) => v.word === w && verbCategory(v, objects, ev) === wc)).map((w) => `"${w}"`);
      categoryWhy = `its description lists the operations ${ops.slice(0, 8).join('/')}, of which ${worstOnes.length > 1 ? `${worstOnes.slice(0, -1).join(', ')} and ${worstOnes.at(-1)} are` : `${worstOnes[0]} is`} the most dangerous`;
      textOnly = false;
    }
  }

  if (asksPermission) {
    push(signals, 'name', `asks for ${asked}`, 'read', 0.5);
    category = 'read';
    categoryWhy = `it asks the user for ${asked} and returns the answer; the operations it names are what it asks about, and it performs none of them`;
  }

  // A tool whose text calls its own verb a no-op ('No-op "stop" for the in-process MCP toolset') does nothing when
  // called: it only answers.
  const noOp = NO_OP_VERB.exec(desc.opening)?.[1];
  if (noOp && category === 'write' && nameVerbs.some((v) => v.word === noOp || v.sense.base === noOp)) {
    push(signals, 'description', `description: a no-op "${noOp}"`, 'read', 0.5);
    category = 'read';
    categoryWhy = `its description says its "${noOp}" is a no-op: the call changes nothing and only answers`;
  }

  // 3. Code, commands or queries the caller supplies make it execute.
  // Code handed to a tool that only checks it (`validate`, `lint`, `explain`) is data, not something it runs.
  // A query in a query language (a filter, a pipeline) handed to any other read — `find`, `export` — is run
  // against the database, so it counts there too.
  // (Nor is code a generator writes into a file, docs or tests: `generate_component_doc` with usage examples.)
  const generatesFiles = specific.length > 0 && specific.every((v) => v.sense.base === 'generate') && generatesFile(objects, ev);
  // (…but a program handed to a generator or a renderer, "JavaScript code using the primitives above to generate parts", is run to make its output.)
  const runsProgram = specific.length > 0 && !generatesFiles && specific.every((v) => PROGRAM_RUNNERS.has(v.sense.base)) && params.code.some((c) => c.kind === 'code' && c.strong);
  // (…and code whose own text says it is evaluated there, "JS evaluated in the app", is run whatever the tool's verb says.)
  // (…and so is a shell command handed to a monitor, whose every line of output it streams: it starts the command to watch it.)
  const watchesCommand = specific.length > 0 && specific.every((v) => COMMAND_WATCHERS.has(v.sense.base)) && params.code.some((c) => c.kind === 'host' && c.strong);
  // (…and so is code handed to a wait, a JavaScript predicate polled until it holds: `wait_for` with `js` runs it each time.)
  const waitsOnCode = specific.length > 0 && specific.every((v) => CONDITION_WAITS.has(v.sense.base)) && params.code.some((c) => c.kind === 'code' && c.strong);
  const acts = specific.length === 0 || runsProgram || watchesCommand || waitsOnCode || params.code.some((c) => c.evaluated === true)
    || (!generatesFiles && specific.some((v) => verbCategory(v, objects, ev) !== 'read' || v.sense.base === 'query' || v.sense.base === 'evaluate'))
    || (descTop !== undefined && verbCategory(descTop, objects, ev) === 'execute');
  // (…except a count, which hands back only a number, whatever filter picked the records: no record leaves.)
  const countsOnly = specific.length > 0 && specific.every((v) => v.sense.base === 'count');
  // (…but an explain with an `analyze` switch is EXPLAIN ANALYZE, which runs the query to time it: a DML statement does its work.)
  const explainsByRunning = specific.length > 0 && specific.every((v) => v.sense.base === 'explain') && params.names.some((n) => /^analy[sz]e$/i.test(n));
  // (…and so does a query analysed with EXPLAIN, "Analyzes a SQL query using EXPLAIN": the database parses and plans the
  // caller's statement, so the tool takes a free-form query whatever its verb says.)
  // (…and so does an explain of a statement's plan handed in a parameter named or described as SQL: only a database's planner
  // makes a query plan. What a statement does, explained in words, is still a read.)
  const explainsSql = specific.length > 0 && specific.every((v) => v.sense.base === 'explain') && /\bplans?\b/.test(desc.lead)
    && params.code.some((c) => c.kind === 'query' && c.strong && (c.name.toLowerCase() === 'sql' || c.language?.toLowerCase() === 'sql'));
  const runsQuery = !acts && !countsOnly && (specific.every((v) => !CODE_AS_DATA.has(v.sense.base)) || explainsByRunning || explainsSql || desc.explainsInDatabase !== undefined);
  // Editing a service's settings (`application-update` with its start `command` among them) configures
  // what the service runs; it runs nothing now. A tool that says it does not run its script does not.
  const reconfigures = specific.length > 0 && specific.every((v) => RECONFIGURES.has(v.sense.base)) && objects.some((o) => SERVICES.has(o))
    && params.code.every((c) => c.kind === 'host' && COMMAND_LINES.has(c.name.toLowerCase()));
  if (reconfigures) found.startCommand = params.code[0]?.name;
  // Text (even code) handed to a language model is read by the model, which only answers.
  const model = found.model;
  // A query kept in a record the tool creates or edits (a saved query, a metric, a question) is stored for later: nothing runs now.
  // (A database table keeps no query: `create_table` taking the statement itself runs it.)
  const storesQuery = specific.length > 0 && specific.every((v) => QUERY_KEEPERS.has(v.sense.base)) && params.code.length > 0 && params.code.every((c) => c.kind === 'query')
    && !objects.some((o) => DATABASE_TABLES.has(o));
  // …and so is code kept in a thing the tool creates or edits (an automation rule's JavaScript, an Auth0 action, a code block,
  // a script file of the project): it runs when that thing is triggered, not now. (A function or a worker put on a
  // serverless runtime is deployed, live at once.)
  const keeps = specific.length > 0 ? specific : nameVerbs.length === 0 && descTop !== undefined ? [descTop] : [];
  // (…nor is code the made thing runs as it starts, a sandbox's startup script or an agent's init script, nor a workflow's
  // nodes with the switch that makes it live, nor a database trigger's body, run on every change to the table from then on.)
  const storesCode = keeps.length > 0 && keeps.every((v) => QUERY_KEEPERS.has(v.sense.base)) && params.code.length > 0
    && params.code.every((c) => c.kind === 'code' && !c.evaluated && !START_SCRIPTS.test(splitName(c.name).join(' ')) && flatName(c.name) !== 'nodes')
    && !desc.runsCode && !RUNTIME_DEPLOYS.test(`${ev.name.words.join(' ')} ${desc.lead}`) && !objects.some((o) => o === 'trigger' || o === 'triggers');
  if (storesCode) found.storesCode = params.code[0]?.name;
  // ("Without executing it" is the plain EXPLAIN; its `analyze` switch still runs the statement.)
  const code = (desc.notRun && !explainsByRunning) || reconfigures || model || storesQuery || storesCode ? undefined : acts ? params.code[0] : runsQuery ? params.code.find((c) => c.kind === 'query' && c.strong) : undefined;
  const runsCode = code !== undefined || desc.runsCode !== undefined || found.rendersProgram !== undefined;
  // (Only planned, not run, where EXPLAIN alone is what made the query count.)
  const planned = code !== undefined && !acts && !explainsByRunning && specific.some((v) => CODE_AS_DATA.has(v.sense.base));
  if (found.rendersProgram && !code) {
    push(signals, 'parameter', `renders the program in \`${found.rendersProgram}\``, 'execute', 0.5);
    if (rank(category) < rank('execute')) {
      category = 'execute';
      categoryWhy = `it renders a program the caller writes (\`${found.rendersProgram}\`), which runs to draw it`;
      textOnly = false;
    }
  }
  const relayed = code ? undefined : relaysCall(ev);
  if (relayed && rank(category) < rank('execute')) {
    push(signals, 'parameter', `relays a call to the tool the caller names (${relayed})`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it relays a call to whichever tool the caller names, with its arguments (${relayed}): it does what that tool does`;
    textOnly = false;
  }
  if (code) push(signals, 'parameter', `parameter \`${code.name}\` takes ${code.kind === 'query' ? 'a query' : code.kind === 'host' ? 'a command' : 'code'}`, 'execute', 0.55);
  if (desc.runsCode) push(signals, 'description', `description: "${desc.runsCode}"`, 'execute', 0.45);
  if (runsCode && rank(category) < rank('execute')) {
    category = 'execute';
    categoryWhy = code
      ? `it takes ${code.kind === 'query' ? 'a free-form query' : code.kind === 'host' ? 'a command' : 'code'} in \`${code.name}\` and ${planned ? 'hands it to the database to plan (EXPLAIN)' : 'runs it'}`
      : `its description says it runs "${desc.runsCode}"`;
    textOnly = false;
  }

  // …and a prompt handed over with a cron expression (`CronCreate` with `prompt` and `cron`) is an agent's task set to
  // run on that schedule: the agent does whatever the prompt asks, with its tools, each time it fires.
  const scheduledPrompt = category === 'write' && params.names.some((n) => /^prompt$/i.test(n)) && params.names.find((n) => CRON_PARAM.test(n));
  if (scheduledPrompt) {
    push(signals, 'parameter', `a \`prompt\` run on the schedule in \`${scheduledPrompt}\``, 'execute', 0.45);
    category = 'execute';
    categoryWhy = `it sets a prompt to run on the schedule in \`${scheduledPrompt}\`, and the agent acts on it each time`;
    textOnly = false;
  }

  // 3a. Debugging a test, a script or a program runs it under the debugger: its code executes, whatever it does.
  const debugged = category === 'read' && specific.some((v) => v.sense.base === 'debug') ? objects.find((o) => DEBUGGED_RUNS.has(o)) : undefined;
  if (debugged) {
    push(signals, nameSource, `"debug" ${oneOf(debugged)}: runs it under a debugger`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it debugs ${oneOf(debugged)}, which runs it under a debugger: its code executes`;
    textOnly = false;
  }

  // …and moving a rolling release on (approving its next stage, completing it) shifts production traffic to the new
  // deployment: a deployment step, whose effects the tool does not bound.
  const rollout = /\brolling release\b|\brollouts?\b/.test(ev.name.words.join(' '));
  // (The name's words, not its parsed verb: in `rolling-release-complete-rolling-release` "release" is the thing.)
  const movesOn = rollout && category === 'write' ? ev.name.words.find((w) => ROLLOUT_STEPS.has(w)) : undefined;
  if (movesOn) {
    push(signals, 'name', `"${movesOn}" a rolling release`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it moves a rolling release on ("${movesOn}"), shifting production traffic to the new deployment`;
    textOnly = false;
  }

  // …and so does a description that says the tool sets off what it does not bound (UNBOUNDED_RUNS).
  const unbounded = rank(category) < rank('execute') ? UNBOUNDED_RUNS.map((run) => ({ run, said: run.pattern.exec(desc[run.in])?.[0] })).find((r) => r.said !== undefined) : undefined;
  if (unbounded?.said !== undefined) {
    push(signals, 'description', `description: "${unbounded.said}"`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = unbounded.run.why(unbounded.said);
    textOnly = false;
  }

  // 3a'. An agent set going: started or spawned with a task, or sent one, an agent acts with its own tools.
  const setGoing = agentSetGoing(ev, specific) ?? promptForAgent(ev, specific);
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
  // (…and so does one a tool says it runs against a model, `ollama_run`: what runs is the model, on the prompt.)
  const runsPrompt = category === 'execute' && !runsCode && [...specific, ...(descTop ? [descTop] : [])].every((v) => RUN_VERBS.has(v.sense.base));
  if (model && (category === 'write' || runsPrompt)) {
    push(signals, 'description', `hands text to a language model ("${model}")`, 'read', 0.5);
    category = 'read';
    categoryWhy = `it hands text to a language model ("${model}") and returns its answer`;
    textOnly = false;
  }

  // 3a''. A question in plain language put to a database (`natural-language-spanner-query`, `nl_query`): the server
  // writes the query and runs it, a query no one reviews. (Turned into DQL or a metrics query and only returned, it runs nothing.)
  const nameText = ev.name.words.join(' ');
  const askedInWords = /\b(?:natural language|nl)\b/.test(nameText) && /\bquery\b/.test(nameText)
    && (/\bsql\b/.test(nameText) || DATABASES.test(`${nameText} ${desc.lead} ${[...ev.server.words].join(' ')}`))
    && !/\b(?:generate|explain|translate)\b/.test(nameText);
  if (askedInWords && rank(category) < rank('execute')) {
    push(signals, 'name', 'a question in plain language run as SQL', 'execute', 0.5);
    category = 'execute';
    categoryWhy = 'its name says it puts a question in plain language to a SQL database: the server writes the SQL and runs it, unreviewed';
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
  // …and a headless browser a read launches for its own measuring (a Lighthouse audit) is how it reads; so is any browser
  // a read says it launches to load the page it reads ("Launches a real browser, navigates to the site, and returns…").
  const ownBrowser = /\bheadless\b|\blaunch(?:es)? (?:a |an |its own )?(?:real |new |fresh )?browser\b/.test(desc.drivesApp ?? '') && specific.length > 0 && specific.every((v) => verbCategory(v, objects, ev) === 'read');
  if (desc.drivesApp && category === 'read' && !ownBrowser && !(specific.length > 0 && specific.every((v) => SHOWS_RESULT.has(v.sense.base)))) {
    category = 'execute';
    categoryWhy += `, but the description says it drives a program ("${desc.drivesApp}")`;
    textOnly = false;
  }
  // Input simulated or injected into a running program (key presses in an editor, input events in a game being played)
  // drives that program, as a browser's key press does: whatever the keys do there happens.
  if (desc.injectsInput && (category === 'read' || category === 'write')) {
    push(signals, 'description', `description: "${desc.injectsInput}"`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `, and the description says it drives a running program with input ("${desc.injectsInput}")`;
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
  const packageManager = category === 'write' ? runsPackageManager(ev, specific) : undefined;
  if (packageManager) {
    push(signals, 'description', `description: "${packageManager}": a package manager installs third-party packages and runs their scripts here`, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `; the description says "${packageManager}": the package manager fetches third-party packages and runs their install scripts on this machine`;
    textOnly = false;
  }
  // A plugin, an extension or an add-on installed is third-party code that then runs inside the site, the browser or the app;
  // an app binary put on a device or a simulator ("Install an APK on an Android device") runs there (on the device, not this machine).
  // (The install may be the description's first word where the name says only "add": "Install plugin — Downloads and installs a plugin".)
  const installing = category === 'write' && (specific.some((v) => v.sense.base === 'install' || v.sense.base === 'reinstall') || ev.descriptionOpens === 'install');
  const plugin = installing ? objects.find((o) => PLUGINS.has(o)) ?? INSTALLED_PLUGIN.exec(desc.lead)?.[1] : undefined;
  const fromRepository = installing && plugin === undefined ? FETCHED_FROM_REPOSITORY.exec(desc.opening)?.[0] : undefined;
  const app = installing && plugin === undefined && fromRepository === undefined ? APP_BINARIES.exec(desc.lead)?.[0] : undefined;
  if (plugin || fromRepository || app) {
    const said = plugin ? `installs ${oneOf(plugin)}: third-party code that then runs` : fromRepository ? `installs what it fetches ("${fromRepository}"): third-party code that then runs` : `installs ${app} on a device`;
    push(signals, plugin && objects.includes(plugin) ? 'name' : 'description', said, 'execute', 0.45);
    category = 'execute';
    categoryWhy += plugin ? `; ${oneOf(plugin)} installed is third-party code that then runs inside what it extends`
      : fromRepository ? `; the description says "${fromRepository}": what it installs is third-party code that then runs where it is installed`
        : `; it installs ${app}, a program that then runs on the device`;
    textOnly = false;
  }
  // (…and so is what `kubectl` or `terraform` applies, a manifest or a plan, whether the name or the text names it.)
  const applies = specific.some((v) => v.sense.base === 'apply');
  // (`compose` is Docker Compose only beside Docker: `compose_screenshot` composes an image.)
  const toolAndServer = `${ev.name.words.join(' ')} ${desc.lead} ${[...ev.server.words].join(' ')}`;
  const composeFile = /\b(?:docker|podman|containers?|stacks?|services?|yml|yaml)\b/.test(toolAndServer);
  // (…and a manifest is a cluster's only where it is applied or the text is about deploying: a manifest of a folder's file
  // lists, saved for an incremental rebuild, deploys nothing.)
  const clusterManifest = applies || /\b(?:kube\w*|k8s|clusters?|helm|deploy\w*|pods?|namespaces?|argo\w*|openshift)\b/.test(toolAndServer);
  // (…and a deployable that only says what documentation is about, `generate_helm_docs`, makes the docs: nothing deploys.)
  const docsAbout = DOCUMENTATION.has(objects.at(-1) ?? '');
  const deployable = docsAbout ? undefined : objects.find((o) => DEPLOYABLE.has(o) && (o !== 'compose' || composeFile) && ((o !== 'manifest' && o !== 'manifests') || clusterManifest)) ?? (applies ? [...objects, ...desc.lead.split(' ')].find((w) => APPLIED_INFRASTRUCTURE.has(w)) : undefined);
  // (…and so is an application or a service made or started with a switch to deploy it at once, `instant_deploy`:
  // Coolify's `create_dockerfile_application` builds and runs what it is given.)
  const deploySwitch = objects.some((o) => DEPLOYED_APPS.has(o)) ? params.names.find((n) => /^instant_?deploy$/i.test(n)) : undefined;
  // What says it deploys, the signal it gives and the reason it reads as: the description, a deployable, or the switch.
  const deploysBy: [Signal['source'], string, string] | undefined = desc.deploys ? ['description', `description: "${desc.deploys}"`, `the description says "${desc.deploys}"`]
    : deployable !== undefined ? ['name', `deployable "${deployable}"`, `it puts ${oneOf(deployable)} into effect`]
    : deploySwitch !== undefined ? ['parameter', `\`${deploySwitch}\` deploys it at once`, `it takes \`${deploySwitch}\`, deploying what it makes at once`] : undefined;
  if (category === 'write' && deploysBy && !specific.some((v) => verbCategory(v, objects, ev) === 'destructive')) {
    push(signals, deploysBy[0], deploysBy[1], 'execute', 0.4);
    category = 'execute';
    categoryWhy += `; ${deploysBy[2]}, which is a deployment`;
    textOnly = false;
  }

  // 3b. Typing into a terminal (a PTY, a TTY, a shell session: `pty_write`, `pty_sendkey`) runs whatever is typed,
  // and opening one hands the caller a shell: both run commands on the machine the terminal is on.
  const typedInto = objects.find((o) => TERMINALS.has(o));
  // (A payment terminal, on a server that handles money, takes cards, not commands.)
  if (category === 'write' && typedInto && !ev.server.money && specific.length > 0 && specific.every((v) => TERMINAL_INPUTS.has(v.sense.base))) {
    push(signals, nameSource, `types into or opens ${oneOf(typedInto)}: commands run there`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it types into or opens ${oneOf(typedInto)}, where what is typed runs as commands`;
    textOnly = false;
  }

  // 3b. Under a debugger, watch expressions are evaluated in the stopped program ("Manage a set of watch expressions
  // and evaluate them in the current stopped frame"): the caller's expressions run there, as an evaluate does.
  // (…and so do they wherever the description names the stopped frame they are evaluated in.)
  if (category === 'read' && (ev.server.debugsPrograms || STOPPED_FRAME.test(desc.lead)) && /\bwatch expressions?\b/.test(desc.lead) && /\bevaluat\w*\b/.test(desc.lead)) {
    push(signals, 'description', 'evaluates watch expressions in the debugged program', 'execute', 0.5);
    category = 'execute';
    categoryWhy = 'it evaluates the caller\'s watch expressions in the stopped program, which runs them there';
    textOnly = false;
  }

  // 3b. A hover at a line and a character of a file (a language server's hover) looks up the symbol there: a read,
  // where a hover in a driven browser or app moves the pointer.
  const lspPosition = params.names.some((n) => /^line$/i.test(n)) && params.names.some((n) => /^(?:character|column|col)$/i.test(n));
  if (category === 'execute' && lspPosition && specific.length > 0 && specific.every((v) => v.sense.base === 'hover')) {
    push(signals, 'parameter', 'a hover at a line and a character of a file: a symbol looked up', 'read', 0.5);
    category = 'read';
    categoryWhy = 'it looks up the symbol at a line and a character of a file (a language server\'s hover)';
    textOnly = false;
  }

  // 3b. Transcribing a recording from a file on this machine (`file_path`, "a local audio file") returns the words
  // spoken in it: a read of the recording. A job sent to a cloud service, which spends quota or keeps the result, is a write.
  const transcribes = specific.length > 0 && specific.every((v) => v.sense.base === 'transcribe');
  const localRecording = params.names.some((n) => LOCAL_FILE_PARAMS.test(flatName(n))) || /\blocal (?:audio |video |media |wav )*(?:or video )?files?\b/.test(desc.lead);
  if (category === 'write' && transcribes && localRecording && !/\b(?:quota|credits?|submits?|jobs?|sav(?:e|es|ing)|stor(?:e|es|ing))\b/.test(desc.opening)) {
    push(signals, 'parameter', 'transcribes a recording on this machine and returns its words', 'read', 0.5);
    category = 'read';
    categoryWhy = 'it transcribes a recording from a file on this machine and returns the words spoken in it';
    textOnly = false;
  }

  // 3b. A command the tool runs with `--force` ("runs `jhipster jdl <file> --force`") overwrites what is there without
  // asking: a generator's forced run regenerates files over the project's own edits.
  if (category === 'write' && /\b(?:runs?|running|execut(?:es?|ing)) `[^`]*\s--force\b[^`]*`/.test(desc.opening)) {
    push(signals, 'description', 'runs a command with --force, overwriting what is there', 'destructive', 0.5);
    category = 'destructive';
    categoryWhy += '; it runs its command with `--force`, which overwrites what is there without asking';
    textOnly = false;
  }

  // 3b. Stopping or ending a process picked by its PID ("Stop a running process by PID") kills whatever process that is,
  // as `kill_process` does; a port-forward or a search stopped is the tool's own.
  const byPid = params.names.some((n) => /^pid$/i.test(n)) || /\bby pid\b/.test(desc.lead);
  const stopsProcess = specific.length > 0 && specific.every((v) => v.sense.base === 'stop' || v.sense.base === 'end') && objects.some((o) => o === 'process' || o === 'processes');
  if (category === 'write' && stopsProcess && byPid) {
    push(signals, nameSource, 'stops a process picked by its PID: it is killed', 'destructive', 0.5);
    category = 'destructive';
    categoryWhy += '; the process is picked by its PID, any process on the host, and stopping it kills it';
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

  // 4a'. A verb the description glosses as a delete in brackets ("Stop (delete) a cloud session") says what stopping does there.
  const glossedDelete = category === 'write' ? GLOSSED_DELETE.exec(desc.lead)?.[1] : undefined;
  if (glossedDelete) {
    push(signals, 'description', `description: "${glossedDelete}"`, 'destructive', 0.45);
    category = 'destructive';
    categoryWhy += `, and the description glosses it as a delete ("${glossedDelete}")`;
    textOnly = false;
  }

  // 4a. A text that lists DELETE among the values a call sets offers deletion, as an enum of operations would.
  // (A listing or a get filters by those values: `get_conversations` by status.)
  const fetches = specific.length > 0 && specific.every((v) => LISTINGS.has(v.sense.base) || v.sense.base === 'get');
  if (ev.deletesAsValue !== undefined && (category === 'read' || category === 'write') && !fetches) {
    push(signals, 'description', `${ev.deletesAsValue}`, 'destructive', 0.45);
    category = 'destructive';
    categoryWhy += `, and ${ev.deletesAsValue}: deletion is among what it does`;
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
  // …and one that takes any path with a method the caller sets freely (no list of methods) sends whatever request the
  // caller builds, GET to DELETE: it runs the caller's request, as a network client does.
  const freeMethod = anyCall && params.httpMethods.length === 0 ? params.names.find((n) => flatName(n) === 'method') : undefined;
  if (freeMethod && category === 'write') {
    push(signals, 'parameter', `any request to \`${anyCall?.name}\`, with the method in \`${freeMethod}\``, 'execute', 0.45);
    category = 'execute';
    categoryWhy += `; it sends whatever request the caller builds, to any \`${anyCall?.name}\` with any method (\`${freeMethod}\`)`;
    textOnly = false;
  }
  const money = ev.server.money ?? (named ? ev.description.money : undefined);
  if (generic && money && (category === 'write' || category === 'execute')) {
    push(signals, ev.server.money ? 'server' : 'description', `a generic API request to an API that handles money`, 'financial', 0.45);
    category = 'financial';
    categoryWhy += `; it is a generic API request to an API that handles money (${ev.server.money ?? `its description names "${money}"`}), so it can move money`;
    textOnly = false;
  }

  // A call of an endpoint the text says is a GET ("Calls a documented GET endpoint", "GET-only") only reads what the API returns.
  if (category === 'execute' && desc.getOnly && params.httpMethods.length === 0 && params.code.length === 0
    && specific.length > 0 && specific.every((v) => ENDPOINT_CALLS.has(v.sense.base))) {
    push(signals, 'description', `description: "${desc.getOnly}"`, 'read', 0.5);
    category = 'read';
    categoryWhy = `it calls an API endpoint that its text says is a GET ("${desc.getOnly}"), which only reads`;
  }

  // A question turned into SQL with a switch that runs what was made (`nl_query` with `autoExecute`) runs SQL nobody wrote or read.
  const runSwitch = params.names.find((n) => GENERATED_RUN_SWITCHES.has(flatName(n)));
  if (category === 'read' && runSwitch && desc.queryLanguage && /\bnatural[- ]language\b|\bnl\b/.test(`${ev.name.words.join(' ')} ${desc.lead}`)) {
    push(signals, 'parameter', `\`${runSwitch}\` runs the query it generates`, 'execute', 0.5);
    category = 'execute';
    categoryWhy = `it turns a question into a query and its \`${runSwitch}\` switch runs that query`;
  }

  // A switch that runs the project's own scripts (`run_default_test`: "Run the package's default `test` script") makes the
  // call run them: the project's code executes on this machine, whatever else the tool does.
  const scriptSwitch = params.names.find((n) => PROJECT_SCRIPT_SWITCHES.has(flatName(n)));
  if (scriptSwitch && (category === 'read' || category === 'write')) {
    push(signals, 'parameter', `\`${scriptSwitch}\` runs the project's own scripts`, 'execute', 0.5);
    category = 'execute';
    categoryWhy += `; its \`${scriptSwitch}\` switch runs the project's own scripts, whose code executes here`;
    textOnly = false;
  }

  // 4d. Buying: registering, renewing or upgrading a domain, a licence or a plan costs money.
  const buys = specific.find((v) => PURCHASE_VERBS.has(v.sense.base));
  const bought = objects.find((o) => PURCHASABLE.has(o));
  if (buys && bought && (category === 'write' || category === 'execute')) {
    push(signals, nameSource, `"${buys.word}" ${oneOf(bought)}: a purchase`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; to ${buys.sense.base} ${oneOf(bought)} is to buy it, a financial obligation`;
    textOnly = false;
  }

  // 4d. …and creating a phone number on a telephony service rents one, billed every month ("Purchase a phone-number").
  if (category === 'write' && specific.some((v) => RENTS_NUMBER.has(v.sense.base)) && namesPhoneNumber(objects)) {
    push(signals, nameSource, 'creates a phone number: a rented, billed number', 'financial', 0.5);
    category = 'financial';
    categoryWhy += '; creating a phone number rents it from the carrier, billed every month';
    textOnly = false;
  }

  // 4d. …and so does creating what the description says is billed from its creation ("THIS COSTS MONEY — billed monthly
  // from creation", "BILLABLE from creation until stop"): a rented resource, an obligation that runs until it is deleted.
  const rented = category === 'write' && specific.some((v) => v.sense.base === 'create') ? BILLED_FROM_CREATION.exec(desc.opening)?.[0] : undefined;
  found.rented = rented;
  if (rented) {
    push(signals, 'description', `what it creates is billed ("${rented}")`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; what it creates is billed from then on ("${rented}"), a financial obligation`;
    textOnly = false;
  }

  // 4d'. Changing or pausing a paid subscription changes what its holder is charged from now on.
  const terms = objects.find((o) => PAID_TERMS.has(o));
  const changesTerms = specific.find((v) => TERM_CHANGES.has(v.sense.base));
  // (…or a parameter that sets how many seats are paid for: `passwordManager.seats`.)
  // (A tier named again in the description, "PATCH /page/{slug}/tier", says nothing of money: a page's tier is its visibility.)
  const paidLead = terms === 'tier' ? desc.lead.replace(/\btiers?\b/g, ' ') : desc.lead;
  const paid = ev.server.money ? 'the server handles money' : PAID_WORDS.exec(paidLead)?.[0] ?? (desc.money ? `its description says "${desc.money}"` : undefined)
    ?? (params.seats ? `its \`${params.seats}\` parameter sets the seats paid for` : undefined);
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
  // A call the description says pays for itself from the caller's wallet ("it will be paid automatically from the wallet")
  // moves money each time it is made, whatever else it does.
  const paysOnCall = category !== 'financial' ? PAID_ON_CALL.exec(desc.opening)?.[0] : undefined;
  if (paysOnCall) {
    push(signals, 'description', `description: "${paysOnCall}"`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; the description says the call pays for itself ("${paysOnCall}"), money that moves each time`;
    textOnly = false;
  }

  // A state-changing function of a smart contract, called in a transaction the tool signs with the caller's own key
  // (`privateKey`), spends gas from that wallet and can move whatever the contract lets the function move.
  const contractCall = category === 'write' && params.names.some((n) => /^private_?key$/i.test(n)) ? SMART_CONTRACT_CHANGE.exec(desc.lead)?.[0] : undefined;
  if (contractCall) {
    push(signals, 'description', `description: "${contractCall}", signed with the caller's key`, 'financial', 0.5);
    category = 'financial';
    categoryWhy += `; it sends a transaction to a smart contract ("${contractCall}"), signed with the caller's key, which spends gas and can move tokens`;
    textOnly = false;
  }

  // 5. Money: an amount with a currency, or a money act on a server that handles money.
  const verbBases = new Set(specific.map((v) => v.sense.base));
  // The thing acted on is the head noun: an order's notes are notes. A money word before a paper it
  // names (`payment_link`, `invoice_item`) still makes that paper a money object.
  // (A subscription to notifications or events is a listener, not a paid plan.)
  const moneyWord = listenerSubscription(objects) ? undefined : head !== undefined && MONEY_ACTS.has(head) ? head
    // …and so does a request for one (a wire-in request, a payout request): submitting it asks for that money act.
    // (…and a payment intent, Stripe's record of a payment it is collecting, is that payment.)
    : head === undefined || OBLIGATIONS.has(head) || head === 'request' || head === 'requests' || (PAYMENT_INTENTS.has(head) && objects.includes('payment'))
      ? objects.find((o) => MONEY_ACTS.has(o)) : undefined;
  // (…but a transfer of a project or a repository moves that thing.)
  // (…and a work order or a production order schedules work, not a sale.)
  const workOrder = (moneyWord === 'order' || moneyWord === 'orders') && WORK_ORDERS.has(objects[objects.indexOf(moneyWord) - 1] ?? '');
  // (…and on a payment platform, a transaction whose entries debit and credit balances moves the value between them.)
  const balancedEntries = (head === 'transaction' || head === 'transactions') && ev.server.domain === 'payments' && BALANCED_ENTRIES.test(desc.opening) ? head : undefined;
  const moneyObject = ((moneyWord === 'transfer' || moneyWord === 'transfers') && objects.some((o) => MOVED_RESOURCES.has(o))) || workOrder ? undefined : moneyWord ?? balancedEntries;
  if (params.money) push(signals, 'parameter', `parameters ${params.money}`, 'financial', 0.5);
  if (ev.server.money) push(signals, 'server', ev.server.money, 'financial', 0.2);
  // A price on a catalogue entry (a product, a price, a variant) is a price tag: nobody pays yet.
  const catalogueEntry = head !== undefined && CATALOGUE_OBJECTS.has(head) && specific.every((v) => CATALOGUE_VERBS.has(v.sense.base));
  // A tool that spends a budget, a prize or a bounty, or whose text says it pays or refunds someone, moves money
  // whatever its verb ("ask a human", "approve a submission").
  // (…and so does an ad, an ad set or a campaign given its budget, or a post boosted with one, where ads are bought: the
  // budget is what the ad account is billed. An ad server's campaign budget, AdButler's, only caps delivery.)
  // (…also where the description says the ad is bought: "as a paid ad", "an ad campaign with a specified objective, budget".)
  const adBudget = (ev.server.buysAds || BOUGHT_ADS.test(desc.lead)) && (objects.some((o) => CAMPAIGNS.has(o)) || ev.name.words.includes('boost'))
    ? params.names.find((n) => AD_BUDGETS.test(n)) : undefined;
  const spent = params.spends?.name ?? adBudget;
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
  const conceded = objects.find((o) => CONCEDED.has(o));
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
    // …and so is a sales deal's or an opportunity's amount: what the deal is expected to be worth, kept on the record.
    const dealValue = objects.some((o) => SALES_DEALS.has(o));
    if (params.money && !recordsOnly && !ledgerEntry && !budgetCap && !dealValue && !opensCheckout(objects, verbBases)) {
      category = 'financial';
      categoryWhy += `, and it takes ${params.money}`;
    } else if ((ev.server.money || desc.currency || desc.money) && [...objects, ...desc.lead.split(' ')].some((o) => CHAIN_TRANSACTIONS.has(o))
      && [...verbBases, ...desc.verbs.slice(0, 3).map((v) => v.sense.base)].some((b) => b === 'sign' || b === 'broadcast')) {
      // Signing or broadcasting a transaction on a chain moves what it carries.
      category = 'financial';
      categoryWhy += ', and signing or broadcasting a chain transaction moves the funds it carries';
      push(signals, 'name', 'signs or broadcasts a transaction', 'financial', 0.5);
    } else if (conceded !== undefined && [...verbBases].some((b) => b === 'accept' || b === 'concede' || b === 'approve')) {
      // Accepting a payment dispute, or a buyer's return or refund request, concedes it: the buyer is refunded.
      category = 'financial';
      categoryWhy += `, and accepting a buyer's ${conceded} refunds them`;
      push(signals, 'name', `accepts ${oneOf(conceded)} (a refund)`, 'financial', 0.5);
    } else if (objects.some((o) => o === 'bid' || o === 'bids') && [...verbBases].some((b) => b === 'accept' || b === 'award')) {
      // Accepting a seller's bid on what the caller asked for (a vendor's bid on an advertised request) buys at its price.
      category = 'financial';
      categoryWhy += ", and accepting a seller's bid commits the buyer to pay its price";
      push(signals, 'name', "accepts a seller's bid (a purchase)", 'financial', 0.5);
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
    } else if (ev.server.money && (closesPosition(objects, verbBases) || redeemsInvestment(objects, verbBases, ev))) {
      // Closing a trading position sells (or buys back) what it holds at the market; redeeming an investment takes the
      // money out of it, with whatever penalty its terms set: trades either way.
      category = 'financial';
      categoryWhy += verbBases.has('redeem') ? ', and redeeming an investment moves the money out of it' : ', and closing a position trades it at the market';
      push(signals, 'name', verbBases.has('redeem') ? 'redeems an investment' : 'closes a trading position', 'financial', 0.5);
    } else if (moneyObject && [...verbBases].some((b) => MONEY_VERBS.has(b)) && (ev.server.money || BILLS.has(moneyObject) || ev.description.currency !== undefined) && !ev.name.words.includes('free')
      && !keepsOrderRecord(moneyObject, verbBases, ev) && !editsBill(moneyObject, objects, verbBases) && !recordsOnly && !annotatesMoneyRecord(verbBases, ev) && !opensCheckout(objects, verbBases) && !deliversBill(objects, verbBases)
      // (An analytics event named after the money, "Send a refund event", records that it happened; it is no refund.)
      && !ev.sendsEvent) {
      category = 'financial';
      categoryWhy += ev.server.money ? `, a money act on a server that handles money (${ev.server.money})` : `; ${oneOf(moneyObject)} is a bill, whatever the server`;
      push(signals, 'name', `money object "${moneyObject}"`, 'financial', 0.5);
    }
  }

  // 5b. An SQL file or a database dump imported into a database runs its statements over what is there: a dump drops
  // and recreates the tables it holds (its DROP TABLE comes first), so what they held is replaced.
  const dumpImported = (category === 'write' || category === 'execute') && specific.some((v) => DUMP_LOADS.has(v.sense.base))
    ? SQL_DUMP.exec(desc.opening)?.[0] : undefined;
  if (dumpImported) {
    push(signals, 'description', `"${dumpImported}" imported into a database`, 'destructive', 0.45);
    category = 'destructive';
    categoryWhy += `, and what it imports is ${oneOf(dumpImported)}, whose statements drop and replace the tables it holds`;
    textOnly = false;
  }

  // 5c. A sync that makes the destination match the source ("making the destination match the source") deletes there
  // whatever the source lacks. (A copy or a two-way sync keeps what each side has.)
  const mirrors = category === 'write' && specific.some((v) => v.sense.base === 'sync') ? MIRRORED_DESTINATION.exec(desc.opening)?.[0] : undefined;
  if (mirrors) {
    push(signals, 'description', `description: "${mirrors}"`, 'destructive', 0.45);
    category = 'destructive';
    categoryWhy += `, and its description says it does so "${mirrors}", which deletes there whatever the source lacks`;
    textOnly = false;
  }

  // 6. Permanence stated in the text, or a destructive hint on an ambiguous or overwriting write.
  if (desc.permanent) push(signals, 'description', `description: "${desc.permanent}"`, 'destructive', 0.35);
  // (A cache is rebuilt from its source however "permanently" it is cleared.)
  const emptiesCache = objects.some((o) => CACHES.has(o)) && specific.some((v) => CACHE_DISCARDS.has(v.sense.base));
  if (category === 'write' && desc.permanent && !emptiesCache && specific.length > 0 && specific.every((v) => v.sense.dependsOnObject || v.sense.generic || STOPS_AND_RESTARTS.has(v.sense.base))) {
    category = 'destructive';
    categoryWhy += `, and the description says "${desc.permanent}"`;
  }
  // A write the description says is used to redact text ("used to redact Message `body` text") erases that text for good:
  // a redacted message cannot be put back.
  // (…and so does one that applies redactions or anonymises a user: "Apply redactions to a document. Replaces PII in OCR
  // text", "Schedule a user anonymization process": the personal data is replaced.)
  const redacts = category === 'write' ? /\bused to redact\b[^.;)]{0,40}|\b(?:apply|applies) redactions\b|\b(?:schedules?|starts?|runs?) (?:an? |the )?user anonymi[sz]ation\b/.exec(desc.opening)?.[0] : undefined;
  if (redacts) {
    push(signals, 'description', `description: "${redacts}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description says it is "${redacts}", which erases that data for good`;
  }
  // A write whose own description warns that it is destructive ("⚠️ DESTRUCTIVE: replaces the entire document") is taken at its
  // word; so is a job that runs no code of the caller's ("rollback configuration … DESTRUCTIVE"): the warning is about its own effect.
  // (A "Destructive — confirm before running" that a server puts on every write, its creates among them, asks for a
  // confirmation; it says nothing of what this one destroys.)
  const confirmTag = /\bdestructive\s*[-–—]+\s*confirm\b/i.test(ev.description.opening) && specific.length > 0 && specific.every((v) => v.sense.category === 'write');
  // (…and so is a tool whose name and text state no act at all, but whose description warns it is destructive: "Report a
  // thread as spam. DESTRUCTIVE: trains the filter account-wide".)
  if (category === 'read' && specific.length === 0 && desc.declaredDestructive && !desc.readOnlyClaim) {
    push(signals, 'description', `description: "${desc.declaredDestructive}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy = `its description itself warns that it is "${desc.declaredDestructive}", and nothing in its name or description says it only reads`;
  }
  if ((category === 'write' || (category === 'execute' && !runsCode)) && desc.declaredDestructive && !confirmTag) {
    push(signals, 'description', `description: "${desc.declaredDestructive}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description itself warns that it is "${desc.declaredDestructive}"`;
  }
  // A write whose description has a sentence of its own saying what it destroys ("Drops the _version column and its trigger").
  // (A cache purged on the way is rebuilt.)
  const alsoDestroys = category === 'write' ? DESTROYS_SENTENCE.exec(desc.opening)?.[1] : undefined;
  if (alsoDestroys && !/\bcaches?\b/.test(alsoDestroys)) {
    push(signals, 'description', `description: "${alsoDestroys}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description says it "${alsoDestroys}"`;
  }
  // An archive the description calls a trashing ("Archive (trash) a Linear document") deletes, as moving a file to the trash does.
  const archivesToTrash = category === 'write' && specific.length > 0 && specific.every((v) => v.sense.base === 'archive') && /\(trash\)|\bto (?:the )?trash\b|\btrashe[sd]\b/.test(desc.lead);
  if (archivesToTrash) {
    push(signals, 'description', 'description: archiving here trashes it', 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += ', and the description says archiving here moves it to the trash';
  }
  // …and so is one the description calls irreversible ("IRREVERSIBLE operation - archived flags cannot be easily restored").
  const archiveForGood = category === 'write' && specific.length > 0 && specific.every((v) => v.sense.base === 'archive')
    ? /\birreversible\b|\bcannot be (?:easily )?(?:restored|undone|unarchived)\b/.exec(desc.opening)?.[0] : undefined;
  if (archiveForGood) {
    push(signals, 'description', `description: "${archiveForGood}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description says archiving here is for good ("${archiveForGood}")`;
  }
  // A merge that says what it merged is then deleted ("Source tags are deleted after merge") destroys those records:
  // their ids, links and history go with them.
  const mergeDeletes = category === 'write' && specific.some((v) => v.sense.base === 'merge') ? MERGED_DELETED.exec(desc.opening)?.[0] : undefined;
  if (mergeDeletes) {
    push(signals, 'description', `description: "${mergeDeletes}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description says "${mergeDeletes}"`;
  }
  // A deployment or a build that overwrites what is live, and says it cannot be undone, destroys the old site.
  if (category === 'execute' && !runsCode && desc.overwrites && desc.permanent) {
    category = 'destructive';
    categoryWhy += `, and the description says it "${desc.overwrites}" what exists ("${desc.permanent}")`;
  }
  // Writing content to a file at a path the caller names replaces whatever file is there (dev's `write_file`), whether
  // or not the description says "overwrite".
  const fileAt = params.names.find((n) => PATH_PARAMS.test(flatName(n)));
  // (…and so does writing a script file there: "Write content to a script file", `write_script` with `path`.)
  const writesOver = category === 'write' && specific.length > 0 && specific.every((v) => v.sense.base === 'write') && (objects.at(-1) === 'file' || objects.at(-1) === 'script')
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

  // …and so does a tool that says it empties or recreates the folder it writes into: whatever the caller points it at is lost.
  if ((category === 'read' || category === 'write') && desc.wipesFolder) {
    push(signals, 'description', `description: "${desc.wipesFolder}"`, 'destructive', 0.35);
    category = 'destructive';
    categoryWhy += `, and the description says it "${desc.wipesFolder}", so whatever is in that folder is lost`;
  }

  // …and so does refreshing a sandbox from production: it is reset to a fresh copy, and what was built or tested in it is gone.
  const sandboxReset = category === 'write' && objects.some((o) => o === 'sandbox' || o === 'sandboxes') ? SANDBOX_RESET.exec(desc.opening)?.[0] : undefined;
  if (sandboxReset) {
    push(signals, 'description', `description: "${sandboxReset}"`, 'destructive', 0.35);
    category = 'destructive';
    categoryWhy += `, and the description says it "${sandboxReset}": whatever was in the sandbox is replaced`;
  }

  // …and so does hanging up live phone calls: a call ended cannot be picked up again.
  const hangsUp = category === 'write' && ev.server.domain === 'messaging' && specific.length > 0 && specific.every((v) => CALL_ENDINGS.has(v.sense.base))
    && /^calls?$/.test(headNoun(objects) ?? '');
  if (hangsUp) {
    push(signals, 'name', 'ends live calls', 'destructive', 0.35);
    category = 'destructive';
    categoryWhy += ', and a live call it ends cannot be picked up again';
  }

  // A full replace whose text says what the request leaves out is deleted ("any variable not in the request is deleted",
  // "keys not present in the request are removed") throws those away: destructive. (Not what is only detached and re-added
  // at will, tags or labels.)
  const dropsOmitted = category === 'write' && !objects.some((o) => DETACHABLE.has(o)) ? DROPS_OMITTED.exec(desc.opening)?.[0] : undefined;
  if (dropsOmitted) {
    push(signals, 'description', `description: "${dropsOmitted}"`, 'destructive', 0.4);
    category = 'destructive';
    categoryWhy += `, and the description says what the request leaves out goes ("${dropsOmitted}")`;
  }

  // An export to a link anyone can open ("Export the canvas to a shareable excalidraw.com URL") uploads what it exports:
  // the content now sits outside, for whoever gets the link.
  const exportsShared = category === 'read' && specific.some((v) => v.sense.base === 'export') ? SHARED_LINK.exec(desc.opening)?.[0] : undefined;
  if (exportsShared) {
    push(signals, 'description', `description: "${exportsShared}"`, 'write', 0.45);
    category = 'write';
    categoryWhy += `, and it exports to "${exportsShared}", which puts the content where anyone with the link can open it`;
  }
  // A read-named tool whose description opens by starting a job ("Trigger a search for missing episodes", "Start a new crawl")
  // sets work going on the server, which stores or fetches what it finds: a search that downloads, a crawl that is kept.
  // (…not one that waits for the job and hands back what it found: "poll it to a terminal state, and return the collected data".)
  const waits = /\b(?:poll(?:s|ing)?|waits?|and returns? (?:the |its )?(?:final |collected |scraped |crawled )?(?:results?|data|status|pages|content))\b/.test(desc.lead);
  const startsJob = category === 'read' && ann.readOnly !== true && !waits ? STARTS_JOB.exec(desc.lead.trimStart())?.[0] : undefined;
  // (A job set going whose work the tool does not bound is execute, as LABELS.md has it: 6 of the 8 labelled such starts.)
  if (startsJob) {
    push(signals, 'description', `description: "${startsJob}"`, 'execute', 0.45);
    category = 'execute';
    categoryWhy = `its description opens with "${startsJob}": it starts a job that runs on the server and keeps or fetches what it finds`;
    found.startsJob = startsJob;
  }

  // A security scan run or started against a URL or a host the caller names probes that live service from outside, as an
  // attacker's scanner would: the scan runs there, not on anything the caller already has. (A target whose own text says
  // it is a path, "Target path to scan (file or directory)", is the caller's code on this machine.)
  const probes = category !== 'destructive' && category !== 'financial' && category !== 'execute'
    && [...nameVerbs, ...desc.verbs.slice(0, 2)].some((v) => v.sense.base === 'scan' || v.sense.base === 'run' || v.sense.base === 'start')
    && /\bscan/.test(`${ev.name.words.join(' ')} ${desc.lead}`) && SECURITY_SCANS.test(`${desc.lead} ${ev.server.about}`)
    && params.names.some((n) => SCANNED_TARGETS.has(flatName(n)) && !params.localPaths.includes(n));
  if (probes) {
    push(signals, 'parameter', 'a security scan of the target the caller names', 'execute', 0.5);
    category = 'execute';
    categoryWhy = 'it runs a security scan against the URL or host the caller names, probing that live service from outside';
    textOnly = false;
  }

  // 6b. A tool whose description opens by saying it makes a command ("Generates the Starwind install command…")
  // hands that command back for the caller to run; whatever the command would do (install, overwrite, migrate), the tool does not.
  if (ev.makesCommand && category !== 'read' && params.code.length === 0 && ann.readOnly !== false && !desc.runsCode) {
    push(signals, 'description', `description: "${ev.makesCommand}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy.replace(/^its /, 'the ')}, but its description opens with "${ev.makesCommand}": it returns the command or the statement it makes for the caller to run, and runs nothing`;
    category = 'read';
  }

  // 6b'. A thing made from what the caller gives and handed back as markup ("Create an embeddable virtual tour from room
  // descriptions and photos. Returns HTML…", "Returns room layout, SVG visualization…") is computed: nothing is stored.
  const markup = category === 'write' && specific.length > 0 && specific.every((v) => MAKERS.has(v.sense.base)) && !params.savesTo
    && !KEPT.test(desc.opening) ? RETURNS_MARKUP.exec(desc.opening)?.[0] : undefined;
  if (markup) {
    push(signals, 'description', `description: "${markup}"`, 'read', 0.5);
    categoryWhy = `${categoryWhy.replace(/^its /, 'the ')}, but its description says "${markup}": what it makes comes back to the caller, and nothing is stored`;
    category = 'read';
  }
  // …and so is code a tool makes or sets whose parameter picks the format of "the generated code" (`output`: Sass or CSS):
  // "Set global sizing by updating --ig-size" hands back the CSS that would set it, for the caller to place.
  if (category === 'write' && params.codeFormat && !params.savesTo && params.target === undefined && ann.readOnly !== false) {
    push(signals, 'parameter', `\`${params.codeFormat}\` picks the format of the generated code`, 'read', 0.5);
    categoryWhy = `${categoryWhy.replace(/^its /, 'the ')}, but its \`${params.codeFormat}\` parameter picks the format of the code it generates: the code comes back to the caller, and nothing is stored`;
    category = 'read';
  }

  // 6c. A game bot's acts in its game world (moving, crafting, fighting, dropping an item) change that world and nothing
  // outside it: writes, whatever the same words mean elsewhere (a `drop` there is no DROP TABLE, a `go` no browser navigation).
  const firstWord = ev.name.words[0] ?? '';
  const gameAct = ev.server.playsGame && GAME_ACTS.has(firstWord) && params.code.length === 0 && !desc.runsCode ? firstWord : undefined;
  if (gameAct) {
    push(signals, 'server', `"${gameAct}" is an act of a bot in a game world`, 'write', 0.5);
    category = 'write';
    categoryWhy = `its name says "${gameAct}", and its server's bot plays in a game world (it joins games): an act in the game, which changes that world and nothing outside it`;
    found.gameAct = gameAct;
  }

  // 7. Annotations: hints from the server, used but not trusted over plainer text.
  if (ann.readOnly !== undefined) push(signals, 'annotation', `readOnlyHint: ${ann.readOnly} (declared)`, ann.readOnly ? 'read' : 'write', 0.4);
  if (ann.destructive !== undefined) push(signals, 'annotation', `destructiveHint: ${ann.destructive} (declared)`, ann.destructive ? 'destructive' : 'write', 0.25);
  if (ann.readOnly === true) {
    if (category === 'read') agreeing++;
    // A write the schema offers (`operation: [list, get, set]`) is not a matter of wording: it stays.
    // (…and so is a money act read only from name words that are as often things, `running_trade`, `eipo_my_order`,
    // `trade_book`: the server says it only reads, and the description states no act.)
    else if ((category === 'write' && textOnly) || (category === 'execute' && !runsCode && textOnly) || (category === 'financial' && textOnly && specific.length > 0 && specific.every((v) => NOT_A_VERB_FIRST.has(v.word)))) {
      const descSays = descTop ? verbCategory(descTop, objects, ev) : undefined;
      // (Operations the description lays out, "Mode 1 - Add Entry", are what it says it changes.)
      const offersChange = desc.offered.some((v) => verbCategory(v, objects, ev) !== 'read');
      // (…nor one that runs another tool by its name, `execute_tool` with a `tool_name`: it runs that tool, whatever the hint says.)
      const runsNamedTool = specific.some((v) => RELAY_VERBS.has(v.sense.base)) && objects.some((o) => o === 'tool' || o === 'tools')
        && params.names.some((n) => /^tool_?(?:name|id)$/i.test(n));
      // (…and so is a resize of the caller's own browser window or viewport, which changes nothing but how the page is seen.)
      const resizesOwnView = specific.length > 0 && specific.every((v) => v.sense.base === 'resize') && objects.some((o) => OWN_VIEWS.has(o));
      // (…but a description that opens with a step of the UI the server drives, "Press simulator hardware button", says it acts there.)
      // (A language server's request at a line and a character, "Type-aware completion", is no UI step.)
      const saysUiStep = descTop !== undefined && ev.server.drivesUi !== undefined && UI_STEPS.has(descTop.sense.base) && !lspPosition;
      if (((descSays === undefined || descSays === 'read' || (specific.length === 0 && !saysUiStep)) && !offersChange && !runsNamedTool) || resizesOwnView) {
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
    const readOrSet = descTop !== undefined && verbCategory(descTop, objects, ev) === 'read' && desc.joined.some((v) => SETTINGS_CHANGES.has(v.sense.base));
    if (category === 'destructive') agreeing++;
    // (…unless the schema lists every operation on offer and none of them destroys: `operation: [assign, unassign, reassign]`.)
    // (…and so does one whose description says it replaces the whole object, "a full replacement": the hint and the text agree
    // that the fields left out are lost; without the hint, a full replacement is an ordinary update.)
    // (…but not one that opens with a read and offers a setting beside it, "Get or set the response language": what it sets is a value.)
    else if (category === 'write' && (desc.overwrites || desc.replacesWhole || (specific.length === 0 && !readOrSet && !(params.actions.length > 0 && params.actions.every((a) => verbCategory(a, objects, ev) !== 'destructive'))))) {
      category = 'destructive';
      const says = desc.overwrites ?? desc.replacesWhole;
      categoryWhy += `; the server declares destructiveHint: true${says ? ` and the description says "${says}"` : ''}`;
    } else if (category === 'write' && SAYS_IRREVERSIBLE.test(desc.opening) && !restoredHere(ev, specific)) {
      // The server's hint and the description's own sentence that the change cannot be undone ("Merge a version into another
      // …, moving all its issues to the target version. This is irreversible.") agree: what it takes away is gone.
      category = 'destructive';
      categoryWhy += '; its description says "this is irreversible" and the server declares destructiveHint: true';
    } else if (category === 'write' && wipes !== undefined && !restoredHere(ev, specific)) {
      // The server's hint and a sentence of the description saying what the call wipes ("This deletes all AI automation recipes") agree.
      category = 'destructive';
      categoryWhy += `; its description says "${wipes}" and the server declares destructiveHint: true`;
    } else if (category === 'write' && specific.some((v) => v.sense.base === 'update') && objects.some((o) => STORED_STRUCTURES.has(o)) && params.names.some((n) => /^(?:properties|columns|fields|schema)$/i.test(n))) {
      // The server's hint on updating the schema of a database or a data source (its \`properties\`) says what such an update
      // can do: a property removed or retyped takes its values in every entry with it.
      category = 'destructive';
      categoryWhy += '; the server declares destructiveHint: true, and a schema update can remove properties and their values across every entry';
    } else if (category === 'write' && specific.some((v) => v.sense.base === 'cancel') && /\bsubmitted\b/.test(desc.lead)) {
      // The server's hint on cancelling a submitted document (an order, an invoice in an ERP) says what the cancel is
      // there: the document is closed for good and its postings reversed; what replaces it is a new, amended one.
      category = 'destructive';
      categoryWhy += '; the server declares destructiveHint: true, and a submitted document cancelled is closed for good';
    } else if (category === 'write' && specific.some((v) => KEY_ROTATIONS.has(v.sense.base) || (v.sense.base === 'reset' && OLD_ONE_REVOKED.test(desc.opening))) && objects.some((o) => CREDENTIAL_HEADS.has(o))) {
      // The server's hint on rotating a secret says what a rotation is there: the old secret is revoked for good, and
      // whatever still signs or authenticates with it stops working.
      category = 'destructive';
      categoryWhy += '; the server declares destructiveHint: true, and the rotated secret is revoked for good';
    } else if (category === 'write' && specific.length > 0 && specific.every((v) => v.sense.base === 'cancel') && objects.some((o) => CANCELLED_RUNS.has(o))) {
      // The server's hint on cancelling a run, a job or a queued build says what a cancel is: the run ends, and cannot be resumed.
      category = 'destructive';
      categoryWhy += '; the server declares destructiveHint: true, and a cancelled run ends for good';
    } else if (category === 'write' && !logsOut && descTop !== undefined && ev.descriptionOpens === descTop.sense.base && verbCategory(descTop, objects, ev) === 'destructive') {
      // The server's hint and the description's own first word ("Delete a template. Soft-deletes…") agree.
      // (Not on a logout whose clearing is the logout itself: the hint is about the stored sign-in it ends.)
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
