// Reading each source of evidence about a tool (name, title, description, input schema,
// annotations, server) into plain facts. No decisions here: decide.ts and risk.ts weigh them.
import type { ToolDefinition } from '../manifest/schema.ts';
import type { ServerContext } from './types.ts';
import { deref } from '../manifest/ref.ts';
import { withArticle } from './english.ts';
import { normalText, splitName, textWords, type TextWord } from './tokenize.ts';
import {
  BROWSER_ACTIONS, MESSAGE_BROKER_NAMES, ROUTERS, CODE_PARAMS, COMPUTED, TRIGGERABLE, DISCARDING_OPTIONS, HTTP_METHODS, UI_STEPS, DOMAIN_WORDS, type Domain, KIND_PARAMS, MONEY_WORDS, NATURAL_QUERY, OUTWARD_PARAMS, PUBLISHING_FLAGS, NOT_A_VERB_FIRST, NOUN_AFTER, REDIS_COMMANDS, MARKS, NOUN_BEFORE, VERB_ONLY_BEFORE, AGENT_NOUNS, QUERY_LANGUAGE, RISKY_PARAMS, VERBS, type VerbSense,
} from './vocabulary.ts';

export interface VerbHit {
  word: string;
  sense: VerbSense;
}

/** What a tool's name (or title) says: its action verbs and the words naming the object. */
export interface NameReading {
  words: string[];
  /** The action: the first verb, plus any joined by `or`/`and` (`get_or_create`). */
  verbs: VerbHit[];
  /** The remaining words, in order; the object is usually the last of them. */
  objects: string[];
}

export interface DescriptionReading {
  /** Verbs of the first sentence that states an action, not negated, in order. */
  verbs: VerbHit[];
  /** Which sentence those verbs come from (0 = the first; -1 = none). */
  actionSentence: number;
  /** The action sentence is an item of a list (after a bullet), not the opening prose. */
  actionInList: boolean;
  /** Verbs that take back the one before them ("add or remove", "grant or revoke"): no more dangerous than it. */
  takesBack: VerbHit[];
  /** Verbs joined to the first action ("Read or replace…", "Create, update or delete…"): every one is on offer. */
  joined: VerbHit[];
  /** Those of them that come as a later step ("Parse the blocks, then apply all edits"): done after the first. */
  sequenced: VerbHit[];
  /** Operations listed with slashes in the opening ("Dataset ops: list/get/create/delete") or as numbered modes: actions on offer. */
  offered: VerbHit[];
  /** Purposes stated as gerunds after "for" in the opening sentences ("commands for creating, listing and deleting"). */
  purposes: VerbHit[];
  /** Verbs anywhere in the scanned text that are negated ("does not delete"). */
  negated: VerbHit[];
  /** Says the effect is permanent: "permanently", "irreversible", "cannot be undone". */
  permanent: string | undefined;
  /** Calls itself destructive: "⚠️ DESTRUCTIVE:", "this is a destructive operation". */
  declaredDestructive: string | undefined;
  /** Says it runs code or commands: "arbitrary SQL", "shell command", "execute JavaScript". */
  runsCode: string | undefined;
  /** Runs on the host itself: shell, terminal, process. */
  hostShell: string | undefined;
  /** Runs what it is given inside a web page or a sandbox, away from the host ("in the browser console"). */
  contained: string | undefined;
  /** Claims not to change anything: "read-only", "does not modify". */
  readOnlyClaim: string | undefined;
  /** Says it overwrites or replaces existing content. */
  overwrites: string | undefined;
  /** Says it replaces the whole of what it updates ("a full replacement", "replaces the entire configuration"): PUT, not PATCH. */
  replacesWhole: string | undefined;
  /** Says it empties or recreates the folder it writes into ("completely recreates outputDir"). */
  wipesFolder: string | undefined;
  /** Mentions secrets it returns: environment variables, credentials, passwords, kubeconfig. */
  secrets: string | undefined;
  /** Says what it hands back is guidance or documentation ("provides instructions for running…"). */
  guidance: string | undefined;
  /** Mentions a query language (SQL, GraphQL, MongoDB…). */
  queryLanguage: boolean;
  /** Mentions money. */
  money: string | undefined;
  /** Names a currency or where money is held (ETH, USD, a wallet, a bank account), not just a money object. */
  currency: string | undefined;
  /** Says it does not run what it is given ("transform a script without executing it"). */
  notRun: string | undefined;
  /** Opens by saying the tool was removed ("[REMOVED in v0.9.0] This tool was removed in …"): a call only returns that notice. */
  withdrawn: string | undefined;
  /** Says the change is only simulated and not kept ("simulation - does not persist"). */
  simulated: string | undefined;
  /** Says the change is made to the current session only ("from current session (not persisted)"). */
  sessionOnly: string | undefined;
  /** Says the request it makes is a GET, in the method's capitals: "Calls a documented GET endpoint", "GET-only". */
  getOnly: string | undefined;
  /** Says the call pays, refunds or charges someone ("release their payment", "refund the buyer"). */
  pays: string | undefined;
  /** Mentions an effect outside the organisation: email to, publicly, notify attendees. */
  outward: string | undefined;
  /** Mentions calendars (events there are personal schedules). */
  calendar: boolean;
  /** Mentions a live or production system. */
  live: string | undefined;
  /** The opening of the text (title and first sentences), where the action and its object are stated. */
  lead: string;
  /** Says the tool itself is a dry run ("Dry-run a ruleset against a PR", "computes the plan (dry-run, no changes)"). */
  dryRun: string | undefined;
  /** The first 900 characters of the normalised title and text: enough for what a tool says about where it runs. */
  opening: string;
  /** Drives a program on the user's machine: opens a browser, runs a CLI locally. */
  drivesApp: string | undefined;
  /** Its lead says it simulates or injects input into a program ("Simulate a key press in the editor", "Inject input into a running game"). */
  injectsInput: string | undefined;
  /** The program its opening says it opens something in ("Open a URL in the user's default browser"): `browser`, `window`… */
  opensIn: string | undefined;
  /** Its opening says it generates files ("Generate AI rule files for editors"). */
  generatesFiles: boolean;
  /** Says it deploys (puts something into effect on a live system). */
  deploys: string | undefined;
  /** Names statements that change data (INSERT, UPDATE, DELETE, DROP, ALTER…), as written in SQL. */
  writeStatements: string | undefined;
  /** Names EXPLAIN, as written in SQL, or a SQL query's execution plan: the query it is given goes to the database, which parses and plans it. */
  explainsInDatabase: string | undefined;
}

export interface ParameterReading {
  /** Parameters that carry code, commands or queries, with the kind of thing they carry. */
  code: {
    name: string; kind: 'host' | 'query' | 'code';
    /** Named for code (`sql`), or its own text or type says so, not just the tool's. */ strong: boolean;
    /** The top-level parameter it sits in (itself when top-level): a script inside browser steps runs in the page. */
    root: string;
    /** Its own text says it is evaluated or executed ("JS evaluated in the app"), whatever the tool's verb says. */
    evaluated?: boolean;
    /** The query language its own text names ("Raw ShopifyQL query"), or the language of code it names ("Strudel code"). */
    language?: string;
  }[];
  /** Verbs offered by an action enum (`operation: [get, set, drop]`). */
  actions: { param: string; value: string; sense: VerbSense; objects: string[] }[];
  /** `amount` with `currency` (or an amount in cents), or a sum it spends (`budget_usd`, `prize`). */
  money: string | undefined;
  /** A free-form task handed over to be carried out (`task`, `instructions`, `goal`). */
  task: string | undefined;
  /** A prompt whose own text says an agent is to carry it out ("Detailed instructions for the task executor"), at any depth. */
  agentPrompt: string | undefined;
  /** A sum the call spends (`budget_usd`, `prize`, `bounty`, `tip`): paying for work, whatever the verb;
   *  `denominated` when its name carries its currency. */
  spends: { name: string; denominated: boolean } | undefined;
  /** Flags that widen reach or remove safety nets: force, recursive, overwrite. */
  risky: string[];
  /** Flags that throw data away first: truncate, dropTarget, deleteLocalData. */
  destroying: string[];
  /** A parameter that sends the effect to other people: `notify`, `sendUpdates`, `attendees`. */
  outward: string | undefined;
  /** A flag that publishes what the write makes (`isPublished`, `published`, `publish`). */
  publishes: string | undefined;
  /** A parameter holding scripted browser steps (click, type, scroll…). */
  browserActions: string | undefined;
  /** A flag that lets an agent accept all its own actions unasked (`yolo`, `fullAuto`, `dangerouslySkipPermissions`). */
  autoApprove: string | undefined;
  /** A free-form parameter by which the caller picks any kind of resource (`kind`, `resourceType`). */
  kindChoice: string | undefined;
  /** A flag by which the caller turns a sandbox on or off (`sandbox`, `noSandbox`): a sandbox it can skip holds nothing. */
  sandboxSwitch: string | undefined;
  /** A choice of what to fetch whose values include a secret (`object: [item, password, totp]`), as `name=value`. */
  secretChoice: string | undefined;
  /** An option that throws work away (`hard` in a mode enum, a `force` flag), as `name=value`. */
  discarding: string | undefined;
  /** HTTP methods a `method` parameter offers (enum or documented), for generic API-request tools. */
  httpMethods: string[];
  /** A top-level condition that picks records (`filter`, `where`, `condition`, `query`). */
  condition: string | undefined;
  /** A parameter, at any depth, that sets how many seats are paid for (`seats`, `additionalSeats`). */
  seats: string | undefined;
  /** The top-level parameter names. */
  names: string[];
  /** A top-level identifier of one record (`id`, `documentId`, `ids`): the call is aimed, not filtered. */
  picksById: boolean;
  /** A top-level table (`table`, `tableName`) picked with a filter or the columns to select: the call returns its rows. */
  tableRows: string | undefined;
  /** A top-level `path` or `endpoint` (an API path the caller picks) or `url` (any address). */
  target: { name: string; kind: 'path' | 'url' } | undefined;
  /** A top-level place on this machine where the call saves what it gets (`savePath`, `localPath`, `destination_dir`). */
  savesTo: string | undefined;
  /** That place is required, or its text names the default used when it is left out: every call leaves a file. */
  savesAlways: boolean;
  /** A top-level switch to store what the call gets, on unless turned off (`upload`, `write` with default true). */
  storesByDefault: string | undefined;
  /** A top-level parameter that picks the format of the code the call generates (`output`: "Output format for the generated code"). */
  codeFormat: string | undefined;
  /** Top-level parameters whose own text says they name a file or a folder on this machine (`target`: "Target path to scan"). */
  localPaths: string[];
  /** An order's fields at the top level: a security, a quantity, and a price or a side (`stk_cd`, `ord_qty`, `ord_uv`). */
  orderFields: string[] | undefined;
}

export interface AnnotationReading {
  declared: boolean;
  readOnly: boolean | undefined;
  destructive: boolean | undefined;
  idempotent: boolean | undefined;
  openWorld: boolean | undefined;
}

export interface ServerReading {
  /** Its tools' snake_case names, lower-cased (`add_to_album`), which its descriptions may name. */
  snakeNames: ReadonlySet<string>;
  /** The server is about money (payments, billing, shop). */
  money: string | undefined;
  /** Words the server uses as resource names before a final verb (`monitor` in `x_monitor_create`, `x_monitor_delete`). */
  namespaces: ReadonlySet<string>;
  /** What the server is for, when its name says its data is private (mail, chat, drives, CRM…). */
  domain: Domain | undefined;
  /** Its tools drive an interactive UI (a browser page, a device screen): two or more kinds of UI step (click, type…). */
  drivesUi: string | undefined;
  /** The words of the server's own name and package (`stripe` in `stripe_post` names the API, not an object). */
  words: ReadonlySet<string>;
  /** The first word most of its tools share (`booking` in `booking_search`, `booking_get_prices`): the server's prefix. */
  prefix: string | undefined;
  /** A shop (Shopify, WooCommerce, a storefront): what it sells is on sale to the public as soon as it is listed. */
  shop: string | undefined;
  /** A debugger: one of its tools sets breakpoints, so continuing, stepping or restarting runs the debugged program. */
  debugsPrograms: boolean;
  /** A ledger (a budgeting, bookkeeping or personal-finance app): its transactions are records of money, not money moved. */
  ledger: string | undefined;
  /** A portal of open or public data (a government's open-data APIs): what it serves is published for anyone. */
  openData: string | undefined;
  /** A platform where ads are bought (its tools handle ad accounts, the ones billed for the ads): an ad's budget is spent. */
  buysAds: boolean;
  /** A trading venue (a brokerage, an exchange for futures or perpetuals): its accounts hold a trader's money and positions. */
  tradingVenue: string | undefined;
  /** A cloud whose tools create servers (`create_server`): its servers are running machines, not a local dev server. */
  hostsServers: boolean;
  /** A platform whose tools create databases of an engine (`postgres-create`, `create_mysql_database`, `db-cluster-create`): it runs them. */
  hostsDatabases: boolean;
  /** Its resources are people (a staffing or PSA tool: `resources_timesheets`, `resources_absences`): each one's record is someone's. */
  staffsResources: boolean;
  /** A platform for phone calls (Twilio, Vonage…): a call acted on is a live call. */
  telephony: boolean;
  /** A router or a network controller (UniFi, Keenetic, OPNsense…): its devices, links and clients are a live network's. */
  network: boolean;
  /** Some of its tools handle invoices: a business's billing, whose quotes are quotations to its customers. */
  invoices: boolean;
  /** What the server's own tools bring back, named without the verb (`metrics` for `metrics_unarchive`, `release experiments` for `release_experiments_restore`). */
  restorable: ReadonlySet<string>;
  /** Its name or description names a database's query language ("SQL databases"), or its name a database it serves
   *  (`database-server`): its tools' queries are statements. */
  queriesDatabase: boolean;
  /** The server's name, package and description, normalised: what it says it is for. */
  about: string;
  /** A charting app (TradingView): two or more of its tools name a chart (none a Helm chart), so its panes, layouts and replays are the chart's display. */
  charting: boolean;
  /** A bot that plays in a game world: one of its tools joins a game (`joinGame`, `join_game`). */
  playsGame: boolean;
  /** One of its tools destroys by its name (`delete_page`), named here: a tool that calls any of its tools can do so too. */
  destroys: string | undefined;
  /** What its tools run, by their snake_case names (`project` for `run_project`): a thing run here, for the caller. */
  runs: ReadonlySet<string>;
}

export interface Evidence {
  name: NameReading;
  title: NameReading | undefined;
  description: DescriptionReading;
  /** The verb the description's very first word is ("Delete a template…" → delete), if it is one. */
  descriptionOpens: string | undefined;
  /** The description opens by sending, tracking or logging an event ("Send a refund event to Google Analytics"). */
  sendsEvent: boolean;
  /** The description opens by saying the tool makes a command for the caller to run ("Generates the install command…"). */
  makesCommand: string | undefined;
  /** Where the text lists DELETE among the values a call sets, in capitals ("conversationStatus: ACTIVE, ARCHIVE, DELETE"). */
  deletesAsValue: string | undefined;
  parameters: ParameterReading;
  annotations: AnnotationReading;
  server: ServerReading;
}

const CONJUNCTIONS = new Set(['or', 'and', 'then', 'plus']);
/** Words after which a verb's form names a thing ("the deploy", "the current dispatch"), and after which it is a participle ("previously run"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words that, after "with", make the next word a feature of the tool ("with atomic rollback"), not its act. */
const FEATURE_WORDS = new Set(['atomic', 'automatic', 'auto', 'optional', 'built-in', 'builtin', 'transactional', 'safe', 'full']);
const NOUN_MODIFIERS = new Set(['current', 'latest', 'last', 'previous', 'next', 'default', 'active', 'pending', 'existing']);
/** Things a description calls "running" as their state: "running process instances", "running containers". */
const RUNNING_THINGS = new Set(['process', 'processes', 'instance', 'instances', 'container', 'containers', 'job', 'jobs', 'pod', 'pods', 'service', 'services', 'workflow', 'workflows', 'vm', 'vms', 'app', 'apps']);
const PARTICIPLE_MARKERS = new Set(['previously', 'already', 'been', 'being', 'was', 'were', 'is', 'are', 'be', 'has', 'have', 'had']);
const PREPOSITIONS = new Set(['from', 'to', 'by', 'for', 'with', 'of', 'in', 'on', 'via']);
/** Verbs that put something on (a label, a like, a star, a vote), and the ones that take it off again. */
const ADDING = new Set(['add', 'assign', 'attach', 'link', 'apply', 'set', 'insert', 'grant', 'pin', 'subscribe', ...MARKS]);
const UNDOES_ADDING = new Set(['remove', 'unassign', 'detach', 'unlink', 'disassociate', 'unset', 'clear', 'revoke']);
/** The verbs of record APIs, which end verb-last names (`run_upsert`, `invoice_get`). */
const CRUD = new Set(['get', 'list', 'create', 'update', 'upsert', 'delete', 'remove', 'add', 'set', 'patch', 'put']);
/** A read verb that, after a first word, makes that word the part of the API read: `swap_get_orders`. (`list` there is as often a list: `filter-list-entries`.) */
const READS_AFTER = new Set(['get']);
/** …and, after a prefix, `list` too: `nomoreide_deploy_list_projects`. */
const PREFIXED_READS_AFTER = new Set(['get', 'list']);
/** Makers whose wallets are called "… Pay": Apple Pay, Google Pay, Samsung Pay, Amazon Pay, Shop Pay, WeChat Pay, Alipay. */
const PAY_WALLETS = new Set(['apple', 'google', 'samsung', 'amazon', 'shop', 'wechat', 'ali', 'g']);
/** Checks made before an act, which the name's verb beside them names (`upgrade_precheck`). */
const PRE_CHECKS = new Set(['precheck', 'prechecks', 'preflight']);
/** HTTP methods that carry a request body: in `post_search` they say how the search is sent. */
const SENDING_METHODS = new Set(['post', 'put', 'patch']);
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'don', 'doesn', 'won', 'cannot', 'isn', 'aren', 'nor', 'instead', 'avoid', 'neither', 'prevent', 'prevents', 'non']);
/** Description verbs that frame rather than act: "Use this tool to…", "Allows you to…". */
const FRAMING = new Set(['use', 'used', 'help', 'helps', 'allow', 'allows', 'let', 'lets', 'enable', 'enables', 'need', 'needs', 'want', 'make', 'call', 'called', 'return', 'returns', 'returned', 'provide', 'provides', 'given', 'ask', 'must', 'should', 'note', 'set']);

/** Verbs that also name the process they start ("the migration", "the sync"), so `<verb>_status` is that process's status. */
const PROCESS_VERBS = new Set(['migrate', 'sync', 'ingest', 'import', 'export', 'upload', 'download', 'restore', 'backup', 'index', 'reindex', 'install', 'transfer', 'provision', 'replicate', 'deploy', 'build', 'crawl', 'scan', 'train', 'render', 'convert', 'generate', 'run']);

