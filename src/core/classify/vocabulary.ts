// The words the classifier knows: action verbs with the category they point to, and
// object nouns with the sensitivity they carry. Everything is compiled once into maps
// (every inflection of a verb points to its base) so a lookup is one Map.get.
import type { Category } from '../labels.ts';

/** What a verb does when it is the action of a tool. */
export interface VerbSense {
  base: string;
  category: Category;
  /** A write that leaves the organisation or is hard to undo (send, publish, merge, grant). */
  outward?: boolean;
  /** Only an action when the object is right (`remove` a label is a write, a user destructive). */
  dependsOnObject?: boolean;
  /** Says little on its own (`manage`, `handle`): let the description and schema decide. */
  generic?: boolean;
  /** Runs arbitrary code or commands on the host when it has something to run. */
  host?: boolean;
}

type VerbSpec = Omit<VerbSense, 'base' | 'category'>;

// Redis commands, which names put after the data type they work on (`string_mget`, `hash_mset`, `list_lpop`).
const REDIS_READS = ['mget', 'hget', 'hgetall', 'hmget', 'hkeys', 'hvals', 'lrange', 'smembers', 'zrange', 'zrangebyscore'];
const REDIS_WRITES = ['incr', 'incrby', 'decr', 'decrby', 'mset', 'msetnx', 'hset', 'hmset', 'hincrby', 'setex', 'setnx', 'lpush', 'rpush', 'lset', 'linsert', 'sadd', 'zadd', 'zincrby'];
/** …those that take values out of the store for good: a popped element is gone from its list or set. */
const REDIS_REMOVALS = ['lpop', 'rpop', 'spop', 'zpopmin', 'zpopmax', 'lrem', 'srem', 'zrem', 'hdel', 'getdel'];
export const REDIS_COMMANDS: ReadonlySet<string> = new Set([...REDIS_READS, ...REDIS_WRITES, ...REDIS_REMOVALS]);

const READ = [
  'get', 'list', 'search', 'find', 'fetch', 'read', 'describe', 'show', 'view', 'count', 'diff', 'explain',
  'validate', 'preview', 'check', 'inspect', 'analyze', 'analyse', 'lookup', 'retrieve', 'browse', 'scan',
  'summarize', 'summarise', 'resolve', 'detect', 'download', 'export', 'open', 'compare', 'calculate', 'compute',
  'convert', 'extract', 'crawl', 'scrape', 'parse', 'echo', 'ping', 'verify', 'lint', 'review', 'guide',
  'monitor', 'poll', 'introspect', 'generate', 'query', 'discover', 'display', 'render', 'estimate', 'suggest',
  'recommend', 'translate', 'understand', 'diagnose', 'identify', 'load', 'watch', 'audit', 'test', 'print',
  'return', 'look', 'select', 'filter', 'sample', 'research', 'track', 'debug', 'measure', 'recall', 'whoami',
  'visualize', 'visualise', 'simulate', 'think', 'plan', 'outline', 'evaluate', 'download', 'query',
  'collect', 'enumerate', 'provide', 'tail', 'grep', 'locate', 'obtain', 'capture', 'screenshot', 'ask',
  'elicit', 'wait', 'await', 'sum', 'explore', 'learn', 'reference', 'orchestrate', 'map', 'proofread', 'classify',
  'rephrase', 'paraphrase', 'score', 'determine', 'observe', 'compress', 'decompress', 'aggregate', 'dump', 'predict', 'forecast', 'encrypt', 'decrypt', 'unwrap', 'unseal', 'trace',
  ...REDIS_READS,
];

const WRITE: [string, VerbSpec?][] = [
  ['create'], ['add'], ['update'], ['set'], ['edit'], ['rename'], ['move'], ['reparent'], ['upload'], ['post'], ['comment'],
  // Edits of an image or a document open in an editor ("Crop the document to specified bounds", "Invert colors of the active layer").
  ['crop'], ['invert'], ['desaturate'], ['rasterize'], ['rasterise'],
  ['send', { outward: true }], ['assign'], ['label'], ['star'], ['fork'], ['merge', { outward: true }],
  ['insert'], ['put'], ['patch'], ['modify'], ['amend', { dependsOnObject: true }], ['replace'], ['save'], ['write'], ['append'], ['prepend'], ['copy'], ['clone'],
  ['import'], ['enable'], ['disable'], ['toggle'], ['start', { dependsOnObject: true }], ['stop'], ['pause'], ['resume'], ['restart'],
  ['reboot'], ['schedule'], ['publish', { outward: true }], ['share', { outward: true }],
  ['invite', { outward: true }], ['reply', { outward: true }], ['respond'], ['accept'], ['decline'], ['approve'],
  // Refusing a checkpoint is rejecting it; sideloading a file imports it from a URL into the site's library.
  ['reject'], ['refuse'], ['sideload'], ['archive'], ['unarchive'], ['mark'], ['tag'], ['link'], ['unlink'], ['attach'], ['detach'],
  ['associate'], ['disassociate'], ['dissociate'],
  ['register'], ['install'], ['upgrade'], ['connect'], ['disconnect'], ['draft'], ['fill'], ['submit'], ['file'], ['rebase'],
  ['push', { outward: true }], ['commit'], ['close'], ['reopen'], ['lock'], ['unlock'], ['fulfil'], ['fulfill'],
  ['grant', { outward: true }], ['rotate'], ['reroll'], ['regenerate'], ['reset', { dependsOnObject: true }], ['store'],
  ['remember'], ['record'], ['log'], ['endorse'], ['advance'], ['next'], ['configure'], ['change'], ['apply'],
  ['standardize'], ['standardise'], ['duplicate'], ['annotate'], ['resize'], ['scale'], ['unsubscribe'], ['mute'], ['unmute'],
  ['pin'], ['unpin'], ['favorite'], ['favourite'], ['bookmark'], ['follow'], ['unfollow'], ['like'], ['react'], ['upsert'], ['setup'],
  ['init'], ['initialize'], ['initialise'], ['provision'], ['allocate'], ['attach'], ['cordon'], ['uncordon'],
  // A file system mounted or unmounted is attached to or taken off a machine's directory tree: its files stay.
  ['mount'], ['unmount'], ['umount'], ['unmountall'],
  // Edits named by their effect: a selection dropped, an image upscaled or reframed, names remapped, a thing randomised,
  // a source resynced.
  ['deselect'], ['upscale'], ['reframe'], ['remap'], ['randomize'], ['randomise'], ['resync'],
  // Playing media changes what a device does for a while; playing a project, a scene or a recorded action runs it (see readings).
  ['play', { dependsOnObject: true }],
  ['switch'], ['activate'], ['reactivate'], ['deactivate'], ['suspend'], ['unsuspend'], ['transition'], ['notify', { outward: true }],
  ['tweet', { outward: true }], ['retweet', { outward: true }], ['repost', { outward: true }], ['broadcast', { outward: true }],
  ['forward', { outward: true }], ['announce', { outward: true }], ['release', { outward: true }],
  ['enqueue'], ['queue'], ['sign'], ['login'], ['logout'], ['authenticate'], ['authorize'], ['resolve', { dependsOnObject: true }], ['book', { dependsOnObject: true }], ['reserve', { dependsOnObject: true }], ['redeem'], ['flash', { dependsOnObject: true }], ['rsvp'], ['reconnect'], ['renew'],
  ['manage', { generic: true }], ['handle', { generic: true }], ['process', { generic: true }], ['do', { generic: true }],
  ['perform', { generic: true }], ['operate', { generic: true }], ['admin', { generic: true }], ['control', { generic: true }],
  ['remove', { dependsOnObject: true }], ['clear', { dependsOnObject: true }], ['cancel', { dependsOnObject: true }],
  ['stage'], ['unstage'], ['unassign'], ['unlabel'], ['untag'], ['unstar'], ['unfavorite'], ['unfavourite'], ['unbookmark'], ['unboost'], ['unsave'], ['unendorse'], ['unshare'], ['hide'], ['unhide'], ['sort', { dependsOnObject: true }], ['reorder'],
  // Operations on machines and services, and undoing or repeating earlier steps.
  ['power'], ['shutdown'], ['recycle'], ['rebuild', { dependsOnObject: true }], ['recreate', { dependsOnObject: true }], ['reinstall', { dependsOnObject: true }], ['reimage', { dependsOnObject: true }], ['reload'], ['retry'], ['repair'],
  ['compose'], ['request'], ['warm'], ['extend'], ['begin'], ['end'], ['undo', { dependsOnObject: true }], ['redo'], ['replay'],
  ['unpublish'], ['deprecate'], ['delegate'], ['issue'], ['block'], ['unblock'], ['train'], ['opt'], ['override'], ['relist', { outward: true }], ['resend', { outward: true }], ['redistribute'], ['redeliver', { outward: true }], ['expose', { outward: true }], ['snooze'], ['unsnooze'], ['postpone'], ['dismiss'], ['acknowledge'], ['ack'],
  // Moving to the trash keeps the thing recoverable ("reversible from the Trash folder for 30 days").
  ['freeze'], ['unfreeze'], ['trash'], ['untrash'], ['uncomplete'], ['protect'], ['unprotect'],
  ['split', { dependsOnObject: true }], ['unsplit'], ['reauthorize'], ['skip'], ['leave'], ['join'], ['boot'], ['continue'], ['abort'], ['reindex'], ['like'], ['unlike'], ['unmerge'], ['reverse'], ['reauthenticate'], ['unconfirm'], ['unapprove'], ['reassign'], ['rebalance'], ['claim'], ['unset'], ['style'], ['distribute'], ['vote'], ['upvote'], ['downvote'], ['enroll'], ['unenroll'],
  ['pull', { dependsOnObject: true }], ['stash'], ['ingest'], ['index', { dependsOnObject: true }], ['refresh'], ['align'], ['snap'], ['arrange'], ['group'],
  // Unticking a box changes a form (a step on a driven page); expanding a task writes its subtasks;
  // optimizing a table rewrites it (optimizing a route or an itinerary only works one out: see decide).
  ['uncheck'], ['expand'], ['adopt'], ['optimize', { dependsOnObject: true }], ['optimise', { dependsOnObject: true }], ['ungroup'], ['flatten'], ['alter', { dependsOnObject: true }], ['confirm'], ['finalize'], ['finalise'], ['deny'], ['flag'], ['unflag'], ['reschedule'], ['migrate'], ['transfer', { dependsOnObject: true }], ['complete'], ['transcribe'], ['build', { dependsOnObject: true }], ['format'],
  // Placing an order or a bet, adjusting a setting or a position.
  ['place', { dependsOnObject: true }], ['adjust'], ['ship'], ['award'], ['snapshot', { dependsOnObject: true }],
  // Making a folder (`mkdir`) or a project's skeleton writes new files; drawing on a chart or a canvas adds to it, and so
  // does instantiating a scene or a template into a project.
  ['mkdir'], ['scaffold'], ['draw'], ['instantiate'],
  // Rewriting a post or code makes a new version of what is there: an edit, as updating is, not a deletion (text handed
  // in and rewritten is only returned: see readings).
  ['rewrite', { dependsOnObject: true }],
  // Consuming from a queue takes the message off it; reading a topic's log leaves it there (see readings).
  ['consume', { dependsOnObject: true }],
  // Highlighting marks a span of a document (a write), or only shows where a thing is on screen or in the answer (see readings).
  ['highlight', { dependsOnObject: true }],
  ...REDIS_WRITES.map((w): [string] => [w]),
];

