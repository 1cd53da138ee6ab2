// One table per principle of the classifier (shared/LABELS.md), with invented tools: each row
// states what the principle predicts for a tool whose text exercises it.
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../src/core/classify/index.ts';
import { check, server as makeServer, tool } from './table.ts';
import type { ServerContext } from '../../src/core/classify/types.ts';

const server = makeServer;
const GENERIC = server('example-mcp');
const SHOP = server('billing-mcp', ['create_invoice', 'list_payments', 'update_subscription']);
const NOTES = server('notes-mcp', ['create_note', 'update_subscription', 'list_notes']);

const FILTER = { type: 'object', description: 'The query filter, in the syntax of db.collection.find()' };

describe('a query language handed to a database is run, whatever the verb', () => {
  check([
    ['export with a find filter', tool('export_rows', 'Export query results to a file.', { filter: FILTER, pipeline: { type: 'array', items: { type: 'object' } } }), GENERIC, 'execute', undefined],
    ['count with a find filter', tool('count_documents', 'Count the documents of a MongoDB collection that match a filter.', { filter: FILTER }), GENERIC, 'execute', undefined],
    ['validating SQL only checks it', tool('validate_sql', 'Validates a SQL statement without running it.', { sql: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['explaining a query only checks it', tool('explain_query', 'Explains the plan of a SQL query.', { sql: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a natural-language query is search text', tool('search_docs', 'Search the MongoDB documentation.', { query: { type: 'string', description: 'A natural language question to search for.' } }), GENERIC, 'read', 'low'],
    ['"select the best match" is not SQL', tool('find_library', 'Finds libraries; select the best match.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a parameter described as a name is not code', tool('function_details', 'Get details about a provider function.', { function: { type: 'string', description: 'Function name (e.g. parse_arn)' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('driving a program is execute', () => {
  const steps = {
    type: 'array',
    items: { type: 'object', properties: { type: { type: 'string', enum: ['click', 'write', 'scroll', 'wait'] }, selector: { type: 'string' } } },
  };
  check([
    ['a list of browser steps', tool('scrape_page', 'Scrape a page and return its content.', { url: { type: 'string' }, actions: steps }), GENERIC, 'execute', 'high'],
    ['browser steps buried in options do not count', tool('crawl_site', 'Crawl a site.', { options: { type: 'object', properties: { actions: steps } } }), GENERIC, 'read', undefined],
    ['browser steps handed over as a JSON string, listed in the description', tool('fetch_page', 'Fetch a page as HTML. Browser commands run first: Click: {"click": "#id"}, Scroll: {"scroll": 500}, Input: fill a field.', { url: { type: 'string' }, browserCommands: { type: 'string', description: 'A JSON array of browser commands to run before fetching.' } }), GENERIC, 'execute', 'high'],
    ['negative: a string of commands that are not browser steps', tool('fetch_page', 'Fetch a page. Click the result link to open it; scroll for more.', { url: { type: 'string' }, commands: { type: 'string', description: 'Output format commands, e.g. "strip", "trim".' } }), GENERIC, 'read', undefined],
    ['negative: a browser command named but not listed as steps', tool('fetch_page', 'Fetch a page as HTML.', { url: { type: 'string' }, pageActions: { type: 'string', description: 'Page actions to log.' } }), GENERIC, 'read', undefined],
    ['opens a browser', tool('show_help', 'Open the help page in your default browser.'), GENERIC, 'execute', 'high'],
    ['runs a CLI locally (a fixed program, not arbitrary code)', tool('analyze_repo', 'Run the linter locally using the Acme CLI.', { path: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['deploys', tool('update_project', 'Updates the project by pulling the latest images. Use this to deploy application updates.'), GENERIC, 'execute', 'high'],
    ['installs a Helm chart', tool('install_helm_chart', 'Install a Helm chart.'), GENERIC, 'execute', 'high'],
    ['an Excel chart is not a deployment', tool('create_excel_chart', 'Creates a chart in a worksheet.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('risk of writes: outward, live, hard to undo', () => {
  check([
    ['notifies attendees through a parameter', tool('create_event', 'Create a calendar event.', { attendees: { type: 'array', items: { type: 'string' } }, sendUpdates: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a draft only writes its recipients down', tool('draft_email', 'Draft an email.', { to: { type: 'string' }, cc: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['changes a live feature flag', tool('update_feature_flag', 'Updates a feature flag.'), GENERIC, 'write', 'high'],
    ['scales a deployment', tool('scale_deployment', 'Scale a deployment to N replicas.', { replicas: { type: 'integer' } }), GENERIC, 'write', 'high'],
    ['creating a new flag is additive', tool('create_feature_flag', 'Creates a feature flag.'), GENERIC, 'write', 'medium'],
    ['publishes to buyers', tool('create_product', 'Create a published product in the store.'), GENERIC, 'write', 'high'],
    ['a coupon anyone can redeem cuts what buyers pay', tool('create_coupon', 'Create a coupon.', { percent_off: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['updating a product on a shop changes what is sold', tool('update_product', 'Update a product.', { price: { type: 'string' } }), SHOP, 'write', 'high'],
    ['negative: a new product charges nobody yet', tool('create_product', 'Create a product.'), SHOP, 'write', 'medium'],
    ['negative: a product image is not what buyers pay', tool('update_product_image', 'Replace the image of a product.'), SHOP, 'write', 'medium'],
    ['negative: a product on a roadmap tool is not on sale', tool('update_product', 'Update a product.'), NOTES, 'write', 'medium'],
    ['an ordinary reversible write', tool('update_note', 'Updates the text of a note.'), GENERIC, 'write', 'medium'],
    ['overwriting existing content is destructive', tool('write_file', 'Create a file or completely overwrite an existing file.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('risk of reads and of queries', () => {
  check([
    ['the caller picks any kind of resource (secrets among them)', tool('resources_get', 'Get a resource in the cluster.', { kind: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['the head noun comes before "matching"', tool('preview_contacts_matching_conditions', 'Preview which contacts match a set of conditions.'), GENERIC, 'read', 'medium'],
    ['describing a kind is not returning its data', tool('describe_resource', 'Describe a resource.', { kind: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['financial records named in the description', tool('credit_usage', 'Get the team credit balance and billing-period usage.'), GENERIC, 'read', 'medium'],
    ['arbitrary SQL can destroy data', tool('execute_sql', 'Execute arbitrary SQL statements.', { sql: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['write statements named in SQL', tool('run_sql', 'Run SQL such as INSERT or UPDATE against the database.', { sql: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['a read-only query', tool('run_query', 'Run a read-only SQL query.', { sql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('money and destruction', () => {
  check([
    ['changing a subscription on a money server', tool('update_subscription', 'Changes the plan of a subscription.'), SHOP, 'financial', 'critical'],
    ['the same name on a notes server', tool('update_subscription', 'Changes which notebooks you follow.'), NOTES, 'write', undefined],
    ['voiding an invoice', tool('void_invoice', 'Voids an invoice.'), GENERIC, 'destructive', 'critical'],
    ['expiring a session link', tool('expire_share_link', 'Expires a share link so it no longer works.'), GENERIC, 'destructive', 'critical'],
    ['flushing a queue', tool('flush_queue', 'Flushes all pending messages from the queue.'), GENERIC, 'destructive', 'critical'],
    ['flushing a cache is bookkeeping', tool('flush_cache', 'Flushes the cache.'), GENERIC, 'write', undefined],
  ]);
});

describe('safety margin: the more dangerous reading of ambiguous text', () => {
  check([
    ['a read name whose description opens with a deletion', tool('sync_folder', 'Deletes remote files that are missing locally, then uploads the rest.'), GENERIC, 'destructive', 'critical'],
    ['a read name whose description opens with running a script', tool('check_build', 'Executes the build script and reports failures.'), GENERIC, 'execute', undefined],
    ['a later mention does not count', tool('get_job', 'Returns a job. Jobs can be deleted with delete_job.'), GENERIC, 'read', 'low'],
    ['a read-only claim settles it', tool('get_report', 'Runs nothing; read-only. Deletes are done elsewhere.'), GENERIC, 'read', undefined],
  ]);
});

describe('hostile schemas stay linear', () => {
  test('a wide, deep fan-out of alternatives is capped', () => {
    const leaf = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } };
    let s: Record<string, unknown> = leaf;
    for (let d = 0; d < 6; d++) s = { anyOf: Array.from({ length: 20 }, () => s) };
    // 20^6 paths: an uncapped walk would not finish within the test's timeout.
    const c = classifyTool(tool('get_thing', 'Gets a thing.', { x: s }), GENERIC);
    expect(c.category).toBe('read');
  });
});

describe('words that mean money only where money is the subject', () => {
  const GIT = server('git-mcp', ['git_checkout', 'git_commit', 'git_log']);
  const TRACKER = server('tracker-mcp', ['list_issues', 'subscribe_to_issue']);
  check([
    ['git checkout is not a purchase', tool('git_checkout', 'Switch branches or restore working tree files (git checkout).', { branch: { type: 'string' } }), GIT, 'write', undefined],
    ['subscribing to an issue is not a subscription purchase', tool('subscribe_to_issue', 'Subscribe the current user to notifications for an issue.'), TRACKER, 'write', undefined],
    ['a "TIP:" in a description is not a tip', tool('create_template', 'Create an email template. TIP: keep the subject short.'), GENERIC, 'write', undefined],
    ['subscribing on a billing server is money', tool('subscribe_customer', 'Subscribe a customer to a paid plan.'), SHOP, 'financial', 'critical'],
  ]);
});

describe('a generic API request does whatever it is asked', () => {
  const API = server('acme-api-mcp', ['make_api_request', 'get_type_info']);
  check([
    ['is never called a read', tool('make_api_request', 'Unified tool for all Acme API operations. Be sure to get types before calling.', { method: { type: 'string' }, request: { type: 'object' } }), API, 'write', undefined],
    ['to an API that names payments, it can move money', tool('make_api_request', 'Unified tool for all Acme API operations: catalog, customers, payments, refunds.', { method: { type: 'string' }, request: { type: 'object' } }), API, 'financial', 'critical'],
    ['unless it says it only reads', tool('make_api_request', 'Read-only access to any Acme API GET endpoint.', { path: { type: 'string' } }), API, 'read', undefined],
  ]);
});

describe('small marks and the caller\'s own connection are low-risk writes; closing a session or a browser ends what it held open (medium)', () => {
  const BROWSER = server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_close']);
  check([
    ['adding a reaction', tool('add_reaction', 'Add an emoji reaction to a message.'), GENERIC, 'write', 'low'],
    ['removing a reaction is re-addable', tool('delete_issue_emoji_reaction', 'Remove an emoji reaction from an issue.'), GENERIC, 'write', 'low'],
    ['closing a session ends what it held open', tool('close_session', 'Close the current browser session.'), GENERIC, 'write', 'medium'],
    ['disconnecting', tool('disconnect', 'Close the database connection.'), GENERIC, 'write', 'low'],
    ['resizing the browser viewport is a step in the driven session', tool('browser_resize', 'Resize the browser viewport.'), BROWSER, 'execute', 'medium'],
    ['closing the browser (named in the description)', tool('browser_close', 'Close the browser and release its resources.'), BROWSER, 'write', 'medium'],
    ['stopping a screen recording', tool('stop_recording', 'Stop the screen recording and save the video.'), GENERIC, 'write', 'medium'],
    ['stopping containers is not ending a session', tool('docker_stop', 'Stop Docker containers.'), server('docker-mcp'), 'write', 'medium'],
    ['resizing a disk is not a viewport', tool('resize_disk', 'Resize a VM disk.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('input steps on a server that drives a browser are execute', () => {
  const BROWSER = server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'fill', 'browser_drop']);
  check([
    ['filling a field (named only in the description)', tool('fill', 'Type text into an input or select an option from a <select> element.'), BROWSER, 'execute', 'high'],
    ['dropping files onto an element is drag and drop, not a drop of data', tool('browser_drop', 'Drop files onto an element, as if dragged from outside the page.'), BROWSER, 'execute', 'high'],
    ['dropping a table on a database server is destructive', tool('drop_table', 'Drop a table.'), server('postgres-mcp'), 'destructive', 'critical'],
  ]);
});

describe('what a name or a description states in other forms', () => {
  const ROUTER_TEXT = 'Storage operations - Commands for creating, listing and managing storage accounts. This tool is a hierarchical command router. To invoke a command, set "command" and wrap its args in "parameters".';
  const router = { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } };
  const operations = {
    select: { anyOf: [
      { type: 'object', properties: { operation: { type: 'string', const: 'update-project-name' } } },
      { type: 'object', properties: { operation: { type: 'string', const: 'delete-env-var' } } },
    ] },
  };
  check([
    ['an agent noun names the action (`services-updater`)', tool('project-services-updater', 'Select one of the following operations.'), GENERIC, 'write', undefined],
    ['a reader only reads', tool('deploy-services-reader', 'Select one of the following operations.'), GENERIC, 'read', undefined],
    ['a union of operation schemas offers its most dangerous operation', tool('project-services-updater', 'Select one of the following operations.', operations), GENERIC, 'destructive', 'critical'],
    ['a command router picks a sub-command; it does not run a command line', tool('storage', ROUTER_TEXT, router), GENERIC, 'write', 'medium'],
    ['a real command parameter still runs commands', tool('run_command', 'Run a command.', { command: { type: 'string', description: 'The shell command to run.' } }), GENERIC, 'execute', 'critical'],
    ['"for creating, listing and deleting" states what it does', tool('storage', 'Commands for creating, listing and deleting storage accounts.'), GENERIC, 'destructive', 'critical'],
    ['a call hierarchy is a thing, not a call', tool('prepare_call_hierarchy', 'Get the call hierarchy item at a position.'), GENERIC, 'read', 'low'],
    ['running several searches is a read', tool('search_engine_batch', 'Run multiple search queries at once.'), GENERIC, 'read', 'low'],
    ['a page audit is not an audit log', tool('run_accessibility_audit', 'Accessibility audit of the current page.', {}, { readOnlyHint: true }), GENERIC, 'read', 'low'],
  ]);
});

describe('where code runs, and what a query is', () => {
  const BROWSER = server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate']);
  const DSL = { index: { type: 'string' }, queryBody: { type: 'object', additionalProperties: {}, description: 'Complete Elasticsearch query DSL object.' } };
  const SEMANTIC = { query: { type: 'object', properties: { topK: { type: 'number' }, text: { type: 'string' }, filter: { type: 'object', description: "Use the syntax of MongoDB's query operators." } } } };
  check([
    ['JavaScript run in the page is high, not critical', tool('browser_evaluate', 'Execute JavaScript in the browser console.', { script: { type: 'string' } }), BROWSER, 'execute', 'high'],
    ['a script that escapes into the server process stays critical', tool('run_code_unsafe', 'Executes arbitrary JavaScript in the Playwright server process (RCE).', { code: { type: 'string' } }), BROWSER, 'execute', 'critical'],
    ['a shell command stays critical', tool('run_command', 'Run a shell command.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['a script stored to run on the service is deployed, not run here', tool('worker_put', 'Create or update a Worker script.', { name: { type: 'string' }, script: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a discount code is a token, not code', tool('create_discount', 'Create a discount for a store.', { code: { type: 'string', description: 'The discount code customers enter at checkout.' } }), GENERIC, 'write', 'high'],
    ['a query DSL object is a query', tool('search', 'Perform an Elasticsearch search with the provided query DSL.', DSL), GENERIC, 'execute', 'medium'],
    ['a filter inside the settings of a semantic search only narrows it', tool('search_records', 'Search an index for records similar to the query text.', SEMANTIC), GENERIC, 'read', undefined],
  ]);
});

describe('money: what moves now is critical, what someone pays later is high', () => {
  check([
    ['a refund moves money', tool('create_refund', 'Refund a payment.'), SHOP, 'financial', 'critical'],
    ['an invoice is an obligation paid later', tool('create_invoice', 'Create an invoice for a customer.'), SHOP, 'financial', 'high'],
    ['a payment link is paid later, by whoever uses it', tool('create_payment_link', 'Create a payment link for a price.'), SHOP, 'financial', 'high'],
    ['turning off auto-renewal stops future charges', tool('disable_auto_renewal', 'Disable auto-renewal for a subscription.'), SHOP, 'financial', 'high'],
    ['a price on a product is a price tag', tool('create_product_variant', 'Add a variant to a product.', { amount: { type: 'integer' }, currency: { type: 'string' } }), SHOP, 'write', 'medium'],
    ['cancelling a subscription is critical', tool('cancel_subscription', 'Cancel a subscription.'), SHOP, 'financial', 'critical'],
  ]);
});

describe('what a bare name reads is what its description names', () => {
  const REDIS = server('redis', ['get', 'set', 'list', 'delete']);
  check([
    ['a value read by key holds whatever was stored', tool('get', 'Get value by key from Redis'), REDIS, 'read', 'medium'],
    ['listing keys names them', tool('list', 'List Redis keys matching a pattern'), REDIS, 'read', 'low'],
  ]);
});

describe('options that remove no protection do not raise risk', () => {
  check([
    ['forcing an addition', tool('git_add', 'Stage files for commit.', { files: { type: 'array' }, force: { type: 'boolean' } }), GENERIC, 'write', 'low'],
    ['skipping commit hooks', tool('git_commit', 'Create a new commit.', { message: { type: 'string' }, noVerify: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['forcing an update still does', tool('update_release', 'Update a release.', { force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a tool that hands back guidance only reads, whatever its name says', () => {
  check([
    ['"provides … API documentation" under a create name', tool('create_mobile_calendar', 'The MCP tool provides a comprehensive TypeScript-based API documentation for the Calendar service, and expert-level guidance for implementing it.'), GENERIC, 'read', 'low'],
    ['"provides instructions for running" under a run name', tool('run_accessibility_tests', 'Provides detailed instructions and commands for running accessibility tests.'), GENERIC, 'read', 'low'],
    ['negative: a create that also says it creates', tool('create_work_item', 'Creates a new work item and provides guidance on next steps.'), GENERIC, 'write', undefined],
    ['negative: search feedback is feedback, not a search', tool('search_feedback', 'Submit feedback about a search result.'), GENERIC, 'write', undefined],
  ]);
});

describe('a sensitive word that only qualifies the head noun does not make it sensitive', () => {
  check([
    ['a network graph chart is not network logs', tool('generate_network_graph', 'Generate a network graph chart of relationships between entities.', {}, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['network requests are', tool('get_network_requests', 'Get the network requests of the page.'), GENERIC, 'read', 'medium'],
    ['an OAuth application is not a credential', tool('get_oauth_application', 'Get an OAuth application by id.'), GENERIC, 'read', 'low'],
    ['a secret value is', tool('get_secret_value', 'Get the value of a secret.'), GENERIC, 'read', 'high'],
    ['an auth configuration holds credentials', tool('get_auth_config', 'Retrieve an authentication configuration.'), GENERIC, 'read', 'high'],
    ["a person's own stats are about that person", tool('get_patient_stats', "Fetch a patient's statistics."), GENERIC, 'read', 'medium'],
    ["a candidate's actions are theirs", tool('candidate_actions', 'List the actions of a candidate.'), GENERIC, 'read', 'medium'],
    ["negative: a customer's tiers are how an account is organised", tool('get_customer_tiers', 'Get the customer tiers.'), GENERIC, 'read', 'low'],
    ['negative: a user group is where users are kept', tool('list_user_groups', 'List the user groups.'), GENERIC, 'read', 'low'],
    ['personal data named in the description', tool('get_day_summary', "Gets one day's summary, including heart rate and sleep scores."), GENERIC, 'read', 'medium'],
    ['negative: the account\'s own phone numbers are not people\'s', tool('list_numbers', 'Lists the phone numbers of the account.'), GENERIC, 'read', 'low'],
    ['credentials it authenticates with are not returned', tool('explore_node_resources', "Resolve a node's dropdown options using one of the instance's credentials.", {}, { readOnlyHint: true }), GENERIC, 'read', 'low'],
  ]);
});

describe('an HTTP method a run takes is its transport, not a generic API call', () => {
  check([
    ['triggering a workflow over its webhook', tool('test_workflow', 'Run a workflow through its webhook trigger.', { workflowId: { type: 'string' }, httpMethod: { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE'] } }), GENERIC, 'execute', 'high'],
    ['a generic request tool still offers DELETE', tool('api_request', 'Make a request to the API.', { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] }, path: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('generic request tools are as risky as what the API lets them do', () => {
  const BB = server('bitbucket', ['bb_get', 'bb_post', 'bb_put', 'bb_delete']);
  const PATHED = { path: { type: 'string' }, body: { type: 'object' } };
  check([
    ['reading any path of the API returns private data too', tool('bb_get', 'Read any Bitbucket data.', { path: { type: 'string' } }), BB, 'read', 'medium'],
    ['writing to any path can change anything the API allows', tool('bb_post', 'Create Bitbucket resources.', PATHED), BB, 'write', 'high'],
    ['deleting at any path', tool('bb_delete', 'Delete Bitbucket resources.', { path: { type: 'string' } }), BB, 'destructive', 'critical'],
    ['posting to any URL can send data anywhere', tool('http_post', 'Perform an HTTP POST request.', { url: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['getting any URL reads the public web', tool('http_get', 'Perform an HTTP GET request.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a POST that searches is a search', tool('API-post-search', 'Search pages by title.'), server('notion'), 'read', undefined],
    ['negative: get_commit is not "commit"', tool('get_commit', 'Get details of a commit.'), GENERIC, 'read', undefined],
  ]);
});

describe('what a verb does depends on what it acts on', () => {
  check([
    ['syncing an application rolls it out', tool('sync_application', 'Sync an Argo CD application.'), GENERIC, 'execute', undefined],
    ['syncing a collection with a spec copies data', tool('sync_collection_with_spec', 'Syncs a collection with its API specification.'), GENERIC, 'write', 'medium'],
    ['pulling an image writes to the local store', tool('docker_pull', 'Pull a Docker image from a registry.'), server('docker'), 'write', 'medium'],
    ['pausing a project takes it offline', tool('pause_project', 'Pauses a project.'), GENERIC, 'write', 'high'],
    ['restarting a virtual machine takes it offline', tool('restart_vm', 'Restart a virtual machine.'), GENERIC, 'write', 'high'],
    ['stopping a search is not', tool('stop_search', 'Stops a running background search.'), GENERIC, 'write', 'medium'],
    ['recording that a deployment happened does not deploy', tool('record_deployment', 'Record that a version was deployed to an environment.'), GENERIC, 'write', 'medium'],
    ['a forum post is read by people', tool('create_forum_post', 'Creates a new post in a forum channel.'), GENERIC, 'write', 'high'],
    ["a worker's script is source code", tool('worker_get', "Get a Worker's script content."), GENERIC, 'read', 'medium'],
  ]);
});

describe('more on verbs and their objects', () => {
  const FIRECRAWL = server('firecrawl', ['firecrawl_interact', 'firecrawl_interact_stop', 'firecrawl_scrape']);
  check([
    ['a verb after a sibling tool\'s name acts on it (`interact_stop`)', tool('firecrawl_interact_stop', 'Stop the live interact session and release its resources.'), FIRECRAWL, 'write', undefined],
    ['altering a table can drop its columns', tool('manage_schema', 'Manage the schema.', { operation: { type: 'string', enum: ['get_info', 'create_table', 'alter_table'] } }), GENERIC, 'destructive', 'critical'],
    ['altering a setting does not', tool('alter_setting', 'Alter a configuration setting.'), GENERIC, 'write', undefined],
  ]);
});

describe('filters, probes and tokens are not code', () => {
  const MQL = { filter: { type: 'string', description: 'The filter specifies which metric descriptors are returned. See Monitoring Query Language for details.' } };
  const MONGO = { filter: { type: 'object', description: 'The query filter, matching the syntax of db.collection.find()' } };
  const KQL = { query: { type: 'string', description: "Search query. Supports KQL syntax like 'from:user hasAttachment:true'" } };
  check([
    ['a monitoring filter narrows a listing', tool('list_metric_descriptors', 'List the metric types of a project.', MQL), GENERIC, 'read', 'low'],
    ['a Mongo filter is run against the data', tool('find', 'Run a find query against a collection.', MONGO), GENERIC, 'execute', undefined],
    ['a search in KQL syntax is search text', tool('search_messages', 'Search messages.', KQL), GENERIC, 'read', undefined],
    ['running a health probe is a read', tool('health_check', 'Run a lightweight health probe that echoes deployment metadata.'), GENERIC, 'read', 'low'],
    ['running a job is not', tool('start_job', 'Run a nightly export job.'), GENERIC, 'execute', undefined],
    ["an invite link's code is a token", tool('update_room_link', 'Change the invite link of a room.', { code: { type: 'string', description: 'リンクコード' } }), GENERIC, 'write', undefined],
    ['an action enum on a listing filters it', tool('list_adjustments', 'List adjustments.', { action: { type: 'string', enum: ['refund', 'credit', 'chargeback'] } }), SHOP, 'read', undefined],
  ]);
});

describe('more objects that decide', () => {
  check([
    ['generating an image makes an asset', tool('generate_image', 'Generate an image from a prompt.'), GENERIC, 'write', undefined],
    ['generating a summary only returns it', tool('generate_summary', 'Generate a summary of a text.'), GENERIC, 'read', undefined],
    ['closing an account ends it', tool('close_account', 'Close a customer credit account.'), GENERIC, 'destructive', 'critical'],
    ['removing a member ends their access', tool('remove_org_member', 'Remove a member from the organization.'), GENERIC, 'destructive', 'critical'],
    ['confirming a member is a write', tool('confirm', 'Confirm an accepted organization member.'), GENERIC, 'write', undefined],
    ['denying a device approval is a write', tool('device_approval_deny', 'Deny a pending device approval request.'), GENERIC, 'write', undefined],
    ['opening a shell session runs a shell', tool('open_session', 'Open a named session on a remote host. Use type="interactive" for a stateful shell.'), GENERIC, 'execute', undefined],
    ['listing terminal sessions is a read', tool('list_sessions', 'List all active terminal sessions.'), GENERIC, 'read', undefined],
    ['a warning about another tool is not this tool wiping data', tool('reschedule_tasks', 'Reschedule tasks. Unlike update-tasks, which can wipe recurrence, this keeps it.'), GENERIC, 'write', 'medium'],
    ['a mailbox delegate gets access', tool('add_delegate', 'Add a delegate to the mailbox.'), GENERIC, 'write', 'high'],
  ]);
});

describe('secrets: picked kinds and generated values', () => {
  const CRM = { resource_type: { type: 'string', description: 'The kind of record: companies, people, deals.' } };
  const K8S = { kind: { type: 'string', description: 'The Kubernetes kind, e.g. Pod, Secret, ConfigMap.' } };
  check([
    ["a CRM's record types hold no secrets", tool('get_record_attribute_options', 'Get valid options of a select attribute.', CRM), GENERIC, 'read', 'low'],
    ["a cluster's kinds include Secrets", tool('resources_get', 'Get a resource.', K8S), GENERIC, 'read', 'high'],
    ['a generated password is fresh, not a stored secret', tool('generate', 'Generate a secure password or passphrase.'), GENERIC, 'read', undefined],
    ['pausing a subscription stops future charges', tool('subscriptions-pause', 'Pause a subscription and stop billing until resumed.'), SHOP, 'financial', 'high'],
  ]);
});

describe('generating an access token, an API key or a secret creates a credential the service honours', () => {
  check([
    ['a database access token', tool('generate_database_token', 'Generate a new token for a database.', { database: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an API key', tool('generate_api_key', 'Generate an API key for the project.'), GENERIC, 'write', 'high'],
    ['a webhook signing secret', tool('generate_signing_secret', 'Generate a signing secret for webhooks.'), GENERIC, 'write', 'high'],
    ['negative: a random password is only returned', tool('password_generate', 'Generate a random password locally.'), GENERIC, 'read', undefined],
    ['negative: design tokens are colours and spacing', tool('generate_design_tokens', 'Generate design tokens from a theme.'), GENERIC, 'read', undefined],
    ['negative: a cache key is no credential', tool('generate_cache_key', 'Generate a cache key for a request.'), GENERIC, 'read', undefined],
    ['negative: a token only described as generated is left to the name', tool('get_session_info', 'Returns the session; a token is generated on first use.'), GENERIC, 'read', undefined],
  ]);
});

describe('stated purposes and mass updates', () => {
  check([
    ['"for each candidate and sorting" is not a purpose', tool('nearest_point_tool', 'Find the nearest point to a target. More efficient than calling a distance tool for each candidate and sorting.'), GENERIC, 'read', 'low'],
    ['"Do NOT answer directly" is not an action', tool('accessibility_expert', 'REQUIRED: use this tool for accessibility questions. Do NOT answer accessibility questions directly.'), GENERIC, 'read', 'low'],
    ['updating every record a filter matches overwrites them at once', tool('update-many', 'Updates all documents that match the filter.', { filter: { type: 'object' }, update: { type: 'object' } }), GENERIC, 'destructive', 'critical'],
    ['updating one record does not', tool('update-one', 'Updates the first document that matches the filter.', { filter: { type: 'object' }, update: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('writes that reach people or mint access are high', () => {
  check([
    ['creating an invite sends it', tool('affiliates-create-invite', 'Create an affiliate invite for an email address.'), GENERIC, 'write', 'high'],
    ['adding a certificate mints access', tool('insert_smime_info', 'Insert S/MIME certificate info for a send-as alias.'), GENERIC, 'write', 'high'],
  ]);
});

describe('reads of conversations and of downloaded files', () => {
  const PHONE = server('twilio', ['FetchCall', 'ListCall', 'CreateMessage']);
  check([
    ['a phone call record on a telephony server is a private conversation', tool('FetchCall', 'Fetch an instance of a call.'), PHONE, 'read', 'medium'],
    ['a transport word is not the object (`sftp-download`)', tool('sftp-download', 'Download a file from the remote host.'), server('ssh'), 'read', 'medium'],
  ]);
});

describe('money on chains, exchanges and ledgers', () => {
  const CHAIN = server('bnb-chain', ['transfer_erc20', 'get_balance', 'approve_token_spending']);
  const EXCHANGE = server('exchange-mcp', ['fetch-ticker', 'place-market-order']);
  check([
    ['a transfer on a chain moves value', tool('transfer_erc1155', 'Transfer an ERC1155 token to an address.'), CHAIN, 'financial', 'critical'],
    ['approving token spending lets others spend funds', tool('approve_token_spending', 'Approve another address to spend your tokens.'), CHAIN, 'financial', 'critical'],
    ['a market order on futures is a trade', tool('place-futures-market-order', 'Place a futures market order.'), EXCHANGE, 'financial', 'critical'],
    ['an invoice is a bill on any server', tool('create-invoice', 'Create an invoice for a contact.'), GENERIC, 'financial', 'high'],
    ['reading an invoice, named verb-last, is a read', tool('sales_invoice_get', 'Get a sales invoice.'), GENERIC, 'read', 'medium'],
    ['a free transfer is not a payment', tool('claim_free_domain_transfer', 'Claim a free domain transfer.'), SHOP, 'write', undefined],
    ['an address derived from a key does not return the key', tool('get_address_from_private_key', 'Derive the address of a private key.'), CHAIN, 'read', 'low'],
  ]);
});

describe('vaults, sandboxes and identifiers', () => {
  const VAULT = server('1password', ['item_get', 'item_list', 'password_create']);
  check([
    ["reading a password manager's item returns a secret", tool('item_get', 'Get an item from a vault.'), VAULT, 'read', 'high'],
    ['resetting a sandbox wipes it', tool('bash_sandbox_reset', 'Reset the sandbox to an empty filesystem.'), GENERIC, 'destructive', 'critical'],
    ['resetting a filter is a write', tool('reset_filters', 'Reset the search filters.'), GENERIC, 'write', undefined],
    ['commands in a sandbox are high, not critical', tool('bash', 'Execute bash commands in the sandbox environment.', { command: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ["an item's bare `code` is its identifier", tool('update-item', 'Update an item in Xero.', { itemId: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a `code` the tool runs is code', tool('run_code', 'Run a Python snippet.', { code: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['manage with a noun after it offers its operations', tool('manage_jira_filter', 'Search issues or manage saved filters.', { operation: { type: 'string', enum: ['get', 'create', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['label values are a thing', tool('prometheus_label_values', 'Get the values of a label.'), GENERIC, 'read', 'low'],
    ['reading a sheet returns its cells', tool('excel_read_sheet', 'Read the values of a sheet.'), GENERIC, 'read', 'medium'],
  ]);
});

describe('operations listed in prose, refreshes and rollbacks', () => {
  check([
    ['"ops: list/get/create/update/delete" offers a delete', tool('dataset', 'Dataset ops: list/get/schema/create/update/delete. get is summary-first.'), GENERIC, 'destructive', 'critical'],
    ['"job ops: list/get/build/abort" builds (runs) jobs', tool('job', 'Job ops: list/get/log/build/abort.'), GENERIC, 'execute', 'high'],
    ['an operation that names its object ("delete_file") is still an operation', tool('folder', 'Folder ops: list/get/upload/delete_file.'), GENERIC, 'destructive', 'critical'],
    ['a reset that clears all files destroys them', tool('env_reset', 'Reset the environment, clearing all files and state.'), GENERIC, 'destructive', 'critical'],
    ['negative: a reset of a view clears nothing stored', tool('reset_zoom', 'Reset the zoom level of the view.'), GENERIC, 'write', undefined],
    ['a list of formats offers nothing', tool('export_scene', 'Export the scene as png/svg/json/pdf.'), GENERIC, 'read', undefined],
    ['triggering a metadata refresh is a bounded write', tool('radarr_refresh_movie', 'Trigger a metadata refresh for a movie.'), GENERIC, 'write', undefined],
    ['triggering a fetch of new data is a write', tool('trigger_plaid_fetch', 'Trigger a fetch of the latest data from Plaid.'), GENERIC, 'write', undefined],
    ['triggering a pipeline runs it', tool('trigger_pipeline', 'Trigger a pipeline.'), GENERIC, 'execute', undefined],
    ['rolling back a transaction is a write', tool('rollback_transaction', 'Roll back the open transaction.'), GENERIC, 'write', undefined],
    ['rolling back a deployment redeploys', tool('rollback_deployment', 'Roll back a deployment to a previous revision.'), GENERIC, 'execute', undefined],
    ['"manage users" with only reads on offer is a read', tool('motion_users', 'Manage users and get current user information.', { operation: { type: 'string', enum: ['list', 'current'] } }), GENERIC, 'read', undefined],
    ['a generic API call offering DELETE is destructive', tool('qase_api', 'Call any REST endpoint directly.', { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] }, path: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a run before a CRUD verb is its object', tool('qase_run_upsert', 'Create or update a test run.'), GENERIC, 'write', undefined],
    ['TRaSH before a verb is a name, not "trash"', tool('trash_compare_profile', 'Compare a quality profile with the TRaSH guides.'), GENERIC, 'read', undefined],
  ]);
});

describe('people, access and environments', () => {
  check([
    ["an athlete's activities are personal data", tool('get-activity-details', 'Get the details of an activity.'), GENERIC, 'read', 'medium'],
    ["a fitness service's laps are its user's activity", tool('get_laps', 'Get the laps of an activity.'), server('garmin-connect-mcp'), 'read', 'medium'],
    ["negative: a fitness service's exercise catalogue is not", tool('list_exercise_templates', 'List exercise templates.'), server('garmin-connect-mcp'), 'read', 'low'],
    ["an applicant tracker's applications are people's", tool('list_applications', 'List applications.'), server('greenhouse-mcp'), 'read', 'medium'],
    ["negative: its open jobs are not", tool('list_jobs', 'List open jobs.'), server('greenhouse-mcp'), 'read', 'low'],
    ['interviews are personal data', tool('list_upcoming_interviews', 'List upcoming interviews.'), GENERIC, 'read', 'medium'],
    ['placing a phone call reaches a person', tool('create_call', 'Create an outbound phone call.'), GENERIC, 'write', 'high'],
    ['adding a project member grants access', tool('add-project-member', 'Add a member to a project.'), GENERIC, 'write', 'high'],
    ['assigning a member to a card does not', tool('assign_member_to_card', 'Assign a member to a card.'), GENERIC, 'write', 'medium'],
    ['setting a variable changes live configuration', tool('variable_set', 'Set a service variable.'), GENERIC, 'write', 'high'],
    ['a code environment is not environment variables', tool('code_env', 'Get a code environment.'), GENERIC, 'read', 'low'],
    ['spaces are metadata of a wiki', tool('get_spaces', 'List the spaces.'), server('confluence'), 'read', 'low'],
  ]);
});

describe('operating machines and services, and repeating or undoing steps, are changes', () => {
  check([
    ['powering off a machine takes it offline', tool('power-off-vm', 'Power off a virtual machine.'), GENERIC, 'write', 'high'],
    ['shutting down a machine takes it offline', tool('shutdown-vm', 'Shut down a virtual machine.'), GENERIC, 'write', 'high'],
    ['rebuilding a machine from an image replaces its disk', tool('rebuild-vm', 'Rebuild a virtual machine from an image.'), GENERIC, 'destructive', 'critical'],
    ['negative: rebuilding a database service keeps its data', tool('mysql-rebuild', 'Rebuilds a MySQL database service.'), GENERIC, 'write', undefined],
    ['reloading a service is a change', tool('app-reload', 'Reloads an application.'), GENERIC, 'write', undefined],
    ['unpublishing is a change', tool('unpublish_entry_asset', 'Unpublish an asset.'), GENERIC, 'write', undefined],
    ['resending a confirmation email reaches a person', tool('resend_confirmation', 'Resend the confirmation email to the address.'), GENERIC, 'write', 'high'],
    ['exposing a port publishes it', tool('expose_port', 'Expose a port to get a public URL.'), GENERIC, 'write', 'high'],
    ['debiting an account moves money', tool('debit_account', 'Debit a customer account.'), SHOP, 'financial', 'critical'],
    ['snoozing a reminder is a small change', tool('snooze_reminder', 'Postpone a reminder until a new time.'), GENERIC, 'write', undefined],
    ['splitting a transaction changes it', tool('split_transaction', 'Split a transaction into child transactions.'), GENERIC, 'write', undefined],
    ['going back in a browser drives it', tool('browser_go_back', 'Go back to the previous page.'), GENERIC, 'execute', undefined],
    ['unconfirming an issue changes its state', tool('unconfirm_issue', 'Unconfirm an issue.'), GENERIC, 'write', undefined],
    ['negative: splitting a PDF hands back its parts', tool('split_pdf', 'Split a PDF into parts.'), GENERIC, 'read', 'low'],
    ['negative: marking mail read and unread is a mark, not a read', tool('mark_as_read', 'Mark an email as read.'), server('mail-mcp', ['bulk_mark_read', 'bulk_mark_unread', 'mark_as_read']), 'write', undefined],
  ]);
});

describe('a run that says it irreversibly overwrites what exists destroys it', () => {
  check([
    ['a deployment that overwrites the live site for good', tool('deploy_site_archive', 'Deploy a website from an archive. WARNING: this overwrites the existing contents and cannot be undone.'), GENERIC, 'destructive', 'critical'],
    ['negative: a deployment that only overwrites', tool('deploy_site', 'Deploy a website; existing files are overwritten.'), GENERIC, 'execute', 'high'],
    ['negative: a deployment that cannot be undone but overwrites nothing', tool('deploy_release', 'Deploy a release. This cannot be undone.'), GENERIC, 'execute', undefined],
  ]);
});

describe('a noun that doubles as a verb acts only at the start of a sentence, in any form', () => {
  check([
    ['"outstanding invoices" in a chart\'s description are records', tool('ar_aging_chart', 'Accounts receivable aging: a bar chart showing outstanding invoices by customer.', {}, { readOnlyHint: true }), SHOP, 'read', undefined],
    ['"from Sales Orders" names records', tool('sales_breakdown_chart', 'Breakdown of Sales Orders by customer as a pie chart.'), SHOP, 'read', undefined],
    ['negative: an invoice verb that opens the sentence still acts', tool('bill_customer', 'Invoices a customer for the amount due.'), SHOP, 'financial', undefined],
  ]);
});

describe("a server's resource namespaces are nouns, never its CRUD verbs", () => {
  const MONDAY = server('monday-api-mcp', ['create_view', 'create_update', 'get_board_items', 'delete_item']);
  const FUNCTIONS = server('cloud-mcp', ['get-invoice', 'get-update', 'list-invoices', 'monitor_create', 'monitor_delete']);
  check([
    ['create_view beside create_update creates a view', tool('create_view', 'Create a new board view.'), MONDAY, 'write', undefined],
    ['get-invoice beside get-update reads an invoice', tool('get-invoice', 'Get a specific invoice.'), FUNCTIONS, 'read', 'medium'],
    ['negative: a resource namespace still names the resource', tool('monitor_delete', 'Delete a monitor.'), FUNCTIONS, 'destructive', 'critical'],
  ]);
});

describe('actions a description lists together are all on offer', () => {
  check([
    ['"Read or replace" offers the replacement', tool('device_clipboard', 'Read or replace the device clipboard.'), GENERIC, 'write', undefined],
    ['"list, update or delete" offers the deletion', tool('records_tool', 'List, update or delete records.'), GENERIC, 'destructive', 'critical'],
    ['negative: "drag and drop" is one gesture', tool('browser_drag', 'Perform drag and drop between two elements.'), server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate']), 'execute', undefined],
    ['negative: "add or remove" labels takes back what can be added', tool('modify_email', 'Add or remove labels on threads.'), GENERIC, 'write', undefined],
    ['negative: a later sentence is not listed with the first', tool('get_item', 'Get an item. Delete it with delete_item.'), GENERIC, 'read', undefined],
  ]);
});

describe('code and queries named by their language, and generic calls, whatever the verb', () => {
  check([
    ['an OpenCypher query is a query language', tool('query_graph', 'Run a query on a graph.', { graphName: { type: 'string' }, query: { type: 'string', description: 'The OpenCypher query to run' } }), GENERIC, 'execute', undefined],
    ['a parameter named for its language carries code', tool('run_anonymous', 'Run anonymous code in the org.', { apexCode: { type: 'string', description: 'Apex code' } }), GENERIC, 'execute', 'critical'],
    ['negative: "before executing a query" says when to call it', tool('get_graph_schema', 'Get the schema of a graph, to understand its structure before executing a query.'), GENERIC, 'read', 'low'],
    ['a call to any path with any method is a generic request, even when it "interacts"', tool('ms-graph', 'A versatile tool to interact with Microsoft APIs.', { path: { type: 'string' }, method: { type: 'string', enum: ['get', 'post', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['a product named like a verb is a prefix', tool('protect_get_fob', 'Get a key fob.'), server('unifi-protect-mcp', ['protect_get_fob', 'protect_list_nvrs', 'protect_get_relay', 'protect_update_camera']), 'read', 'low'],
  ]);
});

describe('paying for work moves money, on any server and under any verb', () => {
  const TASKS = server('crowd-tasks-mcp', ['post_task', 'check_task', 'list_workers']);
  check([
    ['a task with a budget in dollars spends it', tool('post_task', 'Post a task for human workers.', { title: { type: 'string' }, budget_usd: { type: 'number' } }), TASKS, 'financial', undefined],
    ['asking a human with a budget pays them, though "ask" reads', tool('ask_human', 'Ask a human worker and wait for the answer.', { question: { type: 'string' }, budget_usd: { type: 'number' } }), TASKS, 'financial', undefined],
    ['a contest prize is paid out', tool('post_contest', 'Post a contest.', { prize: { type: 'number' } }), TASKS, 'financial', undefined],
    ['releasing a payment in the description moves money', tool('approve_submission', "Approve a worker's submission and release their payment to their wallet.", { submission_id: { type: 'string' } }), TASKS, 'financial', 'critical'],
    ['accepting a payment dispute refunds the buyer', tool('accept_payment_dispute', 'Accept a payment dispute.'), GENERIC, 'financial', undefined],
    ['negative: updating a dispute with evidence moves nothing', tool('update_dispute', 'Submit evidence for a dispute.'), SHOP, 'write', undefined],
    ['negative: a token budget is not money', tool('summarise', 'Summarise a text.', { max_tokens: { type: 'integer' } }), GENERIC, 'read', 'low'],
    ['negative: estimating a cost in dollars spends nothing', tool('estimate_cost', 'Estimate the cost of a job. Read-only.', { amount_usd: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an agent handed a free-form task acts on its own', () => {
  check([
    ['a browser agent with a task', tool('browser_use_agent', 'This tool employs an open-source browser automation agent for fast browser tasks.', { task: { type: 'string', description: 'The task to perform' } }), GENERIC, 'execute', 'high'],
    ['a computer-use agent with a task', tool('computer_use_agent', 'Runs an agent that drives a computer to finish the task.', { task: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: an agent\'s status is a read', tool('agent_status', 'Get the status of a browser agent run.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: "order book depth" is market data, not an order', tool('depth', 'Order book depth for a trading pair.'), server('crypto-market-data', ['ticker', 'depth', 'trades']), 'read', undefined],
  ]);
});

describe('what a verb means depends on what it acts on, and where it stands', () => {
  check([
    ['evaluating a script runs it', tool('evaluate_script', 'Evaluate a script in the page.'), GENERIC, 'execute', undefined],
    ['negative: evaluating compliance judges it', tool('evaluate_compliance', 'Evaluate compliance controls for a project.'), GENERIC, 'read', 'low'],
    ['aggregating records computes a summary', tool('aggregate_records', 'Aggregate record counts by status.'), GENERIC, 'read', undefined],
    ['clearing a cart is a reversible write', tool('clear_cart', 'Clear the cart for a delivery date.'), GENERIC, 'write', undefined],
    ['a like is a small mark', tool('like_post', 'Like a forum post.'), GENERIC, 'write', 'low'],
    ['skipping a delivery changes the order', tool('skip_delivery', 'Skip a delivery week.'), GENERIC, 'write', undefined],
    ['skipping a pipeline stage lets the rest run', tool('skip_stage_pipeline', 'Skip the running stage of a pipeline.'), GENERIC, 'execute', undefined],
    ['negative: a leave balance is a thing', tool('leave_balance', "Get an employee's leave balance."), GENERIC, 'read', undefined],
    ['a query tool that supports read-write queries claims nothing', tool('query_graph', 'Run a Cypher query. Supports both read-write and read-only queries.', { query: { type: 'string', description: 'The Cypher query' } }), GENERIC, 'execute', 'critical'],
    ['a verb first met in a later option of a noun-named tool is not its action', tool('depth', 'Order book depth. Requires: a key. Modes: full, the complete order book; grouped, by price.'), GENERIC, 'read', undefined],
    ['negative: a verb in the second sentence still counts', tool('shop_items', 'Items of the shop. Deletes the item with the given id.'), GENERIC, 'destructive', undefined],
  ]);
});

describe('money and personal data named in passing', () => {
  check([
    ['claiming fees to a wallet moves money', tool('claim_fees', 'Claim accrued fees for a token you launched; they are paid to your wallet in ETH.'), GENERIC, 'financial', undefined],
    ['negative: claiming a task moves nothing', tool('claim_task', 'Claim a task from the queue.'), GENERIC, 'write', undefined],
    ['brokerage positions are financial records', tool('get_positions', 'Get the current positions of the account.'), GENERIC, 'read', 'medium'],
    ['saved delivery addresses are personal data', tool('get_addresses', "Get the user's saved delivery addresses."), GENERIC, 'read', 'medium'],
    ['a bullet starts a new item, not the tool\'s action', tool('hl_fills', 'Hyperliquid trade fills. • by_address — fills by wallet. • by_oid — fills by order id.'), GENERIC, 'read', undefined],
  ]);
});

describe('words that look like actions in passing', () => {
  check([
    ['a purchase order is a thing', tool('erp_purchase_order_get', 'Get a single purchase order by name.', {}, { readOnlyHint: true }), SHOP, 'read', 'medium'],
    ['negative: purchasing a plan is an act', tool('purchase_plan', 'Purchase a hosting plan.'), SHOP, 'financial', undefined],
    ['"pages open in the browser" opens nothing', tool('list_pages', 'Get a list of pages open in the browser.'), GENERIC, 'read', 'low'],
    ['"invalidates any code retrieved before" runs no code', tool('get_auth_code', 'Retrieve the authorization code for a domain. Requesting a new code invalidates any code retrieved previously.'), GENERIC, 'read', undefined],
    ['negative: "runs any code" does', tool('sandbox', 'Runs any code you give it.', { source: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a word in a comma list of things is a thing', tool('dictionary', 'Returns a reference dictionary (states, types, pays, currencies, languages).'), GENERIC, 'read', 'low'],
    ['a Prometheus query is a read-only query language', tool('prometheus_query', 'Execute a Prometheus query', { query: { type: 'string', description: 'prometheus query expression' } }, { readOnlyHint: true }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('a money act is one on a money object itself, not on what belongs to one', () => {
  check([
    ["an order's note is a note", tool('orders_notes_create', 'Add a note to an order.'), SHOP, 'write', undefined],
    ['an order is an order', tool('orders_create', 'Create an order.'), SHOP, 'financial', undefined],
    ['a payment link is a money paper', tool('create_payment_link', 'Create a payment link.'), SHOP, 'financial', 'high'],
    ['a webhook\'s callback method is not a generic call', tool('create_call', 'Create a new outgoing call.', { To: { type: 'string' }, Url: { type: 'string' }, Method: { type: 'string', description: 'The HTTP method we should use when calling the url. Can be GET or POST.' } }), SHOP, 'write', undefined],
  ]);
});

describe('ending one\'s own connection is low; unlinking an integration is not', () => {
  check([
    ['a bare disconnect ends the caller\'s connection', tool('disconnect', 'Disconnect from the current Redis instance.'), GENERIC, 'write', 'low'],
    ['reconnecting recreates the caller\'s clients', tool('kubectl_reconnect', 'Reconnect to the API server by recreating the clients.'), GENERIC, 'write', 'low'],
    ['disconnecting a git provider from an app unlinks an integration', tool('application-disconnectGitProvider', 'Disconnects the Git provider configuration from an application.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('filters, records and modes are not acts', () => {
  check([
    ['a budget filter on a search spends nothing', tool('get_accommodations', 'Search for accommodation options in a location.', { location: { type: 'string' }, budget: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['recording a payment that happened moves nothing', tool('record_transaction', 'Record a completed transaction for scoring.', { amount_sats: { type: 'number' } }), GENERIC, 'write', undefined],
    ['a mode that names what it looks at is not an operation', tool('analytics_compare', 'Period-over-period comparisons and traffic drop attributions.', { mode: { type: 'string', enum: ['compare', 'trends', 'drop_attribution'] } }), GENERIC, 'read', 'low'],
    ['negative: a mode that is a bare verb is one', tool('records', 'Work with records.', { mode: { type: 'string', enum: ['list', 'delete'] } }), GENERIC, 'destructive', undefined],
    ['deleting a breakpoint is re-addable', tool('delete_breakpoint', 'Deletes a breakpoint.'), GENERIC, 'write', undefined],
    ['terminating a session ends it', tool('ssh_session_close', 'Terminates an open SSH session.'), GENERIC, 'write', undefined],
    ['negative: terminating an instance destroys it', tool('terminate_instance', 'Terminate an instance.'), GENERIC, 'destructive', 'critical'],
    ['cleaning build products throws away what is rebuilt', tool('clean', 'Clean build products.'), GENERIC, 'write', undefined],
    ['negative: cleaning a queue loses its jobs', tool('clean_queue', 'Clean jobs from a queue.'), GENERIC, 'destructive', undefined],
    ['stepping out of a function runs the program', tool('step_out', 'Steps out of the current function.'), GENERIC, 'execute', undefined],
    ['negative: a step-by-step guide is a guide', tool('deploy_guide', 'Return the step-by-step guide for deploying a project.'), GENERIC, 'read', undefined],
    ['broadcasting a signed transaction moves funds', tool('broadcast_tx', 'Sign and broadcast a transaction with the wallet key.', { tx: { type: 'object' } }), server('x402-wallet-payments', ['send_usdc', 'get_balance']), 'financial', undefined],
  ]);
});

describe('what a call spends, records, aborts or replaces', () => {
  check([
    ['a trip budget is a preference, not a payment', tool('create_itinerary', 'Creates a travel itinerary from preferences.', { destination: { type: 'string' }, budget: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['a prize is paid out', tool('create_contest', 'Create a contest.', { prize: { type: 'number' } }), GENERIC, 'financial', undefined],
    ['a reward is paid out', tool('post_task', 'Post a task for workers.', { reward: { type: 'number', description: 'Reward in USD' } }), GENERIC, 'financial', undefined],
    ['negative: a reward that is a score (0-1) pays nobody', tool('store_episode', 'Store an episode for reinforcement learning.', { reward: { type: 'number', description: 'Task reward (0-1)' } }), GENERIC, 'write', 'medium'],
    ['negative: a reward bounded at 1 is a fraction', tool('record_outcome', 'Record the outcome of an attempt.', { reward: { type: 'number', minimum: 0, maximum: 1 } }), GENERIC, 'write', undefined],
    ['recording a transaction named in the description moves nothing', tool('trust_transaction', 'Record a completed transaction for trust scoring.', { amount_sats: { type: 'number' } }), GENERIC, 'write', undefined],
    ['aborting a run stops it', tool('abort-actor-run', 'Abort an actor run that is running.'), GENERIC, 'write', undefined],
    ['a document\'s earlier revision put back stays in its history', tool('restore_document_revision', 'Restore a document to an earlier revision.', { id: { type: 'string' }, revision: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: a machine\'s snapshot put back discards what came after', tool('restore_snapshot', 'Restore the VM from a snapshot.', { snapshot_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a database put back to an earlier version', tool('restore_database_version', 'Restore a database to an earlier version.', { version: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['an import that drops what exists destroys it', tool('db_import', 'Imports a dump into the database; it drops existing objects before loading.'), GENERIC, 'destructive', 'critical'],
    ['negative: a list that replaces the existing set is an edit', tool('update_segment', 'Update a segment; the conditions you supply replace the existing set.'), GENERIC, 'write', undefined],
    ['broadcasting a transaction named in the description moves funds', tool('wallet_broadcast', 'Sign and broadcast a transaction on Base with the wallet key.', { tx: { type: 'object' } }), server('x402-wallet-payments', ['send_usdc', 'get_balance']), 'financial', undefined],
  ]);
});

describe('running a predefined check or a long-named analysis only computes', () => {
  check([
    ['running a compliance control evaluates', tool('control_run', 'Executes a specific control to evaluate your infrastructure against a requirement.'), GENERIC, 'read', undefined],
    ['an analysis with a long name is an analysis', tool('pagespeed_analyze', 'Run PageSpeed Insights & Core Web Vitals performance analysis for a page.'), GENERIC, 'read', 'low'],
    ['negative: running a pipeline runs it', tool('pipeline_run', 'Run a pipeline.'), GENERIC, 'execute', undefined],
  ]);
});

describe('a command that is configured or transformed is not run', () => {
  check([
    ["updating an application's start command configures it", tool('application-update', 'Updates an existing application.', { applicationId: { type: 'string' }, command: { type: 'string' }, env: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: creating a cron job with a command schedules it', tool('create_cron_job', 'Create a cron job from a schedule and a command.', { schedule: { type: 'string' }, command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['a script transformed without executing it is data', tool('bash_transform', 'Transform a bash script with an AST pipeline without executing it.', { command: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('small marks and messages named in passing', () => {
  check([
    ['setting a breakpoint is a small mark', tool('set_breakpoint', 'Sets a breakpoint at a line.'), GENERIC, 'write', 'low'],
    ['"send a direct message" reaches a person', tool('vibe_dm', 'Send a direct message to someone.'), GENERIC, 'write', 'high'],
    ['earnings are financial records', tool('adsense_report', 'Reports AdSense earnings by day.'), GENERIC, 'read', 'medium'],
  ]);
});

describe('a history is as sensitive as what it records', () => {
  check([
    ["an issue's change history is project metadata", tool('get_issue_history', 'Get the history of changes made to an issue.'), GENERIC, 'read', 'low'],
    ["a chat channel's history is its messages", tool('get_channel_history', 'Get recent messages from a channel.'), server('slack-mcp'), 'read', 'medium'],
    ["a fitness service's exercise history is the user's", tool('get-exercise-history', 'Returns performed sets for one exercise.'), server('hevy-mcp'), 'read', 'medium'],
  ]);
});

describe('payment mandates, filter enums, granted access and browser automation', () => {
  check([
    ['creating a payment mandate authorises spending', tool('create_intent_mandate', 'Create an intent mandate authorising purchases up to a maximum amount.'), server('agentic-payments', ['create_intent_mandate', 'sign_mandate', 'verify_payment']), 'financial', 'high'],
    ['an action enum described as a filter picks what is shown', tool('object_timeline', 'Returns the snapshots of an object over time.', { action: { type: 'string', enum: ['create', 'update', 'delete'], description: 'Filter to mutations of this kind' } }), GENERIC, 'read', undefined],
    ['"grant or revoke" access takes back what can be granted again', tool('manage_field_permissions', 'Grant or revoke field-level access for profiles.'), GENERIC, 'write', undefined],
    ['a prompt to an automated browser drives it', tool('ai_browser', 'AI-powered browser automation using natural language.', { url: { type: 'string' }, prompt: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a prompt to a text model only generates', tool('generate_text', 'Generate text from a prompt.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('connections, receipts and firewall bypasses', () => {
  check([
    ['disconnecting from a database ends the caller\'s connection', tool('disconnect_database', 'Close the current database connection.'), GENERIC, 'write', 'low'],
    ['negative: disconnecting related entries edits data', tool('disconnect_relation', 'Disconnects related entries from a relation field.'), GENERIC, 'write', 'medium'],
    ['a receipt emailed to customers leaves the organisation', tool('receipts-create', 'Create receipts for a transfer; they are emailed to the customers.'), GENERIC, 'write', 'high'],
    ['adding a firewall bypass weakens access control', tool('addBypassIp', 'Add an IP to the bypass list of a project.'), GENERIC, 'write', 'high'],
  ]);
});

describe('a router that runs one of the operations it lists does what they do', () => {
  check([
    ['"select and run one of the following write operations" writes', tool('services-updater', 'Select and run one of the following write operations: change-extension-installation, init-database.'), GENERIC, 'write', undefined],
    ['negative: "run the following command" runs it', tool('run_task', 'Run the following command on the host.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('a tool that names a part only a browser has drives a UI, whatever its server', () => {
  check([
    ['ticking a checkbox', tool('browser_check', 'Check a checkbox or radio button.'), GENERIC, 'execute', 'high'],
    ['opening a tab, with no verb in the name', tool('browser_new_tab', 'Open a new tab.'), GENERIC, 'execute', 'high'],
    ['switching tabs', tool('tab_select', 'Switch to a specific browser tab by index.'), GENERIC, 'execute', undefined],
    ['negative: "check if" asks about a checkbox', tool('is_checked', 'Check if a checkbox is checked.'), GENERIC, 'read', 'low'],
    ['negative: a document\'s tab is content', tool('addDocumentTab', 'Add a new tab in a Google Doc.'), GENERIC, 'write', 'medium'],
    ['negative: a wiki page is not a browser page', tool('open_page', 'Open a page of the wiki and return its text.'), GENERIC, 'read', undefined],
  ]);
});

describe('a parameter that is an alias of another says nothing of its own', () => {
  const where = { where: { type: 'string', description: 'WHERE clause to identify rows' } };
  check([
    ['`sql` as an alias for a WHERE clause is a filter', tool('json_keys', 'Get the keys of a JSON object at a path.', { table: { type: 'string' }, ...where, sql: { type: 'string', description: 'Alias for where' } }), GENERIC, 'read', 'low'],
    ['negative: `sql` of its own is a query that is run', tool('json_keys', 'Get the keys of a JSON object at a path.', { table: { type: 'string' }, sql: { type: 'string', description: 'The SQL to run' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('reads that return the rows a table stores are medium', () => {
  check([
    ['finding rows by a pattern', tool('regexp_match', 'Find rows where a column matches a regular expression.', { table: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['exporting table data', tool('export_table', 'Export table data to JSON or CSV.', { table: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a row count is not the rows', tool('count_table', 'Count the rows of a table.', { table: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: DNS records are not table rows', tool('dns_list', 'List all DNS records for a domain.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a generator that says it changes nothing only returns what it makes', () => {
  check([
    ['a definition\'s verbs are not the tool\'s', tool('cairo-account', 'Make a custom account contract. An account is a special type of contract that is used to validate and execute transactions. Returns the source code.'), GENERIC, 'read', 'low'],
    ['"does not write to disk" outweighs a verb in a relative clause', tool('vesting-contract', 'Make a contract that manages the release of tokens. Returns the source code of the generated contract. Does not write to disk.'), GENERIC, 'read', 'low'],
    ['negative: a verb in the name still writes', tool('update_contract', 'Update a contract. Does not write to disk.'), GENERIC, 'write', undefined],
    ['negative: "This tool is used to delete" is not a definition', tool('cleanup', 'This tool is used to delete old backups.'), GENERIC, 'destructive', undefined],
  ]);
});

describe('a cache is rebuilt from its source', () => {
  check([
    ['clearing the server\'s own cache is a low write', tool('clear_cache', 'Clear the schema cache.'), GENERIC, 'write', 'low'],
    ['purging a CDN\'s cache is a write to a live service', tool('purge_cdn_cache', 'Purge the CDN cache of a zone.'), GENERIC, 'write', 'medium'],
    ['negative: purging a queue destroys its messages', tool('purge_queue', 'Purge all messages of a queue.'), GENERIC, 'destructive', 'critical'],
    ['negative: reading cache statistics is a read', tool('cache_stats', 'Get cache statistics.'), GENERIC, 'read', 'low'],
  ]);
});

describe('building an image, an app or a job runs its build steps', () => {
  check([
    ['building a Docker image', tool('docker_build', 'Build a Docker image from a Dockerfile.'), GENERIC, 'execute', 'high'],
    ['building for a simulator', tool('build_sim', 'Build the app for the iOS simulator.'), GENERIC, 'execute', 'high'],
    ['negative: building a query filter only assembles it', tool('build_query_filter', 'Build a query filter string.'), GENERIC, 'read', 'low'],
    ['negative: building a risk profile is not running a build', tool('build_risk_profile', 'Build a risk profile from the discovered features.'), GENERIC, 'read', undefined],
  ]);
});

describe('downloading to a place on this machine writes a file there', () => {
  check([
    ['an attachment saved to a path', tool('download_attachment', 'Downloads an email attachment.', { messageId: { type: 'string' }, savePath: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['no verb in the name: the description\'s download', tool('attachment_to_disk', 'Download an attachment.', { id: { type: 'string' }, destination_dir: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a download returned to the caller only reads', tool('download_file', 'Download a file and return its content as base64.', { fileId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a screenshot with an output path is still a read', tool('take_screenshot', 'Take a screenshot of the page.', { outputPath: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('changing or pausing a paid subscription changes what is charged', () => {
  check([
    ['a registry\'s subscription tier', tool('registry-subscription-update', 'Update the container registry subscription tier.'), GENERIC, 'financial', undefined],
    ['pausing billing stops future charges (high)', tool('subscriptions-pause', 'Pause a subscription. Stop billing while retaining it for later.'), GENERIC, 'financial', 'high'],
    ['negative: a notification subscription is not paid for', tool('update_notification_subscription', 'Update a notification subscription.'), GENERIC, 'write', 'medium'],
    ['negative: a subscription with no word of payment is a preference', tool('update_subscription', 'Update which topics a subscription follows.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('a query run in a transaction is there to be committed', () => {
  const sql = { query: { type: 'string', description: 'The SQL to run' } };
  check([
    ['within an active transaction', tool('execute_in_transaction', 'Execute a query within an active transaction.', { transactionId: { type: 'string' }, ...sql }), GENERIC, 'execute', 'critical'],
    ['statements run atomically', tool('transaction_execute', 'Execute multiple SQL statements atomically.', { statements: { type: 'array', items: { type: 'string' } }, ...sql }), GENERIC, 'execute', 'critical'],
    ['negative: a query with no word of writing stays high', tool('execute_query', 'Execute a query.', sql), GENERIC, 'execute', 'high'],
  ]);
});

describe('halting a run in progress loses only that run', () => {
  check([
    ['cancelling a deployment', tool('cancel_deployment', 'Cancels an ongoing deployment.'), GENERIC, 'write', 'medium'],
    ['"terminate" a running job ends the run', tool('stop_pipeline_job_run', 'Stop/terminate a running pipeline job.'), GENERIC, 'write', 'medium'],
    ['negative: stopping a cluster changes a live system', tool('stop_cluster', 'Stops a cluster.'), GENERIC, 'write', 'high'],
    ['negative: terminating an instance destroys it', tool('terminate_instance', 'Terminate an instance.'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('browser steps described in prose are browser steps', () => {
  check([
    ['an automation parameter that clicks and fills', tool('scrape', 'Scrape a single page and extract its content.', { url: { type: 'string' }, automation: { type: 'object', description: 'Web automation actions (Click, Fill, Wait, Scroll, etc.)' } }), GENERIC, 'execute', 'high'],
    ['negative: an object that only names one step', tool('scrape', 'Scrape a single page and extract its content.', { url: { type: 'string' }, wait: { type: 'object', description: 'Browser actions: wait for a selector before reading.' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('more money records and private code', () => {
  check([
    ['a wallet\'s sweeps are financial records', tool('sweeps-list', 'List sweeps associated with a wallet.'), GENERIC, 'read', 'medium'],
    ['Apex classes are an org\'s private code', tool('read_apex', 'Read Apex classes from Salesforce.'), GENERIC, 'read', 'medium'],
    ['an account\'s wallets hold its money', tool('wallets-list', 'List the wallets associated with an account.'), GENERIC, 'read', 'medium'],
    ['negative: a street sweep schedule is not a sweep of money', tool('get_schedule', 'Get the street cleaning schedule.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a write whose purpose is to set code going runs it', () => {
  check([
    ['an event sent to trigger handlers', tool('emit_test_event', 'Send a test event to trigger handlers.'), GENERIC, 'execute', 'high'],
    ['negative: an event recorded for a dashboard is a write', tool('send_event', 'Send a custom event to the analytics dashboard.'), GENERIC, 'write', undefined],
  ]);
});

describe('a server named for a browser driver drives a browser once one of its tools takes a step', () => {
  const SELENIUM = server('mcp-selenium', ['navigate', 'add_cookie', 'frame', 'get_element_text']);
  const GRID = server('selenium-box', ['sbox_list_sessions', 'sbox_upload_mobile_app', 'sbox_complete_login']);
  check([
    ['setting a cookie in the driven browser', tool('add_cookie', 'Adds a cookie in the current browser.'), SELENIUM, 'execute', 'high'],
    ['switching frames', tool('frame', 'Switch focus to a frame element on the page.'), SELENIUM, 'execute', 'high'],
    ['negative: a Selenium grid\'s console takes no step', tool('sbox_upload_mobile_app', 'Upload a mobile app file to the grid for a project.'), GRID, 'write', undefined],
  ]);
});

describe('checking that a credential works does not read it', () => {
  check([
    ['checking authentication status', tool('auth_check', 'Check authentication status for the store console.'), GENERIC, 'read', 'low'],
    ['a bare name whose description validates the keys', tool('auth', 'Validate the API credentials before other operations.', { action: { type: 'string', enum: ['validate'] } }), GENERIC, 'read', 'low'],
    ['negative: showing the credentials returns them', tool('display_credentials', 'Display all API credentials and the current token.'), GENERIC, 'read', 'high'],
    ['negative: getting a secret', tool('get_secret', 'Get a secret value by name.'), GENERIC, 'read', 'high'],
  ]);
});

describe('launching an installed application runs a program, but none of the caller\'s code', () => {
  check([
    ['launching an app on a simulator', tool('launch_app', 'Launches an app on the iOS Simulator by bundle identifier', { bundle_id: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['opening the simulator application', tool('open_simulator', 'Opens the iOS Simulator application'), GENERIC, 'execute', 'medium'],
    ['an editor after the verb is what is launched, not an action', tool('launch_editor', 'Launch the editor for a specific project', { projectPath: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: running a project runs its code', tool('run_project', 'Run the project and capture output', { projectPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: opening a file reads it', tool('open_file', 'Open a file and return its text.'), GENERIC, 'read', undefined],
    ['negative: an agent noun alone names the action', tool('services-updater', 'Updates the services of a project.'), GENERIC, 'write', undefined],
  ]);
});

describe('a debugger\'s run controls run the program it debugs', () => {
  const DEBUGGER = server('node-debugger-mcp', ['set_breakpoint', 'continue', 'step_over', 'restart_debugging', 'attach_to_process']);
  const QUEUES = server('queue-mcp', ['pause_queue', 'resume_queue', 'list_jobs']);
  check([
    ['continuing a paused program', tool('continue', 'Continues code execution'), DEBUGGER, 'execute', 'medium'],
    ['stepping over a line', tool('step_over', 'Step over the current line'), DEBUGGER, 'execute', 'medium'],
    ['restarting the debuggee relaunches it', tool('restart_debugging', 'Restart the debuggee: terminate the current program and relaunch it.'), DEBUGGER, 'execute', 'high'],
    ['attaching takes control of a running process', tool('attach_to_process', 'Attach to a running process for debugging.'), DEBUGGER, 'execute', 'high'],
    ['negative: resuming a queue elsewhere is a write', tool('resume_queue', 'Resume processing of a paused queue.'), QUEUES, 'write', undefined],
    ['negative: a breakpoint is still a small mark', tool('set_breakpoint', 'Sets a breakpoint at a line of a file.'), DEBUGGER, 'write', 'low'],
  ]);
});

describe('making something that is saved to a file on this machine writes that file', () => {
  check([
    ['speech saved to a directory the caller names', tool('text_to_audio', 'Convert text to audio and save the output audio file to a given directory.', { text: { type: 'string' }, outputDirectory: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: no place to save to', tool('text_to_speech', 'Convert text to audio and save the audio file.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a screenshot that returns its image', tool('take_screenshot', 'Captures a screenshot of the current page.', { outputPath: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('"pull" is a fetch where the description only fetches', () => {
  check([
    ['pulling release notes from a store', tool('release-pull-notes', 'Fetch release notes from App Store/Google Play.'), GENERIC, 'read', 'low'],
    ['negative: pulling an image stores it', tool('docker-pull', 'Pull a Docker image from a registry'), GENERIC, 'write', undefined],
    ['negative: pulling a model downloads it to keep', tool('model_pull', 'Pull a model from the registry. Downloads the model to make it available locally.'), GENERIC, 'write', undefined],
    ['negative: git pull', tool('git_pull', 'Pull changes from the remote into the current branch.'), GENERIC, 'write', undefined],
  ]);
});

describe('clearing a buffer loses only what a tool collected in memory', () => {
  check([
    ['clearing the log buffer', tool('clear_logs', 'Clear the log buffer. Empty the in-memory console buffer so the next read sees fresh entries.'), GENERIC, 'write', 'low'],
    ['negative: clearing stored logs deletes them', tool('clear_logs', 'Clear all audit logs of the organisation.'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('setting up automatic charges is a financial obligation', () => {
  check([
    ['an auto-refill of credits with a threshold and an amount', tool('configure_auto_refill', 'Configure automatic credit refill settings', { enabled: { type: 'boolean' }, threshold: { type: 'number' }, amount: { type: 'number' } }), GENERIC, 'financial', 'high'],
    ['turning on autopay', tool('enable_autopay', 'Enable autopay for the account.'), GENERIC, 'financial', 'high'],
    ['negative: reading the auto-refill status', tool('check_balance', 'Check current credit balance and auto-refill status'), GENERIC, 'read', undefined],
    ['negative: an automatic backup costs nothing', tool('configure_auto_backup', 'Configure automatic backup settings'), GENERIC, 'write', undefined],
  ]);
});

describe('exchanging a code for tokens creates credentials', () => {
  check([
    ['an OAuth code exchange', tool('jira_oauth_exchange_code', 'Exchange the authorization code for access tokens after the user has completed the OAuth flow.'), GENERIC, 'write', 'high'],
    ['exchanging an authorization code, said in the name', tool('exchange_authorization_code', 'Completes the sign-in.'), GENERIC, 'write', 'high'],
    ['negative: a currency exchange rate is a read', tool('get_exchange_rate', 'Get the exchange rate between two currencies.'), GENERIC, 'read', undefined],
  ]);
});

describe('in a shop, a product is on sale as soon as it is listed', () => {
  const SHOP_SERVER = server('shopify-admin-mcp', ['create-product', 'update-product', 'get-orders']);
  const PAYMENTS = server('payments-api-mcp', ['create_product', 'create_price', 'create_invoice']);
  check([
    ['creating a product in a shop', tool('create-product', 'Create a new product.'), SHOP_SERVER, 'write', 'high'],
    ['updating a product in a shop', tool('update-product', 'Update an existing product\'s name, description and status.'), SHOP_SERVER, 'write', 'high'],
    ['negative: a product in a billing catalogue charges nobody yet', tool('create_product', 'Create a product in the billing catalogue.'), PAYMENTS, 'write', 'medium'],
    ['negative: a shop\'s blog post is no product', tool('create-article', 'Create a blog article.'), SHOP_SERVER, 'write', 'medium'],
  ]);
});

describe('staging files in git only marks them for the next commit', () => {
  check([
    ['adding a file to the staging area', tool('git-add', 'Adds a specific file to the staging area'), GENERIC, 'write', 'low'],
    ['staging files for commit', tool('git_add', 'Stage files for commit. Add file contents to the staging area (index).'), GENERIC, 'write', 'low'],
    ['negative: committing records the change', tool('git_commit', 'Record changes to the repository.'), GENERIC, 'write', 'medium'],
    ['negative: adding a file to a drive stores it', tool('add_file', 'Add a file to the shared drive.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('a read whose description says it returns logs reads sensitive data', () => {
  check([
    ['the tail of a remote log file', tool('ssh_tail', 'Reads the tail of a remote log file on the named server.'), GENERIC, 'read', 'medium'],
    ['a program\'s stdout and stderr', tool('get_output', 'Retrieve the program output (stdout/stderr, warnings, crashes).'), GENERIC, 'read', 'medium'],
    ['negative: counting log entries is a number', tool('count_entries', 'Count the number of log entries per day.'), GENERIC, 'read', 'low'],
    ['negative: a changelog is not a log', tool('get_changelog', 'Get the release notes of a version.'), GENERIC, 'read', 'low'],
  ]);
});

describe('cancelling an order in a shop calls off a sale', () => {
  const SHOP_SERVER = server('headless-commerce-mcp', ['create_product', 'cancel_order', 'list_orders']);
  check([
    ['cancelling an order in a shop', tool('cancel_order', 'Cancel an order with an optional reason.'), SHOP_SERVER, 'financial', 'high'],
    ['negative: cancelling a task on a to-do server', tool('cancel_task', 'Cancel a task.'), GENERIC, 'write', undefined],
    ['negative: a refund moves money', tool('refund_order', 'Refund an order in full.'), SHOP_SERVER, 'financial', 'critical'],
  ]);
});

describe('a UI part named with a slash is still a UI part', () => {
  const DEVTOOLS = server('firefox-devtools-mcp', ['click_by_uid', 'hover_by_uid', 'fill_by_uid', 'navigate_page']);
  check([
    ['filling a text input or textarea', tool('fill_by_uid', 'Fill text input/textarea by UID.'), DEVTOOLS, 'execute', 'high'],
    ['negative: filling a spreadsheet range is a write', tool('fill_range', 'Fill a range of cells with a value.'), GENERIC, 'write', undefined],
  ]);
});

describe('subscribing to changes receives notices, even on a server that handles money', () => {
  const PLATFORM = server('credits-platform-mcp', ['create_payment_link', 'check_balance', 'realtime_subscribe', 'purchase_credits']);
  check([
    ['subscribing to database changes', tool('realtime_subscribe', 'Subscribe to real-time database changes'), PLATFORM, 'write', undefined],
    ['negative: subscribing to a paid plan pays for it', tool('subscribe_plan', 'Subscribe the account to the Pro plan.'), PLATFORM, 'financial', undefined],
  ]);
});

describe('clearing a setting or an override puts the default back', () => {
  check([
    ['clearing the working directory setting', tool('clear_working_dir', 'Clear the session working directory setting.'), GENERIC, 'write', undefined],
    ['negative: clearing a directory empties it', tool('clear_directory', 'Clear a directory of all its files.'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a tool for data-changing statements stays critical while writes are switched off', () => {
  check([
    ['writes disabled for now', tool('execute', 'Run a data-modifying SQL statement (INSERT/UPDATE/DELETE or DDL). Currently DISABLED: the server is read-only, so this returns an error.', { sql: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['negative: a query tool that is read-only', tool('query', 'Run a read-only SQL query.', { sql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('a dry-run option that changes nothing does not make the tool read-only', () => {
  check([
    ['running workflows with a dry-run mode', tool('orchestrate_template', 'EXECUTE multi-step workflows for complex entity operations. Modes: dry_run: Test without making changes.'), GENERIC, 'execute', 'high'],
    ['negative: a tool that says it changes nothing', tool('plan_changes', 'Plan the migration without making changes.'), GENERIC, 'read', undefined],
  ]);
});

describe('an update picked by a filter, or said to reach across all records, overwrites every match', () => {
  check([
    ['an update with only a filter and new values', tool('updateData', '', { table: { type: 'string' }, data: { type: 'object' }, query: { type: 'object', description: 'Filter conditions for the update' } }), GENERIC, 'destructive', 'critical'],
    ['a field updated across all chunks', tool('bulk_update_metadata', 'Update a metadata field across ALL chunks in a project.', { project: { type: 'string' }, field: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: an update aimed at one record by id', tool('update_correspondent', 'Update an existing correspondent\'s name or matching pattern.', { id: { type: 'number' }, match: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an update of a single row by conditions', tool('conditional_update', 'Update a row only if its version matches.', { table: { type: 'string' }, data: { type: 'object' }, conditions: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a setting for all later calls', tool('set_project_root', 'Set the project root directory for all subsequent operations.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('what a name says it searches by is not what it returns', () => {
  check([
    ['messages searched by subject', tool('search_by_subject', 'Search messages by subject keywords with optional date range.'), GENERIC, 'read', 'medium'],
    ['an agent noun after a preposition is a thing', tool('search_unread_from_sender', 'Search unread messages from a specific sender.'), GENERIC, 'read', undefined],
    ['negative: products searched by category', tool('search_by_category', 'Search products by category.'), GENERIC, 'read', 'low'],
  ]);
});

describe('words that qualify, not act', () => {
  check([
    ['"clean, LLM-friendly text" is what comes back', tool('reader_process', 'Convert any URL to clean, LLM-friendly text using the Reader API'), GENERIC, 'read', 'low'],
    ['disconnecting from all servers ends the caller\'s own connections', tool('ssh_disconnect_all', 'Disconnect from all SSH servers'), GENERIC, 'write', 'low'],
    ['negative: cleaning a table loses its rows', tool('clean_table', 'Clean a table of all rows.'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a prompt handed to a language model only gets its answer back', () => {
  const DEEPSEEK = server('deepseek-mcp-server', ['chat_completion', 'completion', 'create_response']);
  check([
    ['sending a task to a local LLM', tool('chat', 'Send a task to a local LLM running on the user\'s hardware.'), GENERIC, 'read', 'low'],
    ['code handed to a model for review is not run', tool('code_task', 'Send a code-specific task to the local LLM, wrapped with a code-review prompt.', { code: { type: 'string' }, task: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a chat with a model is no private chat', tool('ollama_chat', 'Chat with a model using conversation messages.'), GENERIC, 'read', 'low'],
    ['a response from a model provider\'s API', tool('create_response', 'Create a stateless response using the OpenAI-compatible Responses API.', { input: { type: 'string' } }), DEEPSEEK, 'read', 'low'],
    ['negative: an image drawn by a model is a stored asset', tool('generate-image', 'Generate an image with an AI model and store it as an asset.'), GENERIC, 'write', undefined],
    ['negative: a file uploaded without passing through the model', tool('sftp-upload-file', 'Upload a local file to the remote host over SFTP, without passing the contents through the model.'), GENERIC, 'write', undefined],
    ['negative: a chat with a company assistant over its documents', tool('chat', 'Chat with the company assistant over your documents.'), server('glean-mcp', ['chat', 'search']), 'read', undefined],
  ]);
});

describe('the operations a batch performs count as the tool\'s actions', () => {
  const ops = (values: string[]) => ({ operations: { type: 'array', items: { type: 'object', properties: { operation: { type: 'string', enum: values }, source: { type: 'string' } } } } });
  check([
    ['a batch of file operations that can delete', tool('batch_file_operations', 'Performs batch operations on multiple files', ops(['copy', 'move', 'delete', 'rename'])), GENERIC, 'destructive', 'critical'],
    ['negative: a JSON Patch that removes a property edits the document', tool('update_dashboard', 'Update a dashboard with patch operations', { operations: { type: 'array', items: { type: 'object', properties: { op: { type: 'string', enum: ['replace', 'add', 'remove'] }, path: { type: 'string' } } } } }), GENERIC, 'write', undefined],
    ['negative: a batch of copies and moves', tool('batch_file_operations', 'Performs batch operations on multiple files', ops(['copy', 'move'])), GENERIC, 'write', undefined],
  ]);
});

describe('indexing content for search stores an index that can be rebuilt', () => {
  check([
    ['indexing a codebase', tool('index_codebase', 'Index a codebase directory to enable semantic search. A force index re-indexes, overwriting the previous index.', { path: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: content from specialized indexes is a read', tool('enrichment_enhance', 'Provides supplementary content from specialized indexes.'), GENERIC, 'read', undefined],
    ['negative: overwriting a document is destructive', tool('save_document', 'Save the document, overwriting the existing file.'), GENERIC, 'destructive', undefined],
  ]);
});

describe('results saved to a path the caller gives are written there', () => {
  check([
    ['an SVG saved to a local path', tool('svg_generate', 'Generates an SVG image from a prompt and saves it to a specified local path.', { prompt: { type: 'string' }, output_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['creating a folder with its missing parents', tool('create_directory', 'Creates a directory', { path: { type: 'string' }, recursive: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('merging code ships it; merging content only combines it', () => {
  check([
    ['merging sheet cells', tool('sheets_merge_cells', 'Merge cells in a Google Sheet'), GENERIC, 'write', 'medium'],
    ['merging two projects\' data', tool('merge_projects', 'Merge all categories and chunks from a source project into a target project.'), GENERIC, 'write', 'medium'],
    ['negative: merging a branch', tool('merge_branch', 'Merge a development branch into production.'), GENERIC, 'write', 'high'],
    ['negative: merging a pull request', tool('merge_pull_request', 'Merge a pull request.'), GENERIC, 'write', 'high'],
  ]);
});

describe('a script picked by its path runs as the program it holds', () => {
  check([
    ['running a PHP script from disk', tool('php_cli_run', 'Executes a PHP script with the PHP CLI. PHP runs with the full privileges of this server.', { scriptPath: { type: 'string', description: 'Path to the .php script' } }), GENERIC, 'execute', 'critical'],
    ['negative: reading a file by its path', tool('read_file', 'Read a file.', { path: { type: 'string', description: 'Path to the file' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a calculator computes on what it is given', () => {
  const CALC = server('calc-mcp', ['date', 'regex', 'math']);
  check([
    ['adding to a date', tool('date', 'Date calculations: diff between dates, add to date, weekday.', { action: { type: 'string', enum: ['diff', 'add', 'weekday'] } }), CALC, 'read', 'low'],
    ['replacing with a regular expression', tool('regex', 'Test, match or replace using regular expressions', { action: { type: 'string', enum: ['test', 'match', 'replace'] } }), CALC, 'read', 'low'],
    ['negative: adding a record elsewhere', tool('records', 'Manage records.', { action: { type: 'string', enum: ['list', 'add'] } }), GENERIC, 'write', undefined],
  ]);
});

describe('an account\'s name and email address are personal data', () => {
  check([
    ['account info with name and email address', tool('check_account_info', 'Check the current user\'s account information including name, subscription plan, credits, and email address.'), GENERIC, 'read', 'medium'],
    ['negative: the account\'s plan alone', tool('get_plan', 'Get the current subscription plan name and limits.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a table picked with a filter or columns returns its rows', () => {
  check([
    ['querying a table with a filter', tool('queryDatabase', '', { table: { type: 'string' }, select: { type: 'string' }, query: { type: 'object' } }), GENERIC, 'read', 'medium'],
    ['negative: a table\'s structure', tool('describe_table', 'Show the structure of one table: column names and types.', { table: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: statistics of a table', tool('table_stats', 'Get row counts and size statistics.', { table: { type: 'string' }, columns: { type: 'array' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a get that can also create is a write', () => {
  check([
    ['gets or creates a shareable link', tool('getShareableLink', 'Gets or creates a shareable link for a file with specified permission settings.'), GENERIC, 'write', 'high'],
    ['negative: gets a link that exists', tool('getFileLink', 'Gets the web link of a file.'), GENERIC, 'read', undefined],
  ]);
});

describe('running a saved question returns stored results', () => {
  check([
    ['executing a saved question', tool('execute-question', 'Execute a saved question and get the results'), GENERIC, 'read', 'medium'],
    ['executing a dashboard card', tool('execute_dashboard_card', 'Execute a specific card on a dashboard and return results'), GENERIC, 'read', 'medium'],
    ['negative: executing a native query', tool('execute_query', 'Execute a native SQL query against a database', { query: { type: 'string', description: 'SQL query' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('more verbs: stash and dump', () => {
  check([
    ['stashing changes', tool('git_stash', 'Stashes changes in working directory'), GENERIC, 'write', 'medium'],
    ['dumping a syntax tree of given code', tool('dump_syntax_tree', 'Dump code\'s syntax structure.', { code: { type: 'string' }, language: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an AI agent set going acts as it sees fit', () => {
  check([
    ['an agent created in a terminal pane with a working folder', tool('agent_create', 'Create a new agent in a new tmux pane.', { name: { type: 'string' }, model: { type: 'string' }, args: { type: 'string' }, cwd: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['a worker agent spawned with a subtask', tool('relay_spawn', 'Spawn a worker agent to handle a subtask. The worker runs in a separate process with its own CLI instance.', { name: { type: 'string' }, task: { type: 'string' }, cwd: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['a task sent to agents', tool('send_message', 'Send a message to one or more agents (or master). After sending a task to an agent, poll for the reply.', { agent_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: creating a voice agent\'s configuration', tool('create_agent', 'Creates a new voice agent configuration.', { name: { type: 'string' }, voice: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a message to a person', tool('send_message', 'Send a message to a user in a channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a user agent string', tool('set_user_agent', 'Set the user agent of the browser.', { userAgent: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a request to any URL is a network client, not one service\'s delete', () => {
  const methods = { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE'] };
  check([
    ['an HTTP request anywhere', tool('fetch', 'Perform HTTP requests with full control over method, headers and body', { url: { type: 'string' }, method: methods }), GENERIC, 'execute', 'high'],
    ['negative: a request to any path of one service\'s API', tool('api_request', 'Make a request to the service API', { path: { type: 'string' }, method: methods }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('code run in a subprocess of this machine is run on the host, sandbox or not', () => {
  check([
    ['a "sandboxed subprocess" with shell among its languages', tool('ctx_execute', 'Run code in a sandboxed subprocess. Languages: javascript, shell, python.', { language: { type: 'string' }, code: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['mutating SQL stated in the first sentence', tool('execute_write_query', 'Run a mutating SQL statement. DISABLED unless writes are enabled.', { query: { type: 'string', description: 'Mutating SQL' } }), GENERIC, 'execute', 'critical'],
    ['negative: code run in a remote sandbox', tool('run_code', 'Run code in an isolated sandbox.', { code: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('steps on a driven device: gestures, alerts, orientation', () => {
  const DEVICE = server('agent-device', ['click', 'press', 'swipe', 'type', 'gesture', 'alert', 'orientation']);
  check([
    ['a gesture', tool('gesture', 'Perform a structured pan, fling, swipe, pinch or drag gesture.'), DEVICE, 'execute', 'high'],
    ['accepting or dismissing an alert', tool('alert', 'Inspect, wait for, accept, or dismiss a platform alert.', { action: { type: 'string', enum: ['get', 'accept', 'dismiss', 'wait'] } }), DEVICE, 'execute', 'high'],
    ['turning the device', tool('orientation', 'Set device orientation on iOS and Android.'), DEVICE, 'execute', 'high'],
    ['a "set" that opens the text is its action', tool('custom_field', 'Set or clear a custom field value on an issue.'), GENERIC, 'write', 'medium'],
    ['negative: dismissing an alert in a monitoring tool', tool('alert', 'Acknowledge or dismiss an alert.', { action: { type: 'string', enum: ['get', 'acknowledge', 'dismiss'] } }), GENERIC, 'write', undefined],
  ]);
});

describe('a UI step that only moves or reshapes the view is medium', () => {
  const BROWSER = server('browser-mcp', ['browser_click', 'browser_type', 'browser_scroll', 'browser_navigate']);
  check([
    ['scrolling the page', tool('browser_scroll', 'Scroll the page by a number of pixels.'), BROWSER, 'execute', 'medium'],
    ['switching tabs', tool('tab_select', 'Switch to a specific browser tab by index'), BROWSER, 'execute', 'medium'],
    ['resizing the viewport', tool('set_viewport_size', 'Set viewport dimensions in pixels.'), BROWSER, 'execute', 'medium'],
    ['hovering over an element', tool('browser_hover', 'Hover over an element on the page.', { selector: { type: 'string' } }), BROWSER, 'execute', 'medium'],
    ['hovering, named only in the description', tool('pointer', 'Hover the mouse over the element with the given ref.', { ref: { type: 'string' } }), BROWSER, 'execute', 'medium'],
    ['negative: hovering then clicking', tool('hover_and_click', 'Hover over a menu, then click the item.', { selector: { type: 'string' } }), BROWSER, 'execute', 'high'],
    ['negative: clicking', tool('browser_click', 'Click an element on the page.'), BROWSER, 'execute', 'high'],
    ['negative: opening a new tab at a URL', tool('browser_new_tab', 'Open a new tab at a URL.', { url: { type: 'string' } }), BROWSER, 'execute', 'high'],
  ]);
});

describe('design tokens are no credentials; a reset that clears data destroys it', () => {
  check([
    ['listing design tokens', tool('get_tokens', 'Get all design tokens with their values and CSS variables'), GENERIC, 'read', 'low'],
    ['negative: listing API tokens', tool('get_tokens', 'Get all API tokens of the account'), GENERIC, 'read', 'high'],
    ['resetting an app by clearing its data', tool('reset_app', 'Reset the application state (clear data/cache) without uninstalling'), GENERIC, 'destructive', 'critical'],
    ['negative: resetting a form', tool('reset_form', 'Reset the form to its defaults.'), GENERIC, 'write', undefined],
  ]);
});

describe('a method among the fields of a record describes it; the tool sends no such request', () => {
  const methods = { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE'] };
  check([
    ['defining an API in a catalogue', tool('create_api', 'Create a new API definition with its method, URL and headers.', { name: { type: 'string' }, method: methods, url: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['listing APIs filtered by method', tool('get_api_list', 'List the API definitions, filtered by module, method or URL.', { method: methods, url: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['listing captured network requests by method', tool('get_network_requests', 'Get captured network requests of the app, filtered by method.', { method: methods }), GENERIC, 'read', undefined],
    ['negative: a generic request tool', tool('api_request', 'Make a request to the API.', { path: { type: 'string' }, method: methods }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('capturing notes and ingesting content record them; running an audit reads', () => {
  check([
    ['capturing a journal entry', tool('datacore_capture', 'Capture a journal entry or knowledge note.'), GENERIC, 'write', 'medium'],
    ['ingesting text as a note', tool('datacore_ingest', 'Ingest text content as a knowledge note'), GENERIC, 'write', 'medium'],
    ['running an accessibility audit', tool('accessibility_audit', 'Run accessibility audit on component tree. Returns violations.'), GENERIC, 'read', 'low'],
    ['an audit through a headless browser of its own', tool('runSEOAudit', 'Lighthouse SEO audit of the current page. Launches a separate headless browser.', {}, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['opening the DevTools UI', tool('open_devtools', 'Open the React Native DevTools'), GENERIC, 'execute', 'medium'],
    ['negative: capturing a screenshot', tool('capture_screenshot', 'Capture a screenshot of the page.'), GENERIC, 'read', undefined],
  ]);
});

describe('acknowledging, dismissing or marking a comment only sets its status', () => {
  check([
    ['acknowledging an annotation', tool('agentation_acknowledge', 'Mark an annotation as acknowledged.'), GENERIC, 'write', 'low'],
    ['dismissing feedback', tool('agentation_dismiss', 'Dismiss an annotation, with a reason why.'), GENERIC, 'write', 'low'],
    ['marking a comment resolved', tool('mark_resolved', 'Mark a comment as resolved by its ID.'), GENERIC, 'write', 'low'],
    ['negative: editing a comment', tool('update_comment', 'Update the text of a comment.'), GENERIC, 'write', 'medium'],
    ['negative: dismissing a pull request review', tool('dismiss_review', 'Dismiss a review on a pull request.'), GENERIC, 'write', undefined],
  ]);
});

describe('opening a database transaction changes nothing yet; committing one makes it permanent', () => {
  check([
    ['starting a transaction', tool('start-transaction', 'Start a new transaction'), GENERIC, 'write', 'low'],
    ['committing a transaction', tool('commit-transaction', 'Commit a transaction'), GENERIC, 'write', 'high'],
    ['negative: rolling one back', tool('rollback-transaction', 'Rollback a transaction'), GENERIC, 'write', 'medium'],
    ['negative: a payment transaction on a server that handles money is no database transaction', tool('start_transaction', 'Start a payment transaction.'), server('bank-ledger-mcp', ['start_transaction', 'list_payments', 'get_balance']), 'write', 'medium'],
  ]);
});

describe('taking an entry off a list leaves the thing itself', () => {
  check([
    ['removing a repository from a manager\'s list', tool('remove', 'Remove MCP repo from manager list'), GENERIC, 'write', 'medium'],
    ['negative: removing a job from the queue deletes it', tool('remove_job', 'Remove a job from the queue'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('generating a file leaves it behind; generating a chart, a plan or a passphrase only returns it', () => {
  check([
    ['a test file for a component', tool('generate_test', 'Generate a Playwright/Vitest test file for a component.'), GENERIC, 'write', 'medium'],
    ['documentation, named', tool('generate_docs', 'Generate MDX documentation for a component.'), GENERIC, 'write', 'medium'],
    ['rule files for editors are files, not access rules', tool('generate_rules', 'Generate AI rule files for editors (Cursor, Cline, Claude Code).'), GENERIC, 'write', 'medium'],
    ['a bare generator whose description names files', tool('generate', 'Generate artifacts from captured data: a reproduction script, a HAR archive.'), GENERIC, 'write', 'medium'],
    ['code handed to a documentation generator is data', tool('generate_component_doc', 'Generate component documentation from a design component.', { usageExamples: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, code: { type: 'string' } } } } }), GENERIC, 'write', 'medium'],
    ['negative: tests handed back as text', tool('generate_component_test', 'Generate comprehensive React Native component tests following industry best practices.', { componentCode: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a chart is returned', tool('generate_line_chart', 'Generate a line chart to show trends over time.'), GENERIC, 'read', 'low'],
    ['negative: a test plan is returned', tool('generate_frontend_test_plan', 'Generate a test plan for the frontend.'), GENERIC, 'read', undefined],
    ['negative: a report is returned', tool('generate_report', 'Generate an analytical report on the data.'), GENERIC, 'read', undefined],
  ]);
});

describe('opening something in the user\'s browser or a program\'s window starts that program', () => {
  check([
    ['a URL of the caller\'s choosing, in the user\'s default browser', tool('open_page', 'Open a URL in the user\'s default browser.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a dashboard in the browser', tool('open_dashboard', 'Open the test result dashboard in your browser to review the results.'), GENERIC, 'execute', 'medium'],
    ['a database viewer with no verb in its name', tool('Prisma-Studio', 'Open Prisma Studio to view data in your database in a pleasing visual UI.', { projectCWD: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: opening a file reads it', tool('open_file', 'Open a file in the workspace and return its text.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a video in the chat\'s embedded player is shown, not launched', tool('view_video', 'Open a lesson video in the embedded UI player for the user.', { videoUrl: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('data read from a table or a database is the records it stores', () => {
  check([
    ['a page of data from a table', tool('data', 'Read a page of data from a table in the project\'s deployment.', { tableName: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['data at a location in a realtime database', tool('realtimedatabase_get_data', 'Use this to retrieve data from the specified location in a Firebase Realtime Database.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: metadata from the database', tool('get_info', 'Get metadata from the database server: version and uptime.'), GENERIC, 'read', 'low'],
    ['negative: a count of the data in a table', tool('count_data', 'Count how many rows of data from a table match.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a page\'s session and local storage keep its logged-in state', () => {
  check([
    ['listing session storage', tool('browser_sessionstorage_list', 'List all sessionStorage key-value pairs'), GENERIC, 'read', 'medium'],
    ['one local storage item', tool('browser_localstorage_get', 'Get a localStorage item by key'), GENERIC, 'read', 'medium'],
    ['negative: listing tabs', tool('browser_tab_list', 'List browser tabs'), GENERIC, 'read', 'low'],
  ]);
});

describe('a method that narrows a lookup names routes; a product\'s domain name is no verb', () => {
  check([
    ['an impact report narrowed to one method of a route', tool('api_impact', 'Pre-change impact report for an API route handler.', { route: { type: 'string', description: 'Route path (e.g. /api/grants)' }, method: { type: 'string', description: 'Optional HTTP verb — GET, POST, PUT, PATCH, DELETE — to narrow a multi-verb route lookup to a single method.' } }), GENERIC, 'read', 'low'],
    ['negative: a request to a path with that method', tool('api_call', 'Call any endpoint of the API.', { path: { type: 'string' }, method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] } }), GENERIC, 'destructive', 'critical'],
    ['Trigger.dev in a description triggers nothing', tool('submit_report', 'Report a problem with the Trigger.dev MCP server, SDK, or documentation.', { message: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: triggering a task', tool('run_task', 'Trigger a task run with its payload.', { payload: { type: 'object' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a process verb before "status" at the end of a name names that process\'s status', () => {
  check([
    ['the status of a sync job', tool('sync_status', 'Get the current or latest sync job record.'), GENERIC, 'read', 'low'],
    ['the status of a migration', tool('migrate_status', ''), GENERIC, 'read', 'low'],
    ['negative: setting a status', tool('set_status', 'Set the status of a task.'), GENERIC, 'write', 'medium'],
    ['negative: updating a status', tool('update_status', 'Update the status of an issue.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('a write, or a job that runs no code of the caller\'s, whose own description warns that it is destructive is taken at its word', () => {
  check([
    ['a create that replaces the whole document', tool('create_new_diagram', 'Create a NEW diagram from XML. ⚠️ DESTRUCTIVE: This tool REPLACES the entire document, including any unsaved user changes.', { xml: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a reorder the server warns about', tool('reorder_slides', 'Reorder slides by providing a new array of slide IDs. WARNING: This is a destructive operation.'), GENERIC, 'destructive', 'critical'],
    ['a rollback flagged with a dash', tool('config_rollback', 'Roll the configuration back to a saved checkpoint. DESTRUCTIVE - asks for approval first.', { checkpoint: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a removal of a re-addable thing that says it is destructive — and takes more with it', tool('delete-bookmark', 'Delete a bookmark by id. This is destructive — the bookmark, its notes and its files are removed.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a non-destructive edit', tool('edit_diagram', 'Edit cells of the current diagram. This is a non-destructive operation.'), GENERIC, 'write', 'medium'],
    ['negative: a destructive hint named in passing', tool('update_cells', 'Update cells. Not destructive: earlier versions are kept.'), GENERIC, 'write', 'medium'],
    ['negative: a rollback with no warning stays a job', tool('config_rollback', 'Roll the configuration back to a saved checkpoint.', { checkpoint: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: running the caller\'s command, which may be destructive, stays execute', tool('run_command', 'Run a shell command on the host. Destructive - use with care.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('starting a local development server runs the project\'s code', () => {
  check([
    ['the Angular dev server', tool('devserver_start', '<Purpose> Starts the Angular development server ("ng serve") as a background process. </Purpose>', { workspace: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an app run locally', tool('app-dev', 'Start a local development server for the app. Runs the app locally for development and testing.'), GENERIC, 'execute', 'high'],
    ['negative: stopping it', tool('devserver_stop', 'Stops a running development server that was started with devserver_start.'), GENERIC, 'write', 'medium'],
    ['negative: waiting for its build', tool('devserver_wait_for_build', 'Waits for a dev server that was started with the "devserver_start" tool to complete its build.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a message sent to an agent sets it going, whichever verb the name uses', () => {
  check([
    ['a chat message to an agent', tool('agents_chat', 'Send a chat message to an agent and receive the response.', { id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a chat message to a channel', tool('channel_chat', 'Send a chat message to a channel.', { channel: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('holding a card\'s funds or capturing them moves money', () => {
  check([
    ['a two-step payment that blocks funds, with no verb in its name', tool('auth', 'Two-step payment (authorization/hold). Funds are blocked but not captured until confirmed.', { amount: { type: 'number' }, cardToken: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['confirming captures the held funds', tool('confirm', 'Confirm an authorized payment to capture the held funds.', { transactionId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a terms-of-service token that mentions funds', tool('accounts-get-terms-of-service-token', 'Generates a token used to accept the terms of service. Any account requesting the collect funds or send funds capabilities must accept them.'), GENERIC, 'read', undefined],
    ['negative: a list of held funds', tool('list_holds', 'List the funds held on the account.'), GENERIC, 'read', undefined],
  ]);
});

describe('"Step 2 of 3" numbers a workflow\'s stages; resolving a task completes it; a reported cost pays nothing', () => {
  check([
    ['a review numbered as a step is a read', tool('analyze_spec', 'Step 2 of 3: Call after compose_spec. Review spec quality (conflicts, ambiguities).', { spec: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an upload numbered as a step is a write', tool('save_spec', 'Step 3 of 3: Upload a smoothed specification document to cache.', { spec: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['resolving a task marks it completed', tool('resolve_task', 'Mark a work item as completed or failed.', { taskId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['the cost it reports is a record, not a payment', tool('resolve_team_task', 'Mark a team task as completed. Reports cost and files modified.', { taskId: { type: 'string' }, costUsd: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: stepping a debugger', tool('step', 'Step over the current line.'), server('node-debugger', ['step', 'continue', 'set_breakpoint']), 'execute', undefined],
    ['negative: an amount in dollars is paid', tool('send_payment', 'Send a payment to a recipient.', { recipient: { type: 'string' }, amountUsd: { type: 'number' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('a name that ends on instructions or a guide, described as such, returns them', () => {
  check([
    ['instructions for creating an app', tool('create-app-instructions', 'Instructions for creating a new app. If you are asked to create an app, call this first.'), GENERIC, 'read', 'low'],
    ['a deployment guide', tool('deploy_guide', 'Returns the step-by-step guide to deploying the project.'), GENERIC, 'read', 'low'],
    ['negative: setting layout guides', tool('set_guide', 'Set guides on a page in Figma. Replaces all existing guides on the page.'), GENERIC, 'write', undefined],
    ['negative: creating a recipe', tool('create_recipe', 'Create a recipe with its ingredients.'), GENERIC, 'write', 'medium'],
  ]);
});

describe('building a value computes it; voiding a payment is a money act', () => {
  check([
    ['an event topic signature', tool('build_event_topic', 'Builds an event topic signature based on event name and arguments'), GENERIC, 'read', 'low'],
    ['a query filter string', tool('build_query_filter', 'Build a query filter string in the service\'s query language.'), GENERIC, 'read', 'low'],
    ['negative: building a Docker image runs its steps', tool('build_image', 'Build a Docker image from a Dockerfile.'), GENERIC, 'execute', undefined],
    ['negative: building a page writes it', tool('build_page', 'Build a landing page from sections.'), GENERIC, 'write', undefined],
    ['voiding an authorised payment on a payments server', tool('void_payment', 'Void an authorized payment to release the held funds back to the cardholder.', { transactionId: { type: 'string' } }), server('cloudpayments-mcp', ['charge', 'refund', 'void_payment', 'list_payments']), 'financial', 'critical'],
    ['negative: voiding a draft elsewhere destroys it', tool('void_document', 'Void a signed document.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('an exchange\'s orders, margin, withdrawals and deposits are money', () => {
  const exchange = server('exchange-mcp', ['place_order', 'place_orders_batch', 'adjust_isolated_margin', 'get_withdrawals', 'list_bridge_deposits', 'get_markets']);
  check([
    ['placing a batch of orders', tool('place_orders_batch', 'Submit multiple orders in one request. This submits REAL orders to the matching engine.', { orders: { type: 'array', items: { type: 'object' } } }), exchange, 'financial', 'critical'],
    ['adding or removing margin on an open position', tool('adjust_isolated_margin', 'Add or remove isolated margin on an open position.', { market_id: { type: 'string' }, amount: { type: 'string' } }), exchange, 'financial', 'critical'],
    ['the account\'s withdrawal history', tool('get_withdrawals', 'List the authenticated account\'s withdrawal history.'), exchange, 'read', 'medium'],
    ['its deposits', tool('list_bridge_deposits', 'List the authenticated account\'s cross-chain deposits.'), exchange, 'read', 'medium'],
    ['negative: a place on a map', tool('maps_place_details', 'Get detailed information about a specific place.', { place_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: placing a marker', tool('place_marker', 'Place a marker on the map.'), GENERIC, 'write', 'medium'],
    ['negative: adjusting the brightness', tool('adjust_brightness', 'Adjust the screen brightness.'), GENERIC, 'write', undefined],
  ]);
});

describe('replying to feedback reaches people; reacting to it is a small mark', () => {
  check([
    ['a reply to a customer review', tool('reply_feedback', 'Post a reply to a customer review on the marketplace.', { id: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: adding a reaction', tool('add_reaction', 'Add an emoji reaction to a message.'), GENERIC, 'write', 'low'],
  ]);
});

describe('Cal.com is a calendar however its package spells it', () => {
  check([
    ['bookings on @calcom/cal-mcp', tool('getBookings', 'Get all bookings'), server('@calcom/cal-mcp', ['getBookings', 'createBooking', 'cancelBooking']), 'read', 'medium'],
    ['negative: a product catalogue\'s listings', tool('getListings', 'Get all listings'), server('@acme/catalogue-mcp', ['getListings', 'createListing']), 'read', 'low'],
  ]);
});

describe('code the caller names, installed to run on this machine, is run there', () => {
  check([
    ['a package by name through a package runner', tool('add_server', 'Install a plugin server via npx or uvx and add it to the config.', { name: { type: 'string' }, args: { type: 'array', items: { type: 'string' } } }), GENERIC, 'execute', 'critical'],
    ['an MCP server from a local folder', tool('install_local_mcp_server', 'Install an MCP server whose code sits in a local folder.', { path: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['negative: a fixed browser binary', tool('browser_install', 'Install the Chromium browser binary.'), GENERIC, 'write', undefined],
    ['negative: returning the install command runs nothing', tool('get_install_command', 'Returns the exact shell command to install a component with npx, pnpm or yarn.', { components: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', undefined],
  ]);
});

describe('the machine\'s own mouse and keyboard can type any command', () => {
  check([
    ['computer use', tool('computer', 'Use a mouse and keyboard to interact with a computer, and take screenshots.', { action: { type: 'string', enum: ['key', 'type', 'mouse_move', 'left_click', 'screenshot'] }, text: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['negative: the mouse and keyboard in a browser page', tool('page_input', 'Click, type and scroll in the browser page with the mouse and keyboard of the computer.', { action: { type: 'string', enum: ['click', 'type', 'scroll'] } }), GENERIC, 'execute', 'high'],
    ['negative: a phone\'s screen', tool('device_input', 'Tap, swipe and type on the Android device with a virtual mouse and keyboard, like a computer.', { action: { type: 'string', enum: ['tap', 'swipe', 'type'] } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a coding agent\'s CLI handed a prompt in a folder of this machine runs what the prompt needs', () => {
  const agentParams = { prompt: { type: 'string' }, workingDirectory: { type: 'string' } };
  check([
    ['an agent CLI with a prompt and a working folder', tool('codex', 'Execute the Acme CLI in non-interactive mode for AI assistance.', agentParams), GENERIC, 'execute', 'critical'],
    ['a coding agent named in the description', tool('coder', 'Coding agent for file, git and terminal work.', { prompt: { type: 'string' }, workFolder: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['negative: a review it runs with the same CLI', tool('review', 'Run a code review against the current repository using the Acme CLI.', agentParams), GENERIC, 'execute', 'high'],
    ['negative: no working folder, no agent on this machine', tool('ask_model', 'Ask the Acme CLI a question.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a flag that lets an agent accept all its own actions makes the call an agent\'s', () => {
  const yolo = { type: 'boolean', description: 'Automatically accept all actions (aka YOLO mode).' };
  check([
    ['a chat with an agent CLI that can accept all its actions', tool('chat', 'Chat with the acme-cli agent.', { prompt: { type: 'string' }, yolo }), GENERIC, 'execute', 'critical'],
    ['a search run through that CLI, with the same flag', tool('web_search', 'Search the web using acme-cli and return results.', { query: { type: 'string' }, yolo }), GENERIC, 'execute', 'high'],
    ['a flag named for it, described otherwise', tool('ask', 'Ask the coding agent CLI.', { prompt: { type: 'string' }, dangerouslySkipPermissions: { type: 'boolean' } }), GENERIC, 'execute', 'critical'],
    ['negative: a planner that approves the features it generates', tool('generate_plan', 'AI-powered generation of product requirements.', { action: { type: 'string' }, autoApprove: { type: 'boolean' } }), GENERIC, 'read', undefined],
    ['negative: the same search without the flag', tool('web_search', 'Search the web using acme-cli and return results.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('arithmetic computes; a model asked for advice answers, and reads the files it is handed', () => {
  check([
    ['adding two numbers', tool('add', 'Add two numbers', { a: { type: 'number' }, b: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['multiplying integers, with a title', { ...tool('multiply', 'Multiply two integers.', { a: { type: 'integer' }, b: { type: 'integer' } }), title: 'Multiplication Tool' }, GENERIC, 'read', 'low'],
    ['negative: adding numbers to a sheet stores them', tool('add_rows', 'Add numbers to a sheet range.', { range: { type: 'string' }, values: { type: 'array' } }), GENERIC, 'write', undefined],
    ['asking a more powerful AI returns its answer', tool('consult', 'Ask a more powerful AI for help with complex problems.', { prompt: { type: 'string' }, mode: { type: 'string', enum: ['review', 'create'] } }), GENERIC, 'read', 'low'],
    ['…and handing it local files sends what they hold', tool('consult', 'Ask a more powerful AI for help with complex problems.', { prompt: { type: 'string' }, files: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', 'medium'],
    ['negative: asking an AI agent is not asking a model', tool('create_ticket', 'Create a ticket and ask an AI agent to triage it.', { title: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a write that admits someone to the system gives them a login: high', () => {
  check([
    ['a new user', tool('create_user', 'Create a new user in the workspace.', { email: { type: 'string' }, role: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['registering users, in another style', tool('usersRegister', 'Register a user account.', { username: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a helpdesk agent with an email address', tool('add_agent', 'Create a new support agent.', { email: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an identity provider', tool('create-identity-provider', 'Create an identity provider in a realm.', { alias: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an AI agent has no login', tool('create_agent', 'Create a new voice agent for phone calls.', { name: { type: 'string' }, voice: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a user story is a work item', tool('create_user_story', 'Create a user story in the backlog.', { title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: changing a user\'s display name admits nobody', tool('update_user', 'Update a user\'s display name.', { id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a read whose list of what to fetch offers a secret can return it: high', () => {
  const objectChoice = (values: string[]) => ({ object: { type: 'string', enum: values }, id: { type: 'string' } });
  check([
    ['a vault item or its password', tool('get', 'Get a specific item from your vault.', objectChoice(['item', 'username', 'password', 'totp', 'notes'])), GENERIC, 'read', 'high'],
    ['a field list that offers the API key', tool('get_integration', 'Get an integration.', { id: { type: 'string' }, field: { type: 'string', enum: ['name', 'status', 'api_key'] } }), GENERIC, 'read', 'high'],
    ['negative: the same choice without secrets', tool('get', 'Get a specific item from your library.', objectChoice(['item', 'folder', 'collection'])), GENERIC, 'read', 'low'],
    ['negative: an auth type to connect with is not what comes back', tool('list_connections', 'List database connections.', { type: { type: 'string', enum: ['all', 'active'] }, auth: { type: 'string', enum: ['password', 'oauth'] } }), GENERIC, 'read', undefined],
  ]);
  test('negative: generating a password hands back a new one, not a stored secret', () => {
    const c = classifyTool(tool('generate', 'Generate a new password or passphrase.', { type: { type: 'string', enum: ['password', 'passphrase'] }, length: { type: 'number' } }), GENERIC);
    expect(c.category).toBe('read');
    expect(c.risk).not.toBe('high');
  });
});

describe('merging records folds one into another: high; merging cells or files is medium', () => {
  check([
    ['merging two contacts', tool('merge_contacts', 'Merge two contacts into one.', { primary_id: { type: 'string' }, secondary_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['merging companies, in another style', tool('companiesMerge', 'Merge duplicate companies.', { ids: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'high'],
    ['negative: merging cells of a sheet', tool('merge_cells', 'Merge a range of cells in a sheet.', { range: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: merging PDF files into a new one', tool('merge_pdfs', 'Merge PDF files into one document.', { files: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('the objects a server\'s descriptive title lists are its tools\' own, not its name', () => {
  const shop = server('PrestaShop products, orders and customers', ['get_customers', 'get_orders', 'get_products'], 'prestashop-mcp-server');
  check([
    ['listing the customers the title names', tool('get_customers', 'Get a list of customers.', { limit: { type: 'number' } }), shop, 'read', 'medium'],
    ['listing the orders the title names', tool('get_orders', 'Get a list of orders.', { limit: { type: 'number' } }), shop, 'read', 'medium'],
    ['negative: listing products', tool('get_products', 'Get a list of products.', { limit: { type: 'number' } }), shop, 'read', 'low'],
    ['the brand in the title still names the server', tool('prestashop_get_products', 'Get a list of products.', { limit: { type: 'number' } }), server('PrestaShop products, orders and customers', ['prestashop_get_products'], 'prestashop-mcp-server'), 'read', 'low'],
  ]);
});

describe('a sandbox the caller can switch off holds nothing: the code can run on the host', () => {
  const script = { type: 'string', description: 'The script to run.' };
  check([
    ['a script run "in a sandbox" with a sandbox flag', tool('run_script', 'Safely run JavaScript in a sandbox.', { script, sandbox: { type: 'boolean' } }), GENERIC, 'execute', 'critical'],
    ['a flag that turns it off', tool('eval_code', 'Evaluate JavaScript code in a sandboxed environment.', { code: script, noSandbox: { type: 'boolean' } }), GENERIC, 'execute', 'critical'],
    ['negative: a sandbox with no switch', tool('run_script', 'Safely run JavaScript in a sandbox.', { script }), GENERIC, 'execute', 'high'],
    ['negative: a sandbox id picks which sandbox, it does not switch it off', tool('run_code', 'Run Python code in a sandbox.', { code: script, sandbox: { type: 'string', description: 'Sandbox id' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('asking the user puts a question to the person at the keyboard: no records are read', () => {
  const options = { question: { type: 'string' }, options: { type: 'array', items: { type: 'string' } } };
  check([
    ['asking the user to pick one option', tool('ask_user', 'Ask the user to choose one option from a list via a popup.', options), GENERIC, 'read', 'low'],
    ['asking a human a question, in another style', tool('askHumanQuestion', 'Ask a human operator a question and wait for the answer.', options), GENERIC, 'read', 'low'],
    ['negative: getting a user returns their record', tool('get_user', 'Get a user by id.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: asking about users\' data still reads it', tool('ask_user_data', 'Ask questions about the data of a user.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('selecting the project or account later calls work on changes a setting of the session: write/low', () => {
  check([
    ['selecting a project', tool('select_project', 'Select the active project for subsequent calls.', { projectId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['selecting the session\'s account, in another style', tool('selectSessionAccount', 'Choose which account to use.', { account: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: selecting rows returns them', tool('select_rows', 'Select rows from a table.', { table: { type: 'string' }, where: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: selecting an option on a page is a browser step', tool('select_option', 'Select an option in a dropdown on the page.', { selector: { type: 'string' }, value: { type: 'string' } }), server('Browser automation', ['navigate', 'click', 'select_option']), 'execute', undefined],
  ]);
});

describe('undoing a mark (unacknowledge, unapprove, a vote taken back) is a write: the thing it was on stays', () => {
  check([
    ['unacknowledging an alert', tool('unacknowledge_alert', 'Remove acknowledgment from an alert.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['unapproving a pull request, in another style', tool('unapprovePullRequest', 'Remove your approval from a pull request.', { prId: { type: 'number' } }), GENERIC, 'write', undefined],
    ['removing a vote', tool('remove_vote', 'Remove your vote from an issue.', { issueKey: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: removing the alert itself', tool('remove_alert', 'Remove an alert.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a read whose description removes a record is still taken at its worst', tool('get_alert', 'Removes the alert after returning it.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a description that repeats the name\'s object ("Lists triggers of a schema") names that object, not an act', () => {
  check([
    ['triggers of a schema', tool('get_triggers', 'Lista triggers de um schema específico', { schema: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a description that says it triggers something', tool('get_build', 'Triggers a new build and returns it.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a report on money (sales, revenue, payments) holds the figures it reports: medium', () => {
  const period = { startDate: { type: 'string' }, endDate: { type: 'string' } };
  check([
    ['a sales report', tool('getSalesReport', 'Get comprehensive sales analytics report.', period), GENERIC, 'read', 'medium'],
    ['a revenue summary, in another style', tool('revenue_summary', 'Summarise revenue for a period.', period), GENERIC, 'read', 'medium'],
    ['a store whose description says it returns its sales statistics', tool('get_store', 'Get a store by id, including name, currency and sales statistics.', { storeId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a tool\'s usage stats hold no money', tool('get_usage_stats', 'Get usage statistics for this tool.', {}), GENERIC, 'read', 'low'],
    ['negative: a test report', tool('get_test_report', 'Get the report of a test run.', { runId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('completing a draft order makes it a real sale, paid or billed: financial/high', () => {
  check([
    ['completing a draft order', tool('complete_draft_order', 'Convert a draft order into a real order. Optionally mark as paid or send invoice.', { id: { type: 'string' }, payment_pending: { type: 'boolean' } }), GENERIC, 'financial', 'high'],
    ['finalising one, in another style', tool('draftOrderFinalize', 'Finalize a draft order.', { id: { type: 'string' } }), GENERIC, 'financial', 'high'],
    ['negative: creating a draft order is a draft', tool('create_draft_order', 'Create a draft order.', { lineItems: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: completing a task', tool('complete_task', 'Mark a task as complete.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('completing a chat or a prompt asks a language model for its answer: a read, low', () => {
  const chat = { messages: { type: 'array' }, temperature: { type: 'number' } };
  check([
    ['completing a chat with a GPT-named model', tool('ai_chat_complete', 'Complete a chat using YandexGPT.', chat), GENERIC, 'read', 'low'],
    ['completing a prompt with a language model', tool('complete_prompt', 'Complete a prompt with a language model.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: completing a task', tool('complete_task', 'Complete a task.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: reading chats returns private messages', tool('get_chat', 'Get a chat by id.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a leading word that is as often a thing is the action when the description opens with it', () => {
  check([
    ['planning a stack update changes nothing', tool('plan_stack_update', 'Plans stack updates for an existing project and does not write files.', { projectDir: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['changing a server\'s type, which scales it', tool('change_server_type', 'Change the type of a server (scales resources). Server must be powered off.', { id: { type: 'number' }, server_type: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: updating a plan, where the description opens otherwise', tool('plan_update', 'Update a subscription plan\'s name.', { planId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a queue named first, a verb last', tool('queue_send_batch', 'Send a batch of messages to a queue.', { messages: { type: 'array' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a database\'s or a file system\'s transactions are not money', () => {
  check([
    ['recovery transactions of a project', tool('get_history', 'Correlates recipe records with their project recovery transactions. It does not modify the project.', { projectDir: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an account\'s transactions are financial records', tool('get_history', 'Returns the account\'s transactions for a period.', { accountId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('replying to a comment in a document is the team\'s own discussion: medium; a reply to a message reaches people', () => {
  check([
    ['replying to a comment in a design file', tool('reply_to_comment', 'Reply to an existing comment in a Figma file.', { file_key: { type: 'string' }, comment_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: replying to an email', tool('reply_to_email', 'Reply to an email.', { messageId: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: replying to a reviewer\'s comment on a review link', tool('reply_to_review_comment', 'Reply to a comment left on a review link; the reviewer sees the reply.', { commentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a seller conceding what a buyer asked for refunds them; calling off a sale or a payment request moves no money', () => {
  const shop = server('Acme marketplace orders, returns and shipping', ['get_order', 'cancel_order', 'accept_return_offer']);
  const payments = server('Acme crypto payments', ['create_charge', 'cancel_charge', 'resolve_charge']);
  check([
    ['accepting a buyer\'s return offer', tool('accept_return_offer', 'Accept the buyer\'s return offer, ending negotiation in the buyer\'s favor.', { return_sn: { type: 'string' } }), shop, 'financial', 'critical'],
    ['approving a refund request, in another style', tool('refundRequestApprove', 'Approve a customer\'s refund request.', { requestId: { type: 'string' } }), shop, 'financial', 'critical'],
    ['cancelling an order on a marketplace', tool('cancel_order', 'Cancel an order that has not yet shipped.', { order_sn: { type: 'string' } }), shop, 'financial', 'high'],
    ['…and with an option to refund the payment', tool('cancel_order', 'Cancel an order.', { id: { type: 'string' }, refund: { type: 'boolean' } }), shop, 'financial', 'critical'],
    ['a charge that is a payment request the buyer settles', tool('create_charge', 'Create a crypto charge: a one-time merchant invoice that a buyer can settle in BTC or ETH.', { name: { type: 'string' }, local_price: { type: 'object', properties: { amount: { type: 'string' }, currency: { type: 'string' } } } }), payments, 'financial', 'high'],
    ['cancelling an unpaid charge', tool('cancel_charge', 'Cancel a charge that has not yet been paid.', { code: { type: 'string' } }), payments, 'financial', 'high'],
    ['resolving a charge as paid by hand', tool('resolve_charge', 'Manually resolve a charge as paid.', { code: { type: 'string' } }), payments, 'financial', 'high'],
    ['negative: accepting an invitation', tool('accept_invitation', 'Accept an invitation to a team.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: paying an invoice moves money', tool('create_invoice_payment', 'Create a payment for an invoice.', { invoiceId: { type: 'string' }, amount: { type: 'number' }, currency: { type: 'string' } }), payments, 'financial', 'critical'],
    ['negative: resolving a review thread', tool('resolve_thread', 'Resolve a review thread.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a license key is a credential: reading it returns a secret', () => {
  check([
    ['getting a license key with its value', tool('get_license_key', 'Get a license key by id, including the key value and its status.', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a licence\'s status', tool('get_license_status', 'Get the status of a license.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('usage reported for a metered subscription is what the subscriber is billed: financial', () => {
  check([
    ['a usage record on a metered subscription item', tool('create_usage_record', 'Report usage for a metered subscription item.', { subscriptionItemId: { type: 'string' }, quantity: { type: 'number' } }), GENERIC, 'financial', 'critical'],
    ['negative: a usage alert trigger', tool('create_usage_trigger', 'Create a usage trigger that calls a webhook when usage passes a threshold.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: reading usage', tool('get_usage_records', 'List usage records of a metered subscription.', { subscriptionItemId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a mode that offers replacing beside adding makes overwriting the caller\'s option: a risky write, high', () => {
  const mode = { type: 'string', enum: ['append', 'replace'] };
  check([
    ['a note appended, or replaced on request', tool('add_customer_note', 'Add a note to a customer. mode=append (default) concatenates; mode=replace overwrites.', { id: { type: 'string' }, note: { type: 'string' }, mode }), GENERIC, 'write', 'high'],
    ['an import that can merge into the scene or replace it', tool('import_scene', 'Import a scene from a file.', { path: { type: 'string' }, mode: { type: 'string', enum: ['merge', 'replace'] } }), GENERIC, 'write', 'high'],
    ['negative: adding a note, no mode', tool('add_customer_note', 'Add a note to a customer.', { id: { type: 'string' }, note: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a tool that only overwrites, in its own words', tool('write_config', 'Completely replaces the existing configuration file.', { content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a shipment or a fulfilment carries the buyer\'s name and delivery address: a read of personal data', () => {
  check([
    ['listing an order\'s fulfilments', tool('list_fulfillments', 'List fulfillments for an order.', { orderId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a shipment list, in another style', tool('getShipmentList', 'Get the list of shipments ready to ship.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the shop\'s shipping zones are settings', tool('list_shipping_zones', 'List shipping zones.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('cancelling a booking or a meeting ends it for everyone in it: destructive', () => {
  check([
    ['cancelling a booking', tool('cancelBooking', 'Cancel a booking by its uid.', { bookingUid: { type: 'string' }, reason: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['cancelling an appointment, in another style', tool('appointment_cancel', 'Cancel an appointment.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: cancelling a job stops work that can be run again', tool('cancel_job', 'Cancel a running job.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: cancelling a paid booking on a travel shop is money', tool('cancel_reservation', 'Cancel a hotel reservation and refund the payment.', { id: { type: 'string' } }), server('Acme travel payments', ['cancel_reservation']), 'financial', undefined],
  ]);
});

describe('moving money again (redebit, recharge) moves money; a payroll\'s pay schedule is a thing', () => {
  check([
    ['re-debiting a bank account', tool('recovery-cases_redebit', 'Initiate a redebit for a recovery case.', { recoveryCaseId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['recharging a card, in another style', tool('rechargeCard', 'Recharge the customer\'s card for a failed payment.', { customerId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['a pay schedule\'s preview', tool('pay-schedules_get-preview', 'Preview the pay periods of a pay schedule.', { companyId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: recalling a memory is a read', tool('recall', 'Recall memories similar to a query.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: paying a payroll moves money', tool('pay_payroll', 'Pay the payroll for a pay period.', { payrollId: { type: 'string' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('a read whose description says what it returns includes credentials or keys returns secrets: high', () => {
  check([
    ['inbox details including SMTP credentials', tool('get-sandbox-inbox', 'Get sandbox inbox details including SMTP credentials, email counts, and status.', { inboxId: { type: 'number' } }), GENERIC, 'read', 'high'],
    ['environments that contain their API keys', tool('environments-list', 'List all environments. Each environment contains its configuration, API keys and metadata.', {}), GENERIC, 'read', 'high'],
    ['negative: a scanner\'s findings, secrets among them', tool('list_security_items', 'Returns security analysis including SAST, Secrets and IaC issues.', { repo: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a description that says it leaves credentials out', tool('get_file_content', 'Get a file\'s content, not including credentials files.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
  test.each([
    ['a check whether input contains keys', tool('has_pii', 'Check if input contains PII (emails, API keys, passwords).', { text: { type: 'string' } })],
    ['a scanner\'s findings, secrets among them', tool('list_security_items', 'Returns security analysis including SAST, Secrets and IaC issues.', { repo: { type: 'string' } })],
    ['a file read that leaves credentials out', tool('get_file_content', 'Get a file\'s content, not including credentials files.', { path: { type: 'string' } })],
  ])('negative: %s is not taken for a read of secrets', (_label, t) => {
    expect(classifyTool(t, GENERIC).risk).not.toBe('high');
  });
});

describe('an enum that offers reading beside changes picks the operation, even on a tool named for a listing', () => {
  check([
    ['a generic query tool whose operation may delete', tool('query', 'Execute CRUD operations on entities.', { entity: { type: 'string' }, operation: { type: 'string', enum: ['list', 'read', 'create', 'update', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['a listing named tool whose action may remove a file', tool('list_models', 'Inspect installed models.', { action: { type: 'string', enum: ['list', 'remove', 'list_paths'] } }), GENERIC, 'destructive', 'critical'],
    ['negative: an action enum of record kinds filters a listing', tool('list_adjustments', 'List balance adjustments.', { action: { type: 'string', enum: ['refund', 'credit'] } }), GENERIC, 'read', undefined],
    ['negative: an enum of reads only stays a read', tool('search', 'Search the catalogue.', { operation: { type: 'string', enum: ['list', 'get', 'search'] } }), GENERIC, 'read', undefined],
  ]);
});

describe('a flag that publishes a page, a post or an article puts it before the site\'s visitors: high', () => {
  check([
    ['creating a store page that may be published', tool('page_create', 'Create a new page in the store.', { title: { type: 'string' }, isPublished: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['an article, in another style', tool('createArticle', 'Create a blog article.', { blogId: { type: 'string' }, published: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['negative: the same page with no publishing flag', tool('page_create', 'Create a new page in the store.', { title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: publishing a data model makes it live for the app, not for readers', tool('modifyDataModel', 'Modify a data model.', { name: { type: 'string' }, publish: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a name that says execute, on a tool whose description opens with a read and disowns running, is that read', () => {
  check([
    ['a task planner\'s execute_task that returns guidance', tool('execute_task', 'Retrieve the guidance for a task. It is designed to guide you, not to execute the task for you.', { taskId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the same in another style', tool('runStep', 'Get the instructions for a step; it does not run the step.', { stepId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: an execute tool that runs the task', tool('execute_task', 'Execute a task in the worker pool.', { taskId: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a run that opens with a read but runs it too', tool('run_job', 'Get the job by id and run it on the cluster.', { jobId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('running analytics computes figures from what is stored, as running a report does: a read', () => {
  check([
    ['analytics run over structured metrics', tool('analytics', 'Run analytics queries.', { entity: { type: 'string' }, metrics: { type: 'array', items: { type: 'string' } }, dimensions: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', undefined],
    ['the same in another style', tool('runAnalytics', 'Run the analytics for a site over a date range.', { siteId: { type: 'string' }, from: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: running a query the caller writes is executing it', tool('run_query', 'Run a SQL query.', { sql: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: running a job acts', tool('run_job', 'Run the nightly job.', { jobId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('on a help desk, tickets and their conversations are customers\' own messages: a read of them is medium', () => {
  check([
    ['listing a help desk\'s tickets', tool('get_tickets', 'Get tickets with pagination.', { page: { type: 'number' } }), server('Freshdesk tickets and contacts', ['get_tickets']), 'read', 'medium'],
    ['the same in another style', tool('zendesk_list_tickets', 'List tickets in a view.', { viewId: { type: 'string' } }), server('Zendesk support', ['zendesk_list_tickets']), 'read', 'medium'],
    ['negative: a help desk\'s macros are settings', tool('list_macros', 'List macros.', {}), server('Gorgias helpdesk', ['list_macros']), 'read', 'low'],
    ['negative: tickets on an event-ticketing server are not support requests', tool('list_tickets', 'List ticket types for an event.', { eventId: { type: 'string' } }), server('Acme event ticketing', ['list_tickets']), 'read', 'low'],
  ]);
});

describe('a push with `force` discards commits only where what is pushed is git\'s; elsewhere forcing it overwrites, a risky write', () => {
  check([
    ['pushing translation keys, insert-only or forced to overwrite', tool('i18n_keys_push', 'Push i18n keys (insert-only, or `force` to overwrite). Existing keys are left untouched by default.', { profileId: { type: 'string' }, keys: { type: 'array' }, force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['pushing settings, in another style', tool('pushSettings', 'Push settings to the device; set `force` to overwrite what is there.', { force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['negative: a forced push of a branch can discard commits', tool('push_branch', 'Push a branch to the remote.', { branch: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a hard reset of anything discards', tool('docker_reset', 'Reset the Docker system.', { level: { type: 'string', enum: ['soft', 'hard'] } }), GENERIC, 'destructive', undefined],
    ['negative: a write that always overwrites throws the old content away', tool('save_keys', 'Save the keys; this overwrites existing keys.', { keys: { type: 'array' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('"group" before the things grouped (nodes, elements, rows) is the action; elsewhere it names a group', () => {
  check([
    ['grouping a design\'s nodes', tool('group_nodes', 'Wrap a list of nodes in a new group. Returns the new group\'s node ID.', { nodeIds: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['grouping elements, in another style', tool('groupElements', 'Group multiple elements together.', { elementIds: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: listing groups', tool('group_list', 'List resource groups.', {}), GENERIC, 'read', undefined],
    ['negative: reading an organisation\'s group', tool('get_org_group', 'Get an organisation group by id.', { groupId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a destructiveHint that the description\'s own first word confirms ("Delete …") is kept', () => {
  const destructive = { readOnlyHint: false, destructiveHint: true };
  check([
    // (Its text also speaks of a "read-only" template, which once let the milder name win.)
    ['an archive the description calls a delete', tool('templates_archive', 'Delete a gate template. Soft-deletes (archives) a customer template. Returns 409 if the id names a read-only built-in template.', { id: { type: 'string' } }, destructive), GENERIC, 'destructive', 'critical'],
    ['the same in another style', tool('archiveWorkflow', 'Remove a workflow. Read-only system workflows cannot be archived.', { id: { type: 'string' } }, destructive), GENERIC, 'destructive', 'critical'],
    ['negative: a hint the description does not confirm', tool('templates_archive', 'Archive a template; it can be restored later.', { id: { type: 'string' } }, destructive), GENERIC, 'write', undefined],
    ['negative: an endpoint\'s DELETE method is not the action', tool('cancel_job', 'DELETE /api/jobs/{id} — Cancel a job by ID.', { id: { type: 'string' } }, destructive), GENERIC, 'write', undefined],
  ]);
});

describe('calling whichever tool the caller names on whichever MCP server it names does what the worst of them does: critical', () => {
  check([
    ['a relay to any connected server\'s tools', tool('execute_tool', 'Execute tool on MCP server. Passes parameters through.', { mcp_name: { type: 'string' }, tool_name: { type: 'string' }, parameters: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['the same in another style', tool('callTool', 'Call a tool on one of the connected servers.', { server: { type: 'string' }, toolName: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['a gateway that proxies the call to an upstream server', tool('call-modular-tool', 'Execute a tool from a specific group. Proxies the call to the appropriate upstream MCP server.', { group: { type: 'string' }, name: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['negative: calling the server\'s own tools stays within them', tool('execute_sentry_tool', 'Execute an available Sentry MCP tool discovered through search.', { toolName: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('"read-only" said of a thing the tool works on ("a read-only built-in template") is no claim that the tool changes nothing', () => {
  check([
    ['a delete that refuses read-only templates', tool('templates_archive', 'Delete a gate template. Returns 409 if the id names a read-only built-in template.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['the same in another style', tool('folder_archive', 'Remove a folder. The read-only system folders cannot be archived.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a read-only SQL query is the tool\'s own act', tool('run_query', 'Run a read-only SQL query.', { sql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: a read-only plan is what the tool builds', tool('plan_adoption', 'Builds a read-only adoption plan for a project.', { projectDir: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a tool whose description opens by saying it makes a command hands the command back: a read, whatever the command would do', () => {
  check([
    ['install commands for components', tool('starwind_add', 'Generates validated install commands for styled components.', { components: { type: 'array' }, overwrite: { type: 'boolean' } }), GENERIC, 'read', 'low'],
    ['a migration command, in another style', tool('migrateProject', 'Returns the exact shell command to migrate a legacy project. Non-interactive overwrite behaviour must be requested.', { cwd: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: creating something with a command creates it', tool('create_function', 'Creates a new serverless function using the cms function create command.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
  test.each([
    ['a tool that generates the command and runs it', tool('install_package', 'Generates the install command and runs it in the project.', { name: { type: 'string' } })],
    ['a deploy that builds the command and then executes it', tool('deploy_site', 'Builds the deploy command and then executes it on the host.', { dir: { type: 'string' } })],
  ])('negative: %s is not taken for a read', (_label, t) => {
    expect(classifyTool(t, GENERIC).category).not.toBe('read');
  });
  test('negative: a log of commands already run is not said to be a command made', () => {
    const c = classifyTool(tool('ssh_history', 'Returns the log of SSH commands previously run through this server.', {}), GENERIC);
    expect(c.rationale).not.toMatch(/returns the command for the caller to run/);
  });
});

describe('clearing what was selected (a list of selected blocks) empties a selection, not stored data: a write', () => {
  check([
    ['a collector of selected blocks that can be cleared', tool('collect_selected_blocks', 'Collect and store selected blocks for batch installation.', { blockName: { type: 'string' }, action: { type: 'string', enum: ['add', 'list', 'clear'] } }), GENERIC, 'write', undefined],
    ['the same in another style', tool('clearSelectedItems', 'Clear the selected items.', {}), GENERIC, 'write', undefined],
    ['negative: clearing a table\'s rows loses them', tool('clear_table', 'Clear all rows of a table.', { table: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('the content of a web page or of documentation is published for anyone to read: a read of it is low', () => {
  check([
    ['reading a web page\'s content', tool('get_page_content', 'Fetch the content of a web page as Markdown.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['reading a product\'s documentation', tool('read_document', 'Read documentation for app development.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a documentation page, in another style', tool('getDocContent', 'Read the full markdown content of a documentation page.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the content of a file on this machine', tool('read_file', 'Read the content of a file.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a file under a website\'s document root on its hosting', tool('get_website_file_content', 'Get a single file\'s content, relative to a website\'s document root.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('on a shop or a merchant\'s server, to order is to buy: financial', () => {
  check([
    ['ordering a product from a merchant', tool('orderCoffee', 'Place an order by product name and size.', { productName: { type: 'string' }, spec: { type: 'string' } }), server('merchant_001', ['queryCafeAndProducts', 'orderCoffee']), 'financial', undefined],
    ['the same on a shop, in another style', tool('order_item', 'Order an item from the store.', { sku: { type: 'string' } }), server('acme-shop-mcp', ['list_items', 'order_item']), 'financial', undefined],
    ['negative: shipping an order on a marketplace fulfils it', tool('ship_order', 'Arrange shipment for an order.', { orderSn: { type: 'string' } }), server('shopee-mcp', ['get_order_list', 'ship_order']), 'write', undefined],
    ['negative: ordering on a to-do server sorts things', tool('order_tasks', 'Order the tasks of a list by priority.', { listId: { type: 'string' } }), NOTES, 'write', undefined],
  ]);
});

describe('opening a pull request, an issue or a ticket files it: a write', () => {
  check([
    ['opening a pull request', tool('github.open_pr', 'Open a pull request', { repo: { type: 'string' }, title: { type: 'string' }, head: { type: 'string' }, base: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['opening a ticket, in another style', tool('openTicket', 'Open a support ticket for the customer.', { subject: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: listing open issues reads them', tool('list_open_issues', 'List the open issues of a repository.', { repo: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: opening a file reads it', tool('open_file', 'Open a file and return its text.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('asking the user\'s permission for an operation performs none: the operations are what it asks about', () => {
  check([
    ['asking leave to create or delete files', tool('request_file_permission', 'Request user permission before performing file operations (create, delete, rename, move, modify, overwrite). Returns "allowed" or "denied".', { operation: { type: 'string', enum: ['create', 'delete', 'rename', 'overwrite'] }, filePath: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the same in another style', tool('askApproval', 'Ask the operator for approval before deleting the listed records.', { action: { type: 'string', enum: ['update', 'delete'] } }), GENERIC, 'read', undefined],
    ['negative: granting a permission changes access', tool('grant_permission', 'Grant a permission to a user.', { userId: { type: 'string' }, permission: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: deleting with an operation enum deletes', tool('file_operation', 'Perform a file operation.', { operation: { type: 'string', enum: ['create', 'delete'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a read that says it returns files as they are on disk ("the verbatim source") is a file read: medium', () => {
  check([
    ['the verbatim source of a project\'s symbols', tool('codegraph_explore', 'Answers how code works. Returns the verbatim source of the relevant symbols grouped by file.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a file\'s on-disk source, in another style', tool('symbolNode', 'Look up a symbol; with a file it returns that file\'s current on-disk source with line numbers.', { symbol: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: generated example code is nobody\'s private source', tool('solidity-erc20', 'Make an ERC-20 token contract. Returns the source code of the generated contract.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('rendering a program the caller writes (JavaScript, a shader) runs it to draw: execute, high in the client\'s view', () => {
  check([
    ['a Three.js scene from the caller\'s code', tool('show_threejs_scene', 'Render an interactive 3D scene with custom Three.js code.', { code: { type: 'string' }, height: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['a GLSL shader, in another style', tool('render-shadertoy', 'Renders a ShaderToy-compatible GLSL fragment shader in real-time using WebGL 2.0.', { fragmentShader: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a Mermaid diagram is markup, not a program', tool('diagram_render', 'Validates Mermaid code and returns a rendered SVG image.', { code: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: rendering a stored chart runs nothing of the caller\'s', tool('render_chart', 'Render a chart of the dashboard\'s data as PNG.', { chartId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('(re)running an index rebuilds stored data: a write; echoing hands the caller\'s words back: a low read', () => {
  check([
    ['re-running a project index', tool('refresh_project_memory_index', 'Re-run the project memory index. Runs \'mem update\' in the project.', {}), GENERIC, 'write', 'medium'],
    ['running the search index, in another style', tool('runSearchIndex', 'Run the search index over the docs folder.', {}), GENERIC, 'write', undefined],
    ['echoing a message', tool('echo', 'Echoes back a message with a greeting prefix.', { message: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: running a job acts', tool('run_job', 'Run the nightly job.', { jobId: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: echoing the environment prints its secrets', tool('echo_env', 'Echo the environment variables.', {}), GENERIC, 'read', 'high'],
    ['negative: reading messages reads private messages', tool('get_messages', 'Get the messages of a conversation.', { conversationId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('touch gestures on a device screen (pinch, long press) are steps like taps; pinching only zooms the view: medium', () => {
  check([
    ['a pinch-to-zoom gesture', tool('pinch', 'Pinch-to-zoom using real two-finger touch events on the emulator.', { scale: { type: 'number' }, x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['a long press named in one word, in another style', tool('longpress', 'Hold a UI target by selector or coordinates to open a context menu.', { selector: { type: 'string' }, durationMs: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['negative: a tap presses what it touches', tool('tap', 'Tap at the given coordinates on the screen.', { x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['negative: reading the zoom level moves nothing', tool('get_zoom_level', 'Get the current zoom level of the map.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a stop or restart whose description says it wipes state or cannot be undone is destructive', () => {
  check([
    ['a hard restart that wipes goals and decisions', tool('restart_room', 'Hard stop — wipes goals, decisions and escalations and restarts the room.', { roomId: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['a stop that cannot be undone, in another style', tool('stopSession', 'Stops a running session and terminates its processes. This action cannot be undone.', { sessionId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a plain restart', tool('restart_service', 'Restart the service.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a stop that keeps the state', tool('stop_container', 'Stop a running container; it can be started again.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('creating a phone number on a telephony service rents it from the carrier: financial', () => {
  check([
    ['a new number for voice agents', tool('create_phone_number', 'Creates a new phone number', { areaCode: { type: 'number' }, nickname: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['a local incoming number, in another style', tool('CreateIncomingPhoneNumberLocal', 'Purchase a local phone number for the account.', { PhoneNumber: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['negative: a contact\'s phone number is a field', tool('create_contact_phone_number', 'Add a phone number to a contact.', { contactId: { type: 'string' }, number: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an add-on assigned to a number is no number', tool('CreateIncomingPhoneNumberAssignedAddOn', 'Assign an Add-on installation to the number.', { sid: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: listing numbers buys nothing', tool('list_phone_numbers', 'List the phone numbers of the account.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('secrets listed without their values name which exist, not what they are: medium, not high', () => {
  check([
    ['captured credentials by handle', tool('list_secrets', 'List the credentials this session has captured, by handle. Values are never shown.', {}), GENERIC, 'read', 'medium'],
    ['a token\'s metadata, in another style', tool('get-api-token', 'Get an API token by ID. The secret token value is NOT returned here, only the metadata.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a secret returned with its value', tool('get_secret', 'Get a secret and its value.', { name: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: listing secrets says nothing of values', tool('list_secrets', 'List all secrets in the project.', { projectId: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('on an HR or payroll server, an address is a person\'s (personal data): medium', () => {
  const PAYROLL = server('payroll-mcp', ['contractors_get', 'employees_list', 'payrolls_list']);
  const HIRING = server('recruiting-ats', ['list_candidates', 'get_application']);
  check([
    ['a contractor\'s address', tool('contractors_get-address', 'Get a contractor address.', { contractor_uuid: { type: 'string' } }), PAYROLL, 'read', 'medium'],
    ['a candidate\'s addresses, in another style', tool('getCandidateAddresses', 'Returns the addresses on file for a candidate.', { candidateId: { type: 'string' } }), HIRING, 'read', 'medium'],
    ['negative: an address on a generic server may be a server\'s', tool('get_address', 'Get the address of the node.', { nodeId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a message fetched raw or as MIME is the message: a private message, medium', () => {
  check([
    ['a mail message as MIME', tool('get-mail-message-mime', 'Get the MIME content of a message.', { messageId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an email raw, in another style', tool('getEmailRaw', 'Returns the raw source of an email.', { uid: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a raw file listing names files', tool('list_raw_files', 'List the raw files of the dataset.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('reading a draft returns unpublished content (medium); listing drafts only names them', () => {
  check([
    ['a forum draft', tool('discourse_get_draft', 'Get a draft by its key.', { draft_key: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an email draft, in another style', tool('readGmailDraft', 'Read the content of a Gmail draft.', { draftId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: listing draft notes names them', tool('list_draft_notes', 'List the draft notes of a merge request.', { mrIid: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a smart home hub\'s device states and history tell when someone is home: personal data, medium', () => {
  const HOME = server('home-assistant-mcp', ['get_states', 'call_service', 'list_blueprints']);
  check([
    ['the states of every device', tool('getStates', 'Get the current state of all entities.', {}), HOME, 'read', 'medium'],
    ['an entity\'s history, in another style', tool('ha_get_history', 'Retrieve the state history of entities over a time range.', { entity_ids: { type: 'array' } }), HOME, 'read', 'medium'],
    ['negative: blueprints are templates', tool('list_blueprints', 'List the automation blueprints.', {}), HOME, 'read', 'low'],
    ['negative: states elsewhere are a program\'s', tool('get_states', 'Get the states of the workflow.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('redelivering a webhook sends its payload out again, as resending does: write, high', () => {
  check([
    ['a repository webhook delivery', tool('redeliver_repository_webhook_delivery', 'Redeliver a delivery for a webhook configured in a repository.', { owner: { type: 'string' }, delivery_id: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['an event, in another style', tool('redeliverEvent', 'Redeliver an event to its endpoint.', { eventId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: listing deliveries sends nothing', tool('list_webhook_deliveries', 'List the deliveries of a webhook.', { hookId: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('verbs the rules did not know: funding a payment pays it; issuing a certificate, blocking a user and training a model change things', () => {
  check([
    ['funding a contractor payment', tool('contractor-payments_fund', 'Fund a contractor payment.', { contractor_payment_uuid: { type: 'string' } }), GENERIC, 'financial', 'critical'],
    ['issuing a certificate', tool('issueCert', 'Issue a new cert', { cns: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['blocking a user', tool('block_user', 'Block a user by username.', { username: { type: 'string' } }), GENERIC, 'write', undefined],
    ['training a model', tool('learning_train', 'Train the policy using batch learning with collected experiences.', { epochs: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a funding rate is market data', tool('coin_funding_rate', 'Get the funding rate of a perpetual contract.', { symbol: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: an issue is a thing', tool('get_issue', 'Get an issue by number.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a page\'s blocks are things', tool('append_block_children', 'Append blocks to a page.', { blockId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: listing blocks of a chain reads', tool('get_block', 'Get a block by number from the chain.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('more verbs the rules did not know: opting in or out, overriding, reactivating and relisting change things', () => {
  check([
    ['opting in to a programme', tool('ebay_opt_in_to_program', 'Opt-in to a seller program', { program_type: { type: 'string' } }), GENERIC, 'write', undefined],
    ['overriding a sprint\'s dates', tool('llama_override_sprint_dates', 'Override dates on a cycle-managed sprint.', { sprintId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['reactivating an override', tool('reactivate_prompt_override', 'Reactivate a previously removed prompt override.', { slug: { type: 'string' } }), GENERIC, 'write', undefined],
    ['relisting an ended listing puts it on sale again', tool('ebay_relist_item', 'Relist an ended fixed-price listing.', { itemId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: reading the options is a read', tool('get_opt_out_status', 'Get the opt-out status of a contact.', { contactId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: listing overrides reads', tool('list_overrides', 'List the prompt overrides.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('an audit trail or an account\'s access events is its activity log: medium', () => {
  check([
    ['access events', tool('vercel_list_access_events', 'List access events for the team.', { teamId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a user\'s audit events, in another style', tool('getUserAuditEvents', 'Get the audit events of a user.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a site audit\'s history is an SEO report', tool('get_site_audit_history', 'Get the history of site audits for a project.', { projectId: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an access request asks to join', tool('getTeamAccessRequest', 'Check the status of a join request for a team.', { teamId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('emulating input or a device in a driven browser is a step on its page: execute', () => {
  check([
    ['a touch emulated from a mouse event', tool('Input_emulateTouchFromMouseEvent', 'Emulates touch event from the mouse event parameters.', { type: { type: 'string' }, x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['media features, in another style', tool('browser_emulate_media', 'Emulate CSS media features for the page, for example switch between the light and dark color scheme.', { colorScheme: { type: 'string', enum: ['light', 'dark'] } }, { destructiveHint: true, readOnlyHint: false }), GENERIC, 'execute', undefined],
    ['negative: listing emulated devices reads', tool('list_emulated_devices', 'List the devices the browser can emulate.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a certificate is public by design (every client is sent it): reading one is no read of a secret; its private key is', () => {
  check([
    ['a certificate by id', tool('getCertById', 'Get cert by id', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['certificates listed, in another style', tool('certificate-list', 'List all SSL certificates on the account.', {}), GENERIC, 'read', 'low'],
    ['negative: a private key is a secret', tool('get_private_key', 'Get the private key of a certificate.', { certId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: credentials stay secrets', tool('get_credentials', 'Get the stored credentials.', {}), GENERIC, 'read', 'high'],
  ]);
});

describe('an export or a download that takes a place on this machine to put the file (`output_path`, `localPath`) leaves it there: a write', () => {
  check([
    ['a graph exported to an output path', tool('graph.export', 'Export graph in multiple formats: json, csv or graphml.', { node_table: { type: 'string' }, output_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['constraints exported, in another style', tool('export_cadence_constraints', 'Export the constraints as a Cadence file.', { design: { type: 'string' }, outputPath: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an export that hands the data back', tool('export_data', 'Export the project data as JSON.', { projectId: { type: 'string' }, format: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a download that returns the content', tool('download_file', 'Download a file and return its content.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('people\'s absences and time off are personal data, whatever the server: medium', () => {
  check([
    ['an absence record', tool('boond_absences_get', 'Get an absence request by id.', { id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['time off searched, in another style', tool('searchTimeoff', 'Search the time off of the team.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: absence types are a catalogue', tool('list_absence_types', 'List the kinds of absence.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('removing followers detaches them (they can be added again): a write, as removing a follower was', () => {
  check([
    ['followers removed from a contact', tool('crm_removeFollowersContact', 'Remove Followers. Remove followers from a contact.', { contactId: { type: 'string' }, followers: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['in another style', tool('remove_opportunity_followers', 'Remove followers from an opportunity.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: removing a contact deletes it', tool('remove_contact', 'Remove a contact from the CRM.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a driven browser\'s cookies are session state the site sets again: deleting or clearing them is a write', () => {
  const DRIVEN = server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_cookie_delete']);
  check([
    ['cookies deleted', tool('puppeteer_delete_cookies', 'Delete cookies from the current page.', { names: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
    ['cookies cleared, in another style', tool('browser_clear_cookies', 'Clear all cookies of the browser context.', {}), GENERIC, 'write', 'medium'],
    ['one cookie, verb at the end', tool('browser_cookie_delete', 'Delete a cookie by name.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['on a server that drives the browser, deleting one takes no step in a page', tool('browser_cookie_delete', 'Delete a specific cookie (optionally only on a given domain/path).', { name: { type: 'string' } }, { destructiveHint: true, readOnlyHint: false }), DRIVEN, 'write', 'medium'],
    ['negative: clicking on that server is a step', tool('browser_click', 'Click an element on the page.', { ref: { type: 'string' } }), DRIVEN, 'execute', undefined],
    ['negative: deleting a page deletes it', tool('delete_page', 'Delete a page from the site.', { pageId: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: clearing a database wipes it', tool('clear_database', 'Clear all rows of the database.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('on a shop, creating a customer\'s order or changing it (its status above all) reaches the customer and the stock: high; its tags and notes are medium', () => {
  const WOO = server('woocommerce-mcp', ['create_order', 'update_order', 'list_products']);
  check([
    ['an order created', tool('create_order', 'Create a new order. Requires line_items with product_id and quantity.', { line_items: { type: 'array' }, customer_id: { type: 'number' } }), WOO, 'write', 'high'],
    ['its status changed', tool('update_order', 'Update an order. Commonly used to change status (e.g. pending -> processing -> completed).', { id: { type: 'number' }, status: { type: 'string', enum: ['pending', 'completed', 'refunded'] } }), WOO, 'write', 'high'],
    ['any of its fields, in another style', tool('woo_orders_update', 'Update an order', { orderId: { type: 'integer' }, orderData: { type: 'object' } }), WOO, 'write', 'high'],
    ['negative: only its tags, note or address', tool('update-order', 'Update an existing order (tags, note, email, shipping_address).', { id: { type: 'string' }, tags: { type: 'array' }, note: { type: 'string' } }), WOO, 'write', 'medium'],
    ['negative: a draft order reaches nobody yet', tool('create_draft_order', 'Create a draft order.', { line_items: { type: 'array' } }), WOO, 'write', 'medium'],
    ['negative: an order on a to-do server is a sort order', tool('update_order', 'Update the order of the tasks in a list.', { ids: { type: 'array' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('"draw calls", "API calls", "tool calls" are the things counted, not a call being made', () => {
  check([
    ['a game\'s draw calls in a snapshot', tool('get_performance_monitors', 'Snapshot of the running game: fps, frame times, renderer draw calls / objects / primitives.', {}), GENERIC, 'read', 'low'],
    ['API calls counted, in another style', tool('usage_summary', 'Summary of API calls made this month by each key.', {}), GENERIC, 'read', undefined],
    ['negative: a tool that calls an API makes the call', tool('invoke', 'Calls the given API endpoint with the payload.', { endpoint: { type: 'string' }, payload: { type: 'object' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('JQL only picks Jira issues, as a search filter does: a tool that takes it searches (a read), it runs no query program', () => {
  check([
    ['a search by JQL', tool('jira_search', 'Search for Jira issues using JQL.', { jql: { type: 'string', description: 'JQL query string' }, maxResults: { type: 'number' } }), GENERIC, 'read', undefined],
    ['a sprint\'s issues with an optional JQL filter', tool('jira_get_sprint_issues', 'Get all issues in a sprint.', { sprintId: { type: 'number' }, jql: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: an SQL parameter still runs a query', tool('run_query', 'Run a query against the warehouse.', { sql: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a Kusto (KQL) query runs on the cluster', tool('kusto_query', 'Run a KQL query on the cluster.', { kql: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a word that two or more CRUD verbs follow across a server\'s names, objects after them, names a part of its API (`yandex_compute_create_instance`), not the action', () => {
  const YANDEX = server('yandex-cloud-mcp', ['yandex_compute_list_instances', 'yandex_compute_create_instance', 'yandex_vpc_list_networks']);
  const EVALS = server('digitalocean-mcp', ['genai-model-eval-create-dataset', 'genai-model-eval-update-run', 'genai-model-eval-list-runs']);
  check([
    ['an instance created in Compute', tool('yandex_compute_create_instance', 'Create a new compute instance', { name: { type: 'string' }, cores: { type: 'number' } }), YANDEX, 'write', undefined],
    ['instances listed there', tool('yandex_compute_list_instances', 'List compute instances', { folderId: { type: 'string' } }), YANDEX, 'read', undefined],
    ['a dataset made for model evaluations, in another style', tool('genai-model-eval-create-dataset', 'Create a dataset for evaluation runs.', { name: { type: 'string' } }), EVALS, 'write', 'medium'],
    ['negative: alone, `compute` is the action', tool('compute_hash', 'Compute the SHA-256 of a text.', { text: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: on a server without that pattern, `eval` runs code', tool('eval_create_script', 'Evaluate a script that creates the page.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a name\'s one verb that the description hands over or makes ("Submit a PR review" for `github.review`) is that thing, not a read', () => {
  check([
    ['a PR review submitted', tool('github.review', 'Submit a PR review', { repo: { type: 'string' }, pull_number: { type: 'number' }, body: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an estimate created, in another style', tool('crm_createNewEstimate', 'Create New Estimate. Create a new estimate with the provided details', { location_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: performing a search is that search', tool('brave_web_search', 'Performs a web search using the Brave Search API.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a search sent as POST is still a search', tool('gorgias_search', 'POST /api/search — Low-level search for resources by text query.', { query: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', undefined],
    ['negative: reviewing code reads it', tool('review', 'Review the staged changes and report problems.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('to stage is to make ready a change that is then applied (routes, redirects, files for a commit): a write', () => {
  check([
    ['routing rules staged', tool('project-routes-stage-routes', 'Stage routing rules\n\nStage routing rules for a project. Set `overwrite` to true to replace all existing rules, or omit it to merge with existing rules by ID. Returns the new staged version.', { projectId: { type: 'string' }, overwrite: { type: 'boolean' }, routes: { type: 'array' } }), GENERIC, 'write', undefined],
    ['redirects, in another style', tool('stageRedirects', 'Stages a new version of the project\'s redirects.', { projectId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a pipeline\'s stage is a thing', tool('get_stage', 'Get a stage of the pipeline.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: stages listed', tool('list_stages', 'List the deal stages of the CRM.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('running a scan (an accessibility or a security scan) computes a report, as running an audit does; a scan run with a command runs the command', () => {
  check([
    ['an accessibility scan run on a page', tool('respira_scan_page_accessibility', 'Run a WCAG accessibility scan on a page. The scanner runs an axe sweep against the page\'s public URL. Returns violations grouped by severity.', { page_id: { type: 'number' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['a security scan, in another style', tool('vercel_scan_deployment_security', 'Run security scan on deployment', { deploymentId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a visual test scan run with the test command', tool('runPercyScan', 'Run a Percy visual test scan.', { projectName: { type: 'string' }, percyRunCommand: { type: 'string', description: 'The test command to run with Percy.' } }, { readOnlyHint: true }), GENERIC, 'execute', undefined],
    ['negative: running a script runs it', tool('run_script', 'Run a script on the server.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('"how to execute", "whether to delete": a choice the caller weighs, not what the tool does', () => {
  check([
    ['advice on how to execute a task', tool('guidance_brain', 'Use when choosing how to execute a task with Ruflo. Queries the live capability brain and recommends capabilities.', { task: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['whether to delete, in another style', tool('stale_branch_advice', 'Helps decide whether to delete stale branches; returns a list with reasons.', {}), GENERIC, 'read', undefined],
    ['negative: a tool that executes the task executes it', tool('task_run', 'Execute a task with the given inputs.', { task: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a plain `path` or `file` that its own description says the result is saved to is a place on this machine: an export to it leaves a file (a write)', () => {
  check([
    ['a diagram exported to a path', tool('export_diagram', 'Export the current diagram to a file. Supports .drawio, .png and .svg formats.', { path: { type: 'string', description: 'File path to save the diagram to.' } }), GENERIC, 'write', 'medium'],
    ['a scene, in another style', tool('export_scene', 'Export the scene as .excalidraw JSON.', { filePath: { type: 'string', description: 'Optional: where the file should be saved. Returns the JSON when omitted.' } }), GENERIC, 'write', undefined],
    ['negative: a path to read from', tool('export_sheet', 'Export a sheet as CSV text.', { path: { type: 'string', description: 'Path of the workbook to read.' } }), GENERIC, 'read', undefined],
  ]);
});

describe('connecting to a database opens a connection for later calls and changes no data: a read (medium when it is handed credentials); one that can switch its write guard off is a high write', () => {
  const MYSQL = server('mysql-mcp-server', ['connect_db', 'query', 'list_tables']);
  check([
    ['a MySQL connection with credentials', tool('connect_db', 'Connect to MySQL database', { host: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' }, database: { type: 'string' } }), MYSQL, 'read', 'medium'],
    ['a connection string, in another style', tool('connect', 'Connect to a MySQL database using a connection string. The connection will be used for subsequent queries until changed.', { connectionString: { type: 'string' } }), MYSQL, 'read', 'medium'],
    ['credentials the server holds', tool('mssql_connect_database', 'Connects to MS SQL Server using environment variables. No credentials accepted as parameters.', {}, { readOnlyHint: false }), GENERIC, 'read', 'low'],
    ['negative: a connection that can lift the read-only guard', tool('connect', 'Establish connection to PostgreSQL. Use for opening a session before running queries.', { readonlyMode: { type: 'boolean' }, poolSize: { type: 'number' } }), server('postgres-mcp', ['connect', 'query']), 'write', 'high'],
    ['negative: connecting two records relates them', tool('connect_relation', 'Connect two entries through a relation field.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('reloading a configuration or rules from the file they are kept in only makes the server use what is already written: low', () => {
  check([
    ['a config file read again', tool('reload_config', 'Re-reads the config file from disk and evicts all cached project runtimes.', {}), GENERIC, 'write', 'low'],
    ['mock rules, in another style', tool('reloadRules', 'Reload the mock rules from rules.json after it was edited by hand.', { workspaceRoot: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: changing rules governs access', tool('update_rules', 'Update the firewall rules.', { rules: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['negative: reloading an app restarts it', tool('reload_app', 'Reload the React Native app.', {}), GENERIC, 'write', 'medium'],
  ]);
});

describe('scaling a recipe or an amount works out new quantities and hands them back (a read); scaling a workload changes what runs', () => {
  check([
    ['a recipe scaled', tool('recipe_scale', 'Scale a recipe up or down. Doubles, halves, or scales by any factor.', { recipe: { type: 'string' }, factor: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['servings, in another style', tool('scaleServings', 'Scale the servings of a dish to a new count.', { servings: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a deployment scaled', tool('kubectl_scale', 'Scale a Kubernetes deployment to a number of replicas.', { name: { type: 'string' }, replicas: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('taking something off a list, a staging area or a watch (watchers removed) leaves the thing itself: a write', () => {
  check([
    ['a file taken out of the staging area', tool('git-remove', 'Removes a specific file from the staging area', { path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['watchers removed, named by another verb', tool('jira_bulk_unwatch_issues', 'Remove watchers from multiple issues at once. Returns a taskId to track progress.', { issueKeys: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: removing a file deletes it', tool('remove_file', 'Removes a file from the repository.', { path: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: removing issues deletes them', tool('bulk_remove', 'Remove issues from the project permanently.', { keys: { type: 'array' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('resetting credentials issues new ones (a rotation: write, high), even a sandbox\'s; resetting the sandbox itself wipes it', () => {
  check([
    ['a sandbox\'s SMTP credentials reset', tool('reset-sandbox-credentials', 'Reset the SMTP credentials for a sandbox', { sandboxId: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'write', 'high'],
    ['a password, in another style', tool('resetUserPassword', 'Reset the password of a user and return the new one.', { userId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a sandbox reset wipes it', tool('reset_sandbox', 'Reset the sandbox, deleting all its messages.', { sandboxId: { type: 'number' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('replacing a whole document, file or script source (the work itself) loses what was there: destructive; replacing a list of settings is a write', () => {
  check([
    ['a script\'s whole source replaced', tool('set_script_source', 'Replace entire script source. For partial edits use edit_script_lines.', { instancePath: { type: 'string' }, source: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['an existing file replaced on upload, in another style', tool('sftp-upload', 'Upload a file to the remote server via SFTP. Replaces an existing file at that path unconditionally.', { localPath: { type: 'string' }, remotePath: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: an edit that says it does not replace the whole file', tool('insertText', 'Insert text at a specific index (surgical edit, doesn\'t replace whole file).', { documentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: replacing all guides on a page', tool('set_guide', 'Replaces all existing guides on the page with the given ones.', { guides: { type: 'array' } }), GENERIC, 'write', undefined],
  ]);
});

describe('resetting a DNS zone or its records to the defaults drops every record that was added: destructive', () => {
  check([
    ['a zone reset to its default records', tool('DNS_resetDNSRecordsV1', 'Reset DNS zone to the default records.', { domain: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['in another style', tool('reset_zone', 'Reset the zone of a domain to its defaults.', { domain: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: resetting a filter', tool('reset_filters', 'Reset the search filters.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('reversing a transaction, a charge or a credit on a server that handles money sends the money back, as voiding one does: financial', () => {
  check([
    ['a credit transaction reversed', tool('customer-credits-reverse-transaction', 'Reverse a transaction\n\nReverse a previous credit or debit on this account. Creates a new transaction that undoes the original.', { id: { type: 'string' } }), SHOP, 'financial', 'critical'],
    ['a charge, in another style', tool('reverseCharge', 'Reverse a card charge.', { chargeId: { type: 'string' } }), SHOP, 'financial', undefined],
    ['negative: a reverse geocode looks up an address', tool('reverse_geocode', 'Reverse geocode coordinates to an address.', { lat: { type: 'number' }, lng: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: reversing a list on a to-do server', tool('reverse_list', 'Reverse the order of a list.', { listId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a load or an open whose first sentence says it replaces the whole diagram or document throws the old one away: destructive', () => {
  check([
    ['a diagram file loaded over the current one', tool('load_diagram', 'Load a .drawio file from disk into the current session, REPLACING the entire diagram (all pages).', { path: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a document opened over the current one, in another style', tool('open_document', 'Open a saved document, replacing the entire document in the editor.', { file: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a load that only returns the file', tool('load_file', 'Load a file and return its contents.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a reset that says it clears a history (a session\'s chat history) throws that history away: destructive', () => {
  check([
    ['a chat session reset', tool('reset_session', 'Clear a session\'s chat history while keeping the same session id.', { session_id: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['in another style', tool('resetConversation', 'Reset the conversation and clear its message history.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a session reset that keeps its history', tool('reset_session', 'Reset the session\'s timeout.', { session_id: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('rolling back a whole session of changes (every object it touched, back to before it began) throws those changes away: destructive', () => {
  check([
    ['a session rolled back', tool('respira_restore_session', 'Cascade rollback: undo an entire session of changes in ONE call. Restores every object the session touched to its pre-session state.', { session_id: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['in another style', tool('rollback_session', 'Roll back every change made in an editing session.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: rolling back a transaction undoes uncommitted statements', tool('rollback_transaction', 'Roll back the open transaction.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('running a review or a discovery computes it, as running an audit does; one whose name comes before a CLI or commands runs that program', () => {
  check([
    ['a keyword discovery run', tool('discover_keywords', 'Run AI-powered keyword discovery for a project. Returns keywords with search volume.', { projectId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a design review, in another style', tool('design_feedback', 'Runs a design review of the selected frame and returns the findings.', {}), GENERIC, 'read', undefined],
    ['negative: a review CLI\'s commands run', tool('extension_azqr', 'Runs Azure Quick Review CLI (azqr) commands to generate compliance reports.', { subscription: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a shop\'s own record of a customer\'s order, created or edited in its admin, moves no money (the customer pays at checkout); placing, completing or cancelling one does', () => {
  const STORE = server('woocommerce-mcp', ['create_order', 'update_order', 'cancel_order', 'create_refund', 'list_payments', 'list_products']);
  check([
    ['an order created in the shop\'s admin', tool('create_order', 'Create a new order. Requires line_items with product_id and quantity.', { line_items: { type: 'array' } }), STORE, 'write', 'high'],
    ['an order updated', tool('update_order', 'Update an order. Commonly used to change status.', { id: { type: 'number' }, status: { type: 'string' } }), STORE, 'write', 'high'],
    ['negative: a refund moves money', tool('create_refund', 'Refund an order.', { orderId: { type: 'number' }, amount: { type: 'string' } }), STORE, 'financial', undefined],
    ['negative: cancelling an order on a shop', tool('cancel_order', 'Cancel an order.', { id: { type: 'number' } }), STORE, 'financial', undefined],
  ]);
});

describe('a highlight overlay on a driven page marks an element for a person to see; it takes no step in the page', () => {
  const DRIVEN = server('playwright-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_highlight']);
  check([
    ['a highlight shown, the server says read-only', tool('browser_highlight', 'Show a persistent highlight overlay around the element on the page.', { target: { type: 'string' } }, { readOnlyHint: true }), DRIVEN, 'read', 'low'],
    ['without the hint it is still no page step', tool('browser_highlight', 'Show a persistent highlight overlay around the element on the page.', { target: { type: 'string' } }), DRIVEN, 'write', undefined],
    ['negative: a click on that server is a step', tool('browser_click', 'Click an element on the page.', { target: { type: 'string' } }), DRIVEN, 'execute', undefined],
  ]);
});

describe('a CRUD verb in a name is the action, even where a sibling tool is named by the words before it (`crm_update` beside `crm_update_estimate`)', () => {
  const CRM = server('0nmcp', ['crm_update', 'crm_update_estimate', 'crm_delete', 'crm_delete_link', 'crm_list_contacts']);
  check([
    ['an update whose last word is also a verb', tool('crm_updateEstimate', 'Update Estimate. Update an existing estimate with new details', { estimateId: { type: 'string' } }), CRM, 'write', 'medium'],
    ['a get, in another style, beside a bare `transfers-get`', tool('transfers-get-refund', 'Get details of a refund for a card transfer.', { transferID: { type: 'string' } }), server('moov', ['transfers-get', 'transfers-get-refund', 'transfers-create']), 'read', undefined],
    ['negative: a word that is no CRUD verb still names the sibling (`firecrawl_interact_stop`)', tool('firecrawl_interact_stop', 'Stop an interactive session.', { id: { type: 'string' } }), server('firecrawl', ['firecrawl_interact', 'firecrawl_interact_stop']), 'write', undefined],
  ]);
});

describe('a share link or a shareable link lets anyone who has it open the thing: high, as publishing is', () => {
  check([
    ['a snapshot\'s share link', tool('crm_create_snapshot_share_link', 'Create a shareable link for a snapshot.', { snapshotId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['in another style', tool('createShareLink', 'Creates a share link for the page so reviewers can view it.', { pageId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an invite link kept inside the team', tool('create_link', 'Create a link between two issues.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a message that is only the first part of a compound (an email template, a mail folder) is not sent: the message must be the head of the object', () => {
  check([
    ['an email template', tool('create_email_template', 'Create a new email template.', { name: { type: 'string' }, html: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a mail folder, in another style', tool('create-mail-folder', 'Create a mail folder.', { displayName: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an email posted is sent', tool('create_email', 'Create and send an email.', { to: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a message posted to a channel', tool('post_message', 'Post a message to a channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('"focus on" says what a tool attends to; only "focus the input" is a step in a driven interface', () => {
  check([
    ['a command router that focuses on managing file systems', tool('managedlustre', 'Azure Managed Lustre operations - Commands for creating, updating, listing and inspecting file systems. The tool focuses on managing all the aspects related to file system instances.', { command: { type: 'string', enum: ['create', 'update', 'list'] } }), GENERIC, 'write', undefined],
    ['a prompt that asks to focus on errors, in another style', tool('review_logs', 'Focus on error scenarios and summarise the failures in the build logs.', { buildId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: focusing an input on a driven page', tool('focus_element', 'Focus the input element on the page.', { selector: { type: 'string' } }), server('playwright-mcp', ['browser_click', 'focus_element']), 'execute', undefined],
  ]);
});

describe('moving something to the trash keeps it recoverable, and taking it out of the trash restores it: write, not destructive', () => {
  check([
    ['a mail thread trashed', tool('trash_thread', 'Move a thread to the trash', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a message trashed, in another style', tool('trashMessage', 'Moves a Gmail message to Trash. Reversible from the Trash folder for 30 days.', { messageId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a message taken out of the trash', tool('untrash_message', 'Remove a message from the trash', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: emptying the trash', tool('empty_trash', 'Permanently delete every message in the trash.', {}), GENERIC, 'destructive', undefined],
    ['negative: removing a file permanently from the bin', tool('remove_file', 'Permanently remove a file from the recycle bin.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('on a server that handles money, transferring an image, a repository or a ticket moves that thing, not value', () => {
  const CLOUD = server('digitalocean-mcp', ['balance-get', 'billing-history-list', 'invoice-get', 'image-action-transfer']);
  check([
    ['an image moved to another region', tool('image-action-transfer', 'Transfer an image to another region.', { ID: { type: 'number' }, Region: { type: 'string' } }), CLOUD, 'write', 'medium'],
    ['a repository handed to another owner, in another style', tool('transferRepository', 'Transfer a repository to a new owner.', { repo: { type: 'string' }, newOwner: { type: 'string' } }), CLOUD, 'write', undefined],
    ['negative: a transfer of funds', tool('create_transfer', 'Transfer funds between two accounts.', { from: { type: 'string' }, to: { type: 'string' }, amount: { type: 'number' } }), CLOUD, 'financial', undefined],
  ]);
});

describe('reading the reference of an API operation (an enum of create, update, delete picks whose) performs none of them', () => {
  check([
    ['an OpenAPI reference picked by operation', tool('get_openapi_reference', 'GET OpenAPI schemas, validation rules & examples for entities.', { entity_type: { type: 'string' }, operation: { type: 'string', enum: ['create', 'update', 'delete', 'list', 'get'] } }), GENERIC, 'read', 'low'],
    ['usage examples, in another style', tool('getUsageExamples', 'Returns usage examples for an action.', { action: { type: 'string', enum: ['create', 'delete'] } }), GENERIC, 'read', undefined],
    ['negative: a manager whose enum runs the operation', tool('manage_entities', 'Manage entities.', { operation: { type: 'string', enum: ['create', 'update', 'delete', 'list', 'get'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a queue\'s waiting time, length or status is a measure of the queue, not a verb that queues', () => {
  check([
    ['a queue\'s waiting time', tool('sbox_queue_waiting_time', 'Queue waiting time (avg and max duration in seconds) over the last N days.', { days: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['a queue\'s status, in another style', tool('workflowQueueStatus', 'Status of the workflow queue.', {}), GENERIC, 'read', undefined],
    ['negative: queueing a job sets it going', tool('queue_job', 'Queue a job for the worker.', { job: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('flattening a node or a layer in a design edits the design, as grouping does', () => {
  const FIGMA = server('figma-mcp', ['group_nodes', 'flatten_node', 'get_node']);
  check([
    ['a Figma node flattened', tool('flatten_node', 'Flatten a node in Figma (e.g., for boolean operations or converting to path)', { nodeId: { type: 'string' } }), FIGMA, 'write', 'medium'],
    ['a selection flattened, in another style', tool('flattenSelection', 'Flattens the selected layers.', {}), FIGMA, 'write', undefined],
    ['negative: reading a node', tool('get_node', 'Get a node by id.', { nodeId: { type: 'string' } }), FIGMA, 'read', undefined],
  ]);
});

describe('a subscription to notifications or events is a listener, not a paid plan: writing one moves no money', () => {
  check([
    ['a notification subscription created on a shop', tool('ebay_create_notification_subscription', 'Create a notification subscription for a topic.', { topicId: { type: 'string' }, destinationId: { type: 'string' } }), SHOP, 'write', 'medium'],
    ['a message subscription, in another style', tool('CreateUserDefinedMessageSubscription', 'Create a subscription to user defined messages for a call.', { callbackUrl: { type: 'string' } }), SHOP, 'write', undefined],
    ['negative: a paid subscription updated', tool('update_subscription', 'Update a customer subscription (plan, quantity).', { id: { type: 'string' }, plan: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('revoking or terminating a paid subscription cancels it ("cancel subscription" is financial)', () => {
  check([
    ['a subscription revoked', tool('subscriptions-revoke', 'Revoke Subscription. Revoke a subscription, i.e cancel immediately.', { id: { type: 'string' } }), SHOP, 'financial', 'critical'],
    ['terminated, in another style', tool('terminateSubscription', 'Terminate the customer\'s subscription now.', { subscriptionId: { type: 'string' } }), SHOP, 'financial', undefined],
    ['negative: a token revoked on the same server', tool('revoke_token', 'Revoke an API token.', { id: { type: 'string' } }), SHOP, 'destructive', undefined],
    ['negative: a subscription revoked on a to-do server', tool('revoke_subscription', 'Revoke a subscription to a list.', { id: { type: 'string' } }), NOTES, 'destructive', undefined],
  ]);
});

describe('a request for a money act (a wire-in request, a withdrawal request) asks for that act: submitting it is financial', () => {
  const PAYROLL = server('gusto-mcp', ['payrolls_submit', 'wire-in-requests_get', 'wire-in-requests_submit', 'payments_list', 'create_payment']);
  check([
    ['a wire-in request submitted', tool('wire-in-requests_submit', 'Submit a wire in request. Submit a wire in request for a payment.', { request: { type: 'object' } }), PAYROLL, 'financial', 'critical'],
    ['a withdrawal request, in another style', tool('createWithdrawalRequest', 'Create a withdrawal request from the wallet.', { amount: { type: 'number' } }), PAYROLL, 'financial', undefined],
    ['negative: reading one', tool('wire-in-requests_get', 'Get a wire in request.', { id: { type: 'string' } }), PAYROLL, 'read', undefined],
    ['negative: a project transfer request moves a project', tool('projects-create-project-transfer-request', 'Create a project transfer request to another team.', { projectId: { type: 'string' } }), PAYROLL, 'write', undefined],
  ]);
});

describe('the caller\'s own identity (the current or authenticated user, "my profile") is not other people\'s personal data: low', () => {
  check([
    ['the current user', tool('wp_get_current_user', 'Retrieves the currently authenticated user with profile information including roles and capabilities.', { site: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the authenticated user, in another style', tool('user-get-auth-user', 'Get the User. Retrieves information related to the currently authenticated User.', {}), GENERIC, 'read', 'low'],
    ['my profile', tool('get-my-profile', 'Get the signed-in user\'s profile.', {}), GENERIC, 'read', 'low'],
    ['negative: another user', tool('get_user', 'Get a user by id, with email and phone.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a list of commits or a git log gives messages, authors and hashes (low); reading one commit returns its diff, the code', () => {
  const CODE = server('github-mcp', ['list_commits', 'get_commit', 'get_file_contents', 'create_pull_request']);
  check([
    ['commits of a branch listed', tool('list_commits', 'Get list of commits of a branch in a GitHub repository', { owner: { type: 'string' }, repo: { type: 'string' } }), CODE, 'read', 'low'],
    ['a git log, in another style', tool('git_log', 'Shows the commit logs', { repo_path: { type: 'string' } }), CODE, 'read', 'low'],
    ['negative: one commit read with its diff', tool('get_commit', 'Get a commit with its diff.', { sha: { type: 'string' } }), CODE, 'read', 'medium'],
    ['negative: a pod\'s log', tool('pods_log', 'Get the logs of a pod.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('an issue\'s or a page\'s attachments are files: a list of them names them (low); a mail\'s attachments are part of the message', () => {
  check([
    ['a work item\'s attachments listed', tool('list_workitem_attachments', 'List attachments for a specific work item. Returns file name, size and download URL.', { workItemId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a page\'s attachments, in another style', tool('get_attachments', 'Get the attachments of a Confluence page.', { pageId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an email attachment', tool('get_email_attachment', 'Download an attachment of an email.', { messageId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: attachments on a mail server', tool('get_attachments', 'Get the attachments of a message.', { id: { type: 'string' } }), server('gmail-mcp', ['send_email', 'list_emails', 'get_attachments']), 'read', 'medium'],
  ]);
});

describe('switching the working context (a profile, a site), or setting it where the name says so (`set_active_board`, `set_project_root`), is a session setting: low, as selecting one is', () => {
  check([
    ['a project context set', tool('set_project_context', 'Set the project context for later calls.', { path: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['an active board, in another style', tool('setActiveBoard', 'Set the active board for subsequent operations.', { boardId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a profile switched', tool('switch_profile', 'Switch to another profile.', { profile: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a working directory behind the server\'s name', tool('git_set_working_dir', 'Set the working directory for git commands.', { path: { type: 'string' } }), server('git-mcp', ['git_status', 'git_set_working_dir']), 'write', 'low'],
    ['negative: a project\'s settings set', tool('set_project_settings', 'Update a project\'s settings.', { settings: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('starting a browser (init, launch or restart one, or a new browser session) sets a driven browser going: execute', () => {
  check([
    ['a browser initialised at a URL', tool('init-browser', 'Initialize a browser with a URL', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['Firefox restarted, in another style', tool('restart_firefox', 'Restart Firefox with different configuration. All current tabs will be closed.', { firefoxPath: { type: 'string' } }), server('firefox-devtools-mcp', ['restart_firefox', 'navigate_page']), 'execute', undefined],
    ['a new page whose description says it is a browser tab', tool('puppeteer_new_page', 'Create a new browser tab. If puppeteer_launch was not called, the browser auto-launches.', { pageId: { type: 'string' } }), server('puppeteer-mcp-claude', ['puppeteer_launch', 'puppeteer_new_page']), 'execute', undefined],
    ['negative: listing the open browser tabs', tool('listBrowserTabs', 'Lists the open browser tabs.', {}), GENERIC, 'read', undefined],
    ['negative: a browser profile created', tool('create_browser_profile', 'Create a browser profile with saved settings.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('logging time, a meal or a call records an entry (write); a log is otherwise a thing (`pods_log`)', () => {
  check([
    ['time logged', tool('log_time', 'Log time entry using natural language', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a workout, in another style', tool('logWorkout', 'Log a workout with its duration.', { minutes: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a pod\'s log read', tool('pods_log', 'Get the logs of a pod.', { name: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a log entry listed', tool('list_log_entries', 'List log entries.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a leading tag in brackets ("[VM Deploy Order Management] Get …") files the tool under a heading; it states no action', () => {
  check([
    ['a deploy order read under its heading', tool('get_vm_deploy_order', '[VM Deploy Order Management] Get VM deploy order details', { deployOrderId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a log read, in another style', tool('get_machine_log', '[Deploy Management] Get the log of a machine.', { machineId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a heading before a run', tool('run_pipeline', '[Pipeline Management] Run a pipeline.', { pipelineId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('after an article, a word that would be a dangerous act names a thing ("the Sell Compliance API", "returns a clean list")', () => {
  check([
    ['a decommissioned API named after a verb', tool('ebay_get_listing_violations', 'DECOMMISSIONED: eBay shut down the Sell Compliance API on 2026-03-30. This tool always fails with a clear message.', {}), GENERIC, 'read', 'low'],
    ['a clean list, in another style', tool('jira_get_issue_comments', 'Use when the user asks for the comments on a ticket; returns a clean list.', { issueIdOrKey: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: "Delete a file" still deletes', tool('remove_file', 'Delete a file.', { path: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('what the description says the caller or the user does ("if you can execute a PUT", "the user should open this URL") is not the tool\'s act', () => {
  check([
    ['an upload URL for the caller to PUT to', tool('get_asset_upload_url', 'Only call this tool if you can execute a direct HTTP PUT with binary file data. Get a presigned URL to upload a file.', { filename: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a URL the user opens, in another style', tool('get_oauth_url', 'Generate the OAuth authorization URL. The user should open this URL in a browser to grant permissions.', {}), GENERIC, 'read', undefined],
    ['a screenshot that needs the page to be open', tool('get_canvas_screenshot', 'Take a screenshot of the canvas. Requires the canvas frontend to be open in a browser.', {}), GENERIC, 'read', undefined],
    ['negative: a tool that opens the URL in a browser itself', tool('open_url', 'Opens the URL in the default browser.', { url: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('"custom script" names something run only after a verb that runs it ("runs a custom script"); a custom script class is a kind of node', () => {
  check([
    ['nodes matched by a custom script class', tool('find_nodes', 'Search a scene for nodes matching filters. type also matches custom script class_names registered globally.', { type: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a custom script run', tool('run_script', 'Runs a custom script on the server.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('in a ledger (a budgeting or personal-finance app) a transaction or an expense written with an amount is the record of money spent, not money moved', () => {
  const LEDGER: ServerContext = { name: 'Lunch Money', toolNames: ['create_transactions', 'update_transaction', 'get_budget_summary'], description: 'Model Context Protocol server for LunchMoney personal finance management' };
  check([
    ['a transaction updated', tool('update_transaction', 'Update an existing transaction.', { id: { type: 'number' }, amount: { type: 'string' }, currency: { type: 'string' } }), LEDGER, 'write', 'medium'],
    ['transactions created, in another style', tool('createTransactions', 'Insert transactions into the budget.', { amount: { type: 'number' }, currency: { type: 'string' } }), LEDGER, 'write', undefined],
    ['negative: a payment on a payments server', tool('create_payment', 'Create a payment.', { amount: { type: 'number' }, currency: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('"checkout" is a thing except where it opens a sentence ("fail-closed checkout" is no purchase)', () => {
  check([
    ['a privacy audit that mentions checkout', tool('ifood_privacy_audit', 'Redaction defaults and fail-closed checkout.', {}, { readOnlyHint: true }), SHOP, 'read', undefined],
    ['negative: a checkout created on a shop', tool('create_checkout', 'Create a checkout for the cart and charge the card.', { cartId: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('evaluating a math expression or a formula computes a number; it runs no program', () => {
  const CALC = server('calc-mcp', ['math', 'hash', 'base64', 'datetime']);
  check([
    ['a calculator\'s math tool', tool('math', 'Evaluate math expressions or compute statistics on numbers', { expression: { type: 'string', description: 'Math expression to evaluate' }, action: { type: 'string', enum: ['eval', 'statistics'] } }), CALC, 'read', 'low'],
    ['a formula, in another style', tool('evaluate_formula', 'Evaluates a spreadsheet formula and returns the value.', { formula: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a JavaScript expression', tool('evaluate', 'Evaluate a JavaScript expression in the page.', { expression: { type: 'string', description: 'JavaScript expression to evaluate' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('removing an image\'s background or a watermark edits the picture; nothing is destroyed', () => {
  check([
    ['an action that removes a background', tool('generate_image', 'Generate or edit images.', { action: { type: 'string', enum: ['regenerate', 'remove_background'] } }), GENERIC, 'write', undefined],
    ['a watermark, in another style', tool('removeWatermark', 'Remove the watermark from an image.', { imageUrl: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an image deleted', tool('remove_image', 'Remove an image from the library.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a token of a chain (an ERC-20 token, an NFT) is an asset, not a credential', () => {
  check([
    ['an ERC-20 token\'s info', tool('get_erc20_token_info', 'Get ERC20 token information', { tokenAddress: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an NFT token, in another style', tool('getNftTokenMetadata', 'Get the metadata of an NFT token.', { tokenId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an access token', tool('get_access_token', 'Get the access token.', {}), GENERIC, 'read', 'high'],
  ]);
});

describe('checking an API key it is handed answers yes or no, even where the description names API keys; rerolling a key issues a new one', () => {
  check([
    ['a key verified', tool('keys-verify-key', 'Verify API key. Verify an API key\'s validity and permissions for request authentication.', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a key rerolled', tool('keys-reroll-key', 'Reroll Key. Generate a new API key while preserving the configuration from an existing key.', { keyId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an API key returned', tool('get_key', 'Get a key. Returns the API key.', { keyId: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('what the description says the caller can run ("Prefer the CLI whenever you can run shell commands") is not run by the tool; code handed over to be refactored or reviewed is the text worked on', () => {
  check([
    ['a secret generated, the CLI recommended to the caller', tool('generate_webhook_secret', 'Generate a new signing secret for a webhook endpoint and return it once. It replaces the existing secret. Prefer the CLI whenever you can run shell commands.', { projectRef: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['component code to refactor', tool('refactor_component', 'Provide expert-level refactoring suggestions and implementations', { code: { type: 'string', description: 'React Native component code to refactor' } }), GENERIC, 'read', undefined],
    ['negative: a tool that runs shell commands', tool('exec', 'Run shell commands on the host.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['negative: code to execute', tool('run_code', 'Run the code.', { code: { type: 'string', description: 'Python code to execute' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('overwriting empty cells, or a field\'s list replaced in a partial update ("arrays completely replace existing associations"), loses nothing stored elsewhere: write', () => {
  check([
    ['values appended over empty cells', tool('sheets_append_values', 'Append values to the end of a table. By default, this will OVERWRITE existing empty cells.', { values: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['a post updated, its featured list replaced', tool('update_newsletter_post', 'Update an existing newsletter post by its slug. This tool allows partial updates. Featured server arrays completely replace existing associations.', { slug: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a document replaced completely', tool('put_document', 'Completely replaces the document with the body given.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a file overwritten', tool('write_file', 'Write a file, overwriting the existing file.', { path: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a work order or a production order schedules work, and a pay policy is a rule: neither is a sale or a payment', () => {
  const PAYROLL = server('gusto-mcp', ['payrolls_submit', 'contractor-payments_create', 'holiday-pay-policies_get']);
  check([
    ['a work order created on an ERP', tool('erpnext_work_order_create', 'Create a new Work Order for manufacturing.', { production_item: { type: 'string' } }), SHOP, 'write', undefined],
    ['a holiday pay policy read on a payroll server', tool('holiday-pay-policies_get', 'Get a company\'s holiday pay policy', { companyId: { type: 'string' } }), PAYROLL, 'read', undefined],
    ['negative: a sales order created', tool('create_order', 'Create an order and charge the customer.', { items: { type: 'array' } }), SHOP, 'financial', undefined],
  ]);
});

describe('a deploy named as a thing ("the staging deploy") or left to the user ("the user should redeploy") is not a deployment the tool makes', () => {
  check([
    ['an issue update whose example mentions a deploy', tool('update_issue', 'Update an issue: resolve, reopen or ignore it. Example: ignore it because this is expected noise from the staging deploy.', { issueId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['secrets updated, redeploying left to the user', tool('update-resource-secrets', 'Update the secrets of a resource. The user should redeploy their application.', { secrets: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a tool that deploys', tool('publish_site', 'Deploys the site to production.', { siteId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a rule is not by itself a privilege (a mail rule, a mock rule, an agent\'s project rules): writing one is medium; firewall and access rules still govern access', () => {
  check([
    ['a mock rule added', tool('add_mock_rule', 'Add a mock rule to the proxy.', { pattern: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['project rules initialised, in another style', tool('init_project_rules', 'Initialise the project rules file for the coding agent.', {}), GENERIC, 'write', 'medium'],
    ['negative: a firewall rule', tool('add_firewall_rule', 'Add a firewall rule.', { port: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['negative: an access rule', tool('create_access_rule', 'Create an access rule for a bucket.', { bucket: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a link that is a record of its own (a short link, a trigger link, any link on a link shortener) is destroyed by a delete; a link between two things is only detached', () => {
  const DUB: ServerContext = { name: 'Dub', toolNames: ['links-create', 'links-delete', 'links-get'], description: 'Dub short links, domains and analytics' };
  check([
    ['a short link deleted on a shortener', tool('links-delete', 'Delete a link.', { linkId: { type: 'string' } }), DUB, 'destructive', 'critical'],
    ['a trigger link, in another style', tool('deleteTriggerLink', 'Delete a trigger link.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['a bare link deleted by its id, behind the server\'s prefix', tool('crm_deleteLink', 'Delete Link. Delete Link', { linkId: { type: 'string' } }), server('0nmcp', ['crm_deleteLink', 'crm_getLinks', 'crm_updateLink']), 'destructive', undefined],
    ['negative: an issue link removed', tool('delete_issue_link', 'Delete a link between two issues.', { linkId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a bare link "between" two things', tool('delete_link', 'Delete the link between two notes.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a server named for Claude is most often one that Claude uses, not a model it asks: "completion analytics" there is no completion', () => {
  const FLOW = server('Claude Flow (Ruflo) agent orchestration', ['task_create', 'task_list'], '@claude-flow/cli');
  check([
    ['a task created', tool('task_create', 'Create a new task Use when native TodoWrite is wrong because you need cross-session task persistence, agent assignment, dependency tracking, or completion analytics.', { description: { type: 'string' } }), FLOW, 'write', 'medium'],
    ['negative: a chat completion on a model provider\'s server', tool('create_completion', 'Create a chat completion.', { prompt: { type: 'string' } }), server('deepseek-mcp', ['create_completion']), 'read', undefined],
  ]);
});

describe('watching an issue, a card or a repository makes the caller a watcher of that record: a write, as adding a watcher is', () => {
  check([
    ['issues watched in bulk', tool('jira_bulk_watch_issues', 'Add watchers to multiple issues at once.', { issueKeys: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['a card, in another style', tool('watchCard', 'Watch a card to get notified of changes.', { cardId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: watching a console\'s output', tool('watch_console', 'Watch the console output of the plugin.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a lone name word that is usually a thing (`transfer_store_info`, `store_summary`), or an agent noun inside a name, gives way to a description that opens by reading', () => {
  check([
    ['a store\'s featured patterns', tool('transfer_store-featured', 'Get featured patterns from the store.', {}), GENERIC, 'read', undefined],
    ['a store\'s summary, in another style', tool('store_summary', 'Get store overview: active products and today\'s orders.', {}), GENERIC, 'read', undefined],
    ['an installer\'s details', tool('marketplace_installer_details', 'Get installer details for a marketplace app.', { appId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a memory stored', tool('store_memory', 'Store a memory for later recall.', { text: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a transfer whose description transfers', tool('transfer_funds', 'Transfer funds to another account.', { amount: { type: 'number' }, currency: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('the undo history or the undo stack is what can be undone, not an undo', () => {
  check([
    ['the undo history listed', tool('mcp_undo_history', 'List the undo and redo stacks.', {}), GENERIC, 'read', undefined],
    ['negative: an undo', tool('undo_last_change', 'Undo the last change.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('a verb such as describe or show is never a kind of resource, whatever its siblings (`describe_trigger` beside `describe_index`)', () => {
  const SQL = server('mssql-mcp-server', ['describe_table', 'describe_trigger', 'describe_index', 'list_tables']);
  check([
    ['a trigger described', tool('describe_trigger', 'Get detailed information about a specific trigger including its definition and events', { name: { type: 'string' } }), SQL, 'read', undefined],
    ['negative: a monitor deleted beside monitor_create', tool('monitor_delete', 'Delete a monitor.', { id: { type: 'string' } }), server('firecrawl', ['monitor_create', 'monitor_delete', 'monitor_list']), 'destructive', undefined],
  ]);
});

describe('on a driven page, checking that an element is visible or enabled, or whether a box is ticked, asks a question; only ticking a checkbox is a step', () => {
  const DRIVEN = server('playwright-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_is_visible']);
  check([
    ['an element\'s visibility checked', { ...tool('browser_is_visible', 'Check if an element is visible on the page', { selector: { type: 'string' } }), title: 'Check element is visible' }, DRIVEN, 'read', undefined],
    ['whether a checkbox is ticked, asked', { ...tool('browser_is_checked', 'Check if a checkbox or radio button is checked/selected', { ref: { type: 'string' } }), annotations: { title: 'Check if checkbox/radio is selected', readOnlyHint: true } }, DRIVEN, 'read', 'low'],
    ['negative: a checkbox ticked', tool('browser_check', 'Check a checkbox or radio button', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
  ]);
});

describe('a verb\'s plain form after "previously", "is" or "been" is a participle, and one after "current", "last" or "latest" names a thing', () => {
  check([
    ['commands previously run', tool('ssh_history', 'Returns the in-memory log of SSH commands previously run through this server.', {}), GENERIC, 'read', undefined],
    ['the current dispatch and the last commit', tool('version_info', 'Return the current dispatch SHA + last commit metadata.', {}), GENERIC, 'read', undefined],
    ['negative: a command run', tool('run_command', 'Run a command over SSH.', { command: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a message to the system\'s own AI agents or workers stays inside it: a medium write, not a message to people', () => {
  check([
    ['a broadcast to all connected agents', tool('relay_broadcast', 'Broadcast a message to ALL connected agents at once.', { message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['from one agent to another, in another style', tool('send_message', 'Send message from one agent to another', { to: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a message to a person', tool('send_message', 'Send a message to a user in a channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('an invoice schedule on a server that handles money sets up recurring bills: an obligation (financial), as an invoice is', () => {
  const CRM = server('0nmcp', ['crm_createInvoice', 'crm_createInvoiceSchedule', 'crm_listPayments']);
  check([
    ['an invoice schedule created', tool('crm_createInvoiceSchedule', 'Create Invoice Schedule. API to create an invoice Schedule', { location_id: { type: 'string' } }), CRM, 'financial', 'high'],
    ['negative: a meeting schedule', tool('create_schedule', 'Create a schedule for the team\'s meetings.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('resetting a system or its state throws away what it held: destructive, as resetting a database is', () => {
  check([
    ['a system reset', tool('system_reset', 'Reset system state.', { component: { type: 'string' }, confirm: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a password reset issues a new one', tool('reset_password', 'Reset a user\'s password.', { userId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an exposed port or a port forward comes off and can be put back; endorsing or upvoting adds a mark', () => {
  check([
    ['a sandbox port removed', tool('sandbox_remove_port', 'Remove an exposed port from a sandbox.', { port: { type: 'number' } }), GENERIC, 'write', undefined],
    ['an agent endorsed', tool('trust_endorse', 'Endorse an agent to boost their social trust score.', { agent_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a sandbox removed', tool('remove_sandbox', 'Remove a sandbox and its files.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool whose description opens by recording a payment keeps a record; one that says it sends a credit or a deposit moves money', () => {
  const PAY = server('moov', ['transfers-create', 'payments_list', 'bank-accounts-initiate-verification']);
  check([
    ['a payment recorded against an order', tool('order_payment_create', 'Record a payment against an order (amount, type, status, paid_at).', { order_id: { type: 'string' }, amount: { type: 'number' } }), PAY, 'write', undefined],
    ['a micro-deposit sent to verify an account', tool('bank-accounts-initiate-verification', 'Instant micro-deposit verification offers a quick way to verify bank account ownership. Send a $0.01 credit with a unique verification code.', { bankAccountID: { type: 'string' } }), PAY, 'financial', undefined],
    ['negative: a token needed to send funds later', tool('accounts-get-terms-of-service-token', 'Generates a token to accept the terms of service. Any account requesting the collect funds, send funds or wallet capabilities must accept them.', {}), PAY, 'read', undefined],
  ]);
});

describe('bookkeeping records beyond invoices are financial records: adjustments, commissions, quotations, journal entries, budgets, credit notes (medium); a performance budget is not money', () => {
  check([
    ['a billing server\'s adjustments listed', tool('list_adjustments', 'List adjustments such as refunds and credits.', {}), GENERIC, 'read', 'medium'],
    ['affiliate commissions listed', tool('affiliates-list-commissions', 'Retrieve a paginated list of an affiliate\'s commissions.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a quotation read', tool('erpnext_quotation_get', 'Get a single Quotation by name. Returns full document with line items and terms.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['journal entries listed', tool('erpnext_journal_entry_list', 'List journal entries.', {}), GENERIC, 'read', 'medium'],
    ['budgets listed', tool('list_budgets', 'Lists all budgets of the user.', {}), GENERIC, 'read', 'medium'],
    ['credit notes listed', tool('list-credit-notes', 'List credit notes in Xero.', { page: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: a performance budget checked', tool('check_performance_budget', 'Check if a website meets its performance budget.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: notes listed', tool('list_notes', 'List the titles of your notes.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a payment platform\'s events carry its transactions (medium), unless simulated; a calendar\'s events are a schedule and a deployment\'s events its build log, on any server', () => {
  const PADDLE = server('@paddle/paddle-mcp', ['list_events', 'list_transactions', 'create_price']);
  check([
    ['a payment platform\'s events listed', tool('list_events', 'List events that occurred in the account.', {}), PADDLE, 'read', 'medium'],
    ['a deployment\'s events', tool('getDeploymentEvents', 'Get the events of a deployment.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['calendar events on a suite server', tool('list_calendar_events', 'List events in a calendar.', {}), server('ms-365', ['list_calendar_events', 'list_mail_messages']), 'read', 'medium'],
    ['negative: a simulation\'s events', tool('get_simulation_run_event', 'Get a simulated event from a simulation run.', { id: { type: 'string' } }), PADDLE, 'read', 'low'],
    ['negative: a project\'s events elsewhere', tool('get_project_events', 'Get the events of a project.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a cache the description names as what a clear empties fills again by itself: a write, whatever the name calls it', () => {
  check([
    ['a snapshot cache cleared', tool('clear_snapshot', 'Clear snapshot cache. Usually not needed.', {}), GENERIC, 'write', undefined],
    ['negative: a snapshot cleared', tool('clear_snapshot', 'Clear the snapshot and its stored data.', {}), GENERIC, 'destructive', undefined],
    ['negative: a cache and its data cleared', tool('clear_store', 'Clear data and cache of the store.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('resolving a tracked error or problem marks it resolved (write), as resolving an issue does; resolving a name still reads', () => {
  check([
    ['a tracked error resolved', tool('errors_resolve', 'Resolve a tracked error. Marks one tracked error resolved.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a hostname resolved', tool('resolve_hostname', 'Resolve a hostname to its IP addresses.', { host: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a privilege noun after "by" or "matching" picks the records a tool works on; it is not what changes', () => {
  check([
    ['mail moved by sender domain', tool('bulk_move_by_domain', 'Move all emails from a specific domain to a folder.', { domain: { type: 'string' }, targetMailbox: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a domain updated', tool('update_domain', 'Update a domain\'s settings.', { domain: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a read whose description says it returns a secret, or that one is returned, reads secrets (high), unless its clause denies it', () => {
  check([
    ['a webhook with its signing secret', tool('get-webhook', 'Get a webhook by ID, including its signing secret.', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['registry credentials returned', tool('list-registries', 'List container registries. Returns all container registry credentials owned by the authenticated user.', {}), GENERIC, 'read', 'high'],
    ['a secret key said to be returned', tool('get_notification_setting', 'Retrieve a notification setting. The endpointSecretKey is returned for webhook signature verification.', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: secrets denied in the clause', tool('ssh_list_servers', 'Lists all SSH servers. Deliberately omits secrets, so no passwords, key paths or passphrases are returned.', {}), GENERIC, 'read', 'low'],
    ['negative: a key as the subject', tool('list_stores', 'List all stores. It returns every store the API key can see.', {}), GENERIC, 'read', 'low'],
    ['negative: credentials in an error clause', tool('whoami', 'Get current user details. It returns the current user profile, while missing credentials are reported as errors.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('feedback sent to a vendor is a message to them (medium), not a small mark; responding to a buyer\'s feedback or a review answers in public (high)', () => {
  check([
    ['feedback submitted to the vendor', tool('submit_feedback', 'Submit feedback about the product to the team.', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a response to a buyer\'s feedback', tool('ebay_respond_to_feedback', 'Respond to feedback received from a buyer', { feedbackId: { type: 'string' }, responseText: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a reaction added', tool('add_reaction', 'Add an emoji reaction to a message.', { name: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: responding to a proposal inside the system', tool('respond_to_proposal', 'Respond to a proposal from another agent.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a payment platform\'s transfers and their cancellations are its money movements, and a payroll\'s pay stubs are pay (read, medium); a domain transfer elsewhere is not', () => {
  const MOOV = server('@moovio/sdk', ['transfers-list', 'transfers-create', 'accounts-list']);
  const GUSTO = server('@gusto/embedded-api', ['payrolls_get-pay-stubs', 'employees_get']);
  check([
    ['a payment platform\'s transfers listed', tool('transfers-list', 'List all the transfers associated with a particular account.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['a transfer\'s cancellations', tool('transfers-list-cancellations', 'Get a list of cancellations for a transfer.', { transferID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['an employee\'s pay stubs', tool('payrolls_get-pay-stubs', 'Get an employee\'s pay stubs', { employeeId: { type: 'string' } }), GUSTO, 'read', 'medium'],
    ['negative: a domain transfer\'s status', tool('domains_getTransferV1', 'Retrieve the transfer for a specified domain.', { domain: { type: 'string' } }), server('hostinger-api-mcp', ['domains_getTransferV1', 'hosting_listWebsitesV1']), 'read', 'low'],
  ]);
});

describe('resuming or activating an ad or a campaign puts it live (high); pausing one is a plain write', () => {
  check([
    ['a paused ad resumed', tool('crm_fbResumeAd', 'Resume ad. Resume a paused Facebook ad', { adId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a campaign activated', tool('activate_campaign', 'Activate a campaign.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an ad paused', tool('crm_fbPauseAd', 'Pause ad. Pause a running Facebook ad', { adId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a worker resumed', tool('resume_worker', 'Resume a paused worker.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('what people entered in a form or a survey is their personal data (read, medium)', () => {
  check([
    ['form submissions listed', tool('crm_get_form_submissions', 'List form submissions with filtering by form, date range, and search query.', { formId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['survey responses', tool('getFormResponses', 'Get the responses to a Google Form.', { formId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a form\'s fields', tool('get_form_fields', 'Get the fields of a form.', { formId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('predicting or forecasting works a result out and returns it; a step named as a thing gives way to a description that opens by recording', () => {
  check([
    ['the next action predicted', tool('autopilot_predict', 'Predict the optimal next action based on current state and learned patterns.', {}), GENERIC, 'read', undefined],
    ['a trajectory step recorded', tool('hooks_intelligence_trajectory-step', 'Record step in trajectory for reinforcement learning.', { trajectoryId: { type: 'string' }, action: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: text typed into a driven input', tool('type', 'Append text to the currently focused input.', { text: { type: 'string' } }), server('agent-device', ['type', 'click', 'fill', 'scroll']), 'execute', undefined],
  ]);
});

describe('a server taken out of a load balancer, a firewall or a pool keeps running: a write, not a deletion', () => {
  check([
    ['droplets out of a load balancer', tool('lb-remove-droplets', 'Remove Droplets from a Load Balancer', { LoadBalancerID: { type: 'string' }, DropletIDs: { type: 'array' } }), GENERIC, 'write', undefined],
    ['a target out of a load balancer', tool('remove_load_balancer_target', 'Remove a target from a load balancer.', { id: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a load balancer removed', tool('remove_load_balancer', 'Remove a load balancer from the project.', { id: { type: 'number' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a report on a sales promotion holds the sales it made (read, medium)', () => {
  check([
    ['promotion reports', tool('ebay_get_promotion_reports', 'Get promotion reports through the eBay Marketing API.', { marketplaceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the promotions themselves', tool('ebay_get_promotions', 'Get promotions through the eBay Marketing API.', { marketplaceId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a business policy (returns, shipping, time off, alerts) is a rule of the business, not access: a plain write', () => {
  check([
    ['a seller\'s return policy updated', tool('ebay_update_return_policy', 'Update a return policy', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a time-off policy deactivated', tool('time-off-policies_deactivate', 'Deactivate a time off policy', { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: an access policy updated', tool('update_org_policy', 'Update an organization policy.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('submitting or running a payroll pays the people on it (financial), and payrolls read are pay records (medium)', () => {
  const GUSTO = server('@gusto/embedded-api', ['payrolls_submit', 'payrolls_get', 'employees_get']);
  check([
    ['a payroll submitted', tool('payrolls_submit', 'Submit payroll. Submits an unprocessed payroll to be calculated and run.', { request: { type: 'object' } }), GUSTO, 'financial', 'critical'],
    ['payrolls listed', tool('payrolls_list', 'Get all payrolls for a company', { request: { type: 'object' } }), GUSTO, 'read', 'medium'],
    ['negative: a payroll\'s pay schedule read', tool('pay-schedules_get', 'Get a pay schedule', { request: { type: 'object' } }), GUSTO, 'read', 'low'],
  ]);
});

describe('refusing a checkpoint rejects it, and sideloading a file imports it into a library: writes', () => {
  check([
    ['a pipeline checkpoint refused', tool('refuse_pipeline_validate', 'Refuse/reject a manual checkpoint (human validation gate) in a pipeline run.', { pipelineId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an image sideloaded', tool('respira_sideload_image', 'Download a stock image from an allowed domain and add it to the WordPress Media Library.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a pipeline validated', tool('validate_pipeline', 'Validate a pipeline definition.', { pipelineId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a title with no verb of its own is a label (often in another language): the name\'s objects decide what a verbless tool returns', () => {
  check([
    ['a French label over provider invoices', { ...tool('boond_companies_provider_invoices', 'Récupère les factures fournisseur d\'une société, par son ID.', { id: { type: 'string' } }), title: 'Factures fournisseur d\'une société' }, GENERIC, 'read', 'medium'],
    ['negative: a title that states its action', { ...tool('boond_companies_orders', 'Orders of a company.', { id: { type: 'string' } }), title: 'List the order book layout' }, GENERIC, 'read', 'low'],
  ]);
});

describe('purchases are financial records, as orders are (read, medium)', () => {
  check([
    ['purchases searched', tool('boond_purchases_search', 'Search purchases by keyword.', { keywords: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: purchasable plans listed', tool('list_plans', 'List the plans available to buy.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a delta of a thing (what changed since the last call) is that thing: a mail folder\'s message delta returns messages', () => {
  check([
    ['a calendar\'s event delta', tool('list-calendar-events-delta', 'Get the events added, deleted or updated in a calendar since the last call.', {}), GENERIC, 'read', 'medium'],
    ['a mail folder\'s message delta', tool('list-mail-folder-messages-delta', 'Get the messages added, deleted or updated in a mail folder.', {}), GENERIC, 'read', 'medium'],
    ['negative: a folder list delta', tool('list-folders-delta', 'Get the folders added or removed.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a design tool\'s variables are colours and sizes, not environment variables: a plain write', () => {
  check([
    ['a Figma variable created', tool('figma_create_variable', 'Create a variable in a collection.', { name: { type: 'string' } }), server('figma-console-mcp', ['figma_create_variable', 'figma_get_file']), 'write', 'medium'],
    ['negative: an environment variable set', tool('variable_set', 'Set a service variable.', { name: { type: 'string' }, value: { type: 'string' } }), server('railway-mcp', ['variable_set', 'service_list']), 'write', 'high'],
  ]);
});

describe('after "with" and a feature word, a would-be dangerous act is a feature of the tool: "with atomic rollback on failures"', () => {
  check([
    ['assignments with atomic rollback', tool('bulk_assign', 'Bulk assignment operations for multiple tasks with atomic rollback on failures.', { taskIds: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a rollback', tool('rollback', 'Roll back the last deployment.', {}), GENERIC, 'execute', undefined],
  ]);
});

describe('a destructiveHint does not make a destroyer of a tool whose schema lists every operation and none destroys', () => {
  const ops = (values: string[]) => ({ operation: { type: 'string', enum: values } });
  check([
    ['assign, unassign, reassign', { ...tool('manage-assignments', 'Bulk assignment operations for multiple tasks.', ops(['assign', 'unassign', 'reassign'])), annotations: { readOnlyHint: false, destructiveHint: true } }, GENERIC, 'write', undefined],
    ['negative: one operation deletes', { ...tool('manage-tags', 'Manage tags.', ops(['add', 'delete'])), annotations: { readOnlyHint: false, destructiveHint: true } }, GENERIC, 'destructive', undefined],
    ['negative: no operations listed', { ...tool('manage-items', 'Manage items.', {}), annotations: { readOnlyHint: false, destructiveHint: true } }, GENERIC, 'destructive', undefined],
  ]);
});

describe('generating a payment or checkout link creates it, as creating one does (financial/high)', () => {
  const CRM = server('0nmcp', ['crm_generatePaymentLink', 'crm_createInvoice', 'crm_listPayments']);
  check([
    ['a payment link generated', tool('crm_saas_generate_payment_link', 'Generate a payment link for a SaaS plan.', { planId: { type: 'string' } }), CRM, 'financial', 'high'],
    ['negative: a link preview generated', tool('generate_link_preview', 'Generate a preview card for a link.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('clearing what is only cached signs out, and cleaning up a pool of open connections tidies sockets: writes, not deletions', () => {
  check([
    ['a logout that clears cached credentials', tool('logout', 'Log the user out of the workshop host and clear cached credentials.', {}), GENERIC, 'write', undefined],
    ['a connection pool cleaned up', tool('connections', 'Manage pooled connections.', { action: { type: 'string', enum: ['status', 'disconnect', 'cleanup'] } }), GENERIC, 'write', undefined],
    ['negative: stored credentials cleared', tool('clear_credentials', 'Clear the stored credentials.', {}), GENERIC, 'destructive', undefined],
    ['negative: a session deleted', tool('delete_session', 'Delete a verification session and its data.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('snapping a node to a grid moves it, as aligning does: a write', () => {
  check([
    ['a node snapped to the grid', tool('snap_node_to_grid', 'Snap a Node3D position to a grid in local or global space.', { node_path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: the grid size read', tool('get_grid_size', 'Get the grid size of the editor.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('unticking a box is a step on a driven page; expanding a task writes its subtasks; optimizing a table rewrites it, an optimizer of a style handed in returns one', () => {
  const DRIVEN = server('playwright-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_uncheck']);
  check([
    ['a checkbox unticked', tool('browser_uncheck', 'Uncheck a checkbox or radio button', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
    ['a task expanded into subtasks', tool('expand_task', 'Expand a task into subtasks for detailed implementation', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a table optimized', tool('optimize_table', 'Optimizes a table to reclaim unused space and defragment data.', { table_name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a style optimized and returned', tool('optimize_style_tool', 'Optimizes Mapbox styles by removing unused sources and duplicate layers.', { style: { type: 'object' } }), GENERIC, 'read', undefined],
  ]);
});

describe('from catalogue-sample5\'s misses: a cancellation created is a cancel; a calendar event cancelled is a meeting called off; a load into a table imports; going forward in a browser is a step; mail to a sandbox reaches no one', () => {
  const MOOV = server('moov-payments', ['transfers-create', 'transfers-create-cancellation', 'payments_list']);
  const DRIVEN = server('playwright-mcp', ['playwright_click', 'playwright_navigate', 'playwright_go_forward']);
  check([
    ['a transfer\'s cancellation initiated', tool('transfers-create-cancellation', 'Initiate a cancellation for a card, ACH, or queued transfer.', { request: { type: 'object' } }), MOOV, 'financial', 'critical'],
    ['a calendar event cancelled', tool('cancel-calendar-event', 'This action allows the organizer of a meeting to send a cancellation message and cancel the event.', { eventId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a CSV loaded into a database', tool('load_csv', 'Load a CSV file into DuckDB', { path: { type: 'string' }, table_name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['forward in the browser\'s history', tool('playwright_go_forward', 'Navigate forward in browser history', {}), DRIVEN, 'execute', undefined],
    ['mail sent to a test inbox', tool('send-sandbox-email', 'Send an email in sandbox mode to a test inbox without delivering to your recipients', { to: { type: 'string' }, cc: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an order cancelled on a shop', tool('cancel_order', 'Cancel an order.', { id: { type: 'string' } }), server('shopify', ['cancel_order', 'list_products', 'create_refund']), 'financial', undefined],
    ['negative: a file loaded to read it', tool('load_file', 'Load a file and return its text.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a message forwarded', tool('forward_message', 'Forward a message to another recipient.', { id: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a real email sent', tool('send_email', 'Send an email to recipients.', { to: { type: 'string' }, cc: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('persons are people, a payroll\'s reversals are money records, and a Gmail search searches mail (read, medium)', () => {
  check([
    ['persons searched', tool('search-persons', 'Search persons by name, email or phone.', { term: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['approved reversals', tool('payrolls_get-approved-reversals', 'Get approved payroll reversals for a company', { request: { type: 'object' } }), GENERIC, 'read', 'medium'],
    ['a Gmail search', tool('gmail_search', 'Search Gmail with a query.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: Gmail labels listed', tool('gmail_list_labels', 'List the labels of the mailbox.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('from catalogue-sample5\'s misses: a fulfilment reaches the customer; a log drain ships logs out; a signed link opened with no login is shared; cookies in a request read secrets; secrets listed with masked values are an inventory', () => {
  const SHOP_SERVER = server('shopify-mcp', ['create_fulfillment', 'list_products', 'cancel_order', 'create_refund']);
  check([
    ['a fulfilment created', tool('create_fulfillment', 'Create a fulfillment for an order. Specify which order lines and quantities to fulfill.', { order_id: { type: 'string' }, tracking_number: { type: 'string' } }), SHOP_SERVER, 'write', 'high'],
    ['a log drain created', tool('createLogDrain', 'Creates a log drain.', { url: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a signed link opened with no login', tool('create_review_link', 'Create a review link: a signed URL a client opens with no WordPress login, that shows the page.', { post_ids: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['a request with its cookies', tool('get_network_request', 'Gets a network request. Useful for inspecting request headers (including \'Cookie\') and response headers (including \'Set-Cookie\').', { reqid: { type: 'number' } }), GENERIC, 'read', 'high'],
    ['credentials listed, values masked', tool('credentials_list', 'List all credentials for a room. Values are masked.', { roomId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: credentials read with their values', tool('credentials_get', 'Get a credential by name with the actual (unmasked) value.', { name: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a comment left on a review link resolved', tool('resolve_review_comment', 'Mark a comment left on a review link resolved.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('generating what the description says it creates makes a stored thing (write); generating text only returns it', () => {
  check([
    ['a collection generated from a spec', tool('generateCollection', 'Creates a collection from the given API specification.', { specId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a summary generated', tool('generate_summary', 'Generates a summary of the text.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('paying a group of contractors moves money; funds are financial records; a view before a final CRUD verb is a kind of resource', () => {
  check([
    ['a contractor payment group paid', tool('contractor-payment-groups_create', 'Create a contractor payment group Pay a group of contractors.', { request: { type: 'object' } }), GENERIC, 'financial', 'critical'],
    ['funds checked', tool('crm_marketplace_has_funds', 'Check if a location has sufficient funds for a marketplace charge.', { locationId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a deposit view created', tool('deposit-view-create', 'Ingest a deposit account into the deposit view.', { request: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a file viewed', tool('view_file', 'View the contents of a file.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a payment group created, nothing paid', tool('create_group', 'Create a group of contractors.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a description that says it is sending small credit transfers (micro-deposits) moves money', () => {
  const PAY = server('moov', ['transfers-create', 'payments_list', 'bank-accounts-initiate-micro-deposits']);
  check([
    ['micro-deposits initiated', tool('bank-accounts-initiate-micro-deposits', 'Use this method to initiate the micro-deposit verification, sending two small credit transfers to the bank account you want to confirm.', { bankAccountID: { type: 'string' } }), PAY, 'financial', undefined],
    ['negative: micro-deposits completed by their amounts', tool('bank-accounts-complete-micro-deposits', 'Complete the micro-deposit validation process by passing the amounts of the two transfers.', { amounts: { type: 'array' } }), PAY, 'write', undefined],
  ]);
});

describe('a restore the description says is from a backup or a snapshot puts it back over what came after (destructive)', () => {
  check([
    ['a droplet restored from a backup', tool('restore-droplet', 'Restore a droplet from a backup/snapshot', { ID: { type: 'number' }, ImageID: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a file restored from the trash', tool('restore_file', 'Restore a file from the trash.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('estimates sent to customers are financial records, as quotations are (read, medium)', () => {
  check([
    ['estimates listed', tool('crm_listEstimates', 'List Estimates. Get a paginated list of estimates', {}), GENERIC, 'read', 'medium'],
    ['negative: a time estimate computed', tool('estimate_time', 'Estimate how long a task will take.', { task: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('outside a data store, documents are pages: a listing names them (low); a document database\'s documents are its records', () => {
  check([
    ['a diagram tool\'s documents listed', tool('list-documents', 'List the open diagram documents.', {}), GENERIC, 'read', 'low'],
    ['a team\'s docs listed', tool('documents-list', 'List all documents in the workspace.', {}), GENERIC, 'read', 'low'],
    ['negative: a CouchDB database\'s documents listed', tool('list_documents', 'List documents in a CouchDB database.', { db: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: documents searched', tool('searchDocuments', 'Search documents by text.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a profile is a person\'s only when the name says whose; a quality, risk or performance profile is a configuration or a report', () => {
  check([
    ['a quality profile compared', tool('trash_compare_profile', 'Compare a quality profile against the recommended one.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a performance profile', tool('performance_profile', 'Get the performance profile of the system.', {}), GENERIC, 'read', 'low'],
    ['negative: a user\'s profile', tool('get_user_profile', 'Get a user\'s profile with their email and phone.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a WHOIS profile', tool('domains_getWHOISProfileV1', 'Retrieve a WHOIS contact profile.', { id: { type: 'number' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a reason, status, country or short code is an identifier, not source code', () => {
  check([
    ['a reason code read', tool('ebay_get_vero_reason_code', 'Get a VeRO reason code by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a file\'s code read', tool('get_code', 'Get the source code of a file in the repository.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a dataset\'s or a saved view\'s items are its records and come back whole (read, medium)', () => {
  check([
    ['a dataset\'s items', tool('get-dataset-items', 'Get the items of a dataset.', { datasetId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a view\'s items searched', tool('search_view_items', 'Search the items of a view.', { viewId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a collection\'s items (questions and dashboards)', tool('get_collection_items', 'List the items in a collection.', { id: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a cache is rebuilt from its source: "permanently" clearing it still loses nothing (write)', () => {
  check([
    ['a website cache cleared "permanently"', tool('hosting_clearWebsiteCacheV1', 'Permanently clears all server-side cache for the website at once.', { domain: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', 'medium'],
    ['negative: a website\'s files cleared permanently', tool('hosting_clearWebsiteFilesV1', 'Permanently clears all files of the website.', { domain: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a credential\'s metadata is an inventory, not the secret (read, medium)', () => {
  check([
    ['an auth token\'s metadata', tool('authentication-get-auth-token', 'Get Auth Token Metadata\n\nRetrieve metadata about an authentication token belonging to the currently authenticated User.', { tokenId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an auth token read', tool('get-auth-token', 'Get an authentication token for the user.', { tokenId: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('source handed over to be transformed is the text worked on, not a program run', () => {
  check([
    ['a codemod\'s raw source', tool('hooks_codemod', 'Apply a deterministic code transform (var-to-const, remove-console) with the TypeScript compiler. Files are rewritten in place.', { file: { type: 'string' }, code: { type: 'string', description: 'Raw source to transform instead of files (returns transformed code, writes nothing)' } }), GENERIC, 'write', 'medium'],
    ['negative: code to run', tool('run_code', 'Run a snippet.', { code: { type: 'string', description: 'JavaScript source to run' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('a learning system that records feedback or runs a training cycle stores what it learns (write); learning an API reads its docs', () => {
  check([
    ['detection feedback recorded', tool('aidefence_learn', 'Record detection feedback for pattern learning. Improves future detection accuracy.', { input: { type: 'string' }, wasAccurate: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['negative: an API learnt', tool('learn_shopify_api', 'Learn the Shopify Admin API: returns its documentation for the agent.', { api: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a reinforcement-learning reward ("higher is better") is a score, not a prize paid', () => {
  check([
    ['feedback with a reward', tool('learning_feedback', 'Submit feedback on action quality to train the RL policy.', { session_id: { type: 'string' }, reward: { type: 'number', description: 'Reward received (higher is better)' } }), GENERIC, 'write', 'medium'],
    ['negative: a bounty\'s reward', tool('create_bounty', 'Create a bounty paid to whoever fixes the issue.', { issue: { type: 'string' }, reward: { type: 'number', description: 'Reward in USD' }, currency: { type: 'string' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('compute the description says is billable from creation, by the hour, runs up a bill until stopped (write, high)', () => {
  check([
    ['a GPU pod rented', tool('create-pod', 'Rent a GPU/CPU pod. BILLABLE from creation until stop/terminate: state the hourly price before creating.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a meter of billable units', tool('meters-create-meter', 'Create a meter. Define how a stream of usage events is aggregated into billable units.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: storage that accrues charges', tool('create-network-volume', 'Create a network volume. This creates a billable persistent resource that keeps incurring storage charges until it is deleted.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a description that says it returns a key for access returns a credential (read, high)', () => {
  check([
    ['a namespace with its data-plane key', tool('functions-get-namespace', 'Get a Functions namespace by ID. Returns full namespace details including api_host and key for data plane access.', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a namespace with its key names', tool('get-namespace', 'Get a namespace by ID, including the keys of its labels.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an appointment is someone\'s booked time, as a booking is, and a signatory is a person (read, medium)', () => {
  check([
    ['appointments listed on a help desk', tool('list_appointments', 'List FSM appointments.', { page: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['an appointment read', tool('crm_get_appointment', 'Get an appointment by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a company\'s signatories', tool('signatories_list', 'Get all company signatories.', { company: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: appointment types', tool('list_appointment_types', 'List the types of appointment a location offers.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('setting the fees someone is charged, on a server that handles money, is a financial obligation (financial, high)', () => {
  check([
    ['late fees configured on invoices', tool('crm_updateInvoiceLateFeesConfiguration', 'Update invoice late fees configuration.', { invoiceId: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['a fee plan agreement created', tool('fee-plans-create-fee-plan-agreements', 'Create a fee plan agreement for an account.', { accountID: { type: 'string' } }), SHOP, 'financial', 'high'],
    ['negative: fees listed', tool('fee-plans-list-fees', 'List the fees of an account.', { accountID: { type: 'string' } }), SHOP, 'read', undefined],
    ['negative: a fee field on a to-do server', tool('update_fee_note', 'Update the note about fees.', { id: { type: 'string' } }), NOTES, 'write', undefined],
  ]);
});

describe('an alternative offered after a comma ("Read the watchlist, or add a term to it") is on offer too', () => {
  check([
    ['a watchlist read, or added to', tool('patent_watchlist', 'Read the patent watchlist, or add a term to it.', { add: { type: 'string', description: 'A term to start watching. Omit to just read the list.' } }), GENERIC, 'write', undefined],
    ['negative: two reads offered', tool('issues', 'List the issues of a project, or get one by its number.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});
describe('…but the "or" that closes a series of items offers nothing new', () => {
  check([
    ['a series of regex operations', tool('regex', 'Test, match, matchAll, or replace using regular expressions', { pattern: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a task updated, completed, or deleted', tool('update_task', 'Update task fields, mark complete with result, or delete.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('updating an account that can set its role, its permissions or its password changes access (write, high)', () => {
  check([
    ['a user\'s role and permissions', tool('crm_update_user', 'Update an existing CRM user\'s profile, role, or permissions.', { userId: { type: 'string' }, role: { type: 'string' }, permissions: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['a user\'s password', tool('update_user', 'Update a user', { user_id: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a user\'s name', tool('updateUser', 'Updates an existing user\'s attributes.', { userId: { type: 'string' }, firstName: { type: 'string' }, lastName: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a ticket with a role field', tool('update_ticket', 'Update a ticket.', { id: { type: 'string' }, role: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a payment gateway\'s or a payment integration\'s settings decide where customers\' payments go (write, high)', () => {
  check([
    ['a store\'s payment gateway', tool('update_payment_gateway', 'Update a payment gateway\'s settings.', { id: { type: 'string' }, enabled: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['a payment integration', tool('crm_create_payment_integration', 'Create a payment integration for a location.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a customer\'s saved card', tool('update_payment_method', 'Update a saved card\'s expiry date.', { methodId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a payment provider\'s connect link', tool('createAPaymentProviderConnectLink', 'Create a link that connects a payment provider.', {}), GENERIC, 'write', 'medium'],
  ]);
});

describe('a forum\'s topic is the first post of a thread its members read: creating one posts to people (write, high)', () => {
  check([
    ['a topic on a Discourse forum', tool('discourse_create_topic', 'Create a new topic with a title and a first post.', { title: { type: 'string' }, raw: { type: 'string' } }), server('discourse-mcp'), 'write', 'high'],
    ['a topic in a forum picked by id', tool('create_topic', 'Create a topic.', { forum_id: { type: 'number' }, topic: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a Kafka topic', tool('create_topic', 'Create a Kafka topic with partitions.', { name: { type: 'string' }, partitions: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('approving a device lets it into the account, approving a comment publishes it, and approving a pending action lets an agent go ahead (write, high)', () => {
  check([
    ['a device approved', tool('device_approval_approve', 'Approve a pending device approval request.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a comment approved', tool('wp_approve_comment', 'Approve a pending comment.', { id: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['a pending action approved', tool('approveAction', 'Approve a pending action (e.g., before IMPLEMENT phase)', { actionId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a task\'s completion approved', tool('approve_task_completion', 'Approve a completed task.', { taskId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a device approval denied', tool('device_approval_deny', 'Deny a pending device approval request.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a new password or secret stored in a vault is one more value kept (write, medium); changing one can lock out what uses it', () => {
  check([
    ['a password item created in 1Password', tool('password_create', 'Create a new password item in a vault.', { vault: { type: 'string' }, title: { type: 'string' }, password: { type: 'string' } }), server('1password-mcp'), 'write', 'medium'],
    ['a secret created in Infisical', tool('create-secret', 'Create a new secret in a project environment.', { secretName: { type: 'string' }, secretValue: { type: 'string' } }), server('infisical'), 'write', 'medium'],
    ['negative: a password changed in 1Password', tool('password_update', 'Update the password of an item.', { id: { type: 'string' }, password: { type: 'string' } }), server('1password-mcp'), 'write', 'high'],
    ['negative: an application password created on a site', tool('wp_create_application_password', 'Create an application password for a user.', { user: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('installing an app binary on a device or a simulator puts a program there that then runs (execute)', () => {
  check([
    ['an APK installed', tool('adb_install', 'Install an APK on an Android device.', { deviceId: { type: 'string' }, apkPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an .app bundle installed', tool('ios_install', 'Install an .app bundle on an iOS Simulator.', { deviceId: { type: 'string' }, appPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a theme installed', tool('install_theme', 'Install a theme on the site.', { theme: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('the action choices of a timeline or a history pick which entries to show; nothing is done', () => {
  check([
    ['an object\'s timeline by mutation kind', tool('flightbox_object_timeline', 'Timeline for one entity type, with the diffs between snapshots.', { entity_type: { type: 'string' }, action: { type: 'string', enum: ['create', 'update', 'delete', 'upsert', 'custom'] } }), GENERIC, 'read', undefined],
    ['negative: a tool whose action deletes', tool('manage_snapshots', 'Manage snapshots.', { action: { type: 'string', enum: ['list', 'delete'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('keys listed with their metadata, "never the secrets", are an inventory (read, medium)', () => {
  check([
    ['API keys with ids and metadata', tool('list_api_keys', 'List the HMAC API keys for the authenticated wallet (key ids and metadata; never the secrets).', {}), GENERIC, 'read', 'medium'],
    ['negative: API keys listed', tool('list_api_keys', 'List the API keys of the project.', {}), GENERIC, 'read', 'high'],
  ]);
});

describe('a leading "Use when …:" clause says when to call the tool; what it does follows the colon', () => {
  check([
    ['a page agent', tool('browser_act', 'Use when a target element is easier to describe than to select: executes a natural-language instruction on the current page (e.g. "Click the login button").', { task: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a read after the clause', tool('page_summary', 'Use when you need an overview: returns a summary of the current page.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a write-sounding name whose description opens with a read and says it changes nothing only checks (read)', () => {
  check([
    ['an auth method "switched" that is only validated', tool('wp_switch_auth_method', 'Validates an alternative authentication method for a site without mutating the shared client used by other tools.', { method: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a switch that says what it changes', tool('switch_auth_method', 'Switches the site to another authentication method, without restarting the server.', { method: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('opening a deep link on a driven device navigates its app, as opening a URL does (execute)', () => {
  check([
    ['a deep link on a simulator', tool('open_deeplink', 'Open deep link on simulator/device. Navigate to screens via URL scheme.', { url: { type: 'string' } }), server('react-native-mcp', ['tap', 'swipe', 'type_text', 'open_deeplink']), 'execute', undefined],
    ['negative: a deep link generated', tool('generate_deeplink', 'Generate a deeplink URL for a dashboard.', { uid: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a last word that repeats the plural a name opens with is the resource acted on (`drains-test-drain`)', () => {
  check([
    ['a drain\'s delivery validated', tool('drains-test-drain', 'Validate Drain delivery configuration. Validate the delivery configuration of a Drain using sample events.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a drain deleted', tool('drains-delete-drain', 'Delete a Drain.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a description that opens with the thing a verbless name names ("Order change history…" on `orders_history`) names it, not an act', () => {
  check([
    ['an order history', tool('orders_history', 'Order change history incl. status transitions; supports incremental sync.', { since_id: { type: 'number' } }, { readOnlyHint: true }), SHOP, 'read', undefined],
    ['negative: a description that orders', tool('order_now', 'Order the items in the cart.', { cartId: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('converting a stored thing changes it or makes a new one (write); converting a value handed in returns it (read)', () => {
  check([
    ['an issue into a subtask', tool('linear_convertIssueToSubtask', 'Convert an issue into a sub-task of another issue.', { issueId: { type: 'string' }, parentId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a PDF in Drive into a Google Doc', tool('convertPdfToGoogleDoc', 'Convert a PDF file in Drive to a Google Doc.', { fileId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a time converted', tool('convert_time', 'Convert a time between timezones.', { time: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: markdown into a PDF', tool('convert_markdown_to_pdf', 'Convert markdown to a PDF and return it.', { markdown: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what a session holds only while it runs (a browser\'s network log, GPU memory, breakpoints, a pending action) is cleared, not destroyed (write)', () => {
  check([
    ['a browser\'s network log', tool('browser_network_clear', 'Clear the captured network requests.', {}), GENERIC, 'write', undefined],
    ['GPU memory freed', tool('clear_vram', 'Free VRAM by unloading models.', {}), GENERIC, 'write', undefined],
    ['a debugger\'s breakpoints', tool('clear_breakpoints', 'Clear all breakpoints in a file.', { file: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an agent\'s memory', tool('clear_agent_memory', 'Clear all stored memories of an agent.', { agentId: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an operation value that is a word as often a thing before a data word names data to fetch (`trade_data`)', () => {
  check([
    ['futures data by kind', tool('coin_futures_data', 'Futures depth and trade data.', { action: { type: 'string', enum: ['historical_depth', 'super_depth', 'trade_data'] } }), SHOP, 'read', undefined],
    ['negative: a history deleted', tool('history', 'Manage the history.', { action: { type: 'string', enum: ['list', 'delete_history'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('composing an email, a broadcast or a template writes its content (Docker Compose is a thing), and what a misuse would overwrite is a warning, not its act', () => {
  check([
    ['a broadcast\'s content composed', tool('compose-broadcast', 'Set the content of a broadcast so it can be edited in the dashboard. Always get the existing content first; skipping this will overwrite all existing content.', { id: { type: 'string' }, content: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: a compose stack brought up', tool('compose_up', 'Run docker compose up for a project.', { project: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('BoondManager is a CRM (and an ERP): its companies, accounts and opportunities are records of its customers (read, medium)', () => {
  check([
    ['opportunities searched', tool('boond_opportunities_search', 'Search opportunities.', { keywords: { type: 'string' } }), server('BoondManager', [], 'boondmanager-mcp-server'), 'read', 'medium'],
    ['negative: the same on a to-do server', tool('opportunities_search', 'Search opportunities.', { keywords: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('ShopifyQL and NRQL are query languages: a tool that takes one runs the caller\'s query (execute)', () => {
  check([
    ['a ShopifyQL query', tool('get-shopifyql-analytics', '', { query: { type: 'string', description: 'ShopifyQL query string' } }), GENERIC, 'execute', undefined],
    ['negative: a search query', tool('search_products', 'Search products.', { query: { type: 'string', description: 'Search text' } }), GENERIC, 'read', undefined],
  ]);
});

describe('requesting access, a review or an approval asks someone for it (write, medium); a generated voice or music is a stored asset', () => {
  check([
    ['access to a team requested', tool('requestAccessToTeam', 'Request access to a team', { teamId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a voice generated', tool('voice_design', 'Generate a voice based on description prompts.', { prompt: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an HTTP request listed', tool('list_requests', 'List the captured HTTP requests.', {}), GENERIC, 'read', undefined],
    ['negative: access granted', tool('grant_access', 'Grant a user access to a team.', { userId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a description that opens with "Returns …" states what comes back; a dangerous verb later in that sentence describes it', () => {
  check([
    ['auto-deployment settings returned', tool('hosting_getGitAutoDeploymentSettingsV1', 'Returns the Git auto-deployment settings of the website: which repository and branch deploy into which directory, and whether pushes trigger a deployment.', { domain: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a get whose description opens with a deletion', tool('get_and_purge', 'Deletes the expired entries and returns the rest.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('a `method` parameter\'s rarer HTTP methods (PURGE, LOCK, COPY) say how a request is sent, and a query in a saved request\'s body is stored with it; neither is what the tool does', () => {
  check([
    ['a request saved in a collection', tool('createCollectionRequest', 'Creates a request in a collection.', { collectionId: { type: 'string' }, method: { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE', 'COPY', 'LINK', 'UNLINK', 'PURGE', 'LOCK', 'UNLOCK'] } }), GENERIC, 'write', 'medium'],
    ['a GraphQL query saved in a request\'s body', tool('updateCollectionRequest', 'Updates a request in a collection.', { requestId: { type: 'string' }, graphqlModeData: { type: 'object', properties: { query: { type: 'string', description: 'The GraphQL query.' } } } }), GENERIC, 'write', 'medium'],
    ['negative: an action picker that purges', tool('cache_admin', 'Administer the cache.', { action: { type: 'string', enum: ['status', 'purge_all_entries'] } }), GENERIC, 'destructive', undefined],
    ['negative: a GraphQL query run', tool('graphql', 'Run a GraphQL query against the API.', { query: { type: 'string', description: 'The GraphQL query.' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('extracting an archive unpacks its files onto the disk (write); extracting text from a page returns it', () => {
  check([
    ['an archive extracted', tool('fast_extract_archive', 'Extracts an archive file', { archive: { type: 'string' }, destination: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: text extracted from a page', tool('extract_text', 'Extract the text of a web page.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a program handed to a generator or a renderer is run to make its output (execute)', () => {
  check([
    ['a build generated from JavaScript', tool('generate_build', 'Procedurally generate a build via JS code.', { id: { type: 'string' }, code: { type: 'string', description: 'JavaScript code using the primitives above to generate parts procedurally' } }), GENERIC, 'execute', undefined],
    ['negative: docs generated for code (files written, nothing run)', tool('generate_docs', 'Generate documentation for a component.', { code: { type: 'string', description: 'The component source code to document' } }), GENERIC, 'write', undefined],
    ['negative: a chart rendered from data', tool('render_chart', 'Render a chart from data.', { data: { type: 'array', items: { type: 'number' } } }), GENERIC, 'read', undefined],
  ]);
});

describe('discarding what the description says is cached empties a cache (write)', () => {
  check([
    ['a table\'s cached field values', tool('discard_table_field_values', 'Discards cached field values for a table.', { table_id: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a draft discarded', tool('discard_draft', 'Discard a draft for good.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a plugin, an extension or an add-on installed is third-party code that then runs inside what it extends (execute)', () => {
  check([
    ['a WordPress plugin installed', tool('respira_install_plugin', 'Install a plugin from the WordPress.org directory.', { slug: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a browser extension installed', tool('install_extension', 'Install a browser extension from a file.', { path: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: an SSL certificate installed', tool('installSSL', 'Install an SSL certificate on a website.', { domain: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('`<verb>_status` whose description opens by reading is the status of that process, not the act', () => {
  check([
    ['an update\'s status read', tool('agents_runtime_update_status', 'Get runtime update status for an agent.', { agentId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a status set', tool('update_status', 'Update the status of a task.', { taskId: { type: 'string' }, status: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a login link created (an auto-login or a magic link) signs its holder in without a password: a credential (write, high)', () => {
  check([
    ['auto-login links for a site', tool('hosting_createLoginLinksV1', 'Create temporary auto-login links for the specified WordPress installation.', { software_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a link added to a page', tool('create_link', 'Create a link on a page.', { url: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('what a decryption returns is the plaintext someone encrypted to keep secret (read, high); encrypting returns ciphertext', () => {
  check([
    ['data decrypted with a KMS key', tool('yandex_security_decrypt_data', 'Decrypt data using KMS', { keyId: { type: 'string' }, ciphertext: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['a vault container unwrapped with a key', tool('vault_container_escrow_unwrap', 'Unwrap a vault container using an escrow party\'s key.', { file: { type: 'string' }, partySecretKey: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: data encrypted', tool('yandex_security_encrypt_data', 'Encrypt data using KMS', { keyId: { type: 'string' }, plaintext: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a firewall\'s or a security service\'s events are an activity log: what was blocked, from where (read, medium)', () => {
  check([
    ['firewall events', tool('security-get-security-firewall-events', 'Read Firewall Actions by Project. Retrieve firewall actions for a project.', { projectId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a firewall\'s rules listed', tool('list_firewall_rules', 'List the rules of a firewall.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a payee\'s payment method (an employee\'s, a contractor\'s) says where their pay goes: changing it is write/high', () => {
  check([
    ['a contractor\'s payment method', tool('contractor-payment-method_update', 'Update a contractor\'s payment method.', { contractor_uuid: { type: 'string' }, type: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a customer\'s saved card', tool('update_customer_payment_method', 'Update a customer\'s saved card expiry.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('"who am I" returns the caller\'s own identity (for a key, whose it is), not the key or the token itself (read, low)', () => {
  check([
    ['a key\'s owner', tool('keys-whoami', 'Find out what key this is: its identity and permissions.', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the signed-in user', tool('auth_whoami', 'Return the signed-in user.', {}), GENERIC, 'read', 'low'],
    ['negative: a key read', tool('get_key', 'Get an API key.', { keyId: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('a budget set on a unit of work (a phase, an agent, a run) caps what it may cost; nothing is paid (not financial)', () => {
  check([
    ['a workflow phase with a budget', tool('createPhase', 'Create a new phase on a dynamic workflow.', { workflowId: { type: 'string' }, name: { type: 'string' }, budgetUsd: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: an ad campaign with a budget', tool('create_campaign', 'Create an ad campaign.', { name: { type: 'string' }, budgetUsd: { type: 'number' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('a description that says it returns a session or an access token returns a credential (high)', () => {
  check([
    ['a terminal URL with its session token', tool('sandbox_terminal_session', 'Generate a secure browser-accessible terminal URL for a sandbox. Returns a time-limited session token and a URL that can be opened in a browser.', { sandboxId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a usage figure returned', tool('get_usage', 'Get this month\'s usage. Returns the number of session tokens used.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a key event sent on a server that drives a device is a UI step, as a key press is (execute)', () => {
  check([
    ['an Android key event', tool('android_key_event', 'Send a key event to an Android device/emulator. Common keys: HOME, BACK.', { key: { type: 'string' } }), server('react-native-debugger', ['tap', 'swipe', 'android_key_event']), 'execute', undefined],
    ['negative: an API key created on the same kind of server', tool('create_api_key', 'Create an API key for the project.', { name: { type: 'string' } }), server('react-native-debugger', ['tap', 'swipe', 'create_api_key']), 'write', 'high'],
  ]);
});

describe('taking items out of a pantry or a wishlist leaves the things themselves (write), as taking them off a list does', () => {
  check([
    ['ingredients used up', tool('pantry_remove', 'Remove ingredients from your pantry (used them up!).', { items: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', undefined],
    ['negative: a recipe removed', tool('recipe_remove', 'Remove a recipe.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a purchase or a sales order drawn up in an ERP is a document of what will be owed, not a payment (financial, high)', () => {
  check([
    ['a purchase order created', tool('erpnext_purchase_order_create', 'Create a purchase order for a supplier.', { supplier: { type: 'string' }, items: { type: 'array', items: { type: 'object' } } }), SHOP, 'financial', 'high'],
    ['negative: a purchase order paid with a payment method', tool('billing_createPurchaseOrderV1', 'Create a purchase order for any product. If no payment method is provided, your default payment method is charged.', { payment_method_id: { type: 'number' }, items: { type: 'array', items: { type: 'object' } } }), SHOP, 'financial', 'critical'],
    ['negative: an order placed on an exchange', tool('create_order', 'Place a limit order to buy BTC.', { symbol: { type: 'string' }, amount: { type: 'number' }, price: { type: 'number' } }), server('exchange-mcp', ['create_order', 'get_balance', 'withdraw']), 'financial', 'critical'],
  ]);
});

describe('removing someone as an owner or a reviewer takes the role off; the person and the record stay (write)', () => {
  check([
    ['the current user removed as a story\'s owner', tool('stories-unassign-current-user', 'Remove current user as story owner.', { storyPublicId: { type: 'number' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', undefined],
    ['negative: a user removed', tool('get_user_and_cleanup', 'Remove the user from the workspace for good.', { userId: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an operation enum whose description names another parameter `filter` in passing still offers its operations', () => {
  check([
    ['settings read or written by action', tool('get_defaults', 'Read and write settings: our generation defaults or the UI settings.', { action: { type: 'string', enum: ['get', 'set', 'get_ui', 'set_ui'], description: 'Which settings operation to perform. "get" takes no other parameters; "set" requires `values`; "get_ui" takes an optional `id` or `filter`.' }, values: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: an action enum described as a filter', tool('get_audit_events', 'Get audit events.', { action: { type: 'string', enum: ['create', 'update', 'delete'], description: 'Filter events by the action taken.' } }), GENERIC, 'read', undefined],
  ]);
});

describe('executing KQL, Cypher or GraphQL queries runs free-form queries, as executing SQL queries does (execute)', () => {
  check([
    ['a Kusto router that executes KQL queries', tool('kusto', 'Kusto operations - Commands for managing and querying Azure Data Explorer (Kusto) resources. Includes operations for listing clusters and databases, executing KQL queries, retrieving table schemas.', { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['negative: a tool that explains KQL queries', tool('kql_explain', 'Explains KQL queries in plain language.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('load testing, a load balancer and the load average are things, not a load (a read)', () => {
  check([
    ['a load-testing router titled "Azure Load Testing"', tool('loadtesting', 'Load Testing operations - Commands for managing Azure Load Testing resources, test configurations, and test runs.', { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } }, { title: 'Azure Load Testing' }), GENERIC, 'write', undefined],
    ['negative: a file loaded', tool('load_file', 'Load a file and return its contents.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a read that returns captured network requests or HTTP traffic returns a program\'s log (medium)', () => {
  check([
    ['HTTP traffic dumped from an app log', tool('network', 'Dump recent HTTP(s) traffic parsed from the session app log', { session: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['network requests made by the browser', tool('browser_get_network', 'Get network requests made by the browser', {}), GENERIC, 'read', 'medium'],
    ['negative: a transform that makes no network requests', tool('transform_html', 'No network requests are made: converts the HTML you provide to markdown.', { html: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('setting up mail forwarding sends a mailbox\'s incoming mail to another address, as a webhook sends events (high)', () => {
  check([
    ['auto-forwarding turned on', tool('update_auto_forwarding', 'Updates automatic forwarding settings', { enabled: { type: 'boolean' }, emailAddress: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a forwarder created', tool('mail_createForwarderV1', 'Create a forwarder from the given mailbox to the destination address.', { mailboxId: { type: 'string' }, destination: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a mail folder renamed', tool('update_mail_folder', 'Rename a mail folder.', { folderId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a description that names secrets but says their values are masked or not returned ("metadata only", "no secrets") names which exist (medium)', () => {
  check([
    ['environment variables with masked values', tool('hosting_listNode_jsEnvironmentVariablesV1', 'Lists the Node.js environment variables currently set for the website. Values are always masked as `********` and cannot be read back through this API.', { domain: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['access keys, metadata only', tool('functions-list-access-keys', 'List access keys for a Functions namespace. Returns metadata only (name, id, creation/expiry timestamps) — secret values are NOT returned.', { namespace: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['credentials listed, "metadata only, no secrets"', tool('list_credentials', 'List all credentials in the workspace (metadata only, no secrets).', {}), GENERIC, 'read', 'medium'],
    ['negative: environment variables returned', tool('list_site_variables', 'Lists the environment variables currently set for the website, with their values.', { domain: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('changing an identity provider, a client scope or a protocol mapper changes how people sign in and what their tokens say (high)', () => {
  check([
    ['an identity provider updated', tool('update-identity-provider', 'Update an existing identity provider', { realm: { type: 'string' }, alias: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a client scope updated', tool('update-client-scope', 'Update an existing client scope', { realm: { type: 'string' }, id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a protocol mapper created', tool('create-protocol-mapper', 'Create a protocol mapper for a client', { clientId: { type: 'string' }, config: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a client note updated', tool('update-client-note', 'Update a note on a client record', { clientId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a person\'s timesheets are employment records (personal, medium); an issue\'s worklog is project tracking', () => {
  check([
    ['a payroll timesheet read', tool('get-timesheet', 'Retrieve a single payroll timesheet by its ID, with the employee and hours worked.', { timesheetId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an issue\'s worklogs read', tool('get_issue_worklogs', 'Get the worklogs of an issue.', { issueId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a quoted "production" is a value named as an example (a tag), not a live system the tool changes', () => {
  check([
    ['workflow tags, "production" given as an example', tool('n8n_update_workflow_tags', 'Assign tags to a workflow for organization and filtering. Use tags like "production", "testing", or team names.', { workflowId: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
    ['negative: a setting changed in production', tool('update_site_setting', 'Update a setting of the production site.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a bill (what a vendor is owed) is a financial record, as an invoice is (medium)', () => {
  check([
    ['a bill read', tool('get_bill', 'Fetch a single bill by ID. Returns vendor, date, due date, amount, AP account, line details.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a vendor read', tool('get_vendor_category', 'Fetch a vendor category by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a delete flag on one entry of a list takes that entry out of the record being edited; it is part of the edit, not a safety net removed', () => {
  check([
    ['an expense edited, one line flagged for removal', tool('edit_expense', 'Modify an existing expense. Can update date, memo, payee and/or lines.', { id: { type: 'string' }, lines: { type: 'array', items: { type: 'object', properties: { line_id: { type: 'string' }, delete: { type: 'boolean', description: 'Set true to remove this line (requires line_id)' } } } } }), GENERIC, 'write', 'medium'],
    ['negative: a force flag on the call itself', tool('update_branch', 'Update a branch to point at a commit.', { branch: { type: 'string' }, sha: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('destructiveHint: true and a description sentence saying what the call wipes ("This deletes all …") agree: destructive', () => {
  check([
    ['AI removed from a column, its recipes deleted', tool('remove_ai_from_column', 'Remove AI from a column on a board. This deletes all AI automation recipes associated with the column. The column itself is not deleted.', { columnId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same hint on a plain removal from a column', tool('remove_label_from_column', 'Remove a label from a column on a board.', { columnId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('a call path names how functions call each other, as a call graph does; it makes no call', () => {
  check([
    ['a code graph tool offering call_path', tool('graph', 'Code graph analysis. Actions: dependencies (module deps), impact (change impact), call_path (function call path), related (related nodes).', { action: { type: 'string', enum: ['dependencies', 'impact', 'call_path', 'related'] } }, { readOnlyHint: true }), GENERIC, 'read', undefined],
    ['negative: an API tool offering call', tool('api', 'Call an API endpoint.', { action: { type: 'string', enum: ['list', 'call'] }, url: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('an auth code (a domain\'s transfer code) is a credential: reading it is high', () => {
  check([
    ['a domain\'s auth code read', tool('domains-registrar-get-domain-auth-code', 'Get the auth code for a domain. This is required to transfer a domain to another registrar.', { domain: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: an auth application read', tool('get_oauth_application', 'Get an OAuth application by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a secret the description says is not stored or not returned ("private keys are not stored") is not what the tool returns', () => {
  check([
    ['public signing keys, private keys not stored', tool('get_signing_keys', 'Get all signing keys for the application. Returns public keys and metadata (private keys are not stored by the platform).', {}), GENERIC, 'read', 'low'],
    ['negative: private keys returned', tool('get_wallet_export', 'Export the wallet. Returns the private keys of every account.', {}), GENERIC, 'read', 'high'],
  ]);
});

describe('an SDK key, an access key or a deploy key is what a program authenticates with: reading them is high', () => {
  check([
    ['a project\'s SDK keys', tool('feature-flags-get-SDK-keys', 'Get all SDK keys. Gets all SDK keys for a project.', { projectId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a project\'s translation keys', tool('get_translation_keys', 'Get all translation keys for a project.', { projectId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a read-named tool whose description opens by starting a job ("Trigger a search…", "Start a new crawl") sets work going on the server (write)', () => {
  check([
    ['a search that downloads', tool('radarr_search_movie', 'Trigger a search to download a movie that\'s already in your library', { movieId: { type: 'number' } }), GENERIC, 'write', undefined],
    ['a crawl started', tool('start_crawl', 'Start a new crawl for a project. Crawls the domain\'s pages and scores them.', { projectId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a guide that says "Start here"', tool('get_started', 'Start here. Returns a map of this server\'s capabilities.', {}), GENERIC, 'read', undefined],
    ['negative: a search', tool('search_movies', 'Search the library for movies by title.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('on an HR or payroll server, garnishments and deductions are taken from a person\'s pay: personal records (medium)', () => {
  check([
    ['a garnishment read on a payroll server', tool('garnishments_get', 'Get a garnishment. Garnishments, or employee deductions, are amounts deducted from an employee\'s pay.', { garnishmentId: { type: 'string' } }), server('gusto-payroll', ['garnishments_get', 'employees_list', 'payrolls_list']), 'read', 'medium'],
    ['negative: a department read on the same server', tool('departments_get', 'Get a department of a company.', { departmentId: { type: 'string' } }), server('gusto-payroll', ['departments_get', 'employees_list', 'payrolls_list']), 'read', 'low'],
  ]);
});

describe('"format" first in a name with another verb names a data format (`format_validate`), not a formatting', () => {
  check([
    ['a format validated', tool('format_validate', 'Validate and parse JSON, CSV, XML, or YAML strings', { input: { type: 'string' }, format: { type: 'string', enum: ['json', 'csv', 'xml', 'yaml'] } }), GENERIC, 'read', 'low'],
    ['negative: a document formatted', tool('format_document', 'Format a document in place with the project\'s formatter.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('unsealing a vault decrypts the credentials it keeps, as decrypting or unwrapping does (read, high)', () => {
  check([
    ['sealed credentials unsealed', tool('vault_unseal', 'Decrypt a service\'s sealed credentials into memory only. The file on disk remains encrypted.', { service: { type: 'string' }, passphrase: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a vault\'s status read', tool('vault_status', 'Show whether the vault is sealed.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a read-named tool whose description\'s first word is a plain write ("Create a shared link…") is the more dangerous of the two (write)', () => {
  check([
    ['a sharing link created by a get', tool('get_sharing_link', 'Create a shared link for a file or folder', { path: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a verification email sent by a verify', tool('verify_send_as', 'Sends a verification email to the specified send-as alias', { sendAsEmail: { type: 'string' } }), GENERIC, 'write', undefined],
    ['content stored by an index', tool('ctx_index', 'Store content in a searchable knowledge base. Splits markdown by headings.', { content: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a prompt sent to a model by an ask', tool('ask-gemini', 'Send a prompt to Gemini CLI and return its answer.', { prompt: { type: 'string' } }), server('ask-gemini-mcp', ['ask-gemini']), 'read', undefined],
    ['negative: a report created by a get', tool('getCustomReport', 'Create a custom analytics report with specific metrics', { metrics: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', undefined],
    ['negative: a search performed', tool('web_search', 'Performs a web search using the search API.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a name that ends on "request" after "api" or "http" is a generic API request; one naming what describes a request is not', () => {
  check([
    ['a custom API\'s request parameters listed', tool('get-custom-api-request-parameters', 'List request parameters for a Custom API', { customApiId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: an API request made', tool('make_api_request', 'Make a request to the API.', { path: { type: 'string' }, body: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a slash list in "Use when …" guidance is the caller\'s situation, not the operations the tool offers; load balancing is not a balance', () => {
  check([
    ['metrics with a "vote/sync/load-balance" use-when clause', tool('coordination_metrics', 'Get coordination metrics Use when native Task is wrong because the work crosses multiple agents that need to vote/sync/load-balance.', {}), GENERIC, 'read', 'low'],
    ['negative: a tool offering create/update/delete', tool('manage_webhooks', 'Manage webhooks: create/update/delete.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('opening a sim (a simulator) starts a program on the machine, as opening a simulator does (execute)', () => {
  check([
    ['the simulator opened', tool('open_sim', 'Open the simulator frontend for visibility and manual workflows.', {}), GENERIC, 'execute', undefined],
    ['negative: a simulation\'s results opened', tool('open_simulation_results', 'Open the results of a simulation run.', { runId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('the description\'s first word is read after a leading [tag]; approving is a plain write that outranks a read name', () => {
  check([
    ['a pipeline gate approved, tagged', tool('pass_pipeline_validate', '[Pipeline Management] Approve/pass a manual checkpoint (human validation gate) in a pipeline run.', { runId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a pipeline validated, tagged', tool('pipeline_validate', '[Pipeline Management] Validate a pipeline definition.', { yaml: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('counting messages, contacts or orders returns a number; none of them comes back (low)', () => {
  check([
    ['emails counted', tool('count_emails', 'Count how many emails match a set of filters without moving or deleting them.', { folder: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['orders counted', tool('order_count', 'Get the number of orders in the store.', {}), GENERIC, 'read', 'low'],
    ['negative: emails listed', tool('list_emails', 'List emails in a folder.', { folder: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('an abandoned checkout holds what the shopper entered before leaving (personal, medium); a checkout session is a payment page', () => {
  check([
    ['abandoned checkouts listed', tool('list_abandoned_checkouts', 'List abandoned checkouts (carts where the customer entered contact info but did not complete checkout).', {}), GENERIC, 'read', 'medium'],
    ['negative: a checkout retrieved', tool('retrieve_checkout', 'Retrieve a checkout by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a CRM whose brand ends in "crm" (RetailCRM, amoCRM) is a CRM: its notes and companies are customer records (medium)', () => {
  check([
    ['customer notes on RetailCRM', tool('customer_notes_list', 'List free-text notes attached to customers.', {}), server('retailcrm-mcp', ['customer_notes_list', 'orders_list']), 'read', 'medium'],
    ['negative: the same list on a to-do server', tool('customer_notes_list', 'List free-text notes attached to customers.', {}), server('todo-mcp', ['customer_notes_list', 'tasks_list']), 'read', 'low'],
  ]);
});

describe('on a messaging or telephony server, a transcription is the text of a private conversation, as a transcript is (medium)', () => {
  check([
    ['a call\'s transcription fetched on Twilio', tool('FetchTranscription', 'Fetch an instance of a Transcription', { Sid: { type: 'string' } }), server('twilio-mcp', ['FetchTranscription', 'CreateCall']), 'read', 'medium'],
    ['negative: a transcription service\'s languages listed', tool('list_transcription_languages', 'List the languages transcription supports.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a prompt or a turn sent to a (WASM, managed, cloud) agent sets it working (execute); a message to a matched party is a message', () => {
  check([
    ['a prompt sent to a WASM agent', tool('wasm_agent_prompt', 'Send a prompt to a WASM agent and get a response.', { agentId: { type: 'string' }, prompt: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a user turn sent to a managed cloud-agent session', tool('managed_agent_prompt', 'Send a user turn to a managed cloud-agent session and wait for it to go idle.', { sessionId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a message sent to a matched agent on a matching network', tool('molten_send_message', 'Send a message to a matched agent.', { matchId: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('clearing what a session collected (console messages, captured network requests, an output buffer) empties a scratch log (write, low)', () => {
  check([
    ['console messages cleared', tool('clear_console_messages', 'Clear collected console messages.', {}), GENERIC, 'write', 'low'],
    ['network requests cleared', tool('browser_network_clear', 'Clear all network requests', {}), GENERIC, 'write', 'low'],
    ['negative: an audit log cleared', tool('clear_audit_log', 'Clear the account\'s audit log.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('a notification, webhook or topic subscription is a delivery setting, not a paid plan (low)', () => {
  check([
    ['notification subscriptions listed', tool('get_notification_subscriptions', 'Get all notification subscriptions (paginated)', { limit: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: billing subscriptions listed', tool('list_subscriptions', 'List the customer\'s billing subscriptions.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('a crawl that the tool waits for and whose data it hands back is a read, not a job set going', () => {
  check([
    ['a crawl polled to its end, data returned', tool('firecrawl_crawl', 'Start a multi-page crawl at a website URL, poll it to a terminal state, and return the final status and collected data.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a crawl started, its job id returned', tool('start_crawl', 'Start a new crawl for a project. Returns a crawl job ID to track.', { projectId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a diff on a code host returns the changed lines, the code itself (medium); a diff\'s stats do not', () => {
  check([
    ['a git diff', tool('git_diff', 'Shows differences between branches or commits', { target: { type: 'string' } }), server('mcp-git', ['git_diff', 'git_commit', 'git_log']), 'read', 'medium'],
    ['negative: a pull request\'s diff stat', tool('getPullRequestDiffStat', 'Get the diff stat of a pull request.', { id: { type: 'string' } }), server('bitbucket-mcp', ['getPullRequestDiffStat', 'getPullRequest']), 'read', 'low'],
  ]);
});

describe('an invoice template, an invoice number or invoice settings are how invoices look, not invoices (low)', () => {
  check([
    ['an invoice template read', tool('crm_get_invoice_template', 'Get a single invoice template by ID.', { templateId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the next invoice number generated', tool('crm_generate_invoice_number', 'Generate the next sequential invoice number for a location.', {}), GENERIC, 'read', 'low'],
    ['negative: an invoice read', tool('crm_get_one', 'Get a single invoice by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('standardizing a definition rewrites it (write)', () => {
  check([
    ['an API definition standardized and fixed', tool('swagger_standardize_api', 'Standardize and fix an API definition using AI to ensure compliance with governance policies. Scans the API definition for standardization errors and automatically fixes them.', { api: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a definition scanned for standardization errors', tool('swagger_scan_api_standardization', 'Run a standardization scan against an API definition and report the errors.', { api: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a URL generated with its own authentication credentials creates credentials (write, high)', () => {
  check([
    ['an upload URL with credentials', tool('hosting_generateUploadURLV1', 'Generate a file browser upload URL with authentication credentials for uploading files directly to a website\'s file storage.', { domain: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a preview URL generated', tool('generate_preview_url', 'Generate a preview URL for a page.', { pageId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an image taken from a publicly accessible URL is input; nothing is made public (medium)', () => {
  check([
    ['an image inserted from a public URL', tool('insertImageFromUrl', 'Insert an inline image into a Google document from a publicly accessible URL', { documentId: { type: 'string' }, imageUrl: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a file made publicly accessible', tool('share_file_publicly', 'Make a file publicly accessible to anyone with the link.', { fileId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a Send made "for securely sharing" a text or a file hands it to someone outside (high)', () => {
  check([
    ['a file Send created', tool('create_file_send', 'Create a new Bitwarden Send for securely sharing a file', { name: { type: 'string' }, filePath: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a note created in a vault', tool('create_secure_note', 'Create a new secure note in the vault.', { name: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a leave application and a calendar view are a person\'s time off and events; a function read "including its code" returns code (medium)', () => {
  check([
    ['a leave application read', tool('erpnext_leave_application_get', 'Get a single Leave Application by name. Returns full document.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a calendar view listed', tool('get-calendar-view', 'List the occurrences and single instances of events over a time range.', { start: { type: 'string' }, end: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an edge function read with its code', tool('get-function', 'Get details of a specific edge function including its code', { slug: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a job application form\'s fields read', tool('get_application_form', 'Get the fields of the application form.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('on a budgeting or bookkeeping app, its accounts, recurring items and budget summaries are someone\'s money records (medium); its categories are not', () => {
  const LEDGER = server('lunchmoney-mcp', ['get_all_plaid_accounts', 'get_transactions', 'create_transactions']);
  check([
    ['synced bank accounts listed', tool('get_all_plaid_accounts', 'Get a list of all Plaid (synced) accounts associated with the user.', {}), LEDGER, 'read', 'medium'],
    ['recurring items listed', tool('get_recurring_items', 'Retrieve a list of recurring items expected for a specified date range.', {}), LEDGER, 'read', 'medium'],
    ['negative: categories listed', tool('get_all_categories', 'Get all categories.', {}), LEDGER, 'read', 'low'],
    ['negative: accounts listed on a code host', tool('list_accounts', 'List the accounts of the organisation.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a `function` parameter that takes a symbol\'s name names a function; it carries no code', () => {
  check([
    ['breakpoints removed by function name', tool('remove_breakpoint', 'Remove a breakpoint by breakpointId or by function name.', { breakpointId: { type: 'string' }, function: { type: 'string', description: 'Alternative addressing: remove all function breakpoints with this symbol name' } }), GENERIC, 'write', undefined],
    ['negative: a function body deployed', tool('deploy_function', 'Deploy a serverless function.', { name: { type: 'string' }, function: { type: 'string', description: 'The JavaScript source of the function to run' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('on a server that drives a UI, an action list that offers a UI step (click, focus) takes that step: execute, as its own `click` tool is', () => {
  const DEVICE = server('agent-device', ['click', 'fill', 'swipe', 'find', 'screenshot']);
  check([
    ['find an element and click it', tool('find', 'Find by text/label/value/role/id and run action', { query: { type: 'string' }, action: { type: 'string', enum: ['click', 'focus', 'getText'] } }), DEVICE, 'execute', 'high'],
    ['negative: the same action list on a server that drives nothing', tool('viewer', 'Move around the document viewer.', { action: { type: 'string', enum: ['navigate', 'click', 'zoom'] } }), GENERIC, 'write', undefined],
  ]);
});

describe('a `code` or `query` held to a few dozen characters, or to one word by its pattern, is a name (a project code, a domain), not a program', () => {
  check([
    ['a suite upserted under a project code', tool('qase_suite_upsert', 'Create or update a test suite — the folder cases live in. Without `id` it creates, with `id` it updates. Building a deep tree means one call per node.', { code: { type: 'string', minLength: 2, maxLength: 10, pattern: '^[A-Z0-9_]+$', description: 'Project code (2-10 uppercase letters, numbers, or underscores)' }, id: { type: 'integer' }, title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a domain passed as `query`', tool('get_backlinks', 'Get the backlinks of a domain.', { query: { type: 'string', pattern: '^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,}$', description: 'Domain to analyze' } }), GENERIC, 'read', 'low'],
    ['negative: code with no cap on its length', tool('run_snippet', 'Run a JavaScript snippet in the sandbox.', { code: { type: 'string', description: 'JavaScript code to run' } }), GENERIC, 'execute', undefined],
    ['negative: SQL held to start with SELECT', tool('run_select', 'Run a read-only SQL query.', { sql: { type: 'string', pattern: '^\\s*SELECT' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('orchestrating a task across agents or a swarm sets them working on it (execute); an action that selects agents for a task only returns them', () => {
  check([
    ['a task orchestrated across swarm agents', tool('task_orchestrate', 'Orchestrate complex task across swarm agents', { task: { type: 'string' }, maxAgents: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['multi-agent coordination orchestrated', tool('coordination_orchestrate', 'Orchestrate multi-agent coordination', { task: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: guidance for a workflow orchestrated', tool('orchestrate_lwc_component_testing', 'Use this tool to orchestrate a workflow that provides step-by-step guidance for testing a component.', {}), GENERIC, 'read', 'low'],
    ['negative: an action that selects agents for a task', tool('agent', 'Agent orchestration and discovery. Actions:\n- discover: Discover all agents\n- orchestrate: Select agents for task/phase/role', { action: { type: 'string', enum: ['discover', 'getInfo', 'orchestrate'] }, task: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a slash list that follows another tool\'s name ("use hooks_intelligence trajectory-start/step/end") is that tool\'s operations, not this one\'s', () => {
  check([
    ['a completion hook pointing at another tool\'s steps', tool('hooks_task-completed', 'Agent Teams hook — fired when a task is marked complete. Records the completion. For richer learning, use hooks_intelligence trajectory-start/step/end instead.', { taskId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: the tool\'s own operations listed', tool('trajectory', 'Trajectory control: start/step/end a learning trajectory.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('an account\'s PnL (profit and loss) is a financial record (medium); a domain portfolio or a coin\'s public treasury holdings is not', () => {
  check([
    ['a trading account\'s summary with its PnL', tool('get_account_summary', 'Get the authenticated account\'s portfolio summary (equity, margin usage, PnL rollup).', {}), GENERIC, 'read', 'medium'],
    ['negative: domain transfers in a portfolio', tool('domains_getTransferListV1', 'Retrieve all domain transfers in your portfolio.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('editing only what is written on a payment or a transfer (its metadata, notes, tags) moves no money: write', () => {
  const PAYMENTS = server('moov-payments', ['transfers-create', 'transfers-update', 'refunds-create']);
  check([
    ['a transfer\'s metadata updated', tool('transfers-update', 'Update the metadata contained on a transfer.', { transferID: { type: 'string' }, metadata: { type: 'object' } }), PAYMENTS, 'write', 'medium'],
    ['negative: a transfer\'s amount updated', tool('transfers-update', 'Update a transfer.', { transferID: { type: 'string' }, amount: { type: 'number' } }), PAYMENTS, 'financial', undefined],
  ]);
});

describe('a disconnection that removes the stored credentials unlinks an integration (medium); a bare disconnect or a logout only ends the session (low)', () => {
  check([
    ['a service disconnected with its stored credentials', tool('disconnect', 'Disconnect a connected service. Removes stored credentials.', { service: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a bare disconnect', tool('disconnect', 'Disconnect from the database.', {}), GENERIC, 'write', 'low'],
    ['negative: a logout that clears its cached login', tool('logout', 'Log the user out of the workshop host and clear cached credentials.', {}), GENERIC, 'write', 'low'],
  ]);
});

describe('a CRM\'s actions are its logged calls, emails, meetings and notes (personal, medium), as its activities are; a voice or AI agent\'s actions are its configuration', () => {
  const BOOND = server('boondmanager-mcp-server', ['boond_projects_actions', 'boond_projects_get', 'boond_actions_search']);
  check([
    ['a project\'s actions read on a CRM', tool('boond_projects_actions', 'Récupère les actions (appels, emails, RDV, notes) d\'un(e) projet, par son ID.', { id: { type: 'string' } }), BOOND, 'read', 'medium'],
    ['negative: a voice agent\'s action read', tool('crm_get_voice_action', 'Get a Voice AI action by ID.', { id: { type: 'string' } }), server('crm-mcp', ['crm_get_voice_action']), 'read', 'low'],
    ['negative: actions read off a CRM', tool('list_actions', 'List the GitHub Actions workflows of a repository.', { repo: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('removing an agent from a swarm or a group, or a thing from a team, detaches a member, who stays (write), as removing a label does (a person taken out of a team: below)', () => {
  check([
    ['an agent removed from the hive-mind', tool('hive-mind_leave', 'Remove an agent from the hive-mind', { agentId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a project removed from a team', tool('remove_project_from_team', 'Remove a project from a team', { teamId: { type: 'string' }, projectId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a team removed', tool('remove_team', 'Remove a team and all its settings.', { teamId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a `force` flag on a start, an install, an init or a recording only pushes past a check; nothing stored is thrown away (medium)', () => {
  check([
    ['a forced start', tool('autopilot_start', 'Start a new autopilot TDD workflow for a task.', { taskId: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['a forced browser install', tool('browser_install', 'Install the Playwright Chromium browser binary.', { force: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['a forced init', tool('embeddings_init', 'Initialize the embedding subsystem.', { force: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: a forced update', tool('update_release', 'Update a release.', { id: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a UI component\'s code or content comes from a component library, published for anyone (low); a file\'s source is not', () => {
  check([
    ['a component\'s source code', tool('get_component_source_code', 'Get the source code of a HeroUI component.', { component: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a component\'s meta content', tool('get-component-meta-content', 'Fetch the content of a component from the registry.', { endpoint: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a file\'s content', tool('get_file_content', 'Get the content of a file in the repository.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a query in a language that can only read (ShopifyQL, GAQL, DQL, SuiteQL, Mango) is free-form but changes nothing: execute/medium, even where the name alone says so', () => {
  check([
    ['a GAQL query executed', tool('execute-gaql-query', 'Executes a GAQL query against a Google Ads account.', { customerId: { type: 'string' }, gaql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['a DQL statement executed', tool('execute_dql', 'Get data like logs, metrics, spans and events from Grail by executing a statement.', { dqlStatement: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['a ShopifyQL report', tool('get-shopifyql-analytics', '', { query: { type: 'string', minLength: 1, description: 'ShopifyQL query string' } }), GENERIC, 'execute', 'medium'],
    ['negative: a SQL query executed', tool('execute_query', 'Execute a SQL query on the database.', { sql: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('code run inside a webview, a live page or an app\'s plugin context stays in it (high); code run on the host is critical', () => {
  check([
    ['JavaScript in a Tauri app\'s webview', tool('webview_execute_js', 'Execute JavaScript in a Tauri app\'s webview context.', { script: { type: 'string', description: 'JavaScript code to execute in the webview context' } }), GENERIC, 'execute', 'high'],
    ['an assertion on the live page', tool('browser_assert', 'Run assertions or wait for elements on the live page.', { expression: { type: 'string', description: 'JavaScript expression that must evaluate truthy' } }), GENERIC, 'execute', 'high'],
    ['Luau in the plugin context', tool('execute_luau', 'Execute Luau code in plugin context. Use print()/warn() for output.', { code: { type: 'string', description: 'Luau code to execute' } }), GENERIC, 'execute', 'high'],
    ['negative: JavaScript run by Node on the host', tool('run_js', 'Execute JavaScript code with Node.js on the machine.', { code: { type: 'string', description: 'JavaScript code to execute' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('creating a checkout session (a hosted page where a customer may pay) moves nothing until the customer pays: write/medium; completing one pays', () => {
  const PAY = server('paymongo-mcp', ['create_payment_intent', 'create_refund', 'create_checkout']);
  check([
    ['a hosted checkout session created', tool('create_checkout', 'Create a hosted checkout session (returns a checkout URL).', { amount: { type: 'number' }, currency: { type: 'string' }, description: { type: 'string' } }), PAY, 'write', 'medium'],
    ['negative: a checkout completed', tool('complete_checkout', 'Complete the checkout and pay for the cart.', { cartId: { type: 'string' } }), PAY, 'financial', undefined],
  ]);
});

describe('sending an invoice that exists delivers it to the customer (an outward message, write/high); the bill was made when it was created', () => {
  const CRM = server('crm-mcp', ['crm_create_invoice', 'crm_send_invoice', 'crm_list_payments']);
  check([
    ['an invoice sent', tool('crm_send_invoice', 'Send an invoice to the recipient via email or SMS.', { invoiceId: { type: 'string' } }), CRM, 'write', 'high'],
    ['negative: an invoice created', tool('crm_create_invoice', 'Create an invoice for a contact.', { contactId: { type: 'string' }, items: { type: 'array' } }), CRM, 'financial', undefined],
  ]);
});

describe('receivables and payables (what customers owe, what is owed to suppliers) are financial records (medium)', () => {
  check([
    ['aged receivables listed', tool('list-aged-receivables-by-contact', 'Lists the aged receivables in Xero for a contact.', { contactId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['aged payables listed', tool('list-aged-payables-by-contact', 'Lists the aged payables in Xero for a contact.', { contactId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: contacts\' groups listed', tool('list-contact-groups', 'Lists the contact groups in Xero.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('editing a database service\'s settings, its start `command` among them, configures what it runs (write, not execute), and a new start command changes what the live service does (high)', () => {
  check([
    ['a Postgres service updated with its command', tool('postgres-update', 'Updates an existing PostgreSQL database in Dokploy.', { postgresId: { type: 'string' }, dockerImage: { type: 'string' }, command: { type: 'string', description: 'Custom command to run the PostgreSQL database.' } }), GENERIC, 'write', 'high'],
    ['negative: a Postgres service renamed', tool('postgres-rename', 'Renames an existing PostgreSQL database in Dokploy.', { postgresId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a command run on a database host', tool('postgres-exec', 'Runs a shell command in the PostgreSQL container.', { command: { type: 'string', description: 'Shell command to run' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a read or unread mark on a message or a notification is a small mark anyone can take back (low); mail marked in bulk by a rule stays medium', () => {
  check([
    ['a message marked unread', tool('markAsUnread', 'Mark a Gmail message as unread.', { messageId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['all notifications marked read', tool('linear_markAllNotificationsAsRead', 'Mark all notifications as read', {}), GENERIC, 'write', 'low'],
    ['negative: mail older than a date marked read', tool('mark_older_than_read', 'Mark all emails older than N days as read.', { days: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a download whose description says the file is left on this machine writes it there, even with no parameter naming the place', () => {
  check([
    ['a file downloaded to local disk', tool('download_file', 'Download a file to local disk and return the file path. Files are saved to the "downloads" directory.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a file downloaded and returned', tool('download_file', 'Download a file and return its content as base64.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('disconnecting from a DevTools (CDP) connection only ends the caller\'s own connection (low)', () => {
  check([
    ['a CDP connection dropped', tool('browser_disconnect_cdp', 'Disconnect from the current CDP connection and return to normal browser mode', {}), server('@ejazullah/mcp-playwright', ['browser_click', 'browser_navigate', 'browser_connect_cdp', 'browser_disconnect_cdp']), 'write', 'low'],
  ]);
});

describe('on a payment platform, its cards are payment cards: financial records (medium); a board\'s cards are not', () => {
  const MOOV = server('@moovio/sdk', ['transfers-create', 'cards-list', 'cards-get']);
  check([
    ['payment cards listed', tool('cards-list', 'List the cards linked to a Moov account.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['negative: a board\'s cards listed', tool('get_cards', 'List the cards on a Trello board.', { boardId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a write recorded on a blockchain or a tamper-proof ledger cannot be taken back and anyone can see it (high)', () => {
  check([
    ['an ERC-8004 agent\'s URI updated', tool('set_erc8004_agent_uri', 'Update the metadata URI for an existing ERC-8004 agent. Caller must be the owner of the agent NFT.', { agentId: { type: 'string' }, uri: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['on-chain registration metadata updated', tool('identity_update', 'Update the on-chain registration metadata to reflect the current room state.', { roomId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an agent\'s description updated', tool('update_agent', 'Update the description of an agent.', { agentId: { type: 'string' }, description: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('setting up an automation or an integration makes something that acts on its own from then on (high); switching one off or ranking it does not', () => {
  check([
    ['an automation rule created', tool('create_automation_rule', 'Create an automation rule.', { name: { type: 'string' }, conditions: { type: 'array' }, actions: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['an integration installed', tool('vercel_install_integration', 'Install an integration on a project.', { integrationId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an automation disabled', tool('disableAutomation', 'Disable an automation.', { automationId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an integration set as primary', tool('integrations-set-as-primary', 'Set an integration as the primary one for its channel.', { integrationId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('making a folder or a scaffold writes new files (write), and overwriting what a generator made before is regenerable (medium)', () => {
  check([
    ['a folder made with its parents', tool('bash_sandbox_mkdir', 'Create a directory in the sandbox.', { path: { type: 'string' }, recursive: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['a scaffold made', tool('respira_bricks_scaffold_bem', 'Scaffold a BEM class structure for a Bricks section.', { block: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['generated docs overwritten', tool('generate_docs', 'Generate MDX documentation for a component.', { componentPath: { type: 'string' }, overwrite: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: a file moved over another', tool('move_file', 'Move a file to a new location.', { source: { type: 'string' }, destination: { type: 'string' }, overwrite: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('refreshing a stored copy from its source (metadata, a catalogue, a spec) replaces it with what the source holds now (low); refreshing a token makes a new credential', () => {
  check([
    ['a movie\'s metadata refreshed', tool('radarr_refresh_movie', 'Trigger a metadata refresh for a specific movie in Radarr', { movieId: { type: 'number' } }), GENERIC, 'write', 'low'],
    ['a spec re-downloaded', tool('refresh_project_oas', 'Re-download the latest OpenAPI Spec file content from the server', {}), GENERIC, 'write', 'low'],
    ['negative: a token refreshed', tool('refresh_token', 'Refresh an expired access token.', {}), GENERIC, 'write', 'high'],
    ['negative: an index rebuilt', tool('refresh_project_memory_index', 'Re-run the project memory index.', {}), GENERIC, 'write', 'medium'],
  ]);
});

describe('a lead form is the form that captures leads, its fields and questions (low); the leads it caught and an employee\'s forms are personal', () => {
  check([
    ['lead gen forms listed', tool('crm_liGetLeadForms', 'Get lead forms. Retrieve LinkedIn lead gen forms for an ad account', { adAccountId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a lead\'s notes', tool('get_lead_notes', 'Get the notes on a lead.', { leadId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an employee\'s forms', tool('employee-forms_list', 'Get all employee forms.', { employeeId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a query tool that says it runs read-only or SELECT-only SQL is execute/medium, even where "execute a … query" states the running', () => {
  check([
    ['a read-only SQL query executed', tool('query', 'Execute a read-only SQL query and return results', { sql: { type: 'string', description: 'SQL query to execute (SELECT statements only)' } }), server('SQLite (mcp-server-sqlite)', ['query', 'execute', 'describe-table', 'list-tables', 'create-table', 'drop-table', 'insert-record', 'update-record', 'delete-record', 'transaction'], 'mcp-server-sqlite'), 'execute', 'medium'],
    ['only SELECT statements allowed', tool('run_select_query', 'Run a SELECT query on the ClickHouse server. Only SELECT statements are allowed for security reasons.', { query: { type: 'string', description: 'The SELECT query to execute. Only SELECT statements are allowed.' } }), GENERIC, 'execute', 'medium'],
    ['negative: any SQL query executed', tool('query', 'Execute a SQL query and return results', { sql: { type: 'string', description: 'SQL query to execute' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('packing files into an archive at a place the caller names leaves a new file there (write)', () => {
  check([
    ['files compressed to an output path', tool('fast_compress_files', 'Compresses files or directories', { paths: { type: 'array' }, output_path: { type: 'string' }, format: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a text compressed and returned', tool('compress_text', 'Compress a text with gzip and return it as base64.', { text: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('posting to a public social network (a thread of tweets, a retweet, a Reddit comment) publishes it (high); a comment on an issue or labels on mail threads do not', () => {
  check([
    ['a thread of tweets posted', tool('clawnx_post_thread', 'Post a multi-tweet thread. Each item in the tweets array becomes one tweet, chained as replies.', { tweets: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['a retweet', tool('clawnx_retweet', 'Retweet a tweet.', { tweetId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a comment posted on Reddit', tool('reddit_post_comment', 'Post a comment or reply on Reddit.', { parentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: labels on mail threads', tool('modify_email', 'Add/remove labels on threads (max 1000 IDs per request)', { ids: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: a comment on an issue', tool('post_comment', 'Post a comment on an issue.', { issueId: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a mailbox\'s filters and rules say whose mail arrives and where it goes (medium)', () => {
  check([
    ['Gmail filters listed', tool('listGmailFilters', 'List all Gmail filters.', {}), GENERIC, 'read', 'medium'],
    ['mail rules listed', tool('list-mail-rules', 'Get all the messageRule objects defined for the user\'s inbox.', {}), GENERIC, 'read', 'medium'],
    ['negative: a board\'s filters listed', tool('list_board_filters', 'List the saved filters of a board.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('reloading the page in a driven browser shows it afresh and submits nothing: execute/medium, as scrolling is', () => {
  const BROWSER = server('playwright', ['browser_click', 'browser_type', 'browser_navigate', 'browser_reload']);
  check([
    ['the page reloaded', tool('browser_reload', 'Reload the current page', {}), BROWSER, 'execute', 'medium'],
    ['negative: a link clicked', tool('browser_click', 'Click an element on the page', { ref: { type: 'string' } }), BROWSER, 'execute', 'high'],
  ]);
});

describe('personal data named in French, Spanish or Portuguese (coordonnées, état civil, datos personales) is personal data (medium)', () => {
  check([
    ['a resource\'s contact details and civil status', tool('boond_resources_information', 'Récupère les informations générales (coordonnées, adresse, état civil, photo, tags, manager) d\'un(e) ressource, par son ID.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a project\'s dates and state', tool('boond_projects_dates', 'Récupère les dates et l\'état d\'un(e) projet, par son ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('on a messaging server, the media attached to a message (an MMS\'s picture) is part of the private message (medium)', () => {
  const SMS = server('twilio', ['TwilioApiV2010--CreateMessage', 'TwilioApiV2010--ListMedia']);
  check([
    ['a message\'s media read', tool('TwilioApiV2010--FetchMedia', 'Fetch a single Media resource associated with a specific Message resource', { MessageSid: { type: 'string' }, Sid: { type: 'string' } }), SMS, 'read', 'medium'],
    ['negative: a media library listed off a messaging server', tool('list_media', 'List the media library of a WordPress site.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('changing or switching on a workflow that already runs by itself changes what it does from then on (high); creating one, which waits to be switched on, or editing its tags or a board\'s states does not', () => {
  check([
    ['a workflow updated', tool('update_workflow', 'Update an existing workflow.', { id: { type: 'string' }, nodes: { type: 'array' }, connections: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['a workflow activated', tool('activate-workflow', 'Activate a workflow by ID.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a workflow created', tool('create_workflow', 'Create a new workflow.', { name: { type: 'string' }, nodes: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: a workflow\'s tags updated', tool('update-workflow-tags', 'Update the tags of a workflow.', { id: { type: 'string' }, tags: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: a workflow state renamed', tool('linear_updateWorkflowState', 'Update a workflow state of a team.', { id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a portal or access link lets in whoever holds it, as a URL minted with credentials does: write/high', () => {
  check([
    ['a billing portal session URL', tool('billing_portal', 'Create Stripe billing portal session URL.', { customerId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a link to access a flow', tool('flows_create', 'Create a flow  Generate a link to access a pre-built workflow in the white-label UI.', { companyId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a link to a page', tool('create_link', 'Create a short link to a page.', { url: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('on a helpdesk, creating agents makes new staff logins that answer customers and see their tickets (high)', () => {
  const DESK = server('freshdesk-mcp', ['create_ticket', 'list_tickets', 'create_agent', 'bulk_create_agents']);
  check([
    ['agents created in bulk', tool('bulk_create_agents', 'Bulk create agents.', { agents: { type: 'array' } }), DESK, 'write', 'high'],
    ['negative: build agents created off a helpdesk', tool('bulk_create_agents', 'Bulk create build agents for the CI pool.', { agents: { type: 'array' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('active users are an analytics figure, and a subscriber\'s topics are the channels they get notices on: neither returns the people (low)', () => {
  check([
    ['active users counted', tool('getActiveUsers', 'Get the number of active users over a date range.', { startDate: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a subscriber\'s topics listed', tool('subscribers-topics-list', 'List the topics a subscriber belongs to.', { subscriberId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a subscriber\'s preferences read', tool('subscribers-get', 'Get a subscriber with their email and phone.', { subscriberId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('on a server that drives a UI, resizing its window, page or viewport is a step in the driven session that only reshapes the view: execute/medium, as scrolling is', () => {
  const BROWSER = server('playwright', ['browser_click', 'browser_type', 'browser_navigate', 'browser_resize']);
  check([
    ['the browser window resized', tool('browser_resize', 'Resize the browser window', { width: { type: 'number' }, height: { type: 'number' } }), BROWSER, 'execute', 'medium'],
    ['negative: a disk resized', tool('resize_disk', 'Resize a VM disk.', { size: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('writing content to a file at a path the caller names replaces whatever file is there: destructive, as dev\'s write_file is', () => {
  check([
    ['a file written', tool('fast_write_file', 'Writes or modifies a file', { path: { type: 'string' }, content: { type: 'string' }, append: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: files written into a sandbox in a batch', tool('bash_sandbox_write_files', 'Write multiple files to the persistent isolated environment at once.', { files: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: a note written', tool('write_note', 'Write a new note.', { title: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('discarding an error or a background job marks it discarded (no longer collected, not retried): a status, write; discarding changes throws them away', () => {
  check([
    ['a job discarded', tool('discard_good_job', 'Discard a GoodJob background job. Marks the job as discarded so it will not be retried.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an error\'s status set, discard among them', tool('bugsnag_update_error', 'Update the status of an error', { errorId: { type: 'string' }, operation: { type: 'string', enum: ['open', 'discard', 'snooze'] } }), GENERIC, 'write', 'medium'],
    ['negative: changes discarded', tool('discard_changes', 'Discard all uncommitted changes in the working tree.', {}), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('removing a style or an effect from a design\'s node or layer takes it off, and it can be applied again (write)', () => {
  check([
    ['an animation style removed from a node', tool('remove_animation_style', 'Remove an applied animation style from a node (Motion API beta).', { nodeId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a style removed from the file', tool('remove_style', 'Remove a text style from the document\'s library.', { styleId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a page or a post written with a status the caller can set to "published" can put it before the site\'s visitors (high), as a publish flag does', () => {
  check([
    ['a blog post updated, status among its fields', tool('crm_update_blog_post', 'Update an existing blog post by ID.', { postId: { type: 'string' }, content: { type: 'string' }, status: { type: 'string', description: "Updated publication status (e.g. 'draft', 'published')" } }), GENERIC, 'write', 'high'],
    ['a page updated with a status enum', tool('wp_update_page', 'Update a page.', { id: { type: 'number' }, status: { type: 'string', enum: ['draft', 'publish', 'private'] } }), GENERIC, 'write', 'high'],
    ['negative: a post\'s status that cannot publish', tool('update_post', 'Update a post.', { id: { type: 'number' }, status: { type: 'string', enum: ['draft', 'pending', 'private'] } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a call\'s notifications are the errors and warnings logged for it, with the request that went with them: logs (medium)', () => {
  check([
    ['a call\'s notifications listed', tool('TwilioApiV2010--ListCallNotification', 'Retrieve a list of notifications belonging to the call.', { CallSid: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: notification settings read', tool('get_notification_settings', 'Get the notification settings of the account.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('on a payment platform, its schedules and sweeps are of money: scheduled transfers and balance moves (financial records, medium)', () => {
  const MOOV = server('@moovio/sdk', ['transfers-create', 'scheduling-list', 'scheduling-get']);
  check([
    ['scheduled transfers listed', tool('scheduling-list', 'List our scheduled transfers.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['negative: a team\'s schedules listed off a payment platform', tool('list_schedules', 'List the on-call schedules of a team.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a tool that is itself a dry run only reports what would change (read); a dry run the caller can switch off is not the tool', () => {
  check([
    ['a ruleset dry-run against a PR', tool('test_pr_scorer', 'Dry-run a PR Scorer ruleset against a real PR without saving the rules. Returns the score.', { ruleset: { type: 'string' }, pr: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['a deployment plan computed, dry run in brackets', tool('deploy_plan', 'Parse the config and compute the declarative deployment plan (dry-run, no changes).', { configPath: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a dry run by default, applied on request', tool('cleanup_orphaned_media', 'Delete orphaned media. Dry run by default; set apply to delete.', { apply: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a dryRun parameter turns it into the deploy', tool('deploy_site', 'Dry-run or deploy the site.', { dryRun: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a database\'s stored code (procedure, trigger and view definitions) is source code: a read that returns it is medium', () => {
  check([
    ['stored procedure definitions', tool('get_procedure_definitions', 'Get complete SQL definitions for multiple stored procedures at once.', { names: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', 'medium'],
    ['a trigger described with its definition', tool('describe_trigger', 'Get detailed information about a specific trigger, including its definition.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a procedure\'s parameters', tool('describe_procedure', 'Parameters of a stored procedure.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a dashboard\'s full definition', tool('get_dashboard', 'Get the complete definition of a dashboard by its ID: widgets and layout.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('starting, launching or scheduling an email or SMS campaign sends it to everyone on its list (high); an ads campaign sends no mail', () => {
  check([
    ['an email campaign started', tool('start-email-campaign', 'Start sending a draft email campaign immediately; only draft campaigns can be started.', { campaignId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an SMS campaign scheduled', tool('schedule_campaign', 'Schedule an SMS campaign to go out at the given time.', { campaignId: { type: 'string' }, sendAt: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an ads campaign paused', tool('pause_campaign', 'Pause a running Facebook ads campaign.', { campaignId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a draft email campaign created', tool('create_campaign_draft', 'Create a draft email campaign.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('re-requesting a check or a check run sets it running again, as a rerun does (execute)', () => {
  check([
    ['a check re-requested', tool('rerequestCheck', 'Rerequest a check', { deploymentId: { type: 'string' }, checkId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a check read', tool('getCheck', 'Get a check', { deploymentId: { type: 'string' }, checkId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('secrets masked only until the caller asks (a `reveal` or `includeValues` switch) are the caller\'s to have: a read of secrets (high)', () => {
  check([
    ['database details, credentials masked unless revealed', tool('get_database', 'Database details. Credentials (passwords, connection URLs) are masked by default; pass reveal: true when you explicitly need them.', { uuid: { type: 'string' }, reveal: { type: 'boolean' } }), GENERIC, 'read', 'high'],
    ['negative: the same details with no way to reveal them', tool('get_database', 'Database details. Credentials (passwords, connection URLs) are masked.', { uuid: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a table\'s sensitive fields are not secrets', tool('get_table', 'Retrieve table information including schema and fields.', { table_id: { type: 'number' }, include_sensitive_fields: { type: 'boolean' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an `operation_type` or `action_type` that picks each operation of a batch offers its operations, as `operation` does: the most dangerous one decides', () => {
  const ops = (names: string[]) => ({ operations: { type: 'array', items: { anyOf: names.map((n) => ({ type: 'object', properties: { operation_type: { type: 'string', const: n } } })) } } });
  check([
    ['a document edited by operations, one of them deleting blocks', tool('update_doc', 'Update an existing document with an ordered operations array.', { doc_id: { type: 'string' }, ...ops(['set_name', 'add_markdown_content', 'update_block', 'delete_blocks']) }), GENERIC, 'destructive', 'critical'],
    ['negative: operations that only add and rename', tool('update_doc', 'Update an existing document with an ordered operations array.', { doc_id: { type: 'string' }, ...ops(['set_name', 'add_markdown_content', 'update_block']) }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a metered service\'s usage records or usage details are what the account is billed for: financial records (medium); a tool\'s usage stats are not', () => {
  check([
    ['usage records listed', tool('ListUsageRecordMonthly', 'Retrieve a list of monthly usage records for the account.', { Category: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['usage details', tool('get-usage-details', 'Get a report on the environment\'s usage: storage, credits, bandwidth.', {}), GENERIC, 'read', 'medium'],
    ['negative: a tool\'s usage stats', tool('get_usage_stats', 'Get usage statistics for this server\'s tools.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('an application\'s `environment` saved is its environment variables when the description says so: they hold its secrets and settings (high)', () => {
  check([
    ['environment variables saved', tool('application-saveEnvironment', 'Saves environment variables for an application.', { applicationId: { type: 'string' }, env: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an environment (a stage) created', tool('create_environment', 'Create a new deployment environment such as staging.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a name\'s request or message is a log entry when the description says it is the network\'s or the console\'s (medium), as `network_requests` is', () => {
  check([
    ['a request\'s details, a network request by its description', tool('get_request_details', 'Get full details of one network request: headers, body, status, timing.', { requestId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a support request\'s details', tool('get_request_details', 'Get the details of a feature request: title and votes.', { requestId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a history of the commands run (a shell\'s, a terminal\'s, an SSH session\'s) is a log: commands carry their arguments, paths and inline secrets (medium)', () => {
  check([
    ['an SSH session\'s command log', tool('ssh_history', 'Returns the in-memory log of SSH commands previously run through this server process.', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['a terminal\'s command history', tool('terminal_history', 'Show the command history of a terminal session.', { sessionId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a list of the commands available', tool('list_commands', 'List the commands this server supports.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('"advanced" after the object says how the search is done, not what it returns: the object before it is the head noun', () => {
  const CRM = server('crm-mcp', ['crm_create_contact', 'crm_search_opportunities']);
  check([
    ['opportunities searched, "advanced"', tool('crm_searchOpportunitiesAdvanced', 'Search opportunities based on combinations of advanced filters.', { filters: { type: 'array' } }), CRM, 'read', 'medium'],
    ['negative: an advanced search of docs', tool('docs_search_advanced', 'Search the documentation with advanced filters.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a name whose objects start with a preposition (`search_since_date`, `search_with_keyword`) names only the filter: what comes back is what the server holds, as for a bare `search`', () => {
  const MAIL = server('imap-mail-mcp', ['send_email', 'list_folders', 'search_since_date', 'search_with_keyword']);
  check([
    ['mail searched since a date', tool('search_since_date', 'Search messages from a specific date until now.', { date: { type: 'string' } }), MAIL, 'read', 'medium'],
    ['mail searched with a keyword', tool('search_with_keyword', 'Search messages containing a keyword.', { keyword: { type: 'string' } }), MAIL, 'read', 'medium'],
    ['negative: a public catalogue searched with a keyword', tool('search_with_keyword', 'Search the public package index with a keyword.', { keyword: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a person taken out of a team loses their access to it: destructive, as an org\'s or a board\'s member removed is; an agent taken out of a team, or a user out of a group, stays as it was', () => {
  check([
    ['a team member removed', tool('remove_team_member', 'Remove user from team', { teamId: { type: 'string' }, userId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a member removed from a team', tool('teams-remove-team-member', 'Remove a Member from a Team', { teamId: { type: 'string' }, uid: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a user removed from a team', tool('removeUserFromTeam', 'Remove a user from a team', { teamId: { type: 'string' }, userId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: an agent taken out of a team', tool('remove_agent_from_team', 'Remove an agent from a team', { agentId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a user taken out of a group', tool('remove_user_from_group', 'Remove a user from a group', { groupId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a merge that says what it merged is then deleted destroys those records (destructive); a merge that keeps them is a write', () => {
  check([
    ['tags merged, the sources deleted', tool('merge_tags', 'Merge one or more source tags into a destination tag. Source tags are deleted after merge.', { destination_tag_id: { type: 'string' }, source_tag_ids: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['customers merged, the source deleted', tool('merge_customers', 'Merge two customers. The source customer\'s data is merged into the target customer, then the source is deleted.', { source_id: { type: 'string' }, target_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: tickets merged into a primary', tool('merge_tickets', 'Merge tickets into a primary.', { primary_id: { type: 'string' }, ticket_ids: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a change request merged, deleting its branch optionally', tool('merge_change_request', 'Merge a change request with an optional merge message and optional source-branch deletion.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('testing on a simulator, a device or a project runs its test suite there, the project\'s own code (execute); testing a connection or a rule only checks it', () => {
  check([
    ['tests on a simulator', tool('test_sim', 'Test on iOS sim.', { xctestrunPath: { type: 'string' }, extraArgs: { type: 'array' } }), GENERIC, 'execute', 'high'],
    ['tests of a project', tool('test_project', 'Test the project.', { path: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a connection tested', tool('test_connection', 'Test the database connection.', {}), GENERIC, 'read', 'low'],
    ['negative: a rule tested against code', tool('test_match_code_rule', 'Test a code against a YAML rule.', { code: { type: 'string' }, yaml: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an export to a link anyone can open uploads what it exports: a write that reaches outside (high); an export handed back stays a read', () => {
  check([
    ['a canvas exported to a shareable URL', tool('export_to_excalidraw_url', 'Export the current canvas to a shareable excalidraw.com URL. The diagram is encrypted and uploaded; anyone with the URL can view it.', {}), GENERIC, 'write', 'high'],
    ['a report exported to a public link', tool('export_report', 'Export the report to a public link.', { reportId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a canvas exported as an image', tool('export_to_image', 'Export the current canvas as a PNG image.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('setting what someone is paid (a compensation, a salary, a wage, a garnishment) sets what each payroll run pays out or withholds (high)', () => {
  check([
    ['a compensation created', tool('create_compensation', 'Create a compensation. Compensations contain information on how much is paid out for a job.', { job_id: { type: 'string' }, rate: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a garnishment updated', tool('garnishments_update', 'Update a garnishment. Garnishments are amounts deducted from an employee\'s pay.', { garnishment_id: { type: 'string' }, amount: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an employee\'s address updated', tool('update_employee_address', 'Update an employee\'s home address.', { employee_id: { type: 'string' }, street: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an error or a crash event read whole, with its stack trace, is a log entry (medium); an aggregate report or an error the caller hands in is not', () => {
  check([
    ['crash events with stack traces', tool('crashlytics_list_events', 'Use this to list the most recent events matching the given filters. Can be used to fetch sample crashes and exceptions for an issue, which will include stack traces and other data useful for debugging.', { filter: { type: 'object' } }), GENERIC, 'read', 'medium'],
    ['an error event', tool('get_event', 'Get detailed information about a specific error event, including its stack trace and breadcrumbs.', { eventId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a crash report\'s counts', tool('crashlytics_get_report', 'Request numerical reports from Crashlytics: counts of crashes grouped by issue.', {}), GENERIC, 'read', 'low'],
    ['negative: a screenshot of an error diagnosed', tool('diagnose_error_screenshot', 'Diagnose and analyze error messages, stack traces, and exception screenshots.', { image: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a Google Doc is a document someone wrote, not documentation: read or searched it is private documents (medium); docs listed are names', () => {
  check([
    ['a Google Doc read', tool('readGoogleDoc', 'Reads the content of a specific Google Document.', { documentId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['Google Docs searched', tool('searchGoogleDocs', 'Searches for Google Documents by name or content.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: recent Google Docs listed', tool('getRecentGoogleDocs', 'Gets the most recently modified Google Documents.', { maxResults: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an API\'s docs read', tool('read_api_doc', 'Read the documentation page of an API.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what belongs to a record of money (an invoice\'s schedules, a card transaction\'s authorizations, a billing policy) is a financial record too (medium); an invoice number is only an identifier', () => {
  check([
    ['invoice schedules listed', tool('listInvoiceSchedules', 'List schedules. API to get list of schedules', { altId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['card transaction authorizations', tool('issuing-transactions-list-authorizations', 'List issued card authorizations associated with a Moov account.', { accountID: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the next invoice number', tool('generate_invoice_number', 'Generate the next invoice number.', {}), GENERIC, 'read', 'low'],
    ['negative: invoice settings', tool('get_invoice_settings', 'Get the invoice settings of the account.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a price\'s billing interval is how often it charges, a setting of the price, not a billing record (low); usage in a billing cycle is billed (medium)', () => {
  check([
    ['a price with its billing interval', tool('get_price', 'Get a specific price by ID, including amount, currency, and billing interval.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: usage for the billing cycle', tool('get_usage', 'Get the account\'s billing usage for the current billing cycle.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('a name\'s "item" is what the description says it is: a task or a project removed from the app is deleted (destructive); an item taken out of a cart or a list stays write', () => {
  check([
    ['a task or project removed', tool('remove_item', 'Remove a task or project from OmniFocus', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: an item removed from a cart', tool('remove_item', 'Remove an item from the shopping cart.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a send-as alias is an address a mailbox sends from, not a sending: setting one up or changing it sets what every recipient sees (write/high); verifying or listing one does not', () => {
  const GMAIL = server('gmail-mcp', ['send_email', 'list_send_as', 'patch_send_as', 'update_send_as']);
  check([
    ['a send-as alias patched', tool('patch_send_as', 'Patches the specified send-as alias', { sendAsEmail: { type: 'string' }, replyToAddress: { type: 'string' } }), GMAIL, 'write', 'high'],
    ['a send-as alias updated', tool('update_send_as', 'Updates a send-as alias', { sendAsEmail: { type: 'string' }, displayName: { type: 'string' } }), GMAIL, 'write', 'high'],
    ['negative: a send-as alias verified', tool('verify_send_as', 'Sends a verification email to the specified send-as alias address', { sendAsEmail: { type: 'string' } }), GMAIL, 'write', 'medium'],
  ]);
});

describe('a person\'s info is the person\'s details (personal data, medium), as a server\'s info is the server\'s (low)', () => {
  check([
    ['a member\'s info', tool('get_organization_member_info', 'Get information about a member in an organization', { organizationId: { type: 'string' }, memberId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a user\'s info', tool('get_user_info', 'Return the user details.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a server\'s info', tool('get_server_info', 'Get information about the server: version and uptime.', {}), GENERIC, 'read', 'low'],
    ['negative: the current user\'s info', tool('get_current_user_info', 'Get the current user\'s info.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('data the description says is open to anyone (an open data portal, a public demo account, no sign-in needed) is low risk, whatever records it holds; secrets stay secrets', () => {
  check([
    ['parliament documents from an open data portal', tool('get_plenary_documents', 'Get European Parliament plenary documents. Data source: European Parliament Open Data Portal.', { docId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a public demo account\'s positions', tool('get_demo_positions', 'Get the public demo account\'s open positions. No credentials needed.', {}), GENERIC, 'read', 'low'],
    ['negative: a customer\'s documents', tool('get_customer_documents', 'Get the documents uploaded by a customer.', { customerId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a download to a place on this machine writes a file there even when the server marks it read-only: the hint speaks for the server\'s data, not this machine\'s disk', () => {
  check([
    ['a Drive file downloaded to a local path, marked read-only', { ...tool('downloadFromDrive', 'Downloads a file from Google Drive to your local filesystem.', { fileId: { type: 'string' }, localPath: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'write', 'medium'],
    ['negative: a file downloaded and returned, marked read-only', { ...tool('download_file', 'Download a file and return its contents as base64.', { fileId: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'read', undefined],
  ]);
});

describe('replaying a run sets it going again, as a rerun does (execute)', () => {
  check([
    ['a run replayed', tool('replay_run', 'Replay a run: create a new run of the same task in the same environment, reusing the original run\'s payload.', { runId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a session replay read', tool('get_session_replay', 'Get a recorded session replay.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a favourite, a star, a follow or a watch is the caller\'s own small mark on a thing, taken back as easily (write/low)', () => {
  check([
    ['a dashboard made a favourite', tool('favorite_dashboard', 'Mark a dashboard as a favourite', { id: { type: 'number' } }), GENERIC, 'write', 'low'],
    ['an account followed', tool('moltbook_follow', 'Follow another molty (use sparingly)', { name: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a watch added to an issue', tool('add_watching', 'Adds a new watch to an issue', { issueIdOrKey: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a post pinned for everyone', tool('moltbook_post_pin', 'Pin a post (mod/owner only, max 3 per community)', { postId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an app build or binary the caller names, installed or reinstalled on a device, is a program that then runs there (execute); an app installed by name stays a write', () => {
  check([
    ['app builds installed from URLs', tool('install-from-source', 'Install app builds from URLs, remote source specs, or CI artifacts.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an installed app replaced with a binary', tool('reinstall', 'Replace an installed app with a binary from a local path.', { path: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an app installed on a device', tool('mobile_install_app', 'Install an app on mobile device', { appId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a database dumped comes back, or is written out, whole: every record it stores (medium); a syntax tree dumped is not', () => {
  check([
    ['a database dumped', tool('dump_database', 'Gets the current state of your OmniFocus database', {}), GENERIC, 'read', 'medium'],
    ['a database dumped over SSH', tool('ssh_db_dump', 'Dumps a database to a file on the remote server over SSH; it reads data only.', { database: { type: 'string' }, outputFile: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a syntax tree dumped', tool('dump_syntax_tree', 'Dump code\'s syntax structure.', { code: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a read the description says is of a person\'s things ("an employee\'s I-9 authorization", "a candidate\'s resume") returns personal data (medium); a person\'s ids or name only point at them', () => {
  check([
    ['an employee\'s I-9 authorization', tool('i9-verification_get-authorization', 'Get an employee\'s I-9 authorization.', { employee_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a candidate\'s resume', tool('get_resume', 'Download and read a candidate\'s resume or uploaded file.', { fileHandle: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a member\'s group ids', tool('get_member_groups', 'Retrieve a member\'s group ids', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('GPS coordinates a geocoder converts to or from an address are the caller\'s own input turned round (low); an activity\'s GPS track is where a person went (medium)', () => {
  check([
    ['an address geocoded', tool('maps_geocode', 'Convert an address, city name, or landmark into GPS coordinates (latitude/longitude).', { address: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['coordinates reverse-geocoded', tool('maps_reverse_geocode', 'Convert GPS coordinates (latitude/longitude) into a human-readable street address.', { latitude: { type: 'number' }, longitude: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: a workout\'s GPS track', tool('get_workout_track', 'Get the GPS track of a workout: the GPS points the athlete passed.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a listing whose description says each entry has its own signing secret returns those secrets (read/high)', () => {
  check([
    ['webhook destinations, each with its signing secret', tool('list_webhook_destinations', 'List configured webhook destinations. Each destination has its own URL, version, enabled flag, subscribed events, and signing secret.', {}), GENERIC, 'read', 'high'],
    ['negative: webhook destinations with their URLs', tool('list_webhook_destinations', 'List configured webhook destinations. Each destination has its own URL and subscribed events.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('numbered modes a description lays out ("Mode 1 - Add Entry", "Mode 2 - Remove Entry") are operations on offer; they contradict a read-only hint, and `list` after "manage" is what is managed', () => {
  check([
    ['list entries managed in modes, marked read-only', { ...tool('manage-list-entry', 'Manage list entries with flexible action modes.\n\n**Mode 1 - Add Entry (Add record to list):**\nAdd a record to a list.\n\n**Mode 2 - Remove Entry:**\nRemove an entry.\n\n**Mode 3 - Update Entry:**\nUpdate an entry.', { listId: { type: 'string' }, recordId: { type: 'string' }, entryId: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'write', 'medium'],
    ['negative: list entries listed, marked read-only', { ...tool('get-list-entries', 'Get the entries of a list.', { listId: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'read', undefined],
  ]);
});

describe('people taken out of a department, a policy or an audience stay as they were, and can be put back (write), unlike a member taken out of a project, whose access goes', () => {
  check([
    ['employees removed from a pay policy', tool('holiday-pay-policies_remove-employees', 'Remove employees from a company\'s holiday pay policy', { company_uuid: { type: 'string' }, employees: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['people removed from a department', tool('departments_remove-people', 'Remove people from a department', { department_uuid: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a member removed from a board', tool('remove-board-member', 'Remove a specific member from a Miro board', { boardId: { type: 'string' }, memberId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('an order history is the orders placed, with their amounts: financial records (medium)', () => {
  check([
    ['an account\'s order history', tool('get_order_history', 'Get the authenticated account\'s order history (filled / cancelled / rejected), newest first.', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['orders\' change history', tool('orders_history', 'Order change history incl. status transitions.', { filter_since_id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: a page\'s edit history', tool('get_page_history', 'Get the edit history of a wiki page.', { pageId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a project\'s envs or env variables read are its environment variables, which hold its secrets (read/high), as one env var read already was', () => {
  check([
    ['a project\'s envs', tool('projects-filter-project-envs', 'Retrieve the environment variables of a project by id or name.', { idOrName: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['shared env variables listed', tool('environment-list-shared-env-variable', 'Lists all Shared Environment Variables for a team.', { teamId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a code env listed', tool('list_code_envs', 'List the Python code environments.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('setting up a mailbox, a machine or a database "with a dedicated user" with a password of its own makes a new login: a credential (write/high); a password that opens a form, or one saved in a vault, does not', () => {
  check([
    ['a mailbox created with its password', tool('mail_createMailboxV1', 'Create a mailbox under the given mail order.', { orderId: { type: 'string' }, local_part: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a database with a dedicated user', tool('createWebsiteDatabase', 'Creates a MySQL database with a dedicated user for a website.', { name: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a form submitted with its password', tool('create_form_submission', 'Submit a response to a WorkForm.', { formToken: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a value "inserted when new and overwritten when it already exists" is an upsert, an ordinary write, not a wipe of what was there', () => {
  check([
    ['a key upserted', tool('keys_set', 'Set a key\'s value. The key is inserted when new and overwritten when it already exists.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a file overwritten', tool('save_file', 'Save the content, overwriting the existing file.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a name that says only which state things are in (`list_scheduled`, `get_pending`) leaves the things to the description: "List scheduled emails" returns private messages (medium)', () => {
  check([
    ['scheduled emails listed', tool('list_scheduled', 'List scheduled emails. Shows pending, sent, or all scheduled emails.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: scheduled jobs listed', tool('list_scheduled', 'List scheduled jobs and their next run time.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a payment recorded against an invoice or an order settles what is owed in the books, though no money moves (write/high)', () => {
  check([
    ['a payment recorded against an order', tool('order_payment_create', 'Record a payment against an order (amount, type, status, paid_at).', { order_id: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['a customer payment received against invoices', tool('receive_payment', 'Record a customer payment against one or more open invoices, clearing Accounts Receivable.', { customer_id: { type: 'string' }, invoices: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['negative: a payment method noted', tool('record_payment_method', 'Record a customer\'s preferred payment method.', { customer_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a shop\'s returns (buyers\' return claims) are records of money owed back, as its orders and refunds are (medium)', () => {
  check([
    ['buyer return claims', tool('get_returns', 'Get buyer return claims (requests to return goods)', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: return policies', tool('get_return_policies', 'Get the seller\'s return policies.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('an archive the description calls a trashing ("Archive (trash) a document") deletes, as moving a file to the trash does; an archive that hides a thing stays a write', () => {
  check([
    ['a document archived to the trash', tool('archiveDocument', 'Archive (trash) a Linear document', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a message archived out of the inbox', tool('archiveMessage', 'Archive a message (remove from inbox)', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a tool that explores or navigates the caller\'s app drives it, as a browser step does (execute/high); a crawl of a website only reads it', () => {
  check([
    ['an app explored, tests generated and run', tool('vibe_shield', 'One-command safety net: explore your app, generate tests, save them, and run regression checks.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an app navigated for security testing', tool('security_audit', 'Dynamic security testing for web applications via AI-driven browser adversarial testing. Navigates the app, tests OWASP Top 10 categories.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a website crawled', tool('crawl_site', 'Crawl a website starting from a URL and extract the content of its pages.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a write whose description has a sentence of its own saying what it destroys ("Drops the _version column and its trigger") is destructive; a cache purged on the way is not', () => {
  check([
    ['versioning disabled, its column dropped', tool('mysql_disable_versioning', 'Disable optimistic concurrency control on a table. Drops the _version column and its trigger.', { table: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a website cache cleared, the CDN\'s purged too', tool('clearWebsiteCache', 'Clear the website cache. Also purges the CDN cache when CDN is enabled.', { domain: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an account\'s costs broken down and its spending limits are billing records, as a cost forecast is (read, medium)', () => {
  check([
    ['costs broken down by resource', tool('vercel_get_cost_breakdown', 'Get cost breakdown by resource', { from: { type: 'number' }, to: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['spending limits read', tool('vercel_get_spending_limits', 'Get spending limits', {}), GENERIC, 'read', 'medium'],
    ['negative: models listed with their cost per token', tool('list_models', 'List the available models with their context size and cost per token.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a mailbox\'s top senders are the people who write to its owner: part of the private mail (read, medium); the account\'s own verified senders are not', () => {
  check([
    ['the senders of unread emails', tool('get_unread_senders', 'Get top senders of unread emails', { mailbox: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['mailbox statistics with its top senders', tool('get_email_stats', 'Get email statistics and analytics for a mailbox. Shows volume, top senders, daily trends, and read/flagged counts.', { account: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the account\'s verified senders', tool('list_senders', 'List all verified senders', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('mail drafts are messages not yet sent, private as sent mail is (read, medium), on any server; a blog\'s draft posts are not mail', () => {
  check([
    ['Gmail drafts listed on a workspace server', tool('listGmailDrafts', 'List all draft emails in Gmail.', { account: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a site\'s draft posts listed', tool('list_post_drafts', 'List the draft posts of the blog.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a bare grep on a code host matches the lines of its files, so it returns the code (read, medium); elsewhere a grep over the caller\'s own text stays low', () => {
  const BITBUCKET = server('bitbucket-mcp-server', ['search_code', 'get_file_content']);
  check([
    ['file contents grepped on Bitbucket', tool('grep', 'Search file CONTENTS in a repo with full regex, like ripgrep on a local clone.', { workspace: { type: 'string' }, repository: { type: 'string' }, query: { type: 'string' } }), BITBUCKET, 'read', 'medium'],
    ['negative: the same grep on a server that is not a code host', tool('grep', 'Search a text for lines that match a regex.', { text: { type: 'string' }, query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an ad platform\'s reporting (Facebook, Google or LinkedIn campaigns with their reporting metrics) includes what was spent: financial records (read, medium); an email campaign\'s report does not', () => {
  check([
    ['Facebook ad reporting', tool('crm_fbGetReportingList', 'Get reporting list. Retrieve a list of Facebook campaigns, adsets, or ads with reporting data', { location_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a LinkedIn campaign group\'s reporting', tool('crm_liGetCampaignGroupReporting', 'Get campaign group reporting. Retrieve reporting metrics for a specific LinkedIn campaign group', { campaignGroupId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an email campaign\'s report', tool('get_campaign_report', 'Get campaign report. Retrieve opens and clicks reporting data for an email campaign', { campaignId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a call\'s or a message\'s transcription is what the people on it said, a private conversation (read, medium) on any server; a video\'s public transcript is not', () => {
  check([
    ['a message\'s transcription downloaded from a CRM', tool('crm_downloadMessageTranscription', 'Download transcription by Message ID. Download the transcription of a call recording message.', { messageId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a meeting\'s transcript read', tool('get_meeting_transcript', 'Get the transcript of a meeting.', { meetingId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a YouTube video\'s transcript', tool('get_video_transcript', 'Retrieve the transcript of a YouTube video.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a name\'s "Deprecated" or "legacy" says which version of the API it is, not what it returns: the noun before it is the head, and the tool is judged as its twin', () => {
  check([
    ['a deprecated subscription read is a billing read', tool('crm_getLocationSubscriptionDeprecated', 'Get Location Subscription Details. Fetch subscription details for a specific location @deprecated This method is deprecated', { locationId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a legacy token read returns a credential', tool('get_ws_token_legacy', 'Get a WebSocket auth token (legacy endpoint).', {}), GENERIC, 'read', 'high'],
    ['negative: a deprecated plan read stays low', tool('crm_getSaasPlanDeprecated', 'Get SaaS plan. Get a SaaS plan by id @deprecated', { planId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('recording an outcome "for learning" only tunes the tool\'s own later suggestions (write, low); a detector\'s feedback trains what it lets through (medium)', () => {
  check([
    ['task feedback recorded for learning', tool('agentdb_feedback', 'Record task feedback for learning via LearningSystem + ReasoningBank controllers', { taskId: { type: 'string' }, success: { type: 'boolean' } }), GENERIC, 'write', 'low'],
    ['a task failure recorded for pattern learning', tool('record_task_failure', 'Record a task failure for pattern learning. Stores failure information including type, reason, and optional attempt number.', { taskId: { type: 'string' }, reason: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['an experience recorded for reinforcement learning', tool('experience_record', 'Record tool execution as experience for reinforcement learning and experience replay', { tool: { type: 'string' }, outcome: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: detection feedback recorded', tool('aidefence_learn', 'Record detection feedback for pattern learning. Improves future detection accuracy.', { input: { type: 'string' }, wasAccurate: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: a payment recorded', tool('record_payment', 'Record a payment against an invoice.', { invoiceId: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('French money words name financial records as their English twins do: marge (margin), facturation (billing), chiffre d\'affaires (revenue) (read, medium)', () => {
  check([
    ['project reporting with revenue and margin', tool('boond_reporting_projects', 'Reporting des projets (CA, marge, rentabilité...). Quand : pour obtenir des agrégats.', { period: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a summary report with billing figures', tool('boond_reporting_synthesis', 'Reporting de synthèse globale (commercial, RH, recrutement, facturation...).', {}), GENERIC, 'read', 'medium'],
    ['negative: a reference dictionary', tool('boond_application_dictionary', 'Récupère un dictionnaire de référence BoondManager (états, types, pays, devises).', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a contractor is a person, as an employee is: a contractor\'s record, list and forms are personal data (read, medium)', () => {
  check([
    ['a contractor read', tool('contractors_get', 'Get a contractor. Get an individual contractor.', { contractor_uuid: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a contractor\'s forms read', tool('contractor-forms_get', 'Get a contractor form. Get a contractor form (1099).', { contractor_uuid: { type: 'string' }, form_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a smart contract read', tool('read_contract', 'Read data from a smart contract by calling a view function.', { address: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('on a payment platform, the fees it assessed to an account and the residuals it pays partners are financial records (read, medium); its fee plans are a price list', () => {
  const MOOV = server('moov-mcp', ['transfers-create', 'fee-plans-list-fee-plans']);
  check([
    ['fees assessed to an account', tool('fee-plans-retrieve-fees', 'Retrieve fees assessed to an account.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['residuals listed', tool('fee-plans-list-residuals', 'List all residuals associated with an account.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['negative: the fee plans on offer', tool('fee-plans-list-fee-plans', 'List all fee plans available for use by an account.', { accountID: { type: 'string' } }), MOOV, 'read', 'low'],
  ]);
});

describe('a sign-on link logs in whoever opens it: reading one hands out a login, as reading a password does (read, high)', () => {
  check([
    ['a direct sign-on link to phpMyAdmin', tool('hosting_getPhpMyAdminLinkV1', 'Returns a direct sign-on link to phpMyAdmin for the specified database.', { databaseName: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a link to open a website in the editor', tool('horizons_getWebsiteV1', 'Get the link for the user to open their website in the Horizons interface.', { websiteId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a domain\'s authorization (EPP) or transfer code lets whoever holds it move the domain away: a credential (read, high), not source code', () => {
  check([
    ['a domain\'s authorization code', tool('domains_getDomainAuthorizationCodeV1', 'Retrieve the authorization (EPP) code for a specified domain so it can be transferred', { domain: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a country code looked up', tool('get_country_code', 'Get the ISO country code for a country name.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a word the server\'s domain names as one of its private records counts as that record, even where it is elsewhere reference data: a recruiter\'s feedback, a CRM\'s account, a smart home\'s zones (read, medium)', () => {
  check([
    ['feedback on an application in an ATS', tool('ashby_get_feedback', 'Get submitted feedback/scorecards for an application.', { applicationId: { type: 'string' } }), server('ashby-mcp', ['ashby_list_candidates']), 'read', 'medium'],
    ['a CRM account read', tool('get_account', 'Get an account with its contacts and deals.', { id: { type: 'string' } }), server('amocrm-mcp', ['get_leads']), 'read', 'medium'],
    ['negative: the same feedback read on a server that is not about people', tool('get_feedback', 'Get the feedback submitted about this tool.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('on a mail server, its delegates and its forwarding say who else reads the mail or where it goes: part of the private mail (read, medium)', () => {
  const GMAIL = server('gmail-mcp', ['send_message', 'list_messages']);
  check([
    ['a mailbox\'s delegates listed', tool('list_delegates', 'Lists the delegates for the specified account', {}), GMAIL, 'read', 'medium'],
    ['auto-forwarding settings read', tool('get_auto_forwarding', 'Gets auto-forwarding settings', {}), GMAIL, 'read', 'medium'],
    ['negative: the mailbox\'s labels listed', tool('list_labels', 'Lists all labels in the user\'s mailbox', {}), GMAIL, 'read', 'low'],
  ]);
});

describe('two operations are a list on offer when the text says they are ("Project variable ops: get/set"): the tool writes', () => {
  check([
    ['variable ops get/set', tool('variable', 'Project variable ops: get/set. set merges provided standard/local keys with existing values.', {}), GENERIC, 'write', undefined],
    ['negative: a pair of formats', tool('export_report', 'Export a report. Formats: json/csv.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a container transferred (a vault container, a Docker container) moves that thing, not money (write), even on a server that handles money', () => {
  check([
    ['a vault container transferred to a recipient', tool('vault_container_transfer', 'Register a vault container transfer and get a transfer ID.', { file: { type: 'string' }, recipient: { type: 'string' } }), SHOP, 'write', undefined],
    ['negative: funds transferred', tool('create_transfer', 'Transfer funds to a connected account.', { amount: { type: 'number' }, currency: { type: 'string' }, destination: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('"React" is mostly the framework ("React Native code", `kendo_react_assistant`), not a reaction; reacting to a message still adds a mark to it', () => {
  check([
    ['a React docs assistant', tool('kendo_react_assistant', 'Answers questions and retrieves documentation about Kendo UI for React.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a React state assertion', tool('assert_state', 'Assert React state hook value matches expected. Use with selector and hookIndex.', { selector: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a reaction to a message', tool('react_to_message', 'React to a message with an emoji.', { messageId: { type: 'string' }, emoji: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('a delete the description calls a removal from a grouping ("Remove an issue from a cycle", "Remove a project from an access group") takes the thing out of it; the thing stays (write)', () => {
  check([
    ['an issue taken out of a cycle', tool('delete_cycle_issue', 'Remove an issue from a cycle', { cycle_id: { type: 'string' }, issue_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an issue taken out of a module', tool('delete_module_issue', 'Remove an issue from a module. Unassign module from issue.', { module_id: { type: 'string' }, issue_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a job removed from its queue is gone', tool('remove_job', 'Remove a job from a queue', { queue: { type: 'string' }, jobId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a client removed from its realm is gone', tool('delete-client', 'Remove a client from a realm', { realm: { type: 'string' }, clientId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('an error tracker\'s tracked errors are its log: each comes with the stack and request it was logged with (read, medium)', () => {
  check([
    ['one tracked error read', tool('errors_get', 'Get a tracked error. Returns a single tracked error by its id, including the latest occurrence\'s stack.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['tracked production errors listed', tool('errors_list', 'List tracked errors. Returns a single page of tracked production errors.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the error codes of an API', tool('list_error_codes', 'List the error codes the API can return, with their meaning.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('on a cloud whose tools create servers, a server shut down, powered off or rebooted goes offline for whoever uses it (write, high), as a droplet does; powering one on stops nothing (medium); a local language server restarts for the caller alone', () => {
  const HCLOUD = server('hcloud-mcp', ['create_server', 'delete_server', 'list_servers']);
  check([
    ['a cloud server shut down', tool('shutdown_server', 'Shutdown a server (soft)', { id: { type: 'number' } }), HCLOUD, 'write', 'high'],
    ['a cloud server rebooted', tool('reboot_server', 'Reboot a server (soft)', { id: { type: 'number' } }), HCLOUD, 'write', 'high'],
    ['negative: a cloud server powered on', tool('power_on_server', 'Power on a server', { id: { type: 'number' } }), HCLOUD, 'write', 'medium'],
    ['negative: language servers restarted', tool('restart_server', 'Manually restart LSP servers.', { extensions: { type: 'array' } }), server('cclsp', ['find_definition', 'restart_server']), 'write', 'medium'],
  ]);
});

describe('a feature flag changed on a flag platform, or a flag ruleset, switches what users get at once: live behaviour (write, high); a flag on a message is a mark', () => {
  const OPTIMIZELY = server('optimizely-mcp-server', ['list_flags', 'update_ruleset']);
  check([
    ['flags updated in bulk on Optimizely', tool('update_flags_bulk', 'UPDATE multiple flags in single batch operation', { flags: { type: 'array' } }), OPTIMIZELY, 'write', 'high'],
    ['a flag ruleset updated', tool('update_ruleset', 'UPDATE flag ruleset (rulesets belong to parent flags in specific environments)', { flag_key: { type: 'string' } }), OPTIMIZELY, 'write', 'high'],
    ['negative: a message\'s flags set', tool('set_message_flags', 'Set the flags of an email message.', { uid: { type: 'number' }, flags: { type: 'array' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a notification destination (the endpoint a service sends its events to) says where data goes, as a webhook does: creating or changing one is write/high', () => {
  check([
    ['a notification destination created', tool('ebay_create_notification_destination', 'Create a notification destination', { endpoint: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a notification destination updated', tool('ebay_update_notification_destination', 'Update a notification destination', { destinationId: { type: 'string' }, endpoint: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a notification marked read', tool('mark_notification_read', 'Mark a notification as read', { id: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('a mailbox\'s filter or rule decides, unattended, where matching mail goes (forwarded, deleted): creating or changing one is write/high, as a forwarder is', () => {
  check([
    ['an Outlook message rule created', tool('create-mail-rule', 'Create a messageRule object by specifying a set of conditions and actions.', { body: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['a Gmail filter created', tool('create_filter', 'Creates a new Gmail filter with custom criteria and actions', { criteria: { type: 'object' }, action: { type: 'object' } }), server('gmail-mcp', ['send_email']), 'write', 'high'],
    ['negative: a firewall-free lint rule updated', tool('update-rule', 'Edit an existing rule or doc the user owns.', { id: { type: 'string' }, title: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('verifying with a code, or by confirming micro-deposits, completes a verification (write); verifying a signature or an output only checks it (read)', () => {
  check([
    ['an email verified with a code', tool('didit_verify_email', 'Verify email with the 6-character code. Returns access_token, refresh_token, organization.', { email: { type: 'string' }, code: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a bank account verified by its micro-deposits', tool('bank-accounts_verify', 'Verify a company bank account by confirming the two micro-deposits sent to the bank account.', { deposit_1: { type: 'number' }, deposit_2: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a webhook signature verified', tool('verify_signature', 'Verify a webhook signature with the signing secret.', { payload: { type: 'string' }, signature: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('picking one of the open pages (`select_page`) is a tab switched by another name: it only changes the view (execute, medium)', () => {
  const BROWSER = server('chrome-devtools-mcp', ['click', 'fill', 'hover', 'navigate_page']);
  check([
    ['an open page selected', tool('select_page', 'Select a page as a context for future tool calls.', { pageId: { type: 'number' } }), BROWSER, 'execute', 'medium'],
    ['negative: an element on the page clicked', tool('click', 'Clicks on the provided element', { uid: { type: 'string' } }), BROWSER, 'execute', 'high'],
  ]);
});

describe('a question whether to act ("can I deploy", `can_i_deploy`) is answered, not acted on; performing a check computes it (read)', () => {
  check([
    ['can I deploy', tool('contract-testing_can_i_deploy', 'Performs a comprehensive compatibility check to determine whether a specific version of a service can be safely deployed into a given environment.', { pacticipant: { type: 'string' }, version: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a system health check performed', tool('system_health', 'Perform system health check of the running daemon.', {}), GENERIC, 'read', 'low'],
    ['negative: a version deployed', tool('deploy_version', 'Deploy a specific version of a service into a given environment.', { version: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a design system\'s tokens (semantic, design or colour tokens; any token on a design tool) are named colours and spacings, not credentials', () => {
  check([
    ['semantic tokens read', tool('get_semantic_tokens', 'Get semantic tokens with their conditional values (responsive, color modes)', {}), GENERIC, 'read', 'low'],
    ['a design token created', tool('respira_create_design_token', 'Create a design token (a named colour or spacing) on the site.', { name: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: API tokens listed', tool('list_api_tokens', 'List the API tokens of the account.', {}), GENERIC, 'read', 'high'],
    ['negative: an access token created', tool('create_access_token', 'Create a personal access token.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a kill switch set or changed switches a feature off or on for every user at once: live behaviour (write, high)', () => {
  check([
    ['a kill switch entry set', tool('release_killswitch_set', 'Set one switch entry. Sets or updates a single switchKey on a single env.', { switchKey: { type: 'string' }, value: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['negative: a kill switch read', tool('get_killswitch', 'Get a killswitch and its entries.', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a dashboard switch relabelled', tool('update_switch_label', 'Update the label of a toggle switch on the dashboard.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a delete that takes a contact, lead or subscriber out of a workflow, campaign or sequence unenrols it; the contact stays (write), as its `remove_contact_from_workflow` twin says', () => {
  check([
    ['a contact deleted from a workflow', tool('crm_deleteContactFromWorkflow', 'Delete Contact from Workflow. Delete Contact from Workflow', { contactId: { type: 'string' }, workflowId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a step deleted from a workflow', tool('delete_workflow_step', 'Delete a step from a workflow.', { workflowId: { type: 'string' }, stepId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('an archive the description calls irreversible ("archived flags cannot be easily restored") is for good: destructive, as an archive to the trash is', () => {
  check([
    ['flags archived for good', tool('archive_flags_bulk', 'ARCHIVE multiple flags in single batch operation. IRREVERSIBLE operation - archived flags cannot be easily restored.', { flag_keys: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a project archived', tool('archive_project', 'Archive a project. It can be restored from the archive later.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('Chatwork is a chat service, as Slack is: the files shared in its rooms are private messages (read, medium)', () => {
  check([
    ['files of a Chatwork room listed', tool('list_room_files', 'チャットのファイル一覧を取得します。', { room_id: { type: 'number' } }), server('chatwork-mcp-server', ['list_rooms', 'post_room_message']), 'read', 'medium'],
    ['negative: the same listing on a server that is not a chat', tool('list_room_files', 'List the files of a room.', { room_id: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a number\'s voice or SMS URL (`SmsUrl`, `VoiceUrl`) or its forwarding number is where its incoming calls and texts are handed, as a webhook is: setting it is write/high', () => {
  check([
    ['a short code\'s SMS URL updated', tool('UpdateShortCode', 'Update a short code with the following parameters', { Sid: { type: 'string' }, SmsUrl: { type: 'string' }, SmsFallbackUrl: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a phone number\'s forwarding number set', tool('crm_update_phone_number', 'Update phone number settings — label, forwarding, voicemail, call recording.', { phoneNumberId: { type: 'string' }, forwardingNumber: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a short code renamed', tool('UpdateShortCodeName', 'Update the friendly name of a short code', { Sid: { type: 'string' }, FriendlyName: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('with no verb in the name, a description that opens by sending a message sends it: "Send an outbound voice message" reaches people (write, high); a chat completion request does not', () => {
  check([
    ['an outbound voice message sent', tool('outbound-voice-message', 'Send an outbound voice message with Vonage', { to: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a chat completion request', tool('chat_completions', 'Send a chat completion request. Pay-per-call via USDC.', { model: { type: 'string' }, messages: { type: 'array' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an overwrite that first keeps a backup of what it replaces ("Creates a .bak backup before overwriting") can be undone: a write, not a wipe', () => {
  check([
    ['a test file fixed with a backup kept', tool('healer_fix_test', 'Apply a fix to a test file. Creates a .bak backup before overwriting. The LLM provides the corrected code.', { testFile: { type: 'string' }, code: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a file overwritten with no backup', tool('replace_file', 'Apply new content to a file, overwriting it.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('an Edge Config\'s items are the values production deployments read on every request: changing them is live behaviour (write, high); its schema or name is not', () => {
  check([
    ['Edge Config items updated', tool('vercel_update_edge_config_items', 'Update items in an Edge Config', { edgeConfigId: { type: 'string' }, items: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['negative: an Edge Config renamed', tool('edge-config-update-edge-config', 'Update an Edge Config\'s slug', { edgeConfigId: { type: 'string' }, slug: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('the body of a function, procedure, trigger or Apex class a tool creates or updates is that unit\'s code, stored to run on the platform: execute (high), where the parameter, the tool or a `language` beside it names a language', () => {
  check([
    ['a PostgreSQL function created with its body', tool('createFunction', 'Create a PostgreSQL function/procedure', { name: { type: 'string' }, language: { type: 'string', description: 'plpgsql, sql, etc.' }, body: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an Apex trigger written', tool('salesforce_write_apex_trigger', 'Create or update Apex triggers in Salesforce.', { triggerName: { type: 'string' }, body: { type: 'string', description: 'Full body of the Apex trigger' } }), GENERIC, 'execute', 'high'],
    ['an edge function updated from a code file', tool('update-function', 'Update an existing edge function code or metadata', { slug: { type: 'string' }, codeFile: { type: 'string', description: 'Path to JavaScript file containing the new function code.' } }), GENERIC, 'execute', 'high'],
    ['negative: a scheduled trigger with a JSON payload body', tool('functions-create-trigger', 'Create a scheduled trigger for a function.', { Name: { type: 'string' }, Cron: { type: 'string' }, Body: { type: 'object', description: 'Optional JSON payload to pass to the function on each invocation' } }), GENERIC, 'write', 'medium'],
    ['negative: a note with a body', tool('create_note', 'Create a note in a notebook.', { notebook: { type: 'string' }, body: { type: 'string', description: 'The note text' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('opening the caller\'s own connections ("Connect to both IMAP and SMTP servers") or joining the channel the server\'s own bridge talks over ("Join a channel to communicate with Figma") stores nothing and reaches no one: write, low', () => {
  check([
    ['a mail server\'s connections opened', tool('connect_all', 'Connect to both IMAP and SMTP servers simultaneously', {}), GENERIC, 'write', 'low'],
    ['the Figma bridge\'s channel joined', tool('join_channel', 'Join a specific channel to communicate with Figma', { channel: { type: 'string' } }), server('cursor-talk-to-figma-mcp', ['join_channel', 'get_document_info']), 'write', 'low'],
    ['negative: a chat channel joined', tool('relay_channel_join', 'Join a channel to participate in group conversations.', { channel: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a shared web session joined, which later calls stream to', tool('connect_session', 'Connect to the Dataset Builder web app for real-time collaboration. After connecting, all operations will appear live in the browser.', { code: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});