function verbAt(words: readonly string[], i: number, namespaces?: ReadonlySet<string>, opens?: string, sendsEvent = false): VerbSense | undefined {
  const w = words[i] as string;
  const sense = VERBS.get(w);
  // Names state actions in the base form; `comments`, `lists`, `logs` there are things.
  if (!sense || sense.base !== w) return undefined;
  // `monitor` in `firecrawl_monitor_delete` is the server's name for a kind of resource.
  if (namespaces?.has(w) && i + 1 < words.length) return undefined;
  // …and so is a first word a read verb and its object follow (`swap_get_orders`: the SWAP instruments' orders, got), or
  // one after the server's prefix that `get` or `list` and an object follow (`nomoreide_deploy_list_projects`).
  const readAfter = i === 0 ? READS_AFTER.has(words[1] ?? '') : PREFIXED_READS_AFTER.has(words[i + 1] ?? '');
  if (readAfter && i + 2 < words.length && !neverNamespace(w)) return undefined;
  // …and so is a verb-shaped word right before a CRUD verb, at the name's end or with its object after: `bland_call_list`
  // lists calls, `ops_trigger_create_claude` creates a trigger. (A look stays one: `check_update` checks for an update.)
  if (i > 0 && i < words.length - 1 && CRUD.has(words[i + 1] as string) && !neverNamespace(w) && sense.category !== 'read') return undefined;
  // (…and where the name ends in a CRUD verb and how many it acts on, `households_shopping_list_items_update_one`, every
  // word before that verb names the thing: the shopping list's items, updated.)
  if (i < words.length - 2 && CRUD.has(words.at(-2) as string) && /^(?:one|many|all)$/.test(words.at(-1) as string)) return undefined;
  const next = words[i + 1];
  if (next !== undefined && NOUN_AFTER.get(sense.base)?.has(next)) return undefined;
  // `ga_send_refund`, "Send a refund event to Google Analytics": a money word after a verb that sends or tracks events names
  // the event recorded, not money moved.
  if (sense.category === 'financial' && i > 0 && EVENT_SENDS.has(words[i - 1] ?? '') && sendsEvent) return undefined;
  const before = VERB_ONLY_BEFORE.get(sense.base);
  if (before && (next === undefined || !before.has(next))) return undefined;
  // `app_store_list_templates`: an app store or a play store is where apps are sold, not a storing.
  if (w === 'store' && (words[i - 1] === 'app' || words[i - 1] === 'play')) return undefined;
  // `dictionary_means_like`, `sounds_like`: a likeness searched for, not a like given.
  if (w === 'like' && LIKENESS.has(words[i - 1] ?? '')) return undefined;
  // `compiler_queue`, `job_queue`: a queue that ends a name after what it holds is the thing (queueing names open with it).
  if (w === 'queue' && i === words.length - 1 && i > 0 && !namespaces?.has(words[i - 1] ?? '')) return undefined;
  // `list_lpush`, `list_rpop`: before a Redis command, `list` (or `set`) names the data type it works on.
  if ((w === 'list' || w === 'set') && REDIS_COMMANDS.has(words[i + 1] ?? '')) return undefined;
  // …and so does it before an operation on a collection's members that ends a two-word name (`set_remove`, `list_add`).
  if ((w === 'list' || w === 'set') && i === 0 && words.length === 2 && MEMBER_OPERATIONS.has(next ?? '')) return undefined;
  // `key_type`, `file_type`, `mime_type`: a `type` that ends a name after a stored thing's word is that thing's kind.
  if (w === 'type' && i === words.length - 1 && i > 0 && KINDED_THINGS.has(words[i - 1] ?? '')) return undefined;
  // `go_forward`, `go_back`: a step through a browser's history, not a forwarded message.
  if (w === 'forward' && words[i - 1] === 'go') return undefined;
  // `upgrade_precheck`, `precheck_upgrade`: the act a pre-check or a preflight looks at before it is done, not done.
  if (PRE_CHECKS.has(words[i + 1] ?? '') || PRE_CHECKS.has(words[i - 1] ?? '')) return undefined;
  // `apple-pay-link-token`, `google_pay_session`: a wallet named for its maker, not a payment made.
  if (w === 'pay' && PAY_WALLETS.has(words[i - 1] ?? '')) return undefined;
  // `can_i_deploy`, `should_i_merge`: a question whether to act, which the tool answers; it does not act.
  if (words[i - 1] === 'i' && (words[i - 2] === 'can' || words[i - 2] === 'should' || words[i - 2] === 'may')) return undefined;
  // `drains-test-drain`, `checks-get-check`: a last word that repeats the plural the name opens with is the resource acted on.
  if (i === words.length - 1 && i >= 2 && (words[0] === `${w}s` || words[0] === `${w}es`)) return undefined;
  // `migrate-status`, `sync_status`: the status of a process named by its verb, at the end of the name.
  // (…and so is any verb's there when the description opens by reading: "Get runtime update status for an agent".)
  // (…and so is the status of its job: `ingest_job_status`.)
  const statusAt = next === 'job' || next === 'jobs' ? i + 2 : i + 1;
  const statusWord = words[statusAt];
  if (statusAt + 1 === words.length && (statusWord === 'status' || statusWord === 'progress') && (PROCESS_VERBS.has(sense.base) || (opens !== undefined && READ_OPENINGS.has(opens)))) return undefined;
  return sense;
}

/** Stored things whose kind a name asks for with a last `type`: `key_type`, `content_type`. */
const KINDED_THINGS = new Set(['key', 'file', 'content', 'mime', 'media', 'record', 'entity', 'data', 'field', 'column', 'value', 'node', 'resource', 'object', 'document', 'account', 'issue', 'item']);
/** What is done to a collection's members: added, removed, popped. */
const MEMBER_OPERATIONS = new Set(['add', 'remove', 'delete', 'pop', 'push', 'append', 'insert']);
/** Words after which `like` compares: "means like", "sounds like". */
const LIKENESS = new Set(['means', 'sounds', 'spelled', 'looks', 'feels', 'mean', 'sound', 'spell', 'look']);

/** Verbs a description opens with when the tool keeps a record. */
const RECORD_OPENINGS = new Set(['record', 'log', 'store', 'save', 'track', 'register']);
/** Verbs a description opens with when the tool only reads. */
const READ_OPENINGS = new Set(['get', 'list', 'retrieve', 'fetch', 'show', 'describe', 'return', 'read', 'view', 'search', 'find', 'lookup', 'check', 'count']);

/** A backup made on demand: a copy written to the backup store. */
const MANUAL_BACKUP: VerbSense = { base: 'backup', category: 'write' };
/** `opens` is the verb the description opens with ("Plans …"): where the name's leading word is that verb
 *  (`plan_stack_update`), it is the action, though the word is as often a thing (`plan_update`).
 *  `sendsEvent`: the description opens by sending, tracking or logging an event ("Send a refund event to Google Analytics"). */
export function readName(name: string, namespaces?: ReadonlySet<string>, opens?: string, sendsEvent = false): NameReading {
  const words = splitName(name);
  const hits: { i: number; word: string; sense: VerbSense }[] = [];
  for (let i = 0; i < words.length; i++) {
    const sense = verbAt(words, i, namespaces, opens, sendsEvent);
    if (sense) hits.push({ i, word: words[i] as string, sense });
  }
  // `project-services-updater`, `deploy-services-reader`: an agent noun at the end (the head of the
  // compound) names the action, and the words before it name the object; with no verb, one anywhere does.
  // Right after a verb it is that verb's object instead: `launch_editor` starts an editor.
  // …and after a preposition it is a thing too: `search_unreplied_from_sender`.
  // (…and so it is after a verb and a participle that says which ones: `get_archived_publisher` reads an archived publisher.)
  const participle = /ed$/.test(words[words.length - 2] ?? '');
  const objectOfVerb = hits.some((h) => h.i === words.length - 2 || (participle && h.i === words.length - 3)) || PREPOSITIONS.has(words[words.length - 2] ?? '');
  const lastAgent = objectOfVerb ? undefined : AGENT_NOUNS.get(words[words.length - 1] ?? '');
  if (lastAgent !== undefined || hits.length === 0) {
    const at = lastAgent !== undefined ? [words.length - 1] : words.map((_, i) => i);
    const agents = at.flatMap((i) => {
      const base = AGENT_NOUNS.get(words[i] as string);
      const sense = base === undefined ? undefined : VERBS.get(base);
      return sense ? [{ i, word: words[i] as string, sense }] : [];
    });
    if (agents.length > 0) hits.splice(0, hits.length, ...agents);
  }
  // `backup-manualBackupMySql`: with no verb, a manual backup is one made now (elsewhere a backup is the thing kept).
  const manual = hits.length === 0 ? words.findIndex((w, i) => w === 'manual' && words[i + 1] === 'backup') : -1;
  if (manual >= 0) hits.push({ i: manual + 1, word: 'backup', sense: MANUAL_BACKUP });
  const verbs: VerbHit[] = [];
  const used = new Set<number>();
  // `API-post-search`: an HTTP method right before another verb is how the call is sent, not what it does.
  while (hits.length > 1 && (hits[0] as (typeof hits)[number]).i + 1 === (hits[1] as (typeof hits)[number]).i && SENDING_METHODS.has((hits[0] as (typeof hits)[number]).word)) hits.shift();
  // `download-client-delete-api-v1-downloadclient-bulk`, `search-post-api-v1-search`: an HTTP method right before `api` is the
  // route's method, the operation itself; the words before it are the route's tag (a download client, the search resource).
  const route = hits.find((h) => HTTP_METHODS.has(h.word) && words[h.i + 1] === 'api');
  // (…unless a sent route's path ends on an act, before nothing but its parameters: `indexer-post-api-v1-indexer-test`,
  // `system-post-api-v1-system-shutdown`, `backup-post-api-v1-system-backup-restore-id`. That act is the operation, and the
  // method only how it is sent. A word that is also the route's tag names the resource: `search-post-api-v1-search`.)
  const act = route && SENDING_METHODS.has(route.word)
    ? hits.find((h) => h.i > route.i + 1 && !HTTP_METHODS.has(h.word) && !words.slice(0, route.i).includes(h.word) && words.slice(h.i + 1).every((w) => PATH_PARAMS.has(w)))
    : undefined;
  // (…and a sent route to a command or a named action, `command-post-api-v1-command`, `indexer-post-api-v1-indexer-action-name`,
  // runs it.)
  const ran = route && !act && SENDING_METHODS.has(route.word) ? words.findLastIndex((w, i) => i > route.i + 1 && !PATH_PARAMS.has(w)) : -1;
  const runs = ran >= 0 && RUN_ROUTES.has(words[ran] as string) ? { i: ran, word: words[ran] as string, sense: VERBS.get('run') as VerbSense } : undefined;
  // (Where the path names the operation, the method word is neither the act nor a thing acted on.)
  if (route && (act ?? runs)) used.add(route.i);
  if (route) hits.splice(0, hits.length, act ?? runs ?? route);
  // `sales_invoice_get`: a name that ends on a verb, after words that are as often things, states
  // its action last.
  const lastHit = hits[hits.length - 1];
  // (`qase_run_upsert`: a run is the thing a CRUD verb acts on.)
  const crudLast = lastHit !== undefined && CRUD.has(lastHit.word);
  const stated = (h: { word: string }) => opens !== undefined && h.word === opens;
  // (…and so does one whose last word is the reading its description opens with, after a thing's words, `live_update_onboarding_explain`,
  // "Explain a live-update onboarding step": the words before it name the thing, a live update's onboarding.)
  const explainsThing = lastHit !== undefined && stated(lastHit) && lastHit.sense.category === 'read' && (hits[hits.length - 2]?.i ?? lastHit.i) < lastHit.i - 1;
  if (lastHit && hits.length > 1 && lastHit.i === words.length - 1 && !NOT_A_VERB_FIRST.has(lastHit.word) && !stated(hits[0] as (typeof hits)[number])
    && (explainsThing || hits.slice(0, -1).every((h) => NOT_A_VERB_FIRST.has(h.word) || (crudLast && h.word === 'run')))) hits.splice(0, hits.length - 1);
  // Name words that are usually things (`transfer_store_info`, `store_summary`), or an agent noun inside the name
  // (`crm_marketplace_installer_details`), give way to a description that opens by reading: "Get featured patterns…".
  const dubious = (h: (typeof hits)[number]) => NOT_A_VERB_FIRST.has(h.word) || (h.word !== h.sense.base && h.i < words.length - 1);
  if (hits.length > 0 && hits.every(dubious) && hits.some((h) => h.sense.category !== 'read') && opens !== undefined
    && READ_OPENINGS.has(opens) && !hits.some((h) => h.sense.base === opens)) hits.splice(0);
  // …and so does a name whose only action word is a step of a driven page used as a thing (`trajectory-step`, `workflow_click`),
  // where the description opens with a write it states: "Record step in trajectory…".
  if (hits.length > 0 && hits.every((h) => dubious(h) && h.sense.category === 'execute') && opens !== undefined
    && RECORD_OPENINGS.has(opens) && !hits.some((h) => h.sense.base === opens)) hits.splice(0);
  let first = hits[0];
  // A leading word that is usually a thing (`queue_send_batch`, `test_lds_query`) gives way to a later verb.
  // (…and so does one further in, after a thing's words, where a later verb is not such a word: the `type` of
  // `asset-type-fields-list-asset-type-fields` is an asset type, and the name lists its fields.)
  if (first && NOT_A_VERB_FIRST.has(first.word) && hits.length > 1 && !stated(first)
    && (first.i === 0 || !NOT_A_VERB_FIRST.has((hits[1] as (typeof hits)[number]).word))) first = hits[1];
  // …and a view before a CRUD verb that ends the name is a kind of resource (`deposit-view-create`, `view_delete`).
  const endCrud = hits[hits.length - 1];
  if (first && first.word === 'view' && endCrud !== undefined && endCrud !== first && endCrud.i === words.length - 1 && CRUD.has(endCrud.word)) first = endCrud;
  if (first) {
    verbs.push({ word: first.word, sense: first.sense });
    used.add(first.i);
    // `manage_x_delete`: a generic verb says little, so later specific verbs count too.
    // A word that is as often a thing (`manage_jira_filter`) stays the object.
    if (first.sense.generic) {
      // (…but `list` right after it is what is managed: `manage-list-entry` manages a list's entries.)
      for (const h of hits) if (h.i > first.i && !h.sense.generic && !used.has(h.i) && !NOT_A_VERB_FIRST.has(h.word) && !(h.word === 'list' && h.i === first.i + 1)) { verbs.push(h); used.add(h.i); break; }
    }
    // `get_or_create_label`, `list_and_delete`: every action joined to the first one.
    for (let i = first.i + 1; i < words.length; i++) {
      if (!CONJUNCTIONS.has(words[i] as string)) continue;
      const next = hits.find((h) => h.i > i && !used.has(h.i));
      if (next && next.i <= i + 2) { verbs.push({ word: next.word, sense: next.sense }); used.add(next.i); }
    }
  }
  const objects = words.filter((w, i) => !used.has(i) && !CONJUNCTIONS.has(w));
  return { words, verbs, objects };
}

/** What follows an act at the end of a route's path: its parameters (`…-restore-id`) and a scope (`…-test-all`). */
const PATH_PARAMS = new Set(['id', 'ids', 'name', 'filename', 'uuid', 'key', 'all']);
/** What a route runs when it is sent to it: a command, a named action. */
const RUN_ROUTES = new Set(['command', 'commands', 'action', 'actions']);
const TRIGGERED_REFRESH = new Set(['refresh', 'fetch', 'sync', 'rescan', 'reindex']);
/** Words that end the noun phrase after a verb. */
const PHRASE_ENDS = new Set(['on', 'in', 'against', 'for', 'to', 'from', 'with', 'that', 'which', 'and', 'or', 'of', 'at', 'by', 'into']);
/** What a command is run to do when it only reports: "to print versions", "to show the status". */
const SHOWS = new Set(['print', 'show', 'display', 'list']);
function runsToShow(words: readonly TextWord[], i: number): boolean {
  for (let j = i + 1; j < Math.min(words.length - 1, i + 5); j++) {
    const w = words[j] as TextWord;
    if (w.sentence !== (words[i] as TextWord).sentence || CODE_NOUNS.has(w.word) || TRIGGERABLE.has(w.word)) return false;
    if (w.word === 'to') return SHOWS.has((words[j + 1] as TextWord).word);
  }
  return false;
}
/**
 * The noun phrase after an execute verb names a computation that only returns a result:
 * "runs a search", "run multiple search queries", "run a lightweight health probe".
 */
function ranComputation(words: readonly TextWord[], i: number): boolean {
  // A noun phrase can be long ("PageSpeed Insights & Core Web Vitals performance analysis").
  for (let j = i + 1; j < Math.min(words.length, i + 9); j++) {
    const w = words[j] as TextWord;
    // (A preposition hyphened into a modifier, "an on-page SEO audit", ends no phrase.)
    if (w.sentence !== (words[i] as TextWord).sentence || (PHRASE_ENDS.has(w.word) && !w.hyphened)) return false;
    // ("Runs Azure Quick Review CLI commands": a computation's name on a program it runs is that program.)
    if (COMPUTED.has(w.word)) return !words.slice(j + 1, j + 4).some((n) => n.sentence === w.sentence && PROGRAMS_RUN.has(n.word));
    // A verb (or a thing that runs: code, a command) ends the search for the noun; a reading verb right before the
    // computation's noun names its kind ("a deep-dive research scan", "a query report"; a "test scan" runs tests).
    const next = words[j + 1];
    if (VERBS.get(w.word)?.category === 'read' && !TRIGGERABLE.has(w.word) && next?.sentence === w.sentence && COMPUTED.has(next.word)) continue;
    if (VERBS.get(w.word)?.base === w.word || CODE_NOUNS.has(w.word)) return false;
  }
  return false;
}
/** Code in a named language, as a parameter's description calls it: "Strudel code", "JavaScript code strings". */
const LANGUAGE_CODE = /\b(?:strudel|tidal|javascript|typescript|python|lua|ruby|glsl|hlsl|wgsl|shader|bash|shell) code\b/;
/** Words that open a sentence by telling the answer to a question: "Report whether…", "Tells whether…". */
const REPORTS_WHETHER = new Set(['report', 'reports', 'tell', 'tells']);
/** Words before "to" that make the next verb a choice being weighed: "how to execute", "whether to delete". */
const WEIGHED = new Set(['how', 'when', 'whether', 'where', 'which', 'what']);
/** What a computation's name may come before when what is run is a program: "Review CLI commands". */
const PROGRAMS_RUN = new Set(['cli', 'command', 'commands', 'script', 'scripts', 'program', 'binary']);
const CODE_NOUNS = new Set(['code', 'command', 'commands', 'script', 'scripts', 'query', 'queries', 'sql', 'job', 'jobs', 'workflow', 'workflows', 'pipeline', 'pipelines', 'test', 'tests', 'process', 'container', 'program']);

/** Who else a description may say acts: the caller, the user, the agent. */
const CALLERS = new Set(['you', 'user', 'users', 'caller', 'agent', 'client', 'they']);
const MODALS = new Set(['can', 'should', 'must', 'may', 'will', 'could', 'need', 'needs', 'then']);
/** What follows "run" when something is used up: "run out", "run low", "run dry". */
const RUN_DOWN = new Set(['out', 'low', 'dry']);
/** What holds arrivals until they are read: draining it reads them. */
const DRAINED_BUFFERS = new Set(['queue', 'buffer', 'inbox', 'backlog']);
/** Words after a stand-in "does" that end its clause: "until it does or…". */
const ENDS_CLAUSE = new Set(['or', 'and', 'not', 'so', 'then']);
/** A description that opens by sending an event: "Send a refund event to Google Analytics". */
const SENDS_EVENT = /^[a-z]+ (?:an? |the )?(?:[\w-]+ ){0,3}events?\b/;
/** Verbs that send, track or log an event: a money word after them in a name names the event. */
const EVENT_SENDS = new Set(['send', 'track', 'log', 'record', 'emit']);
/** A record's state, as a parameter names it. */
const STATE_FIELDS = new Set(['state', 'status', 'newstate', 'newstatus']);
/** A tool named for changing a record's state: `estimate_change_state`, `set_status`. */
const CHANGES_STATE = /^(?:[a-z0-9]+[_ -])*?(?:change|set|update|transition)[_ -](?:state|status)\b/;
/** A tool that attaches or assigns a script to a thing (a scene's node, a game object): the script is a file handed over, not run. */
const ATTACHES_SCRIPT = /^(?:attach|assign|detach|set)[_ -]script\b/;
/** What comes before an English `do` that acts inside a sentence: "to do", "can do", "and do". */
const DOERS = new Set([...MODALS, 'to', 'would', 'and', 'or', 'also']);
function callerActs(words: readonly TextWord[], i: number): boolean {
  const at = (k: number) => (words[k] !== undefined && words[k].sentence === words[i]?.sentence ? words[k].word : undefined);
  return CALLERS.has(at(i - 1) ?? '') || (MODALS.has(at(i - 1) ?? '') && CALLERS.has(at(i - 2) ?? ''));
}