const EXECUTE: [string, VerbSpec?][] = [
  ['run', { dependsOnObject: true }], ['exec', { host: true }], ['execute'], ['eval', { host: true }], ['evaluate', { dependsOnObject: true }], ['click'], ['navigate'],
  ['type'], ['press'], ['hover'], ['scroll'], ['drag'], ['trigger', { dependsOnObject: true }], ['dispatch', { dependsOnObject: true }], ['deploy'], ['invoke'],
  ['call', { dependsOnObject: true }], ['launch'], ['spawn'], ['rerun'], ['rerequest'], ['rollout'], ['promote', { dependsOnObject: true }], ['sync', { dependsOnObject: true }], ['rollback', { dependsOnObject: true }], ['interact'],
  ['shell', { host: true }], ['script'], ['automate'], ['redeploy'], ['keypress'], ['tap'], ['swipe'],
  // Touch gestures on a device screen, as tapping and swiping are.
  ['pinch'], ['longpress'],
  // Stepping through a paused program runs its code.
  ['step'],
  ['goto'], ['go'], ['focus'], ['interpret', { host: true }],
  // Emulating input or a device in a driven browser acts on its page.
  ['emulate'],
  // Emitting a signal or an event fires the handlers connected to it, in the running program.
  ['emit'],
];

const DESTRUCTIVE: [string, VerbSpec?][] = [
  ['delete'], ['drop'], ['truncate'], ['purge'], ['destroy'], ['terminate', { dependsOnObject: true }], ['revoke'], ['wipe'], ['erase'],
  ['kill', { dependsOnObject: true }], ['uninstall'], ['cleanup'], ['prune'], ['evict'], ['drain'], ['discard'], ['expunge'], ['obliterate'],
  ['shred'], ['nuke'], ['rm'], ['del'], ['overwrite'], ['empty'], ['deregister'], ['unregister'], ['decommission'],
  ['deprovision'],
  ['clean', { dependsOnObject: true }], ['void'], ['expire'], ['invalidate'], ['forget'], ['flush', { dependsOnObject: true }], ['restore', { dependsOnObject: true }], ['revert', { dependsOnObject: true }],
  ...REDIS_REMOVALS.map((w): [string] => [w]),
];

const FINANCIAL: [string, VerbSpec?][] = [
  ['charge'], ['pay'], ['refund'], ['payout'], ['purchase'], ['buy'], ['checkout', { dependsOnObject: true }],
  // Subscribing to an issue or a webhook, swapping panes, trading places: money only where money is the subject.
  ['subscribe', { dependsOnObject: true }], ['trade', { dependsOnObject: true }], ['swap', { dependsOnObject: true }],
  ['sell'], ['withdraw', { dependsOnObject: true }], ['deposit'], ['bill'], ['donate'], ['invoice'], ['order', { dependsOnObject: true }],
  ['bid'], ['stake'], ['bet'], ['wager'], ['remit'], ['disburse'], ['debit'], ['topup'], ['settle', { dependsOnObject: true }],
  // Funding a payment (a payroll's, a contractor's) sends the money for it.
  ['fund'],
];

