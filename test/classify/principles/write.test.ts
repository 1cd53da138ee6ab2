// The classifier's principles for writes (what a change does and how far it reaches).
// One table per principle (shared/LABELS.md), with invented tools: each row states what the principle
// predicts for a tool whose text exercises it.
import { describe } from 'vitest';
import type { ServerContext } from '../../../src/core/classify/types.ts';
import { check, tool } from '../table.ts';
import { server, GENERIC, SHOP, NOTES } from './contexts.ts';

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
    ['resizing a disk is not a viewport (it scales the machine: high)', tool('resize_disk', 'Resize a VM disk.'), GENERIC, 'write', 'high'],
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

describe('options that remove no protection do not raise risk', () => {
  check([
    ['forcing an addition', tool('git_add', 'Stage files for commit.', { files: { type: 'array' }, force: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['skipping commit hooks', tool('git_commit', 'Create a new commit.', { message: { type: 'string' }, noVerify: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['forcing an update still does', tool('update_release', 'Update a release.', { force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
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

describe('writes that reach people or mint access are high', () => {
  check([
    ['creating an invite sends it', tool('affiliates-create-invite', 'Create an affiliate invite for an email address.'), GENERIC, 'write', 'high'],
    ['adding a certificate mints access', tool('insert_smime_info', 'Insert S/MIME certificate info for a send-as alias.'), GENERIC, 'write', 'high'],
  ]);
});

describe('operating machines and services, and repeating or undoing steps, are changes', () => {
  check([
    ['powering off a machine takes it offline', tool('power-off-vm', 'Power off a virtual machine.'), GENERIC, 'write', 'high'],
    ['shutting down a machine takes it offline', tool('shutdown-vm', 'Shut down a virtual machine.'), GENERIC, 'write', 'high'],
    ['rebuilding a machine from an image replaces its disk', tool('rebuild-vm', 'Rebuild a virtual machine from an image.'), GENERIC, 'destructive', 'critical'],
    ['negative: rebuilding a database\'s indexes keeps its data', tool('postgres_reindex', 'Rebuild PostgreSQL indexes to improve performance.'), GENERIC, 'write', undefined],
    ['reloading a service is a change', tool('app-reload', 'Reloads an application.'), GENERIC, 'write', undefined],
    ['unpublishing is a change', tool('unpublish_entry_asset', 'Unpublish an asset.'), GENERIC, 'write', undefined],
    // (…to the address that asked for it: medium, as all five labelled resends of a code, a confirmation or an invite are.)
    ['resending a confirmation email reaches a person', tool('resend_confirmation', 'Resend the confirmation email to the address.'), GENERIC, 'write', 'medium'],
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

describe('a cache is rebuilt from its source', () => {
  check([
    ['clearing the server\'s own cache is a low write', tool('clear_cache', 'Clear the schema cache.'), GENERIC, 'write', 'low'],
    ['purging a CDN\'s cache is a write to a live service', tool('purge_cdn_cache', 'Purge the CDN cache of a zone.'), GENERIC, 'write', 'medium'],
    ['negative: purging a queue destroys its messages', tool('purge_queue', 'Purge all messages of a queue.'), GENERIC, 'destructive', 'critical'],
    ['negative: reading cache statistics is a read', tool('cache_stats', 'Get cache statistics.'), GENERIC, 'read', 'low'],
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

describe('halting a run in progress loses only that run', () => {
  check([
    ['cancelling a deployment', tool('cancel_deployment', 'Cancels an ongoing deployment.'), GENERIC, 'write', 'medium'],
    ['"terminate" a running job ends the run', tool('stop_pipeline_job_run', 'Stop/terminate a running pipeline job.'), GENERIC, 'write', 'medium'],
    ['negative: stopping a cluster changes a live system', tool('stop_cluster', 'Stops a cluster.'), GENERIC, 'write', 'high'],
    ['negative: terminating an instance destroys it', tool('terminate_instance', 'Terminate an instance.'), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('making something that is saved to a file on this machine writes that file', () => {
  check([
    ['speech saved to a directory the caller names', tool('text_to_audio', 'Convert text to audio and save the output audio file to a given directory.', { text: { type: 'string' }, outputDirectory: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: no place to save to', tool('text_to_speech', 'Convert text to audio and save the audio file.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a screenshot that returns its image', tool('take_screenshot', 'Captures a screenshot of the current page.', { outputPath: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('clearing a buffer loses only what a tool collected in memory', () => {
  check([
    ['clearing the log buffer', tool('clear_logs', 'Clear the log buffer. Empty the in-memory console buffer so the next read sees fresh entries.'), GENERIC, 'write', 'low'],
    ['negative: clearing stored logs deletes them', tool('clear_logs', 'Clear all audit logs of the organisation.'), GENERIC, 'destructive', 'critical'],
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

describe('staging files in git is a reversible write like any other: medium (of 6 labelled git stagings, 4 are medium and 2 low)', () => {
  check([
    ['adding a file to the staging area', tool('git-add', 'Adds a specific file to the staging area'), GENERIC, 'write', 'medium'],
    ['staging files for commit', tool('git_add', 'Stage files for commit. Add file contents to the staging area (index).'), GENERIC, 'write', 'medium'],
    ['negative: committing records the change', tool('git_commit', 'Record changes to the repository.'), GENERIC, 'write', 'medium'],
    ['negative: adding a file to a drive stores it', tool('add_file', 'Add a file to the shared drive.'), GENERIC, 'write', 'medium'],
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

describe('a get that can also create is a write', () => {
  check([
    ['gets or creates a shareable link', tool('getShareableLink', 'Gets or creates a shareable link for a file with specified permission settings.'), GENERIC, 'write', 'high'],
    ['negative: gets a link that exists', tool('getFileLink', 'Gets the web link of a file.'), GENERIC, 'read', undefined],
  ]);
});

describe('more verbs: stash and dump', () => {
  check([
    ['stashing changes', tool('git_stash', 'Stashes changes in working directory'), GENERIC, 'write', 'medium'],
    ['dumping a syntax tree of given code', tool('dump_syntax_tree', 'Dump code\'s syntax structure.', { code: { type: 'string' }, language: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('replying to feedback reaches people; reacting to it is a small mark', () => {
  check([
    ['a reply to a customer review', tool('reply_feedback', 'Post a reply to a customer review on the marketplace.', { id: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: adding a reaction', tool('add_reaction', 'Add an emoji reaction to a message.'), GENERIC, 'write', 'low'],
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

describe('merging records folds one into another: high; merging cells or files is medium', () => {
  check([
    ['merging two contacts', tool('merge_contacts', 'Merge two contacts into one.', { primary_id: { type: 'string' }, secondary_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['merging companies, in another style', tool('companiesMerge', 'Merge duplicate companies.', { ids: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'high'],
    ['negative: merging cells of a sheet', tool('merge_cells', 'Merge a range of cells in a sheet.', { range: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: merging PDF files into a new one', tool('merge_pdfs', 'Merge PDF files into one document.', { files: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('selecting the project or account later calls work on changes a setting of the session: write/low', () => {
  check([
    ['selecting a project', tool('select_project', 'Select the active project for subsequent calls.', { projectId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['selecting the session\'s account, in another style', tool('selectSessionAccount', 'Choose which account to use.', { account: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['selecting the site, behind the server\'s own name', tool('discourse_select_site', 'Validate and select a Discourse site. Returns JSON with site URL and title.', { site: { type: 'string' } }), server('@discourse/mcp', ['discourse_search', 'discourse_create_post']), 'write', 'low'],
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

describe('replying to a comment in a document is the team\'s own discussion: medium; a reply to a message reaches people', () => {
  check([
    ['replying to a comment in a design file', tool('reply_to_comment', 'Reply to an existing comment in a Figma file.', { file_key: { type: 'string' }, comment_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: replying to an email', tool('reply_to_email', 'Reply to an email.', { messageId: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: replying to a reviewer\'s comment on a review link', tool('reply_to_review_comment', 'Reply to a comment left on a review link; the reviewer sees the reply.', { commentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
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

describe('a flag that publishes a page, a post or an article puts it before the site\'s visitors: high', () => {
  check([
    ['creating a store page that may be published', tool('page_create', 'Create a new page in the store.', { title: { type: 'string' }, isPublished: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['an article, in another style', tool('createArticle', 'Create a blog article.', { blogId: { type: 'string' }, published: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['negative: the same page with no publishing flag', tool('page_create', 'Create a new page in the store.', { title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: publishing a data model makes it live for the app, not for readers', tool('modifyDataModel', 'Modify a data model.', { name: { type: 'string' }, publish: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
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

describe('clearing what was selected (a list of selected blocks) empties a selection, not stored data: a write', () => {
  check([
    ['a collector of selected blocks that can be cleared', tool('collect_selected_blocks', 'Collect and store selected blocks for batch installation.', { blockName: { type: 'string' }, action: { type: 'string', enum: ['add', 'list', 'clear'] } }), GENERIC, 'write', undefined],
    ['the same in another style', tool('clearSelectedItems', 'Clear the selected items.', {}), GENERIC, 'write', undefined],
    ['negative: clearing a table\'s rows loses them', tool('clear_table', 'Clear all rows of a table.', { table: { type: 'string' } }), GENERIC, 'destructive', undefined],
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

describe('redelivering a webhook sends its payload out again, as resending does: write, high', () => {
  check([
    ['a repository webhook delivery', tool('redeliver_repository_webhook_delivery', 'Redeliver a delivery for a webhook configured in a repository.', { owner: { type: 'string' }, delivery_id: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['an event, in another style', tool('redeliverEvent', 'Redeliver an event to its endpoint.', { eventId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: listing deliveries sends nothing', tool('list_webhook_deliveries', 'List the deliveries of a webhook.', { hookId: { type: 'number' } }), GENERIC, 'read', undefined],
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

describe('an export or a download that takes a place on this machine to put the file (`output_path`, `localPath`) leaves it there: a write', () => {
  check([
    ['a graph exported to an output path', tool('graph.export', 'Export graph in multiple formats: json, csv or graphml.', { node_table: { type: 'string' }, output_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['constraints exported, in another style', tool('export_cadence_constraints', 'Export the constraints as a Cadence file.', { design: { type: 'string' }, outputPath: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an export that hands the data back', tool('export_data', 'Export the project data as JSON.', { projectId: { type: 'string' }, format: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a download that returns the content', tool('download_file', 'Download a file and return its content.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
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

describe('a plain `path` or `file` that its own description says the result is saved to is a place on this machine: an export to it leaves a file (a write)', () => {
  check([
    ['a diagram exported to a path', tool('export_diagram', 'Export the current diagram to a file. Supports .drawio, .png and .svg formats.', { path: { type: 'string', description: 'File path to save the diagram to.' } }), GENERIC, 'write', 'medium'],
    ['a scene, in another style', tool('export_scene', 'Export the scene as .excalidraw JSON.', { filePath: { type: 'string', description: 'Optional: where the file should be saved. Returns the JSON when omitted.' } }), GENERIC, 'write', undefined],
    ['negative: a path to read from', tool('export_sheet', 'Export a sheet as CSV text.', { path: { type: 'string', description: 'Path of the workbook to read.' } }), GENERIC, 'read', undefined],
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

describe('a shop\'s own record of a customer\'s order, created or edited in its admin, moves no money (the customer pays at checkout); placing, completing or cancelling one does', () => {
  const STORE = server('woocommerce-mcp', ['create_order', 'update_order', 'cancel_order', 'create_refund', 'list_payments', 'list_products']);
  check([
    ['an order created in the shop\'s admin', tool('create_order', 'Create a new order. Requires line_items with product_id and quantity.', { line_items: { type: 'array' } }), STORE, 'write', 'high'],
    ['an order updated', tool('update_order', 'Update an order. Commonly used to change status.', { id: { type: 'number' }, status: { type: 'string' } }), STORE, 'write', 'high'],
    ['negative: a refund moves money', tool('create_refund', 'Refund an order.', { orderId: { type: 'number' }, amount: { type: 'string' } }), STORE, 'financial', undefined],
    ['negative: cancelling an order on a shop', tool('cancel_order', 'Cancel an order.', { id: { type: 'number' } }), STORE, 'financial', undefined],
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

describe('switching the working context (a profile, a site), or setting it where the name says so (`set_active_board`, `set_project_root`), is a session setting: low, as selecting one is', () => {
  check([
    ['a project context set', tool('set_project_context', 'Set the project context for later calls.', { path: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['an active board, in another style', tool('setActiveBoard', 'Set the active board for subsequent operations.', { boardId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a profile switched', tool('switch_profile', 'Switch to another profile.', { profile: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a working directory behind the server\'s name', tool('git_set_working_dir', 'Set the working directory for git commands.', { path: { type: 'string' } }), server('git-mcp', ['git_status', 'git_set_working_dir']), 'write', 'low'],
    ['negative: a project\'s settings set', tool('set_project_settings', 'Update a project\'s settings.', { settings: { type: 'object' } }), GENERIC, 'write', 'medium'],
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

describe('in a ledger (a budgeting or personal-finance app) a transaction or an expense written with an amount is the record of money spent, not money moved', () => {
  const LEDGER: ServerContext = { name: 'Lunch Money', toolNames: ['create_transactions', 'update_transaction', 'get_budget_summary'], description: 'Model Context Protocol server for LunchMoney personal finance management' };
  check([
    ['a transaction updated', tool('update_transaction', 'Update an existing transaction.', { id: { type: 'number' }, amount: { type: 'string' }, currency: { type: 'string' } }), LEDGER, 'write', 'medium'],
    ['transactions created, in another style', tool('createTransactions', 'Insert transactions into the budget.', { amount: { type: 'number' }, currency: { type: 'string' } }), LEDGER, 'write', undefined],
    ['negative: a payment on a payments server', tool('create_payment', 'Create a payment.', { amount: { type: 'number' }, currency: { type: 'string' } }), SHOP, 'financial', undefined],
  ]);
});

describe('removing an image\'s background or a watermark edits the picture; nothing is destroyed', () => {
  check([
    ['an action that removes a background', tool('generate_image', 'Generate or edit images.', { action: { type: 'string', enum: ['regenerate', 'remove_background'] } }), GENERIC, 'write', undefined],
    ['a watermark, in another style', tool('removeWatermark', 'Remove the watermark from an image.', { imageUrl: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an image deleted', tool('remove_image', 'Remove an image from the library.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
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

describe('a server named for Claude is most often one that Claude uses, not a model it asks: "completion analytics" there is no completion', () => {
  const FLOW = server('Claude Flow (Ruflo) agent orchestration', ['task_create', 'task_list'], '@claude-flow/cli');
  check([
    ['a task created', tool('task_create', 'Create a new task Use when native TodoWrite is wrong because you need cross-session task persistence, agent assignment, dependency tracking, or completion analytics.', { description: { type: 'string' } }), FLOW, 'write', 'medium'],
    ['negative: a chat completion on a model provider\'s server', tool('create_completion', 'Create a chat completion.', { prompt: { type: 'string' } }), server('deepseek-mcp', ['create_completion']), 'read', undefined],
  ]);
});

describe('watching an issue, a card or a repository makes the caller a watcher of that record, and watching a mailbox or a calendar registers a push channel for its changes: a write, as adding a watcher is', () => {
  check([
    ['a mailbox watched', tool('watch_mailbox', 'Watch for changes to the user\'s mailbox', { topicName: { type: 'string' } }), GENERIC, 'write', undefined],
    ['issues watched in bulk', tool('jira_bulk_watch_issues', 'Add watchers to multiple issues at once.', { issueKeys: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['a card, in another style', tool('watchCard', 'Watch a card to get notified of changes.', { cardId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: watching a console\'s output', tool('watch_console', 'Watch the console output of the plugin.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a message to the system\'s own AI agents or workers stays inside it: a medium write, not a message to people', () => {
  check([
    ['a broadcast to all connected agents', tool('relay_broadcast', 'Broadcast a message to ALL connected agents at once.', { message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['from one agent to another, in another style', tool('send_message', 'Send message from one agent to another', { to: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a message to a person', tool('send_message', 'Send a message to a user in a channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
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

describe('feedback sent to a vendor is a message to them (medium), not a small mark; responding to a buyer\'s feedback or a review answers in public (high)', () => {
  check([
    ['feedback submitted to the vendor', tool('submit_feedback', 'Submit feedback about the product to the team.', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a response to a buyer\'s feedback', tool('ebay_respond_to_feedback', 'Respond to feedback received from a buyer', { feedbackId: { type: 'string' }, responseText: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a reaction added', tool('add_reaction', 'Add an emoji reaction to a message.', { name: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: responding to a proposal inside the system', tool('respond_to_proposal', 'Respond to a proposal from another agent.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
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

describe('a server taken out of a load balancer, a firewall or a pool keeps running: a write, not a deletion', () => {
  check([
    ['droplets out of a load balancer', tool('lb-remove-droplets', 'Remove Droplets from a Load Balancer', { LoadBalancerID: { type: 'string' }, DropletIDs: { type: 'array' } }), GENERIC, 'write', undefined],
    ['a target out of a load balancer', tool('remove_load_balancer_target', 'Remove a target from a load balancer.', { id: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a load balancer removed', tool('remove_load_balancer', 'Remove a load balancer from the project.', { id: { type: 'number' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a business policy (returns, shipping, time off, alerts) is a rule of the business, not access: a plain write', () => {
  check([
    ['a seller\'s return policy updated', tool('ebay_update_return_policy', 'Update a return policy', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a time-off policy deactivated', tool('time-off-policies_deactivate', 'Deactivate a time off policy', { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: an access policy updated', tool('update_org_policy', 'Update an organization policy.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('refusing a checkpoint rejects it, and sideloading a file imports it into a library: writes', () => {
  check([
    ['a pipeline checkpoint refused', tool('refuse_pipeline_validate', 'Refuse/reject a manual checkpoint (human validation gate) in a pipeline run.', { pipelineId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an image sideloaded', tool('respira_sideload_image', 'Download a stock image from an allowed domain and add it to the WordPress Media Library.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a pipeline validated', tool('validate_pipeline', 'Validate a pipeline definition.', { pipelineId: { type: 'string' } }), GENERIC, 'read', undefined],
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

describe('clearing what is only cached signs out, and cleaning up a pool of open connections tidies sockets: writes, not deletions', () => {
  check([
    ['a logout that clears cached credentials', tool('logout', 'Log the user out of the workshop host and clear cached credentials.', {}), GENERIC, 'write', undefined],
    ['a connection pool cleaned up', tool('connections', 'Manage pooled connections.', { action: { type: 'string', enum: ['status', 'disconnect', 'cleanup'] } }), GENERIC, 'write', undefined],
    ['stored credentials cleared sign the server out too (see the table on clearing a stored sign-in)', tool('clear_credentials', 'Clear the stored credentials.', {}), GENERIC, 'write', undefined],
    ['negative: a session deleted', tool('delete_session', 'Delete a verification session and its data.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('snapping a node to a grid moves it, as aligning does: a write', () => {
  check([
    ['a node snapped to the grid', tool('snap_node_to_grid', 'Snap a Node3D position to a grid in local or global space.', { node_path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: the grid size read', tool('get_grid_size', 'Get the grid size of the editor.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('from catalogue-sample5\'s misses: a fulfilment reaches the customer; a log drain ships logs out; a signed link opened with no login is shared; cookies in a request read secrets; secrets listed with masked values are an inventory', () => {
  const SHOP_SERVER = server('shopify-mcp', ['create_fulfillment', 'list_products', 'cancel_order', 'create_refund']);
  check([
    ['a fulfilment created', tool('create_fulfillment', 'Create a fulfillment for an order. Specify which order lines and quantities to fulfill.', { order_id: { type: 'string' }, tracking_number: { type: 'string' } }), SHOP_SERVER, 'write', 'high'],
    ['a log drain created', tool('createLogDrain', 'Creates a log drain.', { url: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a signed link opened with no login', tool('create_review_link', 'Create a review link: a signed URL a client opens with no WordPress login, that shows the page.', { post_ids: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['a request with its cookies', tool('get_network_request', 'Gets a network request. Useful for inspecting request headers (including \'Cookie\') and response headers (including \'Set-Cookie\').', { reqid: { type: 'number' } }), GENERIC, 'read', 'high'],
    ['credentials listed, values masked', tool('credentials_list', 'List all credentials for a room. Values are masked.', { roomId: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('a cache is rebuilt from its source: "permanently" clearing it still loses nothing (write)', () => {
  check([
    ['a website cache cleared "permanently"', tool('hosting_clearWebsiteCacheV1', 'Permanently clears all server-side cache for the website at once.', { domain: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', 'medium'],
    ['negative: a website\'s files cleared permanently', tool('hosting_clearWebsiteFilesV1', 'Permanently clears all files of the website.', { domain: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
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

describe('compute the description says is billable by the hour runs up a bill until stopped (write, high); billed from its creation, it is rented (financial, see financial.test.ts)', () => {
  check([
    ['a GPU endpoint billable by the hour', tool('create-endpoint', 'Create a serverless endpoint. BILLABLE: state the GPU class\'s hourly price before creating.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a meter of billable units', tool('meters-create-meter', 'Create a meter. Define how a stream of usage events is aggregated into billable units.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: storage that accrues charges', tool('create-network-volume', 'Create a network volume. This creates a billable persistent resource that keeps incurring storage charges until it is deleted.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an alternative offered after a comma ("Read the watchlist, or add a term to it") is on offer too', () => {
  check([
    ['a watchlist read, or added to', tool('patent_watchlist', 'Read the patent watchlist, or add a term to it.', { add: { type: 'string', description: 'A term to start watching. Omit to just read the list.' } }), GENERIC, 'write', undefined],
    ['negative: two reads offered', tool('issues', 'List the issues of a project, or get one by its number.', { number: { type: 'number' } }), GENERIC, 'read', undefined],
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

describe('composing an email, a broadcast or a template writes its content (Docker Compose is a thing), and what a misuse would overwrite is a warning, not its act', () => {
  check([
    ['a broadcast\'s content composed', tool('compose-broadcast', 'Set the content of a broadcast so it can be edited in the dashboard. Always get the existing content first; skipping this will overwrite all existing content.', { id: { type: 'string' }, content: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: a compose stack brought up', tool('compose_up', 'Run docker compose up for a project.', { project: { type: 'string' } }), GENERIC, 'execute', undefined],
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

describe('discarding what the description says is cached empties a cache (write)', () => {
  check([
    ['a table\'s cached field values', tool('discard_table_field_values', 'Discards cached field values for a table.', { table_id: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a draft discarded', tool('discard_draft', 'Discard a draft for good.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a login link created (an auto-login or a magic link) signs its holder in without a password: a credential (write, high)', () => {
  check([
    ['auto-login links for a site', tool('hosting_createLoginLinksV1', 'Create temporary auto-login links for the specified WordPress installation.', { software_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a link added to a page', tool('create_link', 'Create a link on a page.', { url: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a payee\'s payment method (an employee\'s, a contractor\'s) says where their pay goes: changing it is write/high', () => {
  check([
    ['a contractor\'s payment method', tool('contractor-payment-method_update', 'Update a contractor\'s payment method.', { contractor_uuid: { type: 'string' }, type: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a customer\'s saved card', tool('update_customer_payment_method', 'Update a customer\'s saved card expiry.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a budget set on a unit of work (a phase, an agent, a run) caps what it may cost; nothing is paid (not financial)', () => {
  check([
    ['a workflow phase with a budget', tool('createPhase', 'Create a new phase on a dynamic workflow.', { workflowId: { type: 'string' }, name: { type: 'string' }, budgetUsd: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: an ad campaign with a budget', tool('create_campaign', 'Create an ad campaign.', { name: { type: 'string' }, budgetUsd: { type: 'number' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('taking items out of a pantry or a wishlist leaves the things themselves (write), as taking them off a list does', () => {
  check([
    ['ingredients used up', tool('pantry_remove', 'Remove ingredients from your pantry (used them up!).', { items: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', undefined],
    ['negative: a recipe removed', tool('recipe_remove', 'Remove a recipe.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
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

describe('load testing, a load balancer and the load average are things, not a load (a read)', () => {
  check([
    ['a load-testing router titled "Azure Load Testing"', tool('loadtesting', 'Load Testing operations - Commands for managing Azure Load Testing resources, test configurations, and test runs.', { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } }, { title: 'Azure Load Testing' }), GENERIC, 'write', undefined],
    ['negative: a file loaded', tool('load_file', 'Load a file and return its contents.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('setting up mail forwarding sends a mailbox\'s incoming mail to another address, as a webhook sends events (high)', () => {
  check([
    ['auto-forwarding turned on', tool('update_auto_forwarding', 'Updates automatic forwarding settings', { enabled: { type: 'boolean' }, emailAddress: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a forwarder created', tool('mail_createForwarderV1', 'Create a forwarder from the given mailbox to the destination address.', { mailboxId: { type: 'string' }, destination: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a mail folder renamed', tool('update_mail_folder', 'Rename a mail folder.', { folderId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('changing an identity provider, a client scope, a protocol mapper or an OAuth client (an application registered with an identity server) changes how people sign in and what their tokens say (high)', () => {
  check([
    ['a client registered in a Keycloak realm', tool('create-client', 'Register a new client/application in a realm', { realm: { type: 'string' }, clientId: { type: 'string' }, redirectUris: { type: 'array', items: { type: 'string' } } }), server('keycloak-mcp-server', ['list-realms', 'create-user']), 'write', 'high'],
    ['an OAuth client created anywhere', tool('create_client', 'Create an OAuth client with its redirect URIs.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a client (a customer) created in a CRM', tool('create_client', 'Create a new client record with its contact details.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an identity provider updated', tool('update-identity-provider', 'Update an existing identity provider', { realm: { type: 'string' }, alias: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a client scope updated', tool('update-client-scope', 'Update an existing client scope', { realm: { type: 'string' }, id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a protocol mapper created', tool('create-protocol-mapper', 'Create a protocol mapper for a client', { clientId: { type: 'string' }, config: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a client note updated', tool('update-client-note', 'Update a note on a client record', { clientId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a quoted "production" is a value named as an example (a tag), not a live system the tool changes', () => {
  check([
    ['workflow tags, "production" given as an example', tool('n8n_update_workflow_tags', 'Assign tags to a workflow for organization and filtering. Use tags like "production", "testing", or team names.', { workflowId: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
    ['negative: a setting changed in production', tool('update_site_setting', 'Update a setting of the production site.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a delete flag on one entry of a list takes that entry out of the record being edited; it is part of the edit, not a safety net removed', () => {
  check([
    ['an expense edited, one line flagged for removal', tool('edit_expense', 'Modify an existing expense. Can update date, memo, payee and/or lines.', { id: { type: 'string' }, lines: { type: 'array', items: { type: 'object', properties: { line_id: { type: 'string' }, delete: { type: 'boolean', description: 'Set true to remove this line (requires line_id)' } } } } }), GENERIC, 'write', 'medium'],
    ['negative: a force flag on the call itself', tool('update_branch', 'Update a branch to point at a commit.', { branch: { type: 'string' }, sha: { type: 'string' }, force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

// (Execute, medium since session 44: a job set going whose work the tool does not bound, as 6 of the 8 labelled such starts are.)
describe('a read-named tool whose description opens by starting a job ("Trigger a search…", "Start a new crawl") sets work going on the server (execute, medium: the server\'s own job, no code of the caller\'s)', () => {
  check([
    ['a search that downloads', tool('radarr_search_movie', 'Trigger a search to download a movie that\'s already in your library', { movieId: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['a crawl started', tool('start_crawl', 'Start a new crawl for a project. Crawls the domain\'s pages and scores them.', { projectId: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: a guide that says "Start here"', tool('get_started', 'Start here. Returns a map of this server\'s capabilities.', {}), GENERIC, 'read', undefined],
    ['negative: a search', tool('search_movies', 'Search the library for movies by title.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
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

describe('the description\'s first word is read after a leading [tag]; approving is a plain write that outranks a read name', () => {
  check([
    ['a pipeline gate approved, tagged', tool('pass_pipeline_validate', '[Pipeline Management] Approve/pass a manual checkpoint (human validation gate) in a pipeline run.', { runId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a pipeline validated, tagged', tool('pipeline_validate', '[Pipeline Management] Validate a pipeline definition.', { yaml: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('clearing what a session collected (console messages, captured network requests, an output buffer) empties a scratch log (write, low)', () => {
  check([
    ['console messages cleared', tool('clear_console_messages', 'Clear collected console messages.', {}), GENERIC, 'write', 'low'],
    ['network requests cleared', tool('browser_network_clear', 'Clear all network requests', {}), GENERIC, 'write', 'low'],
    ['negative: an audit log cleared', tool('clear_audit_log', 'Clear the account\'s audit log.', {}), GENERIC, 'destructive', undefined],
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

describe('an image taken from a publicly accessible URL, or a file from a URL that "must be publicly accessible", is input; nothing is made public (medium)', () => {
  check([
    ['an image inserted from a public URL', tool('insertImageFromUrl', 'Insert an inline image into a Google document from a publicly accessible URL', { documentId: { type: 'string' }, imageUrl: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a file attached from a URL that must be publicly accessible', tool('attach_url', 'Attach a file from URL to a task. URL must be publicly accessible.', { dart_id: { type: 'string' }, url: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a file made publicly accessible', tool('share_file_publicly', 'Make a file publicly accessible to anyone with the link.', { fileId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a Send made "for securely sharing" a text or a file hands it to someone outside (high)', () => {
  check([
    ['a file Send created', tool('create_file_send', 'Create a new Bitwarden Send for securely sharing a file', { name: { type: 'string' }, filePath: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a note created in a vault', tool('create_secure_note', 'Create a new secure note in the vault.', { name: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a `function` parameter that takes a symbol\'s name names a function; it carries no code', () => {
  check([
    ['breakpoints removed by function name', tool('remove_breakpoint', 'Remove a breakpoint by breakpointId or by function name.', { breakpointId: { type: 'string' }, function: { type: 'string', description: 'Alternative addressing: remove all function breakpoints with this symbol name' } }), GENERIC, 'write', undefined],
    ['negative: a function body deployed', tool('deploy_function', 'Deploy a serverless function.', { name: { type: 'string' }, function: { type: 'string', description: 'The JavaScript source of the function to run' } }), GENERIC, 'execute', undefined],
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

describe('a slash list that follows another tool\'s name ("use hooks_intelligence trajectory-start/step/end") is that tool\'s operations, not this one\'s', () => {
  check([
    ['a completion hook pointing at another tool\'s steps', tool('hooks_task-completed', 'Agent Teams hook — fired when a task is marked complete. Records the completion. For richer learning, use hooks_intelligence trajectory-start/step/end instead.', { taskId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: the tool\'s own operations listed', tool('trajectory', 'Trajectory control: start/step/end a learning trajectory.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
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

describe('starting, launching or scheduling an email or SMS campaign sends it to everyone on its list (high); an ads campaign sends no mail', () => {
  check([
    ['an email campaign started', tool('start-email-campaign', 'Start sending a draft email campaign immediately; only draft campaigns can be started.', { campaignId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an SMS campaign scheduled', tool('schedule_campaign', 'Schedule an SMS campaign to go out at the given time.', { campaignId: { type: 'string' }, sendAt: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an ads campaign paused', tool('pause_campaign', 'Pause a running Facebook ads campaign.', { campaignId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a draft email campaign created', tool('create_campaign_draft', 'Create a draft email campaign.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an application\'s `environment` saved is its environment variables when the description says so: they hold its secrets and settings (high)', () => {
  check([
    ['environment variables saved', tool('application-saveEnvironment', 'Saves environment variables for an application.', { applicationId: { type: 'string' }, env: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an environment (a stage) created', tool('create_environment', 'Create a new deployment environment such as staging.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
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

describe('a send-as alias is an address a mailbox sends from, not a sending: setting one up or changing it sets what every recipient sees (write/high); verifying or listing one does not', () => {
  const GMAIL = server('gmail-mcp', ['send_email', 'list_send_as', 'patch_send_as', 'update_send_as']);
  check([
    ['a send-as alias patched', tool('patch_send_as', 'Patches the specified send-as alias', { sendAsEmail: { type: 'string' }, replyToAddress: { type: 'string' } }), GMAIL, 'write', 'high'],
    ['a send-as alias updated', tool('update_send_as', 'Updates a send-as alias', { sendAsEmail: { type: 'string' }, displayName: { type: 'string' } }), GMAIL, 'write', 'high'],
    ['negative: a send-as alias verified', tool('verify_send_as', 'Sends a verification email to the specified send-as alias address', { sendAsEmail: { type: 'string' } }), GMAIL, 'write', 'medium'],
  ]);
});

describe('a download to a place on this machine writes a file there even when the server marks it read-only: the hint speaks for the server\'s data, not this machine\'s disk', () => {
  check([
    ['a Drive file downloaded to a local path, marked read-only', { ...tool('downloadFromDrive', 'Downloads a file from Google Drive to your local filesystem.', { fileId: { type: 'string' }, localPath: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'write', 'medium'],
    ['negative: a file downloaded and returned, marked read-only', { ...tool('download_file', 'Download a file and return its contents as base64.', { fileId: { type: 'string' } }), annotations: { readOnlyHint: true } }, GENERIC, 'read', undefined],
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

describe('a payment recorded against an invoice or an order settles what is owed in the books, though no money moves (write/high)', () => {
  check([
    ['a payment recorded against an order', tool('order_payment_create', 'Record a payment against an order (amount, type, status, paid_at).', { order_id: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['a customer payment received against invoices', tool('receive_payment', 'Record a customer payment against one or more open invoices, clearing Accounts Receivable.', { customer_id: { type: 'string' }, invoices: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['negative: a payment method noted', tool('record_payment_method', 'Record a customer\'s preferred payment method.', { customer_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
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

describe('a delete the description calls a removal from a grouping ("Remove an issue from a cycle", "Remove a project from an access group") takes the thing out of it; the thing stays (write)', () => {
  check([
    ['an issue taken out of a cycle', tool('delete_cycle_issue', 'Remove an issue from a cycle', { cycle_id: { type: 'string' }, issue_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an issue taken out of a module', tool('delete_module_issue', 'Remove an issue from a module. Unassign module from issue.', { module_id: { type: 'string' }, issue_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a job removed from its queue is gone', tool('remove_job', 'Remove a job from a queue', { queue: { type: 'string' }, jobId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a client removed from its realm is gone', tool('delete-client', 'Remove a client from a realm', { realm: { type: 'string' }, clientId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
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

describe('opening the caller\'s own connections ("Connect to both IMAP and SMTP servers") or joining the channel the server\'s own bridge talks over ("Join a channel to communicate with Figma") stores nothing and reaches no one: write, low', () => {
  check([
    ['a mail server\'s connections opened', tool('connect_all', 'Connect to both IMAP and SMTP servers simultaneously', {}), GENERIC, 'write', 'low'],
    ['the Figma bridge\'s channel joined', tool('join_channel', 'Join a specific channel to communicate with Figma', { channel: { type: 'string' } }), server('cursor-talk-to-figma-mcp', ['join_channel', 'get_document_info']), 'write', 'low'],
    ['negative: a chat channel joined', tool('relay_channel_join', 'Join a channel to participate in group conversations.', { channel: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a shared web session joined, which later calls stream to', tool('connect_session', 'Connect to the Dataset Builder web app for real-time collaboration. After connecting, all operations will appear live in the browser.', { code: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a second action offered after "or" with its own object ("Lists all branches or creates a new branch", "Preview fixes or apply them") is on offer too: the more dangerous one decides; a noun after "or" ("the history of an issue or merge request") is no action', () => {
  check([
    ['branches listed or one created', tool('git-branch', 'Lists all branches or creates a new branch', { branchName: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['fixes previewed or applied', tool('autofix_workflow', 'Automatically fix common workflow validation errors. Preview fixes or apply them.', { id: { type: 'string' }, applyFixes: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: the history of an issue or merge request', tool('item_history', 'Show the history of an issue or merge request.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a user\'s or a member\'s sign-in email changed hands the account to whoever reads the new address, where a password reset goes (write, high); a customer\'s email, or a user\'s display name, is an ordinary edit', () => {
  check([
    ['a user\'s email updated', tool('wp_update_user', 'Updates an existing user.', { id: { type: 'number' }, email: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a member\'s email changed', tool('edit_member', 'Edit a workspace member.', { memberId: { type: 'string' }, email: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a customer\'s email updated', tool('update_customer', 'Update a customer\'s details.', { id: { type: 'string' }, email: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a user\'s display name updated', tool('update_user', 'Update a user\'s display name.', { id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('tracking a sale, a lead or an engagement event records it with an analytics or attribution service (write); tracking a parcel looks it up (read)', () => {
  check([
    ['a sale tracked for a short link', tool('track-sale', 'Track a sale\n\nTrack a sale for a short link.', { request: { type: 'object' } }), GENERIC, 'write', undefined],
    ['engagement events tracked', tool('activity-track', 'Track activity and engagement events for a specific delivery provider', { request: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a parcel tracked', tool('track_shipment', 'Track a shipment by its tracking number.', { trackingNumber: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a password manager\'s item edited changes the login or the secret something signs in with (write, high), as a password updated does; a new item or a folder edited is an ordinary write', () => {
  const VAULT = server('1password', ['item_get', 'item_list', 'password_create']);
  check([
    ['an item edited', tool('item_edit', 'Edit an existing item: change its title, fields or password.', { itemId: { type: 'string' }, fields: { type: 'object' } }), VAULT, 'write', 'high'],
    ['negative: a new item created', tool('create_item', 'Create a new login item in the vault.', { name: { type: 'string' } }), VAULT, 'write', 'medium'],
    ['negative: a folder edited', tool('edit_folder', 'Rename a folder of the vault.', { id: { type: 'string' }, name: { type: 'string' } }), VAULT, 'write', 'medium'],
  ]);
});

describe('filing a bug report, a feature request or a dispute submits it: a write; a file is otherwise a thing', () => {
  const SFTP = server('ssh-mcp', ['sftp-upload', 'sftp-upload-file', 'sftp-download']);
  check([
    ['a bug report filed', tool('ops_bug', 'File a bug report. Files one queue item and fires the project\'s connectors.', { title: { type: 'string' }, stepsToReproduce: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a feature request filed', tool('ops_feature', 'File a feature request for the team.', { title: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a name that files a ticket', tool('file_ticket', '', { subject: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: files named as things', tool('get_files', 'Files are listed with their names and sizes.', { folder: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: "file" ending a name beside its sibling is what the sibling\'s verb acts on', tool('sftp-upload-file', 'Upload a local file to the remote host over SFTP.', { localPath: { type: 'string' }, remotePath: { type: 'string' } }), SFTP, 'write', undefined],
  ]);
});

describe('taking the password off a share opens it to whoever has its link: an access change (write, high), with nothing stored lost', () => {
  check([
    ['a Send\'s access password removed', tool('remove_send_password', 'Remove the access password from a Bitwarden Send', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['the password protection removed from a share', tool('remove_share_password', 'Removes the password protection from a share.', { linkId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a stored password deleted from the vault is lost', tool('remove_password', 'Remove a saved password entry from the vault.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('confirming a previewed post, where the confirmation is what submits it, posts it to people: write, high', () => {
  check([
    ['a previewed post confirmed and submitted', tool('reddit_confirm_post', 'Confirm and submit a post that was previewed in manual mode. Requires the confirmToken.', { confirmToken: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a previewed comment confirmed and submitted', tool('reddit_confirm_comment', 'Confirm and submit a comment that was previewed in manual mode.', { confirmToken: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an email address confirmed is no message sent', tool('confirm_email', 'Confirm an email address with the code the user received.', { code: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a post confirmed as reviewed, not sent', tool('confirm_post', 'Confirm that a post was reviewed.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an identity server\'s realm or tenant edited changes every account\'s sign-in: write, high; a new realm, or a realm on another kind of server, is an ordinary write', () => {
  const KEYCLOAK = server('keycloak-mcp-server', ['create-user', 'list-realms', 'create-realm', 'delete-realm']);
  check([
    ['a realm\'s settings updated', tool('update-realm', 'Update realm settings and configurations', { realm: { type: 'string' }, enabled: { type: 'boolean' } }), KEYCLOAK, 'write', 'high'],
    ['a tenant edited', tool('edit_tenant', 'Edit the tenant settings.', { tenant: { type: 'string' } }), server('auth0-mcp', ['list_users', 'get_tenant']), 'write', 'high'],
    ['negative: a new realm signs nobody in yet', tool('create-realm', 'Create a new realm', { realm: { type: 'string' } }), KEYCLOAK, 'write', 'medium'],
    ['negative: a game\'s realm updated', tool('update_realm', 'Update a realm of the game world.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('on a ledger (a budgeting or bookkeeping app), an account is a record of someone\'s money, not a login: writing it is an ordinary write', () => {
  const LEDGER = server('lunch-money-mcp', ['get_transactions', 'create_transaction', 'get_budget_summary']);
  check([
    ['a manual account created in a budgeting app', tool('create_manual_account', 'Create a new manually-managed account.', { name: { type: 'string' }, balance: { type: 'number' } }), LEDGER, 'write', 'medium'],
    ['its details updated', tool('update_manual_account', 'Update a manually-managed account\'s name or balance.', { id: { type: 'number' } }), LEDGER, 'write', 'medium'],
    ['negative: an account created elsewhere signs someone in', tool('create_account', 'Create a new user account.', { email: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a new variable, or a new group of them, is read by nothing until code asks for it: an ordinary write; setting or updating a value stays high', () => {
  check([
    ['an instance variable created', tool('create-variable', 'Create a new variable in n8n. Variables can be used across workflows to store and share data.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['environment variables created on a project', tool('vercel_bulk_create_env_vars', 'Create environment variables on a project.', { projectId: { type: 'string' }, variables: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['a variable group created', tool('create_variable_group', 'Create a deployment variable group.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['shared environment variables created for a team', tool('environment-create-shared-env-variable', 'Create one or more shared environment variables\n\nCreates shared environment variable(s) for a team.', { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: a variable\'s value set on a live service', tool('set_variable', 'Set the value of an environment variable of a live service.', { name: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a variable group updated', tool('update_variable_group', 'Update the values of a deployment variable group.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a complaint, or a report of infringement, filed with a platform is a formal claim against another party, sent outside: write, high', () => {
  check([
    ['a complaint filed', tool('ebay_create_complaint', 'Create a complaint about an international shipping problem.', { orderId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an infringement report created', tool('create_vero_report', 'Create a VERO report to report intellectual property infringement of listings.', { reportData: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: an internal report created', tool('create_report', 'Create a sales report for the month.', { month: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('values overwritten in the rows a WHERE clause picks reach every row it matches: write, high; values added where none were stay medium', () => {
  const JSON_EDIT = { table: { type: 'string' }, column: { type: 'string' }, path: { type: 'string' }, value: {}, where: { type: 'string', description: 'WHERE clause to identify rows' } };
  check([
    ['JSON values replaced where a clause matches', tool('mysql_json_replace', 'Replace values in JSON columns only if the path exists.', JSON_EDIT), GENERIC, 'write', 'high'],
    ['JSON values set', tool('mysql_json_set', 'Set or update values in JSON columns at specified paths.', JSON_EDIT), GENERIC, 'write', 'high'],
    ['negative: a value appended to a JSON array', tool('mysql_json_array_append', 'Append a value to a JSON array at the specified path.', JSON_EDIT), GENERIC, 'write', 'medium'],
    ['negative: values inserted only where the path is missing', tool('mysql_json_insert', 'Insert values into JSON columns only if the path does not exist.', JSON_EDIT), GENERIC, 'write', 'medium'],
  ]);
});

describe('an agency\'s SaaS (rebilling) mode switched on, off or paused for its clients, or its rebilling changed, decides what those clients are billed: write, high', () => {
  check([
    ['SaaS mode enabled for a sub-account', tool('crm_enableSaasLocation', 'Enable SaaS for Sub-Account (Formerly Location).', { locationId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['SaaS mode disabled in bulk', tool('crm_saas_bulk_disable', 'Bulk disable SaaS mode for multiple locations.', { locationIds: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['rebilling settings updated', tool('crm_update_rebilling', 'Update the rebilling settings of an agency.', { product: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a billing note updated', tool('update_billing_note', 'Update the note shown on a client\'s billing page.', { note: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a script kept to run as machines start (a post-install, startup or init script) runs later on every machine set up with it: write, high', () => {
  check([
    ['a post-install script created', tool('VPS_createPostInstallScriptV1', 'Add a new post-install script to your account, which can then be used after virtual machine installation.', { name: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a startup script updated', tool('update_startup_script', 'Update the startup script of an instance template.', { id: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a saved report renamed', tool('rename_report', 'Rename a saved report.', { id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an app terminated on a device or a simulator is stopped there and launches again as installed: a write; a process terminated on the host is destroyed', () => {
  check([
    ['an app terminated on the iOS Simulator', tool('terminate_app', 'Terminates a running app on the iOS Simulator by bundle identifier.', { bundle_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a host process terminated', tool('terminate_process', 'Terminate a running process by PID.', { pid: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a query kept in a record the tool creates or edits (a saved query, a metric, a question) is stored for later, nothing runs now: a write, high when it is SQL that will run against the database', () => {
  check([
    ['a metric defined by a query', tool('metrics_create', 'Create a metric. Pass the query as the DSL string (`query`).', { name: { type: 'string' }, query: { type: 'string', description: 'The metric query in the DSL' } }), GENERIC, 'write', 'medium'],
    ['a saved SQL query created', tool('create_query', 'Create a new Data Explorer query.', { name: { type: 'string' }, sql: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a query run', tool('run_query', 'Run a SQL query.', { sql: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a membership updated with a role changes what its member may do, as a user updated with a role does: write, high', () => {
  check([
    ['a membership\'s role updated', tool('updateOrganizationMembership', 'Updates a user\'s role within an organization.', { organizationId: { type: 'string' }, userId: { type: 'string' }, role: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a team membership updated, the role named only by its description', tool('linear_updateTeamMembership', 'Update a user\'s role in a team. Provide id plus at least one other field to change.', { id: { type: 'string' }, owner: { type: 'boolean' }, sortOrder: { type: 'number' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'high'],
    ['negative: a membership\'s metadata updated', tool('updateOrganizationMembershipMetadata', 'Update the metadata of an organization membership.', { organizationId: { type: 'string' }, userId: { type: 'string' }, publicMetadata: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a git rebase rewrites the branch\'s commits, which survive only in the reflog: write, high', () => {
  check([
    ['a branch rebased', tool('git_rebase', 'Rebase the current branch onto another branch.', { path: { type: 'string' }, upstream: { type: 'string' } }), server('git-mcp-server', ['git_commit', 'git_log']), 'write', 'high'],
    ['negative: a commit cherry-picked', tool('git_cherry_pick', 'Cherry-pick commits onto the current branch.', { path: { type: 'string' }, commit: { type: 'string' } }), server('git-mcp-server', ['git_commit', 'git_log']), 'write', 'medium'],
  ]);
});

describe('a connection removed (a signal\'s, an edge between two nodes) disconnects two things that stay: a re-addable write', () => {
  check([
    ['a signal connection removed from a scene', tool('disconnect_signal', 'Remove a signal connection from a .tscn scene file.', { scene_path: { type: 'string' }, signal: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an edge between two nodes removed', tool('remove_edge', 'Remove a connection between two nodes.', { edgeId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a node removed', tool('remove_node', 'Remove a node and its contents from the graph.', { nodeId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a read whose description offers to rotate the key it returns ("Generate or rotate the events API key") makes a new credential: a write, high', () => {
  check([
    ['an API key generated or rotated', tool('get_events_api_key', 'Generate or rotate the events API key for an app.', { app_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an API key only read', tool('get_api_key', 'Get the API key of an app.', { app_id: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('a write that opens a network path to a service (two networks peered, a database on an external port, a load balancer\'s forwarding rules) changes what can reach what, as firewall rules do: write, high', () => {
  check([
    ['two private networks peered', tool('network-peering-create', 'Create a peering connection between two private networks.', { name: { type: 'string' }, network_ids: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'high'],
    ['a database put on an external port', tool('redis-saveExternalPort', 'Saves the external port of a Redis database.', { redisId: { type: 'string' }, externalPort: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['forwarding rules added to a load balancer', tool('balancer-add-forwarding-rules', 'Add forwarding rules to a load balancer.', { id: { type: 'string' }, rules: { type: 'array', items: { type: 'object' } } }), GENERIC, 'write', 'high'],
    ['negative: a private network created', tool('network-create', 'Create a private network.', { name: { type: 'string' }, region: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: the port a local preview server listens on', tool('set_server_port', 'Set the port the local preview server listens on.', { port: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a legal commitment made in someone\'s name (a form or a contract signed, terms of service or a licence agreement accepted) binds them and cannot be taken back: write, high', () => {
  check([
    ['a tax form signed', tool('employee-forms_sign', 'Sign an employee form.', { employee_id: { type: 'string' }, form_id: { type: 'string' }, signature_text: { type: 'string' }, signed_by_ip_address: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a contract signed', tool('sign_contract', 'Sign a contract on behalf of the company.', { contract_id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['terms of service accepted', tool('accept-terms-of-service', 'Accept the terms of service for a company user.', { company_id: { type: 'string' }, email: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a licence agreement accepted', tool('accept_eula', 'Accept the End User License Agreement.', {}), GENERIC, 'write', 'high'],
    ['a form the description names, signed as an employer', tool('i9-verification_employer-sign', "Employer sign an employee's Form I-9. Once signed, the authorization is complete and cannot be modified.", { request: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a calendar invitation accepted', tool('accept-calendar-event', 'Accept the specified event in a user calendar.', { event_id: { type: 'string' }, comment: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a contact request accepted', tool('accept_incoming_request', 'Accept an incoming contact request.', { request_id: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a resize of what holds a service\'s capacity (a volume, a database cluster, a machine) changes what runs and what is billed at once, and a grown volume cannot shrink back: write, high', () => {
  check([
    ['a block storage volume grown', tool('volume-resize', 'Resize a block storage volume to a larger size.', { volume_id: { type: 'string' }, size_gigabytes: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['a database cluster moved to another tier', tool('db-cluster-resize', 'Resize a database cluster to a new size.', { id: { type: 'string' }, size: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a design node resized', tool('resize_node', 'Resize a node in Figma.', { nodeId: { type: 'string' }, width: { type: 'number' }, height: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: a terminal grid resized', tool('pty_resize', 'Resize the PTY of a terminal session.', { sessionId: { type: 'string' }, cols: { type: 'number' }, rows: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a cluster\'s settings edited (its configuration, a topic, its name) are set back the same way: a reversible write, medium; upgrading, migrating or starting it changes what runs: high', () => {
  check([
    ['a managed database cluster\'s configuration updated', tool('db-cluster-update-mysql-config', "Update the MySQL config for a cluster by its id. Accepts a structured 'config' object.", { id: { type: 'string' }, config: { type: 'object' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'medium'],
    ['a Kubernetes cluster renamed', tool('update-cluster', 'Rename a cluster. Only the name changes.', { clusterId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a cluster upgraded to a new major version', tool('db-cluster-upgrade-major-version', 'Upgrade the major version of a database cluster.', { id: { type: 'string' }, version: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a cluster\'s online migration started', tool('db-cluster-start-online-migration', 'Start an online migration for a database cluster.', { id: { type: 'string' }, source: { type: 'object' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('clearing the server\'s own stored sign-in (its credentials, its tokens) signs it out; signing in again restores it and no one gains access: a write, medium', () => {
  check([
    ['stored OAuth tokens cleared', tool('clear_tokens', 'Clear all stored OAuth tokens.', {}), GENERIC, 'write', 'medium'],
    ['stored credentials cleared, hinted destructive', tool('clear_auth', 'Clear stored authentication credentials; you will need to authenticate again.', {}, { destructiveHint: true }), GENERIC, 'write', 'medium'],
    ['negative: all of a user\'s sessions revoked', tool('logoutAllSessions', 'Revoke all sessions of the user.', {}, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: a cache cleared', tool('clear_cache', 'Clear the schema cache.', {}), GENERIC, 'write', 'low'],
  ]);
});

describe('dispatching an order, a shipment or a parcel marks it sent on its way, a status the buyer sees: a write; dispatching an action or an event runs it', () => {
  check([
    ['a delivery order marked dispatched', tool('dispatch_order', 'Mark a DELIVERY order as dispatched.', { order_id: { type: 'string' }, delivered_by: { type: 'string' } }, { readOnlyHint: false, destructiveHint: false }), SHOP, 'write', 'medium'],
    ['a shipment dispatched', tool('dispatch_shipment', 'Dispatch a shipment to the carrier.', { shipment_id: { type: 'string' } }), SHOP, 'write', undefined],
    ['negative: a Redux action dispatched into a running app', tool('redux_dispatch', 'Dispatch a Redux action to the running app store.', { action: { type: 'object' } }), GENERIC, 'execute', undefined],
    ['negative: a workflow event dispatched', tool('dispatch_workflow', 'Dispatch a workflow run event.', { workflow: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('an employee\'s termination scheduled or changed sets their last day and how their final wages are paid, which is hard to take back: write, high', () => {
  const PAYROLL = server('payroll-mcp', ['employees_list', 'payrolls_update', 'bank-accounts_create']);
  check([
    ['a termination created', tool('employee-employments_create-termination', 'Create an employee termination. Terminations are created whenever an employee is scheduled to leave the company.', { request: { type: 'object' } }), PAYROLL, 'write', 'high'],
    ['a termination\'s date changed', tool('employee-employments_update-termination', 'Update an employee termination. The only things required are an effective date and whether they should receive their wages in a one-off termination payroll.', { request: { type: 'object' } }), PAYROLL, 'write', 'high'],
    ['negative: terminations listed', tool('employee-employments_get-terminations', 'Get terminations for an employee.', { employee_id: { type: 'string' } }), PAYROLL, 'read', undefined],
    ['negative: an employee\'s address updated', tool('employee-addresses_update', 'Update an employee\'s home address.', { request: { type: 'object' } }), PAYROLL, 'write', 'medium'],
  ]);
});

describe('a hostname alias pointed at a deployment switches what that hostname serves at once: a live change, write, high', () => {
  check([
    ['an alias assigned to a deployment', tool('assignAlias', 'Assign an alias to a deployment', { deploymentId: { type: 'string' }, alias: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an alias moved from its old deployment', tool('aliases-assign-alias', 'Assign an Alias\n\nCreates a new alias for the deployment resolved from the given deployment ID. If the desired alias is already assigned to another deployment, then it will be removed from the old deployment.', { id: { type: 'string' }, requestBody: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a mail alias created', tool('mail_createAliasV1', 'Create a new alias for a mailbox.', { mailbox: { type: 'string' }, alias: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an alias read', tool('getAlias', 'Retrieve an alias of a deployment.', { aliasId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a snapshot of a machine, a volume or a database is a stored image of it, kept and billed: a write; a snapshot of a page or a screen hands back what is there', () => {
  check([
    ['a droplet snapshotted', tool('snapshot-droplet', 'Take a snapshot of a droplet', { ID: { type: 'number' }, Name: { type: 'string' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'medium'],
    ['a volume snapshotted', tool('snapshot_volume', 'Take a snapshot of a block storage volume.', { volume_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a page\'s accessibility snapshot', tool('browser_snapshot', 'Capture accessibility snapshot of the current page.', {}), GENERIC, 'read', 'low'],
    ['negative: the simulator\'s UI snapshotted', tool('snapshot_ui', 'Capture a semantic snapshot of the simulator UI.', { simulatorId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a translation key\'s value overwritten is what updating it means: an ordinary edit (write, medium), not an overwrite that destroys, nor an access key', () => {
  check([
    ['one i18n key updated', tool('i18n_keys_update', "Update one i18n key. Overwrite a single existing key's value — the only overwrite path.", { id: { type: 'string' }, value: { type: 'string' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'medium'],
    ['negative: a whole file overwritten', tool('write_file', 'Create a new file or overwrite an existing file with new content.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: an API key updated', tool('update_api_keys', 'Update an API key\'s scopes.', { id: { type: 'string' }, scopes: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'high'],
  ]);
});

describe('an account registered that comes back with its own API key has had a credential issued: write, high (LABELS.md: creating credentials is high)', () => {
  check([
    ['an agent registered, its api_key returned', tool('moltbook_agent_register', 'Register a new agent. Returns api_key and claim_url. No API key needed.', { name: { type: 'string' }, description: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an agent registered, nothing said of keys', tool('register_agent', 'Register a new agent in the local swarm.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('reloading a running service itself (an application, a database) restarts it, taking it offline for its users: write, high; reloading its configuration only re-reads it', () => {
  const PAAS = server('dokploy-mcp', ['application-deploy', 'application-stop', 'postgres-create']);
  check([
    ['an application reloaded', tool('application-reload', 'Reloads an application in Dokploy.', { applicationId: { type: 'string' }, appName: { type: 'string' } }), PAAS, 'write', 'high'],
    ['a database reloaded', tool('postgres-reload', 'Reloads a PostgreSQL database in Dokploy.', { postgresId: { type: 'string' }, appName: { type: 'string' } }), PAAS, 'write', 'high'],
    ['negative: a database\'s configuration reloaded', tool('mysql-reload', 'Reloads a MySQL database configuration in Dokploy.', { mysqlId: { type: 'string' }, appName: { type: 'string' } }), PAAS, 'write', 'medium'],
    ['negative: a React Native app\'s bundle reloaded', tool('reload_app', 'Reload the React Native app (triggers JavaScript bundle reload like pressing r in Metro).', { device: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an account removed from the server\'s cache of sign-ins signs it out here; the account stays and signing in again restores it: a write, medium', () => {
  check([
    ['a Microsoft account removed from the cache', tool('remove-account', 'Remove a Microsoft account from the cache. Accepts email address or account ID.', { account: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a user account removed', tool('remove-account', 'Remove a user account from the organization.', { account: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a user added to a team, a group or a project gets its access, as a member does: write, high', () => {
  check([
    ['a user added to a team', tool('linear_addUserToTeam', 'Add a user to a team', { teamId: { type: 'string' }, userId: { type: 'string' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'high'],
    ['users added to or removed from groups', tool('manage-user-groups', 'Add or remove users from groups', { userId: { type: 'string' }, groupId: { type: 'string' }, action: { type: 'string', enum: ['add', 'remove'] } }), GENERIC, 'write', 'high'],
    ['negative: a user\'s display name updated', tool('update_user', 'Update a user\'s display name.', { userId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a merge whose name names only the platform (`github.merge`) merges the code its description names ("Merge a PR"): it ships that code, write, high', () => {
  check([
    ['a PR merged, the name naming only GitHub', tool('github.merge', 'Merge a PR', { repo: { type: 'string' }, pull_number: { type: 'number' }, method: { type: 'string', enum: ['merge', 'squash', 'rebase'] } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', 'high'],
    ['negative: PDFs merged', tool('pdf.merge', 'Merge several PDF files into one document.', { files: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a review that submits a verdict on a change ("submit a PASS / NOT_PASS opinion") records it there, as approving one does: a write', () => {
  check([
    ['a change request reviewed with a verdict', tool('review_change_request', '[Code Management] Review a change request (merge request): submit a PASS / NOT_PASS opinion, optionally with a comment.', { repositoryId: { type: 'string' }, localId: { type: 'string' }, reviewOpinion: { type: 'string', enum: ['PASS', 'NOT_PASS'] } }), GENERIC, 'write', 'medium'],
    ['negative: code reviewed and findings returned', tool('review_code', 'Review the given code and return suggestions.', { code: { type: 'string', description: 'Code to review' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a git remote is a named address in the repository\'s configuration: removing one detaches it, and it is added back the same way (write)', () => {
  const GIT = server('git-mcp-server', ['git_commit', 'git_log', 'git_push']);
  check([
    ['a remote removed', tool('git-remote-remove', 'Remove a remote from the repository.', { path: { type: 'string' }, name: { type: 'string' } }), GIT, 'write', 'medium'],
    ['remotes managed, removal among the operations', tool('git_remote', 'Manage remote repositories: list remotes, add new remotes, remove remotes, rename remotes.', { path: { type: 'string' }, mode: { type: 'string', enum: ['list', 'add', 'remove', 'rename'] } }), GIT, 'write', 'medium'],
    ['negative: a remote branch deleted', tool('git_delete_remote_branch', 'Delete a branch on the remote.', { path: { type: 'string' }, branch: { type: 'string' } }), GIT, 'destructive', undefined],
  ]);
});

describe('an extension uninstalled from a browser driven for testing is installed again the same way: a write, not a destruction', () => {
  const FIREFOX = server('firefox-devtools-mcp', ['navigate_page', 'install_extension', 'take_snapshot']);
  check([
    ['an extension uninstalled from the driven Firefox', tool('uninstall_extension', 'Uninstall a Firefox extension using WebDriver BiDi webExtension.uninstall command.', { id: { type: 'string' } }), FIREFOX, 'write', 'medium'],
    ['negative: a Home Assistant add-on uninstalled with its data', tool('ha_uninstall_addon', 'Uninstall a Home Assistant add-on.', { slug: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: an app uninstalled from a phone', tool('mobile_uninstall_app', 'Uninstall an app from the mobile device.', { bundle_id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a floating or reserved IP assigned to a server, or taken off it, moves the public traffic it carries at once: a live change, write, high', () => {
  check([
    ['a floating IP assigned to a server', tool('assign_floating_ip', 'Assign a floating IP to a server.', { id: { type: 'number' }, server: { type: 'number' } }), GENERIC, 'write', 'high'],
    ['a reserved IP unassigned from a droplet', tool('reserved-ip-unassign', 'Unassign a reserved IP from a droplet', { IP: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a floating IP\'s description updated', tool('update_floating_ip', 'Update a floating IP\'s description and labels.', { id: { type: 'number' }, description: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a reserved IP reserved', tool('reserved-ip-reserve', 'Reserve a new IP in a region.', { Region: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a look whose text says it keeps what it finds ("external searches, and it writes findings") stores those findings for later calls: a write, not a read', () => {
  check([
    ['a scan that writes its findings', tool('patent_scan', 'Run a patent-intelligence scan. THIS PERFORMS WORK — external searches, and it writes findings.\n\nNot free and not instant. Check patent_findings first; scan when you need fresh results.', { query: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a scan that only reports', tool('scan_page', 'Run an accessibility scan of a page and report the violations found.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: the stored findings read back', tool('patent_findings', 'Read the findings that earlier scans wrote.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('what the text tells the caller to do next ("To deploy the initialized features, run the `firebase deploy` command") and what it only may do in one case ("re-initializing may overwrite configuration") are not what the call does: initialising a project stays a write', () => {
  check([
    ['a project initialised, deployment left to the caller', tool('firebase_init', 'Use this to initialize selected Firebase services in the workspace. You can initialize new features into an existing project directory, but re-initializing an existing feature may overwrite configuration. To deploy the initialized features, run the `firebase deploy` command after `firebase_init` tool.', { features: { type: 'object' } }, { readOnlyHint: false, idempotentHint: true }), GENERIC, 'write', 'medium'],
    ['negative: a tool that deploys', tool('deploy_site', 'Deploy the site to production.', { site: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a write that overwrites', tool('save_config', 'Save the configuration, overwriting the existing file.', { content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('logging out by clearing the caller\'s own locally stored tokens ("Clears ~/.ifood-mcp/tokens.json") ends its session on this machine, undone by logging in again: a write, whatever the hint', () => {
  check([
    ['a logout that clears the local token file', tool('ifood_logout', 'Clears ~/.ifood-mcp/tokens.json. Requires explicit_user_intent.', { explicit_user_intent: { type: 'boolean' } }, { readOnlyHint: false, destructiveHint: true, idempotentHint: true }), GENERIC, 'write', undefined],
    ['negative: every session of a user revoked', tool('logoutAllSessions', 'Revokes all user sessions.', { userId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a generation whose text says what is made is attached, applied or created where it lives ("and attach the result to that record", "and create it", "and create a draft invoice", "applies it with `jhipster jdl`"), or kept for later ("Stored for callbacks"), stores it: a write, not a read; a plan generated and returned stays a read', () => {
  check([
    ['a document generated and attached to its record', tool('records_generate_document', 'Generate a document from one record using a Document Generation template, and attach the result to that record so it can be downloaded.', { recordId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['work items generated and created', tool('generate_prd_to_stories', 'Decompose a feature/PRD into a work item hierarchy and create it: a parent Feature and its child User Stories.', { prd: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a block generated and applied', tool('generate_deployment', 'Builds a declarative JDL deployment block for the chosen apps and applies it with `jhipster jdl`.', { apps: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', undefined],
    ['an invoice generated from time entries, ending in a draft created', tool('generate_invoice', 'Fetch time entries for a date range, look up billable rates, and create a draft invoice for the client.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a bit generated and stored for later', tool('catchphrase_generate', 'Generate a short, reusable catchphrase for this session. Stored for callbacks.', { topic: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a plan generated and returned', tool('generate_plan', 'Generate a step-by-step plan for the task and return it.', { task: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a read whose text says it saves what it fetched where the caller works ("and save it to the local filesystem", "Also writes it to .passalong/<id>.md", "auto-unzip") leaves a file behind: write/medium; one that says it writes nothing stays a read', () => {
  check([
    ['an attachment downloaded and saved', tool('get_work_item_attachment', 'Download an attachment from Azure DevOps and save it to the local filesystem.', { attachmentId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a report downloaded and unzipped', tool('get_html_report', 'Download AND auto-unzip the HTML report (HTML + screenshots + logs) for an upload. Returns the local extraction directory.', { uploadId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a guide read and written to a dot-folder', tool('get_guide', 'Read a transfer guide by id and return its full markdown. Also writes it to .handoff/<id>.md in the working directory.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a recording fetched without writing it', tool('get_recording', 'Fetch a single recording\'s rendered markdown by its file id, without writing it to disk.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a generation the service runs as a job of its own ("Generation is asynchronous; poll … until", "initiates the generation of") keeps what it makes there, and one whose results it adds where they live ("and import it into", "each variant is added") stores them: a write, not a read', () => {
  check([
    ['a scenario set generated asynchronously', tool('genai-simulation-generate-scenario-set', 'Generate a scenario set from a natural-language goal description. Generation is asynchronous; poll genai-simulation-get-scenario-set until status is SUCCEEDED.', { goal: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['printable checks whose generation is initiated', tool('payrolls_generate-printable-checks', 'Generate printable payroll checks (pdf). This endpoint initiates the generation of employee checks for the payroll specified by payroll_uuid.', { payroll_uuid: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a course generated and imported', tool('crm_generate_course', 'Generate a full AI course and import it into a CRM location. Provide the topic, audience, and desired structure.', { topic: { type: 'string' } }), GENERIC, 'write', undefined],
    ['page variants generated, each added', tool('rc_page_variants_generate', 'Use Groq to generate N alternative variants of the page\'s hero. Each variant is added as \'active\'.', { page_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a chart generated and returned', tool('generate_pie_chart', 'Generate a pie chart to show the proportion of parts.', { data: { type: 'array' } }), GENERIC, 'read', undefined],
  ]);
});

describe('converting a stored thing into a status or a state ("Convert a regular pull request to draft status") changes it: a write, as converting an issue into a subtask', () => {
  check([
    ['a pull request converted to draft', tool('convertTodraft', 'Convert a regular pull request to draft status', { workspace: { type: 'string' }, repo_slug: { type: 'string' }, pull_request_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a time converted between zones', tool('convert_time', 'Convert a time to another time zone.', { time: { type: 'string' }, zone: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a value converted to another unit', tool('convert', 'Converts a value to another unit.', { value: { type: 'number' }, to: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('clearing a session\'s own log ("Clear the session log and start fresh") empties the record of this session\'s work, as clearing a buffer does: a write, not a stored log destroyed', () => {
  check([
    ['a session log cleared', tool('log_clear', 'Clear the session log and start fresh. Use this at the start of a new task.', {}), GENERIC, 'write', 'medium'],
    ['negative: an audit log cleared', tool('log_clear', 'Clear the audit log of the account.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('a second act after "and" that takes a new object of its own ("Parse multiple URLs at once and add all chunks to a category") is done too: the call writes what the second act adds', () => {
  check([
    ['URLs parsed and their chunks added', tool('batch_parse_urls', 'Parse multiple URLs at once and add all chunks to a category. Each URL gets its own chunk ID prefix.', { project: { type: 'string' }, category: { type: 'string' }, urls: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'medium'],
    ['negative: the same thing opened after "and"', tool('mermaid_preview', 'Render a Mermaid diagram and open it in a preview pane.', { diagram: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: one act on two objects', tool('parse_urls', 'Parse multiple URLs and return all chunks.', { urls: { type: 'array', items: { type: 'string' } } }), GENERIC, 'read', undefined],
  ]);
});

describe('setting the defaults of the caller\'s own session (`session_set_defaults`) changes only what later calls of this session assume: low', () => {
  check([
    ['session defaults set', tool('session_set_defaults', 'Set session defaults for the active profile, or for a specified profile and make it active.', { projectPath: { type: 'string' }, scheme: { type: 'string' }, simulatorName: { type: 'string' }, profile: { type: 'string' } }, { readOnlyHint: false, destructiveHint: false }), GENERIC, 'write', 'low'],
    ['negative: a project\'s default branch set', tool('set_default_branch', 'Set the default branch of a project.', { project: { type: 'string' }, branch: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('restarting by name the product the whole server is for (`jenkins_safe_restart` on a Jenkins server) takes it offline for everyone who uses it, as restarting a service does: high', () => {
  const jenkins = { ...GENERIC, name: 'jenkins', packageName: '@kud/mcp-jenkins' };
  check([
    ['Jenkins restarted', tool('jenkins_safe_restart', 'Safely restart Jenkins — waits for running builds to finish before restarting (requires confirm: true)', { instance: { type: 'string' }, confirm: { type: 'boolean' } }, { readOnlyHint: false, destructiveHint: true }), jenkins, 'write', 'high'],
    ['negative: containers the text names restarted', tool('jenkins_restart', 'Restart the Jenkins agent containers.', { ids: { type: 'array', items: { type: 'string' } } }), jenkins, 'write', 'medium'],
  ]);
});

describe('starting a sign-in flow (`crm_startGoogleOauth`) hands back where a person signs in; only their consent connects anything, as a request for access grants nothing yet: not high', () => {
  check([
    ['a Google OAuth flow started', tool('crm_startGoogleOauth', 'Start Google OAuth. Redirects the user to the Google consent screen to connect an ad account.', { locationId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: OAuth tokens set', tool('jira_oauth_set_tokens', 'Set the OAuth access and refresh tokens the server signs in with.', { access_token: { type: 'string' }, refresh_token: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a delegate is access to someone\'s mailbox or calendar; elsewhere it is an agent a task is handed to (`delegate.pause`): no access changes', () => {
  check([
    ['a delegated run paused', tool('delegate.pause', 'Pause a delegated run (confirmation required).', { run_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a task delegated to a worker', tool('quoroom_delegate_task', 'Delegate a task to a specific worker. Creates a goal assigned to that worker.', { roomId: { type: 'number' }, workerName: { type: 'string' }, task: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a mailbox delegate added', tool('add_delegate', 'Add a delegate who can read and send mail from this mailbox.', { delegateEmail: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('deleting text inside a document (a range of it) edits the document, whose version history keeps what was there: a write, unless the server declares it destructive', () => {
  check([
    ['a range of text deleted in a Google Doc', tool('delete_text_in_doc', 'Delete a range of text inside a Google Doc.', { documentId: { type: 'string' }, startIndex: { type: 'number' }, endIndex: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: a table deleted from a doc', tool('deleteTable', 'Delete a table from a Google Doc.', { documentId: { type: 'string' }, tableIndex: { type: 'number' } }), GENERIC, 'destructive', undefined],
    ['negative: the same, declared destructive', tool('deleteRange', 'Delete a range of content from a Google Doc.', { documentId: { type: 'string' }, startIndex: { type: 'number' }, endIndex: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an override that "completely replaces the default" sets a value in place of a default, which stays and comes back when the override goes: no stored content is overwritten', () => {
  check([
    ['a rate-limit override set', tool('ratelimit-set-override', 'Set ratelimit override. Create or update a custom rate limit for specific identifiers, bypassing the namespace default. **Important:** Overrides take effect immediately and completely replace the default limit for matching identifiers.', { namespace: { type: 'string' }, identifier: { type: 'string' }, limit: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a document completely replaced', tool('set_document', 'Set the document body. This completely replaces the document content.', { id: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a payment recorded against an order or an invoice the name says (`crm_recordOrderPayment`), or an order marked paid, settles what is owed in the books, though no money moves: high', () => {
  check([
    ['an order payment recorded', tool('crm_recordOrderPayment', 'Record Order Payment. The "Record Order Payment" API allows to record a payment for an order and update the order status to "Paid".', { orderId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an order marked paid', tool('shopify_mark_order_paid', 'Mark an order as paid (orderMarkAsPaid). Use for offline payments where the funds were captured outside Shopify.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an email marked read', tool('mark_email_read', 'Mark an email as read.', { id: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('a model given a prompt to generate the media its description names (images, videos, music) runs a generation job that makes an asset: a write; a map or a document page drawn as an image is only returned', () => {
  check([
    ['images and videos generated from a prompt', tool('grok_imagine', "Generate images and videos using xAI's Grok Imagine (text-to-image, image-to-video).", { prompt: { type: 'string' }, aspect_ratio: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['music generated from a prompt', tool('suno_song', 'Generate music with vocals from a text prompt.', { prompt: { type: 'string' }, style: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a map drawn as an image', tool('static_map', 'Generate a map image with markers and paths, returned inline.', { center: { type: 'string' }, markers: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['negative: text generated from a prompt', tool('llm_complete', 'Generate text from a prompt with the configured model.', { prompt: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('on an identity server (Auth0, Okta), an application is the OAuth client people sign in to: creating or changing one is high, as a Keycloak client already was', () => {
  const AUTH0 = server('Auth0 tenant management', ['auth0_list_applications', 'auth0_create_application', 'auth0_update_application'], '@auth0/auth0-mcp-server');
  check([
    ['an application created on Auth0', tool('auth0_create_application', 'Create a new Auth0 application with the tenant.', { name: { type: 'string' }, callbacks: { type: 'array' } }), AUTH0, 'write', 'high'],
    ['an application updated on Auth0', tool('auth0_update_application', 'Update an existing Auth0 application.', { client_id: { type: 'string' }, callbacks: { type: 'array' } }), AUTH0, 'write', 'high'],
    ['negative: an application created on a deployment platform', tool('create_application', 'Create a new application.', { name: { type: 'string' } }), server('Application delivery'), 'write', 'medium'],
  ]);
});

describe('a transaction committed makes every change made in it permanent: high, whether the name says "transaction" or only what the description\'s verb acts on does (`execute_commit`, "Commit a transaction by its ID")', () => {
  // Every tool of the server is `execute_…`: the shared prefix, not the verb.
  const PG = server('PostgreSQL full access', ['execute_query', 'execute_dml_ddl_dcl_tcl', 'execute_commit', 'execute_rollback']);
  const GIT = server('git tools', ['execute_status', 'execute_add', 'execute_commit', 'execute_push']);
  check([
    ['a transaction committed by its ID', tool('execute_commit', 'Commit a transaction by its ID to permanently apply the changes to the database', { transaction_id: { type: 'string' } }), PG, 'write', 'high'],
    ['negative: staged changes committed to a repository', tool('execute_commit', 'Commit the staged changes to the repository with a message.', { message: { type: 'string' } }), GIT, 'write', 'medium'],
  ]);
});

describe('a transaction rolled back drops only statements never committed: a write, whether the name says "transaction" or only what the description\'s verb acts on does (`execute_rollback`)', () => {
  const PG = server('PostgreSQL full access', ['execute_query', 'execute_dml_ddl_dcl_tcl', 'execute_commit', 'execute_rollback']);
  check([
    ['a transaction rolled back by its ID', tool('execute_rollback', 'Rollback a transaction by its ID to undo all changes and discard the transaction', { transaction_id: { type: 'string' } }), PG, 'write', 'medium'],
    ['negative: a deployment rolled back', tool('execute_rollback', 'Rollback a deployment to its previous release.', { deployment_id: { type: 'string' } }), server('Deploy tools', ['execute_deploy', 'execute_rollback', 'execute_status']), 'execute', undefined],
  ]);
});

describe('a change the text calls a simulation that is not kept ("Delete a user (simulation - does not persist)", a practice API\'s writes) changes nothing stored: a write, low, even when it is a delete', () => {
  const STORE = server('fake-store-mcp', ['store_get_users', 'store_add_user', 'store_delete_user']);
  check([
    ['a simulated delete', tool('store_delete_user', 'Delete a user (simulation - does not persist)', { id: { type: 'number' } }), STORE, 'write', 'low'],
    ['a simulated update of a user', tool('store_update_user', 'Update an existing user (simulation - does not persist)', { id: { type: 'number' }, email: { type: 'string' }, password: { type: 'string' } }), STORE, 'write', 'low'],
    ['a mocked create whose result is not saved', tool('store_add_cart', 'Add a new cart. Mocked: the cart is not saved.', { userId: { type: 'number' } }), STORE, 'write', 'low'],
    ['negative: a real delete', tool('store_delete_user', 'Delete a user.', { id: { type: 'number' } }), STORE, 'destructive', 'critical'],
    ['negative: a setting that does not persist across restarts', tool('resolve_comment', 'Marks the comment resolved. The resolved state does not persist in the file.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a file uploaded "for use with models" is stored for later calls, not handed to a model for an answer: the upload is a write', () => {
  check([
    ['a file uploaded to a CDN for later use with models', tool('upload', 'Upload a file to the CDN for use with models. Returns a URL that can be used as input to generation requests.', { file_path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a prompt sent to a model', tool('ask', 'Send a question to a language model and return its answer.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a generation whose text says it opens a pull request with what it made ("Creates test files and opens a PR with them") proposes it where the code lives: a write', () => {
  check([
    ['tests generated and proposed in a PR', tool('generate_tests', 'Generate tests for a specific file in a GitHub repository. Creates test files and opens a PR with them.', { repo: { type: 'string' }, file: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: tests generated and returned', tool('generate_tests', 'Generate unit tests for the given function and return them.', { code: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('favouriting a post (the British spelling) and taking back a small mark of one\'s own (`unfavourite`, `unbookmark`, `unsave`, `unendorse`) are small marks that can be taken back: write, low', () => {
  check([
    ['a post favourited', tool('favourite-post', 'Favourite (like) a post', { statusId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a favourite taken back', tool('unfavourite-post', 'Remove a post from your favourites', { statusId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: the favourites listed', tool('get-favourites', 'List your favourited posts', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a record named by its DNS type (MX, CNAME, AAAA, SRV, CAA; SPF, DKIM, DMARC) is a DNS record: writing it changes where a domain\'s traffic or mail goes, or who may speak for it: high', () => {
  check([
    ['an MX record created', tool('create_site_mx_record', 'Creates a record for a specific website. Only MX records are supported.', { siteId: { type: 'string' }, data: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['a CNAME record created', tool('create_cname_record', 'Creates a record for a site.', { siteId: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a CRM record created', tool('create_record', 'Creates a record in a table.', { table: { type: 'string' }, fields: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('maximising a pane or a cell, or moving the focus, changes only what the caller\'s view shows: low', () => {
  check([
    ['a notebook cell maximised', tool('set_cell_maximized', 'Maximize or restore a cell in the notebook.', { cell_id: { type: 'number' }, value: { type: 'boolean' } }), GENERIC, 'write', 'low'],
    ['the focus set on a node', tool('set_focus', 'Sets focus on a specific node by selecting it and scrolling the viewport to it.', { nodeId: { type: 'string' } }), server('figma-mcp'), 'write', 'low'],
    ['negative: a document\'s title set', tool('set_document_title', 'Rename a document.', { id: { type: 'string' }, title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a driven browser\'s viewport resized (a step in that browser)', tool('set_viewport_size', 'Set the browser viewport size.', { width: { type: 'number' }, height: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['negative: an element focused in a live browser', tool('browser_focus_element', 'Focus an element on the current page.', { selector: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('setting the caller\'s own presence, status or mood ("Set your status", "Update your Discord presence") changes only what others see of them just now, and the next update replaces it (write, low)', () => {
  check([
    ['a chat presence updated', tool('discord_update_presence', 'Update your Discord presence/status', { status: { type: 'string', enum: ['online', 'idle', 'dnd'] } }), server('discord-mcp'), 'write', 'low'],
    ['a mood set', tool('vibe_status', 'Set your mood/status. Options: shipping, thinking, afk.', { mood: { type: 'string' } }), server('slashvibe-mcp'), 'write', 'low'],
    ['negative: an order\'s status', tool('set_status', 'Set your order status to shipped.', { orderId: { type: 'string' } }), server('shop-mcp'), 'write', 'medium'],
    ['negative: a status line others read, a short post', tool('update_status', 'Update your status line, a short message that appears on your profile.', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a device\'s presence', tool('set_presence', 'Set presence of a device.', { deviceId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('on a charting app (two or more of its tools name a chart), the chart\'s display (its type, its grid layout, a bar replay played or stopped) changes only what the caller sees: a low write', () => {
  const TV = server('tradingview-mcp', ['chart_set_type', 'chart_set_symbol', 'pane_set_layout', 'replay_stop', 'draw_remove_one']);
  check([
    ['a chart\'s type changed', tool('chart_set_type', 'Change chart type', { chart_type: { type: 'string' } }), TV, 'write', 'low'],
    ['a pane layout changed', tool('pane_set_layout', 'Change the chart grid layout (e.g., single, 2x2, 2h, 3v)', { layout: { type: 'string' } }), TV, 'write', 'low'],
    ['a replay stopped', tool('replay_stop', 'Stop replay and return to realtime', {}), TV, 'write', 'low'],
    ['negative: a design frame\'s layout set', tool('set_layout', 'Set the auto layout of a frame.', { nodeId: { type: 'string' } }), server('figma-mcp', ['get_node', 'set_layout']), 'write', 'medium'],
    ['negative: webhook deliveries replayed', tool('replay_events', 'Replay failed webhook events to their endpoints.', { ids: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a deployment scaled beside Helm charts', tool('kubectl_scale', 'Scale a Kubernetes deployment to the given number of replicas.', { name: { type: 'string' }, replicas: { type: 'number' } }), server('mcp-server-kubernetes', ['install_helm_chart', 'upgrade_helm_chart', 'kubectl_scale', 'layout_get']), 'write', 'high'],
  ]);
});

describe('an alteration of a table that the name says only adds (`alter_table_add_column`) drops nothing: an additive schema change (write, medium), where an ALTER TABLE that can drop columns is destructive', () => {
  check([
    ['a column added by an alter', tool('nocodb-alter-table-add-column', 'Nocodb - Alter Table Add Column', { tableName: { type: 'string' }, columnName: { type: 'string' }, columnType: { type: 'string' } }), server('nocodb-mcp-server'), 'write', 'medium'],
    ['negative: a column removed by an alter', tool('nocodb-alter-table-remove-column', 'Nocodb - Alter Table Remove Column', { tableName: { type: 'string' }, columnName: { type: 'string' } }), server('nocodb-mcp-server'), 'destructive', 'critical'],
    ['negative: a table altered', tool('alter_table', 'Modify an existing table\'s structure using ALTER TABLE statements.', { table: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('adopting a device (UniFi\'s "Adopt a pending device into a site") takes it under the controller\'s management: an act, a write, not a read', () => {
  check([
    ['a device adopted', tool('unifi_adopt_device', 'Adopt a pending device into a site by MAC address.', { mac: { type: 'string' } }), server('unifi-network-mcp', ['unifi_list_devices', 'unifi_adopt_device', 'unifi_restart_device']), 'write', undefined],
    ['negative: adopted texts read', tool('get_adopted_texts', 'Get the texts adopted by the European Parliament.', { year: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('resolving a conflict or a contradiction (between two memories, in a merge) settles which side stands: a write, as resolving an issue is; resolving a name or a handle only looks it up', () => {
  check([
    ['a contradiction between memories resolved', tool('resolve_conflict', 'Manually resolve a specific contradiction between two memories.', { conflictId: { type: 'string' }, strategy: { type: 'string' } }), server('eidolondb-mcp'), 'write', 'medium'],
    ['a merge conflict resolved', tool('resolve_merge_conflict', 'Resolve a merge conflict in a work item.', { workItemId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a handle resolved', tool('resolve_handle', 'Resolve a handle to its DID.', { handle: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('blocking or unblocking a client, a device or a host on a network (`unifi_block_client`, "Block a client device by MAC address") is an act on the network, a write, not a read', () => {
  const UNIFI = server('unifi-mcp', ['unifi_list_clients', 'unifi_block_client', 'unifi_unblock_client']);
  check([
    ['a client device blocked', tool('unifi_block_client', 'Block a client device on the network by MAC address.', { mac: { type: 'string' } }), UNIFI, 'write', undefined],
    ['a client device unblocked', tool('unifi_unblock_client', 'Unblock a previously blocked client device.', { mac: { type: 'string' } }), UNIFI, 'write', undefined],
    ['negative: a block of a document read', tool('get_block', 'Retrieve a block of a page by its ID.', { blockId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a change the text says lasts only until the page or the app reloads ("runtime-only preview (lost on reload)") changes nothing stored: a write, low, whatever its hints say; a change "not persisted" beyond the session is left to the other rules', () => {
  const DEVTOOLS = server('threejs-devtools-mcp', ['scene_tree', 'set_camera', 'set_light', 'run_js']);
  check([
    ['a camera changed as a runtime preview', tool('set_camera', 'Modify camera: position, rotation, FOV, zoom — runtime-only preview (lost on reload).', { fov: { type: 'number' } }, { destructiveHint: true }), DEVTOOLS, 'write', 'low'],
    ['a light changed until the page reloads', tool('set_light', 'Modify light properties: color, intensity, shadows. Changes are lost on page reload.', { intensity: { type: 'number' } }), DEVTOOLS, 'write', 'low'],
    ['negative: a scene file saved', tool('save_scene', 'Save the current scene to the project file.', { path: { type: 'string' } }), DEVTOOLS, 'write', 'medium'],
  ]);
});

describe('a message or a post whose description says a draft is what the tool makes ("Creates a draft of a private message … for review") is not sent: a reversible write, medium, not an outward send', () => {
  const REDDIT = server('reddit-mcp', ['search_reddit', 'create_post', 'create_message', 'send_post']);
  check([
    ['a draft private message', tool('create_message', 'Creates a draft of a private Reddit message to another user. The draft can be reviewed before sending.', { recipient: { type: 'string' }, content: { type: 'string' } }), REDDIT, 'write', 'medium'],
    ['a draft post', tool('create_post', 'Creates a draft of a new text post for Reddit, reviewed before posting.', { subreddit: { type: 'string' }, content: { type: 'string' } }), REDDIT, 'write', 'medium'],
    ['negative: a message sent', tool('send_message', 'Send a private message to another user.', { recipient: { type: 'string' }, content: { type: 'string' } }), REDDIT, 'write', 'high'],
  ]);
});

describe('on a charting app, what a chart the tool names is set to show (its symbol, its timeframe, the range of dates in view, its indicators added, shown or set) is the caller\'s view: write/low; a document\'s range or an ad study on another server is no chart\'s', () => {
  const CHARTS = server('tv-chart-mcp', ['chart_get_state', 'chart_set_symbol', 'chart_set_timeframe', 'indicator_set_inputs', 'add_indicator']);
  const DOCS = server('docs-sheets-mcp', ['create_chart', 'get_chart', 'deleteRange', 'protectRange']);
  check([
    ['the chart\'s symbol changed', tool('chart_set_symbol', 'Change the chart symbol', { symbol: { type: 'string' } }), CHARTS, 'write', 'low'],
    ['the chart\'s timeframe changed', tool('chart_set_timeframe', 'Change the chart timeframe/resolution', { timeframe: { type: 'string' } }), CHARTS, 'write', 'low'],
    ['an indicator\'s inputs set', tool('indicator_set_inputs', 'Change indicator/study input values (e.g., length, source, period)', { inputs: { type: 'object' } }), CHARTS, 'write', 'low'],
    ['an indicator added to the active chart', tool('add_indicator', 'Add one of the technical indicators to the active chart (e.g. RSI, MACD).', { type: { type: 'string' } }), CHARTS, 'write', 'low'],
    ['negative: a document\'s range protected', tool('protectRange', 'Locks (protects) a range or an entire sheet to prevent accidental edits.', { range: { type: 'string' } }), DOCS, 'write', 'medium'],
  ]);
});

describe('on a charting app, a line, a channel or a Fibonacci fan drawn over the chart (`draw_trendline`, "Draw a shape on the chart") is a write to what the caller sees, low; drawing elsewhere is an ordinary write', () => {
  const CHARTS = server('chart-desk-mcp', ['open_chart', 'get_chart_summary', 'draw_trendline', 'draw_fib', 'clear_drawings']);
  const PREFIXED = server('tv-chart-mcp', ['chart_get_state', 'chart_set_symbol', 'draw_shape', 'draw_list', 'draw_clear']);
  check([
    ['a trend line drawn on the chart', tool('draw_trendline', 'Draw a straight trend line between two (date, price) points on the active chart.', { date1: { type: 'string' }, price1: { type: 'number' } }), CHARTS, 'write', 'low'],
    ['a Fibonacci retracement drawn', tool('draw_fib', 'Draw a Fibonacci retracement between two anchor points; retracement levels are drawn between them.', { date1: { type: 'string' }, date2: { type: 'string' } }), CHARTS, 'write', 'low'],
    ['a shape drawn where draw is the server\'s prefix', tool('draw_shape', 'Draw a shape/line on the chart', { shape: { type: 'string' }, point: { type: 'object' } }), PREFIXED, 'write', 'low'],
    ['negative: a shape drawn on a design canvas', tool('draw_shape', 'Draw a rectangle or an ellipse on the canvas.', { kind: { type: 'string' } }), server('canvas-board-mcp', ['get_canvas', 'draw_shape']), 'write', 'medium'],
    ['negative: the user\'s drawings cleared from the chart', tool('clear_drawings', 'Remove all drawings from the active chart, including the user\'s own.', { scope: { type: 'string' } }), CHARTS, 'destructive', 'critical'],
  ]);
});

describe('a batch inference job created on a model API is kept on the service and works later (a write, medium), where a completion only returns the model\'s answer', () => {
  const MODEL_API = server('mistral-mcp', ['chat_complete', 'batch_create', 'batch_get']);
  check([
    ['a batch inference job created', tool('batch_create', 'Create an asynchronous batch inference job from one or more .jsonl input files.', { input_files: { type: 'array' }, model: { type: 'string' } }, { readOnlyHint: false }), MODEL_API, 'write', 'medium'],
    ['negative: a completion created', tool('completion_create', 'Create a chat completion with the given messages (inference).', { messages: { type: 'array' } }, { readOnlyHint: false }), MODEL_API, 'read', undefined],
  ]);
});

describe('an app killed on a device, a simulator or as a running Flutter dev app ("Kill a running Flutter app") is stopped and launches again, as one terminated is: a write; a process killed on the host is destroyed', () => {
  const FLUTTER = server('flutter-dev-mcp', ['flutter_run', 'flutter_kill', 'flutter_hot_reload']);
  check([
    ['a running Flutter app killed', tool('flutter_kill', 'Kill a running Flutter app.', { run_id: { type: 'string' } }), FLUTTER, 'write', 'medium'],
    ['an app killed on the emulator', tool('kill_app', 'Kill an app on the Android emulator by package name.', { package: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a host process killed', tool('kill_process', 'Kill a process on the host by PID.', { pid: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('prepending content to a note or a file (`prepend_note`, `daily_prepend`) writes it, as appending does', () => {
  check([
    ['content prepended to a note', tool('prepend_note', 'Prepend content to a note (after frontmatter).', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['content prepended to today\'s daily note', tool('daily_prepend', 'Prepend content to today\'s daily note.', { content: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a note read', tool('read_note', 'Read a note.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('posting, publishing or sharing to social media or social networks ("Post the same message to one or more social media services") puts it before the public: high', () => {
  check([
    ['a message posted to social media services', tool('post-to-social-media', 'Post the same message to one or more social media services (if possible).', { entries: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['an update shared on social networks', tool('share_update', 'Share an update on the connected social networks.', { text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a message\'s length checked for social media', tool('check-message-length', 'Check the length of a message to fit within a specific social media service\'s character limit.', { message: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a social media account connected', tool('start_social_oauth', 'Start an OAuth flow to connect a social media provider account.', { provider: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a mode that only picks between previewing and carrying out the tool\'s own change (`mode: [preview, execute]`) is a dry-run switch: "execute" there is the push or the commit done for real, not code run', () => {
  const MODE = { mode: { type: 'string', enum: ['preview', 'execute'] }, projectPath: { type: 'string' } };
  check([
    ['a commit with a preview/execute mode', tool('commit_changes', 'Preview and commit only explicit changed paths with a guarded approval.', MODE), GENERIC, 'write', 'medium'],
    ['a push with a preview/execute mode', tool('push_changes', 'Preview and normally push the current branch to a configured remote with a guarded approval.', MODE), GENERIC, 'write', 'high'],
    ['negative: an enum offering to run a script', tool('manage_script', 'Manage a script.', { action: { type: 'string', enum: ['get', 'run'] }, name: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('rendering into a place on this machine the caller names (`outputDir`, `output`), as the name or the description\'s first verb says ("Batch-renders an ordered screenshot set"), leaves files there: a write, as an export to such a place is', () => {
  check([
    ['a screenshot set rendered into an output folder', tool('generate_set', 'Batch-renders an ordered screenshot set for one preset. Item N becomes {lang}_{NN}.png.', { preset: { type: 'string' }, outputDir: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a diagram rendered to an output path', tool('diagram_render', 'Render a diagram to an image.', { source: { type: 'string' }, output_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a screenshot composed and rendered to a file', tool('compose_screenshot', 'Renders one store-ready marketing screenshot inside a device frame.', { screenshot: { type: 'string' }, output: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a chart rendered and returned', tool('render_chart', 'Render a chart from the supplied data and return it as SVG.', { data: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['negative: a Docker Compose stack composed up', tool('compose_up', 'Start the services of a docker compose stack.', { file: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('instantiating a scene or a template into a project (`node_instantiate_scene`) adds to it: a write', () => {
  check([
    ['a scene instantiated under a node', tool('node_instantiate_scene', 'Instance an external PackedScene as an editable child of a parent node (undoable).', { parent_path: { type: 'string' }, scene_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a template instantiated', tool('instantiate_template', 'Instantiates a template into the current project.', { template: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a scene read', tool('get_scene', 'Returns the scene tree.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an account muted, blocked or followed on a social network is another person\'s, not a login: the change is medium at most, not high; on an identity server a blocked account is a sign-in taken away', () => {
  check([
    ['a fediverse account blocked', tool('block-account', 'Block an account (they will not be able to see or interact with you)', { accountId: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', 'medium'],
    ['a fediverse account unblocked', tool('unblock-account', 'Unblock a previously blocked account', { accountId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an account blocked on an identity server', tool('block_account', 'Block a user account so it can no longer sign in.', { userId: { type: 'string' } }), server('keycloak-mcp', ['block_account', 'list_users']), 'write', 'high'],
  ]);
});

describe('on a router or a network controller, a device rebooted, a link or a Wi-Fi network switched off, or a port forward opened, changes a live network for everyone on it: high', () => {
  const UNIFI = server('unifi-udm-pro-mcp', ['unifi_list_devices', 'unifi_reboot_device', 'unifi_set_wlan_status', 'unifi_create_port_forward']);
  check([
    ['an access point rebooted', tool('unifi_reboot_device', 'Restart/Reboot a UniFi device (Access Point, Switch, or Gateway) by MAC address.', { mac: { type: 'string' } }), UNIFI, 'write', 'high'],
    ['a Wi-Fi network switched off', tool('unifi_set_wlan_status', 'Enable or disable a Wi-Fi SSID network on demand.', { wlan_id: { type: 'string' }, enabled: { type: 'boolean' } }), UNIFI, 'write', 'high'],
    ['a port forward opened', tool('unifi_create_port_forward', 'Create a new port forwarding rule.', { fwd: { type: 'string' }, dst_port: { type: 'string' } }), UNIFI, 'write', 'high'],
    ['a router interface brought up or down', tool('set_interface_state', 'Enables or disables a network interface.', { name: { type: 'string' }, state: { type: 'string', enum: ['up', 'down'] } }), server('keenetic-mcp', ['set_interface_state', 'get_interface']), 'write', 'high'],
    ['negative: a kubectl port forward stopped', tool('stop_port_forward', 'Stop a port-forward process', { id: { type: 'string' } }), server('mcp-server-kubernetes', ['port_forward', 'stop_port_forward', 'kubectl_get']), 'write', 'medium'],
  ]);
});

describe('a mode that offers keeping a text as it is beside rewriting it (`text_extraction_mode: [auto, rewrite, preserve]`) is how the tool words what it makes, not a history rewritten', () => {
  check([
    ['a visual generated with its text rewritten or preserved', tool('generate_visual', 'Submit a visual generation request. Returns a request ID for tracking.', { content: { type: 'string' }, text_extraction_mode: { type: 'string', enum: ['auto', 'rewrite', 'preserve'] } }), GENERIC, 'write', 'medium'],
    ['negative: a history rewrite offered as an action', tool('git_history', 'Inspect or rewrite the branch history.', { action: { type: 'string', enum: ['log', 'rewrite'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an identity generated with its keys ("Generate a new agent identity with Ed25519 keypair") is a credential whoever holds the keys signs as: write/high; an identity created to group API keys holds none', () => {
  check([
    ['an agent identity generated with a keypair', tool('generate_agent_identity', 'Generate a new agent identity with Ed25519 keypair for payment authorization', { agentName: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an identity generated as a key', tool('identity_generate', 'Generate a new PI key with SHAKE-256 pseudonym', {}), GENERIC, 'write', 'high'],
    ['negative: an identity created to group API keys', tool('identities-create-identity', 'Create an identity to group multiple API keys under a single entity.', { externalId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a random password generated is only returned', tool('password_generate', 'Generate a random password', { length: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a kubeconfig generated for a cluster, as the title says ("Generate kubeconfig for cluster"), is a new admin credential: a write, high', () => {
  check([
    ['a kubeconfig generated, by the title', { ...tool('rancher_clusters_kubeconfig', 'POST /v3/clusters/{id}?action=generateKubeconfig', { serverId: { type: 'string' }, clusterId: { type: 'string' } }), title: 'Generate kubeconfig for cluster' }, GENERIC, 'write', 'high'],
    ['negative: a kubeconfig read', tool('get_kubeconfig', 'Get the kubeconfig of a cluster.', { clusterId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('reparenting a node moves it under another parent in a scene tree: a write, as a move is', () => {
  check([
    ['a node reparented', tool('reparent_node', 'Reparent a node to a new parent', { node_path: { type: 'string' }, new_parent_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a script attached or assigned to a thing ("Attach a GDScript to a node", `script_path`) is a file handed over, not a program run: a write', () => {
  check([
    ['a script attached to a node', tool('attach_script', 'Attach a GDScript to a node', { node_path: { type: 'string' }, script_path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a script file run', tool('run_script', 'Run a script file with the interpreter.', { script_path: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a build, a deployment or a pipeline killed is cancelled, and runs again when started again: a write, as a cancelled deployment is; a process killed is ended for good', () => {
  check([
    ['a compose build killed', { ...tool('compose-killBuild', 'POST /compose.killBuild', { composeId: { type: 'string' } }), title: 'Compose KillBuild' }, GENERIC, 'write', undefined],
    ['negative: a background process killed', tool('kill_background', 'Kill a tracked background process by PID.', { pid: { type: 'number' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an estimate that opens a name before another verb (`estimate_change_state`) is the record acted on, not an act of estimating, even with no other tool of the server to show it', () => {
  check([
    ['an estimate\'s state changed', tool('estimate_change_state', 'Change the state of an estimate.', { id: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a cost estimated', tool('estimate_cost', 'Estimate the monthly cost of a configuration.', { config: { type: 'object' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a money word after a verb that sends an event, where the description sends an event ("Send a refund event to Google Analytics"), names the event recorded, not money moved: a write', () => {
  check([
    ['a refund event sent to analytics', tool('ga_send_refund', 'Send a refund event to Google Analytics. Use the same transaction_id as the original purchase.', { client_id: { type: 'string' }, transaction_id: { type: 'string' }, currency: { type: 'string' }, value: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a refund sent to a customer', tool('send_refund', 'Send a refund to the customer for an order.', { order_id: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'financial', undefined],
  ]);
});

describe('a "Destructive — confirm before running" that a server puts on every write, its creates among them, asks for a confirmation and says nothing of what the tool destroys; a warning that says what it destroys is taken at its word', () => {
  check([
    ['an API key created under a confirm tag', tool('or_key_create', 'Create a new OpenRouter inference API key. ⚠️ Destructive — confirm before running. The returned secret is shown ONCE.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a guardrail unassigned from keys under a confirm tag', tool('or_guardrail_unassign_keys', 'Unassign a guardrail from API keys. Destructive — confirm before running.', { id: { type: 'string' }, key_hashes: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a warning that says what it replaces', tool('replace_document', 'Write the document. ⚠️ DESTRUCTIVE: replaces the entire document.', { content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('setting cookies or a page\'s local storage in a driven browser changes what the browser keeps, a write, as deleting them is not a page step either; clicking in the page is', () => {
  const DRIVEN = server('browser-mcp', ['browser_navigate', 'browser_click', 'browser_set_cookies', 'browser_set_local_storage']);
  check([
    ['cookies set for a domain', tool('browser_set_cookies', 'Set one or more cookies for a domain.', { name: { type: 'string' }, value: { type: 'string' }, domain: { type: 'string' } }), DRIVEN, 'write', undefined],
    ['a local storage key set', tool('browser_set_local_storage', 'Set a localStorage key on the current page.', { key: { type: 'string' }, value: { type: 'string' } }), DRIVEN, 'write', undefined],
    ['negative: an element clicked', tool('browser_click', 'Click an element on the page.', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
  ]);
});

describe('a read that takes a place on this machine to save to, and whose text says it downloads there ("Optionally downloads them to a local directory"), writes files there, whichever verb its name opens with', () => {
  check([
    ['attachments listed and downloaded to a folder', tool('azure_get_attachments', 'List the attachments referenced on a work item. Returns names and download URLs. Optionally downloads them to a local directory when downloadDir is given.', { workItemId: { type: 'number' }, downloadDir: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: attachments listed with their download links', tool('get_attachments', 'List the attachments of a work item. Returns names and download URLs.', { workItemId: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a download folder named but the text never downloads', tool('list_reports', 'List the reports of a project. Returns names and links.', { project: { type: 'string' }, downloadDir: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('putting a thing in the caller\'s own favourites or taking it out (`add_favorite`, `linear_removeFromFavorites`), or bookmarking a post, is a small mark of theirs anyone can take back: write/low; creating a bookmark on a bookmark manager is one of its records', () => {
  check([
    ['an article added to a favourite folder', tool('add_favorite', 'Add an article to a favorite folder for the authenticated user.', { article_id: { type: 'string' }, folder_id: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['an issue taken out of favourites', tool('linear_removeFromFavorites', 'Remove an issue from your favorites', { issueId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a post bookmarked', tool('bookmark-post', 'Bookmark a post on the fediverse', { postId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a bookmark created with its tags and notes', tool('create-bookmark', 'Create a new bookmark with a URL, a title, tags and a note.', { url: { type: 'string' }, title: { type: 'string' }, note: { type: 'string' } }), server('karakeep-mcp', ['create-bookmark', 'search-bookmarks', 'delete-bookmark']), 'write', 'medium'],
    ['negative: an item added to a list', tool('add_to_list', 'Add an item to a shared list.', { list_id: { type: 'string' }, item: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('on a shop, changing prices along with stock quantities (`bulk_update_price_quantity`) changes what buyers are charged, as changing a price does: write/high; quantities alone stay medium', () => {
  const EBAY = server('ebay-mcp', ['ebay_get_inventory_item', 'ebay_bulk_update_price_quantity', 'ebay_update_quantity']);
  check([
    ['prices and quantities updated in bulk', tool('ebay_bulk_update_price_quantity', 'Bulk update price and quantity for multiple offers', { requests: { type: 'array' } }), EBAY, 'write', 'high'],
    ['negative: quantities updated', tool('ebay_update_quantity', 'Update the available quantity of an offer', { offerId: { type: 'string' }, quantity: { type: 'number' } }), EBAY, 'write', 'medium'],
  ]);
});

describe('a bot that plays in a game world (its server has a tool that joins a game) acts only in that world: moving, crafting, dropping an item are writes, low (fighting, medium); looking around stays a read, and the same words on other servers mean what they mean there', () => {
  const GAME = server('voxel-bot-mcp', ['join_game', 'leave_game', 'go_to_player', 'craft_items', 'drop_item', 'attack_mob', 'look_around', 'run_script']);
  check([
    ['a game joined', tool('join_game', 'Spawn a bot into the game.', { username: { type: 'string' }, host: { type: 'string' } }), GAME, 'write', 'low'],
    ['a walk to another player', tool('go_to_player', 'Navigate to another player.', { userName: { type: 'string' } }), GAME, 'write', 'low'],
    ['items crafted', tool('craft_items', 'Craft items using a crafting table.', { item: { type: 'string' }, count: { type: 'number' } }), GAME, 'write', 'low'],
    ['an item dropped', tool('drop_item', 'Drop items from inventory.', { name: { type: 'string' }, count: { type: 'number' } }), GAME, 'write', 'low'],
    ['a mob attacked', tool('attack_mob', 'Attack or kill a mob or a player.', { targetName: { type: 'string' } }), GAME, 'write', 'medium'],
    ['negative: a look around', tool('look_around', 'Look around and describe the surroundings.', {}), GAME, 'read', 'low'],
    ['negative: a script run by the bot', tool('run_script', 'Run a JavaScript program that drives the bot.', { code: { type: 'string' } }), GAME, 'execute', undefined],
    ['negative: a table dropped on a database server', tool('drop_table', 'Drop a table from the database.', { table: { type: 'string' } }), server('postgres-mcp', ['list_tables', 'drop_table', 'run_query']), 'destructive', 'critical'],
  ]);
});

describe('a `dryRun` option named in the text ("dryRun — preview") is a run that changes nothing, not the tool running something; dry-running a script still runs the script', () => {
  check([
    ['a user added to groups, the text in Russian but for its dryRun option', tool('add_user_to_groups', 'Добавить пользователя в группы (сохраняет остальные группы). dryRun — предпросмотр.', { email: { type: 'string' }, groupIds: { type: 'array' }, dryRun: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['negative: a script dry-run in a sandbox', tool('simulate_script', 'Dry-run a script and see what it would do; reads are real, writes are suppressed.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('making a file\'s content (generate, convert, extract) with a place on this machine it always puts it, required or with a default, writes the file there; a place written only when given, or read from, leaves the call a read', () => {
  check([
    ['a contract generated to a path with a default', tool('generate_contract', 'Generate the JSON contract for frontend sync.', { outputPath: { type: 'string', description: 'Where to write the contract (default: ./frontend-contract.json)' } }), GENERIC, 'write', 'medium'],
    ['requirements extracted into a required folder', { ...tool('extract_requirements', 'Extracts requirements from a PDF document and generates structured documentation.', { pdfPath: { type: 'string' }, outputDir: { type: 'string', description: 'Absolute path to the output directory' } }), inputSchema: { type: 'object', properties: { pdfPath: { type: 'string' }, outputDir: { type: 'string', description: 'Absolute path to the output directory' } }, required: ['pdfPath', 'outputDir'] } }, GENERIC, 'write', 'medium'],
    ['negative: an SBOM written only when a path is given', tool('sbom_generate', 'Generate a CycloneDX SBOM for a project.', { path: { type: 'string' }, output_path: { type: 'string', description: 'Path to write SBOM file. Absent = no write, present = write to that path.' } }), GENERIC, 'read', undefined],
    ['negative: a component extracted from a folder it reads', { ...tool('extract_component', 'Deep-extract one component from the inventory.', { outDir: { type: 'string', description: 'The outDir used by analyze (manifest is read from it).' } }), inputSchema: { type: 'object', properties: { outDir: { type: 'string', description: 'The outDir used by analyze (manifest is read from it).' } }, required: ['outDir'] } }, GENERIC, 'read', undefined],
  ]);
});

describe('rewriting a post or code makes a new version of what is there, an edit (write), not a deletion; an optimizer that says it rewrites a post applies its changes', () => {
  check([
    ['code rewritten by pattern', tool('rewrite_code', 'Transform and refactor code using AST-based find-and-replace patterns.', { project_folder: { type: 'string' }, pattern: { type: 'string' }, replacement: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a published post rewritten to a better score', tool('sxo_optimize', 'Rewrite a published post to improve its SXO score.', { slug: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a post deleted', tool('delete_post', 'Delete a published post.', { slug: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a route optimized', tool('optimize_route', 'Find the shortest route through the given stops.', { stops: { type: 'array' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a logout that clears the caller\'s saved or stored session ("Clear the stored Grubhub session") ends it on this machine, undone by logging in again: a write; one whose text says there is no undo stays destructive', () => {
  check([
    ['a stored session cleared', tool('shop_logout', 'Clear the stored Grubhub session. The user will need to log in again.', {}), GENERIC, 'write', undefined],
    ['a saved session and its cookies cleared', tool('booking_logout', 'Clear saved Booking.com session and cookies. Use this to log out.', {}), GENERIC, 'write', undefined],
    ['negative: stored credentials cleared with no undo', tool('logout', 'Clear stored Stockbit credentials from this machine. There is no undo: logging back in means signing in again.', { confirm: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('taking things out of a shopping cart or basket (its lines or items, or all of them) is a write: they can be put back and nothing was ordered; an account removed is not', () => {
  check([
    ['all items taken out of the cart', tool('shop_clear_cart', 'Remove all items from the current cart.', {}), GENERIC, 'write', undefined],
    ['cart lines removed', tool('remove-cart-lines', '', { cartId: { type: 'string' }, lineIds: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a customer account removed', tool('remove_customer', 'Remove a customer account permanently.', { customer_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('overwriting a key or a field ("a string value sets/overwrites a key") sets its value, as overwriting a value does: an edit, not a destruction; overwriting a file stays destructive', () => {
  check([
    ['a metadata key overwritten', tool('set_meta', 'Attach or update free-form metadata on a pane (merged: a string value sets/overwrites a key, untouched keys are kept).', { paneId: { type: 'string' }, meta: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['a field overwritten', tool('set_field', 'Set a field on a record; overwrites the field if already set.', { record_id: { type: 'string' }, field: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a file overwritten', tool('save_file', 'Save content to a file, overwriting the existing file.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a look with a switch to store what it gets that is on by default (`upload`, default true: "Re-host each result on the CDN") stores it when left alone: a write; the same switch off by default leaves a read', () => {
  const upload = (on: boolean) => ({ query: { type: 'string' }, upload: { type: 'boolean', default: on, description: 'Re-host each result on the site CDN and return cdn_url.' } });
  check([
    ['results re-hosted unless turned off', tool('search_images', 'Search stock photos (Pexels) for a page or product.', upload(true)), GENERIC, 'write', 'medium'],
    ['token files written unless turned off', tool('extract_tokens', 'Extract design tokens from the file.', { write: { type: 'boolean', default: true, description: 'Write token files to <outDir>/tokens/ (default true).' } }), GENERIC, 'write', undefined],
    ['negative: the switch off by default', tool('search_images', 'Search stock photos (Pexels) for a page or product.', upload(false)), GENERIC, 'read', 'low'],
  ]);
});

describe('a look with a dry-run switch (`dry_run`: "Show what would be generated") changes something when the switch is off: a write; a check\'s or a fetch\'s dry run changes nothing anyway, and they stay reads', () => {
  const dryRun = { type: 'boolean', default: false, description: 'Show what would be generated' };
  check([
    ['code generated from blueprints', tool('ember_generate', 'Generates new code from blueprints', { blueprint: { type: 'string' }, name: { type: 'string' }, dry_run: dryRun }), GENERIC, 'write', 'medium'],
    ['patterns discovered and kept', tool('learner_discover', 'Automatically discover causal patterns from episode history', { min_attempts: { type: 'number' }, dry_run: dryRun }), GENERIC, 'write', undefined],
    ['negative: a CI file validated', tool('validate_ci_lint', 'Validate provided GitLab CI/CD YAML content for a project.', { content: { type: 'string' }, dry_run: { type: 'boolean' } }), GENERIC, 'read', undefined],
    ['negative: release notes fetched', tool('release-pull-notes', 'Fetch release notes from App Store/Google Play.', { slug: { type: 'string' }, dryRun: { type: 'boolean' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a read whose description goes on to a change as its next step ("Parse markdown code blocks with filepath= metadata, then apply all edits") does both: a write; a read followed by another read stays a read', () => {
  check([
    ['edits parsed, then applied', tool('agent_booster_parse_markdown', 'Parse markdown code blocks with filepath= and instruction= metadata, then apply all edits.', { markdown: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: parsed, then summarised', tool('parse_report', 'Parse the report file with its metadata and sections, then summarize the findings.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a message consumed from a queue ("Consume a message from a queue") is taken off it, and its other consumers never get it: a write; reading a topic\'s log at an offset leaves the messages there, a read', () => {
  check([
    ['a queue message consumed', tool('consume_message', 'Consume a message from a queue', { connectionId: { type: 'string' }, queueName: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a Kafka topic read', tool('consume', 'Consume messages from a Kafka topic starting at an offset.', { topic: { type: 'string' }, startOffset: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a pull request\'s file changes (`changes[].mode: [create, update, delete]`) are proposed for review, and a file it deletes is gone only once someone merges it: a write; the same changes committed straight to a branch can delete', () => {
  const changes = { changes: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, mode: { type: 'string', enum: ['create', 'update', 'delete'] } } } } };
  check([
    ['file changes opened as a PR', tool('open_pr_with_changes', 'Create a GitHub PR with file changes.', { owner: { type: 'string' }, repo: { type: 'string' }, ...changes }), GENERIC, 'write', undefined],
    ['negative: file changes committed', tool('commit_changes', 'Commit file changes to a branch.', { owner: { type: 'string' }, branch: { type: 'string' }, ...changes }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool whose description opens by copying files into a folder ("Copy repo files into .robctx/evidence"), or says it writes its report as files ("…; writes MD+JSON"), leaves files behind: a write, whatever its name\'s verb; one that only returns its report stays a read', () => {
  check([
    ['repo files copied into a folder', tool('think_collect_evidence', 'Copy repo files into .robctx/evidence using include/exclude globs.', { include: { type: 'array' } }), GENERIC, 'write', undefined],
    ['a report written as files', tool('think_swot', 'Auto-populated SWOT from evidence; writes MD+JSON', { subject: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a report returned', tool('think_premortem', 'Premortem analysis from evidence; returns the risks found.', { subject: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a style taken off a browser\'s window or tab ("Remove an injected stylesheet from the Firefox window") comes off what is on screen and can be injected again: a write, as a style taken off a design\'s layer is; a stylesheet removed from a site\'s files is destroyed', () => {
  check([
    ['a stylesheet taken off the window', tool('remove_theme_css', 'Remove an injected stylesheet from the Firefox window.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a script taken off a tab', tool('remove_user_script', 'Remove an injected script from the active tab.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a stylesheet removed from the theme', tool('remove_stylesheet', 'Remove a stylesheet from the theme.', { name: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool named for the export it makes (`audit_export`, `ocr_search_export`) with a place on this machine to put it (`out`, `output_path`) leaves that file there: a write, as an export with such a place is; the same name without the place hands the export back', () => {
  check([
    ['an audit export written to a path', tool('audit_export', 'Run policy compliance audit export (json/csv/sarif/all) for check/recommend flows', { format: { type: 'string', enum: ['json', 'csv'] }, out: { type: 'string', description: 'Output file path' } }), GENERIC, 'write', 'medium'],
    ['a search export written to disk', tool('search_export', 'Use to export search results to a CSV or JSON file on disk. Returns file path and result count.', { query: { type: 'string' }, output_path: { type: 'string', description: 'File path to save the export to' } }), GENERIC, 'write', 'medium'],
    ['negative: an audit export handed back', tool('audit_export', 'Run a policy compliance audit and return it as JSON.', { format: { type: 'string', enum: ['json', 'csv'] } }), GENERIC, 'read', undefined],
  ]);
});

describe('a value written to an industrial controller (a Modbus coil or register, a PLC\'s tag) moves the equipment it drives, a live physical process hard to take back: high; reading it stays low, and the same write on another server is an ordinary change', () => {
  const MODBUS = server('modbus-mcp', ['read_register', 'write_register', 'read_coils', 'write_coil']);
  check([
    ['a coil written', tool('write_coil', 'Write a single coil (FC5)', { address: { type: 'number' }, value: { type: 'boolean' } }), MODBUS, 'write', 'high'],
    ['a holding register written', tool('write_register', 'Write a single holding register', { address: { type: 'number' }, value: { type: 'number' } }), MODBUS, 'write', 'high'],
    ['negative: a coil read', tool('read_coils', 'Read coils (FC1)', { address: { type: 'number' }, count: { type: 'number' } }), MODBUS, 'read', 'low'],
    ['negative: a register written on a generic server', tool('write_register', 'Write a value to a register of the form.', { name: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('opening a review ("Open a review of local git changes in the dashboard and wait for the reviewer\'s decision") creates a review for someone to decide on: a write, as opening a pull request or a ticket is; opening a file to review it is a read', () => {
  check([
    ['a review opened', tool('open_review', 'Open a review of local git changes in the dashboard and wait for the reviewer\'s decision.', { diff_ref: { type: 'string' }, title: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a file opened', tool('open_file', 'Open a file and return its contents for review.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('removing only what has expired ("Remove expired entries from shared memory", "Clean up expired signals") clears what can no longer be read: housekeeping, a write; removing entries that are still live destroys them', () => {
  check([
    ['expired entries removed', tool('shared_memory_cleanup', 'Remove expired entries from shared memory. Cleans a specific namespace or all namespaces.', { namespace: { type: 'string' } }), GENERIC, 'write', undefined],
    ['expired sessions purged', tool('purge_sessions', 'Purge all expired sessions from the store.'), GENERIC, 'write', undefined],
    ['negative: live entries removed', tool('memory_cleanup', 'Remove entries from shared memory. Cleans a specific namespace or all namespaces.', { namespace: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('rebalancing (`team_rebalance`, "Rebalance agents across domain teams based on current load") moves things between groups: a write, as reassigning them is', () => {
  check([
    ['agents rebalanced across teams', tool('team_rebalance', 'Rebalance agents across domain teams based on current load.'), GENERIC, 'write', 'medium'],
    ['negative: the balance across teams read', tool('team_balance', 'Show how agents are balanced across domain teams.'), GENERIC, 'read', undefined],
  ]);
});

describe('operations a description lists only to say they are left out ("Destructive delete/replace/sync operations are intentionally not included") are not on offer; a list the tool offers still is', () => {
  check([
    ['a list said to be left out', tool('project_sources', 'List or append files to a project\'s sources. Destructive delete/replace/sync operations are intentionally not included in v1.', { operation: { type: 'string', enum: ['list', 'add'] } }), GENERIC, 'write', undefined],
    ['negative: a list on offer', tool('project_sources', 'Manage a project\'s sources. Operations: list/add/delete/replace.', { operation: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a manifest is a cluster\'s, put into effect, only where it is applied or the text is about deploying: a manifest of a folder\'s file lists saved for an incremental rebuild, or an Android app\'s manifest patched, deploys nothing (a write); a Kubernetes manifest written to the cluster still does', () => {
  check([
    ['a file-list manifest saved', tool('deepinit_manifest', 'Manage the deepinit manifest for incremental AGENTS.md regeneration. Compares directory file lists to detect structural changes.', { action: { type: 'string', enum: ['diff', 'save', 'check'] } }), GENERIC, 'write', undefined],
    ['an app manifest patched', tool('patch_manifest_and_config', 'Patch the AndroidManifest.xml and the network config of a decoded APK.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a Kubernetes manifest created in the cluster', tool('create_manifest', 'Create a Kubernetes manifest in the cluster namespace.', { yaml: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a backup triggered ("Trigger an immediate encrypted backup of the local database to cloud storage") copies what is there and changes nothing else: a bounded job, a write, as a triggered refresh is; a triggered workflow still runs', () => {
  check([
    ['a backup triggered', tool('cello_backup', 'Trigger an immediate encrypted backup of the local database to cloud storage.'), GENERIC, 'write', 'medium'],
    ['a site backup triggered', tool('trigger_site_backup', 'Trigger a full site backup.', { include_attachments: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['negative: a workflow triggered', tool('trigger_workflow', 'Trigger a workflow run.', { workflow_id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a command reported as already run, a check\'s evidence in a report ("List of terminal commands run to prove implementation validity… the server does NOT execute them"), is filed, not run: the report is a write; a command handed over to run is code', () => {
  const CHECKS = (listText: string, commandText: string) => ({ checks: { type: 'array', description: listText, items: { type: 'object', properties: { checkId: { type: 'string' }, status: { type: 'string', enum: ['passed', 'failed'] }, command: { type: 'string', description: commandText } } } } });
  check([
    ['an implementation report with the commands run to verify it', tool('post_implementation_report', 'Submit your implementation report.', CHECKS('List of terminal commands run to prove implementation validity. These are self-reported attestations; the server does NOT execute them.', 'The exact shell command executed to verify the implementation.')), GENERIC, 'write', 'medium'],
    ['a report whose command alone says it was run to check', tool('submit_report', 'Submit a verification report.', CHECKS('Checks performed.', 'The command run to check the build.')), GENERIC, 'write', undefined],
    ['negative: a command handed over to run', tool('run_check', 'Run a check on the project.', { command: { type: 'string', description: 'The shell command to execute to verify the build.' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('compiling to executable code makes code that can be run, it runs none: "Compile a workflow to executable code" writes the generated code; executing code, or an executable run, still runs it', () => {
  check([
    ['a workflow compiled to executable code', tool('fw_compile', 'Compile a workflow to executable code. Only regenerates code inside the marker sections.', { filePath: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: executable code run', tool('run_snippet', 'Runs executable code in the project.', { snippet: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: code executed', tool('exec_code', 'Execute code in a sandbox.', { source: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a production switch ("Set production: true to strip debug instrumentation") or a production build or mode is a way of building, not a live system changed; a write to production still is', () => {
  check([
    ['a bundle written, with a production switch', tool('write_bundle', 'Writes the compiled bundle to the output file. Set production: true to minify.', { outFile: { type: 'string' }, production: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['a build config saved, whose production mode strips debug output', tool('save_config', 'Save the build config. Production mode strips debug output.', { path: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a config pushed to production', tool('update_config', 'Update the config in production.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('deploy instructions, a deploy guide or deploy steps are text written for someone to follow: generating them deploys nothing; deploying does', () => {
  check([
    ['handler code and deploy instructions generated into a folder', tool('fw_export', 'Export workflows as serverless deployments. Generates handler code, platform config, and deploy instructions.', { filePath: { type: 'string' }, outputDir: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a workflow deployed', tool('fw_ship', 'Generates handler code and deploys it to the platform.', { filePath: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a request for approval kept to be answered later, a record marked ready for review or an id returned to check back with ("Returns an approval_id that can be checked with…"), is filed: a write; asking and returning the answer in the call is a read', () => {
  check([
    ['a campaign marked ready for human review', tool('request_campaign_approval', 'Mark a pending-review campaign as ready for human review without approving or executing it.', { planId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an approval request that returns an id to check', tool('gateway_request_approval', 'Request human approval for a blocked operation. Returns an approval_id that can be checked with gateway_check_approval.', { reason: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: permission asked, the answer returned', tool('request_file_permission', 'Request user permission before performing file operations (create, delete). Returns allowed or denied.', { operation: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('redistributing a document hands it out again, a write (its reach, who gets it again, is the object\'s, not the verb\'s: redistributing weights or load stays a plain write)', () => {
  check([
    ['a document redistributed', tool('documents-redistribute', 'Redistribute document', { request: { type: 'object', properties: { documentId: { type: 'number' }, recipients: { type: 'array' } } } }), GENERIC, 'write', undefined],
    ['portfolio weights redistributed, a plain write', tool('redistribute_weights', 'Redistribute portfolio weights evenly.', { portfolioId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a description that opens by initialising ("Initializes the relay and returns the Architect protocol") states a change, as one that opens by creating does, whatever read verb the name has: a write; loading a protocol that is only returned stays a read', () => {
  check([
    ['a relay initialised and its protocol returned', tool('load_architect_protocol', 'Initializes the relay and returns the Architect protocol. Call this FIRST in the architect agent chat.', { projectRoot: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a protocol only returned', tool('load_protocol', 'Returns the Architect protocol text.', { projectRoot: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an auditor is an outside person let into the organisation\'s records, and an authenticator a set of connector credentials: creating either changes who gets in, high, as adding a collaborator does; creating an audit is not', () => {
  check([
    ['an auditor created', tool('auditors-create', 'Create an auditor\n\nCreate an auditor in Vanta.', { email: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an authenticator created', tool('authenticators-create', 'Create Authenticator\n\nCreate White labeled connector credentials', { provider: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an audit created', tool('audits-create', 'Create an audit.', { framework: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a removal whose description says it takes only the link between two records ("Remove a link between a task and an entity", "Remove a single project association from a scheme") leaves both records: a write, re-addable; deleting the relations that are a knowledge graph\'s data is not', () => {
  check([
    ['a task\'s link to a CRM record removed', tool('delete_task_target', 'Remove a link between a task and an entity (person, company, or opportunity)', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a project\'s association with a scheme removed', tool('remove_scheme_project', 'Remove a single project association from an issue type scheme.', { schemeId: { type: 'string' }, project: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a knowledge graph\'s relations deleted', tool('delete_relations', 'Delete multiple relations from the knowledge graph', { relations: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a task deleted', tool('delete_task', 'Delete a task and its subtasks.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('generating encryption keys or a key pair creates a credential, as generating an API key does: write/high; a cache key generated is only returned', () => {
  check([
    ['encryption keys generated', tool('app_generate_encryption_keys', 'Generate RSA key pair for end-to-end encryption of bundles', { force: { type: 'boolean' } }), GENERIC, 'write', 'high'],
    ['a keypair generated', tool('generate_keypair', 'Generate a new Ed25519 keypair.', {}), GENERIC, 'write', 'high'],
    ['negative: a cache key generated', tool('generate_cache_key', 'Generate a cache key for a request.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('signing in by saving the API key the caller hands over changes the credentials every later call uses, as setting one does: write/high; a device login whose flow stores its own tokens is not said to', () => {
  check([
    ['a sign-in by saving an API key', tool('app_login', 'Sign in to the service by saving an API key. Generate a key in the console, then call this with it.', { apikey: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a device login that stores what it gets', tool('login', 'Start device authorization and store credentials after the user verifies.', { workshopDirectory: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an action parameter named for what the service does later on its own (`autoPauseAction: [pause, rollback, notify]`, `onFailureAction`) is a setting the call stores, not the call\'s operation; a plain `action` still is', () => {
  check([
    ['a channel updated with an auto-pause policy', tool('update_channel', 'Update channel settings including linked bundle and targeting options', { channelId: { type: 'string' }, autoPauseAction: { type: 'string', enum: ['pause', 'rollback', 'notify'] } }), GENERIC, 'write', undefined],
    ['negative: a plain action offering a rollback', tool('manage_release', 'Manage a release.', { releaseId: { type: 'string' }, action: { type: 'string', enum: ['pause', 'rollback', 'notify'] } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a webhook switched on or off still sends where it did: only whether it sends changes, medium; creating or repointing one changes where the organisation\'s events go, high', () => {
  check([
    ['a webhook disabled', tool('webhooks-disable', 'Disable a webhook. Disabled webhooks will no longer receive events.', { webhookId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a webhook activated', tool('manage-webhooks-activate', 'Activate a Webhook\n\nActivate a deleted platform webhook', { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['negative: a webhook\'s URL updated', tool('webhooks-update', 'Update a webhook\'s URL and events.', { webhookId: { type: 'string' }, url: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a site or a service the caller finds by its folder (`nameOrPath`) runs on this machine, for the caller alone: stopping it is medium; a service found by its id still takes something offline for whoever uses it', () => {
  check([
    ['a local site stopped by its path', tool('site_stop', 'Stops a running WordPress site by name or path.', { nameOrPath: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a service stopped by its id', tool('service_stop', 'Stops a running service.', { serviceId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('an entry removed from an array the tool edits inside a thing ("Edit an entry switches array", `op: [add, remove, replace, move]`) changes the thing that holds the array: a write; an operation that deletes whole records stays destructive', () => {
  const op = { type: 'string', enum: ['add', 'remove', 'replace', 'move'] };
  check([
    ['a canvas entry\'s items edited', tool('edit_canvas_items', 'Edit a Canvas entry items array. Use add/remove/replace to place bricks or move to update an item frame.', { file: { type: 'string' }, entry: { type: 'string' }, op, index: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: tags bulk-edited with a delete operation', tool('bulk_edit_tags', 'Bulk edit tags. The delete operation permanently removes tags.', { tag_ids: { type: 'array' }, operation: { type: 'string', enum: ['set_permissions', 'delete'] } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a mode that offers replacing beside adding (`mode: [append, replace]`) lets the caller overwrite: high; in a list of operations on single entries (`op: [add, remove, replace, move]`) replace swaps one entry', () => {
  check([
    ['a photo edited by an edit type that adds, replaces or removes an object', tool('edit_photo', 'Create a non-destructive, versioned edit of a photo.', { photoId: { type: 'string' }, editType: { type: 'string', enum: ['upscale', 'replace', 'remove', 'add'] } }), GENERIC, 'write', 'medium'],
    ['negative: a note written with append or replace', tool('write_note', 'Write content to a note.', { path: { type: 'string' }, content: { type: 'string' }, mode: { type: 'string', enum: ['append', 'replace'] } }), GENERIC, 'write', 'high'],
  ]);
});

describe('code kept in a thing the tool creates or edits (an automation rule\'s JavaScript, an action, a code block, a script file of the project) runs when that thing is triggered, not now: a write; code put on a serverless runtime, run as the made thing starts, or a database trigger\'s body still runs', () => {
  check([
    ['a reusable code block created', tool('create_code_block', 'Create a reusable JavaScript code block for agent tools or custom code nodes.', { name: { type: 'string' }, code: { type: 'string', description: 'JavaScript source of the block' } }), GENERIC, 'write', 'medium'],
    ['a calculation script created with its sandbox code', tool('new_data_calc', 'Create a standard DataCalculationScript in data-calc/{calc}.ts plus its sandbox JS file.', { alias: { type: 'string' }, code: { type: 'string', description: 'Sandbox JavaScript code' } }), GENERIC, 'write', 'medium'],
    ['negative: a worker script created on the edge runtime', tool('create_worker', 'Create a Cloudflare Worker with the given script.', { name: { type: 'string' }, script: { type: 'string', description: 'JavaScript code of the worker' } }), GENERIC, 'execute', 'high'],
    ['negative: a sandbox created with its startup script', tool('sandbox_create', 'Create a code execution sandbox.', { template: { type: 'string' }, startup_script: { type: 'string', description: 'Script to run when the sandbox starts' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('code kept in a thing changes what runs when it is triggered: updating the code of one already in use, or a script added to a site (run in every visitor\'s browser), is high; new code in a new thing is medium', () => {
  check([
    ['an automation rule\'s code updated', tool('update_rule', 'Update a rule by ID. Only the fields you supply change.', { id: { type: 'string' }, code: { type: 'string', description: 'JavaScript code of the rule' } }), GENERIC, 'write', 'high'],
    ['an inline script added to a site', tool('add_inline_site_script', 'Add an inline script to the site.', { siteId: { type: 'string' }, sourceCode: { type: 'string', description: 'JavaScript source code of the script' } }), GENERIC, 'write', 'high'],
    ['negative: a new code block created', tool('create_code_block', 'Create a reusable JavaScript code block.', { name: { type: 'string' }, code: { type: 'string', description: 'JavaScript source of the block' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a description that opens by generating "command-line documentation" makes documentation files, not a command for the caller to run ("command-line" only says what it is about); one that generates install commands returns them', () => {
  check([
    ['command-line documentation generated as AsciiDoc files', tool('generate_rpk_docs', 'Generate rpk command-line documentation using the JSON-based print-tree command. Creates AsciiDoc files for all rpk commands.', { tag: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: install commands generated', tool('generate_install', 'Generates validated install commands for the components.', { components: { type: 'array' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a deployable or live thing that only says what documentation is about (`generate_helm_docs`: "Generate Helm chart documentation") is not what the call deploys or changes: the docs are made, a write of medium risk; a Helm chart installed deploys', () => {
  check([
    ['Helm chart documentation generated', tool('generate_helm_docs', 'Generate Helm chart documentation. Creates AsciiDoc documentation for Helm charts.', { chart_dir: { type: 'string' }, output_dir: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a Helm chart installed', tool('install_helm_chart', 'Install a Helm chart into the cluster.', { chart: { type: 'string' }, namespace: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('associating one thing with another ("Associate a session with a run ID") links them, a write, as attaching does; a public IP associated with a server or taken off it moves the traffic it carries: high', () => {
  check([
    ['a session associated with a run', tool('session_associate', 'Associate a session with a run ID', { sessionId: { type: 'string' }, runId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a public IP associated with a server', tool('associate_public_ip', 'Associate a public IP with a server instance.', { publicIpInstanceNo: { type: 'string' }, serverInstanceNo: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a session\'s associated runs listed', tool('list_session_runs', 'List the runs associated with a session.', { sessionId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('triggering a reload (a hot module reload, `trigger_hmr`, "Trigger a reload of the page") is a bounded refresh of what is already running, as triggering a sync is: a write, not a job set off', () => {
  check([
    ['a hot module reload triggered', tool('vf_trigger_hmr', 'Trigger a hot module reload in the browser. Optionally specify a file path that changed.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a reload triggered', tool('trigger_reload', 'Trigger a reload of the preview page.', {}), GENERIC, 'write', undefined],
    ['negative: a workflow triggered', tool('trigger_workflow', 'Trigger a workflow run.', { workflowId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a message shown to the caller\'s own user in the agent\'s chat ("Send a progress update to the chat UI", "the only channel the user sees", "a spoken reply to the user in voice mode") reaches no one else: medium, not a message that leaves the organisation', () => {
  check([
    ['a progress update to the chat UI', tool('send_progress', 'Send a progress update to the chat UI without blocking.', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a spoken reply to the user', tool('send_verbal_reply', 'Send a spoken reply to the user in voice mode.', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a message to a Slack channel', tool('send_message', 'Send a message to a Slack channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a description that opens with "Add" (`suggest_code_change`: "Add a code suggestion comment to a file in a pull request") states the change the call makes, whatever read the name suggests: a write, as one that opens with "Create" is', () => {
  check([
    ['a code suggestion comment on a pull request', tool('suggest_code_change', 'Add a code suggestion comment to a file in a pull request', { project: { type: 'string' }, prId: { type: 'number' }, filePath: { type: 'string' }, line: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['a translation of a field label', tool('sf_translate_field_label', 'Adds or updates a translation for a field label on a Salesforce object via the Metadata API.', { objectName: { type: 'string' }, fieldName: { type: 'string' }, language: { type: 'string' }, label: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: suggestions returned', tool('suggest_code_change', 'Returns suggested code changes for a file; adds nothing to the pull request.', { filePath: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a tool with no verb in its name whose description joins a download to its first verb ("Retrieve and download build artifacts"), or whose `action` offers one, writes a file to the place on this machine the caller names (`destinationPath`), as a download there does', () => {
  check([
    ['build artifacts downloaded to a path', tool('pipelines_artifact', 'Retrieve and download build artifacts. Use the action parameter to specify the operation.', { action: { type: 'string', enum: ['list', 'download'] }, buildId: { type: 'number' }, artifactName: { type: 'string' }, destinationPath: { type: 'string', description: 'Relative local path to download the artifact to.' } }), GENERIC, 'write', 'medium'],
    ['negative: the same with nowhere to put it', tool('pipelines_artifact', 'Retrieve and download build artifacts. Use the action parameter to specify the operation.', { action: { type: 'string', enum: ['list', 'download'] }, buildId: { type: 'number' }, artifactName: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('withdrawing what was put forward (an endorsement, an offer, an application: "Withdraw your endorsement of an emerging interest theme", `ebay_withdraw_offer`) takes it back, a write; withdrawing funds moves money', () => {
  const EBAY = server('ebay-mcp', ['ebay_create_offer', 'ebay_publish_offer', 'ebay_withdraw_offer', 'ebay_get_orders']);
  check([
    ['an endorsement withdrawn', tool('unendorse_interest', 'Withdraw your endorsement of an emerging interest theme.', { interest_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a published offer withdrawn', tool('ebay_withdraw_offer', 'Withdraw a published offer', { offerId: { type: 'string' } }), EBAY, 'write', undefined],
    ['negative: funds withdrawn', tool('withdraw_from_payment', 'Withdraw funds from a payment account.', { amount: { type: 'string' }, account: { type: 'string' } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('a symbol taken off "one of the user\'s watchlists" (`watchlist_remove`) is an entry off a list, which stays, as one taken "from the watchlist" is: a write, not the list deleted', () => {
  check([
    ['a symbol off one of the user\'s watchlists', tool('watchlist_remove', 'Remove a symbol from one of the user\'s watchlists. Requires `confirm: true` after asking.', { watchlist_id: { type: 'string' }, symbol: { type: 'string' }, confirm: { type: 'boolean' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', undefined],
    ['negative: a watchlist deleted', tool('watchlist_delete', 'Delete a watchlist and every symbol on it.', { watchlist_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a description that opens "Get or set …" (`vfs_poll_interval`, an add-on\'s options) offers the change beside the read: a write, as a get-or-create is, and a setting set is a value changed, not a destroyed one, whatever the hint', () => {
  check([
    ['an interval read or set, under a read verb in the name', tool('vfs_poll_interval', 'Get or set poll interval — Reads or updates the VFS poll interval duration, optionally waiting for the change to apply.', { fs: { type: 'string' }, interval: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an add-on\'s options read or set', tool('ha_addon_options', 'Get or set configuration options for an add-on', { slug: { type: 'string' }, options: { type: 'object' } }), GENERIC, 'write', undefined],
    ['a language read or set, with the destructive hint', tool('response-language', 'Get or set the response language for the project', { language: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', undefined],
    ['negative: a setting only read', tool('vfs_poll_interval', 'Get the poll interval of the VFS.', { fs: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: "set" as advice to the caller', tool('get_interval', 'Get the poll interval. You must set fs to a remote name.', { fs: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a delete whose text says it is undone through the API itself ("deleting a record sets its `active` field to `0` … Inactive records can be restored by setting their `active` field to `1`", "Recoverable with list(include_archived=true)") keeps the record and changes a field of it: a write', () => {
  const SOFT = 'Delete a Form\n\nIn ServiceM8, deleting a record sets its `active` field to `0`. Inactive records are still accessible on the API, but are hidden in the UI. Inactive records can be restored by setting their `active` field to `1`.';
  check([
    ['a record made inactive, restored by setting a field', tool('forms-delete-forms', SOFT, { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['a memory archived, recoverable with a list call', tool('agent_memory_archive', 'Soft-delete an agent memory (sets archived_at). Recoverable with list(include_archived=true).', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a delete restorable by hand from a trash for 30 days', tool('deleteFile', 'Moves a file or folder to trash in Google Drive. Files can be restored from trash within 30 days.', { fileId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a plain delete', tool('forms-delete-forms', 'Delete a Form.', { uuid: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('cropping, inverting, desaturating or rasterising an image open in an editor ("Crop the document to specified bounds", "Invert colors of the active layer") edits it: a write; a crop\'s data is a farm\'s', () => {
  check([
    ['a document cropped', tool('photoshop_crop_document', 'Crop the document to specified bounds', { left: { type: 'number' }, top: { type: 'number' } }), GENERIC, 'write', undefined],
    ['a layer\'s colours inverted', tool('photoshop_invert', 'Invert colors of the active layer', { document_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a layer rasterised', tool('photoshop_rasterize_layer', 'Rasterize the active layer (convert text/smart object to normal layer)', { document_id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a crop\'s data read', tool('usda_crop_data', 'Get USDA crop data: yields and production by state.', { state: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a like, a star, a pin, a vote or a bookmark offered with its removal ("Likes or removes a like from a page post or comment") is a mark put on or taken back: a write, as "add or remove" is', () => {
  check([
    ['a like put on or taken off', tool('meta_like_object', 'Likes or removes a like from a page post or comment, acting as the Page.', { object_id: { type: 'string' }, unlike: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['negative: a post removed', tool('meta_remove_post', 'Removes a post from the page.', { post_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a write handed a password or a secret to keep (an SFTP connection, a git provider\'s client secret, a registry\'s password) keeps a credential that signs in elsewhere: high; signing in, a download, a form\'s answer, a vault\'s item and a local database connection keep none', () => {
  const ADS = server('AdButler ad server', ['create_sftp_connection', 'list_sftp_connections', 'create_zone'], '@adbutler/mcp-server');
  check([
    ['an SFTP connection saved with its password', tool('create_sftp_connection', 'Create a new SFTP connection', { name: { type: 'string' }, host: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' } }), ADS, 'write', 'high'],
    ['a git provider registered with its client secret', tool('gitea-create', 'POST /gitea.create', { giteaUrl: { type: 'string' }, clientId: { type: 'string' }, clientSecret: { type: 'string' } }), server('Dokploy', ['gitea-create', 'gitea-one']), 'write', 'high'],
    ['negative: a zone created with no secret', tool('create_zone', 'Create a new zone', { name: { type: 'string' }, width: { type: 'number' } }), ADS, 'write', 'medium'],
    ['negative: a form answered with its password field', tool('create_form_submission', 'Submit a response to a WorkForm.', { form_token: { type: 'string' }, answers: { type: 'object' }, password: { type: 'string' } }), server('monday.com', ['create_form_submission', 'get_form']), 'write', 'medium'],
    ['negative: a local MySQL connection saved', tool('add_connection', 'Add a new MySQL connection to the server.', { host: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' } }), server('mysql-mcp-webui', ['add_connection', 'run_query']), 'write', 'medium'],
    ['negative: an attachment downloaded by its secret', tool('download_attachment', 'Download an uploaded file to a local path.', { project_id: { type: 'string' }, secret: { type: 'string' }, filename: { type: 'string' }, local_path: { type: 'string' } }), server('GitLab', ['download_attachment', 'get_issue']), 'write', 'medium'],
  ]);
});

describe('a manual backup (`backup-manualBackupMySql`) or a backup run (`backup_run`, `volumeBackups-runManually`) makes a copy where backups are kept: a write, not a read of the backups nor a program run', () => {
  const DOKPLOY = server('Dokploy', ['backup-manualBackupMySql', 'backup-one', 'volumeBackups-runManually']);
  check([
    ['a MySQL backup made now', tool('backup-manualBackupMySql', 'POST /backup.manualBackupMySql', { backupId: { type: 'string' } }), DOKPLOY, 'write', 'medium'],
    ['a configured volume backup run', tool('volumeBackups-runManually', 'POST /volumeBackups.runManually', { volumeBackupId: { type: 'string' } }), DOKPLOY, 'write', 'medium'],
    ['negative: a backup read', tool('backup-one', 'GET /backup.one', { backupId: { type: 'string' } }, { readOnlyHint: true }), DOKPLOY, 'read', 'low'],
    ['negative: a script run', tool('script_run', 'Run a saved script.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('testing a notification channel (`notification-testDiscordConnection`) sends a test message where people read it: a write, medium, that changes nothing about where it sends; a webhook sent a test event (`test_webhook`) is a machine endpoint checked, low; testing a connection to a provider only checks it, and a webhook signature verified is a read', () => {
  const DOKPLOY = server('Dokploy', ['notification-testDiscordConnection', 'gitlab-testConnection', 'notification-createDiscord']);
  check([
    ['a Discord notification tested', tool('notification-testDiscordConnection', 'POST /notification.testDiscordConnection', { webhookUrl: { type: 'string' }, decoration: { type: 'boolean' } }), DOKPLOY, 'write', 'medium'],
    ['a configured webhook sent a test event: a machine endpoint checked, low (see below)', tool('test_webhook', 'Send a test event to your webhook endpoint to verify it is working.', { webhookId: { type: 'string' } }), server('Zernio', ['test_webhook', 'create_webhook']), 'write', 'low'],
    ['negative: a git provider connection tested', tool('gitlab-testConnection', 'POST /gitlab.testConnection', { gitlabId: { type: 'string' } }), DOKPLOY, 'read', 'low'],
    ['negative: a webhook signature verified', tool('verify_webhook_signature', 'Verify the signature of a webhook payload.', { payload: { type: 'string' }, signature: { type: 'string' } }), server('PayMongo', ['verify_webhook_signature', 'create_payment']), 'read', undefined],
  ]);
});

describe('an export its description sends into storage ("Export a backup file to Object Storage", "to an S3 bucket") writes the copy there, whatever read-only hint the server gives; an export that returns its data stays a read', () => {
  const NCLOUD = server('Ncloud', ['ncloud_export_mysql_backup', 'ncloud_list_mysql_backups', 'ncloud_export_table_csv']);
  check([
    ['a backup file exported to Object Storage', tool('ncloud_export_mysql_backup', 'Export a Cloud DB for MySQL backup file to Object Storage. Use ncloud_list_mysql_backup_details to get available file names.', { instanceNo: { type: 'string' }, fileName: { type: 'string' }, bucketName: { type: 'string' } }, { readOnlyHint: true }), NCLOUD, 'write', 'medium'],
    ['logs exported to a bucket, text only', tool('export_logs', 'Export searched logs to an Object Storage bucket.', { query: { type: 'string' }, bucket: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a table exported as CSV text', tool('ncloud_export_table_csv', 'Export a table as CSV and return it.', { table: { type: 'string' } }, { readOnlyHint: true }), NCLOUD, 'read', undefined],
  ]);
});

describe('a deployment queue cleaned (an application\'s or a compose service\'s `cleanQueues`, `cleanAllDeploymentQueue`) drops deployments that can be triggered again: a write; a message or job queue purged loses what it held', () => {
  const DOKPLOY = server('Dokploy', ['application-cleanQueues', 'application-deploy', 'project-create']);
  check([
    ['an application\'s deployment queue cleaned', tool('application-cleanQueues', 'POST /application.cleanQueues', { applicationId: { type: 'string' } }), DOKPLOY, 'write', 'medium'],
    ['negative: a job queue cleaned', tool('clean_queue', 'Clean jobs from queue', { queue: { type: 'string' }, status: { type: 'string' } }), server('BullMQ', ['clean_queue', 'add_job']), 'destructive', undefined],
  ]);
});

describe('saving or updating the environment a service runs with (`mysql-saveEnvironment` with `env`, a project updated with its variables) replaces the keys and settings it runs on: high; a project created with its first variables, or a session\'s defaults, replaces nothing', () => {
  const DOKPLOY = server('Dokploy', ['mysql-saveEnvironment', 'project-create', 'backup-one']);
  check([
    ['a database service\'s environment saved', tool('mysql-saveEnvironment', 'POST /mysql.saveEnvironment', { mysqlId: { type: 'string' }, env: { type: 'string' } }), DOKPLOY, 'write', 'high'],
    ['a project\'s variables updated', tool('project-update', 'POST /project.update', { projectId: { type: 'string' }, name: { type: 'string' }, env: { type: 'string' } }), DOKPLOY, 'write', 'high'],
    ['negative: a project created with its first variables', tool('project-create', 'POST /project.create', { name: { type: 'string' }, env: { type: 'string' } }), DOKPLOY, 'write', 'medium'],
    ['negative: a session\'s defaults set', tool('session_set_defaults', 'Set session defaults for later builds.', { scheme: { type: 'string' }, env: { type: 'object' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('a reverse proxy\'s configuration changed, or the proxy reloaded or given ports (Traefik\'s, nginx\'s), changes how every live request is routed: high; a proxy\'s configuration read stays a read', () => {
  const DOKPLOY = server('Dokploy', ['settings-updateTraefikConfig', 'settings-readTraefikConfig', 'backup-one']);
  check([
    ['the Traefik configuration replaced', tool('settings-updateTraefikConfig', 'POST /settings.updateTraefikConfig', { traefikConfig: { type: 'string' } }), DOKPLOY, 'write', 'high'],
    ['an nginx site config written, text only', tool('update_nginx_config', 'Update the nginx configuration of a site.', { site: { type: 'string' }, config: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: the Traefik configuration read', tool('settings-readTraefikConfig', 'GET /settings.readTraefikConfig', {}, { readOnlyHint: true }), DOKPLOY, 'read', 'low'],
  ]);
});

describe('an application pointed at the repository it builds from (`application-saveGithubProvider`) runs whatever that repository holds at its next deployment: high; a git provider\'s own record read stays a read', () => {
  const DOKPLOY = server('Dokploy', ['application-saveGithubProvider', 'github-one', 'backup-one']);
  check([
    ['an application\'s GitHub source set', tool('application-saveGithubProvider', 'POST /application.saveGithubProvider', { applicationId: { type: 'string' }, repository: { type: 'string' }, owner: { type: 'string' }, branch: { type: 'string' } }), DOKPLOY, 'write', 'high'],
    ['negative: a GitHub provider read', tool('github-one', 'GET /github.one', { githubId: { type: 'string' } }, { readOnlyHint: true }), DOKPLOY, 'read', undefined],
  ]);
});

describe('a network ACL\'s or a route table\'s description set is its label: what it lets through stays as it was, so the privilege it governs does not make the write high', () => {
  const NCLOUD = server('Ncloud', ['ncloud_set_network_acl_description', 'ncloud_add_network_acl_inbound_rule', 'ncloud_list_servers']);
  check([
    ['a network ACL\'s description set', tool('ncloud_set_network_acl_description', 'Set or update the description of a Network ACL', { networkAclNo: { type: 'string' }, networkAclDescription: { type: 'string' } }), NCLOUD, 'write', 'medium'],
    ['negative: a network ACL\'s inbound rule added', tool('ncloud_add_network_acl_inbound_rule', 'Add an inbound rule to a Network ACL', { networkAclNo: { type: 'string' }, protocol: { type: 'string' }, ipBlock: { type: 'string' } }), NCLOUD, 'write', 'high'],
  ]);
});

describe('a Wi-Fi network (SSID) created or changed, a guest hotspot voucher made, or an AI gateway\'s guardrail changed or given to members, decides who gets on the network or what a key may do: high', () => {
  const UNIFI = server('UniFi Network', ['unifi_create_wlan', 'unifi_list_clients', 'unifi_create_voucher', 'unifi_set_client_name']);
  const GATEWAY = server('OpenRouter admin', ['or_guardrail_update', 'or_guardrail_list', 'or_keys_list']);
  check([
    ['a Wi-Fi network created with its passphrase', tool('unifi_create_wlan', 'Create a new Wi-Fi SSID network.', { name: { type: 'string' }, x_passphrase: { type: 'string' } }), UNIFI, 'write', 'high'],
    ['guest vouchers created', tool('unifi_create_voucher', 'Create new guest hotspot Wi-Fi vouchers.', { minutes: { type: 'number' }, count: { type: 'number' } }), UNIFI, 'write', 'high'],
    ['a guardrail updated', tool('or_guardrail_update', 'Update an existing guardrail.', { id: { type: 'string' }, name: { type: 'string' }, allowed_providers: { type: 'array', items: { type: 'string' } } }), GATEWAY, 'write', 'high'],
    ['negative: a device\'s display name set', tool('unifi_set_client_name', 'Assign an alias or custom display name to a client device by MAC address.', { mac: { type: 'string' }, name: { type: 'string' } }), UNIFI, 'write', undefined],
  ]);
});

describe('a vote on an issue, a poll or an entry is a reaction the caller can take back: low; a vote on a proposal, a decision or an oracle\'s verdict decides something and stays medium', () => {
  check([
    ['a vote added to an issue', tool('jira_add_issue_vote', 'Cast a vote for a JIRA issue (as the current user).', { issueKey: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a vote on a poll', tool('vote-on-poll', 'Vote on a poll attached to a post', { pollId: { type: 'string' }, choices: { type: 'array', items: { type: 'number' } } }), GENERIC, 'write', 'low'],
    ['negative: a vote on a proposal', tool('relay_vote', 'Cast a vote on an existing proposal.', { proposal_id: { type: 'string' }, vote: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('what is selected in an editor (its nodes, the active pixel selection) is where the next action applies, nothing stored: a selection set, grown or inverted is a low-risk write; a company\'s industry selection is a stored choice', () => {
  check([
    ['nodes selected in a design file', tool('set_selections', 'Set selection to multiple nodes in Figma and scroll viewport to show them', { nodeIds: { type: 'array', items: { type: 'string' } } }), server('Figma', ['set_selections', 'get_selection', 'create_frame']), 'write', 'low'],
    ['the editor\'s selection replaced', tool('set_editor_selection', 'Replace or extend the editor\'s Scene-dock selection.', { node_paths: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', 'low'],
    ['negative: a company\'s industry selection updated', tool('industry-selection_update', 'Update a company industry selection', { request: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a trading position\'s leverage or margin mode set multiplies what it can gain and lose: write/high; the leverage read stays a read', () => {
  check([
    ['a futures position\'s leverage set', tool('futures_set_leverage', 'Set leverage for a FUTURES delivery instrument or position. [CAUTION] Changes risk parameters.', { instId: { type: 'string' }, lever: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a margin mode set', tool('set_margin_mode', 'Set margin mode (cross or isolated) for futures trading.', { symbol: { type: 'string' }, mode: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: the leverage read', tool('futures_get_leverage', 'Get current leverage for a FUTURES instrument.', { instId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('compressing what is kept (stored context, pattern storage, a PDF file) rewrites it smaller where it lives: a write; compressing text handed in only returns it', () => {
  check([
    ['old context compressed to save space', tool('context_compress', 'Intelligently compress old context to save space', {}), GENERIC, 'write', undefined],
    ['pattern storage compressed', tool('hooks_compress', 'Compress pattern storage using TensorCompress. Provides up to 10x memory savings.', {}), GENERIC, 'write', undefined],
    ['a PDF file compressed', tool('compress_pdf', 'Compress a PDF file to reduce its size. Choose from low, medium, or high compression levels.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: text handed in compressed', tool('compress_text', 'Compress the given text into a shorter summary and return it.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('booting a simulator or a test device brings it online for the caller\'s later commands: write/low; a server or a droplet rebooted is a live machine restarted', () => {
  check([
    ['an iOS simulator booted', tool('boot_sim', 'Boot iOS simulator for manual/non-build flows.', { simulatorId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a device booted for later commands', tool('boot', 'Boot or prepare the selected device or simulator so later commands can target it.', { device: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a server rebooted on a cloud', tool('reboot_server', 'Reboot one or more running server instances', { serverIds: { type: 'array', items: { type: 'string' } } }), server('cloud-mcp-server', ['reboot_server', 'create_server', 'list_servers']), 'write', 'high'],
  ]);
});

describe('a check whose description offers to repair what it finds ("Diagnoses or repairs database drift", "Check or repair the database") changes what is broken: a write; a check that only reports stays a read', () => {
  check([
    ['drift diagnosed or repaired', tool('db_health_check', 'Diagnoses or repairs the database drift, including broken references and orphan rows.', { repair: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['a database checked or repaired', tool('db_health_check', 'Check or repair the database.', {}), GENERIC, 'write', undefined],
    ['negative: a database checked', tool('db_health_check', 'Check the database for drift and report what is broken.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('delegating a task (to another user, to Codex) hands it on to be done: "delegate" is an act, not an unknown word left as a read; a delegate listed is a read', () => {
  check([
    ['a user task delegated to another user', tool('task_delegate', 'Delegate a user task to another user. The original owner retains ownership but the delegated user can complete it.', { taskId: { type: 'string' }, userId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['tasks delegated to a coding agent', tool('batch-codex', 'Delegate multiple atomic tasks to Codex for batch processing.', { tasks: { type: 'array', items: { type: 'string' } } }), GENERIC, 'write', undefined],
    ['negative: a mailbox\'s delegates listed', tool('list_delegates', 'List the delegates who can read and send mail on behalf of this mailbox.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('deprecating something (a hook, a published flow) marks it no longer for use: a write, not a read of it; a read named for deprecated endpoints stays a read', () => {
  check([
    ['a published flow deprecated', tool('deprecate_whatsapp_flow', 'Deprecate a published WhatsApp Flow so it can no longer be used by new users.', { flowId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a hook deprecated, a soft delete', tool('deprecateHook', 'Deprecate (soft delete) a hook definition', { hookId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: deprecated packages detected', tool('deps_deprecated', 'Detect deprecated, unmaintained, or replaced packages.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a selection the text says is made or changed in an editor ("Select the entire document", "Select the active layer", "Create a rectangular pixel selection", "Deselect all selections") is where the next edit applies, nothing stored: a low-risk write; what is done to the selected pixels is an edit', () => {
  const PHOTOSHOP = server('Adobe Photoshop documents and layers', ['photoshop_select_all', 'photoshop_fill', 'photoshop_get_layers'], 'photoshop-mcp');
  check([
    ['the whole document selected', tool('photoshop_select_all', 'Select the entire document', {}), PHOTOSHOP, 'write', 'low'],
    ['the active layer picked by name', tool('photoshop_select_layer_by_name', 'Select the active layer by exact name, including layers inside groups.', { name: { type: 'string' } }), PHOTOSHOP, 'write', 'low'],
    ['a rectangular pixel selection made, in replace mode', tool('photoshop_select_rectangle', 'Create a rectangular pixel selection from corner coordinates.', { top: { type: 'number' }, left: { type: 'number' }, mode: { type: 'string', enum: ['replace', 'add', 'subtract'] } }), PHOTOSHOP, 'write', 'low'],
    ['every selection dropped', tool('photoshop_deselect', 'Deselect all selections', {}), PHOTOSHOP, 'write', 'low'],
    ['negative: the selected pixels filled', tool('photoshop_content_aware_fill', 'Fill the current pixel selection using Content-Aware Fill.', {}), PHOTOSHOP, 'write', 'medium'],
    ['negative: the current selection read', tool('photoshop_get_selection_bounds', 'Get the bounds of the current pixel selection.', {}), PHOTOSHOP, 'read', 'low'],
  ]);
});

describe('a git repository or worktree picked, or the running instance of an app later calls are routed to, is the context later calls work in, like a project: write/low', () => {
  const DEVBENCH = server('devbench-mcp', ['devbench_git_select_worktree', 'devbench_git_select_repository', 'devbench_logs']);
  check([
    ['a git worktree picked', tool('devbench_git_select_worktree', 'Select one registered project\'s worktree for Git review, new terminals, agents and snapshots.', { worktree: { type: 'string' } }), DEVBENCH, 'write', 'low'],
    ['a git repository picked', tool('devbench_git_select_repository', 'Select the registered Git repository shown by the workbench.', { repo: { type: 'string' } }), DEVBENCH, 'write', 'low'],
    ['an editor instance picked', tool('godot_select_instance', 'Select a Godot instance by id; subsequent calls are routed to it.', { id: { type: 'string' } }), server('godot-mcp', ['godot_select_instance', 'godot_run_scene']), 'write', 'low'],
    ['negative: a git repository\'s details read', tool('git_get_repository', 'Get the details of a Git repository.', { repo: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a selection the description says later calls work on ("to use for subsequent script executions"), or that is picked to be connected ("Select a specific Pinterest board to connect"), changes a setting: a write; a page picked in a driven browser is where the agent looks', () => {
  check([
    ['a board picked to connect after OAuth', tool('zernio_select_pinterest_board', 'Select a specific Pinterest board to connect after the OAuth flow lists available boards.', { profileId: { type: 'string' }, boardId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a runtime version picked for later runs', tool('select-node-version', 'Select a specific Node.js version to use for subsequent script executions', { version: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a social account\'s page picked to connect is no browser page', tool('zernio_select_facebook_page', 'Select a specific Facebook Page to connect after the OAuth flow lists available pages.', { pageId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a browser page picked as the context', tool('select_page', 'Select a page as a context for future tool calls.', { pageId: { type: 'number' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a game engine\'s autoload removed (`remove_autoload`) takes a project setting off, one naming a script to load at start; the script stays and the entry can be added back: a write', () => {
  check([
    ['an autoload entry removed', tool('remove_autoload', 'Remove an autoload entry.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a script removed', tool('remove_script', 'Remove a script file from the project.', { path: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('promoting a version, a draft, a prompt or a branch makes it the current one: a write; promoting a deployment or a DevOps work item moves it through the deploy pipeline: execute', () => {
  check([
    ['a prompt version promoted to active', tool('promote_prompt_version', 'Promote a prompt version to be the current active version.', { slug: { type: 'string' }, version: { type: 'number' } }), GENERIC, 'write', undefined],
    ['a delayed job promoted', tool('promote_job', 'Promote a delayed job', { queue: { type: 'string' }, jobId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a deployment promoted to production', tool('vercel_promote_deployment', 'Promote deployment to production', { deploymentId: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a work item promoted to the next stage', tool('promote_devops_center_work_item', 'Promote an approved work item to the next stage in the DevOps Center pipeline.', { workItemNames: { type: 'array', items: { type: 'string' } } }), GENERIC, 'execute', undefined],
  ]);
});

describe('`debug` opening a name before another verb (`debug_set_gc_percent`, `debug_breakpoint_remove`) names the debug tools, not the act: the later verb says what the call does', () => {
  check([
    ['a debug setting set', tool('debug_set_gc_percent', '', { 'gc-percent': { type: 'number' } }), GENERIC, 'write', undefined],
    ['a breakpoint removed in a debug session', tool('debug_breakpoint_remove', 'Remove breakpoint.', { debugSessionId: { type: 'string' }, breakpointId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a bare debug of an app', tool('debug_app', 'Inspect the running app and report its state.', { appId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('overwriting the value a field, a variable or an assignee held ("Overwrites any existing value", "overwriting existing values") is what setting it does: a write; overwriting a file destroys its content', () => {
  check([
    ['a variable set over its old value', tool('set_variable', 'Set a single named variable on an active process instance. Overwrites any existing value.', { name: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a task assigned over its old assignee', tool('set_assignee', 'Assign a user task to a specific user. Overwrites any existing assignee.', { taskId: { type: 'string' }, userId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['cells written over their values', tool('write_cells', 'Writes data to a range in a spreadsheet, overwriting existing values.', { range: { type: 'string' }, values: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a file overwritten', tool('write_file', 'Create a new file or completely overwrite an existing file with new content.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('overwriting a configuration, rules, a schedule or settings replaces what can be set again: a write; overwriting a site\'s contents destroys them', () => {
  check([
    ['a firewall\'s rules overwritten', tool('set_firewall_rules', 'Set rules on an existing firewall (overwrites all rules).', { id: { type: 'number' }, rules: { type: 'array' } }), GENERIC, 'write', undefined],
    ['a price schedule overwritten', tool('set_price_schedule', 'Set the price schedule for an app. WARNING: This overwrites the existing schedule.', { appId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a site\'s contents overwritten', tool('deploy_archive', 'Deploy a static site from an archive file. WARNING: this overwrites the website\'s existing contents and cannot be undone.', { archive: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('an overwrite the description rules out ("rather than overwriting", "instead of overwriting", "never overwrites") is no destruction: a write', () => {
  check([
    ['a config versioned rather than overwritten', tool('update_config', 'Update a config by slug; every call creates a new config version rather than overwriting, so earlier versions stay recoverable.', { slug: { type: 'string' }, config: { type: 'object' } }), GENERIC, 'write', undefined],
    ['a note saved without overwriting', tool('save_note', 'Save a note under a new name without overwriting the existing one.', { title: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a file overwritten', tool('put_file', 'Write a file to the server. This will overwrite the existing file at that path.', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a security signal, finding or alert is what a monitor found: triaging it changes no one\'s access, a reversible write (medium); changing security settings is high', () => {
  check([
    ['a security signal\'s triage state changed', tool('change_the_triage_state_of_a_security_signal', 'Change the triage state of a security signal.', { signal_id: { type: 'string' }, state: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a security finding assigned', tool('update_security_finding', 'Assign a security finding to a teammate.', { finding_id: { type: 'string' }, assignee: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: security settings changed', tool('update_security_settings', 'Update the organization security settings.', { settings: { type: 'object' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('an SSL or TLS certificate, a certificate signing request signed and a certificate authority decide whom clients trust: privilege, high; a certificate\'s label is not', () => {
  check([
    ['an SSL certificate created', tool('create_ssl', 'Create an SSL certificate', { cert: { type: 'string' }, key: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a CSR signed by a private CA', tool('pca_sign_end_csr', 'Sign a provided CSR to issue a new end-entity certificate.', { caTag: { type: 'string' }, csr: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a private CA created', tool('pca_create_ca', 'Create a new Private CA (Root CA or Sub CA).', { alias: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a note\'s label changed', tool('update_note_label', 'Change the label of a note.', { noteId: { type: 'string' }, label: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a database\'s users edited are its logins (their passwords, their rights): privilege, high; a CRM user\'s name edited is not', () => {
  check([
    ['MySQL users changed', tool('change_mysql_users', 'Change DB user information (authority, password, hostIp) for a Cloud DB for MySQL instance.', { instanceNo: { type: 'string' }, users: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['a database cluster\'s user updated', tool('db-cluster-update-user', 'Update a database user\'s settings.', { id: { type: 'string' }, username: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a CRM user\'s display name', tool('update_user_name', 'Update the display name of a user in the CRM.', { userId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an app or a project the caller runs for themselves (the game an editor runs, an app on a simulator, a dev project), stopped, ends their own run: medium; a hosted app stopped goes offline for its users: high', () => {
  check([
    ['the project a game engine runs', tool('stop_project', 'Stop the currently running Godot project', {}), server('godot-mcp', ['run_project', 'stop_project', 'get_debug_output']), 'write', 'medium'],
    ['an app on a simulator', tool('stop_app_sim', 'Stop sim app.', { bundleId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an app the server drives', tool('stop_app', 'Stops the currently running Flutter app and cleans up.', {}), server('flutter-driver-mcp', ['start_app', 'tap', 'scroll', 'stop_app']), 'write', 'medium'],
    ['negative: a hosted application', tool('stop_application', 'Stop a running application.', { uuid: { type: 'string' } }), server('coolify-mcp', ['list_applications', 'start_application', 'stop_application']), 'write', 'high'],
    ['negative: an app on the host computer', tool('stop_mac_app', 'Stop macOS app.', { appName: { type: 'string' } }), server('mobilebuildmcp', ['launch_mac_app', 'stop_mac_app', 'tap', 'swipe']), 'write', 'high'],
  ]);
});

describe('someone put on a campaign or a message sequence is then sent its messages: outward, high; taking them off, or adding a campaign\'s variables, is not', () => {
  check([
    ['a contact added to a campaign', tool('add_contact_to_campaign', 'Add contact to a marketing campaign', { contactId: { type: 'string' }, campaignId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a contact enrolled in a sequence', tool('enroll_contact_in_sequence', 'Enroll a contact into a message sequence to start receiving automated follow-ups.', { contactId: { type: 'string' }, sequenceId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an email enrolled', tool('sequence_enroll', 'Enroll an email into a sequence.', { email: { type: 'string' }, sequence: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a contact taken off a sequence', tool('unenroll_contact_from_sequence', 'Remove a contact from a message sequence to stop their automated follow-ups.', { contactId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: variables added to a campaign', tool('campaigns_add_variables', 'Add custom variable names to a campaign.', { campaignId: { type: 'string' }, variables: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a notification to the caller\'s own user (their phone, their bell, "to the user"), or to the system\'s other agents, reaches no one else: medium; a notification to other people is outward, high', () => {
  check([
    ['a push notification to the user', tool('send_push_notification', 'Send a push notification to the user about a session that needs attention.', { session_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a phone notification to the owner', tool('device_notify', 'Send the owner a phone notification (proactive ping).', { text: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a bell notification', tool('ops_notify', "Raise an attention notification. Raise a 'needs your attention' bell notification.", { title: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a cross-agent notification', tool('hooks_notify', 'Send cross-agent notification.', { message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an email notification to users', tool('notify_issue', 'Send a manual email notification about an issue to specific users', { issueKey: { type: 'string' }, users: { type: 'array' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a cloud whose tools create servers, behind its prefix too (`ncloud_create_server`), runs people\'s services on them: a server stopped or rebooted there goes offline, high', () => {
  const CLOUD = server('ncloud-mcp-server', ['ncloud_create_server', 'ncloud_list_servers', 'ncloud_stop_server', 'ncloud_reboot_server']);
  check([
    ['a server stopped', tool('ncloud_stop_server', 'Stop one or more running server instances', { serverInstanceNos: { type: 'array' } }), CLOUD, 'write', 'high'],
    ['a server rebooted', tool('ncloud_reboot_server', 'Reboot one or more running server instances', { serverInstanceNos: { type: 'array' } }), CLOUD, 'write', 'high'],
    ['negative: a local language server restarted', tool('lsp_restart_server', 'Restart the language server', {}), server('lsp-mcp', ['lsp_restart_server', 'lsp_hover']), 'write', 'medium'],
  ]);
});

describe('on a cloud that hosts servers, a running cluster\'s node count or capacity changed resizes what runs and what is billed: high; a count elsewhere is not', () => {
  const CLOUD = server('cloud-mcp', ['create_server', 'hadoop_change_node_count', 'set_desired_capacity']);
  check([
    ['a cluster\'s node count', tool('hadoop_change_node_count', 'Change worker node count in a Cloud Hadoop cluster (add or remove nodes)', { clusterNo: { type: 'string' }, count: { type: 'number' } }), CLOUD, 'write', 'high'],
    ['an auto-scaling group\'s desired capacity', tool('set_desired_capacity', 'Set the desired capacity for an Auto Scaling Group', { asgNo: { type: 'string' }, desiredCapacity: { type: 'number' } }), CLOUD, 'write', 'high'],
    ['negative: a product\'s stock count in a shop', tool('set_stock_count', 'Set the stock count of a product', { productId: { type: 'string' }, count: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a node\'s, a layer\'s or a bone\'s scale in a scene or a picture is its size on screen, not capacity: medium; a deployment scaled is high', () => {
  check([
    ['a scene node\'s scale', tool('set_node_scale', 'Set node scale (2D/3D).', { path: { type: 'string' }, scale: { type: 'object' } }), GENERIC, 'write', 'medium'],
    ['a layer scaled', tool('photoshop_scale_layer', 'Scale the active layer by a percentage', { percent: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: a deployment scaled', tool('kubectl_scale', 'Scale a Kubernetes deployment or statefulset to a number of replicas.', { name: { type: 'string' }, replicas: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a table\'s key (an alternate or a foreign key) is a constraint on its rows, and an input key is bound to an action: neither opens anything, medium; an API key created is high', () => {
  check([
    ['an alternate key', tool('create-entity-alternate-key', 'Create an alternate key on a Dataverse entity', { entityName: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a foreign key', tool('add_foreign_key', 'Adds a foreign key constraint to a table.', { table: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an input key binding', tool('bind_input_key', 'Create or extend a keyboard input binding', { action: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an API key created', tool('create_api_key', 'Create a new API key for the account.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a bare `notify` flag, or one to the tool\'s own users or members, tells teammates inside the organisation: no outward act, medium; a flag that notifies the customer is outward, high', () => {
  check([
    ['an issue updated with notifyUsers', tool('jira_update_issue', 'Update an existing Jira issue. Only provided fields will be modified.', { issueKey: { type: 'string' }, fields: { type: 'object' }, notifyUsers: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['a task created with notify_user', tool('task_create', 'Create a new Task in a project.', { project: { type: 'string' }, subject: { type: 'string' }, notify_user: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
    ['negative: an order updated with notifyCustomer', tool('update_order_status', 'Update the status of an order.', { orderId: { type: 'string' }, status: { type: 'string' }, notifyCustomer: { type: 'boolean' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a plain path, folder or file name described as the output is where the tool saves what it makes: a write, medium; a path the tool reads from stays a read', () => {
  check([
    ['an export to an output folder', tool('export_artboards', 'Export every artboard in the active document to a folder.', { folder: { type: 'string', description: 'Absolute output folder (created if missing)' } }), GENERIC, 'write', 'medium'],
    ['a generated file with an output file name', tool('export_generate_csv', 'Generate a CSV file from data array. Returns file path.', { data: { type: 'array' }, filename: { type: 'string', description: 'Output filename (without extension)' } }), GENERIC, 'write', 'medium'],
    ['negative: an export whose path is the file it reads', tool('export_layers', 'Export the layers of a document as a JSON list.', { path: { type: 'string', description: 'Path of the document to read' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a running cluster, node pool or database instance upgraded to a new version of what it runs restarts on it: high; a website\'s language version or a template upgraded is not that', () => {
  check([
    ['a cluster\'s engine version', tool('cdss_upgrade_version', 'Upgrade the Kafka version of a CDSS cluster. Run the precheck first.', { clusterNo: { type: 'string' }, version: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a node pool\'s Kubernetes version', tool('nks_upgrade_node_pool', 'Upgrade the Kubernetes version of a node pool.', { poolId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a database instance\'s engine version', tool('upgrade_mysql_version', 'Upgrade the DB engine version of a Cloud DB for MySQL instance', { instanceNo: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a template upgraded', tool('apply_template_upgrade', 'Upgrade a document template to its latest version.', { templateId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a cluster\'s services or nodes restarted, as the description names them, go offline for whoever uses the cluster: high; an add-on of one\'s own restarted stays medium', () => {
  check([
    ['a cluster\'s services restarted', tool('cdss_restart_kafka', 'Restart Kafka and ZooKeeper services in a CDSS cluster', { clusterNo: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a rolling restart of a cluster\'s nodes', tool('cdss_rolling_restart', 'Perform a rolling restart of all nodes in a CDSS cluster', { clusterNo: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an add-on restarted', tool('ha_restart_addon', 'Restart an add-on.', { slug: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a payroll or a pay schedule edited, cancelled or skipped changes what people are paid, or when: high; a new one, or checks printed from one, stays medium', () => {
  check([
    ['a payroll updated', tool('payrolls_update', 'Update a payroll by ID with new hours and earnings for its employees.', { payrollId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a pay schedule updated', tool('pay-schedules_update', 'Updates a pay schedule.', { payScheduleId: { type: 'string' }, frequency: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an off-cycle payroll created', tool('payrolls_create-off-cycle', 'Creates a new, unprocessed, off-cycle payroll.', { startDate: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: printable checks generated', tool('payrolls_generate-printable-checks', 'Generate printable payroll checks (pdf). This endpoint initiates the generation of employee checks for the payroll.', { payrollId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a reply to a comment, a post or a review on a social network is published under it, for whoever sees the original: high; a reply in a review tool\'s thread stays inside', () => {
  check([
    ['a reply to a Facebook comment', tool('meta_reply_post_comment', 'Replies to a comment on a Facebook Page post.', { comment_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a reply on a social media post', tool('reply_to_comment', 'Reply to a comment on a social media post.', { commentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a reply in a design review thread', tool('reply_to_comment', 'Reply to a comment on a design file.', { commentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an edit of a post on a social network, or of one already published, changes what others see at once: high; a draft or a scheduled post is seen by no one yet', () => {
  check([
    ['a Facebook Page post edited', tool('meta_update_post', 'Updates an existing Facebook Page post\'s message text.', { post_id: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a published post edited', tool('edit_published_post', 'Edit a post that has already been published.', { postId: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a draft or scheduled post edited', tool('update_post', 'Update a draft or scheduled post\'s content, schedule, or media on social media.', { postId: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a conversation started by sending a first message sends that message to its contact: high; a conversation record created with no message stays medium', () => {
  check([
    ['a DM conversation started with a first message', tool('create_conversation', 'Start a new DM conversation by sending a first message to a contact on a connected social account.', { contactId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a conversation record created', tool('create_conversation', 'Create a conversation record for a contact in the CRM.', { contactId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('on a telephony platform a live call is acted on at once: its audio recorded, streamed or transcribed, or the call, its conference or a participant changed: high; a recording already going, paused, stays medium', () => {
  const PHONE = server('twilio-mcp', ['CreateCall', 'CreateMessage', 'UpdateCall'], '@twilio-alpha/mcp');
  check([
    ['a live call recorded', tool('CreateCallRecording', 'Create a recording for the call.', { CallSid: { type: 'string' } }), PHONE, 'write', 'high'],
    ['a live call redirected or ended', tool('UpdateCall', 'Twilio - Api: This is the public Twilio REST API. Initiates a call redirect or terminates a call (Uses default AccountSid if not provided)', { Sid: { type: 'string' }, Url: { type: 'string' } }), PHONE, 'write', 'high'],
    ['negative: a recording paused', tool('UpdateCallRecording', 'Changes the status of the recording to paused, stopped, or in-progress.', { Sid: { type: 'string' }, Status: { type: 'string' } }), PHONE, 'write', 'medium'],
    ['negative: a call log note updated in a CRM', tool('update_call', 'Update a logged call on a contact.', { id: { type: 'string' }, notes: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a line drawn where the description says it goes on a chart ("on the active Yahoo Finance chart") is the chart\'s display, as on a charting server: low, wherever the server\'s other tools are unknown; a shape drawn into a document stays medium', () => {
  check([
    ['a vertical line drawn on the chart', tool('draw_vertical', 'Draw a vertical line at a single date on the active Yahoo Finance chart — e.g. to mark an event.', { date: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a rectangle drawn into a whiteboard', tool('draw_rectangle', 'Draw a rectangle on the whiteboard document.', { x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a server named for a cloud that rents servers (`hcloud-mcp`, Hetzner, DigitalOcean, Linode, Vultr) hosts them even where its other tools are unknown: a server of it rebooted or powered off goes offline for its users, high; the same name on a local tool is a dev server', () => {
  check([
    ['a cloud server rebooted', tool('reboot_server', 'Reboot a server', { id: { type: 'number' } }), server('hcloud-mcp', ['reboot_server', 'power_off_server'], 'hcloud-mcp'), 'write', 'high'],
    ['negative: a local language server restarted', tool('restart_server', 'Restart the language server.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('"pay" after a wallet\'s maker (`apple-pay-link-token`, `google_pay_session`) names the wallet, Apple Pay or Google Pay, not a payment made: an Apple Pay token linked is a write; a payment made stays financial', () => {
  check([
    ['an Apple Pay token linked', tool('apple-pay-link-token', 'Connect an Apple Pay token to the specified account.', { accountID: { type: 'string' }, token: { type: 'object' } }), server('@moovio/sdk'), 'write', undefined],
    ['a Google Pay session created', tool('google-pay-create-session', 'Create a session with Google Pay to facilitate a payment.', { accountID: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an invoice paid', tool('pay_invoice', 'Pay an open invoice from the account balance.', { invoiceId: { type: 'string' } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('a user\'s account enabled, disabled, unlocked or suspended decides whether that person can sign in at all: high; a social account blocked only hides the two from each other', () => {
  check([
    ['a user disabled', tool('confluence_admin_disable_user', 'Disable a user in the Confluence instance. Requires system administrator permission.', { username: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a locked user unlocked', tool('user_unlock', 'Unlock a locked user account. Use when a user has been locked due to failed login attempts.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a social account blocked', tool('block-account', 'Block an account (prevents them from seeing your posts and vice versa)', { accountId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a drawing the description names as a price chart\'s own (a Fibonacci study, a pitchfork, a trend line, a line through (date, price) points) is only the chart\'s display: low, even where the server\'s other tools are unknown; a diagram drawn in a document stays a write', () => {
  check([
    ['a Fibonacci arc drawn', tool('draw_fib_arc', 'Draw a Fibonacci arc from a base (date, price) pivot through a second (date, price) point.', { base: { type: 'object' }, point: { type: 'object' } }), GENERIC, 'write', 'low'],
    ['negative: a diagram drawn in a document', tool('draw_diagram', 'Draw a flow diagram into the document.', { spec: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a file system mounted or unmounted (`mount_mount`, `mount_unmount`) is attached to or taken off a directory tree, its files kept: write; a list of the mounts stays a read', () => {
  const RCLONE = server('rclone-mcp-server', ['mount_mount', 'mount_unmount', 'mount_unmountall', 'mount_listmounts', 'mount_types', 'sync_copy']);
  check([
    ['a remote mounted', tool('mount_mount', '', { fs: { type: 'string' }, mountPoint: { type: 'string' } }), RCLONE, 'write', 'medium'],
    ['a mount taken off', tool('mount_unmount', '', { mountPoint: { type: 'string' } }), RCLONE, 'write', undefined],
    ['every mount taken off', tool('mount_unmountall', '', {}), RCLONE, 'write', undefined],
    ['negative: the mounts listed', tool('mount_listmounts', '', {}), RCLONE, 'read', 'low'],
  ]);
});

describe('edits named by their effect (an image upscaled or reframed, names remapped, a thing randomised, a source resynced, a selection dropped) change what they act on: write; an upscaled image fetched stays a read', () => {
  check([
    ['an image upscaled', tool('topaz_upscale_image', 'Upscale and enhance images using Topaz Labs AI upscaler.', { image_url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['an image reframed', tool('ideogram_reframe', 'Reframe images to different aspect ratios and sizes using Ideogram V3 Reframe model', { image_url: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a JAR remapped', tool('remap-mod-jar', 'Remap a Fabric mod JAR from intermediary to yarn/mojang names.', { inputJar: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a compose file randomised', tool('compose-randomizeCompose', 'POST /compose.randomizeCompose', { composeId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a network resynced', tool('network-resync', 'POST /network.resync', { networkId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a selection dropped', tool('photoshop_deselect', 'Deselect all selections', {}), GENERIC, 'write', undefined],
    ['negative: an upscaled image fetched', tool('get_upscaled_image', 'Get the upscaled image of a finished job.', { job_id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a service edited, the thing itself (`update_service`, `service_update`), changes a running service\'s configuration and what it serves at once: high; a part of one (a service task, a service\'s definition in a catalog) stays medium', () => {
  check([
    ['a service updated', tool('update_service', 'Update a service by UUID.', { uuid: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['a service\'s configuration updated', tool('service_update', 'Update a service\'s configuration.', { serviceId: { type: 'string' }, config: { type: 'object' } }), GENERIC, 'write', 'high'],
    ['negative: a service task updated', tool('update_service_task', 'Update an FSM service task.', { id: { type: 'string' }, status: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a service definition updated', tool('create_or_update_service_definition', 'Create or update service definition in the Datadog Service Catalog.', { body: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a like, a follow or an upvote on a public social network (Twitter/X, LinkedIn, Reddit) is seen by everyone there under the account\'s name: medium; the same mark elsewhere (an issue\'s star, an emoji on a merge request) or a bookmark stays low', () => {
  check([
    ['a tweet liked', tool('zernio_twitter_like', 'Like a tweet from a connected Twitter/X account.', { tweetId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a person followed on LinkedIn', tool('linkedin_follow', 'Follow a person on LinkedIn.', { profile: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a Reddit post upvoted', tool('reddit_upvote', 'Upvote a Reddit post or comment from a connected Reddit account.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a tweet bookmarked', tool('twitter_bookmark', 'Bookmark a tweet on a connected Twitter/X account.', { tweetId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: an issue starred', tool('issue_star', 'Star an issue.', { issueId: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('a name that ends in a CRUD verb and how many it acts on (`households_shopping_list_items_update_one`) states that verb; every word before it names the thing, a verb-shaped "list" included', () => {
  check([
    ['a shopping list\'s item updated', tool('households_shopping_list_items_update_one', 'Update One — Households: Shopping List Items. Replace (full update) shopping item.', { item_id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a shopping list\'s items updated', tool('households_shopping_list_items_update_many', 'Update Many — Households: Shopping List Items.', { body: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a shopping list\'s items got', tool('households_shopping_list_items_get_all', 'Get All — Households: Shopping List Items. List shopping items.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a load that puts what it reads into or onto something (a table, a database, a scene\'s node: "Load a texture onto a Sprite2D node") changes that thing: write; a load that hands back what it reads stays a read', () => {
  check([
    ['a sprite loaded into a node', tool('load_sprite', 'Load a sprite into a Sprite2D node', { projectPath: { type: 'string' }, scenePath: { type: 'string' }, nodePath: { type: 'string' }, texturePath: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a texture loaded onto a node', tool('load_sprite', 'Load a texture onto a Sprite2D node.', { node_path: { type: 'string' }, texture_path: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a template loaded and returned', tool('gallery_load', 'Load a named gallery template and return it as base64.', { name: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a test event, ping or delivery sent to check an endpoint ("Send a test event to your webhook endpoint to verify it is working") carries made-up content to where the caller\'s own events go: write, low; a test email sent to people stays high', () => {
  check([
    ['a test event to a webhook', tool('test_webhook', 'Send a test event to your webhook endpoint to verify it is working.', { webhookId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a test ping to a webhook', tool('webhooks-ping', 'Send a test ping to a webhook to verify it is configured correctly.', { webhookID: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a notification subscription tested', tool('test_notification_subscription', 'Test a notification subscription by sending a test message', { subscription_id: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a test email to recipients', tool('email_send_test', 'Send a test email from one of your connected accounts to one or more recipients.', { to: { type: 'array' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a review written of a product, a store or an agent ("Write a review for a store") is published under the caller\'s name, where others choose by it: high; a review of a pull request or a rating of a support ticket stays with the team', () => {
  check([
    ['a store reviewed', tool('add_store_review', 'Write a review for a store. Rating is on a 1-10 scale.', { storeId: { type: 'string' }, rating: { type: 'number' }, body: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an agent reviewed', tool('leave_feedback', 'Leave a review for an agent after a job.', { agentId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a pull request reviewed', tool('create_pull_request_review', 'Create a review for a pull request.', { pull_number: { type: 'number' }, body: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a ticket rated', tool('create_satisfaction_rating', 'Create a satisfaction rating for a ticket.', { ticket_id: { type: 'number' }, score: { type: 'number' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a new group made empty (a permission group, a user group) holds no one and grants nothing until members or rights are added: medium; one made with its members or permissions handed in changes access: high', () => {
  check([
    ['a permission group made empty', tool('create_permission_group', 'Create a new permission group.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a user group made empty', tool('create_user_group', 'Create a new user group.', { name: { type: 'string' }, description: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a user group made with its permissions', tool('create-user-group', 'Creates a new user group.', { name: { type: 'string' }, permissions: { type: 'array' } }), GENERIC, 'write', 'high'],
    ['negative: a permission group updated', tool('update_permission_group', 'Update a permission group.', { id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a domain verified with the platform ("Verify domain ownership") is marked verified once its DNS records check out: write, low; a text that says it only returns the verification status reads it', () => {
  check([
    ['a domain verified', tool('verify_domain', 'Verify domain ownership.', { domain: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a project domain verified', tool('verifyProjectDomain', 'Verifies a project domain.', { idOrName: { type: 'string' }, domain: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: the verification status returned', tool('verifyDomainOwnership', 'Verify ownership of a domain and return the verification status.', { domain: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a signature verified', tool('verify_signature', 'Verify a webhook signature.', { payload: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a running machine\'s spec changed on a cloud that hosts servers ("Change the server spec (CPU/Memory) of a DB instance") resizes it: high, as a resize is; the spec is no document there; a stopped server\'s spec changed runs nothing yet: medium', () => {
  const CLOUD = server('ncloud-mcp-server', ['ncloud_create_server', 'ncloud_list_servers']);
  check([
    ['a database instance resized', tool('ncloud_change_mysql_spec', 'Change the server spec (CPU/Memory) of a Cloud DB for MySQL instance.', { instanceNo: { type: 'string' }, productCode: { type: 'string' } }), CLOUD, 'write', 'high'],
    ['a cluster\'s node spec changed', tool('ncloud_hadoop_change_node_spec', 'Upgrade node specs for a Hadoop cluster.', { clusterNo: { type: 'string' } }), CLOUD, 'write', 'high'],
    ['negative: a stopped server\'s spec', tool('ncloud_change_server_spec', 'Change the server spec of a stopped server instance.', { serverNo: { type: 'string' } }), CLOUD, 'write', 'medium'],
    ['negative: an API spec edited', tool('update_spec', 'Update an API specification\'s properties, such as its name.', { specId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a language-model provider set up or changed ("Create a model provider (OpenAI-compatible/Anthropic/Ollama)", an AI gateway\'s provider with its integration key) decides where every prompt goes and whose key pays: high; a shipping or a git provider stays medium', () => {
  check([
    ['a model provider created', tool('create_provider', 'Create a model provider (OpenAI-compatible, Anthropic or Ollama) with its model configuration; the apiKey is stored encrypted.', { name: { type: 'string' }, apiKey: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an AI provider updated', tool('update_ai_provider', 'Update an AI provider.', { id: { type: 'string' }, baseUrl: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a shipping provider created', tool('create_provider', 'Create a shipping provider for the store.', { name: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: an AI provider read', tool('get_ai_provider', 'Get an AI provider.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a failed post or delivery retried ("Retry a failed post -- attempt to republish", "Triggers a retry for delivering an event") is published or sent again: high; a failed job retried, or a document reprocessed, is no send', () => {
  check([
    ['a post retried', tool('retry_post', 'Retry a failed post -- attempt to republish a post that previously failed to publish.', { postId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['an event delivery retried', tool('retry', 'Retry Event Delivery. Triggers a retry for delivering an event to a destination.', { eventId: { type: 'string' }, destinationId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: failed documents reset', tool('retry_failed', 'Reset failed documents back to pending for reprocessing.', {}), GENERIC, 'write', 'medium'],
  ]);
});

describe('picking the active or current one of anything (`set_active_layer`, `set_current_page`, `photoshop_set_active_document`) only sets which one later calls act on: write, low; the current user\'s password changed is no pick', () => {
  check([
    ['the active layer picked', tool('set-active-layer', 'Sets the active layer for creating new elements.', { layer_id: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['the current page picked', tool('set_current_page', 'Set the current page.', { pageId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: the current user\'s password changed', tool('change_current_user_password', 'Change the password for the current user.', { oldPassword: { type: 'string' }, newPassword: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: a layer\'s name set', tool('set_layer_name', 'Set the name of a layer.', { layer_id: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a pane of the caller\'s window renamed, locked or set (`rename_pane`, `lock_pane`, `pane_set_symbol`) changes that window only: write, low; a pane opened with a command runs it', () => {
  check([
    ['a pane renamed', tool('rename_pane', 'Change a pane\'s label (title), applied live to the pane header.', { paneId: { type: 'string' }, label: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['a pane locked', tool('lock_pane', 'Take an advisory write lock on a pane so only this owner can send input.', { paneId: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a pane opened with a command', tool('open_pane', 'Open a new pane in the active tab; `command` runs through the shell.', { command: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('indexing source code, a corpus, an artifact or a context (`code_index`, `ollama_corpus_index`, `index-artifact`) builds and stores a search index of it, as indexing a codebase does: write; an index\'s stats read, or a UV index, are reads', () => {
  check([
    ['source code indexed', tool('code_index', 'Index source code into the knowledge graph for dependency analysis.', { target: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a corpus indexed', tool('corpus_index', 'Build a persistent named corpus from the given paths.', { name: { type: 'string' }, paths: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: an index\'s stats', tool('es_index_stats', 'Get stats (doc count, store size) for a specific index.', { index: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a UV index', tool('epa_uv_index', 'Get the UV index forecast for a location.', { zip: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a verb-shaped word right before a CRUD verb that has the name\'s object after it names the thing the CRUD verb acts on (`ops_trigger_create_claude` creates a trigger): write, not a trigger fired; a read verb there stays the act', () => {
  check([
    ['a trigger connector created', tool('ops_trigger_create_claude', 'Register a scheduled routine as the trigger connector.', { provider: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a trigger fired', tool('ops_trigger_build', 'Trigger a new build of the project.', { project: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a check of what can be deleted', tool('check-delete-eligibility', 'Check whether a record can be deleted.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a public URL the tool takes a file from ("Import an image from a public URL", "Downloads a public URL", "url: Public URL of the image to upload") is where the input comes from, nothing is made public: medium; a file given a public link stays high', () => {
  check([
    ['media imported from a public URL', tool('upload_media_from_url', 'Import an image or video from a public URL into the media library.', { url: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['an image uploaded from its public URL', tool('upload_ad_image', 'Uploads an image to an ad account\'s image library. Args: - url (string): Public URL of the image to upload.', { url: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a file given a public link', tool('create_file_link', 'Create a public link to a file.', { fileId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a verification code, a confirmation email or a pending invite sent again ("Resend the email verification code") goes to the address that already asked for it: medium; a signature request sent again stays high', () => {
  check([
    ['a verification code resent', tool('resend_verification_code', 'Resend the email verification code for a trial account.', { email: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a pending invite resent', tool('resend_user_invite', 'Resend the email for a pending invite that has not been accepted.', { inviteId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a signature request resent', tool('resend_signature_request', 'Resend a signature request.', { id: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a code review\'s draft notes or pending comments, or a draft pull request, published go to the team reviewing the change: medium, not outward; a blog post published stays high', () => {
  check([
    ['pending review comments published', tool('publishPendingComments', 'Publish all pending comments for a pull request.', { pullRequestId: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['a draft pull request published', tool('publishDraftPullRequest', 'Publish a draft pull request to make it ready for review.', { pullRequestId: { type: 'number' } }), GENERIC, 'write', 'medium'],
    ['negative: a blog post published', tool('publish_post', 'Publish a draft blog post to the site.', { postId: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a message or knowledge passed between agents of the same system ("Share knowledge between agents", "Send a message to the keeper or another worker", "Publish event that subscribed agents receive") reaches no person: medium; a message to a person stays high', () => {
  check([
    ['knowledge shared between agents', tool('daa_knowledge_share', 'Share knowledge between autonomous agents.', { sourceAgentId: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a message to another worker', tool('send_message', 'Send a message to the keeper or another worker.', { to: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a message to a person', tool('send_message', 'Send a message to a contact.', { to: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a name that undoes a link (unassign, detach, unlink, ungroup) says what its description\'s "remove" takes away: the link, the things it joined stay: write; a name that deletes keeps its reading', () => {
  check([
    ['an assignment undone', tool('doc_unassign', 'Remove one user\'s assignment from a document.', { doctype: { type: 'string' }, name: { type: 'string' }, user: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a config detached', tool('sip_detach', 'Remove SIP config from a number.', { number: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a user deleted', tool('delete_user', 'Remove a user from the account.', { userId: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('on a debugger\'s server, attaching one thing to another ("Attach a StyleBoxFlat to a Theme type") composes them: write; attaching to a running program, its process or a simulator\'s app takes control of it: execute', () => {
  const GAME_DEBUGGER = server('godot-debugger-mcp', ['set_breakpoint', 'continue', 'step_over', 'attach_to_process']);
  check([
    ['a style attached to a theme', tool('set_stylebox', 'Attach a StyleBoxFlat to a Theme type/state.', { theme: { type: 'string' }, type: { type: 'string' } }), GAME_DEBUGGER, 'write', undefined],
    ['negative: attaching to a process', tool('attach_to_process', 'Attach to a running process for debugging.', { pid: { type: 'number' } }), GAME_DEBUGGER, 'execute', undefined],
    ['negative: a debugger attached to a simulator\'s app', tool('debug_attach_sim', 'Attach LLDB to sim app.', { bundleId: { type: 'string' } }), GAME_DEBUGGER, 'execute', undefined],
  ]);
});

describe('what the text says there is no way to delete once made ("There is no API to delete a media item once uploaded") stays for good: hard to undo, high; an upload that can be deleted stays medium', () => {
  check([
    ['a photo that cannot be deleted once uploaded', tool('upload_file', 'Upload a photo or video into an album. There is no API to delete a media item once uploaded.', { path: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: an upload', tool('upload_file', 'Upload a photo or video into an album.', { path: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a text that says outright the act can be undone ("It is reversible — `revoked: false` turns it back on") takes nothing away for good: write, not destructive; "irreversible", "not reversible" or "if it is reversible" say no such thing', () => {
  check([
    ['a revocation said to be reversible', tool('revoke_share', 'Switches off a tracked link. It is reversible — revoked: false turns it back on.', { shareId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a revocation said to be irreversible', tool('revoke_share', 'Switches off a tracked link. It is irreversible.', { shareId: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a rollback done if it is reversible', tool('rollback_migration', 'Roll back a migration if it is reversible.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a learning system\'s `learn` whose text says it runs a learning cycle or records an experience ("Force an immediate learning cycle") changes what it knows: write; learning about an API reads its docs', () => {
  check([
    ['a learning cycle forced', tool('hooks_force_learn', 'Force an immediate learning cycle.', {}), GENERIC, 'write', undefined],
    ['negative: learning about an API', tool('learn_api', 'Learn about the API: returns its documentation.', { topic: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});