function isNegated(words: readonly TextWord[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (NEGATORS.has((words[j] as TextWord).word)) return true;
  return false;
}

/** The first match of a pattern outside a negation ("does not delete"), as a short quote. */
function phrase(text: string, global: RegExp, unlessAfter?: RegExp): string | undefined {
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (/\b(?:not|no|never|without|n't|cannot)\b[^.]*$/.test(before)) continue;
    // …or after it: "(private keys are not stored by eBay)".
    if (/^\)?\s*(?:are|is|will be|were|was)\s+(?:not|never)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    // …nor one that the words just before it put in another role (`unlessAfter`).
    if (unlessAfter?.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return m[0].trim();
  }
  return undefined;
}

const CURRENCY_WORDS = /\b(?:usd|eur|gbp|jpy|eth|weth|btc|usdc|usdt|sats|wallets?|bank accounts?|on-?chain|blockchain)\b|\$\d/;
const PAYS = /\b(?:releas\w* (?:\w+ ){0,2}payments?|refund(?:s|ing)? (?:the |a |an |their |its |any )?(?:buyer|customer|payer|purchaser|payment|deposit|amount|money|charge)s?|pays? (?:out )?(?:the |a |an |each |every |their )?(?:group of |team of )?(?:worker|winner|human|seller|buyer|recipient|creator|freelancer|contractor|employee)s?|(?:is |are |gets? )?paid (?:automatically|instantly|immediately|on (?:approval|completion|response))|charges? (?:a |an |the |your )?(?:\$\d|setup fee|card)|(?:sends?|transfers?|moves?) (?:\w+ ){0,2}(?:funds|money)|send(?:s|ing)? (?:a |an |two |small )*(?:\$[\d.,]+ )?(?:test |micro-?)?(?:credit|deposit)s?(?: transfers?)?|(?:blocks?|holds?|reserves?|captures?) (?:the )?(?:held |blocked |authori[sz]ed )?funds|funds are (?:blocked|held|reserved|captured|charged)|plac(?:e|es|ing) (?:the |an |a |your |this )?(?:food |paid |real )?orders?)\b/g;
/** A description's own warning that the tool destroys something (not "non-destructive", not a hint's name). */
const DECLARED_DESTRUCTIVE = /(?<![\w-])(?<!non |not |no )destructive(?: operation| action| write| change| call|(?=:\s)|(?= ?!)|(?= [-–—] ))/g;
/** A description that opens by running a query in a query language. */
const RUNS_QUERY_LANGUAGE = /^\s*(?:runs?|executes?) (?:a |an |the )?(?:[\w-]+ ){0,6}?(?:quer(?:y|ies)|[a-z]*ql)\b/;
/** Input simulated or injected into a running program: key presses, mouse or touch input, synthetic input events. */
const INJECTED_INPUT = /\b(?:simulat|inject)\w* (?:a |an |the )?(?:synthetic |real |fake |virtual )?(?:key ?press(?:es)?|keystrokes?|(?:key|keyboard|mouse|touch|gamepad|controller|joystick) (?:input|inputs|events?|clicks?)|input events?)\b|\binject\w* (?:\w+ )?input into\b/;
/** Opening something in a browser or a program's window on the user's machine; the group is the program. */
const OPENS_IN_APP = /\bopen\w* (?:[\w.'-]+ ){1,8}?in (?:[\w'-]+ ){0,3}?(browser|window|gui|visual ui|web ui)\b/;
/** A generator's opening that names files as what it makes. */
const GENERATES_FILES = /^generat\w* (?:an? |the )?(?:[\w/.+-]+ ){0,3}?(?:files?|pdfs?|documentation|artifacts|helpers)\b/;
const PERMANENT = /\b(?:permanently|irreversibl[ey]|irrevocabl[ey]|cannot be (?:undone|recovered|reversed|restored)|can ?not be undone|can't be undone|unrecoverabl[ey]|destroy(?:s|ing)? (?:all|the|its)|wip(?:e|es|ing)|purges?|(?:clear|clears|clearing|eras(?:e|es|ing)|delet(?:e|es|ing)) all (?:of )?(?:its |the |their )?(?:files|data|state|contents|records|history)|(?:data|changes|work|records|files|contents?) (?:will|would) be (?:permanently )?lost|garbage collection[^.]{0,40}\bto free (?:up )?(?:storage|space|disk))\b/g;
// "any query" or "a custom query" is as often search text: a bare query counts only when it is arbitrary,
// raw or free-form, or named in a language ("any SQL query").
// ("Compile a workflow to executable code": code compiled to something that can be run is what is made, not code run.)
const RUNS_CODE = /\b(?:arbitrary|raw|free-?form|caller-supplied|(?<=\b(?:runs?|running|(?:execut(?!able\b)\w*|(?<!\b(?:to|into) )executable)|evaluat\w*|evals?) (?:\w+ ){0,2})(?:any|custom)) (?:shell |terminal |bash |system |kubectl |sql |graphql |cypher |javascript |python |js )?(?:commands?|code|scripts?|sql|statements?|javascript|python)\b|\b(?:arbitrary|raw|free-?form|caller-supplied) (?:shell |terminal |bash |system |kubectl |sql |graphql |cypher |javascript |python |js )?quer(?:y|ies)\b(?! text)|\b(?:any|custom) (?:sql|graphql|cypher|kubectl) quer(?:y|ies)\b|\b(?:execut(?!able\b)\w*|(?<!\b(?:to|into) )executable) (?:a |an |the |any |arbitrary |custom |raw |your |given |provided |supplied )?(?:shell |terminal |bash |sql |kql |cypher |graphql |sparql |soql |promql |javascript |python |js |node |kubectl |system )?(?:commands?|code|scripts?|sql|quer(?:y|ies)|statements?|javascript|python|snippets?)\b|\bruns? (?:a |an |the |any |arbitrary |custom |your |given |provided )?(?:shell |terminal |bash |sql |soql |graphql |cypher |javascript |python |kubectl )(?:commands?|code|scripts?|quer(?:y|ies)|statements?)\b/g;
const HOST_SHELL = /\b(?:shell commands?|terminal commands?|bash commands?|system commands?|command line|on the host|local machine|(?:start|spawn|launch)s? (?:a |new )?(?:terminal |shell )?process(?:es)?|in (?:a|the) (?:terminal|shell)|arbitrary (?:code|commands?)|repl)\b/g;
/** Where code handed in runs contained, not on the host: a browser's page or tab, a sandbox, a web view, an app's renderer,
 *  an iframe, a React Native app's runtime, a named page's context ("in the TradingView page context"). */
const CONTAINED = /\b(?:in|inside|within|on|into) (?:the |a |an )?(?:current |target |active |selected |remote |isolated |live |focused |connected |running |specific )?(?:(?:[\w-]+ )?[\w-]+'s )?(?:browser(?: console| context| page| tab)?|web ?page|page(?: context)?|[\w-]+ page context|element|sandbox(?:ed)?(?: environment)?|web ?views?(?: context)?|plugin context|tab(?:'s)? (?:main world|context|page)|renderer|i?frame|react native app)\b|\bsandboxed\b/g;
/** Text that says code escapes the page: the host's process, remote code execution. */
const ESCAPES = /\b(?:server process|node(?:\.js)? process|host machine|remote code execution|rce|(?:sandboxed )?subprocess(?:es)?|child process(?:es)?)\b/;
const GUIDANCE = /\b(?:provides?|providing|returns?|offers?|gives?)\b(?: \S+){0,8} (?:documentation|guidance|instructions|best practices|guidelines|step-by-step guide|recommendations)\b/g;
const READ_ONLY_CLAIM = /\bread[- ]only\b|\b(?:does not|doesn't|will not|won't|never|without) (?:modify|modifying|change|changing|alter|altering|write|writing|mutate|mutating|make any changes|making changes|side effects)\b|\bno (?:side effects|changes are made|data is (?:modified|changed))\b|\bsafe to call\b|\b(?:state|data) (?:is|are|remains?|stays?) (?:untouched|unchanged)\b|\bonly select (?:statements|queries)\b|\bselect (?:statements|queries) only\b|\bselect-only\b/;
const RECORD_IDS = new Set(['id', 'ids', 'uuid', 'uuids', 'guid', 'gid', 'sid']);
/** An opening that makes the whole tool a dry run: it starts with one, or names one in brackets after what it computes. */
const DRY_RUN_LEAD = /^\W*dry[- ]?runs?\b|(?<=[(（])dry[- ]?run\b|\b(?:performs?|does|is) an? dry[- ]?run\b/;
/** …and a dry run that is only the default, or a mode to switch ("Dry run by default; set apply to…"), is not the tool. */
const DRY_RUN_TOOL = /\bdry[- ]?run (?:by default|mode|option|flag)\b|\b(?:unless|until|set|pass|use|with) [`'"]?(?:apply|confirm|execute|dry[_-]?run)\b/;
/** Where the tool says it changes nothing; not where an option does ("dry_run: test without making changes"). */
const READ_ONLY_CLAIMS = new RegExp(READ_ONLY_CLAIM.source, 'g');
/** What "a read-only …" says of the tool itself: its operation, access, mode. */
const OWN_ACTS = new Set(['operation', 'operations', 'tool', 'query', 'queries', 'call', 'access', 'mode', 'action', 'request', 'requests', 'endpoint', 'lookup', 'command', 'method', 'function', 'check', 'inspection', 'view', 'search', 'analysis', 'transaction', 'way', 'snapshot', 'listing', 'fetch', 'report', 'plan', 'preview', 'summary', 'diff', 'audit', 'review', 'scan', 'overview']);
function readOnlyClaim(norm: string): string | undefined {
  const all = READ_ONLY_CLAIMS;
  all.lastIndex = 0;
  for (let m = all.exec(norm); m !== null; m = all.exec(norm)) {
    if (/\b(?:dry[ _-]?run|preview mode|simulation mode|test mode)\b[^.]{0,30}$/.test(norm.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "a read-only built-in template", "the read-only replica": a thing the tool works on, not the tool.
    // (…unless what follows is the tool's own act: "a read-only SQL query", "a read-only operation".)
    const after = /^((?: [\w-]+){1,3})/.exec(norm.slice(m.index + m[0].length))?.[1]?.trim().split(/[ -]/) ?? [];
    if (/^read/.test(m[0]) && /\b(?:a|an|the|any)\s$/.test(norm.slice(Math.max(0, m.index - 4), m.index)) && after.length > 0 && !after.some((w) => OWN_ACTS.has(w))) continue;
    return m[0];
  }
  return undefined;
}
/** A backup of what is replaced, made first: "Creates a .bak backup before overwriting". */
const KEEPS_BACKUP = /\b(?:\.?bak|backup|back-up)\b[^.]{0,30}\bbefore (?:overwriting|replacing|writing)\b/;
/** An update that sends the whole object and replaces it, fields left out lost: "this is a full replacement", "replaces the
 *  config group's entire custom configuration", "replaces the mock API's entire stub mapping set". */
const REPLACES_WHOLE = /\b(?:(?:is|performs|does) a full replace(?:ment)?|(?<!(?:not|t|never|without|no) )replac\w* (?:the |its )?(?:[\w-]+ )?(?:[\w-]+'s )?entire (?:[\w-]+ ){0,3}(?:set|collection|configuration|config))\b/g;
/** What a misuse would do, as a warning ("Skipping this will overwrite all existing content"), not what the tool does. */
const MISUSE_CONSEQUENCE = /\b(?:skipping|omitting|forgetting|failing to|otherwise|if you (?:skip|omit|forget|don't|do not))\b[^.]{0,30}$/;
// (Overwriting an index or a cache replaces what is rebuilt anyway.)
const OVERWRITES = /\b(?:(?<!(?:not|t|never|without|no) )replac\w* (?:the |an |any )?(?:entire|whole|existing) (?:\w+ )?(?:diagram|document|drawing|canvas|notebook|file|script|source|contents?)\b|(?<!\b(?:may|might|than|of|without|never|not|no) )overwrit\w*(?! (?:the )?(?:previous |existing |old |current )?(?:index|indexes|indices|cache|caches|build|builds|empty|path)\b)(?! (?:a |one |the |any )?(?:single )?(?:existing |prior |current |old )?(?:[\w']+ ){0,2}(?:values?|key|field|property|attribute|assignee|config|configuration|rules|restrictions|schedule|policy|settings)\b)(?! (?:when|if) (?:it |one |a key |the key )?(?:already )?exists)|completely (?:replaces?|rewrites?)(?! (?:the )?(?:existing |current )?(?:default|defaults|associations|tags|labels|links|values|list|items|arrays?|members|assignees|categories)\b)|(?:drops?|deletes?|wipes?|destroys?) (?:all )?(?:the )?existing|destructive to existing|replac\w* all (?:the )?(?:\w+ )?(?:data|rows|records|entries) (?:in|of) (?:a|the|its) (?:\w+ ){0,2}?(?:table|dataset|sheet|list|database|db|collection))\b/g;
/** The folder a tool writes into, emptied or made anew: what was in it is gone. */
const WIPES_FOLDER = /\b(?:completely |fully )?(?:recreates?|wipes?|empties|deletes?|clears?) (?:out )?(?:the |your )?(?:given |existing |target |destination )?(?:outputdir|output ?dir(?:ectory)?|output folder)\b/g;
const SECRETS = /\b(?:environment variables|env vars|secrets|credentials|passwords?|api keys?|private keys?|kubeconfig|access keys?|connection strings?)\b/g;
// (A "publicly accessible URL" the caller provides, or one an image is taken from, is where the input comes from; nothing is made public.
// So is a URL that "must be publicly accessible": the tool fetches from it; and a public URL the tool takes a file from, "Import an
// image from a public URL", "Public URL of the image to upload".)
const OUTWARD = /\b(?:send(?:s|ing)? (?:an? |the )?(?:direct |private |new |first |text |sms |push )?(?:email|message|dm|sms|notification|invitation|invite)s?|(?:e-?mailed|sent) to (?:the |your |its )?(?:customers?|recipients?|buyers?|users?|payers?)|notif(?:y|ies) (?:attendees|recipients|users|the customer)|(?<!\b(?:from|provide|either|given|takes?) (?:a |an |the )?)(?<!\b(?:must|should|needs? to) be )publicly|(?<!\b(?:from|with|downloads?|imports?|fetch(?:es)?) (?:a |an |the |any )?)public(?:ly)? (?:url(?!s? of (?:the |a |an )?(?:[\w-]+ )?(?:file|image|video|media|document|audio|photo)s?\b)|link|visible)|external (?:recipients|users|attendees)|anyone with the (?:link|url)|(?:shareable|sharing|share|shared) links?|for securely sharing|signed urls? (?:a |an |that )?(?:\w+ ){0,4}opens?|with no (?:\w+ )?login|to external|(?:creates?|makes?) (?:a |an |the )?published|publish(?:es|ing)? (?:it|them|the|a|an|to)|make (?:it|them) (?:public|buyable|live|visible)|visible to (?:the public|everyone|customers|buyers|users)|(?:multi-)?tweets?|(?:post|posts|posting|publish\w*|share|shares|sharing) (?:[\w-]+ ){0,4}(?:to|on) (?:[\w-]+ ){0,3}social (?:media|networks?)|(?:to|on) (?:x|twitter|bluesky|mastodon|reddit|linkedin|facebook|instagram)(?: \(twitter\))?(?! api\b))\b/g;
/** A SQL query's execution plan, named: EXPLAIN by another name. */
// (A MongoDB find's or pipeline's plan is a query document the driver sends: no SQL statement is parsed.)
const SQL_PLAN = /\b(?:execution|query) plan (?:for|of) (?:an? |the )?(?:sql|mysql|postgres(?:ql)?|sqlite|oracle|t-sql) (?:query|statement)\b|\bplano de execução\b/;
// (A quoted "production" is a value named, a tag or an environment's name given as an example, not a place the tool acts on.)
// (…nor is a production switch, "Set production: true to strip debug instrumentation", or a production build: a way of building.)
const LIVE = /(?<!["'`])\b(?:production(?!:|\s(?:mode|builds?|bundles?)\b)|live (?:site|website|traffic|users|environment|system|cluster))\b(?!["'`])/g;
// ("…for a particular run of the CLI": a run of it is one time it ran, a thing, not a running of it.)
const DRIVES_APP = /\bstateful shell\b|\b(?:explores?|navigates?) (?:your|the) (?:web )?app(?:lication)?\b|\b(?:opens?|starts?|launch(?:es)?|creates?|spawns?) (?:\w+ ){0,3}(?:shell|ssh|terminal) sessions?\b|\b(?<!\b(?:the|all|any|every|each|your|its|currently|be|you|user|should|must|can|list|lists) )(?:opens?|launch(?:es)?|starts?) (?:(?:a|an|the|your|default|new|web|local|system|\w+) ){0,3}(?:browser|browser window|browser tab|terminal|desktop app(?:lication)?)\b|\b(?<!\b(?:be|you|user|should|must|can) )(?:opens?|launch(?:es)?|shows?|displays?) (?:\w+ ){0,4}in (?:a|the|your) (?:default |local |web |new )?browser\b|\b(?:runs?|executes?|invokes?) (?!of\b)(?:(?:the|a|an|local|\w+) ){0,2}(?:cli|command[- ]line(?: tool| interface)?)\b|\blocally (?:using|via|with) (?:(?:the|a|an|\w+) ){0,2}(?:cli|command[- ]line)\b|(?<!\bserver )\b(?:runs?|executes?) (?:\w+ ){0,3}locally\b/g;
// (A deploy named as a thing, "the staging deploy", or done by the user, "the user should redeploy", is not the tool's;
// nor are deploy instructions or a deploy guide written for someone to follow.)
const DEPLOYS = /\b(?<!\b(?:the|a|an|staging|production|last|latest|previous|failed|each|every|should|must|can|you|i|user|users) )(?:deploy(?:s|ing)?|redeploy(?:s|ing)?|roll(?:s|ing)? out)\b(?![`'"]? (?:keys?|status|logs?|history|previews?|groups?|targets?|configs?|configurations?|settings|commands?|instructions|guides?|steps|docs)\b)/g;
/** A change made to the current session only, not kept past it: "Deletes a server from current session (not persisted)". */
const SESSION_ONLY = /\b(?:current|this) session \(?not (?:persisted|saved|stored)\b\)?/;
/** A change the text calls a simulation that is not kept: a practice API's writes ("Delete a user (simulation - does not persist)"). */
const SIMULATED_ONLY = /\b(?:simulat(?:ion|ed)|mock(?:ed)?)\b[^.]{0,20}\b(?:(?:does not|doesn't|do not|don't|is not|are not|never) persist\w*|not (?:persisted|saved|stored)|nothing is (?:persisted|saved|stored))\b/;
/** Statements run in a transaction are there to be committed: a transaction exists for writes. */
const TRANSACTIONAL = /\b(?:within|in|inside|as part of) (?:an? |the )?(?:existing |active |open |current |single )?(?:database )?transaction\b|\batomically\b|\bcommitted or rolled back\b/;
// Statement keywords as SQL writes them (upper case), so prose "update" or "create" does not count.
const WRITE_STATEMENTS = /\b(?:INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|TRUNCATE|MERGE|GRANT|DDL|DML)\b/g;
/** What rules out the statements named after it: "Read-only RQL (no UPDATE/patch)", "without INSERT, UPDATE or DELETE". */
const RULED_OUT_BEFORE = /\b(?:no|not|never|without|except|excluding|nor|disallows?|forbids?|rejects?|refuses?|blocks?)\b[^.;:()]{0,24}$/i;
/** The first statement named that changes what is there; a CREATE only when it is the only one (it adds, it changes nothing). */
function changingStatement(text: string): string | undefined {
  const named = [...text.matchAll(WRITE_STATEMENTS)].filter((m) => !RULED_OUT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))).map((m) => m[0]);
  return named.find((s) => s !== 'CREATE') ?? named[0];
}

/** Words after which the object is the one already spoken of. */
const BACK_REFERENCES = new Set(['it', 'them', 'this', 'that', 'the']);
/** Verbs that delete for good, and the words that open their object as something of the first act's (its file, their data). */
const DELETIONS = new Set(['delete', 'erase', 'wipe', 'purge', 'destroy']);
const POSSESSIVES = new Set(['its', 'their']);
/** Words that open a verb's object: "creates *a* new branch", "deletes *the* file". */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'new', 'all', 'one', 'it', 'them', 'this', 'that', 'each', 'every', 'any', 'multiple', 'several']);
/** Operations said to be left out of a tool: "… are intentionally not included", "… are not supported". */
const LEFT_OUT = /^ (?:\w+ )?(?:are|is) (?:\w+ )?(?:not (?:included|supported|available|offered|allowed|exposed)|excluded|disabled)\b/i;
/** The verbs of the first slash-joined list of three or more words in the opening 400 characters. */
function slashList(text: string): VerbHit[] {
  // An item may name its object too (`upload/delete_file`): its first word is the operation.
  // (…before any "Use when …" guidance, whose lists are the caller's situation: "agents that need to vote/sync/load-balance".)
  const opening = text.slice(0, 400);
  const guidance = /\buse (?:this |it )?(?:when|whenever|if)\b/i.exec(opening);
  const before = guidance ? opening.slice(0, guidance.index) : opening;
  // (Two operations are a list too when the text says they are: "Project variable ops: get/set".)
  const found = /\b[A-Za-z]+(?:[_-][A-Za-z]+)*(?:\/[A-Za-z]+(?:[_-][A-Za-z]+)*){2,}\b/.exec(before)
    ?? /(?<=\b(?:ops|operations|actions): )[A-Za-z]+(?:[_-][A-Za-z]+)*\/[A-Za-z]+(?:[_-][A-Za-z]+)*\b/i.exec(before);
  const list = found?.[0];
  if (found === null || list === undefined) return [];
  // (…nor a list that follows another tool's name: "use hooks_intelligence trajectory-start/step/end" are that tool's.)
  if (/\b[a-z]+(?:_[a-z]+)+ $/i.test(opening.slice(Math.max(0, found.index - 60), found.index))) return [];
  // (…nor one the text says is left out: "Destructive delete/replace/sync operations are intentionally not included".)
  if (LEFT_OUT.test(opening.slice(found.index + list.length, found.index + list.length + 60))) return [];
  const out: VerbHit[] = [];
  for (const item of list.toLowerCase().split('/').slice(0, 16)) {
    const part = item.split(/[_-]/)[0] as string;
    const sense = VERBS.get(part);
    if (sense && sense.base === part) out.push({ word: part, sense });
  }
  // A list of things (`json/yaml/csv`) offers nothing; a list of operations is mostly verbs.
  return out.length * 2 >= list.split('/').length ? out : [];
}

/** Numbered modes a description lays out ("**Mode 1 - Add Entry**", "Mode 2 - Remove Entry"): each one's verb is on offer. */
function modeList(text: string): VerbHit[] {
  const out: VerbHit[] = [];
  for (const [, word] of text.slice(0, 3000).matchAll(/\bmode \d+ ?[-–:] ?([a-z]+)/gi)) {
    const part = (word as string).toLowerCase();
    const sense = VERBS.get(part);
    if (sense && sense.base === part && !out.some((v) => v.word === part)) out.push({ word: part, sense });
  }
  return out;
}

/** Words before a secret that make it what the tool authenticates with ("using the instance's credentials"), not what it returns. */
const AUTHENTICATES_WITH = /\b(?:using|uses|use|with|via|requires?|authenticat\w*|by means of)\b(?: \S+){0,4} $/;

/** Up to the first sentence break (or 300 characters): where a tool states what it returns. */
function firstSentence(norm: string): string {
  const m = /[.!?:](?:\s|$)/.exec(norm.slice(0, 300));
  return m ? norm.slice(0, m.index) : norm.slice(0, 300);
}

/** Words that send the caller to another tool: "save with build_page", "then call get_item", "see list_items". */
const POINTS_TO_TOOL = new Set(['with', 'via', 'using', 'use', 'call', 'calling', 'invoke', 'then', 'after', 'see', 'through']);
/** Sentences after the first that name another tool of the server by its snake_case name (`add_to_album`). */
function pointingElsewhere(words: readonly TextWord[], toolNames: ReadonlySet<string>, ownName: string | undefined): Set<number> {
  const out = new Set<number>();
  let identifier = '';
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TextWord;
    if (identifier === '') start = i;
    identifier = identifier === '' ? w.word : `${identifier}_${w.word}`;
    if (w.glued && identifier.length < 128) continue;
    // (Only a tool the caller is sent to, "save with build_page", "then call get_item": not one the tool is
    // compared with, "same renderer as render_probe", nor the steps it runs itself.)
    const pointed = POINTS_TO_TOOL.has(words[start - 1]?.word ?? '') && words[start - 1]?.sentence === w.sentence;
    if (w.sentence > 0 && pointed && identifier !== ownName && identifier.includes('_') && toolNames.has(identifier)) out.add(w.sentence);
    identifier = '';
  }
  return out;
}

/**
 * Sentences that define a thing rather than state what the tool does: "An account is a contract
 * that is used to validate and execute transactions."
 */
function definitions(words: readonly TextWord[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TextWord;
    if (i > 0 && (words[i - 1] as TextWord).sentence === w.sentence) continue;
    if (w.word !== 'a' && w.word !== 'an') continue;
    const next = words.slice(i + 1, i + 5);
    if (next.some((n) => n.sentence === w.sentence && (n.word === 'is' || n.word === 'are'))) out.add(w.sentence);
  }
  return out;
}

/** A leading tag in brackets ("[VM Deploy Order Management] Get …") files the tool under a heading; it states no action. */
const LEADING_TAG = /^\s*\[[^\]\n]{1,60}\]\s*/;
/** A leading "Use when …:" clause says when to call the tool; what it does follows the colon. */
const LEADING_WHEN = /^\s*use (?:this (?:tool )?)?(?:when|if)\b[^:.\n]{0,300}:\s*(?=\S)/i;
/** A description without what comes before its statement of what the tool does (a heading tag, a "Use when …:" clause). */
function statement(description: string | undefined): string {
  return (description ?? '').replace(LEADING_TAG, '').replace(LEADING_WHEN, '');
}

/** Nouns whose values a text lists after them: "verdict (clean/low/medium/high)", "status: open/closed/archived". */
const VALUE_NOUNS = new Set(['verdict', 'verdicts', 'severity', 'status', 'statuses', 'level', 'levels', 'state', 'states', 'rating', 'grade', 'outcome', 'priority']);
/** The word at `i` is one of the values slashed together after a noun that names what they are values of. */
function amongSlashedValues(words: readonly TextWord[], i: number): boolean {
  let start = i;
  while (start > 0 && words[start - 1]?.slashed) start--;
  if (start === i && !words[i]?.slashed) return false;
  return VALUE_NOUNS.has(words[start - 1]?.word ?? '') && words[start - 1]?.sentence === words[i]?.sentence;
}
/** What follows "dry-run" when it is done to something the caller gives: "Dry-run a script". */
const DRY_RUN_OBJECTS = new Set(['a', 'an', 'the', 'this', 'your', 'my', 'script', 'scripts', 'code', 'command', 'commands', 'sql', 'query', 'queries', 'program', 'workflow', 'pipeline']);
/** Adjectives whose "for" says what a thing suits ("suitable for sharing"), not a purpose of the tool. */
const SUITED = new Set(['suitable', 'ready', 'fit', 'useful', 'ideal', 'appropriate', 'safe', 'good', 'great', 'perfect', 'handy']);
export function readDescription(description: string | undefined, title: string | undefined, normalised?: string, toolNames?: ReadonlySet<string>, ownName?: string): DescriptionReading {
  const text = statement(description);
  const words = textWords(text);
  const pointers = toolNames === undefined ? new Set<number>() : pointingElsewhere(words, toolNames, ownName);
  const verbs: VerbHit[] = [];
  const negated: VerbHit[] = [];
  const purposes: VerbHit[] = [];
  const verbIndex: number[] = [];
  let actionSentence = -1;
  let sinceFor = -1; // words since a "for" whose gerunds state a purpose
  let savingSentence = -1; // a sentence that says what work the tool saves ("replaces 15-30 tool calls")
  const defines = definitions(words);
  // (…and so does one that opens by reporting whether: "Report whether a font is safe to self-host and ship".)
  const opensSentence = (i: number) => i === 0 || (words[i - 1] as TextWord).sentence !== (words[i] as TextWord).sentence;
  // (…and so does one that opens by asking how many or how much: "How many lots to buy, given what you are willing to lose".)
  const asksAmount = (w: TextWord, i: number) => w.word === 'how' && opensSentence(i) && (words[i + 1]?.word === 'many' || words[i + 1]?.word === 'much');
  const questions = new Set(words.filter((w, i) => (w.word === 'whether' && (opensSentence(i) || (i > 0 && REPORTS_WHETHER.has(words[i - 1]?.word ?? '') && opensSentence(i - 1)))) || asksAmount(w, i)).map((w) => w.sentence));
  // Sentences that advise which option to pick ("Use preset="authoring" for writing workflows"): what an option suits is no
  // purpose of the tool ("Use this tool for creating issues" is).
  const optionAdvice = new Set(words.filter((w, i) => w.word === 'use' && opensSentence(i) && words[i + 1]?.sentence === w.sentence && !ADVICE_ABOUT_TOOL.has(words[i + 1]?.word ?? '')).map((w) => w.sentence));
  for (let i = 0; i < words.length; i++) {
    const tw = words[i] as TextWord;
    const sense = defines.has(tw.sentence) ? undefined : VERBS.get(tw.word);
    // "for creating, listing and deleting": the run of gerunds (joined by and/or) right after "for".
    const gerund = sense !== undefined && tw.word.endsWith('ing') && tw.word !== sense.base;
    // ("findings suitable for sharing with infosec": what the output suits, not what the tool does.)
    if (tw.word === 'for') sinceFor = SUITED.has(words[i - 1]?.word ?? '') ? -1 : 0;
    else if (sinceFor >= 0) sinceFor = (gerund || tw.word === 'and' || tw.word === 'or') && (words[i - 1] as TextWord).sentence === tw.sentence ? sinceFor + 1 : -1;
    if (!sense) continue;
    // "Do not answer…": an auxiliary, not an action.
    if (sense.base === 'do' && ['not', 'n', 't', 'nt'].includes(words[i + 1]?.word ?? '')) continue;
    if (sinceFor > 0 && gerund && tw.sentence < 2 && purposes.length < 12 && !isNegated(words, i) && !optionAdvice.has(tw.sentence)) purposes.push({ word: tw.word, sense });
    // "To invoke a command, set…": an instruction to the caller, not what the tool does.
    const prev = words[i - 1];
    if (prev?.word === 'to' && prev.sentence === tw.sentence && (i === 1 || (words[i - 2] as TextWord).sentence !== tw.sentence)) continue;
    // "Use when choosing how to execute a task": what the caller weighs, not what the tool does.
    if (prev?.word === 'to' && prev.sentence === tw.sentence && WEIGHED.has(words[i - 2]?.word ?? '')) continue;
    // "Whether this server may place an order right now": a sentence that opens with "whether" is the question the tool
    // answers, and its verbs are what it tells about, not what it does.
    if (questions.has(tw.sentence)) continue;
    // "Add sections built with new_section, then save with build_page": a later sentence that names another of the
    // server's tools tells the caller what to do with that tool, before or after this one; its verbs are not this tool's.
    if (pointers.has(tw.sentence)) continue;
    const next = words[i + 1];
    if (next && next.sentence === tw.sentence && NOUN_AFTER.get(sense.base)?.has(next.word)) continue;
    // After an article, a word that would be a dangerous act names a thing: "the Sell Compliance API", "returns a clean list", "a run".
    if (prev !== undefined && prev.sentence === tw.sentence && ARTICLES.has(prev.word) && sense.category !== 'read' && sense.category !== 'write') continue;
    // …and so does a dangerous one after "with" and a feature word: "with atomic rollback on failures", "with automatic retry".
    if (prev !== undefined && prev.sentence === tw.sentence && FEATURE_WORDS.has(prev.word) && words[i - 2]?.word === 'with' && sense.category !== 'read' && sense.category !== 'write') continue;
    // …and so does one after "current", "last" or "latest": "the current dispatch SHA", "last commit metadata".
    if (prev !== undefined && prev.sentence === tw.sentence && NOUN_MODIFIERS.has(prev.word) && !prev.listed) continue;
    // A verb's plain form after "previously", "was" or "been" is a participle: "commands previously run", "can be run".
    if (prev !== undefined && prev.sentence === tw.sentence && tw.word === sense.base && PARTICIPLE_MARKERS.has(prev.word)) continue;
    // "Which products run out soon": stock that runs out (or low, or dry) is used up; nothing is run.
    if (sense.base === 'run' && next?.sentence === tw.sentence && RUN_DOWN.has(next.word)) continue;
    // "Running process instances", "running containers": what is running, not an act of running it.
    if (tw.word === 'running' && next?.sentence === tw.sentence && RUNNING_THINGS.has(next.word)) continue;
    // "Only call this if you can execute a direct HTTP PUT", "the user should open this URL": the caller's act, not the tool's.
    if (callerActs(words, i)) continue;
    // "Run this tool first when…", "re-run the tool to verify": when to call the tool itself, not what it does.
    if ((next?.word === 'this' || next?.word === 'the') && words[i + 2]?.word === 'tool' && next.sentence === tw.sentence) continue;
    // A name's short `del` is "delete"; in prose it is Spanish or Italian "of the" ("por debajo del mínimo"): English writes "delete".
    if (tw.word === 'del') continue;
    // A verb hyphened to "at", "by" or "on" names a field: `expires-at`, `created-by`.
    if (tw.field) continue;
    // …and a `do` inside a sentence with no "to" or modal before it is Portuguese "of the" ("os estados do Brasil").
    if (tw.word === 'do' && prev?.sentence === tw.sentence && !DOERS.has(prev.word)) continue;
    // "Drain the buffered queue": what has arrived handed over, as receiving it is (a node drained is another matter).
    if (sense.base === 'drain' && [1, 2, 3].some((k) => words[i + k]?.sentence === tw.sentence && DRAINED_BUFFERS.has(words[i + k]?.word ?? ''))) continue;
    // "…polling until it does or the timeout elapses": a "does" that stands for a verb said before does nothing itself.
    if (sense.base === 'do' && (prev?.word === 'it' || prev?.word === 'they') && (next === undefined || next.sentence !== tw.sentence || ENDS_CLAUSE.has(next.word))) continue;
    // "…a single brief — replaces 15-30 discovery tool calls and 10k tokens of cold-boot discovery": the work the tool saves
    // the caller, not data it overwrites; the rest of the sentence says what that work was.
    if (tw.sentence === savingSentence) continue;
    if (sense.base === 'replace' && words.slice(i + 1, i + 6).some((w) => w.sentence === tw.sentence && SAVED_WORK.has(w.word))) { savingSentence = tw.sentence; continue; }
    // "Focuses on managing…", "focus on error scenarios": what it attends to, not a UI focus step ("focus the input").
    if (sense.base === 'focus' && next?.word === 'on') continue;
    // "API calls", "a failed flow run", "Power Automate": the word before makes it a thing.
    if (prev && prev.sentence === tw.sentence && NOUN_BEFORE.get(sense.base)?.has(prev.word)) continue;
    // ("Group the selected nodes": the things may follow an article or an adjective.)
    const before = VERB_ONLY_BEFORE.get(sense.base);
    if (before && !words.slice(i + 1, i + 4).some((w) => w.sentence === tw.sentence && before.has(w.word))) continue;
    const firstOfSentence = i === 0 || (words[i - 1] as TextWord).sentence !== tw.sentence;
    // A word in a comma list of things ("états, types, pays, devises") is one of those things.
    if (tw.listed && prev?.listed && prev.sentence === tw.sentence && VERBS.get(prev.word)?.base !== prev.word) continue;
    // …and so is a value slashed to others after the noun they are values of: "verdict (clean/low/medium/high)".
    if (amongSlashedValues(words, i)) continue;
    // A verb's -s form that ends a sentence it does not open names a thing ("Hyperliquid trade fills.").
    const endsSentence = i === words.length - 1 || (words[i + 1] as TextWord).sentence !== tw.sentence;
    if (!firstOfSentence && endsSentence && (tw.word === `${sense.base}s` || tw.word === `${sense.base}es`)) continue;
    // Nouns that double as verbs ("an email", "the log", "outstanding invoices") only act at the start of a sentence.
    if (!firstOfSentence && (NOT_A_VERB_FIRST.has(tw.word) || (tw.word === `${sense.base}s` || tw.word === `${sense.base}es`) && NOT_A_VERB_FIRST.has(sense.base))) continue;
    // ("Set device orientation": a "set" that opens the text is its action, not advice to the caller; and so is one offered
    // as the other choice to the opening verb, "Get or set the response language".)
    const setOffered = tw.word === 'set' && (i === 0 || (i === 2 && words[1]?.word === 'or' && VERBS.has(words[0]?.word ?? '')));
    if (FRAMING.has(tw.word) && !setOffered) continue;
    // "Select and run one of the following operations": a router; what it does is the operations it lists.
    if ((sense.base === 'run' || sense.base === 'execute' || sense.base === 'invoke' || sense.base === 'call') && words[i + 1]?.word === 'one' && words[i + 2]?.word === 'of') continue;
    // "…the engine versions each one can run.": a run that ends its sentence after a modal says what something is able to
    // run, not what the tool does.
    if ((sense.base === 'run' || sense.base === 'execute') && MODALS.has(prev?.word ?? '') && prev?.sentence === tw.sentence
      && (i === words.length - 1 || (words[i + 1] as TextWord).sentence !== tw.sentence)) continue;
    // "Progressive discovery of the server's tools - start here": where the caller should begin, not an act.
    if (sense.base === 'start' && next?.word === 'here' && next.sentence === tw.sentence) continue;
    // "dryRun — preview", "a dry run first": a run that changes nothing, named, not the tool's act ("Dry-run a script"
    // still runs the script).
    if (sense.base === 'run' && prev?.word === 'dry' && prev.sentence === tw.sentence && !DRY_RUN_OBJECTS.has(next?.word ?? '')) continue;
    // "…only because the server runs locally": where the server itself runs, not what the tool does.
    if ((sense.base === 'run' || sense.base === 'execute') && prev?.word === 'server' && prev.sentence === tw.sentence) continue;
    // "Runs `jhipster info` to print versions": a command run only to print or show what is there is that read.
    if (sense.base === 'run' && runsToShow(words, i)) continue;
    // "Runs a search", "executes an audit": running a computation that only returns is that read.
    // (…and so is performing one: "Performs a comprehensive compatibility check".)
    if ((sense.category === 'execute' || sense.base === 'perform') && ranComputation(words, i)) continue;
    // "Trigger a metadata refresh": a bounded refresh, which the name's own verb states.
    if (sense.base === 'trigger' && words.slice(i + 1, i + 4).some((w) => w.sentence === tw.sentence && TRIGGERED_REFRESH.has(w.word))) continue;
    // Participles describe things ("the created issue", "deleted items"); actions are stated as verbs.
    if (tw.word !== sense.base && tw.word.endsWith('ed')) continue;
    // So do gerunds after the start ("documentation for building a component").
    if (!firstOfSentence && tw.word !== sense.base && tw.word.endsWith('ing')) continue;
    if (isNegated(words, i)) {
      negated.push({ word: tw.word, sense });
      continue;
    }
    if (actionSentence < 0) actionSentence = tw.sentence;
    if (tw.sentence === actionSentence && verbs.length < 12) { verbs.push({ word: tw.word, sense }); verbIndex.push(i); }
  }
  // The first action and the verbs listed right after it ("create, update or delete": commas are gone).
  const joined: VerbHit[] = [];
  const takesBack: VerbHit[] = [];
  for (let k = 1, last = verbIndex[0] ?? -9; k < verbs.length; k++) {
    const at = verbIndex[k] as number;
    const listedNext = at === last + 1 && (words[last] as TextWord).listed === true;
    if (!listedNext && !(at === last + 2 && CONJUNCTIONS.has((words[last + 1] as TextWord).word))) break;
    const v = verbs[k] as VerbHit;
    const previous = verbs[k - 1] as VerbHit;
    // Listed actions share their form ("create, update or delete", "reads or replaces"); "list runs" is a verb and its object.
    if ((v.word === v.sense.base) !== ((verbs[0] as VerbHit).word === (verbs[0] as VerbHit).sense.base)) break;
    // "drag and drop" is one gesture; in "add or remove", the removal takes back what can be added again.
    if (UNDOES_ADDING.has(v.sense.base) && ADDING.has(previous.sense.base)) takesBack.push(v);
    else if (!(v.sense.base === 'drop' && previous.sense.base === 'drag')) joined.push(v);
    last = at;
  }
  // …and an alternative offered after a comma that ends a clause, not a list's item ("Read the watchlist, or add a term to it";
  // not "INSERT, UPDATE, or DELETE" or "match all, or replace", whose "or" closes a series of one- or two-word items).
  for (let k = 1; k < verbs.length; k++) {
    const at = verbIndex[k] as number;
    const v = verbs[k] as VerbHit;
    const comma = at - 2;
    if (comma < 0 || (words[at - 1] as TextWord).word !== 'or' || (words[comma] as TextWord).listed !== true || v.word !== v.sense.base) continue;
    const series = [comma - 1, comma - 2].some((j) => j >= 0 && (words[j] as TextWord).listed === true && (words[j] as TextWord).sentence === (words[comma] as TextWord).sentence);
    if (!series && !joined.includes(v) && !takesBack.includes(v)) joined.push(v);
  }
  // …and a second action after "or" that takes its own object ("Lists all branches or creates a new branch"): the
  // same form as the first verb, a few words on, and a determiner after it (not "the status of an order or refund").
  const first = verbs[0];
  const sequenced: VerbHit[] = [];
  for (let k = 1; first !== undefined && k < verbs.length; k++) {
    const at = verbIndex[k] as number;
    const v = verbs[k] as VerbHit;
    const sameForm = (v.word === v.sense.base) === (first.word === first.sense.base);
    // (A deletion further on in the sentence, "Stop the export for this session and delete its file", is done too: what
    // it deletes is gone, whoever's it was.)
    const deletes = DELETIONS.has(v.sense.base);
    const near = at - (verbIndex[0] as number) <= (deletes ? 12 : 7) && (words[at] as TextWord).sentence === (words[verbIndex[0] as number] as TextWord).sentence;
    // (A verb whose effect its object decides, "or clear the flag", is left to the name's object, which is not its object here.)
    // (…and so is a second act after "and" that takes a new object of its own, "Parse multiple URLs at once and add all chunks
    // to a category": both are done. After "and", "it" or "the file" is the first act's own product, "Render a diagram and open
    // it", "Convert text to audio and save the audio file": what becomes of that product is the first act's matter.)
    const joiner = (words[at - 1] as TextWord | undefined)?.word;
    const opener = (words[at + 1] as TextWord | undefined)?.word ?? '';
    const ownObject = joiner === 'or' || joiner === 'then' ? OBJECT_OPENERS.has(opener)
      : joiner === 'and' && ((OBJECT_OPENERS.has(opener) && (deletes || !BACK_REFERENCES.has(opener))) || (deletes && POSSESSIVES.has(opener)));
    // ("Parse the markdown code blocks with their metadata, then apply all edits": a later step of the same sentence,
    // however far on, is done too.)
    const later = joiner === 'then' && (words[at] as TextWord).sentence === (words[verbIndex[0] as number] as TextWord).sentence;
    if (!sameForm || !(near || later) || v.sense.dependsOnObject || !ownObject) continue;
    if (!joined.includes(v) && !takesBack.includes(v)) joined.push(v);
    if (joiner === 'then') sequenced.push(v);
  }
  const norm = normalised ?? normalText(`${title ?? ''}. ${text}`);
  const lead = firstSentence(normalText(`${title ?? ''} ${text.slice(0, 600)}`));
  return {
    verbs,
    actionInList: actionSentence >= 0 && words.some((w) => w.sentence === actionSentence && w.item === true),
    joined,
    sequenced,
    takesBack,
    offered: [...slashList(text), ...modeList(text)],
    purposes,
    actionSentence,
    negated,
    permanent: phrase(norm, PERMANENT),
    declaredDestructive: phrase(norm, DECLARED_DESTRUCTIVE),
    // "…to understand it before executing a query" says when to call it, not what it does.
    pays: phrase(norm, PAYS),
    notRun: /\b(?:without (?:executing|running)|does not (?:execute|run)|doesn't (?:execute|run)|never (?:executes|runs)|is not (?:executed|run)|not to (?:execute|run) (?:the|it|them|anything))\b/.exec(norm)?.[0],
    withdrawn: /^\W*this tool (?:was|has been) removed\b/.exec(lead)?.[0]?.trim(),
    simulated: SIMULATED_ONLY.exec(norm)?.[0],
    sessionOnly: SESSION_ONLY.exec(norm)?.[0],
    getOnly: /\bGET[- ]only\b|\bonly GET\b|\bGET (?:endpoints?|requests?)\b/.exec(text.slice(0, 400))?.[0],
    currency: CURRENCY_WORDS.exec(norm)?.[0],
    // ("Prefer the CLI whenever you can run shell commands": what the caller can do.)
    runsCode: phrase(norm, RUNS_CODE, /\b(?:before|after|prior to|instead of|rather than|without)\s+$|\b(?:you|user|users|caller|agent)\s+(?:can\s+|could\s+|may\s+|should\s+|must\s+|will\s+)?$/),
    hostShell: phrase(norm, HOST_SHELL),
    contained: ESCAPES.test(norm) ? undefined : phrase(norm, CONTAINED),
    // "Supports both read-write and read-only queries" claims nothing.
    readOnlyClaim: /\bread[- /]write\b/.test(norm) ? undefined : readOnlyClaim(norm),
    guidance: phrase(firstSentence(norm.replace(/^[^.]*\. /, '')), GUIDANCE),
    // (An overwrite that keeps a backup of what it replaces, "Creates a .bak backup before overwriting", can be undone.)
    overwrites: KEEPS_BACKUP.test(norm) ? undefined : phrase(norm, OVERWRITES, MISUSE_CONSEQUENCE),
    replacesWhole: phrase(norm, REPLACES_WHOLE, MISUSE_CONSEQUENCE),
    wipesFolder: KEEPS_BACKUP.test(norm) ? undefined : phrase(norm, WIPES_FOLDER, MISUSE_CONSEQUENCE),
    secrets: phrase(norm, SECRETS, AUTHENTICATES_WITH),
    queryLanguage: QUERY_LANGUAGE.test(norm),
    money: MONEY_WORDS.exec(norm)?.[0],
    outward: phrase(norm, OUTWARD),
    live: phrase(norm, LIVE),
    calendar: /\bcalendars?\b/.test(norm),
    lead,
    dryRun: DRY_RUN_TOOL.test(norm) ? undefined : DRY_RUN_LEAD.exec(lead)?.[0],
    opensIn: OPENS_IN_APP.exec(lead)?.[1],
    injectsInput: INJECTED_INPUT.exec(lead)?.[0],
    generatesFiles: GENERATES_FILES.test(lead.trim()),
    opening: norm.slice(0, 900),
    // "pages open in the browser" says which pages, it opens none.
    drivesApp: phrase(norm, DRIVES_APP, /\b(?:pages?|tabs?|windows?|files?|documents?|sessions?|apps?|currently|already)\s+$/),
    // ("To deploy the initialized features, run `firebase deploy`": what the caller does next, not what the tool does.)
    deploys: phrase(norm, DEPLOYS, /(?:^|[.!?:]\s+)to $/),
    // …or says outright that its queries may write ("supports read-write queries").
    writeStatements: changingStatement(text.slice(0, 6000)) ?? /\bread[- /]write\b/.exec(norm)?.[0] ?? TRANSACTIONAL.exec(norm)?.[0],
    explainsInDatabase: /\bEXPLAIN\b/.exec(text.slice(0, 6000))?.[0] ?? SQL_PLAN.exec(norm)?.[0],
  };
}

/** HTTP methods a text lists as the values of a request's method: "method: 'GET'|'POST'|'PATCH'|'DELETE'". */
const DOCUMENTED_METHODS = /\bmethod['"]?\s*[:=]\s*['"]?(?:GET|HEAD|POST|PUT|PATCH|DELETE)['"]?(?:\s*(?:\||\/|,|or)\s*['"]?(?:GET|HEAD|POST|PUT|PATCH|DELETE)['"]?)+/i;
/** Array parameters whose items are operations the call performs, one after another. */
const BATCHES = new Set(['operations', 'ops', 'batch', 'actions', 'changes']);
/** What a mode parameter can shape rather than pick an operation of: `responseMode`, `outputMode`. */
const ANSWER_FORMS = new Set(['response', 'output', 'display', 'format', 'render', 'reply', 'answer', 'result', 'print', 'view']);
/** What a `…_method` parameter belongs to when it picks the call's operation (`http_method`, `request_method`). */
const REQUEST_WORDS = new Set(['http', 'request', 'api', 'rpc', 'call', 'operation', 'action']);
/** First words of an action parameter that the service takes later, on its own: `autoPauseAction`, `onFailureAction`. */
const LATER_ACTIONS = new Set(['auto', 'on', 'fallback', 'failure', 'timeout']);
/** A traffic rule's verdicts: what passes and what is stopped. */
const PASSES = /^(?:accept|allow|permit)$/i;
const STOPS = /^(?:drop|deny|reject|block)$/i;
const ACTION_PARAMS = new Set(['action', 'operation', 'op', 'command', 'mode', 'method', 'task', 'verb', 'subcommand', 'operationtype', 'actiontype', 'optype']);
/** A method parameter that filters what the tool looks up or lists, not the request it sends. */
const METHOD_FILTER = /\b(?:narrow|narrows|filter|filters|filter by|only (?:routes|endpoints))\b/;
const CALLBACK_METHOD = /\b(?:we (?:should|will) use|callbacks?|webhooks?|(?:when|for) (?:calling|requesting) the)\b/;
/** Parameters that name what a sum is counted in on a chain, and the coins that say so. */
const CRYPTO_UNITS = new Set(['token', 'asset', 'coin', 'symbol', 'tokensymbol']);
const COIN_NAMES = /\b(?:usdc|usdt|eth|weth|btc|sol|dai|matic|pol)\b/i;
/** A sum a tool records or describes rather than pays: a cost, a price, a total. */
const REPORTED_SUM = /^(?:cost|costs|spent|price|prices|total|estimated|value)/;
/** A number named with its currency: `budget_usd`, `price_eur`, `amount_sats`. */
const MONEY_UNIT = /^[a-z]+(?:usd|eur|gbp|jpy|cny|inr|cents|sats|wei|lamports)$/;
/**
 * Sums a call pays out: a contest's prize, a bounty, a tip, a wage (bare or as an amount), and a task's budget or
 * pay only when named in a currency (a bare `budget` is as often a preference: a trip's, a search's).
 */
const SPENT_SUM = /^(?:prize|reward|bounty|tip|wage|basepay)(?:amount)?$|^(?:budget|prize|reward|bounty|tip|wage|basepay|pay)[a-z]*(?:usd|eur|gbp|jpy|cny|inr|cents|sats|wei|lamports)$/;
/** Parameters that hand over what is to be done, and the text by which one says an agent, a worker or a task executor does it. */
const AGENT_PROMPT_PARAMS = new Set(['prompt', 'task', 'taskprompt', 'goal', 'objective']);
const FOR_AN_AGENT = /\b(?:for|to) (?:the |an? |each )?(?:sub-?)?(?:ai |coding |task |worker |remote )?(?:agent|executor|worker)s?\b(?! (?:names?|ids?|types?)\b)/;
/** Flags by which an agent accepts all its own actions without asking (flattened names). */
// (Not a bare `autoApprove`: a planner's flag that approves the features it generates lets no agent act.)
export const AUTO_APPROVE_PARAMS = new Set(['yolo', 'fullauto', 'dangerouslyskippermissions', 'skippermissions', 'bypasspermissions', 'bypassapprovals']);
const AUTO_APPROVE_TEXT = /\b(?:automatically|auto-?)\s?(?:accepts?|approves?) (?:all|every|any) (?:\w+ )?(?:actions|commands|tool calls|edits|changes)\b|\byolo mode\b/;
/** Modes that add to what is there; beside them, `replace` or `overwrite` is an option to throw it away. */
const ADDING_MODES = new Set(['append', 'merge', 'add', 'prepend', 'patch', 'insert']);
/** Flags by which the caller turns a sandbox on or off. */
const SANDBOX_SWITCHES = new Set(['sandbox', 'sandboxed', 'usesandbox', 'enablesandbox', 'nosandbox', 'disablesandbox', 'skipsandbox', 'unsandboxed']);
/** A parameter described as a score or a fraction ("Task reward (0-1)"), not a sum of money. */
const SCORE_TEXT = /\b0(?:\.0)?\s*(?:-|–|to|and)\s*1(?:\.0)?\b|\bscores?\b|\bsignal\b|\b(?:higher|lower) is better\b/;
/** Parameters named for the language of what they carry (`apexCode`, `shellCommand`, `cypherQuery`). */
const LANGUAGE_NAMED: readonly [RegExp, 'host' | 'query' | 'code'][] = [
  [/^(?:apex|python|py|js|javascript|typescript|ts|node|ruby|php|lua|groovy|powershell|vba|r)(?:code|script|snippet|source)$/, 'code'],
  [/^(?:shell|bash|sh|system|terminal|cli|os)(?:command|commands|cmd|script)$/, 'host'],
  [/^(?:sql|soql|cypher|opencypher|gql|graphql|kql|promql|sparql)(?:query|queries|statement|statements)$/, 'query'],
];
const QUERYISH_PARAMS = new Set(['query', 'q', 'filter', 'expression', 'expr', 'body', 'input', 'querybody', 'querydsl', 'dsl', 'whereclause', 'wiql']);
// (…and a switch that confirms or allows data loss, `confirmDataLoss`: the call can lose data once it is set.)
const DESTROYING_PARAMS = new Set(['truncate', 'truncatefirst', 'truncatetarget', 'droptarget', 'dropexisting', 'deletelocaldata', 'wipe', 'purge', 'deleteexisting', 'cleanfirst', 'confirmdataloss', 'acceptdataloss', 'allowdataloss', 'acknowledgedataloss']);
const DELETES_EXISTING = /\b(?:delet(?:e|es|ing|ion of)|wip(?:e|es|ing)|eras(?:e|es|ing)|drop(?:s|ping)?|purg(?:e|es|ing)) (?:all |any |the )?(?:existing|current|previous|old|prior)\b/;
const DELETING_SWITCH = /^(?:delete|purge|wipe)(?:items?|raw|extra[a-z]*|data|files|records|entries)$/;
const MAX_PROPERTIES = 300;
/** A string schema whose length or pattern leaves no room for a program: `maxLength` ≤ 64, or a whole-value pattern with no space or wildcard. */
function identifierShaped(prop: Record<string, unknown>): boolean {
  const max = prop['maxLength'];
  const pattern = prop['pattern'];
  return (typeof max === 'number' && max <= 64)
    || (typeof pattern === 'string' && pattern.startsWith('^') && pattern.endsWith('$') && !/\\s| |(?<!\\)\.|\[\^/.test(pattern));
}
/** A parameter described as the name or id of something ("Function name", "The name of the script", "… with this symbol name"),
 *  or as addressing a place by what is there ("Address by content instead of line number: the text of the target line"):
 *  a breakpoint's location, not a statement run. */
const NAMES_A_THING = /^(?:the |a |an )?(?:[\w-]+ ){0,2}(?:name|id|identifier|slug|path|uri|url)\b(?! (?:to|that|which) (?:run|execute|evaluate))|\b(?:with|by) (?:this |the |its |a )?(?:symbol|function|method) name\b|^address(?:es)? by (?:content|symbol|name|line|location)\b/;
/** A server whose own name says it serves a database (`database-server`, `mcp-mysql-server`), or that names a SQL database
 *  it queries ("MySQL queries and schema", "SQLite database"). */
const SQL_SERVER_NAME = /\b(?:database|db|mysql|mariadb|postgres|postgresql|mssql|sqlite|sqlserver|oracle)[ -](?:server|mcp|bridge|client)\b|\b(?:mysql|mariadb|postgres(?:ql)?|mssql|sqlite|sql server|oracle) (?:quer(?:y|ies)|databases?)\b/;
/** The languages of databases: a query in one of them is run against stored data. */
const DATABASE_LANGUAGE = /\b(?:sql|soql|wiql|mongo(?:db)?|aggregation|(?:open)?cypher|gql|sparql|graphql|db\.collection|query dsl|find\(\))\b/;
/** A `code` that people type or look up (a discount code, a country code) is a token, not a program. */
const CODE_AS_TOKEN = /\b(?:discount|coupon|promo(?:tion)?|voucher|referral|gift|verification|confirmation|auth(?:orization|entication)?|access|invite|invitation|otp|mfa|2fa|one-time|country|currency|language|locale|region|postal|zip|area|phone|dial(?:ing)?|airport|iata|status|error|response|exit|reason|product|item|tax|hs|sku|color|colour|short|qr|bar) codes?\b/;
/** Parameters that pick what a read returns (`object: [item, username, password]`). */
const WHAT_PARAMS = new Set(['object', 'kind', 'type', 'types', 'field', 'fields', 'what', 'resource', 'resourcetype', 'item', 'itemtype', 'property', 'select']);
/** Values of such a choice that are themselves secrets. */
const SECRET_VALUES = new Set(['password', 'passwords', 'totp', 'otp', 'secret', 'secrets', 'apikey', 'apikeys', 'apitoken', 'accesstoken', 'privatekey', 'credential', 'credentials', 'secretvalue', 'passphrase', 'cookie', 'cookies']);
/** Text saying the kinds a caller can pick include secrets or cluster objects. */
const SECRET_KINDS = /\b(?:kubernetes|k8s|kubectl|cluster|apiversion|secrets?|configmaps?|vault|cookies?|tokens?|credentials?|passwords?|any (?:kind|type) of (?:resource|object))\b/;
/** A parameter's text about arithmetic ("Math expression to evaluate"), unless it also names a language (PROGRAM_TALK). */
const MATH_TEXT = /\b(?:math(?:ematical)?|arithmetic|numeric|formula|equation)\b/;
const PROGRAM_TALK = /\b(?:javascript|typescript|python|js|code|scripts?|shell|bash|programs?)\b/;
/** Units of code a platform keeps and runs on its own events or calls, and the parameters that carry their code. */
const CODE_UNIT = /\b(?:functions?|procedures?|triggers?|apex)\b/;
const CODE_BODIES = new Set(['body', 'definition', 'source', 'codefile']);
/** What runs steps on its own triggers once switched on. */
const AUTOMATION = /\b(?:workflows?|automations?|scenarios?|zaps?)\b/;
const UNIT_LANGUAGE = /\b(?:apex|pl\/?pgsql|sql|javascript|typescript|python|deno)\b/;
/** A command judged before it runs or recorded after: "Assess risk before executing a command", "Record command execution outcome". */
const COMMAND_JUDGED = /\bassess\w* (?:the )?risk (?:of|before) (?:executing |running )?(?:a |the )?command\b|\brecords? (?:a |the )?command(?:'s)? (?:execution )?(?:outcome|result|exit code)s?\b/;
/** What follows "Use" when a sentence tells when to call the tool itself, not which option to pick: "Use this tool for…". */
const ADVICE_ABOUT_TOOL = new Set(['this', 'it', 'the', 'when', 'to', 'for', 'after', 'before', 'only', 'in']);
/** What a tool that "replaces" them saves its caller: calls, lookups, round trips, tokens. */
const SAVED_WORK = new Set(['calls', 'lookups', 'roundtrips', 'trips', 'tokens']);
/** A command the text says was run already, to prove or check something, or that the server does not run. */
const COMMANDS_REPORTED = /\bcommands? (?:that (?:were|was) |you )?(?:ran|run|executed) to (?:prove|verify|check|validate|show)\b|\bself-reported\b|\b(?:does not|doesn't|never) (?:execute|run)s? (?:them|it|these|the commands?)\b/;
/** Code laid out to be read, as a code block on a board or a page, or a snippet shared. */
const CODE_SHOWN = /\bcode blocks? (?:on|in|to) (?:a |an |the )?(?:\w+ )?(?:board|page|canvas|document|doc|slide|note)s?\b|\bsharing code snippets\b/;
/** Code judged against a yardstick ("the code/component to evaluate against brand guidelines"): scored, not run. */
const JUDGED_AGAINST = /\b(?:evaluat|assess|scor|grad|audit|validat|check)\w* (?:\w+ )?against (?:the |its |our |a |an )?(?:[\w-]+ ){0,3}(?:guidelines?|rules?|rubrics?|standards?|frameworks?|criteria|checklists?|polic(?:y|ies)|best practices|conventions?)\b/;
/** Code handed over to be worked on, not run: "component code to refactor". */
const CODE_WORKED_ON = /\b(?:code|source) (?:to|for) (?:be )?(?:refactor|review|analy[sz]e|explain|format|lint|check|optimi[sz]e|document|convert|translate|transform|improve|inspect|remediate|fix)\w*\b/;
/** Objects that hold what a saved request or example contains (`graphqlModeData`, `requestBody`). */
const SAVED_BODIES = /(?:modedata|requestbody|examplebody|savedrequest)$/;
/** HTTP methods beyond those of HTTP_METHODS (WebDAV's, caching's): in a `method` parameter they say how a request is sent. */
const OTHER_HTTP_METHODS = new Set(['purge', 'copy', 'link', 'unlink', 'lock', 'unlock', 'propfind', 'proppatch', 'view', 'move', 'mkcol', 'trace', 'connect']);
/** Last words of an enum value that name data rather than an object acted on (`trade_data`, `order_history`). */
const DATA_TAILS = new Set(['data', 'info', 'history', 'stats', 'statistics', 'summary', 'details', 'book', 'books', 'records', 'list']);
/** A tool named for a record of what was done: its `action` choices pick which entries to show. (`auditLog` is one word.) */
const EVENT_RECORDS = /\b(?:timeline|history|audit ?(?:log|trail)s?)\b/;
/** Text that speaks of programs: a `code` parameter there carries one. */
const CODE_TALK = /\b(?:code (?:to|snippet|block)|(?:arbitrary|any|custom) (?:[\w.-]+ )?code|source code|scripts?|javascript|typescript|python|js|node|bash|shell|programs?|snippets?|execut\w*|evaluat\w*|run(?:s|ning)? (?:the |a |some )?code|function bod(?:y|ies)|language)\b/;
/** Tools about these carry a `code` that is a token (an invite link's code, a coupon's code). */
const TOKEN_OWNERS = /\b(?:links?|invites?|invitations?|coupons?|discounts?|promo(?:tion)?s?|vouchers?|referrals?|verification|otp|gift cards?)\b/;
/** A `command` that picks one of a tool's own sub-commands (a command router), not a command line. */
const ROUTED_COMMAND = /\b(?:against|of|for|on) the (?:specified |selected |given )?(?:tool|service|server)\b|\bsub-?commands?\b|\bcommand name\b|\bname of the (?:command|operation)\b/;
/** Top-level parameters that hold a sequence of steps for the tool to perform. */
const STEP_LISTS = new Set(['actions', 'steps', 'commands', 'interactions', 'instructions', 'sequence', 'script', 'operations']);
/** Steps that only a browser session takes: a list of them is a scripted session. */
const PROSE_STEPS = /\b(?:automation|browser|page|interaction) (?:actions|steps|commands)\b|\bactions to (?:perform|run|take)\b/;
const INTERACTIVE_CORE = ['click', 'press', 'scroll', 'hover', 'type', 'drag', 'tap', 'swipe', 'pinch', 'longpress', 'keypress', 'dblclick', 'doubleclick'];

interface PropertyVisit {
  name: string; schema: Record<string, unknown>; depth: number; root: string;
  /** Inside an array's items: one of many entries (a step of a script), not a choice of the call itself. */
  inArray: boolean;
}

/** Server names that say the server drives a browser. */
const BROWSER_DRIVERS = /\b(?:selenium|playwright|puppeteer|webdriver(?:io)?|stagehand|browserbase|chromedp|devtools?)\b/;
/** How a selector's description says it picks an element of a page. */
const PAGE_SELECTOR = /\b(?:css|xpath|dom|element|elements|input|button)\b/;
const ALIAS_OF = /^alias (?:for|of|to)\b/;
/** Parameter names (flattened) for where on this machine a call saves a file. */
// (A bare `target` is as often the thing acted on, a Graph path or a URL, as a place to save: it counts only
// as a plain place, when its description says so.)
const SAVE_PLACES = /^(?:save|download|local|dest|destination|output|out)(?:path|dir|directory|folder|file|location|to)?$|^target(?:path|dir|directory|folder|file|location)$|^saveas$/;

/** Plain parameter names that are a place to save only when their description says so ("path to save", "Output filename"). */
const PLAIN_PLACES = new Set(['path', 'file', 'filepath', 'filename', 'dir', 'directory', 'folder', 'target']);
const SAVED_THERE = /\b(?:path|file|folder|directory) to (?:save|write|store)\b|\boutput (?:file ?name|file|folder|directory|dir|path|location)\b|\bwhere (?:the \w+ |it )?(?:is|will be|should be|gets) (?:saved|written|stored)\b|\b(?:save|write|store) (?:the \w+ |it )?(?:to|into|at|in)\b/;
/**
 * An order's fields: the security ordered, how many, and at what price or on which side; or, for an order changed or
 * cancelled, the original order's number (`orig_ord_no`, `cncl_qty`: "금현물 취소주문", a cancel order).
 */
const ORDERED_SECURITY = /^(?:symbol|ticker|stkcd|stockcode|instrument|instid|isin|securitycode)$/;
const ORDERED_QUANTITY = /^(?:qty|quantity|ordqty|shares|mdfyqty|cnclqty)$/;
const ORDER_TERMS = /^(?:side|ordertype|ordtype|trdetp|limitprice|orduv|mdfyuv|buysell|origordno)$/;
/** Switches that store what the call gets: re-hosting images on a site's CDN, writing the extracted files. */
const STORING_SWITCHES = new Set(['upload', 'rehost', 'write', 'save', 'persist', 'store', 'savetodisk', 'writefiles', 'savefiles']);
/** A parameter's text that says it names a file or a folder: "Target path to scan (file or directory)", "Path to the project folder". */
const NAMES_LOCAL_PATH = /^(?:the )?(?:target |local |absolute |relative )?(?:file |directory |folder |project )?path\b(?! (?:of|in) (?:the )?(?:api|url|endpoint))|^(?:the )?(?:absolute |relative )?path to (?:the |a )?(?:local )?(?:file|directory|folder|project|code|repo(?:sitory)?)\b/;
/** A parameter's text that says it picks the format of the code the call hands back ("Output format for the generated code"). */
const GENERATED_CODE_FORMAT = /^(?:the )?(?:output|return(?:ed)?) format (?:for|of) the generated (?:code|css|sass|styles?|snippet)\b/;
/** A place's text that names where the file goes when the place is left out: "(default: /tmp/report.html)", "por defecto". */
const DEFAULT_PLACE = /\bdefaults?\b|\bpor defecto\b|默认/;
/** …or says the place is read from, or written only when given ("manifest is read from it", "Absent = no write"). */
const READ_FROM_PLACE = /\bread from\b|\breads\b|\babsent\b|\bif (?:provided|given|set)\b|\bno write\b/;

/** Every property of an input schema, breadth-first, nested objects and array items included, capped. */
function properties(schema: Record<string, unknown>): PropertyVisit[] {
  const out: PropertyVisit[] = [];
  const queue: { schema: unknown; depth: number; root: string; inArray: boolean }[] = [{ schema, depth: 0, root: '', inArray: false }];
  const QUEUE_CAP = MAX_PROPERTIES * 8;
  // An index, not shift(): shift is linear, and a hostile schema can queue many alternatives.
  for (let head = 0; head < queue.length && out.length < MAX_PROPERTIES; head++) {
    const { schema: raw, depth, root, inArray } = queue[head] as (typeof queue)[number];
    const s = deref(schema, raw);
    if (!isObject(s) || depth > 4) continue;
    const props = s['properties'];
    if (isObject(props)) {
      for (const [name, rawChild] of Object.entries(props)) {
        if (out.length >= MAX_PROPERTIES) break;
        const child = deref(schema, rawChild);
        if (!isObject(child)) continue;
        const r = depth === 0 ? name : root;
        out.push({ name, schema: child, depth, root: r, inArray });
        if (queue.length < QUEUE_CAP) queue.push({ schema: child, depth: depth + 1, root: r, inArray });
      }
    }
    if (isObject(s['items']) && queue.length < QUEUE_CAP) queue.push({ schema: s['items'], depth: depth + 1, root, inArray: true });
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      const list = s[key];
      if (Array.isArray(list)) for (const alt of list.slice(0, 20)) if (queue.length < QUEUE_CAP) queue.push({ schema: alt, depth: depth + 1, root, inArray });
    }
  }
  return out;
}

/** An object whose fields the schema spells out (`{topK, inputs, filter}`): search settings, not a free-form query. */
function structured(prop: Record<string, unknown>): boolean {
  const fields = prop['properties'];
  return isObject(fields) && Object.keys(fields).length >= 2;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A list of three or more values in capitals, as operations or states are written: "(ADD, UPDATE, DELETE, NONE)". */
const CAPITAL_VALUES = /\b[A-Z][A-Z_]+(?:(?:, ?| ?\/ ?| ?\| ?)[A-Z][A-Z_]+){2,}\b/g;
/** Values that name deletion as an operation or the state a record is put in. */
const DELETE_VALUES = /\b(?:DELETE|PURGE|DESTROY)\b/;
/** Lists that are HTTP methods or SQL statements, read elsewhere (a generic API tool, a query). */
const METHODS_OR_STATEMENTS = /\b(?:GET|POST|PUT|PATCH|HEAD|OPTIONS|INSERT|SELECT|UPSERT|DROP|ALTER|DDL|DML)\b/;
/**
 * Where a tool's text lists DELETE among the values a call sets, as an enum would ("Each entry sets conversationStatus
 * (ACTIVE, ARCHIVE, DELETE, READ, UNREAD)", "memory operations (ADD, UPDATE, DELETE, NONE)"): deletion is on offer.
 */
function deleteAmongValues(tool: ToolDefinition): string | undefined {
  const texts: [string, string][] = [['the description', (tool.description ?? '').slice(0, 1000)]];
  const props = isObject(tool.inputSchema['properties']) ? tool.inputSchema['properties'] : {};
  for (const [name, prop] of Object.entries(props).slice(0, 64)) {
    if (isObject(prop) && typeof prop['description'] === 'string') texts.push([`\`${name}\``, prop['description'].slice(0, 500)]);
  }
  for (const [where, text] of texts) {
    for (const [list] of text.matchAll(CAPITAL_VALUES)) if (DELETE_VALUES.test(list) && !METHODS_OR_STATEMENTS.test(list)) return `${where} lists ${list}`;
  }
  return undefined;
}

/** The parameters that say what kind of job a created job is. */
const JOB_KINDS = new Set(['type', 'kind', 'jobtype', 'tasktype']);
/** A tool that creates, starts or queues a job or a background task. */
const JOB_CREATED = /\b(?:create|creates|start|starts|queue|queues|enqueue|enqueues|schedule|schedules|submit|submits)(?: an?| the)?(?: new)?(?: asynchronous| background| async)? (?:job|task)s?\b/;
/** Three or more single words a parameter's description quotes as its values: "(e.g., 'create', 'list', 'remove')". */
function quotedValues(text: string): string[] | undefined {
  const found = [...text.slice(0, 500).matchAll(/['"`]([a-z][a-z_-]*)['"`]/g)].map((m) => m[1] as string);
  return found.length >= 3 ? found : undefined;
}
/** A code parameter's text saying it is run: "JS evaluated in the app", "code executed in the page". */
const SAID_RUN = /\b(?:evaluated|executed|is run|are run|runs) (?:in|inside|on|against|within)\b|^(?:the )?(?:expression|code|script) to (?:evaluate|execute|run)\b/;
/**
 * `searches`: the tool is named a search, so a filter nested in its settings narrows the search
 * (`query: {text, topK, filter}`); a top-level query or filter is still the query.
 * `databaseQueryTool`: the tool's name calls it a query or names a table, and its server is one of SQL databases, so a bare
 *   `query` is a statement (`export_query`, `create_table`).
 */
export function readParameters(schema: Record<string, unknown>, description: DescriptionReading, toolText: string, { searches = false, databaseQueryTool = false } = {}): ParameterReading {
  const code: ParameterReading['code'] = [];
  const actions: ParameterReading['actions'] = [];
  const risky: string[] = [];
  const destroying: string[] = [];
  let amount: string | undefined;
  let seats: string | undefined;
  let spends: ParameterReading['spends'];
  let task: string | undefined;
  let currency = false;
  let outward: string | undefined;
  let publishes: string | undefined;
  let kindChoice: string | undefined;
  let secretChoice: string | undefined;
  let discarding: string | undefined;
  const httpMethods: string[] = [];
  let target: ParameterReading['target'];
  let condition: string | undefined;
  let picksById = false;
  let table: string | undefined;
  let selects = false;
  let savesTo: string | undefined;
  let savesAlways = false;
  let storesByDefault: string | undefined;
  let codeFormat: string | undefined;
  const localPaths: string[] = [];
  // An order's fields, by the parameters that name them.
  let security: string | undefined;
  let quantity: string | undefined;
  let terms: string | undefined;
  let proseSteps: string | undefined;
  let autoApprove: string | undefined;
  let agentPrompt: string | undefined;
  let sandboxSwitch: string | undefined;
  const steps = new Map<string, Set<string>>();
  // The name, the title and the description's first sentence.
  const firstSentenceEnd = toolText.indexOf('.', toolText.indexOf('. ') + 2);
  const opening = (firstSentenceEnd === -1 ? toolText : toolText.slice(0, firstSentenceEnd)).replace(/[_-]/g, ' ');
  const topLevel = isObject(schema['properties']) ? schema['properties'] : {};
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].filter((r): r is string => typeof r === 'string') : []);
  const languageGiven = 'language' in topLevel;
  const activatedAtOnce = ['active', 'activate'].some((k) => isObject(topLevel[k]) && topLevel[k]['type'] === 'boolean');
  // The tool's own name and title (before the description) say it is a timeline or a history of what was done.
  const recordOfActions = EVENT_RECORDS.test(toolText.slice(0, Math.max(0, toolText.indexOf('.'))).replace(/[_-]/g, ' '));
  // A job created, started or queued does what its type says: `create_job` with `type: [deleteTicket, exportTicket]`.
  const createsJob = JOB_CREATED.test(opening);
  for (const { name, schema: prop, depth, root, inArray } of properties(schema)) {
    const words = splitName(name);
    const flat = words.join('');
    const snake = words.join('_');
    const type = prop['type'];
    const items = isObject(prop['items']) ? prop['items'] : undefined;
    // Code and queries arrive as text (or a list of texts, or a pipeline of stage objects).
    // (…or a map of names to texts: `layers`, "Map of role name to Strudel code".)
    const textMap = type === 'object' && isObject(prop['additionalProperties']) && prop['additionalProperties']['type'] === 'string';
    const stringish = type === undefined || type === 'string' || (Array.isArray(type) && type.includes('string')) || textMap
      || (type === 'array' && (items?.['type'] === 'string' || (items?.['type'] === 'object' && flat === 'pipeline')));
    const propText = typeof prop['description'] === 'string' ? normalText(prop['description']) : '';
    // (The text of the top-level parameter it sits in: a list of checks says what its entries' commands are.)
    const rootProp = depth > 0 ? topLevel[root] : undefined;
    const rootText = isObject(rootProp) && typeof rootProp['description'] === 'string' ? normalText(rootProp['description']) : '';
    // "Alias for where": the parameter is another one under a second name, and is read as that one.
    if (ALIAS_OF.test(propText)) continue;
    // What a parameter's own text says it is, read before the checks below move on past code and query parameters:
    // the generated code's format, a file or a folder on this machine.
    if (codeFormat === undefined && depth === 0 && GENERATED_CODE_FORMAT.test(propText)) codeFormat = name;
    if (depth === 0 && stringish && NAMES_LOCAL_PATH.test(propText)) localPaths.push(name);
    // A value capped at a few dozen characters, or held to one word by its pattern, is a name (a project
    // code, a domain), never a program or a query.
    const named = identifierShaped(prop);
    let kind = named ? undefined : CODE_PARAMS.get(snake) ?? CODE_PARAMS.get(flat) ?? LANGUAGE_NAMED.find(([re]) => re.test(flat))?.[1];
    // The nodes of a new automation workflow that a switch beside them turns on at once are steps that run as soon as
    // it is made (its HTTP calls, its code nodes); a workflow made inactive only waits to be switched on.
    if (depth === 0 && flat === 'nodes' && type === 'array' && AUTOMATION.test(opening) && /\b(?:create|new)\b/.test(opening) && activatedAtOnce) {
      code.push({ name, kind: 'code', strong: true, root });
      continue;
    }
    // The body of a function, procedure, trigger or Apex class the tool creates or updates is that unit's code,
    // stored to run on the platform, where the parameter, the tool or a `language` beside it names a language.
    if (kind === undefined && !named && depth === 0 && CODE_BODIES.has(flat) && CODE_UNIT.test(opening)
      && (CODE_TALK.test(propText) || UNIT_LANGUAGE.test(`${propText} ${toolText}`) || languageGiven)) kind = 'code';
    // Text its description calls code in a named language ("Map of role name to Strudel code", "Array of JavaScript code
    // strings") is code, whatever the parameter is called.
    if (kind === undefined && !named && depth === 0 && LANGUAGE_CODE.test(propText)) kind = 'code';
    // A CI `pipeline` named by a string is a thing; an aggregation pipeline is a list of stages.
    if (flat === 'pipeline' && type !== 'array' && type !== 'object' && !QUERY_LANGUAGE.test(propText) && !/\bstages?\b/.test(propText)) kind = undefined;
    if (kind && stringish && !code.some((c) => c.name === name)) {
      // `command` as an enum of fixed choices is an action picker, not a command line;
      // `function` described as "Function name" names a thing, it does not carry one.
      // A bare `code` beside an item's fields (`update-item`: itemId, code, name) is its identifier: it
      // carries a program only where the tool or the parameter speaks of programs.
      const speaksOfCode = (kind !== 'code' || flat !== 'code' || CODE_TALK.test(`${propText} ${toolText}`))
        // …and a math expression ("Math expression to evaluate", a formula) is arithmetic, not a program.
        && !(kind === 'code' && MATH_TEXT.test(propText) && !PROGRAM_TALK.test(propText))
        // …and code handed over to be refactored, reviewed or explained is the text worked on ("component code to refactor").
        && !(kind === 'code' && CODE_WORKED_ON.test(propText))
        // …and so is code judged against guidelines or a rubric ("The code/component to evaluate against brand guidelines").
        && !(kind === 'code' && JUDGED_AGAINST.test(`${propText} ${toolText}`))
        // …and so is code set out as a block on a board or a page ("Create a code block on a FigJam board… sharing code snippets"): it is shown.
        && !(kind === 'code' && CODE_SHOWN.test(toolText.replace(/[_-]/g, ' ')))
        // …and so is a command a hook assesses before it runs or records after ("Assess risk before executing a command",
        // "Record command execution outcome"): the agent runs it, the tool only judges or logs it.
        && !(kind === 'host' && COMMAND_JUDGED.test(toolText))
        // …and so is a command reported as already run, a check's evidence ("List of terminal commands run to prove
        // implementation validity… the server does NOT execute them"): the caller ran it, the tool files the report.
        && !(kind === 'host' && COMMANDS_REPORTED.test(`${propText} ${rootText}`));
      // (A script's or a code unit's file path names the program it runs.)
      // (…unless the tool attaches the script to something, "Attach a GDScript to a node": it names the file, nothing runs.)
      const scriptFile = flat === 'scriptpath' || flat === 'scriptfile' || flat === 'codefile';
      const attached = scriptFile && ATTACHES_SCRIPT.test(toolText);
      if (speaksOfCode && !attached && !Array.isArray(prop['enum']) && prop['const'] === undefined && (scriptFile || !NAMES_A_THING.test(propText)) && !ROUTED_COMMAND.test(propText) && !CODE_AS_TOKEN.test(propText) && !(flat === 'code' && TOKEN_OWNERS.test(toolText.replace(/[_-]/g, ' ')))) code.push({ name, kind, strong: true, root, evaluated: SAID_RUN.test(propText), language: LANGUAGE_CODE.exec(propText)?.[0] });
    } else if (!named && QUERYISH_PARAMS.has(flat) && (depth === 0 || !searches) && (stringish || (type === 'object' && !structured(prop))) && !Array.isArray(prop['enum'])
      // (A query inside the saved body of a request or an example, `graphqlModeData.query`, is stored with it, not run.)
      && !(depth > 0 && SAVED_BODIES.test(splitName(root).join('')))) {
      const own = QUERY_LANGUAGE.test(propText);
      // A filter in a monitoring or listing syntax narrows a listing; a search in a search syntax (KQL,
      // Lucene) is search text. Only a database's language (SQL, Mongo filters, pipelines) is a query run.
      // (…unless the description opens by running a query language, "Runs a Merchant Center Query Language (MCQL) query":
      // a search run as a query statement is a query run.)
      const runsLanguage = description.queryLanguage && RUNS_QUERY_LANGUAGE.test(description.lead);
      const narrows = (flat === 'filter' || searches) && !DATABASE_LANGUAGE.test(propText) && !(own ? false : DATABASE_LANGUAGE.test(toolText)) && !runsLanguage;
      // (…and so is a bare `query` of a database query tool: `export_query` on a server of SQL databases.)
      const namedQuery = databaseQueryTool && flat === 'query';
      // (In a parameter that names its query language, a "keyword" is the language's: "Raw ShopifyQL query — GROUP BY full keyword".)
      const natural = NATURAL_QUERY.exec(propText)?.[0];
      const searchText = natural !== undefined && !(own && /^keywords?$/.test(natural));
      if (!searchText && !narrows && (own || namedQuery || (description.queryLanguage && QUERY_LANGUAGE.test(toolText)))) {
        // (A filter document passed as a JSON string, "JSON string filter query", is the object filter a database runs.)
        const jsonDocument = stringish && /\bjson\b/.test(propText) && DATABASE_LANGUAGE.test(toolText);
        // (…and so is the bare query of a tool whose description opens by running a query language, `runsLanguage`: "Run
        // ShopifyQL and return columns", "Runs a Merchant Center Query Language (MCQL) query".)
        code.push({ name, kind: 'query', strong: own || namedQuery || type === 'object' || jsonDocument || runsLanguage, root, language: QUERY_LANGUAGE.exec(propText)?.[0] });
      }
    }
    // The operations a call can pick: an enum, or one `const` per alternative of a union of
    // operation schemas (`anyOf: [{operation: {const: "update-forms"}, params: …}, …]`), also
    // when nested in a parameters object; never the steps of a list.
    const last = words[words.length - 1] ?? '';
    // (…or, where an action parameter has no enum, the values its description quotes: "Action to perform (e.g., 'create',
    // 'list', 'remove', 'inspect')".)
    const quoted = ACTION_PARAMS.has(flat) || ACTION_PARAMS.has(last) ? quotedValues(typeof prop['description'] === 'string' ? prop['description'] : '') : undefined;
    const values = Array.isArray(prop['enum']) ? prop['enum'] : typeof prop['const'] === 'string' ? [prop['const']] : quoted;
    // An enum described as a filter (`action: [create, update, delete]`, "only mutations of this kind") picks what is shown.
    // …and so does one on a timeline or a history, whose entries are the actions done (`object_timeline`, action: [create, delete]).
    // (…only kinds of change, single words and no read among them: an operation picker offers a read too, `list`.)
    const kindsOfChange = recordOfActions && values !== undefined && values.every((v) => typeof v === 'string' && /^[a-z]+$/i.test(v) && VERBS.get(v.toLowerCase())?.category !== 'read');
    // (A `filter` in backticks or quotes is another parameter named in passing: "\"get_ui\" takes an optional `filter`".)
    const filtersBy = /(?<![`"'])\b(?:filter|filters|filtering|narrow|only (?:show|return|include|events?|entries|items|mutations?))\b(?![`"'])/.test(propText) || kindsOfChange;
    // …also inside a batch: each of `operations: [{operation: copy|delete}]` is done.
    // (…and so is each of a list of files with what to do to it, `files[].action: [write, skip, delete]`, unless the files go
    // into one commit pushed, `push_files`: git keeps what that commit deletes.)
    const batch = inArray && (BATCHES.has(splitName(root).join('')) || (root === 'files' && !/\b(?:commit|push)/.test(toolText)));
    // A response's or an output's mode is how the answer is written (`responseMode: [clean, raw]`), not an operation.
    // (…and so is one that offers keeping a text as it is beside rewriting it, `text_extraction_mode: [auto, rewrite, preserve]`:
    // how the tool words what it makes.)
    const answerForm = last === 'mode' && (ANSWER_FORMS.has(words[words.length - 2] ?? '') || (values?.includes('preserve') ?? false));
    // A thing's method (`procurement_method: [purchase, lease]`, `payment_method`) is a field of what the call records, not
    // the call's operation; only a bare `method`, or a request's, picks one.
    const fieldOfRecord = last === 'method' && words.length > 1 && !REQUEST_WORDS.has(words[words.length - 2] ?? '');
    // An action named for when it happens on its own (`autoPauseAction: [pause, rollback, notify]`, `onFailureAction`) is a
    // setting the call stores, done later by the service: not this call's operation.
    const laterAction = words.length > 1 && LATER_ACTIONS.has(words[0] as string);
    // A firewall rule's action (`Action: [ACCEPT, DROP]`) is its verdict on the traffic it matches, stored with the rule.
    const verdict = values !== undefined && values.some((v) => typeof v === 'string' && PASSES.test(v)) && values.some((v) => typeof v === 'string' && STOPS.test(v));
    if (values !== undefined && !filtersBy && !answerForm && !fieldOfRecord && !laterAction && !verdict && (depth === 0 || (depth <= 3 && (!inArray || batch))) && (ACTION_PARAMS.has(flat) || ACTION_PARAMS.has(last) || (depth === 0 && JOB_KINDS.has(flat) && createsJob))) {
      for (const v of values.slice(0, 64)) {
        if (typeof v !== 'string') continue;
        // HTTP methods (`httpMethod: [GET, DELETE]`) are read below, for generic API tools only.
        // (…and so are the rarer ones an HTTP client offers beside them: `method: [GET, …, PURGE, LOCK]`.)
        if (last === 'method' && (HTTP_METHODS.has(v.toLowerCase()) || OTHER_HTTP_METHODS.has(v.toLowerCase()))) continue;
        const reading = readName(v);
        const hit = reading.verbs[0];
        // A mode is a way of doing the one thing the tool does: only a bare verb (`mode: [create, delete]`)
        // is an operation; `drop_attribution` or `post_ids` name what it looks at.
        if (last === 'mode' && reading.words.length > 1) continue;
        // In a batch, an edit of a document's parts (JSON Patch `remove`, `remove_node`) is an edit; only plain acts count.
        if (batch && hit?.sense.dependsOnObject) continue;
        // A word as often a thing before a data word names data to fetch: `trade_data`, `order_history`.
        const namesData = NOT_A_VERB_FIRST.has(reading.words[0] ?? '') && DATA_TAILS.has(reading.words[reading.words.length - 1] ?? '') && reading.words.length > 1;
        // (…and so is a family's operation, the family named first and shared with other values: `models_list`,
        // `models_remove`; `workflow_validate`, `workflow_run`.)
        const family = /^([a-z]+)_[a-z]+$/i.exec(v)?.[1];
        const familyOperation = family !== undefined && reading.words[1] === hit?.word && !VERBS.has(reading.words[0] ?? '')
          && values.some((o) => typeof o === 'string' && o !== v && o.startsWith(`${family}_`));
        if (hit && (reading.words[0] === hit.word || familyOperation) && !namesData) actions.push({ param: name, value: v, sense: hit.sense, objects: reading.objects });
      }
    }
    if (/^(?:amount|amountcents|amountincents|amountmicros)$/.test(flat) && (type === 'number' || type === 'integer' || type === 'string')) amount = name;
    if (/seats$/.test(flat) && !/^max/.test(flat) && (type === 'number' || type === 'integer')) seats ??= name;
    // A sum named in its currency (`budget_usd`, `amount_eur`) carries its own currency.
    // (What something cost or is priced at, `costUsd`, reports a sum; nothing is paid with it.)
    if (depth === 0 && (type === 'number' || type === 'integer') && MONEY_UNIT.test(flat) && !REPORTED_SUM.test(flat)) { amount ??= name; currency = true; }
    // (A `reward` that is a score, "Task reward (0-1)", pays nobody: reinforcement learning's, a rating's.)
    const score = (typeof prop['maximum'] === 'number' && prop['maximum'] <= 1) || SCORE_TEXT.test(propText);
    if (depth === 0 && (type === 'number' || type === 'integer' || type === 'string') && SPENT_SUM.test(flat) && !score) spends ??= { name, denominated: MONEY_UNIT.test(flat) };
    if (depth === 0 && stringish && !Array.isArray(prop['enum']) && ['task', 'instructions', 'instruction', 'goal', 'objective', 'prompt'].includes(flat)) task ??= name;
    // (Not `instructions`, which as often configure an agent as task it: "Markdown instructions for the AI agent" of a column.)
    if (stringish && !Array.isArray(prop['enum']) && AGENT_PROMPT_PARAMS.has(flat) && FOR_AN_AGENT.test(propText)) agentPrompt ??= name;
    if (flat === 'currency' || flat === 'currencycode') currency = true;
    // (…and so does a token or an asset that names a crypto currency, `token: [USDC, USDT]`: it is the sum's currency, no API token.)
    if (CRYPTO_UNITS.has(flat) && COIN_NAMES.test(`${propText} ${Array.isArray(prop['enum']) ? prop['enum'].slice(0, 16).join(' ') : ''}`)) currency = true;
    // (On one entry of a list, `lines[].delete` takes that entry out of the record being edited: part of the edit.)
    if (RISKY_PARAMS.has(flat) && (type === 'boolean' || type === undefined) && !inArray) risky.push(name);
    // A mode that offers replacing beside adding (`mode: [append, replace]`): overwriting is the caller's option.
    if (depth === 0 && Array.isArray(prop['enum'])) {
      const modes = prop['enum'].slice(0, 64).filter((v): v is string => typeof v === 'string').map((v) => v.toLowerCase());
      const replaces = modes.find((m) => m === 'replace' || m === 'overwrite');
      // (…not in a list of operations on single entries, `op: [add, remove, replace, move]`: there replace swaps one entry.)
      const perEntry = modes.some((m) => m === 'remove' || m === 'move');
      if (replaces && modes.some((m) => ADDING_MODES.has(m)) && !perEntry) risky.push(`${name}=${replaces}`);
    }
    // (…and a switch that deletes what the tool works on: `deleteItems` on an ungroup, `delete_extra` on a sync, `delete_raw` after a summary.)
    // (…or one its own text says deletes what exists: `reset`, "Reset database (delete existing)".)
    // (…or, on a tool that changes a record's state, a state it offers that is deletion: `estimate_change_state`, state: [finalized, deleted].)
    const deletedState = STATE_FIELDS.has(flat) && Array.isArray(prop['enum']) && prop['enum'].some((v) => typeof v === 'string' && /^(?:deleted|destroyed|purged)$/i.test(v)) && CHANGES_STATE.test(toolText);
    if (DESTROYING_PARAMS.has(flat) || (type === 'boolean' && (DELETING_SWITCH.test(flat) || DELETES_EXISTING.test(propText))) || deletedState) destroying.push(name);
    if (depth === 0 && discarding === undefined) {
      if (DISCARDING_OPTIONS.has(flat) && (type === 'boolean' || type === undefined)) discarding = name;
      else if (Array.isArray(prop['enum'])) {
        const v = prop['enum'].slice(0, 32).find((x) => typeof x === 'string' && DISCARDING_OPTIONS.has(x.toLowerCase()));
        if (typeof v === 'string') discarding = `${name}=${v}`;
      }
    }
    // The method the service should use to call back a URL the caller gives ("The HTTP method we should use
    // when calling the `url`") configures a webhook; it does not pick the call this tool makes.
    // …nor does a method that narrows a lookup ("to narrow a multi-verb route lookup to a single method"): it names routes.
    if (depth === 0 && (flat === 'method' || flat === 'httpmethod' || flat === 'requestmethod') && !CALLBACK_METHOD.test(propText) && !METHOD_FILTER.test(propText)) {
      const offered = Array.isArray(prop['enum']) ? prop['enum'].filter((x): x is string => typeof x === 'string').join(' ')
        : typeof prop['description'] === 'string' ? prop['description'].slice(0, 400) : '';
      // (A free method whose text names only its default, "HTTP method (default: GET)", on a tool that makes HTTP requests,
      // takes any method the caller writes, DELETE included.)
      const named = offered.match(/\b(?:GET|HEAD|POST|PUT|PATCH|DELETE)\b/gi) ?? [];
      const anyMethod = !Array.isArray(prop['enum']) && named.length <= 1 && /\bdefault\b/i.test(offered) && /\bhttp requests?\b/.test(description.lead);
      for (const m of anyMethod ? ['get', 'post', 'put', 'patch', 'delete'] : named) {
        const lower = m.toLowerCase();
        if (HTTP_METHODS.has(lower) && !httpMethods.includes(lower)) httpMethods.push(lower);
      }
    }
    // (A CSS or XPath selector picks an element on a page, not records: `browser_set_combobox` sets one input.)
    if (condition === undefined && depth === 0 && ['filter', 'where', 'condition', 'conditions', 'whereclause', 'query', 'selector', 'match'].includes(flat)
      && !(flat === 'selector' && PAGE_SELECTOR.test(propText))) condition = name;
    if (depth === 0 && (RECORD_IDS.has(words[words.length - 1] ?? '') || flat === 'key')) picksById = true;
    if (depth === 0 && (flat === 'table' || flat === 'tablename')) table ??= name;
    if (depth === 0 && ['select', 'columns', 'fields'].includes(flat)) selects = true;
    // (An absolute or full URL is one too, `absoluteUrl`; a `request_url` is as often a field of a logged request.)
    if (target === undefined && depth === 0 && stringish) {
      if (['path', 'endpoint', 'apipath', 'resourcepath', 'route'].includes(flat)) target = { name, kind: 'path' };
      else if (['url', 'uri', 'absoluteurl', 'fullurl', 'targeturl'].includes(flat)) target = { name, kind: 'url' };
    }
    // (…or a plain `path` or `file` that its own description says the result is saved or written to; an `output` that
    // picks the generated code's format is no place.)
    if (savesTo === undefined && depth === 0 && stringish && codeFormat !== name && (SAVE_PLACES.test(flat) || (PLAIN_PLACES.has(flat) && SAVED_THERE.test(propText)))) {
      savesTo = name;
      savesAlways = (required.has(name) || DEFAULT_PLACE.test(propText)) && !READ_FROM_PLACE.test(propText);
    }
    if (storesByDefault === undefined && depth === 0 && type === 'boolean' && prop['default'] === true && STORING_SWITCHES.has(flat)) storesByDefault = name;
    if (depth === 0) {
      if (ORDERED_SECURITY.test(flat)) security ??= name;
      if (ORDERED_QUANTITY.test(flat)) quantity ??= name;
      if (ORDER_TERMS.test(flat)) terms ??= name;
    }
    // A free-form list of steps described in prose: "Web automation actions (Click, Fill, Wait, Scroll, etc.)";
    // or the same list handed over as a JSON string (`browserCommands`: "browser commands to execute
    // before scraping", the commands listed in the tool's description).
    const stepsAsText = stringish && STEP_LISTS.has(words[words.length - 1] ?? '');
    const stepsText = stepsAsText ? `${propText} ${toolText}` : propText;
    if (proseSteps === undefined && depth === 0 && (type === 'object' || type === 'array' || stepsAsText) && PROSE_STEPS.test(stepsText)
      && INTERACTIVE_CORE.filter((v) => new RegExp(`\\b${v}\\b`).test(stepsText)).length >= 2) proseSteps = name;
    if (outward === undefined && OUTWARD_PARAMS.has(flat) && type !== 'object') outward = name;
    if (publishes === undefined && depth === 0 && type === 'boolean' && PUBLISHING_FLAGS.has(flat)) publishes = name;
    // (…or a status the caller sets that can be "published": `status: draft | published`.)
    const statuses = Array.isArray(prop['enum']) ? prop['enum'].map((v) => String(v).toLowerCase()) : [];
    if (publishes === undefined && depth === 0 && /^(?:status|poststatus|publicationstatus|state)$/.test(flat)
      && (statuses.some((v) => v === 'publish' || v === 'published') || (statuses.length === 0 && /\bpublish(?:ed)?\b/.test(propText)))) publishes = name;
    if (autoApprove === undefined && depth === 0 && (type === 'boolean' || type === undefined) && (AUTO_APPROVE_PARAMS.has(flat) || AUTO_APPROVE_TEXT.test(propText))) autoApprove = name;
    if (sandboxSwitch === undefined && depth === 0 && type === 'boolean' && SANDBOX_SWITCHES.has(flat)) sandboxSwitch = name;
    // Only where the kinds on offer include secrets (a cluster's Secrets, a vault's items), not a CRM's record types.
    if (kindChoice === undefined && depth === 0 && KIND_PARAMS.has(flat) && stringish && !Array.isArray(prop['enum']) && SECRET_KINDS.test(`${propText} ${toolText}`)) kindChoice = name;
    // A closed list of what to fetch that offers a secret: the caller can ask for the password itself.
    // (…or a list of them: `types: [cookie, localStorage]`.)
    const choices = Array.isArray(prop['enum']) ? prop['enum'] : isObject(prop['items']) && Array.isArray(prop['items']['enum']) ? prop['items']['enum'] : undefined;
    if (secretChoice === undefined && depth === 0 && WHAT_PARAMS.has(flat) && choices) {
      const secret = choices.slice(0, 64).find((v) => typeof v === 'string' && SECRET_VALUES.has(v.toLowerCase().replace(/[^a-z0-9]/g, '')));
      if (typeof secret === 'string') secretChoice = `${name}=${secret}`;
    }
    // Scripted browser steps: nested `type`/`action` choices such as click, write, scroll.
    if (depth > 0 && (flat === 'type' || flat === 'action' || flat === 'kind')) {
      const choices = Array.isArray(prop['enum']) ? prop['enum'].slice(0, 64) : [prop['const']];
      for (const c of choices) {
        if (typeof c !== 'string' || !BROWSER_ACTIONS.has(c.toLowerCase())) continue;
        const set = steps.get(root) ?? new Set<string>();
        set.add(c.toLowerCase());
        steps.set(root, set);
      }
    }
  }
  // A batch of requests whose text documents their methods ("requests: [{ method: 'GET'|'POST'|'DELETE', url }]")
  // sends each of them: the methods it offers are the tool's.
  const documented = httpMethods.length === 0 && /\brequests\b/.test(description.lead) ? DOCUMENTED_METHODS.exec(toolText)?.[0] : undefined;
  for (const m of documented?.match(/\b(?:GET|HEAD|POST|PUT|PATCH|DELETE)\b/gi) ?? []) if (!httpMethods.includes(m.toLowerCase())) httpMethods.push(m.toLowerCase());
  const orderFields = security !== undefined && quantity !== undefined && terms !== undefined ? [security, quantity, terms] : undefined;
  let browserActions: string | undefined = proseSteps;
  for (const [root, set] of steps) if (STEP_LISTS.has(splitName(root).join('')) && set.size >= 2 && INTERACTIVE_CORE.some((v) => set.has(v))) { browserActions = root; break; }
  return {
    code, actions, money: amount !== undefined && currency ? `${amount} with currency` : undefined, spends, task, risky, destroying,
    outward, publishes, browserActions, autoApprove, agentPrompt, sandboxSwitch, kindChoice, secretChoice, discarding, httpMethods, target, condition, picksById, savesTo, savesAlways, storesByDefault, codeFormat, localPaths, seats,
    names: Object.keys(isObject(schema['properties']) ? schema['properties'] : {}).slice(0, MAX_PROPERTIES),
    orderFields,
    tableRows: table !== undefined && (condition !== undefined || selects) ? table : undefined,
  };
}

export function readAnnotations(tool: ToolDefinition): AnnotationReading {
  const a = tool.annotations;
  const flag = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
  const readOnly = flag(a?.readOnlyHint);
  const destructive = flag(a?.destructiveHint);
  const idempotent = flag(a?.idempotentHint);
  const openWorld = flag(a?.openWorldHint);
  return {
    declared: [readOnly, destructive, idempotent, openWorld].some((v) => v !== undefined),
    readOnly, destructive, idempotent, openWorld,
  };
}

const SHOP_WORDS = /\b(?:shop|merchants?|shopify|storefronts?|e-?commerce|commerce|woocommerce|woo|bigcommerce|magento|prestashop|marketplaces?|shopee|etsy|ebay|lazada|mercadolibre|wildberries|ozon)\b/;
// Memoised per server: a catalogue classifies every tool of a server against the same context.
const serverCache = new WeakMap<ServerContext, ServerReading>();

/** Servers that pass messages: their brokers are message brokers. */
const MESSAGING = new RegExp(`\\b(?:${MESSAGE_BROKER_NAMES}|message queues?|message brokers?)\\b`);
const MESSAGE_CHANNELS = new Set(['queue', 'queues', 'topic', 'topics']);
export function readServer(server: ServerContext): ServerReading {
  const cached = serverCache.get(server);
  if (cached) return cached;
  let money: string | undefined;
  // The words of each tool's name, split once for every look below (at most 2,000 tools: a manifest may list more).
  const toolNames = server.toolNames.slice(0, 2000);
  const toolWords = toolNames.map(splitName);
  const about = normalText(`${server.name} ${server.packageName ?? ''} ${server.description ?? ''}`.replace(/[-_@/]/g, ' '));
  // On a messaging server (queues, topics, ActiveMQ), a broker passes messages, not trades.
  const messaging = MESSAGING.test(about) || toolWords.some((w) => w.some((x) => MESSAGE_CHANNELS.has(x)));
  const unbrokered = (text: string) => (messaging ? text.replace(/\bbrokers?\b/g, '') : text);
  // The server's own name and package, alone.
  const named = normalText(`${server.name} ${server.packageName ?? ''}`.replace(/[-_@/.]/g, ' '));
  // (…and so does one whose own name says it trades, `okx-trade-mcp`, or names a payment platform, `@moovio/sdk`; a
  // description's "insider trades" are market data.)
  const tradesByName = TRADES_BY_NAME.exec(named)?.[0];
  const own = MONEY_WORDS.exec(unbrokered(about))?.[0] ?? tradesByName ?? PAYMENT_PLATFORMS.exec(named)?.[0];
  if (own) money = `server is about "${own}"`;
  else {
    let count = 0;
    let example = '';
    toolWords.forEach((w, i) => {
      if (MONEY_WORDS.test(unbrokered(w.join(' ')))) { count++; example ||= toolNames[i] as string; }
    });
    if (count >= 2) money = `${count} of its tools handle money, e.g. \`${example}\``;
  }
  const steps = new Set<string>();
  for (const w of toolWords.flat()) if (UI_STEPS.has(w)) steps.add(w);
  // …or one step, where its own name says it drives a browser (Selenium, Playwright, Puppeteer…):
  // a Selenium *grid's* console lists sessions and takes no step.
  const driver = BROWSER_DRIVERS.exec(named)?.[0];
  const drivesUi = steps.size >= 2 ? [...steps].slice(0, 3).join(', ') : driver !== undefined && steps.size === 1 ? `${withArticle(driver)} server that can ${[...steps][0]}` : undefined;
  const shop = SHOP_WORDS.exec(about)?.[0];
  const debugsPrograms = toolWords.some((w) => w.includes('breakpoint') || w.includes('breakpoints'));
  // (A Helm chart is a Kubernetes package, not a chart anyone looks at.)
  const chartTools = toolWords.filter((w) => w.includes('chart'));
  const charting = chartTools.length >= 2 && !chartTools.some((w) => w.includes('helm'));
  // The words that name the server (`playwright` in `playwright_resize`): its package's name and the first
  // word of its title, its brand. The rest of a descriptive title ("PrestaShop products, orders and
  // customers") lists what its tools handle, and those objects are the tools' own.
  const naming = server.packageName !== undefined ? `${server.name.split(/[\s,(]/)[0] ?? ''} ${server.packageName}` : server.name;
  const words = new Set(splitName(naming).filter((w) => w !== 'mcp' && w !== 'server'));
  // What the server is for, from its own name (a description's prose, "for teams", "notes", says too little): its
  // brand's words first, then its whole title ("Folk CRM people, companies, deals and notes" is a CRM, whatever its title lists).
  const brand = normalText(naming.replace(/[-_@/.]/g, ' '));
  const domain = DOMAIN_WORDS.find(([, re]) => re.test(brand))?.[0] ?? DOMAIN_WORDS.find(([, re]) => re.test(named))?.[0];
  // A first word most of its tools share (`bb_get`, `bb_post`, `bb_delete`) is the server's prefix, not an object.
  const prefix = sharedPrefix(server.toolNames);
  if (prefix !== undefined) words.add(prefix);
  const namespaces = namespacesOf(server.toolNames);
  if (prefix !== undefined) namespaces.add(prefix);
  const ledger = LEDGER_WORDS.exec(about)?.[0];
  const tradingVenue = TRADING_VENUES.exec(unbrokered(about))?.[0] ?? tradesByName;
  const telephony = TELEPHONY.test(about);
  // A cloud whose tools create servers (`create_server`): its servers are machines people's services run on.
  // (…and so does one named for a cloud that rents servers, `hcloud-mcp`, where its other tools are not known.)
  const hostsServers = toolNames.some((t) => SERVER_CREATION.test(t)) || SERVER_CLOUDS.test(named);
  // …and one whose tools create databases runs them, and keeps how to connect to each.
  const hostsDatabases = toolNames.some((t) => DATABASE_CREATION.test(t));
  // A tool whose resources keep timesheets, absences or expense reports calls its people resources (consultants, staff).
  const staffsResources = toolWords.some((w) => w.some((x) => x === 'resource' || x === 'resources') && w.some((x) => STAFF_RECORDS.has(x)));
  const openData = OPEN_DATA_PORTAL.exec(about)?.[0];
  const buysAds = toolWords.some((w) => w.some((x, i) => x === 'ad' && (w[i + 1] === 'account' || w[i + 1] === 'accounts')));
  const network = [...words].some((w) => ROUTERS.has(w));
  const restorable = new Set(toolWords.flatMap((w) => (w.some((x) => RESTORES.has(x)) ? [w.filter((x) => !RESTORES.has(x)).join(' ')] : [])));
  // (…or whose own name says it serves a database, `database-server`: its tools' bare queries are that database's.)
  const queriesDatabase = DATABASE_LANGUAGE.test(about) || SQL_SERVER_NAME.test(about);
  const invoices = toolWords.some((w) => w.includes('invoice') || w.includes('invoices'));
  const playsGame = toolWords.some((w) => w.includes('join') && w.includes('game'));
  const destroys = toolNames.find((_, i) => toolWords[i]!.some((w) => DESTROYING_WORDS.has(w)));
  const snakeNames = new Set(toolNames.filter((t) => /^[a-z][a-z0-9]*(?:_[a-z][a-z0-9]*)+$/i.test(t)).map((t) => t.toLowerCase()));
  const runs = new Set([...snakeNames].map((t) => t.split('_')).filter((w) => w.includes('run')).flat());
  const reading = { money, namespaces, domain, drivesUi, words, prefix, debugsPrograms, shop, ledger, tradingVenue, openData, buysAds, hostsServers, hostsDatabases, staffsResources, telephony, network, invoices, restorable, queriesDatabase, charting, playsGame, destroys, runs, snakeNames, about };
  serverCache.set(server, reading);
  return reading;
}

/** Verbs that bring back what was archived or deleted. */
const RESTORES = new Set(['unarchive', 'restore', 'undelete', 'untrash', 'recover']);
/** Verbs that destroy whatever they name. */
const DESTROYING_WORDS = new Set(['delete', 'drop', 'destroy', 'purge', 'erase', 'wipe', 'truncate', 'uninstall']);
/** A tool that creates a server on a cloud: `create_server`, `server_create`, `provision_servers`, also behind the server's prefix (`ncloud_create_server`). */
const SERVER_CREATION = /(?:^|[_-])(?:create|provision|new)[_-]?servers?$|(?:^|[_-])servers?[_-](?:create|provision)$/i;
/** What a person kept as a resource has and a machine does not: timesheets, absences, expense reports, leave. */
const STAFF_RECORDS = new Set(['timesheet', 'timesheets', 'absence', 'absences', 'leave', 'leaves', 'expenses', 'payroll', 'vacation', 'vacations']);
/** Clouds that rent servers, by the name their servers carry. */
const SERVER_CLOUDS = /\b(?:hcloud|hetzner|digitalocean|linode|vultr|ncloud|lightsail|scaleway|upcloud)\b/;
/** A tool that creates a database of an engine, or a database cluster: `postgres-create`, `create_mysql_database`, `db-cluster-create`. */
const DATABASE_CREATION = /(?:^|[_-])(?:create|provision|new)[_-](?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|libsql|keydb|dragonfly|clickhouse)(?:[_-](?:database|instance|cluster))?$|^(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|redis|libsql)[_.-]create$|^db[_-]cluster[_-]create$/i;
/** What a portal of open or public data calls itself ("US government open-data APIs", "Brazilian public data"), or a parliament's, whose records are public. */
const OPEN_DATA_PORTAL = /\b(?:open|public|government) data\b|\bparliament\b/;
/** A platform for phone calls, as its server says of itself. */
const TELEPHONY = /\b(?:twilio|vonage|telnyx|plivo|telephony|voice calls?|phone calls?)\b/;
/** Payment platforms, by the name their servers carry (MONEY_WORDS has Stripe and PayPal). */
const PAYMENT_PLATFORMS = /\b(?:moov|moovio|adyen|braintree|mollie|paddle|polar|creem|lemonsqueezy|razorpay|paystack|flutterwave|paymongo|mercadopago|xendit|gocardless|square|chargebee|recurly)\b/;
/** A server named for trading (`okx-trade-mcp`) or for a brokerage (Kiwoom Securities, Robinhood, Interactive Brokers…). */
const TRADES_BY_NAME = /\b(?:trade|kiwoom|stockbit|robinhood|ibkr|tradier|tastytrade|webull|etrade|schwab)\b/;
/** What a trading venue calls itself. (EDI's "trading partners" exchange documents, not trades.) */
const TRADING_VENUES = /\b(?:trading(?! partners?\b)|brokers?|brokerage|perps?|perpetuals?|futures)\b/;
/** What a budgeting, bookkeeping or personal-finance app calls itself. */
const LEDGER_WORDS = /\b(?:personal finance|spending (?:analytics|track(?:er|ing)|insights)|budget(?:ing|s)?|bookkeeping|expense track(?:er|ing)|ledger|ynab|lunch ?money)\b/;

/** The first word of at least 80 % of three or more tool names, unless it is a verb. */
function sharedPrefix(toolNames: readonly string[]): string | undefined {
  if (toolNames.length < 3) return undefined;
  const counts = new Map<string, number>();
  const names = toolNames.slice(0, 2000);
  for (const t of names) {
    const first = splitName(t)[0];
    if (first !== undefined) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  for (const [word, n] of counts) {
    if (n < 0.8 * names.length) continue;
    if (VERBS.get(word)?.base !== word) return word;
    // A product named like a verb (UniFi Protect: `protect_get_fob`, `protect_list_nvrs`) is a prefix when a verb follows it.
    const followedByVerb = names.filter((t) => { const w = splitName(t); return w[0] === word && VERBS.get(w[1] ?? '')?.base === w[1]; }).length;
    if (followedByVerb >= 0.8 * names.length) return word;
  }
  return undefined;
}

/** Verbs that are never a kind of resource (`describe_trigger` beside `describe_index`), unlike `monitor` or `scan`. */
const ACTION_ONLY = new Set(['describe', 'show', 'explain', 'inspect', 'view', 'read', 'fetch', 'search', 'find', 'retrieve', 'lookup', 'count']);
/** A CRUD verb, or one of those, names the action wherever it stands (`create_view` beside `create_update`). */
const neverNamespace = (w: string) => CRUD.has(w) || ACTION_ONLY.has(w);

/** A verb that ends a name beside its sibling's: one that is a verb only before certain things (`sftp-upload-file`
 *  beside `sftp-upload`: "file") is a thing there, which the sibling's verb acts on. */
function verbLast(word: string): boolean {
  return VERBS.get(word)?.base === word && !VERB_ONLY_BEFORE.has(word);
}

/**
 * A word that comes right before two or more different final verbs across the server's tool
 * names (`monitor_create`, `monitor_delete`) names a resource there, even if it can be a verb.
 */
function namespacesOf(toolNames: readonly string[]): Set<string> {
  // Each name's words, split once for the passes below.
  const named = toolNames.slice(0, 2000).map((t) => splitName(t));
  const followers = new Map<string, Set<string>>();
  for (const words of named) {
    const last = words[words.length - 1];
    const before = words[words.length - 2];
    if (last === undefined || before === undefined || VERBS.get(last)?.base !== last || NOT_A_VERB_FIRST.has(last)) continue;
    // `create_view` beside `create_update` (monday.com's updates): a CRUD verb names the action, never a kind of resource.
    if (neverNamespace(before) || before === 'drop') continue;
    const set = followers.get(before) ?? new Set<string>();
    set.add(last);
    followers.set(before, set);
  }
  // `yandex_compute_list_instances` beside `yandex_compute_create_instance`: a word that two or more CRUD verbs
  // follow, with their objects after them, names a part of the API (Compute), not the action.
  for (const words of named) {
    for (let i = 0; i + 2 < words.length; i++) {
      const w = words[i] as string;
      const next = words[i + 1] as string;
      if (VERBS.get(w)?.base !== w || !CRUD.has(next) || neverNamespace(w)) continue;
      const set = followers.get(w) ?? new Set<string>();
      set.add(next);
      followers.set(w, set);
    }
  }
  const out = new Set([...followers].filter(([, f]) => f.size >= 2).map(([w]) => w));
  // `run_create` beside `run_events` and `run_status`: a word that only a CRUD verb follows in one name, and that starts
  // two more, names the thing those names are about (a run), not the action.
  const starts = new Map<string, number>();
  for (const [first] of named) if (first !== undefined) starts.set(first, (starts.get(first) ?? 0) + 1);
  for (const [first, second, ...rest] of named) {
    if (first === undefined || second === undefined || rest.length > 0 || !CRUD.has(second) || VERBS.get(first)?.base !== first || neverNamespace(first)) continue;
    if ((starts.get(first) ?? 0) >= 3) out.add(first);
  }
  // `firecrawl_interact_stop` beside `firecrawl_interact`: the sibling tool's name is what the final verb acts on.
  const names = new Set(named.map((words) => words.join(' ')));
  for (const words of named) {
    const last = words[words.length - 1];
    if (words.length < 2 || last === undefined || !verbLast(last)) continue;
    // (`crm_update_estimate` beside `crm_update`: a CRUD verb names the action there too.)
    const before = words[words.length - 2] as string;
    if (names.has(words.slice(0, -1).join(' ')) && !neverNamespace(before)) out.add(before);
  }
  return out;
}

/** A description that opens with making a command ("Generates validated install commands…"): the command is what it returns.
 *  ("Generate rpk command-line documentation" makes documentation: "command-line" only says what about.) */
const MAKES_COMMAND = /^\s*(?:generates?|builds?|returns?|gets?|shows?|produces?|constructs?|composes?|prints?)\b[^.]{0,100}?\bcommands?\b(?!-)/i;
/** …and so does one that opens with building a statement ("Generate CREATE TABLE SQL from column definitions", "Build a
 *  SELECT query from table, columns, conditions"): the statement's text is what it returns. */
const MAKES_STATEMENT = /^\s*(?:generates?|builds?|constructs?|composes?)\b[^.]{0,40}?\b(?:sql|quer(?:y|ies)|statements?)\b/i;
/** …unless it also runs what it makes: "generates the command and runs it". */
const RUNS_IT_TOO = /\b(?:and|then) (?:runs?|executes?|installs?|applies|invokes?)\b/i;

/** Acts more dangerous than a plain write, which an action's definition can reveal. */
const GRAVER_ACTS = new Set(['destructive', 'execute', 'financial']);
/**
 * An action the description defines by its verb ("- **dismiss**: Delete a notification") does what the definition says,
 * where that is graver than the action's own name: dismissing a notification here deletes it.
 */
function withDefinedActions(parameters: ParameterReading, description: string): ParameterReading {
  if (parameters.actions.length === 0 || description === '') return parameters;
  const text = description.slice(0, 6000); // where a tool lays out its actions; bounded, as any text read here is
  const actions = parameters.actions.map((a) => {
    const value = a.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const defined = new RegExp(`(?:^|[\\s*\\-•\`'"])${value}[*\`'"]*\\s*[:—–]\\s*([A-Za-z]+)`, 'm').exec(text)?.[1]?.toLowerCase();
    const sense = defined === undefined ? undefined : VERBS.get(defined);
    return sense && sense.base === defined && GRAVER_ACTS.has(sense.category) && !GRAVER_ACTS.has(a.sense.category) ? { ...a, sense } : a;
  });
  return { ...parameters, actions };
}

export function collectEvidence(tool: ToolDefinition, server: ServerContext): Evidence {
  const title = typeof tool.title === 'string' ? tool.title : typeof tool.annotations?.title === 'string' ? tool.annotations.title : undefined;
  const toolText = normalText(`${tool.name} ${title ?? ''}. ${tool.description ?? ''}`);
  // Only the description's first word is wanted: normalise its start, not the whole text again.
  // (After a leading tag that files it under a heading, "[Pipeline Management] Approve/pass…", or a "Use when …:" clause.)
  const opening = /^[a-z]+/.exec(normalText(statement(tool.description).slice(0, 80)))?.[0];
  // ("DELETE /api/jobs/{id} — Cancel a job": an endpoint's method and path open it, not its action.)
  const endpoint = /^\s*(?:GET|POST|PUT|PATCH|DELETE)\s+\//.test(tool.description ?? '');
  let descriptionOpens = opening === undefined || endpoint ? undefined : VERBS.get(opening)?.base;
  const sendsEvent = descriptionOpens !== undefined && EVENT_SENDS.has(descriptionOpens) && SENDS_EVENT.test(normalText(statement(tool.description).slice(0, 120)));
  const serverReading = readServer(server);
  const name = readName(tool.name, serverReading.namespaces, descriptionOpens, sendsEvent);
  // A description that opens with the thing a verbless name names ("Order change history…" on `orders_history`) names it.
  // (…and the method is no verb of the description: what follows the path says what the call does.)
  const described = endpoint ? tool.description?.replace(/^\s*(?:GET|POST|PUT|PATCH|DELETE)\s+\/\S*\s*[—–:-]?\s*/, '') : tool.description;
  let description = readDescription(described, title, toolText, serverReading.snakeNames, tool.name.toLowerCase());
  if (opening !== undefined && name.verbs.length === 0 && NOT_A_VERB_FIRST.has(opening) && name.words.some((w) => w === opening || w === `${opening}s`)) {
    descriptionOpens = undefined;
    if (description.verbs[0]?.word === opening) description = { ...description, verbs: description.verbs.slice(1), joined: [], sequenced: [] };
  }
  const searches = name.verbs.some((v) => v.sense.base === 'search');
  const firstSentence = /^[^.]*/.exec((tool.description ?? '').slice(0, 300))?.[0] ?? '';
  const commandPhrase = RUNS_IT_TOO.test(firstSentence) ? undefined : (MAKES_COMMAND.exec(firstSentence) ?? MAKES_STATEMENT.exec(firstSentence))?.[0];
  // (A log or a history of commands already run is another thing: "Returns the log of SSH commands previously run".)
  const makesCommand = commandPhrase !== undefined && !/\b(?:log|logs|history|list|docs|documentation|help)\b/i.test(commandPhrase) ? commandPhrase : undefined;
  return {
    name,
    title: title ? readName(title) : undefined,
    description,
    descriptionOpens,
    sendsEvent,
    makesCommand,
    deletesAsValue: deleteAmongValues(tool),
    parameters: withDefinedActions(readParameters(tool.inputSchema, description, toolText, { searches, databaseQueryTool: serverReading.queriesDatabase && (name.words.includes('query') || name.words.includes('table')) }), tool.description ?? ''),
    annotations: readAnnotations(tool),
    server: serverReading,
  };
}