/** The inflections a verb shows in names and descriptions: creates, created, creating. */
function inflections(base: string): string[] {
  const out = [base];
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z|o)$/.test(base)) out.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ies`);
  else out.push(`${base}s`);
  if (base.endsWith('e')) out.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) out.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  else {
    out.push(`${base}ed`, `${base}ing`);
    // stop → stopped, stopping (short consonant-vowel-consonant verbs double the last letter)
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && vowel.test(base)) {
      out.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
    }
  }
  return out;
}

function compile(): Map<string, VerbSense> {
  const map = new Map<string, VerbSense>();
  const add = (category: Category, entries: [string, VerbSpec?][]) => {
    for (const [base, spec] of entries) {
      const sense: VerbSense = { base, category, ...spec };
      for (const form of inflections(base)) {
        // The first (and so the more dangerous, see order below) sense wins.
        if (!map.has(form)) map.set(form, sense);
      }
    }
  };
  // Danger first: a word listed twice keeps its most dangerous sense.
  add('financial', FINANCIAL);
  add('destructive', DESTRUCTIVE);
  add('execute', EXECUTE);
  add('write', WRITE);
  // Undoing a write (`unacknowledge`, `unapprove`, `unset`) is itself a write: the mark goes, the thing stays.
  add('write', WRITE.filter(([base]) => !base.startsWith('un')).map(([base]) => [`un${base}`] as [string]));
  add('read', READ.map((v) => [v] as [string]));
  // Moving money again (`redebit`, `recharge`) moves money: every word listed above keeps its own sense.
  add('financial', FINANCIAL.filter(([base]) => !base.startsWith('re')).map(([base, spec]) => [`re${base}`, spec] as [string, VerbSpec?]));
  return map;
}

export const VERBS: ReadonlyMap<string, VerbSense> = compile();

/** Words that are verbs only before these things (`group_nodes` groups them; `group_list` or `get_org_group` names a group). */
export const VERB_ONLY_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['group', new Set(['nodes', 'elements', 'shapes', 'layers', 'objects', 'items', 'rows', 'columns', 'cells', 'frames', 'components', 'selection', 'selected'])],
  // An issue is mostly a thing (`get_issue`); issuing a certificate, a key or a card hands out a credential.
  ['issue', new Set(['cert', 'certs', 'certificate', 'certificates', 'token', 'tokens', 'key', 'keys', 'apikey', 'credential', 'credentials', 'card', 'cards', 'voucher', 'vouchers', 'license', 'licenses', 'licence', 'licences', 'badge', 'badges'])],
  // A request is mostly a thing (an HTTP request, a pull request); requesting access, a review or an approval asks someone for it.
  // (…and requesting a build has a build service start one: `capgo_request_build`.)
  ['request', new Set(['access', 'approval', 'approvals', 'review', 'reviews', 'reviewer', 'reviewers', 'changes', 'permission', 'permissions', 'membership', 'join', 'build', 'builds'])],
  // React is mostly the framework ("React Native code", `kendo_react_assistant`); reacting to a message adds an emoji to it.
  ['react', new Set(['to', 'with'])],
  // Compose is mostly a thing (Docker Compose); composing an email, a broadcast or a template writes its content.
  ['compose', new Set(['broadcast', 'broadcasts', 'email', 'emails', 'message', 'messages', 'mail', 'template', 'templates', 'post', 'posts', 'reply', 'draft', 'newsletter'])],
  // A file is mostly a thing (`read_file`, "Files are stored…"); filing a bug report, a ticket or a dispute submits it.
  ['file', new Set(['bug', 'bugs', 'report', 'reports', 'ticket', 'tickets', 'dispute', 'disputes', 'complaint', 'complaints', 'claim', 'claims', 'feature', 'request', 'requests', 'issue', 'issues', 'incident', 'incidents', 'return', 'returns', 'appeal', 'appeals'])],
  // A trace is mostly a thing (a performance trace, a request's trace); tracing a flow, a call path or a method follows the code.
  ['trace', new Set(['flow', 'flows', 'method', 'methods', 'feature', 'features', 'call', 'calls', 'path', 'paths', 'execution', 'dependency', 'dependencies', 'lineage', 'symbol', 'symbols', 'function', 'functions', 'usage', 'usages', 'references', 'impact'])],
  // Emit is mostly "produce" (emit code, emit a type system); emitting a signal or an event fires its handlers.
  ['emit', new Set(['signal', 'signals', 'event', 'events'])],
  // Opting in or out of a programme changes an account's enrolment.
  ['opt', new Set(['in', 'out', 'into'])],
  // A log is mostly a thing (`pods_log`, `get_build_log`); logging time, a meal or a call records an entry.
  ['log', new Set(['time', 'hours', 'workout', 'workouts', 'meal', 'meals', 'food', 'water', 'sleep', 'mood', 'exercise', 'activity', 'activities', 'expense', 'expenses', 'call', 'calls', 'visit', 'visits', 'symptom', 'symptoms', 'weight', 'decision', 'decisions', 'interaction', 'interactions'])],
  // A block is mostly a thing (a page's blocks, a chain's blocks); blocking a user or an address shuts them out.
  ['block', new Set(['client', 'clients', 'device', 'devices', 'mac', 'macs', 'host', 'hosts', 'user', 'users', 'ip', 'ips', 'address', 'addresses', 'contact', 'contacts', 'sender', 'senders', 'member', 'members', 'account', 'accounts', 'number', 'numbers', 'domain', 'domains', 'country', 'countries'])],
  ['unblock', new Set(['client', 'clients', 'device', 'devices', 'mac', 'macs', 'host', 'hosts', 'user', 'users', 'ip', 'ips', 'address', 'addresses', 'contact', 'contacts', 'sender', 'senders', 'member', 'members', 'account', 'accounts', 'number', 'numbers', 'domain', 'domains', 'country', 'countries'])],
]);

/** What a buy or a sell is a figure of, in market data: a buy cost, a sell price, the buy side. */
const MARKET_FIGURES = new Set(['cost', 'costs', 'price', 'prices', 'side', 'signal', 'signals', 'volume', 'volumes', 'pressure', 'wall', 'walls', 'rate', 'rates']);

/** Words that look like verbs but, after these, name a thing: `merge request`, `test results`. */
export const NOUN_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['merge', new Set(['request', 'requests', 'conflict', 'conflicts', 'status', 'commit', 'method', 'base', 'train'])],
  ['pull', new Set(['request', 'requests'])],
  // A bill's committees, actions, text or sponsors are a proposed law's (`congress_bill_committees`), not a billing.
  ['bill', new Set(['committee', 'committees', 'action', 'actions', 'text', 'texts', 'sponsor', 'sponsors', 'cosponsor', 'cosponsors', 'amendment', 'amendments', 'subject', 'subjects', 'summary', 'summaries', 'vote', 'votes', 'title', 'titles', 'status', 'number', 'numbers'])],
  // An audit trail, an audit log: the record of who did what, not an audit being run.
  ['audit', new Set(['trail', 'trails', 'log', 'logs', 'event', 'events', 'history', 'entries', 'records'])],
  // A mailbox's send-as alias is an address it can send from, not a sending.
  ['send', new Set(['as'])],
  // Load testing, a load balancer, the load average: kinds of test, machine and measure, not a load.
  ['load', new Set(['test', 'tests', 'testing', 'balancer', 'balancers', 'balancing', 'average', 'averages'])],
  // The undo history, the undo stack: what can be undone, not an undo.
  ['undo', new Set(['history', 'stack', 'stacks', 'list', 'log'])],
  // A queue's waiting time, length or depth is a measure of the queue.
  ['queue', new Set(['waiting', 'wait', 'time', 'times', 'length', 'depth', 'size', 'position', 'stats', 'statistics', 'metrics', 'latency', 'status', 'info'])],
  // A store's statistics, status or settings: the store is a thing (`store-stats`, "Store statistics").
  ['store', new Set(['stats', 'statistics', 'status', 'info', 'information', 'summary', 'details', 'settings', 'metrics', 'size', 'health'])],
  // Lock information, lock contention, lock waits: a database's or a program's locks as they stand, not a locking.
  ['lock', new Set(['info', 'information', 'contention', 'contentions', 'wait', 'waits', 'status', 'stats', 'statistics', 'holder', 'holders', 'tree', 'graph'])],
  // "pause time", "pause times": how long a program stood still (a garbage collector's), not a pause being made.
  ['pause', new Set(['time', 'times', 'duration', 'durations'])],
  // A clear string, clear text: plain text, not something cleared.
  ['clear', new Set(['text', 'texts', 'string', 'strings', 'cut'])],
  // Stake fractions, a stake size: how much to bet, as a betting tool advises it, not a bet placed.
  ['stake', new Set(['fraction', 'fractions', 'size', 'sizes', 'sizing', 'ratio', 'ratios', 'percentage', 'percentages'])],
  // A funding rate or a fund's performance is market data, not a payment.
  ['fund', new Set(['rate', 'rates', 'round', 'rounds', 'info', 'details', 'history', 'data', 'flow', 'flows', 'performance', 'nav', 'source', 'sources', 'status', 'fee', 'fees'])],
  // "clean, LLM-friendly text", "clean markdown": what is returned, not an act.
  ['clean', new Set(['text', 'markdown', 'html', 'content', 'output', 'llm', 'readable', 'json', 'urls', 'url', 'version', 'data'])],
  ['test', new Set(['result', 'results', 'case', 'cases', 'run', 'runs', 'suite', 'suites', 'report', 'coverage', 'file', 'files'])],
  ['commit', new Set(['status', 'statuses', 'message', 'messages', 'history', 'diff', 'diffs', 'info', 'comment', 'comments'])],
  ['build', new Set(['failure', 'failures', 'log', 'logs', 'status', 'result', 'results', 'info', 'job', 'jobs', 'artifact', 'artifacts'])],
  ['run', new Set(['status', 'result', 'results', 'log', 'logs', 'info', 'history', 'details'])],
  // …and orders grouped, placed or filtered are the orders themselves: "Orders grouped by traffic source".
  ['order', new Set(['status', 'history', 'details', 'info', 'book', 'books', 'id', 'ids', 'number', 'numbers', 'flow', 'grouped', 'placed', 'filtered', 'sorted'])],
  // A buy or sell cost, price, side or signal is a figure of the market, not a trade: "short-leg sell cost + long-leg buy cost".
  ['buy', MARKET_FIGURES],
  ['sell', MARKET_FIGURES],
  ['open', new Set(['source', 'interest', 'orders', 'positions', 'issues', 'prs'])],
  ['reverse', new Set(['geocode', 'geocoding', 'lookup', 'lookups', 'dns', 'proxy', 'proxies', 'image', 'search', 'engineering', 'order', 'chronological', 'ip'])],
  // …and "Step 2 of 3:" numbers a workflow's stages.
  ['step', new Set(['of', 'function', 'functions', 'definition', 'definitions', 'result', 'results', 'status', 'log', 'logs', 'id', 'ids', 'details', 'execution', 'executions'])],
  ['post', new Set(['id', 'ids', 'count', 'counts', 'type', 'types', 'number', 'numbers'])],
  // A payroll's pay schedule, pay period or pay stub is a thing, not a payment.
  ['pay', new Set(['policy', 'policies', 'schedule', 'schedules', 'period', 'periods', 'stub', 'stubs', 'slip', 'slips', 'rate', 'rates', 'grade', 'grades', 'frequency', 'band', 'bands', 'scale', 'scales', 'type', 'types', 'group', 'groups', 'calendar', 'calendars'])],
  // A place on a map: `place_search`, `place_details`.
  ['place', new Set(['search', 'searches', 'details', 'detail', 'info', 'id', 'ids', 'photo', 'photos', 'review', 'reviews', 'autocomplete', 'lookup', 'nearby', 'name', 'names', 'type', 'types'])],
  ['drop', new Set(['attribution', 'attributions', 'rate', 'rates', 'zone', 'zones', 'off', 'shipping', 'down', 'detection', 'alert', 'alerts', 'analysis'])],
  ['control', new Set(['run', 'runs', 'show', 'list', 'plane', 'panel', 'center', 'centre', 'flow', 'group', 'groups', 'id', 'ids', 'tower', 'set', 'sets'])],
  ['leave', new Set(['balance', 'balances', 'allocation', 'allocations', 'request', 'requests', 'type', 'types', 'application', 'applications', 'policy', 'policies', 'period', 'periods', 'records', 'record'])],
  ['search', new Set(['result', 'results', 'suggestion', 'suggestions', 'index', 'history', 'feedback'])],
  ['log', new Set(['entry', 'entries', 'stream', 'streams', 'group', 'groups', 'event', 'events'])],
  ['query', new Set(['plan', 'stats', 'statistics', 'history', 'result', 'results', 'docs'])],
  ['deploy', new Set(['status', 'log', 'logs', 'key', 'keys', 'history'])],
  // A sync's status or history is the record of syncs done: "Returns 1proxy sync status and statistics".
  ['sync', new Set(['status', 'history', 'log', 'logs', 'state', 'stats', 'statistics', 'progress', 'errors'])],
  // A ship log is the record of what shipped, as a deploy log is.
  ['ship', new Set(['log', 'logs', 'history'])],
  // A type system or a type scale is typography, not typing.
  ['type', new Set(['definition', 'definitions', 'info', 'system', 'systems', 'scale', 'scales'])],
  ['process', new Set(['output', 'list', 'info', 'status'])],
  ['record', new Set(['set', 'sets', 'type', 'types'])],
  ['change', new Set(['proposal', 'proposals', 'request', 'requests', 'set', 'sets', 'log', 'logs', 'history', 'tracking', 'notification', 'notifications'])],
  ['amend', new Set(['history', 'log', 'logs'])],
  // A preview deployment, environment or URL is a thing a platform keeps for a branch: "previewDeployment-redeploy".
  ['preview', new Set(['deployment', 'deployments', 'environment', 'environments', 'url', 'urls', 'branch', 'branches', 'build', 'builds', 'site', 'sites'])],
  // A crop's data, yields or progress are a farm's: "USDA crop data".
  ['crop', new Set(['data', 'yield', 'yields', 'progress', 'production', 'report', 'reports', 'condition', 'conditions', 'prices', 'statistics', 'stats'])],
  ['label', new Set(['value', 'values', 'name', 'names', 'key', 'keys', 'set', 'sets'])],
  // Power Automate, Power BI, Power Apps: Microsoft's products, not a machine powered on or off.
  ['power', new Set(['automate', 'bi', 'apps', 'app', 'platform', 'pages', 'query', 'virtual', 'fx'])],
  // A call hierarchy or a call graph is something code has, not a call being made.
  ['call', new Set(['hierarchy', 'hierarchies', 'path', 'paths', 'graph', 'graphs', 'stack', 'stacks', 'tree', 'chain', 'site', 'sites', 'log', 'logs', 'history', 'records', 'transcript', 'transcripts', 'recording', 'recordings', 'count', 'stats'])],
]);

/** Marks a caller puts on a thing and can take off again: a like, a star, a follow, a bookmark. */
export const MARKS = ['like', 'vote', 'upvote', 'downvote', 'react', 'favorite', 'favourite', 'star', 'follow', 'bookmark'];
/** Words that look like verbs but, after these, are a thing: `draw calls`, `API calls`, `a flow run`, `Power Automate`. */
export const NOUN_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // A flow's, a workflow's or a pipeline's run is one execution of it, already done: "a failed cloud-flow run".
  ['run', new Set(['flow', 'workflow', 'pipeline'])],
  // Power Automate is Microsoft's workflow product: its name, not an automation being set up.
  ['automate', new Set(['power'])],
  // Buying or computing power is a capacity, an amount an account or a machine has: "trading buying power".
  ['power', new Set(['buying', 'purchasing', 'spending', 'computing', 'processing'])],
  ['call', new Set(['api', 'apis', 'tool', 'function', 'draw', 'http', 'rpc', 'network', 'method', 'system', 'syscall', 'llm', 'model', 'phone', 'voice', 'video', 'sales', 'conference', 'outbound', 'inbound', 'recent', 'missed'])],
]);

/**
 * Agent nouns that name a tool's action (`services-updater`, `deploy-reader`): the verb they come from.
 * They only count when the name has no verb of its own.
 */
export const AGENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['updater', 'update'], ['reader', 'read'], ['creator', 'create'], ['deleter', 'delete'], ['remover', 'remove'],
  ['writer', 'write'], ['fetcher', 'fetch'], ['getter', 'get'], ['setter', 'set'], ['executor', 'execute'], ['runner', 'run'],
  ['launcher', 'launch'], ['installer', 'install'], ['uploader', 'upload'], ['downloader', 'download'], ['scraper', 'scrape'],
  ['crawler', 'crawl'], ['searcher', 'search'], ['finder', 'find'], ['viewer', 'view'], ['editor', 'edit'], ['generator', 'generate'],
  ['inspector', 'inspect'], ['sender', 'send'], ['publisher', 'publish'], ['deployer', 'deploy'], ['cleaner', 'clean'],
  ['lister', 'list'], ['exporter', 'export'], ['importer', 'import'], ['modifier', 'modify'], ['manager', 'manage'],
]);

/** Nouns that, as the first word of a name, are a thing rather than an action. */
export const NOT_A_VERB_FIRST = new Set(['stage', 'debug', 'format', 'fund', 'train', 'go', 'purchase', 'step', 'continue', 'trash', 'type', 'record', 'log', 'test', 'order', 'comment', 'post', 'label', 'tag', 'star', 'draft', 'process', 'message', 'email', 'change', 'book', 'map', 'plan', 'sample', 'filter', 'query', 'script', 'shell', 'invoice', 'bill', 'charge', 'transfer', 'trade', 'deposit', 'payout', 'refund', 'sum', 'build', 'release', 'reference', 'link', 'note', 'queue', 'checkout', 'store', 'estimate']);

/** Objects whose removal only detaches them (re-addable), so `remove` is a write. */
export const DETACHABLE = new Set([
  'label', 'labels', 'tag', 'tags', 'assignee', 'assignees', 'reviewer', 'reviewers', 'reaction', 'reactions', 'emoji',
  'star', 'stars', 'favorite', 'favorites', 'favourite', 'bookmark', 'bookmarks', 'association', 'associations',
  'link', 'links', 'attendee', 'attendees', 'watcher', 'watchers', 'connection', 'connections',
  'subscriber', 'follower', 'followers', 'category', 'categories', 'filter', 'highlight', 'annotation', 'annotations', 'selection',
  'cache', 'caches', 'badge', 'relation', 'dependency', 'dependencies', 'item', 'from', 'comment', 'comments',
  'breakpoint', 'breakpoints', 'context', 'alias', 'aliases', 'pin', 'role', 'roles', 'avatar',
  'acknowledgment', 'acknowledgement', 'acknowledgments', 'acknowledgements', 'ack', 'approval', 'approvals', 'vote', 'votes', 'flag', 'flags',
  // An image edit: removing the background or a watermark makes a new picture.
  'background', 'backgrounds', 'watermark', 'watermarks', 'noise',
  // An exposed port or a port forward comes off and can be put back; the service stays.
  'port', 'ports',
  // A git remote is a named address in the repository's configuration: removed, it is added back the same way.
  'remote', 'remotes',
  // …and so is a game engine's autoload: a project setting naming a script to load at start; the script stays.
  'autoload', 'autoloads',
]);

/** Objects whose clearing or cancelling is undoable bookkeeping, not loss. */
export const EPHEMERAL = new Set(['cache', 'caches', 'cookie', 'cookies', 'selection', 'selected', 'search', 'searches', 'session', 'sessions', 'screen', 'console', 'highlight', 'highlights', 'input', 'form', 'timer', 'alarm', 'notification', 'notifications', 'job', 'jobs', 'task', 'run', 'build', 'operation', 'request', 'query', 'filter', 'filters', 'context', 'state', 'status', 'cart', 'carts', 'basket', 'baskets', 'network', 'vram', 'breakpoint', 'breakpoints', 'pending']);

/** Objects that make money verbs real: cancelling a subscription, ordering a product. */
export const MONEY_OBJECTS = new Set([
  'payment', 'payments', 'charge', 'charges', 'refund', 'refunds', 'payout', 'payouts', 'invoice', 'invoices',
  'subscription', 'subscriptions', 'order', 'orders', 'purchase', 'purchases', 'transfer', 'transfers', 'money',
  'fund', 'funds', 'payment_intent', 'checkout', 'billing', 'balance', 'credit', 'credits', 'coupon', 'price',
  'prices', 'plan', 'product', 'products', 'domain', 'domains', 'wallet', 'transaction', 'transactions', 'bill',
  'bills', 'fee', 'fees', 'tip', 'donation', 'crypto', 'token', 'tokens', 'stock', 'stocks', 'share', 'shares',
  'renewal', 'autorenewal', 'auto', 'license', 'licenses', 'seat', 'seats', 'machine', 'vm', 'server', 'instance',
]);

/**
 * Words that mark a server or description as being about money. Left out because other
 * domains use them as much: "checkout" (git), "transaction" (databases), "subscription"
 * (webhooks, notifications), "tip" (hints).
 */
export const MONEY_WORDS = /\b(?:payments?|pay(?:outs?)?|charges?|refunds?|invoices?|billing|stripe|paypal|wallets?|money|currency|currencies|usd|eur|ledger|bank(?:ing)?|purchases?|price|pricing|accounting|bookkeeping|xero|quickbooks|freshbooks|crypto(?:currency|currencies)?|bitcoin|btc|ethereum|eth|weth|usdc|usdt|blockchain|bnb|evm|erc20|erc721|erc1155|web3|onchain|defi|solana|trading|brokers?|brokerage|escrow|bount(?:y|ies)|forex|futures|market orders?|limit orders?|margin|withdrawals?|deposits?|leverage|perps?|perpetuals?|liquidations?)\b/;

export type Sensitivity = 'secret' | 'personal' | 'message' | 'log' | 'financial' | 'source' | 'stored' | 'content' | 'document' | 'findings';

/**
 * Nouns that make a read sensitive, with what they hold (shared/LABELS.md: personal data, private
 * messages, logs, financial records, private source code; secrets are high).
 * - `source` and `content`: blobs (files, objects, stored values, notes). Listing them returns names;
 *   only reading one returns what it holds.
 * - `stored`: records of a data store (rows, records, documents). A listing or a search returns them
 *   whole, so it is as sensitive as reading one: their fields are whatever the owner stored.
 */
export const SENSITIVE_NOUNS: ReadonlyMap<string, Sensitivity> = new Map([
  ...(['secret', 'secrets', 'password', 'passwords', 'credential', 'credentials', 'token', 'tokens', 'apikey', 'apikeys', 'licensekey', 'licensekeys', 'env', 'envs', 'kubeconfig', 'keytab', 'keytabs', 'passphrase', 'keychain', 'keyvault', 'privatekey', 'oauth', 'auth', 'cookie', 'cookies'] as const).map((w) => [w, 'secret'] as [string, Sensitivity]),
  // (…and so is a transcription of what people said, a call's or a recording's; a public video's transcript is read as public material.)
  ...(['transcription', 'transcriptions', 'transcript', 'transcripts'] as const).map((w) => [w, 'message'] as [string, Sensitivity]),
  // (…and so are someone's meetings, with who attended, their notes and summaries.)
  ...(['meeting', 'meetings'] as const).map((w) => [w, 'message'] as [string, Sensitivity]),
  ...(['email', 'emails', 'mail', 'mails', 'message', 'messages', 'inbox', 'chat', 'chats', 'conversation', 'conversations', 'dm', 'dms', 'sms', 'thread', 'threads', 'reply', 'replies', 'attachment', 'attachments', 'mailbox', 'voicemail', 'mention', 'mentions', 'gmail'] as const).map((w) => [w, 'message'] as [string, Sensitivity]),
  // People: who they are and how to reach them. (An address alone is as often a map lookup;
  // a shipment or a fulfilment carries the buyer's name and delivery address. An ad or marketing audience is a segment's
  // definition and size, not its members. A booking or a reservation is a guest's stay or a traveller's trip, and an
  // invitation is who was invited, by email; a reminder is what someone noted to do, and when; an enrolment is who joined
  // a plan, a course or a sequence; an administrator is a named person with an email.)
  ...(['shipment', 'shipments', 'fulfillment', 'fulfillments', 'fulfilment', 'fulfilments', 'contact', 'contacts', 'customer', 'customers', 'person', 'persons', 'people', 'user', 'users', 'profile', 'profiles', 'employee', 'employees', 'contractor', 'contractors', 'patient', 'patients', 'member', 'members', 'officer', 'officers', 'director', 'directors', 'individual', 'individuals', 'donor', 'donors', 'lead', 'leads', 'whois', 'freebusy', 'engagement', 'engagements', 'crm', 'identity', 'identities', 'recording', 'recordings', 'photo', 'photos', 'attendee', 'attendees', 'guest', 'guests', 'recipient', 'recipients', 'subscriber', 'subscribers', 'candidate', 'candidates', 'applicant', 'applicants', 'student', 'students', 'visitor', 'visitors', 'participant', 'participants', 'teammate', 'teammates', 'collaborator', 'collaborators', 'interview', 'interviews', 'athlete', 'athletes', 'workout', 'workouts', 'activity', 'activities', 'absence', 'absences', 'attendance', 'attendances', 'timeoff', 'timesheet', 'timesheets', 'appointment', 'appointments', 'signatory', 'signatories', 'representative', 'representatives', 'friend', 'friends', 'affiliate', 'affiliates', 'booking', 'bookings', 'reservation', 'reservations', 'invitation', 'invitations', 'invite', 'invites', 'reminder', 'reminders', 'administrator', 'administrators', 'enrollment', 'enrollments', 'enrolment', 'enrolments'] as const).map((w) => [w, 'personal'] as [string, Sensitivity]),
  // (…and so is a supplier or a counterparty: a business partner on file, with its contacts, its tax number and its bank details.)
  ...(['supplier', 'suppliers', 'counterparty', 'counterparties'] as const).map((w) => [w, 'personal'] as [string, Sensitivity]),
  // Logs and what observability tools record alongside them.
  ...(['log', 'logs', 'trace', 'traces', 'span', 'spans', 'stacktrace', 'stacktraces', 'crash', 'crashes', 'exception', 'exceptions', 'breadcrumb', 'breadcrumbs'] as const).map((w) => [w, 'log'] as [string, Sensitivity]),
  ...(['expense', 'expenses', 'revenue', 'sales', 'invoice', 'invoices', 'bill', 'bills', 'payment', 'payments', 'balance', 'balances', 'transaction', 'transactions', 'billing', 'charge', 'charges', 'payout', 'payouts', 'refund', 'refunds', 'statement', 'statements', 'credit', 'usage', 'bank', 'salary', 'payroll', 'payrolls', 'purchase', 'purchases', 'reversal', 'reversals', 'funds', 'estimates', 'subscription', 'subscriptions', 'order', 'orders', 'dispute', 'disputes', 'receipt', 'receipts', 'ledger', 'ledgers', 'adjustment', 'adjustments', 'commission', 'commissions', 'quotation', 'quotations', 'budget', 'budgets', 'journal', 'journals', 'positions', 'holdings', 'portfolio', 'portfolios', 'sweep', 'sweeps', 'wallet', 'wallets', 'withdrawal', 'withdrawals', 'deposit', 'deposits', 'returns', 'escrow', 'escrows', 'cashflow', 'cashflows', 'debtor', 'debtors', 'creditor', 'creditors', 'receivables', 'payables'] as const).map((w) => [w, 'financial'] as [string, Sensitivity]),
  ...(['diff', 'diffs', 'source', 'worker', 'workers', 'script', 'scripts', 'sheet', 'sheets', 'spreadsheet', 'spreadsheets', 'worksheet', 'worksheets', 'file', 'files', 'fs', 'content', 'contents', 'conflict', 'conflicts', 'code', 'blob', 'blobs', 'patch', 'snippet', 'apex'] as const).map((w) => [w, 'source'] as [string, Sensitivity]),
  ...(['object', 'objects', 'value', 'values', 'kv', 'note', 'notes', 'draft', 'drafts'] as const).map((w) => [w, 'content'] as [string, Sensitivity]),
  // A page's session and local storage keep its logged-in state (ids, often tokens).
  ...(['record', 'records', 'row', 'rows', 'document', 'documents', 'sessionstorage', 'localstorage'] as const).map((w) => [w, 'stored'] as [string, Sensitivity]),
  // A signing envelope is the documents sent for signature and who signs them.
  ...(['envelope', 'envelopes'] as const).map((w) => [w, 'document'] as [string, Sensitivity]),
]);

/**
 * What a server is for, when its name says so: on such a server the data its reads return is
 * private by nature, as labellers judge it (a search on a mail server searches mail).
 */
export type Domain = 'messaging' | 'documents' | 'crm' | 'support' | 'calendar' | 'observability' | 'code' | 'vault' | 'health' | 'hr' | 'home' | 'payments' | 'identity' | 'photos' | 'tenancy' | 'costs' | 'webhooks';
export const DOMAIN_WORDS: readonly [Domain, RegExp][] = [
  ['messaging', /\b(?:slack|discord|telegram|whatsapp|teams|line bot|line messaging|lark|feishu|gmail|outlook|e ?mail|mail|imap|smtp|sms|twilio|vapi|voice|telephony|voip|phone|intercom|mattermost|zulip|rocket ?chat|(?<!\b(?:ai|llm|gpt|model|models) )chat(?! ?completions?\b)|chatwork|messaging|messenger|inbox)\b/],
  ['documents', /\b(?:gdrive|google drive|drive|onedrive|dropbox|sharepoint|obsidian|notion|confluence|evernote|onenote|notes|docs google|google docs|box com)\b/],
  ['crm', /\b(?:hubspot|[a-z0-9]*crm|pipedrive|attio|zoho|salesforce|freshsales|copper|boond ?manager)\b/],
  ['support', /\b(?:freshdesk|zendesk|gorgias|help ?scout|help ?desk|service ?desk|freshservice|kayako|zammad|osticket|support (?:desk|tickets?|inbox))\b/],
  ['calendar', /\b(?:calendar|calendars|calendly|cal com|calcom)\b/],
  ['code', /\b(?:github|gitlab|bitbucket|gitea|forgejo|azure devops|git)\b/],
  ['vault', /\b(?:1password|onepassword|bitwarden|lastpass|keepass(?:xc)?|dashlane|password manager|secrets? manager|infisical|doppler|hashicorp vault|vault)\b/],
  ['health', /\b(?:strava|garmin|fitbit|oura|whoop|withings|hevy|myfitnesspal|peloton|healthkit|apple health|google fit|fitness|workouts?|health ?(?:data|records?|care)|healthcare|medical|fhir|ehr|patients?)\b/],
  ['hr', /\b(?:ashby|greenhouse|lever|workable|bamboo ?hr|personio|hibob|rippling|gusto|deel|recruitee|teamtailor|smartrecruiters|ats|applicant tracking|recruit(?:ing|ment)?|hris|hr|human resources|payroll)\b/],
  ['home', /\b(?:home ?assistant|mcp ha|hass|smart ?home|smartthings|homey|homebridge|openhab|hubitat)\b/],
  // Payment processors and billing platforms, by their brand (a shop or a crypto exchange is not one).
  ['payments', /\b(?:stripe|paddle|paypal|braintree|adyen|mollie|razorpay|paymongo|mercado ?pago|coinbase commerce|lemon ?squeezy|creem|polar sh|chargebee|recurly|moov(?:io)?|square ?up|checkout com|payments? (?:processor|platform|gateway))\b/],
  // Identity verification (KYC, KYB): checks of people's documents and faces.
  ['identity', /\b(?:didit|onfido|veriff|sumsub|jumio|kyc|kyb|identity verification)\b/],
  // A person's own photo library (not an image generator or a stock-photo search).
  ['photos', /\b(?:google photos|icloud photos|apple photos|photos library|photo library|immich|photoprism|flickr)\b/],
  // Letting homes and managing rentals: its tenants are people and its contracts their leases.
  ['tenancy', /\b(?:rental (?:property )?management|property management|landlords?|tenancy|tenancies|lettings)\b/],
  ['observability', /\b(?:datadog|sentry|new ?relic|grafana|splunk|honeycomb|loki|bugsnag|rollbar|posthog|logz|observability|apm|opentelemetry|otel)\b/],
  // What an organisation spends on its cloud (FinOps, cost explorers): its bill, service by service.
  ['costs', /\b(?:finops|cloud costs?|cost (?:analysis|management|explorer|optimi[sz]ation|analytics))\b/],
  // A service that delivers an organisation's events to webhooks and queues (Hookdeck, Svix): what it delivered, and each try.
  ['webhooks', /\b(?:outbound webhooks?|webhook (?:delivery|gateway|infrastructure|relay)|event destinations?|hookdeck|svix)\b/],
];

/** What, in each domain, a read returns when its object is not metadata. */
export const DOMAIN_SENSITIVITY: Record<Domain, { kind: Sensitivity; what: string }> = {
  messaging: { kind: 'message', what: 'private messages' },
  documents: { kind: 'document', what: 'private documents' },
  crm: { kind: 'personal', what: 'customer records (personal data)' },
  support: { kind: 'message', what: "customers' support requests and messages" },
  calendar: { kind: 'personal', what: 'personal schedules' },
  observability: { kind: 'log', what: 'logs and error events' },
  payments: { kind: 'financial', what: 'payment records (financial records)' },
  code: { kind: 'source', what: 'source code of private repositories' },
  vault: { kind: 'secret', what: 'stored passwords and secrets' },
  health: { kind: 'personal', what: 'personal health and activity data' },
  hr: { kind: 'personal', what: "people's employment and application records (personal data)" },
  home: { kind: 'personal', what: "a home's device states and history, which tell when someone is home (personal data)" },
  identity: { kind: 'personal', what: "identity checks of people: their documents, faces and verdicts (personal data)" },
  photos: { kind: 'personal', what: "a person's own photos and videos, with where and when they were taken (personal data)" },
  tenancy: { kind: 'personal', what: "tenants and their leases, rents and payments (personal data)" },
  costs: { kind: 'financial', what: "what the organisation spends on its cloud, service by service (billing data)" },
  webhooks: { kind: 'log', what: 'the events it delivered, with their payloads, and its delivery attempts (delivery logs)' },
};

/** The objects of each domain that hold its private data (besides the general sensitive nouns). */
export const DOMAIN_OBJECTS: Record<Domain, ReadonlySet<string> | 'any'> = {
  // A mail or chat server's posts, files and feeds are messages; its channels, bots and settings are not.
  // …and on a telephony server, its calls and their recordings are private conversations.
  // …and its delegates and forwarding say who else reads the mail or where it goes, and so do all its filters together
  // (one filter read is one rule: it names no one else).
  messaging: new Set(['delegate', 'delegates', 'forwarding', 'filters', 'history', 'post', 'posts', 'content', 'contents', 'feed', 'timeline', 'unread', 'comment', 'comments', 'file', 'files', 'draft', 'drafts', 'transcript', 'transcripts', 'transcription', 'transcriptions', 'pin', 'pins', 'bookmark', 'bookmarks', 'search', 'call', 'calls', 'conference', 'conferences', 'voicemail', 'voicemails', 'media']),
  documents: 'any',
  // (A CRM's organizations are the companies it keeps, as Pipedrive names them. A CRM's actions are its logged calls, emails, meetings and notes, as its activities are; and so are its calls and meetings.)
  // (…and its interactions are who wrote to or met whom, and when.)
  crm: new Set(['interaction', 'interactions', 'contribution', 'contributions', 'donation', 'donations', 'relationship', 'relationships', 'object', 'objects', 'record', 'records', 'company', 'companies', 'organization', 'organizations', 'organisation', 'organisations', 'deal', 'deals', 'ticket', 'tickets', 'note', 'notes', 'activity', 'activities', 'account', 'accounts', 'opportunity', 'opportunities', 'action', 'actions', 'call', 'calls', 'meeting', 'meetings']),
  // A help desk's tickets and conversations are customers' own messages; its macros, teams and tags are not.
  // (…and its events are its activity log: who changed which ticket or customer, who called whom.)
  support: new Set(['event', 'events', 'ticket', 'tickets', 'conversation', 'conversations', 'request', 'requests', 'case', 'cases', 'reply', 'replies', 'note', 'notes', 'comment', 'comments', 'thread', 'threads', 'satisfaction', 'rating', 'ratings']),
  calendar: new Set(['conflicts', 'busy', 'event', 'events', 'instance', 'instances', 'meeting', 'meetings', 'schedule', 'availability', 'booking', 'bookings']),
  // Commits and code search return the code (and its authors) of private repositories.
  code: new Set(['commit', 'commits', 'code', 'blame', 'changes', 'changeset', 'changesets', 'compare', 'show']),
  // A password manager's items, logins and notes are the secrets it keeps.
  vault: new Set(['item', 'items', 'send', 'sends', 'entry', 'entries', 'login', 'logins', 'note', 'notes', 'field', 'fields', 'value', 'values', 'password', 'passwords', 'card', 'cards', 'identity', 'identities', 'credential', 'credentials', 'secret', 'secrets', 'document', 'documents']),
  // What a fitness or health service records about its user; its exercise catalogue, routes and segments are not.
  health: new Set(['history', 'activity', 'activities', 'workout', 'workouts', 'measurement', 'measurements', 'stream', 'streams', 'effort', 'efforts', 'sleep', 'heartrate', 'weight', 'body', 'nutrition', 'meal', 'meals', 'readiness', 'hrv', 'steps', 'vitals', 'record', 'records', 'observation', 'observations', 'condition', 'conditions', 'medication', 'medications', 'encounter', 'encounters', 'lap', 'laps', 'log', 'logs']),
  // What recruiting and HR keep about people: applications, offers, reviews, leave, deductions from their pay; not jobs or templates.
  hr: new Set(['application', 'applications', 'garnishment', 'garnishments', 'deduction', 'deductions', 'offer', 'offers', 'review', 'reviews', 'scorecard', 'scorecards', 'feedback', 'leave', 'leaves', 'timeoff', 'absence', 'absences', 'compensation', 'compensations', 'stub', 'stubs', 'paystub', 'paystubs', 'note', 'notes', 'referral', 'referrals', 'assessment', 'assessments', 'evaluation', 'evaluations', 'payslip', 'payslips', 'address', 'addresses']),
  // What a smart home's hub knows of the household: its devices' states and history, zones, who is where; not its blueprints or add-ons.
  home: new Set(['state', 'states', 'history', 'logbook', 'zone', 'zones', 'entity', 'entities', 'presence', 'person', 'persons', 'tracker', 'trackers', 'camera', 'cameras', 'location', 'locations']),
  // A payment platform's events and notifications carry its transactions and customers in their payloads.
  // …and its transfers, and what was taken back from them, are its money movements.
  // …and the fees it assessed to an account, and the residuals it pays its partners, are money owed and paid.
  payments: new Set(['event', 'events', 'notification', 'notifications', 'activity', 'activities', 'transfer', 'transfers', 'cancellation', 'cancellations', 'reversal', 'reversals', 'card', 'cards', 'schedule', 'schedules', 'scheduling', 'sweep', 'sweeps', 'fee', 'fees', 'residual', 'residuals']),
  observability: new Set(['event', 'events', 'issue', 'issues', 'error', 'errors', 'problem', 'problems', 'occurrence', 'occurrences', 'session', 'sessions', 'replay', 'replays', 'profile', 'profiles']),
  // An identity check's sessions, verdicts and reviews, and the faces and documents it checks; not its workflows or branding.
  // A photo library's media items, and a search of the library, return the person's photos; its albums' titles do not.
  photos: new Set(['media', 'item', 'items', 'photo', 'photos', 'video', 'videos', 'library']),
  // A landlord's tenants, their contracts (leases) and what those contracts set (terms, utility advances); not its properties.
  tenancy: new Set(['tenant', 'tenants', 'contract', 'contracts', 'lease', 'leases', 'terms', 'utilities']),
  costs: new Set(['cost', 'costs', 'spend', 'spending', 'periods', 'anomalies', 'recommendations', 'tag', 'tags', 'forecast', 'forecasts', 'budget', 'budgets', 'savings', 'breakdown', 'trend', 'trends', 'services']),
  webhooks: new Set(['event', 'events', 'attempt', 'attempts', 'delivery', 'deliveries', 'payload', 'payloads']),
  identity: new Set(['session', 'sessions', 'decision', 'decisions', 'review', 'reviews', 'business', 'businesses', 'verification', 'verifications', 'liveness', 'face', 'faces', 'age', 'document', 'documents', 'screening', 'screenings', 'applicant', 'applicants', 'check', 'checks']),
};

/** Words that make what follows a runtime log: console output, network traffic. */
export const LOG_QUALIFIERS = new Set(['console', 'network', 'stdout', 'stderr']);

/** Objects that are reference or public data whatever the server (docs, time, help, the tool itself). */
export const REFERENCE_OBJECTS = new Set([
  'doc', 'docs', 'documentation', 'help', 'guide', 'guides', 'time', 'timezone', 'timezones', 'zone', 'zones', 'emoji', 'emojis',
  'version', 'versions', 'capabilities', 'capability', 'feedback', 'tool', 'tools', 'prompt', 'prompts', 'example', 'examples',
  'limits', 'quota', 'quotas', 'permissions', 'scopes', 'scope', 'api', 'openapi', 'spec', 'languages', 'locale', 'locales',
  'server', 'instance', 'connection', 'health', 'ping', 'self', 'me', 'whoami', 'account', 'workspace', 'workspaces', 'team', 'teams',
  'bot', 'app', 'apps', 'webhook', 'webhooks', 'integration', 'integrations', 'preference', 'preferences', 'domain', 'domains',
  'dns', 'status', 'settings', 'setting', 'config', 'configuration', 'schema', 'schemas', 'template', 'templates',
]);

/** Identity servers, whose clients are applications that sign people in. */
export const IDENTITY_SERVERS = new Set(['keycloak', 'auth0', 'okta', 'cognito', 'zitadel', 'authentik', 'fusionauth', 'logto', 'ory', 'hydra']);

/**
 * Objects that carry privilege: writing them changes who can do what, or mints access; or where data
 * goes (a webhook, a log drain, a notification destination, a mail forwarder sends a mailbox's incoming mail to another address).
 */
export const PRIVILEGE_NOUNS = new Set([
  'permission', 'permissions', 'role', 'roles', 'acl', 'acls', 'access', 'policy', 'policies', 'grant', 'grants',
  'secret', 'secrets', 'password', 'passwords', 'credential', 'credentials', 'token', 'tokens', 'apikey', 'apikeys', 'key', 'keys', 'keypair', 'keypairs',
  // (Among the next line's: an SSL or TLS certificate, a signing request signed into one and a certificate authority, which
  // decide whom clients trust.)
  'variable', 'variables', 'ssh', 'certificate', 'certificates', 'cert', 'certs', 'smime', 'ssl', 'tls', 'csr', 'csrs', 'ca', 'cas', 'collaborator', 'collaborators', 'auditor', 'auditors', 'authenticator', 'authenticators', 'delegate', 'delegates', 'delegation', 'owner', 'owners', 'admin', 'admins', 'privilege', 'privileges', 'sharing',
  'webhook', 'webhooks', 'destination', 'destinations', 'forwarder', 'forwarders', 'forwarding', 'firewall', 'bypass', 'allowlist', 'whitelist', 'dns', 'nameserver', 'nameservers', 'mx', 'cname', 'aaaa', 'srv', 'caa', 'spf', 'dkim', 'dmarc', 'visibility', 'public', 'privacy', 'env',
  'security', 'auth', 'oauth', 'shareable', 'keyvault', 'vault', 'vaults', 'drain', 'drains', 'account', 'accounts', 'route', 'routes', 'domain', 'production', 'live',
  // A Wi-Fi network (its passphrase, who may join), a guest's hotspot voucher, an AI gateway's guardrail (what its keys may do).
  'wlan', 'wlans', 'wifi', 'ssid', 'ssids', 'voucher', 'vouchers', 'guardrail', 'guardrails',
]);

/** Parameter names that carry code, commands or queries for the tool to run. */
export const CODE_PARAMS = new Map<string, 'host' | 'query' | 'code'>([
  ['command', 'host'], ['commands', 'host'], ['cmd', 'host'], ['shell', 'host'], ['bash', 'host'], ['script', 'host'],
  // A script file picked from disk runs as the program it holds.
  ['script_path', 'host'], ['scriptpath', 'host'], ['script_file', 'host'],
  // A script a new machine, sandbox or agent runs as it starts (cloud-init, an init or startup script) is run there.
  ['init_script', 'code'], ['initscript', 'code'], ['cloud_init_script', 'code'], ['cloudinitscript', 'code'], ['startup_script', 'code'], ['startupscript', 'code'], ['boot_script', 'code'],
  ['code', 'code'], ['source_code', 'code'], ['javascript', 'code'], ['js', 'code'], ['python', 'code'], ['function', 'code'],
  ['expression', 'code'], ['snippet', 'code'], ['program', 'code'],
  ['sql', 'query'], ['query_sql', 'query'], ['sql_query', 'query'], ['statement', 'query'], ['statements', 'query'],
  ['cypher', 'query'], ['soql', 'query'], ['sparql', 'query'], ['pipeline', 'query'], ['graphql', 'query'], ['mutation', 'query'],
  ['promql', 'query'], ['logql', 'query'], ['traceql', 'query'], ['nrql', 'query'], ['influxql', 'query'], ['kql', 'query'], ['hql', 'query'],
]);

/** Words in a `query` parameter's or tool's text that say the query is a query language, not search text. */
export const QUERY_LANGUAGE = /\b(?:sql|soql|sosl|wiql|shopifyql|nrql|rql|(?:open)?cypher|gql|graphql|sparql|select\s+(?:\*|distinct\b|[\w.]+\s+from\b|quer(?:y|ies)\b|statements?\b)|aggregation|mongo(?:db)?|promql|prometheus quer(?:y|ies)|logql|influxql|kql|ksql|hql|ddl|dml|insert\s+into|(?:create|alter|drop|truncate)\s+(?:table|index|view|schema|database)\s+statements?|update\s+\w+\s+set|mutation|query language|query dsl|jq expression|xpath)\b/;

/** A `query` parameter described as plain search text is not a query language. */
export const NATURAL_QUERY = /\b(?:natural[- ]language|plain[- ]text|free[- ]text|search (?:terms?|text|string|keywords?|phrase)|keywords?|questions?|what to (?:look up|search|find))\b/;

/** Parameters that widen a call's reach or remove its safety nets. */
export const RISKY_PARAMS = new Set(['prune', 'force', 'recursive', 'overwrite', 'cascade', 'truncate', 'truncatefirst', 'droptarget', 'prune', 'purge', 'hard', 'permanent', 'permanently', 'deletelocaldata', 'skipconfirmation', 'allowdelete', 'delete', 'replace', 'wipe']);

/** Steps of a scripted browser session (`actions: [{type: "click"}, {type: "write"}]`). */
export const BROWSER_ACTIONS = new Set(['click', 'navigate', 'scroll', 'hover', 'type', 'press', 'focus', 'drag', 'tap', 'swipe', 'pinch', 'longpress', 'goto', 'keypress', 'dblclick', 'doubleclick', 'select', 'fill', 'screenshot', 'wait', 'write']);

/** Code as text a tool can be handed: what `format_sql` or `convert_json` works on. */
export const CODE_TEXTS = new Set(['sql', 'query', 'queries', 'statement', 'statements', 'code', 'json', 'yaml', 'xml', 'html', 'css', 'markdown', 'graphql', 'regex', 'script']);
/** Reads that treat the code or query they are given as data (they check it, they do not run it). */
export const CODE_AS_DATA = new Set([
  'validate', 'lint', 'explain', 'format', 'parse', 'analyze', 'analyse', 'review', 'check', 'convert', 'translate',
  'generate', 'suggest', 'recommend', 'compare', 'diff', 'inspect', 'summarize', 'summarise', 'describe', 'understand',
  'diagnose', 'identify', 'classify', 'proofread', 'preview', 'estimate', 'guide', 'explore', 'learn', 'reference', 'verify',
  'think', 'plan', 'outline', 'visualize', 'visualise', 'render', 'display', 'print', 'echo', 'simulate', 'detect', 'scan', 'audit',
]);

/** Parameters that send a write's effect to other people: notification flags and recipient lists. (A bare `notify`, or
 *  one to the tool's own users or members, tells teammates inside the organisation, as a watched issue's update does.) */
export const OUTWARD_PARAMS = new Set([
  'notifycustomer', 'notifyattendees', 'notifyrecipients',
  'sendupdates', 'sendnotification', 'sendnotifications', 'sendemail', 'sendemails', 'sendinvite', 'sendinvites',
  'sendinvitation', 'sendinvitations', 'notificationemail', 'attendees', 'guests', 'invitees', 'recipients',
  'cc', 'bcc', 'emailrecipients',
]);

/** Flags that publish what a write makes or changes. (`public` alone is a visibility setting of many kinds of things.) */
export const PUBLISHING_FLAGS = new Set(['publish', 'published', 'ispublished', 'publishnow']);

/** What a site's visitors read: publishing one of these puts it before the public. */
export const PUBLIC_CONTENT = new Set([
  'page', 'pages', 'article', 'articles', 'post', 'posts', 'blog', 'blogs', 'story', 'stories', 'collection', 'collections',
]);

/** What holds a service's capacity and data: a machine, a volume, a database cluster. Resizing one scales the
 *  service; a snapshot of one is a stored image of it. */
export const CAPACITY_HOLDERS = new Set(['volume', 'volumes', 'disk', 'disks', 'droplet', 'droplets', 'server', 'servers', 'instance', 'instances', 'vm', 'vms', 'machine', 'machines', 'cluster', 'clusters', 'db', 'database', 'databases', 'nfs', 'share', 'shares', 'pool', 'pools', 'bucket', 'buckets']);

/** Objects of a live system: changing them changes what users or production traffic meet right away. */
export const LIVE_OBJECTS = new Set([
  'deployment', 'deployments', 'cluster', 'clusters', 'replica', 'replicas', 'workload', 'workloads', 'ingress',
  'featureflag', 'featureflags', 'killswitch', 'killswitches', 'ruleset', 'rulesets', 'targeting', 'rollout', 'rollouts', 'maintenance', 'traffic', 'loadbalancer',
  'autoscaler', 'autoscaling', 'statefulset', 'daemonset', 'cronjob', 'cronjobs', 'helm',
]);

/** Small additive marks that anyone can take back: adding or removing one is a low-risk write. */
export const TRIVIAL_MARKS = new Set(['vote', 'votes', 'reaction', 'reactions', 'emoji', 'emojis', 'viewport', 'breakpoint', 'breakpoints', 'watching']);
/** The caller's own session or connection: ending or resetting it touches nothing stored. */
export const SESSION_OBJECTS = new Set(['session', 'sessions', 'connection', 'connections', 'client', 'clients', 'recording']);
/** Acts that end, reset or reshape the caller's own session. */
export const SESSION_ENDINGS = new Set(['close', 'stop', 'end', 'clear', 'disconnect', 'reconnect', 'exit', 'quit', 'logout', 'reset', 'resize']);

/** Artefacts that, once installed, upgraded or applied, are a deployment: a Helm chart, a manifest, a stack. */
export const DEPLOYABLE = new Set(['helm', 'manifest', 'manifests', 'stack', 'stacks', 'compose']);

/** Parameters by which a read's caller chooses any kind of resource (which can be a secret). */
export const KIND_PARAMS = new Set(['kind', 'resourcetype', 'resourcekind', 'resourcetypes', 'kinds', 'resource']);

/** Words in a read's description that say it returns financial records (not prices or plans). */
// (Not a database's or a file system's transactions: "project recovery transactions", "atomic transactions".)
// A checkout session is one buyer's payment: its amount, its items, the customer's billing details (a checkout
// page's configuration is not).
export const FINANCIAL_RECORD_WORDS = /\b(?:checkout sessions?|billing(?! (?:intervals?|interval_count|frequency|anchor))|invoices?(?! (?:templates?|numbers?|number format|settings|schemas?|prefix))|(?<!\bload[- ])balances?|(?<!\bno )payments?(?! (?:business )?(?:polic(?:y|ies)|providers?|types?|configs?|configurations?|settings|terms)\b)|(?<!\b(?:recovery|database|db|sql|filesystem|file system|atomic|distributed|rollback|git|write|read|nested) )transactions?|ledgers?|bank accounts?|statements of account|payouts?|refunds?|charges(?! (?:included|excluded|not included))|expenses?|revenue|sales (?:statistics|stats|figures|data|reports?|analytics|totals)|earnings|profit and loss|pnl|p&l|balance sheet|(?:accounts )?(?:receivables?|payables?)|cost (?:forecasts?|breakdowns?|reports?)|spend(?:ing)? limits?|credit (?:balance|usage|consumption)|marges?|facturation|chiffres? d'affaires)\b/;

/** Words in a read's description that say it returns the rows a table stores (whatever the business keeps there). */
export const TABLE_ROW_WORDS = /\b(?:finds?|returns?|gets?|fetch(?:es)?|lists?|selects?|extracts?|reads?|retrieves?|samples?|exports?|shows?|previews?) (?:\w+ ){0,3}rows\b|\bsample rows\b|\brows? (?:of|from|in) (?:a |the )?(?:\w+ )?(?:table|collection|dataset|sheet)\b|\btable (?:data|contents)\b|\b(?:data|records) from (?:\w+ ){0,8}?(?:table|collection|database)\b|\b(?:saved )?query(?:'s)? results\b/;

/** Who writes to a mailbox, as a mail tool's statistics report it: "top senders", "senders of unread emails". */
export const MAIL_CORRESPONDENTS = /\b(?:(?:top|unread|frequent) senders|senders of (?:(?:unread|recent) )?(?:e-?mails?|messages|mail))\b/;
/** An ad platform's reporting: "Facebook ad reporting metrics", "campaigns … with reporting data", "reporting metrics for a … Google campaign". */
const AD_PLATFORMS = '(?:facebook|google|linkedin|tiktok|meta|bing|microsoft|pinterest|snapchat)';
export const AD_REPORTING = new RegExp(`\\b(?:(?:${AD_PLATFORMS} (?:ads? )?(?:campaigns?|campaign groups?)|ads?|adsets?|ad sets?|ad groups?|ad accounts?)\\b[^.]{0,40}\\breporting|reporting (?:data|metrics)\\b[^.]{0,40}\\b${AD_PLATFORMS} (?:ads? )?campaign)`);
/** Words in a read's description that say it returns personal data about people. */
export const PERSONAL_RECORD_WORDS = /\b(?:personal (?:data|information|details|info)|pii|(?:an?|the|each|every) (?:employee|contractor|customer|patient|candidate|applicant|student|contact|lead|member|worker)'s(?= (?!(?:[\w-]+ )?(?:id|ids|name|company|account)\b))|heart ?rate|(?<!\b(?:into|convert|converts) )gps (?:coordinates|data|tracks?|points?)|health (?:data|records?)|medical (?:records?|history|data)|body (?:measurements?|weight|composition)|sleep (?:data|records?|scores?)|dates? of birth|e-?mail addresses|(?:name|names),? (?:[\w ]+, )*(?:and )?e-?mail address|(?:home|saved|delivery|shipping|billing|postal) addresses|salar(?:y|ies)|social security|coordonnées|état civil|date de naissance|données personnelles|datos personales|dados pessoais)(?![\wà-ÿ])/;

/**
 * What `run` (or "executes a …") produces when it only computes and returns: `run_inference`, `run_code_analyzer`,
 * "executes a search". Audits, scans and evaluations are left out: running one is as often a job on a live
 * target (a site, a repository, a model) whose effects the tool does not bound, and an under-call is worse.
 */
export const COMPUTED = new Set([
  // …and predefined checks that only evaluate what is there: compliance controls, dashboards.
  'control', 'controls', 'dashboard', 'dashboards',
  // …and arithmetic: evaluating a math expression or a formula computes a number.
  'math', 'mathematical', 'arithmetic', 'formula', 'formulas', 'equation', 'equations',
  // …and a model's answer: a classifier run over texts, a completion (`run an LLM completion`).
  'classifier', 'classifiers', 'classification', 'completion', 'completions',
  'inference', 'analysis', 'analytics', 'analyzer', 'analyzers', 'analyser', 'lint', 'linter', 'check', 'checks', 'report', 'reports',
  'diagnostic', 'diagnostics', 'search', 'searches', 'prediction', 'predictions', 'estimate', 'simulation', 'benchmark',
  'lookup', 'lookups', 'probe', 'probes', 'healthcheck', 'audit', 'audits', 'scan', 'scans', 'review', 'reviews', 'discovery',
]);

/** Jobs whose start is a trigger: effects the tool does not bound (shared/LABELS.md, execute). */
export const TRIGGERABLE = new Set([
  'workflow', 'workflows', 'pipeline', 'pipelines', 'job', 'jobs', 'build', 'builds', 'run', 'runs', 'execution', 'executions',
  'deployment', 'deployments', 'test', 'tests', 'suite', 'suites', 'testrun', 'action', 'actions',
]);
/** Of those, the ones that are a run themselves, so that creating one starts it (`create_build`, `create_pipeline_run`). */
export const RUN_INSTANCES = new Set(['run', 'runs', 'execution', 'executions', 'build', 'builds', 'deployment', 'deployments', 'testrun']);
/** Verbs that set a job going: starting, queueing, re-running it. */
// Skipping a stage of a pipeline lets the rest of it run.
export const TRIGGER_VERBS = new Set(['start', 'queue', 'enqueue', 'submit', 'rerun', 'rerequest', 'replay', 'retry', 'restart', 'resume', 'launch', 'skip']);

/** Steps of an interactive UI (a browser page, a device screen): a server whose tools take two or more drives one. */
export const UI_STEPS = new Set(['click', 'navigate', 'scroll', 'hover', 'type', 'press', 'drag', 'tap', 'swipe', 'pinch', 'longpress', 'goto', 'keypress', 'dblclick']);
/** The parts of a browser or device UI that a step acts on. */
export const UI_OBJECTS = new Set([
  'browser', 'page', 'pages', 'tab', 'tabs', 'window', 'windows', 'dialog', 'dialogs', 'form', 'forms', 'field', 'fields',
  'option', 'options', 'element', 'elements', 'dropdown', 'input', 'checkbox', 'button', 'buttons', 'viewport', 'screen',
  'orientation', 'device', 'mobile', 'selector', 'url', 'frame', 'iframe', 'popup', 'alert', 'keys', 'keystrokes', 'textarea', 'textbox', 'gesture', 'gestures', 'deeplink', 'deeplinks', 'key',
]);
/** Reads that, in a UI, are a step: selecting an option, opening a page. */
export const UI_READ_STEPS = new Set(['select', 'open', 'choose', 'check', 'focus']);

/** A description saying what is created is billed from then on: "THIS COSTS MONEY", "BILLABLE from creation", "billed hourly". */
export const BILLED_FROM_CREATION = /\bcosts? (?:real )?money\b|\bbillable from creation\b|\bbilled (?:hourly|monthly|by the hour|per hour)\b/;
/** Message brokers by their products' and protocols' names (a server about one passes messages). */
export const MESSAGE_BROKER_NAMES = 'activemq|rabbitmq|kafka|amqp|mqtt|jms|nats';
/** Makers and families of language models, as a server or a tool names them. (Not `claude`: a server named for Claude is
 * most often one that Claude, the client, uses.) */
export const MODEL_PROVIDERS = new Set(['deepseek', 'openai', 'gemini', 'ollama', 'gpt', 'mistral', 'anthropic', 'groq', 'llm']);
/** Routers and network controllers, by the names of their makers and systems (a server with one of these words runs a network). */
export const ROUTERS = new Set(['unifi', 'udm', 'router', 'routers', 'keenetic', 'mikrotik', 'routeros', 'openwrt', 'pfsense', 'opnsense', 'omada', 'meraki', 'edgerouter', 'fritzbox', 'wifi']);
/** A description that says its tokens are a design system's: "Generate a complete design token set". */
export const DESIGN_TOKEN_TEXT = /\bdesign[- ]tokens?\b/;
/** What makes a token a design system's named value (a colour, a spacing, an icon size): `semantic_tokens`, `icon_tokens`. */
export const DESIGN_TOKENS = new Set(['design', 'semantic', 'color', 'colour', 'colors', 'spacing', 'space', 'typography', 'type', 'font', 'icon', 'shape', 'radius', 'shadow', 'motion', 'theme', 'style', 'css']);
/** Things bought: registering, renewing or upgrading them costs money (domain registration, a plan, seats). */
export const PURCHASABLE = new Set(['domain', 'domains', 'license', 'licenses', 'licence', 'licences', 'subscription', 'subscriptions', 'plan', 'plans', 'seat', 'seats']);
/** Acts that buy or extend what is bought. */
export const PURCHASE_VERBS = new Set(['register', 'renew', 'purchase', 'buy', 'order', 'upgrade', 'downgrade', 'extend']);

/** Options that make a git-style write throw work away: `reset --hard`, `push --force`. */
export const DISCARDING_OPTIONS = new Set(['hard', 'force', 'forced', 'forcepush', 'forcewithlease', 'mirror']);
/** Writes that, with such an option, discard commits or uncommitted work. */
export const DISCARDING_VERBS = new Set(['reset', 'push', 'checkout', 'restore', 'switch', 'pull']);

/** HTTP methods a generic API tool can send, and what they do. */
export const HTTP_METHODS: ReadonlyMap<string, 'read' | 'write' | 'destructive'> = new Map([
  ['get', 'read'], ['head', 'read'], ['options', 'read'], ['post', 'write'], ['put', 'write'], ['patch', 'write'], ['delete', 'destructive'],
]);

/** Scripts run as a new machine, a sandbox or a page starts (a cloud-init, a post-install or a startup script), in words. */
export const START_SCRIPTS = /\b(?:cloud init|install|init|startup|boot) scripts?\b/;

/** What documents an API rather than holding its data: reading one about `delete` deletes nothing. */
export const DOCUMENTATION = new Set(['reference', 'references', 'docs', 'doc', 'documentation', 'schema', 'schemas', 'help', 'guide', 'guides', 'spec', 'specs', 'specification', 'example', 'examples', 'instructions', 'usage', 'manual', 'requirements']);
