// The classifier's principles for reads (what a read returns and how sensitive it is).
// One table per principle (shared/LABELS.md), with invented tools: each row states what the principle
// predicts for a tool whose text exercises it.
import { describe, expect, test } from 'vitest';
import { classifyTool } from '../../../src/core/classify/index.ts';
import type { ServerContext } from '../../../src/core/classify/types.ts';
import { check, tool } from '../table.ts';
import { server, GENERIC, SHOP } from './contexts.ts';

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

describe('what a bare name reads is what its description names', () => {
  const REDIS = server('redis', ['get', 'set', 'list', 'delete']);
  check([
    ['a value read by key holds whatever was stored', tool('get', 'Get value by key from Redis'), REDIS, 'read', 'medium'],
    ['listing keys names them', tool('list', 'List Redis keys matching a pattern'), REDIS, 'read', 'low'],
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

describe('stated purposes and mass updates', () => {
  check([
    ['"for each candidate and sorting" is not a purpose', tool('nearest_point_tool', 'Find the nearest point to a target. More efficient than calling a distance tool for each candidate and sorting.'), GENERIC, 'read', 'low'],
    ['"Do NOT answer directly" is not an action', tool('accessibility_expert', 'REQUIRED: use this tool for accessibility questions. Do NOT answer accessibility questions directly.'), GENERIC, 'read', 'low'],
    ['updating every record a filter matches overwrites them at once', tool('update-many', 'Updates all documents that match the filter.', { filter: { type: 'object' }, update: { type: 'object' } }), GENERIC, 'destructive', 'critical'],
    ['updating one record does not', tool('update-one', 'Updates the first document that matches the filter.', { filter: { type: 'object' }, update: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('reads of conversations and of downloaded files', () => {
  const PHONE = server('twilio', ['FetchCall', 'ListCall', 'CreateMessage']);
  check([
    ['a phone call record on a telephony server is a private conversation', tool('FetchCall', 'Fetch an instance of a call.'), PHONE, 'read', 'medium'],
    ['a transport word is not the object (`sftp-download`)', tool('sftp-download', 'Download a file from the remote host.'), server('ssh'), 'read', 'medium'],
  ]);
});

describe('vaults, sandboxes and identifiers', () => {
  const VAULT = server('1password', ['item_get', 'item_list', 'password_create']);
  check([
    ["reading a password manager's item returns a secret", tool('item_get', 'Get an item from a vault.'), VAULT, 'read', 'high'],
    ["a password manager's Send returns the text or file it shares", tool('get_send', 'Get details of a specific Bitwarden Send', { id: { type: 'string' } }), server('@bitwarden/mcp-server', ['list_send', 'create_text_send', 'get_item']), 'read', 'high'],
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

describe('a noun that doubles as a verb acts only at the start of a sentence, in any form', () => {
  check([
    ['"outstanding invoices" in a chart\'s description are records', tool('ar_aging_chart', 'Accounts receivable aging: a bar chart showing outstanding invoices by customer.', {}, { readOnlyHint: true }), SHOP, 'read', undefined],
    ['"from Sales Orders" names records', tool('sales_breakdown_chart', 'Breakdown of Sales Orders by customer as a pie chart.'), SHOP, 'read', undefined],
    ['negative: an invoice verb that opens the sentence still acts', tool('bill_customer', 'Invoices a customer for the amount due.'), SHOP, 'financial', undefined],
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

describe('running a predefined check or a long-named analysis only computes', () => {
  check([
    ['running a compliance control evaluates', tool('control_run', 'Executes a specific control to evaluate your infrastructure against a requirement.'), GENERIC, 'read', undefined],
    ['an analysis with a long name is an analysis', tool('pagespeed_analyze', 'Run PageSpeed Insights & Core Web Vitals performance analysis for a page.'), GENERIC, 'read', 'low'],
    ['negative: running a pipeline runs it', tool('pipeline_run', 'Run a pipeline.'), GENERIC, 'execute', undefined],
  ]);
});

describe('a history is as sensitive as what it records', () => {
  check([
    ["an issue's change history is project metadata", tool('get_issue_history', 'Get the history of changes made to an issue.'), GENERIC, 'read', 'low'],
    ["a chat channel's history is its messages", tool('get_channel_history', 'Get recent messages from a channel.'), server('slack-mcp'), 'read', 'medium'],
    ["a fitness service's exercise history is the user's", tool('get-exercise-history', 'Returns performed sets for one exercise.'), server('hevy-mcp'), 'read', 'medium'],
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

describe('more money records and private code', () => {
  check([
    ['a wallet\'s sweeps are financial records', tool('sweeps-list', 'List sweeps associated with a wallet.'), GENERIC, 'read', 'medium'],
    ['Apex classes are an org\'s private code', tool('read_apex', 'Read Apex classes from Salesforce.'), GENERIC, 'read', 'medium'],
    ['an account\'s wallets hold its money', tool('wallets-list', 'List the wallets associated with an account.'), GENERIC, 'read', 'medium'],
    ['negative: a street sweep schedule is not a sweep of money', tool('get_schedule', 'Get the street cleaning schedule.'), GENERIC, 'read', 'low'],
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

describe('"pull" is a fetch where the description only fetches', () => {
  check([
    ['pulling release notes from a store', tool('release-pull-notes', 'Fetch release notes from App Store/Google Play.'), GENERIC, 'read', 'low'],
    ['negative: pulling an image stores it', tool('docker-pull', 'Pull a Docker image from a registry'), GENERIC, 'write', undefined],
    ['negative: pulling a model downloads it to keep', tool('model_pull', 'Pull a model from the registry. Downloads the model to make it available locally.'), GENERIC, 'write', undefined],
    ['negative: git pull', tool('git_pull', 'Pull changes from the remote into the current branch.'), GENERIC, 'write', undefined],
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

describe('running a saved question returns stored results', () => {
  check([
    ['executing a saved question', tool('execute-question', 'Execute a saved question and get the results'), GENERIC, 'read', 'medium'],
    ['executing a dashboard card', tool('execute_dashboard_card', 'Execute a specific card on a dashboard and return results'), GENERIC, 'read', 'medium'],
    ['negative: executing a native query', tool('execute_query', 'Execute a native SQL query against a database', { query: { type: 'string', description: 'SQL query' } }), GENERIC, 'execute', undefined],
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

describe('a name that ends on instructions or a guide, described as such, returns them; one whose verb sends them out ("send … instructions" to an address) delivers them', () => {
  check([
    ['instructions for creating an app', tool('create-app-instructions', 'Instructions for creating a new app. If you are asked to create an app, call this first.'), GENERIC, 'read', 'low'],
    ['a deployment guide', tool('deploy_guide', 'Returns the step-by-step guide to deploying the project.'), GENERIC, 'read', 'low'],
    ['negative: setting layout guides', tool('set_guide', 'Set guides on a page in Figma. Replaces all existing guides on the page.'), GENERIC, 'write', undefined],
    ['negative: creating a recipe', tool('create_recipe', 'Create a recipe with its ingredients.'), GENERIC, 'write', 'medium'],
    ['negative: instructions emailed to an address are sent, not returned', tool('send-sending-domain-setup-instructions', 'Email DNS setup instructions for a sending domain to a given address.', { sending_domain_id: { type: 'number' }, email: { type: 'string' } }, { destructiveHint: false }), GENERIC, 'write', 'high'],
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

describe('Cal.com is a calendar however its package spells it', () => {
  check([
    ['bookings on @calcom/cal-mcp', tool('getBookings', 'Get all bookings'), server('@calcom/cal-mcp', ['getBookings', 'createBooking', 'cancelBooking']), 'read', 'medium'],
    ['negative: a product catalogue\'s listings', tool('getListings', 'Get all listings'), server('@acme/catalogue-mcp', ['getListings', 'createListing']), 'read', 'low'],
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

describe('the objects a server\'s descriptive title lists are its tools\' own, not its name', () => {
  const shop = server('PrestaShop products, orders and customers', ['get_customers', 'get_orders', 'get_products'], 'prestashop-mcp-server');
  check([
    ['listing the customers the title names', tool('get_customers', 'Get a list of customers.', { limit: { type: 'number' } }), shop, 'read', 'medium'],
    ['listing the orders the title names', tool('get_orders', 'Get a list of orders.', { limit: { type: 'number' } }), shop, 'read', 'medium'],
    ['negative: listing products', tool('get_products', 'Get a list of products.', { limit: { type: 'number' } }), shop, 'read', 'low'],
    ['the brand in the title still names the server', tool('prestashop_get_products', 'Get a list of products.', { limit: { type: 'number' } }), server('PrestaShop products, orders and customers', ['prestashop_get_products'], 'prestashop-mcp-server'), 'read', 'low'],
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

describe('a license key is a credential: reading it returns a secret', () => {
  check([
    ['getting a license key with its value', tool('get_license_key', 'Get a license key by id, including the key value and its status.', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a licence\'s status', tool('get_license_status', 'Get the status of a license.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a shipment or a fulfilment carries the buyer\'s name and delivery address: a read of personal data', () => {
  check([
    ['listing an order\'s fulfilments', tool('list_fulfillments', 'List fulfillments for an order.', { orderId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a shipment list, in another style', tool('getShipmentList', 'Get the list of shipments ready to ship.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the shop\'s shipping zones are settings', tool('list_shipping_zones', 'List shipping zones.', {}), GENERIC, 'read', 'low'],
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
    expect(c.rationale).not.toMatch(/for the caller to run/);
  });
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

describe('secrets listed without their values name which exist, not what they are: low, not high (16 labelled inventories of secrets: 11 low, 5 medium)', () => {
  check([
    ['captured credentials by handle', tool('list_secrets', 'List the credentials this session has captured, by handle. Values are never shown.', {}), GENERIC, 'read', 'low'],
    ['a token\'s metadata, in another style', tool('get-api-token', 'Get an API token by ID. The secret token value is NOT returned here, only the metadata.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('an audit trail or an account\'s access events is its activity log: medium', () => {
  check([
    ['access events', tool('vercel_list_access_events', 'List access events for the team.', { teamId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a user\'s audit events, in another style', tool('getUserAuditEvents', 'Get the audit events of a user.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a site audit\'s history is an SEO report', tool('get_site_audit_history', 'Get the history of site audits for a project.', { projectId: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an access request asks to join', tool('getTeamAccessRequest', 'Check the status of a join request for a team.', { teamId: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('people\'s absences, attendance and time off are personal data, whatever the server: medium', () => {
  check([
    ['attendance records listed', tool('erpnext_attendance_list', 'List Attendance records. Filterable by employee, date range.', { employee: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['an absence record', tool('boond_absences_get', 'Get an absence request by id.', { id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['time off searched, in another style', tool('searchTimeoff', 'Search the time off of the team.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: absence types are a catalogue', tool('list_absence_types', 'List the kinds of absence.', {}), GENERIC, 'read', 'low'],
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

describe('scaling a recipe or an amount works out new quantities and hands them back (a read); scaling a workload changes what runs', () => {
  check([
    ['a recipe scaled', tool('recipe_scale', 'Scale a recipe up or down. Doubles, halves, or scales by any factor.', { recipe: { type: 'string' }, factor: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['servings, in another style', tool('scaleServings', 'Scale the servings of a dish to a new count.', { servings: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a deployment scaled', tool('kubectl_scale', 'Scale a Kubernetes deployment to a number of replicas.', { name: { type: 'string' }, replicas: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('running a review or a discovery computes it, as running an audit does; one whose name comes before a CLI or commands runs that program', () => {
  check([
    ['a keyword discovery run', tool('discover_keywords', 'Run AI-powered keyword discovery for a project. Returns keywords with search volume.', { projectId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a design review, in another style', tool('design_feedback', 'Runs a design review of the selected frame and returns the findings.', {}), GENERIC, 'read', undefined],
    ['negative: a review CLI\'s commands run', tool('extension_azqr', 'Runs Azure Quick Review CLI (azqr) commands to generate compliance reports.', { subscription: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a highlight overlay on a driven page marks an element for a person to see; it takes no step in the page', () => {
  const DRIVEN = server('playwright-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_highlight']);
  check([
    ['a highlight shown, the server says read-only', tool('browser_highlight', 'Show a persistent highlight overlay around the element on the page.', { target: { type: 'string' } }, { readOnlyHint: true }), DRIVEN, 'read', 'low'],
    ['without the hint it is still no page step', tool('browser_highlight', 'Show a persistent highlight overlay around the element on the page.', { target: { type: 'string' } }), DRIVEN, 'read', 'low'],
    ['negative: a click on that server is a step', tool('browser_click', 'Click an element on the page.', { target: { type: 'string' } }), DRIVEN, 'execute', undefined],
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

describe('a report on a sales promotion holds the sales it made (read, medium)', () => {
  check([
    ['promotion reports', tool('ebay_get_promotion_reports', 'Get promotion reports through the eBay Marketing API.', { marketplaceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the promotions themselves', tool('ebay_get_promotions', 'Get promotions through the eBay Marketing API.', { marketplaceId: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('persons are people, a payroll\'s reversals are money records, and a Gmail search searches mail (read, medium)', () => {
  check([
    ['persons searched', tool('search-persons', 'Search persons by name, email or phone.', { term: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['approved reversals', tool('payrolls_get-approved-reversals', 'Get approved payroll reversals for a company', { request: { type: 'object' } }), GENERIC, 'read', 'medium'],
    ['a Gmail search', tool('gmail_search', 'Search Gmail with a query.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: Gmail labels listed', tool('gmail_list_labels', 'List the labels of the mailbox.', {}), GENERIC, 'read', 'low'],
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

describe('a credential\'s metadata is an inventory, not the secret (read, low)', () => {
  check([
    ['an auth token\'s metadata', tool('authentication-get-auth-token', 'Get Auth Token Metadata\n\nRetrieve metadata about an authentication token belonging to the currently authenticated User.', { tokenId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an auth token read', tool('get-auth-token', 'Get an authentication token for the user.', { tokenId: { type: 'string' } }), GENERIC, 'read', 'high'],
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

describe('…but the "or" that closes a series of items offers nothing new', () => {
  check([
    ['a series of regex operations', tool('regex', 'Test, match, matchAll, or replace using regular expressions', { pattern: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a task updated, completed, or deleted', tool('update_task', 'Update task fields, mark complete with result, or delete.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('the action choices of a timeline or a history pick which entries to show; nothing is done', () => {
  check([
    ['an object\'s timeline by mutation kind', tool('flightbox_object_timeline', 'Timeline for one entity type, with the diffs between snapshots.', { entity_type: { type: 'string' }, action: { type: 'string', enum: ['create', 'update', 'delete', 'upsert', 'custom'] } }), GENERIC, 'read', undefined],
    ['negative: a tool whose action deletes', tool('manage_snapshots', 'Manage snapshots.', { action: { type: 'string', enum: ['list', 'delete'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('keys listed with their metadata, "never the secrets", are an inventory (read, low)', () => {
  check([
    ['API keys with ids and metadata', tool('list_api_keys', 'List the HMAC API keys for the authenticated wallet (key ids and metadata; never the secrets).', {}), GENERIC, 'read', 'low'],
    ['negative: API keys listed', tool('list_api_keys', 'List the API keys of the project.', {}), GENERIC, 'read', 'high'],
  ]);
});

describe('a write-sounding name whose description opens with a read and says it changes nothing only checks (read)', () => {
  check([
    ['an auth method "switched" that is only validated', tool('wp_switch_auth_method', 'Validates an alternative authentication method for a site without mutating the shared client used by other tools.', { method: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a switch that says what it changes', tool('switch_auth_method', 'Switches the site to another authentication method, without restarting the server.', { method: { type: 'string' } }), GENERIC, 'write', undefined],
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

describe('an operation value that is a word as often a thing before a data word names data to fetch (`trade_data`)', () => {
  check([
    ['futures data by kind', tool('coin_futures_data', 'Futures depth and trade data.', { action: { type: 'string', enum: ['historical_depth', 'super_depth', 'trade_data'] } }), SHOP, 'read', undefined],
    ['negative: a history deleted', tool('history', 'Manage the history.', { action: { type: 'string', enum: ['list', 'delete_history'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('BoondManager is a CRM (and an ERP): its companies, accounts and opportunities are records of its customers (read, medium)', () => {
  check([
    ['opportunities searched', tool('boond_opportunities_search', 'Search opportunities.', { keywords: { type: 'string' } }), server('BoondManager', [], 'boondmanager-mcp-server'), 'read', 'medium'],
    ['negative: the same on a to-do server', tool('opportunities_search', 'Search opportunities.', { keywords: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a description that opens with "Returns …" states what comes back; a dangerous verb later in that sentence describes it', () => {
  check([
    ['auto-deployment settings returned', tool('hosting_getGitAutoDeploymentSettingsV1', 'Returns the Git auto-deployment settings of the website: which repository and branch deploy into which directory, and whether pushes trigger a deployment.', { domain: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a get whose description opens with a deletion', tool('get_and_purge', 'Deletes the expired entries and returns the rest.', {}), GENERIC, 'destructive', undefined],
  ]);
});

describe('`<verb>_status` whose description opens by reading is the status of that process, not the act', () => {
  check([
    ['an update\'s status read', tool('agents_runtime_update_status', 'Get runtime update status for an agent.', { agentId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a status set', tool('update_status', 'Update the status of a task.', { taskId: { type: 'string' }, status: { type: 'string' } }), GENERIC, 'write', undefined],
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

describe('"who am I" returns the caller\'s own identity (for a key, whose it is), not the key or the token itself (read, low)', () => {
  check([
    ['a key\'s owner', tool('keys-whoami', 'Find out what key this is: its identity and permissions.', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['the signed-in user', tool('auth_whoami', 'Return the signed-in user.', {}), GENERIC, 'read', 'low'],
    ['negative: a key read', tool('get_key', 'Get an API key.', { keyId: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('a description that says it returns a session or an access token returns a credential (high)', () => {
  check([
    ['a terminal URL with its session token', tool('sandbox_terminal_session', 'Generate a secure browser-accessible terminal URL for a sandbox. Returns a time-limited session token and a URL that can be opened in a browser.', { sandboxId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a usage figure returned', tool('get_usage', 'Get this month\'s usage. Returns the number of session tokens used.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a read that returns captured network requests or HTTP traffic returns a program\'s log (medium)', () => {
  check([
    ['HTTP traffic dumped from an app log', tool('network', 'Dump recent HTTP(s) traffic parsed from the session app log', { session: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['network requests made by the browser', tool('browser_get_network', 'Get network requests made by the browser', {}), GENERIC, 'read', 'medium'],
    ['negative: a transform that makes no network requests', tool('transform_html', 'No network requests are made: converts the HTML you provide to markdown.', { html: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a description that names secrets but says their values are masked or not returned ("metadata only", "no secrets", "key names", "without revealing the secret") names which exist (low)', () => {
  check([
    ['environment variables with masked values', tool('hosting_listNode_jsEnvironmentVariablesV1', 'Lists the Node.js environment variables currently set for the website. Values are always masked as `********` and cannot be read back through this API.', { domain: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['access keys, metadata only', tool('functions-list-access-keys', 'List access keys for a Functions namespace. Returns metadata only (name, id, creation/expiry timestamps) — secret values are NOT returned.', { namespace: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['credentials listed, "metadata only, no secrets"', tool('list_credentials', 'List all credentials in the workspace (metadata only, no secrets).', {}), GENERIC, 'read', 'low'],
    ['API keys by name', tool('list-api-keys', 'List all API keys. Returns API key names, IDs, and creation dates.', {}), GENERIC, 'read', 'low'],
    ['an API key without its secret', tool('get_api_key', 'Fetch one API key by UUID without revealing the secret.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: environment variables returned', tool('list_site_variables', 'Lists the environment variables currently set for the website, with their values.', { domain: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('a person\'s timesheets are employment records (personal, medium); an issue\'s worklog is project tracking', () => {
  check([
    ['a payroll timesheet read', tool('get-timesheet', 'Retrieve a single payroll timesheet by its ID, with the employee and hours worked.', { timesheetId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an issue\'s worklogs read', tool('get_issue_worklogs', 'Get the worklogs of an issue.', { issueId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a bill (what a vendor is owed) is a financial record, as an invoice is (medium)', () => {
  check([
    ['a bill read', tool('get_bill', 'Fetch a single bill by ID. Returns vendor, date, due date, amount, AP account, line details.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a vendor read', tool('get_vendor_category', 'Fetch a vendor category by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('a notification, webhook or topic subscription is a delivery setting, not a paid plan (low)', () => {
  check([
    ['notification subscriptions listed', tool('get_notification_subscriptions', 'Get all notification subscriptions (paginated)', { limit: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: billing subscriptions listed', tool('list_subscriptions', 'List the customer\'s billing subscriptions.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('a crawl that the tool waits for and whose data it hands back is a read, not a job set going', () => {
  check([
    ['a crawl polled to its end, data returned', tool('firecrawl_crawl', 'Start a multi-page crawl at a website URL, poll it to a terminal state, and return the final status and collected data.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a crawl started, its job id returned', tool('start_crawl', 'Start a new crawl for a project. Returns a crawl job ID to track.', { projectId: { type: 'string' } }), GENERIC, 'execute', undefined],
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

describe('an account\'s PnL (profit and loss) is a financial record (medium); a domain portfolio or a coin\'s public treasury holdings is not', () => {
  check([
    ['a trading account\'s summary with its PnL', tool('get_account_summary', 'Get the authenticated account\'s portfolio summary (equity, margin usage, PnL rollup).', {}), GENERIC, 'read', 'medium'],
    ['negative: domain transfers in a portfolio', tool('domains_getTransferListV1', 'Retrieve all domain transfers in your portfolio.', {}), GENERIC, 'read', 'low'],
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

describe('a UI component\'s code or content comes from a component library, published for anyone (low); a file\'s source is not', () => {
  check([
    ['a component\'s source code', tool('get_component_source_code', 'Get the source code of a HeroUI component.', { component: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a component\'s meta content', tool('get-component-meta-content', 'Fetch the content of a component from the registry.', { endpoint: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a file\'s content', tool('get_file_content', 'Get the content of a file in the repository.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('receivables and payables (what customers owe, what is owed to suppliers) are financial records (medium)', () => {
  check([
    ['aged receivables listed', tool('list-aged-receivables-by-contact', 'Lists the aged receivables in Xero for a contact.', { contactId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['aged payables listed', tool('list-aged-payables-by-contact', 'Lists the aged payables in Xero for a contact.', { contactId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: contacts\' groups listed', tool('list-contact-groups', 'Lists the contact groups in Xero.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('on a payment platform, its cards are payment cards: financial records (medium); a board\'s cards are not', () => {
  const MOOV = server('@moovio/sdk', ['transfers-create', 'cards-list', 'cards-get']);
  check([
    ['payment cards listed', tool('cards-list', 'List the cards linked to a Moov account.', { accountID: { type: 'string' } }), MOOV, 'read', 'medium'],
    ['negative: a board\'s cards listed', tool('get_cards', 'List the cards on a Trello board.', { boardId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a lead form is the form that captures leads, its fields and questions (low); the leads it caught and an employee\'s forms are personal', () => {
  check([
    ['lead gen forms listed', tool('crm_liGetLeadForms', 'Get lead forms. Retrieve LinkedIn lead gen forms for an ad account', { adAccountId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a lead\'s notes', tool('get_lead_notes', 'Get the notes on a lead.', { leadId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an employee\'s forms', tool('employee-forms_list', 'Get all employee forms.', { employeeId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a mailbox\'s filters and rules say whose mail arrives and where it goes (medium)', () => {
  check([
    ['Gmail filters listed', tool('listGmailFilters', 'List all Gmail filters.', {}), GENERIC, 'read', 'medium'],
    ['mail rules listed', tool('list-mail-rules', 'Get all the messageRule objects defined for the user\'s inbox.', {}), GENERIC, 'read', 'medium'],
    ['negative: a board\'s filters listed', tool('list_board_filters', 'List the saved filters of a board.', {}), GENERIC, 'read', 'low'],
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

describe('active users are an analytics figure, and a subscriber\'s topics are the channels they get notices on: neither returns the people (low)', () => {
  check([
    ['active users counted', tool('getActiveUsers', 'Get the number of active users over a date range.', { startDate: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a subscriber\'s topics listed', tool('subscribers-topics-list', 'List the topics a subscriber belongs to.', { subscriberId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a subscriber\'s preferences read', tool('subscribers-get', 'Get a subscriber with their email and phone.', { subscriberId: { type: 'string' } }), GENERIC, 'read', 'medium'],
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

describe('secrets masked only until the caller asks (a `reveal` or `includeValues` switch) are the caller\'s to have: a read of secrets (high)', () => {
  check([
    ['database details, credentials masked unless revealed', tool('get_database', 'Database details. Credentials (passwords, connection URLs) are masked by default; pass reveal: true when you explicitly need them.', { uuid: { type: 'string' }, reveal: { type: 'boolean' } }), GENERIC, 'read', 'high'],
    ['negative: the same details with no way to reveal them', tool('get_database', 'Database details. Credentials (passwords, connection URLs) are masked.', { uuid: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a table\'s sensitive fields are not secrets', tool('get_table', 'Retrieve table information including schema and fields.', { table_id: { type: 'number' }, include_sensitive_fields: { type: 'boolean' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a metered service\'s usage records or usage details are what the account is billed for: financial records (medium); a tool\'s usage stats are not', () => {
  check([
    ['usage records listed', tool('ListUsageRecordMonthly', 'Retrieve a list of monthly usage records for the account.', { Category: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['usage details', tool('get-usage-details', 'Get a report on the environment\'s usage: storage, credits, bandwidth.', {}), GENERIC, 'read', 'medium'],
    ['negative: a tool\'s usage stats', tool('get_usage_stats', 'Get usage statistics for this server\'s tools.', {}), GENERIC, 'read', 'low'],
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

describe('a name that says only which state things are in (`list_scheduled`, `get_pending`) leaves the things to the description: "List scheduled emails" returns private messages (medium)', () => {
  check([
    ['scheduled emails listed', tool('list_scheduled', 'List scheduled emails. Shows pending, sent, or all scheduled emails.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: scheduled jobs listed', tool('list_scheduled', 'List scheduled jobs and their next run time.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a shop\'s returns (buyers\' return claims) are records of money owed back, as its orders and refunds are (medium)', () => {
  check([
    ['buyer return claims', tool('get_returns', 'Get buyer return claims (requests to return goods)', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: return policies', tool('get_return_policies', 'Get the seller\'s return policies.', {}), GENERIC, 'read', 'low'],
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

describe('"React" is mostly the framework ("React Native code", `kendo_react_assistant`), not a reaction; reacting to a message still adds a mark to it', () => {
  check([
    ['a React docs assistant', tool('kendo_react_assistant', 'Answers questions and retrieves documentation about Kendo UI for React.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a React state assertion', tool('assert_state', 'Assert React state hook value matches expected. Use with selector and hookIndex.', { selector: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a reaction to a message', tool('react_to_message', 'React to a message with an emoji.', { messageId: { type: 'string' }, emoji: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('an error tracker\'s tracked errors are its log: each comes with the stack and request it was logged with (read, medium)', () => {
  check([
    ['one tracked error read', tool('errors_get', 'Get a tracked error. Returns a single tracked error by its id, including the latest occurrence\'s stack.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['tracked production errors listed', tool('errors_list', 'List tracked errors. Returns a single page of tracked production errors.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the error codes of an API', tool('list_error_codes', 'List the error codes the API can return, with their meaning.', {}), GENERIC, 'read', 'low'],
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

describe('Chatwork is a chat service, as Slack is: the files shared in its rooms are private messages (read, medium)', () => {
  check([
    ['files of a Chatwork room listed', tool('list_room_files', 'チャットのファイル一覧を取得します。', { room_id: { type: 'number' } }), server('chatwork-mcp-server', ['list_rooms', 'post_room_message']), 'read', 'medium'],
    ['negative: the same listing on a server that is not a chat', tool('list_room_files', 'List the files of a room.', { room_id: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what the description says belongs to one person ("list addresses for a customer", "leave periods for a specific employee") is that person\'s record: personal data (read, medium); a count or an import of contacts is not', () => {
  check([
    ['a customer\'s addresses', tool('list_addresses', 'This tool will list addresses for a customer in Paddle.', { customerId: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['an employee\'s leave periods', tool('list-payroll-leave-periods', 'List all leave periods for a specific employee in Xero.', { employeeId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the status and counts of a contact import', tool('get-contact-import', 'Get the status and counts of a contact import by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the number of customers', tool('get_customers_count', 'Count the total number of customers, optionally filtered by a query.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a run, an execution or an invocation read with what passed through it (its trace, its outputs, its response data, `includeData`) is that run\'s log (read, medium); its status, or a simulated run\'s made-up payload, is not', () => {
  check([
    ['a run\'s trace', tool('get_run_details', 'Get the details and trace of a run. Trace events are paginated.', { runId: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['a flow run\'s action outputs', tool('get-flow-run-details', 'Get detailed flow run information including action-level outputs and errors.', { runId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['executions listed with their data on request', tool('list-executions', 'Retrieve all executions from your instance with optional filtering.', { includeData: { type: 'boolean' }, limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: pipeline runs listed', tool('list_pipeline_runs', 'List the runs of a pipeline with their status.', { pipelineId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a simulation run\'s event and its payload', tool('get_simulation_run_event', 'Retrieve an event sent by a simulation run, with the payload sent for it.', { eventId: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
  ]);
});

describe('a checkout session is one buyer\'s payment (its amount, its items, the customer\'s billing details): a financial record (read, medium); a checkout page\'s configuration is not', () => {
  check([
    ['a checkout session retrieved', tool('checkouts-retrieve', 'Retrieve a checkout session.', { checkoutId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a checkout session by its id, annotated read-only', tool('get_checkout', 'Retrieve a checkout session by its ID.', { checkout_session_id: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['negative: a checkout page retrieved', tool('retrieve_checkout', 'Retrieve a checkout by id.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('the security findings kept about the systems a tool watches (vulnerabilities detected on a site, an Advanced Security alert, security signals, a compliance report) map where they can be attacked (read, medium); a scan run on the spot or public advisories are not kept findings', () => {
  check([
    ['vulnerabilities detected on a website', tool('list_site_vulnerabilities', 'Lists known npm package vulnerabilities detected on a Node.js website.', { domain: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['an Advanced Security alert', tool('advsec_get_alert_details', 'Get detailed information about a specific Advanced Security alert.', { alertId: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['a compliance report', tool('get_compliance_report', 'Get compliance report', { reportType: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an SBOM scanned against a vulnerability database', tool('sbom_scan_vulnerabilities', 'Scan SBOM components against a vulnerability database and report vulnerabilities found.', { sbom: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: public security advisories searched', tool('search-github-advisories', 'Search the public GitHub security advisories for a package.', { package: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a saved query\'s results are the rows it selects from whatever the business keeps: stored records (read, medium); the query\'s definition is not', () => {
  check([
    ['a card\'s query results exported', tool('export_card_result', 'Export a card\'s query results in the specified format (csv, json, xlsx)', { card_id: { type: 'number' }, format: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a card\'s definition read', tool('get_card', 'Get a saved question (card) by its ID, with its query definition and display settings.', { card_id: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('on a design tool (Figma, Penpot, Webflow…) a file, a document or a board is a design: its frames, layers and styles come back, not private file contents (read, low); a component\'s source code is still code', () => {
  check([
    ['a Figma file', tool('get_file', 'Get a Figma file by key, with its document tree of pages and frames.', { fileKey: { type: 'string' } }), server('mcp-figma', ['get_file_nodes', 'get_team_components']), 'read', 'low'],
    ['a FigJam board\'s contents', tool('figjam_get_board_contents', 'Read the contents of a FigJam board: stickies, shapes and connectors.', {}), server('figma-console-mcp', ['figma_get_component']), 'read', 'low'],
    ['negative: the same file read on a file server', tool('get_file', 'Get a file by key, with its contents.', { fileKey: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a source file of the project', tool('figma_read_source_file', 'Read the contents of a source file in the local project.', { path: { type: 'string' } }), server('figma-console-mcp', ['figma_get_component']), 'read', 'medium'],
  ]);
});

describe('a change, deploy or work order is a ticket of operations work, not a sale: no financial record (read, low); a sales order is one', () => {
  check([
    ['a change order read', tool('get_change_order', 'Get the details of a change order of an application environment.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a VM deploy order read', tool('get_vm_deploy_order', 'Get the status and steps of a VM deploy order.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a sales order read', tool('get_sales_order', 'Get a sales order with its lines and totals.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a store\'s product reviews come with each reviewer\'s name and email as its admin API keeps them: personal data (read, medium); public reviews of a place or a launch are anyone\'s to read', () => {
  check([
    ['product reviews listed', tool('list_product_reviews', 'List product reviews. Filter by product IDs, status, or search term.', { product: { type: 'array' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['one product review', tool('get_product_review', 'Get a product review by ID.', { id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: public reviews of a place', tool('gmaps_get_place_reviews', 'Get the public Google Maps reviews of a place.', { placeId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an identity-verification service\'s sessions, verdicts and reviews are checks of people: personal data (read, medium); its workflows and branding are not', () => {
  const KYC = server('acme-kyc-mcp', ['list_sessions', 'get_session_decision', 'list_workflows', 'get_customization']);
  check([
    ['verification sessions listed', tool('list_sessions', 'List verification sessions of the application.', { limit: { type: 'number' } }), KYC, 'read', 'medium'],
    ['a session\'s verdict', tool('get_session_decision', 'Get the decision of a verification session.', { sessionId: { type: 'string' } }), KYC, 'read', 'medium'],
    ['verified businesses', tool('list_businesses', 'List KYB businesses.', {}), KYC, 'read', 'medium'],
    ['negative: a verification workflow\'s settings', tool('get_workflow', 'Get a verification workflow by id.', { id: { type: 'string' } }), KYC, 'read', 'low'],
    ['negative: the same sessions listed on a server of no such domain', tool('list_sessions', 'List sessions of the application.', { limit: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('subscriptions that bill nothing are no financial records: a webhook\'s, as the description names them, or an Azure subscription, which holds a cloud account\'s resources', () => {
  check([
    ['webhook subscriptions listed', tool('list-subscriptions', 'Retrieve the properties and relationships of webhook subscriptions, based on the app ID.', { top: { type: 'number' } }), server('ms-365-mcp', ['list-mail-messages', 'create-subscription']), 'read', 'low'],
    ['an Azure account\'s subscriptions', tool('subscription_list', 'List all Azure subscriptions for the current account.', {}), server('@azure/mcp', ['storage_account_list', 'group_list']), 'read', 'low'],
    ['negative: customers\' subscriptions', tool('list_subscriptions', 'List customer subscriptions with their plans and amounts.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('an object holds a stored file\'s contents in an object store (a bucket); elsewhere it is a thing of the server\'s own, no stored content', () => {
  check([
    ['negative: an object read from a bucket returns its contents', tool('r2_get_object', 'Get an object from an R2 bucket.', { bucket: { type: 'string' }, key: { type: 'string' } }), server('cloudflare-mcp', ['r2_list_buckets']), 'read', 'medium'],
    ['a firewall\'s management object', tool('management__show_object', 'Retrieve a generic object by UID.', { uid: { type: 'string' } }), server('@chkp/quantum-management-mcp', ['show_hosts', 'show_networks']), 'read', 'low'],
    ['a Durable Object instance', tool('do_get_object', 'Get a specific Durable Object instance', { namespaceId: { type: 'string' }, objectId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a to-do app\'s task, project or comment', tool('fetch-object', 'Fetch a single task, project, comment, or section by its ID.', { type: { type: 'string' }, id: { type: 'string' } }), server('todoist-mcp', ['add-tasks', 'find-projects']), 'read', 'low'],
  ]);
});

describe('describing a CRM\'s object returns its fields and relationships, as describing a table returns its columns: no records', () => {
  const CRM = server('salesforce-mcp', ['salesforce_query_records', 'salesforce_dml_records']);
  check([
    ['an object described', tool('salesforce_describe_object', 'Get detailed schema metadata including all fields and relationships of any Salesforce object.', { objectName: { type: 'string' } }), CRM, 'read', 'low'],
    ['negative: the object\'s records listed', tool('list_objects', 'List the records of a CRM object.', { objectType: { type: 'string' } }), CRM, 'read', 'medium'],
  ]);
});

describe('a subscription that only collects what arrives for a while and returns it leaves nothing subscribed: a read', () => {
  check([
    ['device updates collected for a few seconds', tool('subscribe_device_updates', 'Connect to the device update WebSocket and collect messages for a specified duration (1-30s). Returns the messages.', { duration: { type: 'number' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a subscription to a feed stays', tool('subscribe_feed', 'Subscribe to a feed so its new items are delivered to the inbox.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('what is made from a call\'s recording (its add-on results and their payloads) carries what was said, as its transcription does: read, medium', () => {
  const VOICE = server('twilio-voice-mcp', ['CreateCall', 'ListRecording', 'FetchRecordingTranscription']);
  check([
    ['a recording\'s add-on result payload', tool('FetchRecordingAddOnResultPayload', 'Fetch an instance of a result payload.', { ReferenceSid: { type: 'string' }, Sid: { type: 'string' } }), VOICE, 'read', 'medium'],
    ['negative: a recording setting is no recording', tool('FetchRecordingSettings', 'Fetch the account\'s recording settings.', {}), VOICE, 'read', 'low'],
  ]);
});

describe('a query picked by its id, with no query text of the caller\'s, that runs read-only is a saved query run: a read of its results', () => {
  check([
    ['a saved Data Explorer query run read-only', tool('discourse_run_query', 'Execute a Data Explorer query with parameters. Returns columns and rows. Queries run in read-only transactions.', { id: { type: 'number' }, params: { type: 'object' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['negative: a query whose text the caller writes', tool('execute_query', 'Executes an M expression against a dataflow.', { dataflowId: { type: 'string' }, query: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'execute', undefined],
    ['negative: a query picked by id with nothing said of reading only', tool('run_query', 'Run a stored query by its id.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a transcription of what people said (a recording\'s, a call\'s) is private speech: read, medium; a public video\'s transcript is public material', () => {
  check([
    ['an attachment\'s transcription', tool('llama_get_transcription', 'Get the transcription of an audio attachment.', { attachmentId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a YouTube video\'s transcript', tool('get_transcript', 'Fetch the transcript of a YouTube video.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a shipping label carries its recipient\'s name and address: read, medium; an issue label is a tag', () => {
  check([
    ['a bundle\'s shipping label', tool('ebay_get_bundle_label', 'Get shipping label for a bundle', { bundleId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a project\'s labels', tool('get_label', 'Get a single label from a project.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('"run this tool first when…" says when to call the tool itself, not what it does', () => {
  check([
    ['a list of enabled tools, to be run first', tool('getEnabledTools', 'IMPORTANT: Run this tool first when a requested tool is unavailable. Returns which tools are enabled.', {}, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a tool that runs a workflow', tool('run_workflow', 'Run the workflow with the given inputs.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('on a server that drives a browser, picking which tab or page later steps act on, declared read-only, changes only the view: a read', () => {
  const DRIVER = server('mcp-playwright', ['browser_click', 'browser_type', 'browser_navigate']);
  check([
    ['a tab selected, declared read-only', tool('browser_tab_select', 'Select a tab by index', { index: { type: 'number' } }, { readOnlyHint: true }), DRIVER, 'read', 'low'],
    ['a page selected as context, declared read-only', tool('select_page', 'Select a page as a context for future tool calls.', { pageIdx: { type: 'number' } }, { readOnlyHint: true }), server('chrome-devtools-mcp', ['click', 'fill', 'navigate_page']), 'read', 'low'],
    ['negative: the same tab selected with no hint is a step in the driven browser', tool('tab_select', 'Select a tab by index', { index: { type: 'number' } }), DRIVER, 'execute', 'medium'],
  ]);
});

describe('on a server that drives a browser, a recording of the session (a trace, a video, a chapter mark) declared read-only takes no step in the page', () => {
  const DRIVER = server('playwright', ['browser_click', 'browser_type', 'browser_navigate']);
  check([
    ['a chapter marked in the session video, declared read-only', tool('browser_video_chapter', 'Add a chapter marker to the video recording.', { title: { type: 'string' } }, { readOnlyHint: true }), DRIVER, 'read', 'low'],
    ['negative: a page clicked, whatever its hint', tool('browser_click', 'Click an element on the page.', { ref: { type: 'string' } }, { readOnlyHint: true }), DRIVER, 'execute', undefined],
  ]);
});

describe('on a server of several products, the product a tool\'s name starts with is its domain: an error tracker\'s errors are logs, a drive\'s file read is a private document', () => {
  const SMARTBEAR = server('@smartbear/mcp', ['bugsnag_list_project_errors', 'swagger_get_document', 'contract-testing_list_pacts']);
  check([
    ['an error tracker\'s errors listed', tool('bugsnag_list_project_errors', 'List and search errors in a project using filters and pagination.', { projectId: { type: 'string' } }), SMARTBEAR, 'read', 'medium'],
    ['a drive file read', tool('onedrive_read', 'Read a file from the user\'s drive.', { path: { type: 'string' } }), server('assistant-mcp', ['onedrive_read', 'calendar_list', 'weather_get']), 'read', 'medium'],
    ['negative: another product\'s listing on the same server', tool('swagger_list_apis', 'List the APIs in the registry.', { owner: { type: 'string' } }), SMARTBEAR, 'read', 'low'],
    ['negative: a first word that names no product', tool('errors_explain', 'Explain an error code.', { code: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a bare search of a mail product (the product word names where it reads)', tool('outlook_search', 'Search Outlook messages for a granted Microsoft account.', { query: { type: 'string' } }), server('assistant-mcp', ['outlook_search', 'calendar_list', 'weather_get']), 'read', 'medium'],
    ['negative: a domain word that is a plain noun', tool('teams-get-by-id', 'Get a team by its id.', { id: { type: 'string' } }), server('tracker-mcp', ['teams-get-by-id', 'stories-search']), 'read', 'low'],
  ]);
});

describe('people\'s sign-in sessions (a realm\'s on an identity server, a user\'s, authentication sessions) say who is signed in, from which device and address: an access log, medium', () => {
  check([
    ['a realm\'s active sessions on an identity server', tool('list-sessions', 'List all active sessions in a realm', { realm: { type: 'string' } }), server('keycloak-mcp-server', ['list-users', 'list-realms', 'list-sessions']), 'read', 'medium'],
    ['a user\'s sessions', tool('get-user-sessions', 'Get the active sessions of a user.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['authentication sessions', tool('getAuthenticationSessions', 'List the authentication sessions of the current workspace.', {}), GENERIC, 'read', 'medium'],
    ['negative: a test grid\'s sessions', tool('get_session', 'Get the details of a test session.', { sessionId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: debugging sessions', tool('list_debug_sessions', 'List active debugging sessions.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('an app store or a play store in a name is where apps are sold, not a storing: the name\'s own verb decides', () => {
  check([
    ['app store templates listed', tool('app_store_list_templates', 'List available application templates', { category: { type: 'string' }, limit: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an app published to the store', tool('app_store_publish_app', 'Publish a new application to the app store', { name: { type: 'string' }, source_code: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: credits awarded to a user is a change, not a read', tool('app_store_earn_credits', 'Award credits to user', { user_id: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'write', undefined],
    ['negative: a memory stored', tool('memory_store', 'Store a memory entry.', { key: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a resize of the caller\'s own browser window the server declares read-only changes only how the page is seen: taken at its word, a read', () => {
  check([
    ['a browser window resized, declared read-only', tool('browser_resize', 'Resize the browser window', { width: { type: 'number' }, height: { type: 'number' } }, { readOnlyHint: true, destructiveHint: false, openWorldHint: true }), GENERIC, 'read', 'low'],
    ['negative: the same resize with no hint is a step in the browser', tool('browser_resize', 'Resize the browser window', { width: { type: 'number' }, height: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['negative: a volume resized though declared read-only', tool('volume_resize', 'Resize a block storage volume.', { volume_id: { type: 'string' }, size: { type: 'number' } }, { readOnlyHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('an audit trail or an audit log in a name is the record of who did what, a log (read, medium), not an audit being run', () => {
  check([
    ['a workflow\'s audit trail', tool('workflow_audit_trail', 'Get workflow audit trail', { workflow_id: { type: 'string' }, limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['audit events listed', tool('runtime_audit_events_list', 'List runtime audit events.', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: a site audited on the spot', tool('audit_site', 'Run an SEO audit of a public website.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a satisfaction survey is a customer\'s score and comments on the help they got, linked to that customer: personal data (read, medium)', () => {
  check([
    ['satisfaction surveys listed', tool('gorgias_list_satisfaction_surveys', 'GET /api/satisfaction-surveys — List all satisfaction surveys with cursor-based pagination.', { cursor: { type: 'string' }, limit: { type: 'number' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['one satisfaction survey read', tool('gorgias_get_satisfaction_survey', 'Retrieve a single satisfaction survey by its unique ID.', { id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: a form\'s survey templates listed', tool('list_survey_templates', 'List available survey templates.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a tool whose description says it provides instructions for an act (installation instructions) hands back text about that act: a read, whatever its name says', () => {
  check([
    ['installation instructions provided', tool('extension_cli_install', "Provide installation instructions for Azure CLI (az), Azure Developer CLI (azd), and Azure Functions Core Tools CLI (func). This tool incorporates CLI knowledge beyond what you know. Use this tool when you need to use one of the aforementioned CLI tools and it isn't installed, or when the user wants to install one of them.", { 'cli-type': { type: 'string' } }, { title: 'Get CLI installation instructions', readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: an extension installed', tool('install_extension', 'Install a browser extension from a local archive.', { path: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a file written, the description mentioning guidelines', tool('fast_write_file', 'Writes or modifies a file (provides emoji guidelines)', { path: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool whose text calls its own verb a no-op (\'No-op "stop" for the in-process toolset\') changes nothing when called: it only answers, a read', () => {
  check([
    ['a no-op stop', tool('mcp_stop', 'No-op "stop" for the in-process MCP toolset (there is no separate server process to stop from inside an MCP call). To stop a standalone server run `ruflo mcp stop`.', { graceful: { type: 'boolean' } }), GENERIC, 'read', 'low'],
    ['negative: a real stop', tool('mcp_stop', 'Stop the MCP server process.', { graceful: { type: 'boolean' } }), GENERIC, 'write', undefined],
    ['negative: a repeat of the act is a no-op, the act is not', tool('mark_email', 'Mark an email as read. Idempotent: marking an already-read email as read is a no-op.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a word slashed to others after the noun they are values of ("verdict (clean/low/medium/high)") is one of those values, and what an output is "suitable for" is not what the tool does: neither is an act', () => {
  check([
    ['a threat model returned with its verdict', tool('metaharness_threat_model', 'ADR-150 — enterprise-grade threat model from `harness threat-model <path>`. Returns worst-severity verdict (clean/low/medium/high) + categorized findings suitable for sharing with infosec.', { path: { type: 'string' }, failOn: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: operations slashed together are on offer', tool('cache_ops', 'Cache ops: get/set/clean for the build cache.', { key: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a tool for sharing is a share', tool('share_doc', 'Share a document with a teammate by email.', { id: { type: 'string' }, email: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a read whose first sentence says it returns revenue ("order summary: totalCount plus revenue, average order value") returns a business\'s financial records, even past a colon: medium', () => {
  check([
    ['an order summary with revenue', tool('get_orders_summary', 'Period-scoped order summary: exact totalCount for the date range plus revenue, average order value, and status distribution.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a store overview with revenue', tool('store_summary', 'Get store overview: shop info, order counts, revenue and top products.', {}), GENERIC, 'read', 'medium'],
    ['negative: revenue only in a later sentence about other rooms', tool('list_network_rooms', 'See rooms in your network. Public rooms show full data (name, goal, workers, earnings).', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a bare `target` is as often the thing a download reads (a Graph path, a URL) as a place to save: only when its description says it is where the file goes does the download write there', () => {
  check([
    ['bytes downloaded from a Graph path and returned', tool('download-bytes', 'Download binary content from Microsoft Graph and return it as base64. Single tool for any binary read: drive file content, mail attachment, profile photo.', { target: { type: 'string', description: 'Relative Microsoft Graph path starting with "/".' } }, { readOnlyHint: true, openWorldHint: true }), GENERIC, 'read', undefined],
    ['negative: a target the description says the file is saved to', tool('download_report', 'Download a report.', { id: { type: 'string' }, target: { type: 'string', description: 'Folder to save the report to.' } }), GENERIC, 'write', undefined],
    ['negative: a target path', tool('download_asset', 'Download an asset.', { id: { type: 'string' }, targetPath: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a tool with no verb in its name whose description opens by summing up records ("Summarize tracked object activity by type") takes an enum of operations as the kinds of record to sum up: a filter, not an act', () => {
  check([
    ['object activity summarized by action', tool('flightbox_objects', 'Summarize tracked object activity by type/id. Use this to see created/updated/deleted objects (for example PAWN) over time windows.', { object_type: { type: 'string' }, action: { type: 'string', enum: ['create', 'update', 'delete', 'upsert', 'custom'] }, last_n_minutes: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: a verb in the name that acts', tool('objects_apply', 'Summarize the change, then apply it.', { action: { type: 'string', enum: ['create', 'update', 'delete'] } }), GENERIC, 'destructive', undefined],
    ['negative: a description that opens with another verb', tool('flightbox_objects', 'Manage tracked objects and summarize their activity.', { action: { type: 'string', enum: ['create', 'update', 'delete'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool named for documentation itself (`guide`) takes its enum of actions as the guides it shows ("Setup guides. Actions: api_key, upgrade (tier comparison)"): a read, unless a dry-run switch says it does more', () => {
  check([
    ['setup guides picked by action', tool('guide', 'Setup guides. Actions: api_key (get AiCoin API key), upgrade (tier comparison)', { action: { type: 'string', enum: ['api_key', 'upgrade'] }, current_error: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a help tool with a dry-run switch', tool('help', 'Utility and help. Actions: tools (list available tools), enable_bundle (enable tool bundle).', { action: { type: 'string', enum: ['tools', 'enable_bundle', 'upgrade'] }, dry_run: { type: 'boolean' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a payment policy, provider, type or setting is how a business takes payment, not a record of any payment: reading one is low', () => {
  check([
    ['payment policies listed', tool('ebay_get_payment_policies', "Retrieve the seller's payment business policies for a marketplace.", { marketplace_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['payment providers listed', tool('ecommerce_listStorePaymentProvidersV1', "Lists the store's connected and available payment providers.", { storeId: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['payment types listed', tool('list_payment_types', 'List payment types configured in the CRM (codes and names).', {}), GENERIC, 'read', 'low'],
    ['negative: payments listed', tool('list_payments', 'List payments received from customers.', {}), GENERIC, 'read', 'medium'],
    ['negative: stored payment methods listed', tool('list_payment_methods', "List the account's stored payment methods.", {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('"health metrics" are a system\'s (a service\'s, a flow\'s), not a person\'s: a person\'s health is "health data" or "health records"', () => {
  check([
    ['a service map with health metrics', tool('service_map', 'Build a service dependency map with node and edge health metrics.', { service: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['flows scanned for health metrics', tool('scan-flow-health', 'Batch-scan all Power Automate cloud flows for health metrics. Fetches run history for each flow and computes success rates, failure counts.', {}), GENERIC, 'read', 'low'],
    ['negative: a person\'s health data', tool('get_daily_summary', 'Get the daily summary of health data: steps, sleep and heart rate.', { date: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a cluster\'s, a VPC\'s or a pool\'s members are its machines, not people: listing them is low', () => {
  check([
    ['a cluster\'s members shown', tool('show_cluster_members', 'Show cluster members of a gateway cluster.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a VPC\'s members listed', tool('vpc-list-members', 'List the resources that are members of a VPC.', { ID: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a team\'s members listed', tool('list_team_members', 'List the members of a team.', { team: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a domain\'s DNS records are public (anyone can look them up): reading them is low', () => {
  check([
    ['DNS records listed', tool('vercel_list_dns_records', 'List DNS records for a domain.', { domain: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a domain record read', tool('domain-record-get', 'Get a DNS record of a domain by its ID.', { Domain: { type: 'string' }, RecordID: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: a patient\'s records read', tool('get_patient_records', 'Get the medical records of a patient.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('code handed in to be judged against guidelines, a rubric or standards is scored, not run: a read', () => {
  check([
    ['a component evaluated against brand guidelines', tool('evaluate_design', 'Evaluates a design or component against the Design Excellence Framework. Returns a score (0-100) and feedback.', { code: { type: 'string', description: 'The code/component to evaluate against brand guidelines' } }), GENERIC, 'read', 'low'],
    ['code graded against a rubric', tool('grade_submission', 'Grade a student submission.', { code: { type: 'string', description: 'Source code to grade against the assignment rubric' } }), GENERIC, 'read', undefined],
    ['negative: JavaScript code evaluated', tool('evaluate', 'Evaluate JavaScript code in the page and return the result.', { code: { type: 'string', description: 'JavaScript code to evaluate' } }), GENERIC, 'execute', undefined],
  ]);
});

describe("a CRM's calls and meetings are records of its conversations with customers (who, when, what was said): reading them is medium", () => {
  const CRM = server('EspoCRM contacts, deals and meetings', ['search_contacts', 'search_calls', 'search_meetings', 'create_task']);
  check([
    ['calls searched in a CRM', tool('search_calls', 'Search for calls using flexible criteria', { status: { type: 'string' }, dateFrom: { type: 'string' } }), CRM, 'read', 'medium'],
    ['meetings searched in a CRM', tool('search_meetings', 'Search for meetings using flexible criteria', { dateFrom: { type: 'string' } }), CRM, 'read', 'medium'],
    ['negative: calls searched on a server of no CRM', tool('search_calls', 'Search API call logs by endpoint.', { endpoint: { type: 'string' } }), server('API gateway analytics'), 'read', undefined],
  ]);
});

describe('a connection string or a database URL read carries the user name and password it connects with: a read of a secret, high', () => {
  check([
    ['a Postgres connection string', tool('get_connection_string', 'Returns the Postgres connection string of the database.', { databaseId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['a database URL', tool('get_database_url', 'Get the URL to connect to the project database.', { project: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a connection\'s status', tool('get_connection_status', 'Returns whether the database connection is up.', {}), GENERIC, 'read', 'low'],
    ['negative: a string resource of an app', tool('get_string', 'Returns a localized string of the app.', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a name\'s short `del` is "delete", but in a description\'s prose "del" is Spanish or Italian for "of the" ("por debajo del mínimo"): a read that says it stays a read', () => {
  check([
    ['low-stock items described in Spanish', tool('getLowStockItems', 'Obtiene los artículos con stock por debajo del mínimo definido en SAP B1.', {}), GENERIC, 'read', 'low'],
    ['negative: a file removed by a name that says del', tool('del_file', 'Removes the file at the path.', { path: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a check or an analysis of content the caller hands in (`analyze_env` with the JSON, `audit_mcp_config` with the config), with nothing to fetch it by, returns findings about what the caller already had: low, whatever the content is', () => {
  check([
    ['an actuator env response analysed', tool('analyze_env', 'Analyze a Spring Boot Actuator /env endpoint response. Detects exposed secrets and risky configurations.', { json: { type: 'string', description: 'The JSON response of /actuator/env' } }), GENERIC, 'read', 'low'],
    ['a GC log analysed', tool('analyze_gc_log', 'Analyze a JVM GC log and report pauses.', { gcLog: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['content scanned for personal data', tool('detect-pii', 'Detect PII in content without redacting.', { content: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the env of a running application fetched by its URL', tool('analyze_env', 'Fetch and analyze the /env endpoint of an application.', { url: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a log read by its name', tool('get_log', 'Returns the server log.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a paused program\'s variables (a debugger\'s `get_variables`) are its live values, whatever it was handling: a read of sensitive data (medium)', () => {
  check([
    ['a debug session\'s local variables', tool('get_local_variables', 'Get local variables for the current stack frame of a paused debug session.', { sessionId: { type: 'string' } }), server('mcp-debugger', ['start_debugging', 'set_breakpoint', 'get_local_variables']), 'read', 'medium'],
    ['a process inspected under the debugger', tool('inspect_variables', 'Inspects variables in the current scope of the debugged process.', { scope: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a design file\'s variables', tool('get_variables', 'Lists the variable collections and variables of the current Figma file.', {}), server('figma-mcp'), 'read', 'low'],
    ['negative: a debug session\'s scopes', tool('get_scopes', 'Get the scopes of a stack frame in a debug session.', { frameId: { type: 'number' } }), server('mcp-debugger'), 'read', 'low'],
  ]);
});

describe('one webhook delivery is the request that was sent and the answer that came back, payload and headers: a log entry (medium)', () => {
  check([
    ['a repository webhook\'s delivery', tool('get_repository_webhook_delivery', 'Get a delivery for a repository webhook.', { owner: { type: 'string' }, repo: { type: 'string' }, hook_id: { type: 'number' }, delivery_id: { type: 'number' } }), server('github'), 'read', 'medium'],
    ['negative: a webhook\'s configuration', tool('get_webhook', 'Get a webhook by its id.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a similarity search in a database (`VectorSearch`, `HybridSearch`) returns the stored records most like the query: medium', () => {
  check([
    ['a vector search of a database\'s collection', tool('VectorSearch', 'Perform a vector similarity search on a collection.', { collectionName: { type: 'string' }, queryVector: { type: 'array' } }), server('astra-db-mcp'), 'read', 'medium'],
    ['negative: a semantic search of the agent\'s own memory', tool('semantic_search', 'Semantic search over stored memories.', { query: { type: 'string' } }), server('kiro-memory'), 'read', 'low'],
    ['negative: a semantic search of documentation', tool('docs-semantic-search', 'Semantic search over repository documentation.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a pipeline\'s or a deployment\'s variables (a variable group) are the environment its runs get, keys and passwords among them: a read of secrets (high)', () => {
  check([
    ['a pipeline\'s variables', tool('get_pipeline_variables', 'Get the variables of a pipeline.', { pipelineId: { type: 'number' } }), server('azure-devops-mcp'), 'read', 'high'],
    ['a deployment variable group', tool('get_variable_group', 'Get a variable group of an application.', { appName: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a theme\'s variables', tool('get_theme_variables', 'Returns the default theme variables.', {}), GENERIC, 'read', 'low'],
    ['negative: a revision number of variable groups', tool('get_app_variable_groups_revision', 'Returns the revision of an application\'s variable groups.', { appName: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a person\'s own photo library (Google Photos, iCloud Photos, Immich) holds their photos and videos, with where and when they were taken: reading its media items is a read of personal data (medium)', () => {
  const PHOTOS = server('google-photos-mcp', ['list_albums', 'get_media_item', 'upload_file']);
  check([
    ['a media item of the library', tool('get_media_item', 'Fetch one media item\'s metadata and base URL.', { mediaItemId: { type: 'string' } }), PHOTOS, 'read', 'medium'],
    ['a search of the library', tool('search_library', 'Search media by date, category or type.', { dates: { type: 'array' } }), PHOTOS, 'read', 'medium'],
    ['negative: the library\'s album titles', tool('list_albums', 'List album titles created by this app.', {}), PHOTOS, 'read', 'low'],
    ['negative: an image generator\'s last image', tool('get_media_item', 'Returns the last generated media item.', {}), server('text2image-mcp'), 'read', 'low'],
  ]);
});

describe('a call of an API endpoint that the text says is a GET ("Calls a documented GET endpoint", "GET-only") only reads what the API returns', () => {
  check([
    ['a documented GET endpoint called', tool('call_sport_endpoint', 'Calls a documented GET endpoint for a supported sport.', { sport: { type: 'string' }, route: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: any endpoint called', tool('call_endpoint', 'Calls an endpoint of the API.', { route: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: "get" in lower case is no method', tool('call_service', 'Calls the service to get requests for approval.', { id: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('Power Automate, Power BI and Power Apps are Microsoft\'s products, and a flow\'s or a pipeline\'s run is one execution of it: none of these words is an act', () => {
  check([
    ['a governance report of Power Automate flows', tool('flow_governance_report', 'Ownership and state inventory of Power Automate cloud flows in Dataverse: activated and draft counts and an owner table.', { staleDraftDays: { type: 'number' } }), GENERIC, 'read', undefined],
    ['a failed flow run explained', tool('explain_failure', 'Root-cause analysis for a failed Power Automate cloud-flow run: resolves the run from the run history.', { runName: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a machine powered on', tool('vm_power', 'Power on a virtual machine.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a CRM\'s organizations are the companies it keeps records of, as its companies are (Pipedrive calls them organizations): a read of customer records (medium)', () => {
  const PIPEDRIVE = server('pipedrive-mcp', ['get-deals', 'get-persons', 'get-organization']);
  check([
    ['an organization of a CRM, with its custom fields', tool('get-organization', 'Get a specific organization by ID including custom fields', { organizationId: { type: 'number' } }), PIPEDRIVE, 'read', 'medium'],
    ['organizations of a CRM searched', tool('search-organizations', 'Search organizations by term', { term: { type: 'string' } }), PIPEDRIVE, 'read', 'medium'],
    ['negative: a code host\'s organization', tool('get_organization', 'Get an organization by its login.', { org: { type: 'string' } }), server('gitea-mcp', ['list_repos', 'get_organization']), 'read', 'low'],
    ['negative: organizations of a DevOps service', tool('list_organizations', 'List the organizations the user belongs to.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a person\'s friends are people: a list of them is personal data (read, medium)', () => {
  check([
    ['the user\'s friends listed', tool('discord_get_friends', 'Get list of friends for the current user', {}), server('discord-mcp'), 'read', 'medium'],
    ['a player\'s friends', tool('get_friends', 'Returns the friend list of a Steam user.', { steamId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the settings of the friends feature', tool('get_friend_settings', 'Get the settings of the friends feature.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a description sentence that opens with "whether" is the question the tool answers ("Whether this server may place an order right now"): its verbs are what it tells about, not what it does', () => {
  check([
    ['whether an order may be placed', tool('trading_status', 'Whether this server may place an order right now, and why not if it may not.', {}), server('stockbit-mcp'), 'read', 'low'],
    ['whether a branch can be deleted', tool('branch_guard', 'Whether the branch can be deleted safely: open pull requests, protection rules.', { branch: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an order placed', tool('trade', 'Place an order for a stock. Whether it fills depends on the market.', { symbol: { type: 'string' }, qty: { type: 'number' } }), server('stockbit-mcp'), 'financial', 'critical'],
    ['negative: a check that deletes too', tool('prune_branch', 'Checks whether the branch is merged and deletes it.', { branch: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('formatting code or a query ("Format and prettify SQL queries") rewrites its text in the answer: nothing is stored or run (read, low)', () => {
  check([
    ['SQL prettified', tool('format_sql', 'Format and prettify SQL queries with proper indentation and keyword capitalization.', { sql: { type: 'string' }, dialect: { type: 'string' } }), server('sql-forge-mcp'), 'read', 'low'],
    ['JSON formatted', tool('format_json', 'Format a JSON string with indentation.', { json: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: cells of a sheet formatted', tool('format_cells', 'Apply number formatting to a range of cells in a Google Sheet.', { spreadsheetId: { type: 'string' }, range: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a query run', tool('run_sql', 'Run a SQL query against the database.', { sql: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a tool whose description opens with building a statement ("Generate CREATE TABLE SQL from column definitions", "Build a SELECT query from table, columns") returns the statement\'s text: a read of nothing stored (read, low)', () => {
  const FORGE = server('sql-forge-mcp', ['build_select', 'build_create_table', 'validate_sql']);
  check([
    ['a CREATE TABLE statement generated', tool('build_create_table', 'Generate CREATE TABLE SQL from column definitions.', { table: { type: 'string' }, columns: { type: 'array' } }), FORGE, 'read', 'low'],
    ['a SELECT built from its parts', tool('build_select', 'Build a SELECT query from table, columns, conditions, ordering.', { table: { type: 'string' }, columns: { type: 'array' }, order_by: { type: 'string' } }), FORGE, 'read', 'low'],
    ['negative: a query built and run', tool('build_and_run', 'Build a SELECT query from the given columns and run it.', { table: { type: 'string' }, columns: { type: 'array' } }), GENERIC, 'execute', undefined],
    ['negative: a table created', tool('create_table', 'Create a table with the given columns.', { table: { type: 'string' }, columns: { type: 'array' } }), GENERIC, 'write', undefined],
  ]);
});

describe('figures published for anyone (a listed company\'s SEC filings, its market cap and EPS, a country\'s World Bank statistics), a market\'s activity and an index\'s members are public market data, not financial or personal records (read, low)', () => {
  check([
    ['a company\'s filed revenue', tool('get_sec_financials', 'Reported financial line items from a US company\'s XBRL filings: revenue, net income, EPS, assets, cash.', { ticker: { type: 'string' } }), server('finance-data-mcp'), 'read', 'low'],
    ['a country\'s trade balance', tool('get_economic_indicator', 'Macroeconomic time series by country from the World Bank: GDP, inflation, trade balance.', { country: { type: 'string' } }), server('finance-data-mcp'), 'read', 'low'],
    ['stocks compared', tool('compare_stocks', 'Returns price, market cap, P/E, EPS and revenue for 2-5 stocks.', { symbols: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['unusual options activity', tool('options_unusual_activity', 'Find options contracts with unusually high volume relative to open interest.', { ticker: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an index\'s members', tool('index_members', 'The constituents of a stock index such as LQ45.', { index: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a business\'s own revenue', tool('get_revenue_report', 'Returns revenue and payments for the store over a period.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the caller\'s portfolio revenue', tool('get_portfolio_income', 'Dividend revenue of your portfolio, with market cap of each holding.', {}), GENERIC, 'read', 'medium'],
    ['negative: a team\'s members', tool('list_members', 'List the members of a team.', { team: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('on a personal-finance app ("spending analytics"), what the entries add up to (spending by category, the merchants paid most) is a record of someone\'s money (medium); the categories entries are sorted under are names (low)', () => {
  const WALLET = { name: 'BudgetBakers Wallet accounts and transactions', toolNames: ['get_accounts', 'search_transactions', 'spending_by_category', 'top_merchants', 'get_categories'], description: 'MCP server for BudgetBakers Wallet API: accounts, transactions, and spending analytics' };
  check([
    ['spending by category', tool('spending_by_category', 'Aggregate spending by category for a date range. Shows where money goes.', { dateFrom: { type: 'string' } }), WALLET, 'read', 'medium'],
    ['the merchants paid most', tool('top_merchants', 'Find merchants/payees with the highest spending in a date range.', { dateFrom: { type: 'string' } }), WALLET, 'read', 'medium'],
    ['income and expense categories', tool('get_categories', 'Get income/expense categories. Use to find categoryId for filtering transactions.', { name: { type: 'string' } }), WALLET, 'read', 'low'],
    ['negative: expenses listed', tool('list_expenses', 'List expenses for a date range.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a shop\'s top products by sales elsewhere', tool('top_products', 'Find products with the highest views in a date range.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('how an account is organised is not a person\'s record, even named after people: a contact pipeline\'s stages, the questions candidates are asked (read, low)', () => {
  const RECRUIT = server('recruitcrm-mcp-server', ['list_candidates', 'list_contact_stages', 'list_candidate_questions']);
  check([
    ['a contact pipeline\'s stages', tool('list_contact_stages', 'Lists contact pipeline stages (the sales pipeline). Returns compact rows with stage_id and label.', {}), RECRUIT, 'read', 'low'],
    ['the questions candidates are asked', tool('list_candidate_questions', 'Lists candidate questions. Returns compact id and question rows for resolving candidate question IDs.', {}), RECRUIT, 'read', 'low'],
    ['negative: a candidate\'s notes', tool('list_candidate_notes', 'Lists notes on a candidate.', { slug: { type: 'string' } }), RECRUIT, 'read', 'medium'],
    ['negative: candidates listed', tool('list_candidates', 'Lists candidates with their emails.', {}), RECRUIT, 'read', 'medium'],
  ]);
});

describe('a mailbox\'s filters listed together say whose mail is kept, dropped or forwarded where, as its forwarding does (read, medium); one filter read is one rule (low)', () => {
  const GMAIL = server('gmail-mcp', ['messages_list', 'filters_list', 'filter_get']);
  check([
    ['all filters of a mailbox', tool('filters_list', 'List all email filters', {}), GMAIL, 'read', 'medium'],
    ['negative: one filter', tool('filter_get', 'Get a specific filter by ID', { id: { type: 'string' } }), GMAIL, 'read', 'low'],
    ['negative: filters of a search page elsewhere', tool('list_filters', 'List the saved filters of the issue tracker.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('who a file, a folder or a calendar is shared with (its permissions, its sharing, its access control list) names the people with access, by email: personal data (read, medium)', () => {
  check([
    ['a file\'s permissions', tool('get_file_permissions', 'Get the permissions of a Google Drive file.', { fileId: { type: 'string' } }), server('mcp-google-drive'), 'read', 'medium'],
    ['a calendar\'s access control list', tool('get-acl', 'Get access control rule', { calendarId: { type: 'string' }, ruleId: { type: 'string' } }), server('google-calendar-mcp-server'), 'read', 'medium'],
    ['negative: the current user\'s permissions', tool('get-user-current-permissions', 'Get the current user\'s permissions on media items.', {}), GENERIC, 'read', 'low'],
    ['negative: permission definitions', tool('list_permissions', 'List the RBAC permission definitions of the workspace.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a stored procedure\'s source code or SQL definition (CREATE PROCEDURE) is the database\'s own code, as a private repository\'s is (read, medium)', () => {
  check([
    ['a procedure\'s source code', tool('describe_procedure', 'Get parameter information and source code for a stored procedure', { name: { type: 'string' } }), server('mcp-sqlserver'), 'read', 'medium'],
    ['a procedure\'s SQL definition', tool('get_procedure_definition', 'Retrieve the SQL definition (CREATE PROCEDURE statement) of a specific stored procedure.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the procedures listed', tool('list_procedures', 'List the stored procedures of a schema.', { schema: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('on a rental-management server (letting homes), its tenants are people and its contracts their leases, with the terms and utility advances they set: reads of personal data (medium); its properties are not', () => {
  const RENTAL = { name: 'Czech rental property management', toolNames: ['tenants_get', 'contracts_list', 'properties_list'], description: 'Rental property management: tenants, contracts, payments' };
  check([
    ['a tenant read', tool('tenants_get', 'Get a single tenant by ID.', { id: { type: 'string' } }), RENTAL, 'read', 'medium'],
    ['the contracts listed', tool('contracts_list', 'List all contracts in the current organization.', {}), RENTAL, 'read', 'medium'],
    ['a contract\'s terms history', tool('contract_terms_list', 'List all terms history for a contract.', { contractId: { type: 'string' } }), RENTAL, 'read', 'medium'],
    ['negative: the properties listed', tool('properties_list', 'List all properties in the current organization.', {}), RENTAL, 'read', 'low'],
    ['negative: a SaaS tenant elsewhere', tool('get_tenant', 'Get a tenant of the platform by ID.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a support ticket, on any server (a host\'s or a payment platform\'s help desk, "List support tickets for the account"), is someone\'s request for help in their own words: a read of private messages (medium); a ticket\'s fields and an issue tracker\'s tickets are not', () => {
  check([
    ['support tickets listed by a hosting provider', tool('list_tickets', 'List support tickets for the authenticated account: id, subject, status, department, last-updated.', { status: { type: 'string' } }), server('cloudhost-mcp', ['list_servers', 'list_invoices', 'list_tickets', 'get_ticket']), 'read', 'medium'],
    ['a support ticket read by its name', tool('support-get-ticket', 'Retrieve a ticket by ID.', { ticketID: { type: 'string' } }), server('payments-sdk', ['accounts-get', 'support-get-ticket']), 'read', 'medium'],
    ['negative: a support ticket\'s fields', tool('get_ticket_fields', 'Get the fields a support ticket can have.', {}), GENERIC, 'read', 'low'],
    ['negative: a work ticket on a project board', tool('get_ticket', 'Get a ticket on the project board by its key.', { key: { type: 'string' } }), server('board-mcp', ['list_boards', 'get_ticket', 'move_ticket']), 'read', 'low'],
  ]);
});

describe('what a user or a member did (their events, actions, changes, logins: "events generated by the User when they log in or create a deployment") is an activity log: a read of logs (medium); a user\'s groups or settings are not', () => {
  check([
    ['a user\'s events listed', tool('listUserEvents', 'List user events', { userId: { type: 'string' }, since: { type: 'string' } }), server('vercel-mcp', ['listDeployments', 'listUserEvents']), 'read', 'medium'],
    ['what a user changed', tool('check_user_changes', 'Use this tool if the user asks which changes were made by a specific user in the environment.', { user: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a member\'s recent actions', tool('get_member_actions', 'Get the recent actions of a workspace member.', { memberId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: user groups', tool('get_user_groups', 'Gets all user groups', {}), GENERIC, 'read', 'low'],
    ['negative: event types', tool('list_event_types', 'List the types of events a user can generate.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('words that are things where they stand are not the action: "means like" and "sounds like" compare (`dictionary_means_like`), a queue that ends a name after what it holds is the queue (`compiler_queue`), a store\'s statistics (`store-stats`, "Store statistics") and a collector\'s pause time describe; all reads', () => {
  const DICT = server('multilingual-dictionary-mcp', ['dictionary_status', 'dictionary_means_like', 'dictionary_sounds_like', 'dictionary_definitions']);
  check([
    ['words meaning like the input', tool('dictionary_means_like', 'Find words meaning approximately the same as the input via offline embeddings.', { word: { type: 'string' } }), DICT, 'read', 'low'],
    ['a JIT compiler queue', tool('compiler_queue', 'jcmd Compiler.queue — methods queued for JIT compilation.', { pid: { type: 'number' } }), server('javaperf', ['list_java_processes', 'compiler_queue', 'heap_dump']), 'read', 'low'],
    ['a store\'s statistics', { ...tool('store-stats', 'Get record counts and storage statistics for all datasets in the local store.'), title: 'Store statistics' }, server('ncbijs-store-mcp', ['store-stats', 'gene-lookup']), 'read', 'low'],
    ['negative: a post liked', tool('post_like', 'Like a post.', { postId: { type: 'string' } }), server('social-mcp', ['post_create', 'post_like', 'post_delete']), 'write', undefined],
    ['negative: a track added to a play queue', tool('add_to_queue', 'Add a track to the play queue.', { uri: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a bare `read` or `search` on a chat server reads its messages even when the words after the verb in its description name nothing sensitive ("Return messages posted since this chat last read, numbered"): private messages, medium', () => {
  const ROOM = server('Shared chat rooms between sessions', ['create_room', 'join_room', 'say', 'read', 'search', 'wait']);
  check([
    ['new messages read', tool('read', 'Return messages posted since this chat last read, numbered.', {}), ROOM, 'read', 'medium'],
    ['earlier messages searched', tool('search', 'Find earlier messages in the room. Filter by text, by who wrote them, or by how recent.', { text: { type: 'string' } }), ROOM, 'read', 'medium'],
    ['negative: a bare read on a file server', tool('read', 'Return the lines written since the last read, numbered.', {}), server('line-counter', ['read', 'write']), 'read', 'low'],
  ]);
});

describe('a record its description says comes "including contact information" (a member\'s, a supplier\'s, an account owner\'s) is a person\'s details: personal data, medium; a schema of contact information names only what is asked for', () => {
  check([
    ['a member\'s details with contact information', tool('get_member_details', "Get a member's details including contact information and committee roles.", { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an account owner\'s contact info', tool('get-account-info', "Fetches the account owner's contact info for the integration.", { integrationId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the schema of contact information', tool('get-contact-info-schema', 'Returns the contact information fields some domain registries require.', { tld: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('clients are people where the server bills them (time tracking and invoicing: names, contacts, billing details) or where they are the devices on a router\'s network (named after their owners, with addresses): personal data, medium; an identity server\'s or an API\'s clients are applications', () => {
  check([
    ['an invoicing server\'s clients', tool('list_clients', 'Retrieve a list of clients with optional filtering by active status.', { is_active: { type: 'boolean' } }), server('harvest-mcp', ['list_invoices', 'create_invoice', 'list_clients', 'get_client']), 'read', 'medium'],
    ['a router\'s clients', tool('unifi_list_clients', 'List all connected clients.', {}), server('unifi-mcp', ['unifi_list_devices', 'unifi_list_clients']), 'read', 'medium'],
    ['negative: an identity server\'s clients', tool('list-clients', 'List clients in a specific realm', { realm: { type: 'string' } }), server('keycloak-mcp', ['create-user', 'list-realms', 'list-clients']), 'read', 'low'],
  ]);
});

describe('a business\'s cash flow (`finance_cash_flow`: "inflows, outflows and net cash by period") is its money in and out: financial records, medium; a workflow\'s flow is not', () => {
  check([
    ['cash flow read', tool('finance_cash_flow', 'Get cash flow data with inflows, outflows, and net cash by period.', { period: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a workflow\'s flow', tool('get_flow', 'Get a workflow definition.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what an organisation spends on its cloud is billing data: on a FinOps or cloud-cost server its periods compared, anomalies, recommendations and costs by tag, and anywhere a cost report or cost analytics: financial records, medium; its projects and untagged resources are inventory', () => {
  const FINOPS = server('Cloud cost analysis and FinOps (cloudscope-mcp)', ['get_cost_summary', 'compare_periods', 'detect_anomalies', 'list_subscriptions', 'find_untagged_resources']);
  check([
    ['costs compared between periods', tool('compare_periods', 'Compare costs between two date ranges, showing per-service changes.', { from: { type: 'string' } }), FINOPS, 'read', 'medium'],
    ['spending anomalies', tool('detect_anomalies', 'Compares daily spending against the prior days to find cost spikes.', { days: { type: 'number' } }), FINOPS, 'read', 'medium'],
    ['cost analytics of a gateway', tool('get_cost_analytics', 'Get cost time-series data with total cost and average cost per request.', { time_of_generation_min: { type: 'string' } }), server('portkey-admin-mcp', ['list_users', 'get_cost_analytics']), 'read', 'medium'],
    ['negative: projects listed there', tool('list_projects', 'Returns all GCP projects the current credential can access, with name, ID, and state.', {}), FINOPS, 'read', 'low'],
    ['negative: untagged resources there', tool('find_untagged_resources', 'Finds resources that have no tags applied, with name, type and location.', {}), FINOPS, 'read', 'low'],
  ]);
});

describe('under a debugger (gdb, lldb, a DAP adapter) a stopped program\'s call stack, memory, registers or core dump hold whatever it was handling, and its source listed is its code: reads of sensitive data, medium; its breakpoints listed are not', () => {
  const GDB = server('GDB debugging sessions (mcp-gdb)', ['gdb_start', 'gdb_backtrace', 'gdb_list_source', 'gdb_load_core', 'gdb_list_threads']);
  check([
    ['the call stack shown', tool('gdb_backtrace', 'Show call stack', { sessionId: { type: 'string' }, full: { type: 'boolean' } }), GDB, 'read', 'medium'],
    ['a core dump loaded', tool('gdb_load_core', 'Load a core dump file', { sessionId: { type: 'string' }, corePath: { type: 'string' } }), GDB, 'read', 'medium'],
    ['source listed at the current location', tool('gdb_list_source', 'List source code at current location', { sessionId: { type: 'string' } }), GDB, 'read', 'medium'],
    ['negative: breakpoints listed', tool('gdb_list_breakpoints', 'List all breakpoints in the session', { sessionId: { type: 'string' } }), GDB, 'read', 'low'],
  ]);
});

describe('a company\'s officers and directors, the individuals with significant control over it and a charity\'s donors are named people, with birth dates, nationalities and addresses even on a public register: personal data, medium; the companies themselves and their filings are not', () => {
  const REGISTER = server('companies-house-mcp-server', ['search_companies', 'get_company_profile', 'get_officers', 'get_psc_individual']);
  check([
    ['a company\'s officers', tool('get_officers', 'Get list of officers for a specific company', { company_number: { type: 'string' } }), REGISTER, 'read', 'medium'],
    ['an individual with significant control', tool('get_psc_individual', 'Get individual person with significant control', { company_number: { type: 'string' }, psc_id: { type: 'string' } }), REGISTER, 'read', 'medium'],
    ['a charity\'s donors', tool('list_donors', 'List donors with their total giving.', {}), GENERIC, 'read', 'medium'],
    ['negative: a company\'s profile', tool('get_company_profile', 'Get the profile of a company on the register', { company_number: { type: 'string' } }), REGISTER, 'read', 'low'],
  ]);
});

describe('a CRM\'s contributions and donations (who gave how much) and a contact\'s relationships (family, employer), and a calendar\'s conflicts and busy times, are that domain\'s private records: medium; a CRM\'s list memberships are its structure', () => {
  const CIVI = server('CiviCRM nonprofit CRM (civicrm-mcp)', ['civicrm_find_contacts', 'civicrm_get_contributions', 'civicrm_get_relationships']);
  check([
    ['a CRM\'s contributions', tool('civicrm_get_contributions', 'List contributions (donations, dues, event fees) with optional filters by contact.', { contact_id: { type: 'number' } }), CIVI, 'read', 'medium'],
    ['a contact\'s relationships', tool('civicrm_get_relationships', 'List relationships (family, employer, membership) for a contact.', { contact_id: { type: 'number' } }), CIVI, 'read', 'medium'],
    ['a calendar\'s conflicts', tool('find_conflicts', 'Find overlapping iCloud events', { start: { type: 'string' } }), server('icloud-calendar-mcp', ['list_calendars', 'list_events', 'find_conflicts']), 'read', 'medium'],
    ['negative: a CRM list\'s memberships', tool('get-record-list-memberships', 'Get the lists a record belongs to.', { recordId: { type: 'string' } }), server('attio-crm-mcp', ['get-record', 'get-record-list-memberships']), 'read', 'low'],
  ]);
});

describe('the responses to a lead-generation form (`li_get_leadgen_responses`: names, emails, phone numbers of the people who filled it in) are what people entered in a form: personal data, medium; the lead-gen forms themselves are not', () => {
  const ADS = server('linkedin-campaign-manager-mcp', ['li_list_ad_accounts', 'li_list_leadgen_forms', 'li_get_leadgen_responses']);
  check([
    ['lead-gen form responses', tool('li_get_leadgen_responses', 'Retrieve actual Lead Gen Form submission data from LinkedIn.', { formId: { type: 'string' } }), ADS, 'read', 'medium'],
    ['negative: lead-gen forms listed', tool('li_list_leadgen_forms', 'List the Lead Gen Forms of an ad account.', { accountId: { type: 'string' } }), ADS, 'read', 'low'],
  ]);
});

describe('in a Portuguese description, a `do` inside a sentence with no "to" or modal before it is "of the" ("os feriados do Brasil"), not the English verb: the tool is what its other words say', () => {
  const BR = server('brasil-dados-mcp', ['consultar_cep', 'consultar_feriados', 'listar_estados']);
  check([
    ['national holidays listed', tool('consultar_feriados', 'Lista os feriados nacionais do Brasil de um ano específico. Retorna em JSON um array com data e nome do feriado.', { ano: { type: 'number' } }), BR, 'read', 'low'],
    ['the states listed', tool('listar_estados', 'Lista as 27 unidades federativas do Brasil com dados do IBGE.', {}), BR, 'read', 'low'],
    ['negative: an English "to do" keeps its act', tool('run_task', 'Use this to do a full deploy of the site.', { site: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a verb hyphened to "at", "by" or "on" names a field of the result (`expires-at`, `published-at`), not an act', () => {
  check([
    ['a domain\'s status with its expires-at', tool('domain_status', 'Returns a domain\'s registration status, its hosts and expires-at when registered.', { domain: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a link that expires', tool('expire_link', 'Expires a share link at once.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('"running" before what runs ("Running process instances", "running containers") says what is listed, not an act of running', () => {
  check([
    ['running process instances listed', tool('list_process_instances', 'Running process instances. `businessKey` is the domain identifier the instance was started with.', { processDefinitionKey: { type: 'string' } }, { readOnlyHint: true }), server('workflow-engine-mcp'), 'read', 'low'],
    ['running containers shown', tool('container_overview', 'Running containers with their images and ports.', {}), GENERIC, 'read', 'low'],
    ['negative: a job run', tool('job_start', 'Running jobs on demand: starts the named job now.', { name: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a description saying the state or the data stays untouched ("Engine state is untouched") claims the tool changes nothing, as "read-only" does', () => {
  check([
    ['a decision evaluated with engine state untouched', tool('evaluate_decision', 'Runs a decision against the given input variables and returns the result. Engine state is untouched, so this is the safe way to check a decision.', { key: { type: 'string' }, variables: { type: 'object' } }), server('workflow-engine-mcp'), 'read', undefined],
    ['a rule checked with data unchanged', tool('rule_check', 'Runs the rule against a sample record; the data remains unchanged.', { rule: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a script run', tool('script_go', 'Runs the given script on the server.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('"chat" beside an AI model ("Mistral AI chat", "LLM chat completions") is a model\'s chat completions, not a messaging app: the server\'s batch jobs and files are not private messages', () => {
  const MODEL_API = { name: 'Mistral AI chat, OCR and transcription', description: undefined, toolNames: ['chat_complete', 'files_list', 'batch_list'] };
  check([
    ['batch jobs listed on a model API', tool('batch_list', 'List batch jobs with optional filters.', { page: { type: 'number' } }, { readOnlyHint: true }), MODEL_API, 'read', 'low'],
    ['files owned by the API key listed', tool('files_list', 'List files owned by this API key, with optional filters.', { page: { type: 'number' } }, { readOnlyHint: true }), MODEL_API, 'read', 'low'],
    ['negative: chats listed on a team chat server', tool('list_chats', 'List the chats the user is in.', {}, { readOnlyHint: true }), { name: 'Team chat', description: undefined, toolNames: ['list_chats', 'send_message'] }, 'read', 'medium'],
  ]);
});

describe('running a classifier or a completion ("Run a classifier on texts", "run an LLM completion") computes a model\'s answer and returns it: a read, as running an inference is', () => {
  check([
    ['a classifier run over texts', tool('text_classify', 'Run a classifier on one or more texts and return per-target scores.', { inputs: { type: 'array' }, model: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['a completion run on the client\'s model', tool('mcp_sample', 'Ask the connected MCP client to run an LLM completion on its own model.', { prompt: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a classifier training job run', tool('training_job', 'Run a training job for a classifier on the uploaded dataset.', { dataset: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a search that returns code chunks or source snippets from an indexed codebase ("Returns relevant code chunks") returns the project\'s source, which may be private (read, medium); one returning paths and signatures only is low', () => {
  check([
    ['code chunks returned from an indexed codebase', tool('codebase_search', 'Semantic search across an indexed codebase. Returns relevant code chunks matching a natural language query.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['source snippets returned', tool('search_project', 'Searches the indexed project and returns source snippets and notes.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: generated code snippets', tool('suggest_fix', 'Suggests a fix for an issue. Returns code snippets that can be applied.', { issue: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: symbols with paths and signatures', tool('symbol_search', 'Full-text search over codebase symbols, returning paths and signatures only.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('"the raw query text" a tool returns (a detection rule exported as SPL or KQL) is text handed back, not a raw query run', () => {
  check([
    ['a detection rule\'s query text exported', tool('export_detection', 'Export one detection rule in a specific format. format=spl|kql returns the raw query text for that flavor.', { detection_id: { type: 'string' }, format: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a raw query run', tool('search_logs', 'Runs a raw query against the log store and returns the hits.', { query: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a command run only to print, show or list what is there ("Runs `jhipster info` to print versions and configuration") is that read; one run to test or build stays a run', () => {
  check([
    ['a CLI\'s info printed', { ...tool('info', 'Runs `jhipster info` to print versions, configuration, entities, and environment for the project.', { workingDirectory: { type: 'string' } }, { readOnlyHint: true }), title: 'Show JHipster project info' }, server('jhipster-mcp'), 'read', 'low'],
    ['a CLI\'s version shown', { ...tool('version', 'Runs `gradle --version` to show the installed versions.', {}), title: 'Show Gradle version' }, GENERIC, 'read', 'low'],
    ['negative: tests run to show results', tool('test_project', 'Runs the project tests to show which fail.', { path: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a script run to print output', tool('script_go', 'Runs the given script to print its output.', { script: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('tracing a flow, a call path or a method through code (`trace_feature_flow`, "Trace the execution flow forward from an entry point") follows the code and reports it: a read; a trace is otherwise a thing (a performance trace started is recorded)', () => {
  check([
    ['a feature\'s flow traced', tool('trace_feature_flow', 'Trace the complete flow of a feature through the codebase and order the files by dependency chain.', { keyword: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an execution flow traced', tool('codebase_flow', 'Trace the execution flow forward from an entry point: what does this code call into?', { entrypoint: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a performance trace started', tool('performance_start_trace', 'Start a performance trace on the target webpage.', { pageId: { type: 'string' } }, { readOnlyHint: false }), GENERIC, 'write', undefined],
  ]);
});

describe('photos on a stock-photo library (Pexels, Unsplash, Pixabay) are published for anyone to use: reading them is low, where someone\'s own photos are personal', () => {
  check([
    ['stock photos searched', tool('pexels_search_photos', 'Search Pexels photos by query with optional filters.', { query: { type: 'string' } }), server('mcp-pexels'), 'read', 'low'],
    ['a stock photo read', tool('get_photo', 'Get one photo from the free stock photos library by id.', { id: { type: 'string' } }), server('stock-library-mcp'), 'read', 'low'],
    ['negative: the user\'s own photos listed', tool('list_photos', 'List photos in the user\'s library.', {}), server('my-photos-mcp'), 'read', 'medium'],
  ]);
});

describe('a stake fraction or a stake size ("the optimal stake fractions") is how much to bet, a figure a betting tool advises, not a bet placed', () => {
  check([
    ['arbitrage legs with stake fractions', tool('get_arbitrage', 'Arbitrage scanner: cross-book opportunities with a guaranteed profit, including each leg and the optimal stake fractions.', { min_profit: { type: 'number' } }), server('sports-odds-mcp'), 'read', 'low'],
    ['negative: tokens staked', tool('stake_tokens', 'Stake tokens with a validator.', { amount: { type: 'number' } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('a run or an execute that ends its sentence after a modal ("the engine versions each one can run.") says what something is able to run, not what the tool does', () => {
  check([
    ['plans listed with what each can run', tool('list_plans', 'The plans an instance can be created on, with price, memory and the engine versions each one can run.', { group: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a command the tool can run', tool('shell_go', 'Run a shell command on the host.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('a read whose list of what to return offers cookies (`types: [cookie, localStorage, sessionStorage]`) can hand back session cookies, which sign anyone in: high, as a closed choice that offers a password is', () => {
  check([
    ['a tab\'s storage with cookies on offer', tool('getStorage', 'Storage contents for the tab. Specify types to limit scope.', { tabId: { type: 'integer' }, types: { type: 'array', items: { type: 'string', enum: ['cookie', 'localStorage', 'sessionStorage'] } } }), GENERIC, 'read', 'high'],
    ['negative: a tab\'s storage without cookies on offer', tool('getStorage', 'Storage contents for the tab. Specify types to limit scope.', { tabId: { type: 'integer' }, types: { type: 'array', items: { type: 'string', enum: ['indexedDB', 'cacheStorage'] } } }), GENERIC, 'read', 'low'],
  ]);
});

describe('"charges included" (a rent with its service charges) says what a price covers, not that the tool returns someone\'s charges', () => {
  check([
    ['public rent figures, charges included', tool('rent_estimate', 'Official modelled asking rents (€/m²/month, charges included) for any commune.', { location: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an account\'s charges listed', tool('account_history', 'Returns the account\'s charges and refunds for a period.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('transcribing a recording from a file on this machine (`file_path`, "a local audio or video file") returns the words spoken in it: a read of private speech (medium); a transcription job sent to a cloud service that spends quota or keeps the result is a write', () => {
  check([
    ['an audio file transcribed with Whisper', tool('transcribe_audio', 'Transcribe an audio file using Whisper. Returns the transcribed text.', { file_path: { type: 'string' }, language: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a local video transcribed', tool('transcribe_file', 'Transcribe a local audio or video file through the running desktop app.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a cloud transcription job that spends quota', tool('transcribe_all', 'Transcribe every unprocessed recording. Consumes quota per recording.', { limit: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a hover at a line and a character of a file (a language server\'s hover: "symbol information at a position") looks up the symbol there: a read, where a hover in a driven browser moves the pointer', () => {
  check([
    ['symbol info at a position', tool('hover', 'Look up symbol information (name, kind, signature, docs) at a 0-based line/character position in a file.', { path: { type: 'string' }, line: { type: 'integer' }, character: { type: 'integer' } }), GENERIC, 'read', 'low'],
    ['negative: an element hovered in a browser', tool('browser_hover', 'Hover over an element on the page.', { selector: { type: 'string' } }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('a read of Kubernetes resources whose free-form `resource` parameter picks any kind (Secrets among them) can return a Secret\'s values: high, as a free-form `kind` is', () => {
  check([
    ['any Kubernetes resource read through a gateway', tool('gateway_kubectl_get', 'Read-only: Get Kubernetes resources. Namespace-scoped and audited.', { resource: { type: 'string' }, name: { type: 'string' }, namespace: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a resource of a CMS picked', tool('get_resource', 'Get a resource of the CMS by its id.', { resource: { type: 'string' }, id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('someone\'s meetings (with who attended, notes, transcripts and summaries) are private conversation: reading them is medium; a parliament\'s or a congress committee\'s meetings are public record', () => {
  check([
    ['the user\'s meetings listed', tool('list_meetings', 'Lists the user\'s meetings with status and date filters.', { status: { type: 'string' } }, { readOnlyHint: true }), server('meeting-notes-mcp'), 'read', 'medium'],
    ['one meeting read', tool('get_meeting', 'Returns a meeting\'s details.', { meeting_id: { type: 'string' } }), server('meeting-notes-mcp'), 'read', 'medium'],
    ['negative: a congress committee\'s meetings', tool('congress_committee_meetings', 'Lists committee meetings of the US Congress.', { congress: { type: 'number' } }), server('us-gov-open-data-mcp'), 'read', 'low'],
  ]);
});

describe('design tokens named for what they size or style (icon, space, shape, font, radius tokens: `generate_icon_tokens`), or that the description calls design tokens, are a design system\'s values, not credentials: generating them computes a read', () => {
  check([
    ['icon tokens generated', tool('generate_icon_tokens', 'Pick an icon set and generate icon sizing tokens (xs–2xl + stroke width).', { set: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['spacing tokens generated', tool('generate_space_tokens', 'Generate spacing and layout tokens from a base unit.', { base: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: API tokens generated', tool('generate_api_tokens', 'Generate new API tokens for the account.', { name: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['tokens the description calls a design token set', tool('uiux_generate_tokens', 'Generate a complete design token set: color, typography, spacing, border-radius, shadows, motion.', { brandColor: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a clear string or clear text ("Obscure a clear string") is plain text, not something cleared', () => {
  check([
    ['a clear string obscured', tool('core_obscure', 'Obscure a clear string. Obscures a plain-text secret for inclusion in a config file.', { clear: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the cache cleared', tool('cache_reset', 'Clear the cache of the server.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('a shop\'s or a business\'s sales (by month, by product, with revenue) are its financial records: reading them is medium; property sales in a land registry are public record', () => {
  check([
    ['a shop\'s sales broken down by month', tool('get_sales', 'Get the shop\'s sales broken down by month, day, or product.', { granularity: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'medium'],
    ['negative: recorded property sales near an address', tool('property_sales', 'Recorded property sales (DVF) near an address: price, surface and date.', { address: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('the events a webhook delivered, its deliveries and their attempts are what was sent and what came back (a log): reading them is medium; the event types a webhook can subscribe to are not', () => {
  check([
    ['the events delivered to one webhook', tool('list-webhook-events', 'List the events delivered to one webhook, most recent first, with the delivery status of each.', { webhook_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['the delivery attempts of a webhook event', tool('list-webhook-event-attempts', 'List the delivery attempts made for one webhook event, with what the endpoint returned each time.', { event_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a repository webhook\'s deliveries', tool('list_repository_webhook_deliveries', 'List deliveries for a repository webhook.', { owner: { type: 'string' }, repo: { type: 'string' }, hook_id: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: the webhook events available', tool('get-webhook-events', 'Gets a list of available webhook events', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('affiliates are people a business pays commission to, with their contacts and earnings: reading them is medium', () => {
  check([
    ['a store\'s affiliates listed', tool('ls_list_affiliates', 'List affiliates across your stores.', { store_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['one affiliate read', tool('crm_getAffiliate', 'Get an affiliate by ID.', { affiliateId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the affiliate program\'s settings', tool('get_affiliate_settings', 'Get the affiliate program settings of the store.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('the status of a job named by what the job does (`ingest_job_status`) is a status read: the verb names the job, as `migrate-status` names the migration', () => {
  check([
    ['an ingest job\'s status, the title saying it verifies', { ...tool('ingest_job_status', 'Owner-only status/verification for a prior ingest_source orchestrator job. Reuses GET /owner/jobs/{tracking_id}. Supports bounded polling.', { tracking_id: { type: 'string' } }), title: 'Verify an ingest orchestrator job (owner-only, read-only)' }, GENERIC, 'read', 'low'],
    ['negative: a job\'s status set', tool('set_job_status', 'Set the status of a job.', { id: { type: 'string' }, status: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a "does" that stands for a verb said before ("polling until it does or the timeout elapses") does nothing itself: an assertion that waits is a read', () => {
  const DRIVEN = server('electron-stagewright', ['electron_click', 'electron_type', 'electron_expect_url']);
  check([
    ['a window\'s URL asserted, polling until it does', tool('electron_expect_url', 'Assert the active window\'s URL satisfies a predicate, polling until it does or timeoutMs elapses.', { contains: { type: 'string' }, timeoutMs: { type: 'number' } }, { readOnlyHint: true }), DRIVEN, 'read', 'low'],
    ['negative: a tool that does a step', tool('electron_do', 'Does a click on the element matching the selector.', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
  ]);
});

describe('draining a queue or a buffer of what has arrived ("Wait for an inbound session request, or drain the buffered queue") hands it over, as receiving does: a read; a node drained has its work evicted', () => {
  check([
    ['a buffered queue of requests drained', tool('cello_await_session', 'Wait for an inbound session request, or drain the buffered queue.', { timeout_ms: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a node drained', tool('drain_node', 'Drain a Kubernetes node, evicting its pods.', { node: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a browser a read says it launches to load the page it reads ("Launches a real browser, navigates to the site, and returns design tokens") is how it reads, as a headless one is', () => {
  check([
    ['design tokens read from a site through a launched browser', tool('get_design_tokens', 'Extract the design system from a live website. Launches a real browser, navigates to the site, and returns design tokens.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a browser launched for the agent to drive', tool('launch_browser', 'Launches a real browser for the session to drive.', { headless: { type: 'boolean' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a context packet, a report or a summary built from what is there ("Build a debugging context packet with … recent logs") is handed back: building it is a read', () => {
  check([
    ['a debugging context packet built', tool('service_context', 'Build a debugging context packet with the service definition, runtime status, health summary, recent logs, and timeline.', { name: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: an app built', tool('build_app', 'Build the app from its sources.', { target: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a help desk\'s events are its activity log (who changed which ticket or customer, who called whom): reading them is medium', () => {
  const DESK = server('gorgias-mcp-server', ['gorgias_list_tickets', 'gorgias_list_events', 'gorgias_get_customer']);
  check([
    ['a help desk\'s events listed', tool('gorgias_list_events', 'List events.', { limit: { type: 'number' } }), DESK, 'read', 'medium'],
    ['a help desk\'s voice call event read', tool('gorgias_get_voice_call_event', 'Get a voice call event.', { id: { type: 'number' } }), DESK, 'read', 'medium'],
  ]);
});

describe('calling a language model (`call-claude`, `call-all-llms`) sends it a prompt and hands back its answer: a read, as asking one is; calling an API or a function runs it', () => {
  check([
    ['Claude called with a prompt', tool('call-claude', 'Call Anthropic\'s Claude API with a prompt', { prompt: { type: 'string' }, model: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['every configured LLM called', tool('call-all-llms', 'Call all available LLM APIs with the same prompt and get combined responses', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a function called', tool('call_function', 'Call a deployed cloud function with arguments.', { name: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('under a debugger, a paused program\'s stack, stack trace and registers say where it is (function names, files, lines), not what it holds: low; its memory, a core dump, or a stack offered with each frame\'s locals hold its values: medium', () => {
  const DEBUGGER = server('gdb-mcp', ['gdb_start', 'gdb_break', 'gdb_continue', 'gdb_backtrace', 'gdb_info_registers', 'gdb_examine']);
  check([
    ['registers displayed', tool('gdb_info_registers', 'Display registers', { sessionId: { type: 'string' }, register: { type: 'string' } }), DEBUGGER, 'read', 'low'],
    ['a paused call stack', tool('get_call_stack', 'Retrieves the current call stack when execution is paused. Shows the chain of function calls that led to the current location.', { session_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a stack trace of a paused debug session', tool('get_stack_trace', 'Get stack trace. The response includes stopReason — why the session is paused.', { sessionId: { type: 'string' } }), server('mcp-debugger', ['start_debugging', 'set_breakpoint', 'get_stack_trace']), 'read', 'low'],
    ['negative: a backtrace that can show every frame\'s locals', tool('gdb_backtrace', 'Show call stack', { sessionId: { type: 'string' }, full: { type: 'boolean' } }), DEBUGGER, 'read', 'medium'],
    ['negative: memory read', tool('gdb_read_memory', 'Read memory at an address in the debugged program.', { sessionId: { type: 'string' }, address: { type: 'string' } }), DEBUGGER, 'read', 'medium'],
    ['negative: a paused frame\'s variables', tool('get_variables', 'Get the variables of a stack frame while the debugger is paused.', { frameId: { type: 'number' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a legal person is an organisation the law treats as a person, no one\'s personal data; and what a company files with a public company register (its charges, statements, filings) is public record: low', () => {
  const REGISTER = server('companies-house-mcp-server', ['get_company_profile', 'get_officers', 'get_charge_details', 'get_psc_individual', 'get_psc_legal_person', 'get_document_content']);
  check([
    ['a legal person with significant control', tool('get_psc_legal_person', 'Get legal person with significant control', { company_number: { type: 'string' }, psc_id: { type: 'string' } }), REGISTER, 'read', 'low'],
    ['a registered charge', tool('get_charge_details', 'Get details of a specific charge', { company_number: { type: 'string' }, charge_id: { type: 'string' } }), REGISTER, 'read', 'low'],
    ['a filed document', tool('get_document_content', 'Fetch a document content (PDF)', { document_id: { type: 'string' } }), REGISTER, 'read', 'low'],
    ['negative: an individual with significant control', tool('get_psc_individual', 'Get individual person with significant control', { company_number: { type: 'string' }, psc_id: { type: 'string' } }), REGISTER, 'read', 'medium'],
    ['negative: a charge on a payments server', tool('get_charge_details', 'Get details of a specific charge', { charge_id: { type: 'string' } }), server('stripe-mcp', ['create_charge', 'get_charge_details', 'create_refund']), 'read', 'medium'],
  ]);
});

describe('costs or spending incurred (`get_cost_by_tag` "Breaks down costs", `top_spending_resources`, `get_actual_costs`) are what the organisation paid: spend records, medium; a cost estimated, calculated or compared is a price quote, and a government\'s spending is published', () => {
  check([
    ['costs broken down by tag', tool('get_cost_by_tag', 'Breaks down costs by a specific tag or label key such as team, environment, or project.', { tag_key: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['the resources that spent most', tool('top_spending_resources', 'Find the N most expensive individual resources over a time period.', { days: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['actual costs of shipped packages', tool('get_actual_costs', 'Get actual costs for shipped packages', { package_ids: { type: 'array' } }), GENERIC, 'read', 'medium'],
    ['spending aggregated by category', tool('spending_by_category', 'Aggregate spending by category for a date range. Shows where money goes.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a cost estimated', tool('estimate_costs', 'Estimate the monthly costs of a configuration.', { config: { type: 'object' } }), GENERIC, 'read', 'low'],
    ['negative: a print\'s cost calculated', tool('calculate_print_costs', 'Calculate the true costs of a 3D printed part including material and electricity.', { grams: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: federal spending by agency', tool('usa_spending_by_agency', 'Federal spending by agency for a fiscal year.', { fiscal_year: { type: 'number' } }), server('us-gov-open-data-mcp', ['usa_spending_by_agency']), 'read', 'low'],
  ]);
});

describe('escrows are money held for a trade until it completes: listing them reads financial records, medium', () => {
  check([
    ['the agent\'s escrows listed', tool('trust_list_escrows', 'List escrows for the current agent. Filter by status or role (buyer/seller).', { status: { type: 'string' }, role: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the escrow terms documented', tool('get_escrow_guide', 'Explain how escrow works on this marketplace.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a `clean` whose description opens by standardising or validating a value ("Standardize a Russian address. Returns structured fields") cleans the value passed in, not anything stored: a read; a clean of stored things stays destructive', () => {
  check([
    ['an address standardised', tool('clean_address', 'Standardize a Russian address. Returns structured fields, coordinates, and quality codes.', { address: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a car model recognised', tool('clean_vehicle', 'Recognize car brand and model from a string.', { vehicle: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a bucket cleaned', tool('clean_bucket', 'Clean all objects out of a storage bucket.', { bucket: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: old builds cleaned after a check', tool('clean_builds', 'Remove build artifacts older than a week.', { days: { type: 'number' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a tool called just `help` that takes nothing returns how to use its server, whatever words its title uses ("start-to-finish walkthrough"); a help that takes arguments is judged by what it does with them', () => {
  check([
    ['a walkthrough titled with "start"', { ...tool('help', 'Guided, numbered walkthrough of the whole pipeline — sign in → create a project → add photos → render.', {}), title: 'How to use this server (start-to-finish walkthrough)' }, GENERIC, 'read', 'low'],
    ['negative: a help that takes a path to write a config file to', tool('help', 'Writes a default config file to the given path, then prints the help.', { path: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a server whose tools handle invoices, quotes are quotations to customers with their prices: financial records, medium; a market\'s quotes are published prices', () => {
  const BILLING = server('gooodbilling-mcp', ['list_invoices', 'send_invoice', 'list_quotes', 'get_quote', 'send_quote']);
  check([
    ['quotes listed', tool('list_quotes', '見積書の一覧。', { status: { type: 'string' }, customer_id: { type: 'string' } }), BILLING, 'read', 'medium'],
    ['one quote read', tool('get_quote', '見積書の詳細。', { quote_id: { type: 'string' } }), BILLING, 'read', 'medium'],
    ['negative: a stock quote', tool('get_stock_quote', 'Latest price and daily change for one or more stocks.', { symbols: { type: 'array' } }), server('finance-data-mcp', ['get_stock_quote', 'get_balance_sheet', 'get_income_statement']), 'read', 'low'],
  ]);
});

describe('"…only because the server runs locally" says where the server runs, not what the tool does: a report of what it can reach stays a read; a tool that itself runs a command locally does not', () => {
  check([
    ['a report of reachable sources', tool('list_sources', 'Report which font sources this machine can actually reach: Google Fonts are always available; installed faces are reachable only because the server runs locally.', {}), GENERIC, 'read', 'low'],
    ['negative: a command run locally', tool('build', 'Runs the build command locally in the project folder.', { cwd: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('"start here" tells the caller where to begin ("Progressive discovery of the server\'s capabilities - start here"), not an act: the tool stays a read; starting a thing is a write', () => {
  check([
    ['a discovery tool to start with', tool('info', 'Progressive discovery of dart-query capabilities - start here', { level: { type: 'string', enum: ['overview', 'group', 'tool'] } }), GENERIC, 'read', 'low'],
    ['negative: a timer started', tool('timer', 'Start a timer for the current task.', { task_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('rewriting text handed in ("Rewrite dry text with comedic delivery", with `text`) returns the new text and keeps nothing: a read; rewriting a stored thing is an edit', () => {
  check([
    ['text handed in rewritten', tool('comic_timing', 'Rewrite dry text with comedic delivery. Takes boring text and makes it funny.', { text: { type: 'string' }, technique: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a stored page rewritten', tool('rewrite_page', 'Rewrite the text of a wiki page in a plainer style and save it.', { page_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('sorting results already fetched ("Sort the most recent search results") orders what the tool returns: a read; sorting a stored range or list rearranges it', () => {
  check([
    ['search results sorted', tool('booking_sort_results', 'Sort the most recent booking_search results. Options: price_asc, price_desc, rating.', { sortBy: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a spreadsheet range sorted', tool('sort-excel-range', 'Sort an Excel range.', { driveItemId: { type: 'string' }, body: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a later sentence that sends the caller to another of the server\'s tools ("Add sections built with new_section, then save with build_page") is advice about that tool, not this one\'s act: a tool that only returns a skeleton stays a read; a tool that itself adds stays a write', () => {
  const builder = server('webcake', ['new_page_skeleton', 'new_section', 'build_page', 'add_section']);
  check([
    ['a skeleton returned', tool('new_page_skeleton', 'Return an empty but valid page source: { sections: [] }. Add sections built with new_section, then save with build_page.', {}), builder, 'read', 'low'],
    ['negative: a section added', tool('add_section', 'Add a section to a page draft. Save it afterwards with build_page.', { page_id: { type: 'string' } }), builder, 'write', undefined],
    ['negative: another tool named but not pointed to', tool('new_page_skeleton', 'Return an empty page. Adds the sections new_section made.', {}), builder, 'write', undefined],
  ]);
});

describe('a highlight that only shows where a thing is (a step of the answer, an object in a scene, a symbol\'s uses) marks nothing for good: a read; highlighting text in a document marks it there, a write', () => {
  check([
    ['a phase highlighted in the answer', tool('game_flow', 'Show the full turn sequence for a game mode, or highlight the current phase and what comes next.', { current_phase: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an object highlighted in a scene', tool('highlight_object', 'Highlight an object in the running scene with a coloured outline.', { uuid: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: text highlighted in a document', tool('highlight_text', 'Highlight text in a Google Doc with a background colour.', { documentId: { type: 'string' }, startIndex: { type: 'number' }, endIndex: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a messaging server (ActiveMQ, Kafka, queues and topics) a broker passes messages: "brokers" in its name or `broker_info` among its tools says nothing about money; a stock broker\'s server still handles money', () => {
  const moneySignal = (serverName: string, toolNames: string[]) => classifyTool(tool('list_connections', 'List all broker connections', {}), server(serverName, toolNames)).signals.find((s) => s.source === 'server' && s.points === 'financial');
  test('an ActiveMQ server about queues, topics and brokers', () => {
    expect(moneySignal('Apache ActiveMQ queues, topics and brokers', ['list_connections', 'broker_info', 'broker_stats', 'list_queues'])).toBeUndefined();
  });
  test('negative: a brokerage\'s server', () => {
    expect(moneySignal('Stock brokers and trading accounts', ['list_connections', 'broker_info', 'place_order'])).toBeDefined();
  });
});

describe('a subscription that hands over what arrives before a timeout ("Subscribe to a topic and receive messages", with `timeout`) leaves nothing subscribed: a read; subscribing to a feed for later notices stays a write', () => {
  check([
    ['a topic read until a timeout', tool('subscribe_topic', 'Subscribe to a topic and receive messages', { topicName: { type: 'string' }, timeout: { type: 'number' }, maxMessages: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: webhook notices subscribed', tool('subscribe_events', 'Subscribe to order events and receive notifications at a webhook URL.', { url: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a connection opened to a message broker or an object store (ActiveMQ, MinIO) reaches its data as one to a database does: a read, medium when it is handed the credentials; connecting two things inside a document stays a write', () => {
  check([
    ['a broker connected with a password', tool('connect_broker', 'Connect to an ActiveMQ broker', { host: { type: 'string' }, username: { type: 'string' }, password: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an object store connected with keys', tool('connect_minio', 'Connect to a MinIO server', { endPoint: { type: 'string' }, accessKey: { type: 'string' }, secretKey: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a signal connected in a scene', tool('connect_signal', 'Connect a signal between two nodes inside a .tscn scene file.', { scene: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('recorded property sales (France\'s DVF, a land registry) are published for anyone: prices computed from them are low-risk reads; a business\'s own transactions stay financial records', () => {
  check([
    ['price per square metre from DVF', tool('get_price_per_sqm', 'Calculate average, median, min, and max price per square meter for a French location based on real DVF transactions.', { codePostal: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the account\'s transactions', tool('get_transactions', 'List the transactions of the connected bank account.', { account_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('past orders, whatever of them is named (their items, their dates), are someone\'s purchase history: a medium read, as an order history is; a past event\'s agenda is not', () => {
  check([
    ['the items of a past order', tool('get_past_order_groceries', 'Get the grocery items from a specific past order.', { past_order_date: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['the dates of past orders', tool('get_list_of_past_order_dates', 'Get the dates of all past orders.', {}), GENERIC, 'read', 'medium'],
    ['negative: a past event\'s agenda', tool('get_past_event_agenda', 'Get the agenda of a past conference event.', { event_id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a business\'s cash flow, its debtors and creditors, its receivables and payables are its money records: a medium read, as its invoices are; a public company\'s reported cash flow is market data', () => {
  check([
    ['cash flow of the books', tool('get_cashflow', 'Money in and out for a period from the posted bank and cash documents.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['who owes the company', tool('get_debtors', 'Customer balances of account 62, grouped by counterparty.', { asOf: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a listed company\'s cash flow', tool('get_cashflow', 'Get the reported cash flow statement of a listed company from its SEC filings.', { ticker: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a booking returned "including … guest information" (or a passenger\'s, a patient\'s details) carries a person\'s details: a medium read, as contact information does; a hotel\'s own details are public', () => {
  check([
    ['a booking with its guest', tool('get_booking_details', 'Get details of a specific booking including status, dates, and guest information', { bookingId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a hotel\'s details', tool('get_hotel_details', 'Get details of a hotel including amenities, photos and location.', { hotelId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a thing made from what the caller gives and handed back as markup ("Create an embeddable virtual tour from room descriptions and photos. Returns HTML…") is computed and nothing is stored: a read; one provisioned with an id, or saved, is kept', () => {
  check([
    ['a tour returned as HTML', tool('create_virtual_tour', 'Create an embeddable virtual tour from room descriptions and photos. Returns HTML with smooth transitions and fullscreen.', { rooms: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['a floor plan returned as SVG', tool('create_floor_plan', 'Create a detailed floor plan from room descriptions with dimensions. Returns room layout, SVG visualization, and circulation notes.', { rooms: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['negative: an account provisioned', tool('account_create', 'Provision a tenant. Returns the account_id to bake into the embed snippet, plus the embed code itself.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a page saved', tool('create_page', 'Create a landing page and save it to the site. Returns the page HTML.', { title: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a sync\'s status, history or statistics ("Returns 1proxy sync status and statistics") is the record of syncs done: a read, as a build\'s status or a deploy\'s history is; "sync" before what it copies is still a sync', () => {
  check([
    ['a sync\'s status and statistics returned', tool('proxy_stats', 'Returns proxy sync status and statistics: total proxies, average quality and sync history.'), GENERIC, 'read', 'low'],
    ['a sync\'s history listed', tool('connector_report', 'Show the sync history of a connector.', { connector_id: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: contacts synced', tool('contacts_job', 'Sync contacts from the CRM to the mailing list.', { list_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a prompt run against a model ("Run a prompt against a local Ollama model and return the response", "Execute a prompt against the configured model") gets the model\'s answer: a read, as running inference or a completion is; a prompt run by an agent with tools is not', () => {
  check([
    ['a prompt run against a local model', tool('ollama_run', 'Run a prompt against a local Ollama model and return the response', { model: { type: 'string' }, prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a prompt executed against the configured model', tool('run_prompt_completion', 'Execute a prompt against the configured model and return the completion.', { prompt_id: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a prompt run by a coding agent', tool('agent_run', 'Run a prompt with the coding agent, which can edit files and run shell commands.', { prompt: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a read that costs money on every call ("Costs $0.002 USDC", "via x402", "($0.010 USDC)") spends from the caller\'s account or wallet each time, however public what it returns: medium at least; a free sample, or a read that says it has no cost, stays low', () => {
  check([
    ['public prices read for a fee per call', tool('get_crypto_prices', 'Get real-time prices for BTC, ETH, SOL, BNB, XRP. Costs $0.002 USDC.'), GENERIC, 'read', 'medium'],
    ['a verdict priced in brackets', tool('get_token_verdict', 'Risk verdict for one token on Solana ($0.005 USDC): LOW, HIGH or CRITICAL with every finding behind it.', { token: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a free sample that names the paid tool', tool('try_crypto_prices', 'FREE SAMPLE, no payment: the real-time BTC price. get_crypto_prices ($0.002 USDC) adds ETH and SOL.'), GENERIC, 'read', 'low'],
    ['negative: a check with no cost', tool('verify_key', 'Check if an API key is valid. No x402 cost.', { key: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('messages or a prompt sent to a model ("Send messages to an OpenRouter model and get a response") get its answer: a read, as a prompt run against a model is; a model is not a person, and a message sent to a person or a channel still leaves', () => {
  check([
    ['messages sent to a model', tool('chat_completion', 'Send messages to an OpenRouter model and get a response', { model: { type: 'string' }, messages: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['a prompt sent to the LLM', tool('ask', 'Sends a prompt to the configured LLM and returns its answer.', { prompt: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a message sent to a channel', tool('post', 'Send a message to a Slack channel.', { channel: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a sentence that opens by reporting whether ("Report whether a font is safe to self-host and ship in a real repo") tells the answer to a question: its verbs are what it tells about, as in a sentence that opens with "whether"; a report that goes on to act still acts', () => {
  check([
    ['a licence reported', tool('font_license', 'Report whether a font is safe to self-host and ship in a real repo: OFL or Apache vs Adobe Fonts.', { font: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a deploy check told', tool('branch_readiness', 'Tells whether the branch is ready to deploy and merge.', { branch: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a report that then deletes', tool('prune_report', 'Report stale branches. Then delete every branch older than a year.', { repo: { type: 'string' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a ship log (`ship_log`, "Past sprints in this folder: what shipped, when") is the record of what shipped, as a deploy log is: a read; shipping an order is a change', () => {
  check([
    ['a ship log read', tool('ship_log', 'Past sprints in this folder: what shipped and when.'), GENERIC, 'read', undefined],
    ['negative: an order shipped', tool('ship_order', 'Mark an order as shipped and notify the customer.', { order_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a type system or a type scale (`design_type_system`) is typography, not typing: no UI step; typing text into a field still is one', () => {
  check([
    ['a type system returned', tool('type_system', 'Returns a type system: font sizes and role tokens with CSS.', { context: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a type scale returned', tool('get_type_scale', 'Get the type scale for a brand.', { brand: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: text typed into a field', tool('type_text', 'Type text into the focused input field of the page.', { text: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a change proposal (`schema_change_proposal_workflow`, "generate a list of instructions to make a successful schema change") is a thing, as a change request is: the tool that writes instructions for one is a read; changing the schema is still a change', () => {
  check([
    ['instructions for a change proposal', tool('schema_change_proposal_workflow', 'Use this tool to generate a list of instructions to make a successful schema change for a Supergraph.', { change: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a schema changed', tool('schema_change', 'Change the schema of a table.', { table: { type: 'string' }, ddl: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('awaiting is waiting: `await_architect_update` waits for the other agent\'s update and returns it, as `wait_for_x` does; a verb after `await` is what is awaited', () => {
  check([
    ['the next assignment awaited', tool('await_architect_update', 'ENGINEER ONLY. Call this to receive your next assignment or wait for the Architect. Blocks up to 30 seconds.'), GENERIC, 'read', 'low'],
    ['an approval awaited', tool('await_approval', 'Block until the reviewer answers.'), GENERIC, 'read', undefined],
    ['negative: an update posted', tool('post_architect_update', 'Post an update for the Engineer.', { body: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a sentence saying what work a tool saves its caller ("replaces 15-30 discovery tool calls and 10k-50k tokens of cold-boot discovery") states no act of the tool: replacing calls is not overwriting data', () => {
  check([
    ['a brief that replaces discovery calls', tool('charter_brief', 'CALL THIS FIRST when entering a governed repo. Returns routes, hotspots and governance posture in a single pre-digested brief — replaces 15-30 discovery tool calls and 10k-50k tokens of cold-boot discovery.'), GENERIC, 'read', 'low'],
    ['negative: a file\'s text replaced', tool('charter_sync', 'Replaces the text of the governance file.', { path: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('"a particular run of the CLI" is one time the CLI ran, a thing the text is about: checking whether such a run is allowed runs nothing; running the CLI does', () => {
  check([
    ['access checked for a run of the CLI', tool('auth-get-access', 'Get access allowances for a particular workspace\n\nChecks if generation is permitted for a particular run of the CLI', { request: { type: 'object', properties: { genLockId: { type: 'string' } } } }), GENERIC, 'read', 'low'],
    ['negative: the CLI run', tool('generate_sdk', 'Runs the CLI to generate an SDK.', { target: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a sentence that advises which option to pick ("Use preset=\\"authoring\\" for writing workflows") says what the option suits, not what the tool does; "Use this tool for creating issues" states the tool\'s purpose', () => {
  check([
    ['a documentation bundle whose preset suits writing workflows', tool('fw_context', 'Generate a self-contained LLM context bundle with Flow Weaver documentation, grammar, and conventions. Use preset="core" for basics, "authoring" for writing workflows, "full" for everything.', { preset: { type: 'string', enum: ['core', 'authoring', 'full'] } }), GENERIC, 'read', 'low'],
    ['negative: a tool whose own purpose is creating issues', tool('issue_helper', 'Issue helper. Use this tool for creating issues in the tracker.', { title: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a call whose description says it generates a model\'s answer ("Create a response. This will generate an LLM or agentic response") asks a model, whatever its verb: a read; creating a stored response template is a write', () => {
  check([
    ['a response created by an LLM', tool('responses-create', 'Create Response\n\nCreate a response. This will generate an LLM or agentic response.', { request: { type: 'object', properties: { input: { type: 'string' } } } }), GENERIC, 'read', undefined],
    ['negative: a canned response saved', tool('create_saved_response', 'Create a saved reply that agents can insert into tickets.', { title: { type: 'string' }, body: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a document\'s chunks, passages or summary are pieces of its text: reading or listing them returns what the document holds, medium; chunks of public docs, or of a cached response, are not a private document\'s', () => {
  check([
    ['a document\'s chunks listed', tool('documents-get-chunks', 'List all document chunks sorted by index in ascending order.', { documentId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a knowledge base\'s chunks listed', tool('knowledge-list-chunks', 'List all chunks for a datasource', { knowledgeId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a document\'s summary read', tool('documents-get-summary', 'Get a LLM generated summary of the document.', { documentId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: chunks of a product\'s public docs searched', tool('search_docs_chunks', 'Search across all shopify.dev documentation chunks.', { prompt: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: cached chunks of a response fetched', tool('fetch-chunk', 'Retrieves cached chunks from a changeMode response.', { cacheKey: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a service that delivers an organisation\'s events to webhooks and queues (Hookdeck Outpost, Svix) keeps what it delivered: its events carry their payloads and its attempts are delivery logs, medium; its destinations\' topics are not', () => {
  const OUTPOST = server('outpost-mcp', ['events-list', 'attempts-list', 'destinations-list', 'topics-list'], '@hookdeck/outpost-sdk');
  check([
    ['the delivered events listed', tool('events-list', 'List Events\n\nRetrieves a list of events.', { tenantId: { type: 'string' } }), OUTPOST, 'read', 'medium'],
    ['one delivery attempt read', tool('attempts-get', 'Get Attempt\n\nRetrieves details for a specific attempt.', { attemptId: { type: 'string' } }), OUTPOST, 'read', 'medium'],
    ['negative: the topics listed', tool('topics-list', 'List the available topics.', {}), OUTPOST, 'read', 'low'],
    ['negative: events listed on a server of no such service', tool('events-list', 'List Events\n\nRetrieves a list of events.', { tenantId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('evidence gathered for an audit or a dispute is the organisation\'s own documents and records: reading or listing it is medium; a library\'s "capability evidence" is not', () => {
  check([
    ['an audit\'s evidence listed', tool('audits-list-evidence', 'List audit evidence\n\nReturns a paginated list of evidence for an audit.', { auditId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a dispute\'s evidence read', tool('disputes-get-evidence', 'Get dispute evidence by ID.', { disputeId: { type: 'string' }, evidenceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a stack option\'s capability evidence', tool('get_capability_evidence', 'Returns per-option evidence, maturity and freshness.', { option: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a link that logs in whoever opens it ("Returns a redirect URL containing a JWT to authenticate the user with the portal") is a credential: reading one is high; a plain link to a page is not', () => {
  check([
    ['a portal URL with a JWT returned', tool('tenants-get-portal-url', 'Get Portal Redirect URL\n\nReturns a redirect URL containing a JWT to authenticate the user with the portal.', { tenantId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a dashboard link returned', tool('get_dashboard_url', 'Returns the URL of the project dashboard.', { projectId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a git diff returns the changed lines, the code itself, whatever the server (a home automation box\'s config repository, an IDE helper): medium; a git diff\'s stats are not', () => {
  check([
    ['an unstaged git diff shown', tool('ide_git_diff', 'Show unstaged Git diff for a repository or file.', { cwd: { type: 'string' }, path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a config repository\'s git diff shown', tool('ha_git_diff', 'Show uncommitted changes in the configuration repository.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a git diff\'s stats', tool('git_diff_stats', 'Show how many lines each file changed.', { cwd: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a name that ends on the reading its description opens with, after words that name a thing ("live_update_onboarding_explain": "Explain a live-update onboarding step"), states that reading: the earlier verb is part of the thing; right after another verb it is not', () => {
  check([
    ['an onboarding step of live updates explained', tool('app_live_update_onboarding_explain', 'Explain a live-update onboarding step in plain language; call when the user is confused.', { state: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a contact export started', tool('create-contact-export', 'Export contacts matching a set of AND-combined filters. Returns an export job; poll its status to retrieve the download URL.', { filters: { type: 'array' } }), GENERIC, 'read', 'medium'],
    ['negative: a login polled, the reading right after the verb', tool('auth_login_poll', 'Poll device flow status and persist auth store when authorized.', {}), GENERIC, 'write', 'high'],
  ]);
});

describe('a computation run, whatever modifiers are hyphened before it ("Runs an on-page SEO audit on a page"), only returns its findings: a preposition hyphened into a modifier ends no phrase; running a page\'s scripts still runs code', () => {
  check([
    ['an on-page SEO audit run', tool('rank_me_up', 'Runs an on-page SEO audit on a WordPress site page. Returns title and meta description.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a page\'s scripts run', tool('run_page_scripts', 'Runs the on-page scripts of a site page in a browser.', { path: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a whole site or database exported or dumped comes back with everything it stores (its records, users and content): medium; a site\'s settings exported are only its settings', () => {
  check([
    ['a local site exported to a backup file', tool('site_export', 'Exports a local WordPress site to a backup file. Supports full-site export or database-only export.', { nameOrPath: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a site\'s settings exported', tool('export_site_settings', 'Export the site settings as JSON.', { siteId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a tool that makes or sets something and whose parameter picks the format of "the generated code" (Sass or CSS) hands that code back for the caller to place: nothing is stored; a tool that saves its output to a file the caller names still writes', () => {
  const format = { type: 'string', enum: ['sass', 'css'], description: 'Output format for the generated code. "sass" returns Sass source; "css" returns CSS custom properties.' };
  check([
    ['a theme generated as Sass or CSS', tool('create_theme', 'Generate a complete, production-ready theme with palette, typography, and elevations.', { primaryColor: { type: 'string' }, output: format }), GENERIC, 'read', 'low'],
    ['a global size set by the CSS handed back', tool('set_size', 'Set global or component-specific sizing by updating --ig-size.', { size: { type: 'string' }, output: format }), GENERIC, 'read', 'low'],
    ['negative: a theme written to the file the caller names', tool('create_theme_file', 'Create a theme and write it to a Sass file.', { primaryColor: { type: 'string' }, output: { type: 'string', description: 'Path of the file the theme is saved to.' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a read named for an environment whose description opens by returning environment variables ("Get environment variables") returns values that commonly hold API keys and tokens: high, as `get_env` does; an environment\'s details are not its variables', () => {
  check([
    ['an API environment\'s variables returned', tool('get_environment', 'Get environment variables', { name: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a deployment environment\'s details', tool('get_environment', 'Get details of a deployment environment.', { name: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a security scan of a target whose own text says it is a path ("Target path to scan (file or directory)") looks at the caller\'s code on this machine: a read; a scan of a target host or URL probes that live service', () => {
  check([
    ['a vulnerability scan of a local path', tool('security_quick_scan', 'Quick vulnerability scan without taint analysis.', { target: { type: 'string', description: 'Target path to scan' } }), GENERIC, 'read', 'low'],
    ['negative: a vulnerability scan of a target host', tool('vuln_scan', 'Run a vulnerability scan against a target.', { target: { type: 'string', description: 'Target host or URL' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a read whose opening says it returns counts or aggregates of people\'s records or of logged events ("Get customer counts grouped by role", "overview aggregates for webhook events") returns numbers about them, not the records: low; customers ranked with their spend are the records', () => {
  check([
    ['customer counts grouped by role', tool('get_customer_totals', 'Get customer counts grouped by WordPress role. Shows total registered customers and their roles.', { fields: { type: 'array' } }), GENERIC, 'read', 'low'],
    ['webhook events aggregated by date', tool('webhook_events_summary_by_date', 'Get overview aggregates for webhook events grouped by date.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: top customers ranked by spend or order count', tool('top_customers', 'Get top customers ranked by total spend or order count', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a word that only a CRUD verb follows in one of a server\'s names (`run_create`) and that starts two more (`run_events`, `run_status`) names the thing those names are about, not the action: `run_events` lists a run\'s events; on a server with no such name `run_tests` runs', () => {
  const RUNS = server('babysitter', ['run_create', 'run_status', 'run_events', 'run_iterate', 'task_list']);
  check([
    ['a run\'s journal events listed', tool('run_events', 'List journal events for a run', { runId: { type: 'string' } }), RUNS, 'read', 'low'],
    ['negative: tests run', tool('run_tests', 'Run the project\'s tests.', { path: { type: 'string' } }), server('tester', ['run_tests', 'run_lint', 'list_tests']), 'execute', undefined],
  ]);
});

describe('a build\'s artifact downloaded (`download_build_artifact`, `downloadArtifact`) returns the build\'s output itself, private as the code it came from: medium; an artifact\'s status or a listing of artifacts only names them', () => {
  check([
    ['a pipeline run\'s artifact downloaded', tool('download_build_artifact', 'Download a file from a build artifact and return its content', { buildId: { type: 'string' }, path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a cache artifact downloaded', tool('downloadArtifact', 'Download a cache artifact', { hash: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a build\'s artifacts listed', tool('list_build_artifacts', 'List all artifacts produced by a build', { buildId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a `clean` whose description opens by censoring, redacting, sanitising or masking ("Censor profanity in a text") cleans the text passed in and hands it back: a read; a `clean` of a queue empties it', () => {
  check([
    ['profanity censored in a text', tool('clean_profanity', 'Censor profanity in a text. Replaces each profane word with a placeholder. Returns { cleanedText }.', { text: { type: 'string', description: 'The text to clean' } }), GENERIC, 'read', 'low'],
    ['secrets redacted from a log excerpt', tool('clean_log_excerpt', 'Redact API keys and tokens from a pasted log excerpt and return it.', { excerpt: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a job queue cleaned', tool('clean_queue', 'Clean completed and failed jobs from a queue.', { queue: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a pull named only in the description ("Pulls the exact transcript of the latest call") that names nowhere the data lands hands it back: a read; pulling recordings into local files, or a model, keeps them here', () => {
  check([
    ['a transcript pulled', tool('transcript_xray', 'Pulls the exact textual transcript of the most recent support call.', { callId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['weather data pulled', tool('weather_now', 'Pulls current weather observations for a city.', { city: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: recordings pulled into local files', tool('notes_sync', 'Pull new recordings into local markdown files, one per recording.', { since: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a model pulled', tool('ollama_model', 'Pull a model from the registry.', { model: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a listed company\'s earnings call is published for anyone: its transcript is public market data (low), not a private call or the caller\'s own financial records', () => {
  check([
    ['an earnings call transcript', tool('earnings_transcript', 'Retrieves the transcript of the most recent corporate earnings call for a ticker.', { ticker: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the caller\'s own earnings', tool('get_my_earnings', 'Get your earnings for the current payout period.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('a reading verb right before the noun of a computation that only returns names its kind ("Executes a deep-dive research scan", "Execute a query report"): running it computes and returns, a read; a "test scan" runs tests', () => {
  check([
    ['a research scan executed', tool('deep_research', 'Executes a deep-dive research scan with web scraping.', { topic: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a query report executed', tool('query_report_run', 'Execute a saved query report with filters', { report_name: { type: 'string' }, filters: { type: 'object' } }), GENERIC, 'read', undefined],
    ['negative: a visual test scan run', tool('visual_scan', 'Run a visual test scan of the storefront.', { project: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a name whose verb writes (`session_start`), on a tool whose description opens with a read and says "Read-only" in a sentence of its own ("Load project context… Read-only — does not modify any state."), only reads; "read-only" said of what it calls upstream is not the tool\'s claim', () => {
  check([
    ['a session bootstrap that loads context', tool('session_start', 'Load project context at the beginning of a session. Returns the project\'s tech stack, recent activity and pending tasks. Read-only — does not modify any state.', { project: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a bracketed claim', tool('session_start', 'Load the saved context for a new session (read-only).', { project: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a session started, nothing claimed', tool('session_start', 'Load project context and start a new tracked session.', { project: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a legislature\'s bill is a proposed law, not a billing: its committees, actions or sponsors read (`congress_bill_committees`, title "Congress: Bill Committees"); a customer billed is still a money act', () => {
  const GOV = server('us-gov-open-data-mcp', ['congress_bill_committees', 'congress_bill_actions', 'fdic_search_banks', 'treasury_debt']);
  check([
    ['a bill\'s committees', tool('congress_bill_committees', 'Get committees a bill was referred to, with activity dates.', { congress: { type: 'integer' }, bill_number: { type: 'integer' } }, { title: 'Congress: Bill Committees', readOnlyHint: true }), GOV, 'read', 'low'],
    ['a bill\'s sponsors', tool('congress_bill_cosponsors', 'Get the cosponsors of a bill.', { congress: { type: 'integer' }, bill_number: { type: 'integer' } }), GOV, 'read', 'low'],
    ['negative: a customer billed', tool('bill_customer', 'Bill a customer for usage.', { customer_id: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('what settles by itself ("without waiting for all animations to settle") only comes to rest: no money act; settling a bill or a trade pays it', () => {
  check([
    ['animations left to settle', tool('wait_for_animation', 'Pumps frames for a specified duration without waiting for all animations to settle.', { duration_ms: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an invoice settled', tool('settle_invoice', 'Settle an outstanding invoice from the account balance.', { invoiceId: { type: 'string' }, amount: { type: 'number' } }), GENERIC, 'financial', 'critical'],
  ]);
});

describe('"a fast check for whether any element matches" asks about the page, as "check whether" does: a read on a server that drives a UI, not the tick of a checkbox', () => {
  const DRIVER = server('electron-driver', ['start_app', 'click', 'type', 'check', 'uncheck', 'exists', 'screenshot']);
  check([
    ['whether an element exists', tool('exists', 'Fast check for whether any element matches, plus the count. Pass `selector` or `ref`. Does not wait.', { selector: { type: 'string' }, ref: { type: 'string' } }), DRIVER, 'read', 'low'],
    ['negative: a checkbox ticked', tool('check', 'Check a checkbox or radio button.', { selector: { type: 'string' } }), DRIVER, 'execute', undefined],
  ]);
});

describe('stock that runs out (or low, or dry) is used up: "Which products run out soon" forecasts, nothing is run', () => {
  check([
    ['products that run out soon', tool('stock_forecast', 'Which products run out soon, from real sales: units sold per product, the current stock and the date it reaches zero.', { days: { type: 'integer' } }), GENERIC, 'read', 'low'],
    ['negative: a job run', tool('job_run', 'Run a job now and wait for it.', { jobId: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('going to a symbol\'s definition in code (`lsp_goto_definition`: "Find the definition location of a symbol") finds where it is defined: a lookup, not a page driven', () => {
  check([
    ['a symbol\'s definition found', tool('lsp_goto_definition', 'Find the definition location of a symbol. Returns the file path and position where the symbol is defined.', { file: { type: 'string' }, line: { type: 'integer' }, character: { type: 'integer' } }), GENERIC, 'read', 'low'],
    ['negative: a page navigated to', tool('browser_goto', 'Go to a URL in the browser.', { url: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a `type` that ends a name after a stored thing\'s word (`key_type`, `file_type`) is that thing\'s kind, asked for: a read, not keys typed', () => {
  check([
    ['a key\'s type', tool('key_type', '获取键类型', { key: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a file\'s type', tool('file_type', 'Detect a file\'s MIME type.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: text typed in a browser', tool('browser_type', 'Type text into the focused element.', { text: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('on a driven browser, a tool with no verb in its name whose description opens "Check the status of …" (`local_browser_status`) asks, as a name\'s "check" does; only a checkbox is ticked', () => {
  const DRIVEN = server('canary-cli', ['browser_click', 'browser_type', 'browser_navigate', 'local_browser_status']);
  check([
    ['a browser session\'s status checked', tool('local_browser_status', 'Check the status of a local browser session.', { sessionId: { type: 'string' } }), DRIVEN, 'read', 'low'],
    ['negative: a checkbox ticked, the verb only in the description', tool('browser_checkbox', 'Check a checkbox on the page.', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
  ]);
});

describe('a word that is usually a thing, inside a name after a thing\'s words (the `type` of `asset-type-fields-list-asset-type-fields`, the `release` of `rolling-release-get-rolling-release`), gives way to a later verb, as one that opens the name does', () => {
  check([
    ['an asset type\'s fields listed', tool('asset-type-fields-list-asset-type-fields', 'List all Asset Type Fields', {}), GENERIC, 'read', 'low'],
    ['a rolling release read', tool('rolling-release-get-rolling-release', 'Get the active rolling release information for a project', { idOrName: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: text typed into a field', tool('type_text', 'Type text into the focused field.', { text: { type: 'string' } }), server('browser-mcp', ['browser_click', 'type_text', 'navigate']), 'execute', undefined],
  ]);
});

describe('"open" after "every", "each" or "list" describes what is open ("List every open browser session"): a listing, not a browser opened', () => {
  check([
    ['the open browser sessions listed', tool('session_list', 'List every open browser session (id, browser, headless, window size, start time) and which one is active.', {}), GENERIC, 'read', 'low'],
    ['negative: a browser opened', tool('open_session', 'Opens a new browser window at the given URL.', { url: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a legislature\'s bill titles, status or number ("Congress: Bill Titles") name the bill, as its committees and actions do: a read', () => {
  const GOV = server('us-gov-open-data-mcp', ['congress_bill_committees', 'congress_bill_titles', 'fdic_search_banks', 'treasury_debt']);
  check([
    ['a bill\'s titles', tool('congress_bill_titles', 'Get all titles for a bill — short titles, official titles, display titles.', { congress: { type: 'integer' }, bill_number: { type: 'integer' } }, { title: 'Congress: Bill Titles', readOnlyHint: true }), GOV, 'read', 'low'],
    ['negative: a customer billed', tool('bill_customer', 'Bill a customer for the amount due.', { customer: { type: 'string' }, amount: { type: 'number' } }), server('shop-mcp', ['bill_customer', 'list_invoices', 'refund_payment']), 'financial', undefined],
  ]);
});

describe('buying, spending or computing power is an amount an account or a machine has ("the buying power that is not the same number"), not a device powered', () => {
  check([
    ['cash and buying power read, text only', tool('cash_balance', 'Cash in the trading account, and the buying power that is not the same number. Use buying power to judge affordability.', {}), GENERIC, 'read', undefined],
    ['negative: a device powered on', tool('device_power', 'Power on the device by its id.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a sentence that opens "How many …" or "How much …" asks a question the tool answers ("How many lots to buy, given what you are willing to lose"): its verbs are what it works out, not what it does', () => {
  const TRADING = server('stockbit-mcp', ['order_buy', 'order_sell', 'position_size', 'cash_balance']);
  check([
    ['lots to buy worked out', tool('position_size', 'How many lots to buy, given what you are willing to lose. Pure arithmetic — it reads no account and places nothing.', { entry_price: { type: 'number' }, stop_price: { type: 'number' } }, { readOnlyHint: true }), TRADING, 'read', 'low'],
    ['negative: lots bought', tool('order_buy', 'Buy lots of a stock at a limit price.', { symbol: { type: 'string' }, lots: { type: 'number' }, price: { type: 'number' } }), TRADING, 'financial', undefined],
  ]);
});

describe('a money act read only from name words that are as often things (`running_trade`, `trade_book`, `order_detail`), where the server declares it read-only and the description states no act, is a read', () => {
  const TRADING = server('OKX trading', ['order_buy', 'order_sell', 'running_trade', 'trade_book']);
  check([
    ['the running-trade tape read', tool('running_trade', 'The running-trade tape: individual prints as they cross the exchange.', { symbol: { type: 'string' } }, { readOnlyHint: true, destructiveHint: false }), TRADING, 'read', undefined],
    ['traded volume by price read', tool('trade_book', 'Traded volume broken down by price level for a session.', { symbol: { type: 'string' } }, { readOnlyHint: true }), TRADING, 'read', undefined],
    ['negative: the same name with no read-only hint', tool('trade_book', 'Traded volume broken down by price level for a session.', { symbol: { type: 'string' } }), TRADING, 'financial', undefined],
    ['negative: a read-only hint on a description that buys', tool('order_buy', 'Buy shares of a stock at a limit price.', { symbol: { type: 'string' }, qty: { type: 'number' }, price: { type: 'number' } }, { readOnlyHint: true }), TRADING, 'financial', undefined],
  ]);
});

describe('on a trading venue (a brokerage, an exchange) the trader\'s own account, its positions and its fills are money records (Kiwoom\'s `acnt` group, 계좌), unless it is a public demo account', () => {
  const KIWOOM = server('Kiwoom REST API trading', ['kiwoom_acnt_kt00017', 'kiwoom_ordr_kt10000', 'kiwoom_chart_ka10079'], 'kiwoom-rest-api');
  const EXCHANGE = server('Exchange trading', ['get_fills', 'get_demo_account', 'place_order'], 'exchange-mcp');
  check([
    ['the account\'s same-day status read', tool('kiwoom_acnt_kt00017', '계좌별당일현황요청 (kt00017) — acnt / 계좌', {}), KIWOOM, 'read', 'medium'],
    ['the account\'s fills read', tool('get_fills', "List the authenticated account's fills (executed trades), newest first.", { limit: { type: 'number' } }, { readOnlyHint: true }), EXCHANGE, 'read', 'medium'],
    ['the account\'s configuration read', tool('account_get_config', 'Get account configuration: position mode (net vs hedge), account level.', {}, { readOnlyHint: true }), EXCHANGE, 'read', 'medium'],
    ['negative: a public demo account read', tool('get_demo_account', 'Get a live, public demo account snapshot (balance, equity, positions). No credentials needed.', {}, { readOnlyHint: true }), EXCHANGE, 'read', 'low'],
    ['negative: a chart of public prices read', tool('kiwoom_chart_ka10079', '주식틱차트조회요청 (ka10079) — chart / 차트', { stk_cd: { type: 'string' } }), KIWOOM, 'read', 'low'],
    ['negative: an account read where nothing is traded', tool('get_account', 'Get the current account details.', {}), server('Weather service', ['get_account', 'get_forecast']), 'read', 'low'],
  ]);
});

describe('an audit log named as one word (`auditLog-all`) is a record of what was done: its `action` choices (create, update, delete…) pick which entries come back', () => {
  const AUDIT = { userId: { type: 'string' }, action: { type: 'string', enum: ['create', 'update', 'delete', 'deploy', 'login', 'logout'] }, limit: { type: 'number' } };
  check([
    ['the audit log read, filtered by action', tool('auditLog-all', 'GET /auditLog.all', AUDIT, { title: 'AuditLog All', readOnlyHint: true }), server('Dokploy', ['auditLog-all', 'project-all']), 'read', undefined],
    ['negative: a resource tool whose action is done', tool('resource-manage', 'Manage a resource.', { id: { type: 'string' }, action: { type: 'string', enum: ['create', 'update', 'delete'] } }), server('Dokploy', ['resource-manage']), 'destructive', undefined],
  ]);
});

describe('an asset, a dock or a script opened in the editor a tool\'s name starts with (`editor_open_asset`) is shown there: the editor is where it opens, not a program started', () => {
  const GODOT = server('Godot MCP', ['editor_open_asset', 'editor_open_dock', 'editor_get_open_scenes']);
  check([
    ['an asset opened in the editor', tool('editor_open_asset', 'Open an asset in editor.', { path: { type: 'string' } }), GODOT, 'read', 'low'],
    ['a dock opened', tool('editor_open_dock', 'Open a dock: filesystem, inspector, scene, output.', { dock: { type: 'string' } }), GODOT, 'read', 'low'],
    ['negative: a template editor opened in the browser', tool('open_template_editor', 'Open the SendGrid template editor in browser for visual editing', { template_id: { type: 'string' } }), server('SendGrid', ['open_template_editor']), 'execute', undefined],
    ['negative: the editor itself opened', tool('open_editor', 'Open the code editor.', {}), GENERIC, 'execute', undefined],
  ]);
});

describe('an agent noun at a name\'s end after a verb and a participle (`get_archived_publisher`) is what the verb acts on, not the action', () => {
  const ADS = server('AdButler ad server', ['get_archived_publisher', 'list_archived_publishers', 'archive_publisher']);
  check([
    ['an archived publisher read', tool('get_archived_publisher', 'Get details of a specific archived publisher', { id: { type: 'number' } }), ADS, 'read', 'low'],
    ['negative: an agent noun that names the action', tool('project_services_updater', 'Updates project services.', { project: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a business contract read (an advertiser\'s contracts, a contract\'s documents and revisions, a service agreement\'s usage) holds the parties\' commercial terms: medium; a smart contract, an API or Pact contract, a contract template and a public register\'s contracts stay low', () => {
  const ADS = server('AdButler ad server', ['list_contracts', 'list_contract_templates', 'create_zone']);
  check([
    ['contracts listed', tool('list_contracts', 'List all contracts', { limit: { type: 'number' } }), ADS, 'read', 'medium'],
    ['a contract document\'s revision read', tool('get_contract_document_file_revision', 'Get a specific file revision for a contract document', { contract_id: { type: 'number' }, document_id: { type: 'number' }, revision_id: { type: 'number' } }), ADS, 'read', 'medium'],
    ['negative: contract templates listed', tool('list_contract_templates', 'List all contract templates', { limit: { type: 'number' } }), ADS, 'read', 'low'],
    ['negative: a smart contract read on a chain', tool('read_contract', 'Read contract state from a blockchain by calling a view method.', { address: { type: 'string' }, method: { type: 'string' } }), server('Onchain MCP', ['read_contract', 'get_balance']), 'read', 'low'],
    ['negative: API contracts validated', tool('contract_validate', 'Validate API contracts for breaking changes.', { file: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a Kerberos keytab holds the keys an account signs in with: reading one reads a credential', () => {
  check([
    ['a keytab downloaded', tool('get_kerberos_keytab', 'Download Kerberos keytab file for a Data Forest account', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: an account\'s details read', tool('get_account_detail', 'Get details of a Data Forest account', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a signing envelope read (`envelopes-get`, Documenso\'s) returns the documents sent for signature and who signs them: private documents, medium', () => {
  const SIGNING = server('Documenso', ['envelopes-get', 'envelope-envelope-find', 'templates-find', 'envelope-create']);
  check([
    ['an envelope got by its id', tool('envelopes-get', 'Get envelope  Returns an envelope given an ID', { request: { type: 'object' } }), SIGNING, 'read', 'medium'],
    ['envelopes found by criteria', tool('envelope-envelope-find', 'Find envelopes  Find envelopes based on search criteria', { request: { type: 'object' } }), SIGNING, 'read', 'medium'],
    ['negative: templates found', tool('templates-find', 'Find templates  Find templates based on search criteria', { request: { type: 'object' } }), SIGNING, 'read', 'low'],
  ]);
});

describe('an ad or marketing audience read (`meta_list_custom_audiences`) returns segment definitions and sizes, not the people in them: low; its members listed are personal data', () => {
  const ADS = server('Meta Marketing', ['meta_list_custom_audiences', 'meta_get_custom_audience', 'meta_create_campaign']);
  check([
    ['custom audiences listed', tool('meta_list_custom_audiences', 'Lists custom audiences in a Meta ad account.', { ad_account_id: { type: 'string' } }), ADS, 'read', 'low'],
    ['an audience by its id', tool('crm_googleGetAudienceById', 'Get audience by ID. Retrieve a specific Google Ads combined audience by ID', { audienceId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an audience\'s members listed', tool('list_audience_members', 'List the members of an audience.', { audienceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('what a portal of open or public data serves (a government\'s open-data APIs: members of Congress, payments to physicians, election candidates) is published for anyone: low; the same reads elsewhere are personal data', () => {
  const GOV: ServerContext = { name: 'US government open-data APIs', toolNames: ['congress_member_details', 'fec_search_candidates', 'bea_gdp_national'], description: 'MCP server for 40+ U.S. government and international data APIs.' };
  check([
    ['a member of Congress\'s profile', tool('congress_member_details', 'Get detailed information about a specific member of Congress by BioGuide ID. Returns full bio, party history and committee assignments.', { bioguideId: { type: 'string' } }), GOV, 'read', 'low'],
    ['election candidates searched', tool('fec_search_candidates', 'Search for federal election candidates by name, state, party, office, or election year.', { name: { type: 'string' } }), GOV, 'read', 'low'],
    ['negative: a member\'s details on a club\'s server', tool('get_member_details', 'Get detailed information about a specific member by id.', { id: { type: 'string' } }), server('club-mcp', ['get_member_details', 'list_events']), 'read', 'medium'],
  ]);
});

describe('the values of a property, a parameter, a label or an indicator (the options it takes, its current reading), or a CRM\'s custom values (account-wide merge fields), are nobody\'s record: low; a customer\'s field values are personal', () => {
  check([
    ['a CRM location\'s custom values', tool('get_location_custom_values', 'Get all custom values for a location', { locationId: { type: 'string' } }), server('GoHighLevel', ['get_location_custom_values', 'get_contacts', 'create_opportunity']), 'read', 'low'],
    ['a Prometheus label\'s values', tool('prometheus_label_values', 'Get all values for a specific Prometheus label', { label: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a card parameter\'s values', tool('get_card_param_values', 'Get available values for a card parameter (for populating filter dropdowns)', { card_id: { type: 'number' }, param_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a customer\'s field values', tool('list_customer_field_values', 'List all custom field values set for a customer.', { customer_id: { type: 'number' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a read whose description lists a secret among what it returns ("including secret", "client_id and api_key", "SSIDs, passphrases", "the certificate, private key") returns credentials: high; a masked secret is not one', () => {
  check([
    ['a webhook with its secret', tool('get_webhook', 'Get full details of a webhook by ID including secret and API version.', { id: { type: 'number' } }), GENERIC, 'read', 'high'],
    ['an application with its api_key', tool('get_application', 'Get application details including client_id and api_key.', { application_id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['Wi-Fi networks with their passphrases', tool('list_wlans', 'List all configured Wi-Fi SSIDs, passphrases, security modes, frequency bands, and enabled status.'), GENERIC, 'read', 'high'],
    ['a certificate with its private key', tool('get_certificate', 'Retrieve the certificate, private key, and certificate information', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a key with its secret masked', tool('get_virtual_key', 'Fetch one virtual key by slug, including metadata, a masked secret, limits, status, and model config.', { slug: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a brand\'s, a game class\'s or a host node\'s identity (its look, its character, its public key) is nobody\'s personal data: low; a user\'s identity is', () => {
  check([
    ['a website\'s brand identity', tool('get_brand_identity', 'Extract brand identity from a live website: site name, logo, favicon variants.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a game class\'s identity', tool('get_class_identity', 'Get the strategic identity of a Hearthstone class: hero power implications and archetypes.', { class_name: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a user\'s identity', tool('get_user_identity', 'Get a user identity by id.', { identityId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('the prefix a server puts on every tool\'s name is not what a tool reads when the name has no other object: the description says what it reads', () => {
  const HOTELS = server('Booking.com', ['booking_search', 'booking_get_prices', 'booking_get_property', 'booking_status']);
  const CRM = server('GoHighLevel CRM', ['crm_list', 'crm_get', 'crm_create', 'crm_update']);
  check([
    ['a hotel search on a booking site', tool('booking_search', 'Search for hotels and properties on Booking.com. Returns property names, ratings and prices.', { destination: { type: 'string' } }), HOTELS, 'read', 'low'],
    ['FAQs listed on a server whose prefix is crm', tool('crm_list', 'Get all FAQs by knowledge base with pagination support.', { knowledgeBaseId: { type: 'string' } }), CRM, 'read', 'low'],
    ['negative: a name\'s only object where its server shares no prefix', tool('contacts_search', 'Search for people by name.', { query: { type: 'string' } }), server('crm-mcp', ['contacts_search', 'get_deal', 'list_companies']), 'read', 'medium'],
  ]);
});

describe('bookings and reservations are guests\' stays and travellers\' trips, and invitations are who was invited (by email): personal data, medium', () => {
  check([
    ['a rental\'s bookings', tool('lodgify_list_bookings', 'Retrieve bookings with comprehensive filtering options.', { stayFilter: { type: 'string' } }), server('lodgify-mcp', ['lodgify_list_bookings', 'lodgify_get_property']), 'read', 'medium'],
    ['a flight booking polled', tool('get_flight_booking', 'Poll a flight booking started by book_flight.', { booking_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an account\'s reservations', tool('get_reservations', 'Get all current and upcoming reservations from your account.'), GENERIC, 'read', 'medium'],
    ['an organisation\'s invitations', tool('list_user_invites', 'List pending and sent invitations with id, email, role, status, and expiry.'), GENERIC, 'read', 'medium'],
    ['negative: free slots to book', tool('booking_get_slots', 'Get available booking slots for a business.', { date: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a CRM\'s standard and custom objects, found by name, are its kinds of record (its data model): low; objects of a given type are its records', () => {
  const SALESFORCE = server('Salesforce CRM', ['salesforce_search_objects', 'salesforce_query_records', 'salesforce_describe_object']);
  check([
    ['standard and custom objects searched by name', tool('salesforce_search_objects', 'Search for Salesforce standard and custom objects by name pattern.', { searchPattern: { type: 'string' } }), SALESFORCE, 'read', 'low'],
    ['objects found by partial name', tool('sf_list_objects', 'Finds Salesforce objects by partial name or label.', { query: { type: 'string' } }), SALESFORCE, 'read', 'low'],
    ['negative: objects of a given type are records', tool('hubspot-list-objects', 'Retrieves a paginated list of objects of a specified type from HubSpot.', { objectType: { type: 'string' } }), server('HubSpot CRM', ['hubspot-list-objects', 'hubspot-get-user-details']), 'read', 'medium'],
  ]);
});

describe('reminders are what someone noted to do, and when: personal data, medium; the lists they are kept in are not', () => {
  check([
    ['reminders listed from the Reminders app', tool('list-reminders', 'Lists reminders from a specific list or all lists.', { list: { type: 'string' } }), server('mcp-icloud', ['list-reminders', 'list-reminder-lists', 'create-reminder']), 'read', 'medium'],
    ['reminders in a CRM', tool('list_reminders', 'List reminders in Folk CRM with optional filtering.'), GENERIC, 'read', 'medium'],
    ['negative: the reminder lists', tool('list-reminder-lists', 'Lists all reminder lists from Reminders.app.'), server('mcp-icloud', ['list-reminders', 'list-reminder-lists', 'create-reminder']), 'read', 'low'],
  ]);
});

describe('a read whose description says what comes back is decrypted returns what someone encrypted to keep private: medium; one that inspects without decrypting does not', () => {
  check([
    ['wiki pages decrypted locally', tool('read_page', 'Returns the full markdown body for one page. Sealed pages are decrypted locally when the passphrase unlocks the keyring.', { slug: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a channel read and decrypted', tool('channel_read', 'Read a channel and decrypt what your keys can open.', { channel: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a container inspected without decrypting', tool('container_inspect', 'Inspect a container without decrypting. Shows metadata, layer names and signature status.', { file: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a signed or presigned URL to download a file opens its contents to whoever holds the link: medium; a signed URL to upload to hands nothing out', () => {
  check([
    ['a presigned URL to a knowledge-base file', tool('get_file_download_url', 'Get a presigned URL to download a file from a knowledge base.', { file_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a temporary signed URL to an asset', tool('get_asset', 'Get a temporary signed URL for downloading an asset by its asset ID.', { assetId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a presigned URL to upload to', tool('get_upload_url', 'Generate a pre-signed upload URL for uploading a PDF file to temporary storage.'), GENERIC, 'read', 'low'],
  ]);
});

describe('an application key or a signing key read is what a program authenticates or signs with: a credential, high; one said to return only its public half is not', () => {
  check([
    ['a service account\'s application key', tool('get_application_key', 'Get an application key owned by this service account.', { app_key_id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['beacon signing keys listed', tool('list_beacon_signing_keys', 'List all beacon signing keys in your account.'), GENERIC, 'read', 'high'],
    ['negative: signing keys returned as public keys', tool('get_signing_keys', 'Get all signing keys for the application. Returns public keys and metadata (private keys are not stored).'), GENERIC, 'read', 'low'],
  ]);
});

describe('on a network controller, hotspot vouchers read are the codes guests sign on to the network with: credentials, high; a shop\'s vouchers are not', () => {
  const UNIFI = server('UniFi Network', ['unifi_list_vouchers', 'unifi_list_clients', 'unifi_list_devices']);
  check([
    ['hotspot vouchers on a UniFi controller', tool('unifi_list_vouchers', 'List active guest hotspot vouchers.'), UNIFI, 'read', 'high'],
    ['negative: vouchers on a server that runs no network', tool('list_vouchers', 'List the vouchers of the shop.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a release\'s notes are the changelog published for its users: low; a person\'s notes are theirs', () => {
  check([
    ['a library\'s release notes', tool('get_release_notes_by_version', 'Get release notes for one or more versions of the library.', { version: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a release note by id', tool('getReleaseNoteById', 'Get details of a specific release note.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a meeting\'s notes', tool('get_meeting_notes', 'Get the notes taken in a meeting.', { meetingId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('records a name or a lead calls DNS records ("a single DNS record", "the TXT verification record") are public: low; a table\'s records are not', () => {
  check([
    ['a DNS provider\'s records', tool('dnsProvider-listRecords', 'GET /dnsProvider.listRecords', { dnsProviderId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a single DNS record', tool('get_record', 'Queries the configuration of a single DNS record, such as the record value and priority.', { recordId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a TXT verification record', tool('get_domain_verification_record', 'Get the TXT verification record needed to claim ownership of a domain.', { domain: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a table\'s records', tool('list_records', 'List the records of a table in the base.', { tableId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a user\'s profile on a social network anyone can read without signing in (X, TikTok, Reddit, Threads) is what that person published for everyone: low; a CRM\'s user profiles are personal data', () => {
  check([
    ['an X user\'s profile', tool('x_get_user', 'Get X/Twitter user profile by username.', { username: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['Reddit users searched', tool('search_users', 'Search Reddit users by keyword.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a Threads user\'s profile', tool('threads_get_user', 'Get a Threads user profile by username.', { username: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a CRM user\'s profile', tool('get_user_profile', 'Get a user profile by id.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a validation checks what it is given against rules and returns the verdict, not the records it names: low; a read of those records is not', () => {
  check([
    ['member data validated before creation', tool('validate-member', 'Validates member data before creation.', { email: { type: 'string' }, name: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['a post validated against a platform\'s rules', tool('validate_post', 'Validate post content against platform rules before publishing.', { content: { type: 'string' } }), server('Zernio social media', ['validate_post', 'create_post', 'list_messages']), 'read', 'low'],
    ['negative: a member read', tool('get-member', 'Get a member by id.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a suggestion works out candidates (a budget to bid, the domain an email address is typed towards) rather than returning stored records: low', () => {
  check([
    ['a budget suggested', tool('suggest_budget', 'Suggest budget through the Marketing API.', { campaign_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an email address autocompleted', tool('suggest_email', 'Autocomplete email addresses. Suggests domains and corrects typos as user types.', { query: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a budget read', tool('get_budget', 'Get the budget of a campaign.', { campaign_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('enrolments are who joined a plan, a course or a sequence, and administrators are named people: personal data, medium', () => {
  check([
    ['a gym\'s plan enrolments', tool('enrollment-list', 'List Plan Enrollments. Get a list of enrollments in the current company.'), GENERIC, 'read', 'medium'],
    ['contacts enrolled in a sequence', tool('list_sequence_enrollments', 'List all contacts enrolled in a specific message sequence.', { sequenceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a gateway\'s administrators', tool('gateway_get_administrators', 'Get all administrators for a specific gateway.', { gatewayId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a course\'s modules', tool('list_course_modules', 'List the modules of a course.', { courseId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a spreadsheet\'s range or a sorted set\'s range, read, is the values stored in it: medium; a chart\'s visible range is not', () => {
  check([
    ['an Excel range', tool('get-excel-range', 'Get an Excel range.', { address: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a Google Sheets range read', tool('sheets_read_range', 'Read data from a range in a Google Spreadsheet.', { spreadsheetId: { type: 'string' }, range: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a chart\'s visible range', tool('chart_get_visible_range', 'Get the visible date range on the chart.'), GENERIC, 'read', 'low'],
  ]);
});

describe('what a terminal, a pane or a console shows, read or captured, is what ran in it and what it printed: a log, medium; a list of terminals is not', () => {
  check([
    ['a tmux session\'s buffer captured', tool('terminal_capture', 'Capture the current visible buffer of a named tmux session.', { session: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a pane\'s output read', tool('read_pane', 'Read a pane\'s terminal output.', { paneId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the terminal sessions listed', tool('terminal_list', 'List the terminal sessions that can be observed.'), GENERIC, 'read', 'low'],
  ]);
});

describe('on a CRM, a list\'s entries are the people and companies on it, and its interactions are who wrote to or met whom: personal data, medium; a list\'s own settings are not', () => {
  const ATTIO = server('attio-crm-mcp', ['get-lists', 'get-list-entries', 'get-list-details', 'get_record_interactions']);
  check([
    ['a CRM list\'s entries', tool('get-list-entries', 'Retrieve all records in a list with pagination.', { listId: { type: 'string' } }), ATTIO, 'read', 'medium'],
    ['a CRM record\'s interactions', tool('get_record_interactions', 'Fetch interaction metadata (first/last email, calendar) for a person or company record.', { record_id: { type: 'string' } }), ATTIO, 'read', 'medium'],
    ['negative: a CRM list\'s details', tool('get-list-details', 'Retrieve schema and configuration for a specific list.', { listId: { type: 'string' } }), ATTIO, 'read', 'low'],
    ['negative: a to-do list\'s entries, off a CRM', tool('get-list-entries', 'Retrieve the entries of a list.', { listId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what a server is for comes from its brand first (its package\'s name, its title\'s first word), then from the rest of its title: a CRM whose title lists its notes is a CRM', () => {
  const FOLK = server('Folk CRM people, companies, deals and notes', ['list_companies', 'list_deals', 'list_notes'], 'folk-crm-mcp');
  check([
    ['a CRM\'s companies', tool('list_companies', 'List companies in your workspace with optional pagination', { limit: { type: 'number' } }), FOLK, 'read', 'medium'],
    ['a CRM\'s deals', tool('list_deals', 'List deals in a specific group', { groupId: { type: 'string' } }), FOLK, 'read', 'medium'],
    ['negative: a notes app\'s list of notebooks', tool('list_notebooks', 'List notebooks', {}), server('Notes app notebooks', ['list_notebooks'], 'notes-app-mcp'), 'read', 'low'],
    ['negative: a brand that only starts like a git host', tool('detect_changes', 'Analyze uncommitted git changes and find affected execution flows.', {}), server('GitNexus code knowledge graph', ['detect_changes', 'query'], 'gitnexus'), 'read', 'low'],
  ]);
});

describe('on a server of several products, the product a tool\'s name starts with decides what it reads, even where the server has a domain of its own', () => {
  const VOICE = server('VocalIA voice AI, CRM, e-commerce and telephony', ['voice_call', 'zoho_list_deals', 'zendesk_get_ticket', 'whatsapp_search'], '@vocalia/mcp-server');
  check([
    ['a CRM\'s deals on a voice server', tool('zoho_list_deals', 'List deals from Zoho CRM', { page: { type: 'number' } }), VOICE, 'read', 'medium'],
    ['a help desk\'s ticket on a voice server', tool('zendesk_get_ticket', 'Get a specific ticket with its comments', { id: { type: 'string' } }), VOICE, 'read', 'medium'],
    ['negative: a product of the server\'s own domain still names the product, not an object', tool('patient_identify', 'Interactive patient identification with disambiguation support.', { name: { type: 'string' } }), server('FHIR patients and observations', ['patient_identify', 'get_observations'], 'fhir-mcp-server'), 'read', 'medium'],
  ]);
});

describe('the queries a database is running now (active, running, current) are its live sessions\' statements: a log of activity, medium; its slow or top queries are statistics, low', () => {
  check([
    ['active queries', tool('pg_active_queries', 'Get active queries currently running on the server.', {}), GENERIC, 'read', 'medium'],
    ['long-running queries', tool('pg_long_running_queries', 'Find queries that have been running longer than a given threshold in seconds.', { seconds: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: the slowest queries', tool('postgres_get_slow_queries', 'Get slow queries from pg_stat_statements.', { limit: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a route sent with POST whose path ends on an act (`…-indexer-test`, `…-backup-restore-id`) does that act: the method is only how it is sent; a path word that is also the route\'s tag names the resource', () => {
  check([
    ['a connection test by POST', tool('indexer-post-api-v1-indexer-test', '', { body: { type: 'object' } }), GENERIC, 'read', 'low'],
    ['every connection tested by POST', tool('download-client-post-api-v1-downloadclient-testall', '', {}), GENERIC, 'read', 'low'],
    ['a backup restored by POST', tool('backup-post-api-v1-system-backup-restore-id', '', { id: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['negative: the search resource posted to', tool('search-post-api-v1-search', '', { body: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a GET route whose path ends on a noun that can be a verb', tool('tag-get-api-v1-tag', '', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('what security monitoring detects (intrusion, WAF, DDoS, malware events) is a log of attacks and of the hosts they hit: medium; a game\'s events are not', () => {
  check([
    ['intrusion detection events', tool('list_ids_events', 'List IDS intrusion detection events from Security Monitoring.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['web application firewall events', tool('list_waf_events', 'List WAF (Web Application Firewall) security events.', {}), GENERIC, 'read', 'medium'],
    ['negative: a game\'s scheduled events', tool('list_game_events', 'List the scheduled in-game events.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a secret the call makes up (a random password, a passphrase) protects nothing until someone sets it: low; a stored password read is high', () => {
  check([
    ['a random password', tool('password_generate', 'Generate a random password', { length: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['a passphrase', tool('generate', 'Generate a secure password or passphrase', { type: { type: 'string' } }), server('bitwarden-mcp', ['generate', 'get', 'list']), 'read', 'low'],
    ['negative: a stored password', tool('get_root_password', 'Get the root password for a server instance', { serverInstanceNo: { type: 'string' } }), GENERIC, 'read', 'high'],
  ]);
});

describe('listed companies\' earnings, reported by ticker or issuer (EPS, earnings history, an earnings calendar), are published market data: low; a business\'s own revenue is not', () => {
  check([
    ['an earnings history by ticker', tool('alphavantage_earnings_history', 'Get historical earnings data (EPS actual vs estimate) for a specific ticker.', { symbol: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an earnings calendar', tool('finnhub_earnings_calendar', 'Get upcoming or historical earnings reports within a date range.', { from: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the business\'s own revenue', tool('get_revenue_report', 'Get the revenue report of your store for a date range.', { from: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('candidates for a process (to migrate, to save as a lesson) are what qualifies for it, not people: low; a recruiter\'s candidates are personal data', () => {
  check([
    ['migration candidates', tool('processDefinition_getMigrationCandidates', 'Compare source and target process definition activities.', { sourceId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['lesson candidates', tool('mem-lesson-candidates', 'Detect not-yet-saved reusable workflow patterns.', {}), GENERIC, 'read', 'low'],
    ['negative: a job\'s candidates', tool('list_candidates', 'Lists all candidates in the account, most-recently updated first.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('a business\'s, a company\'s or a page\'s profile is what it shows the public about itself: low, on a messaging server too; a person\'s profile is personal data', () => {
  const WHATSAPP = server('WhatsApp Cloud API messages and templates', ['send_message', 'get_business_profile', 'get_contact_profile']);
  check([
    ['a WhatsApp business profile', tool('get_business_profile', 'Read the WhatsApp business profile (about, description, email, websites, address).', {}), WHATSAPP, 'read', 'low'],
    ['a LinkedIn page profile', tool('getLinkedinPageProfile', 'Get Linkedin pages and profile.', { locationId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a user\'s profile', tool('get_user_profile', 'Get a user\'s profile: name, email and phone.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a read whose description opens on the caller\'s own user ("Get current user information", "the authenticated user\'s information") returns what the caller already is: low; another user, or records kept for the caller, are personal data', () => {
  check([
    ['the current user', tool('linear_get_user', 'Get current user information', {}), GENERIC, 'read', 'low'],
    ['the authenticated user\'s profile', tool('get_profile', 'Get the current user\'s Gmail profile', {}), server('gmail-mcp', ['get_profile', 'search_emails', 'send_email']), 'read', 'low'],
    ['negative: a user by id', tool('get_user', 'Get a user by ID: name, email and role.', { userId: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('posts published on a social network anyone can read (Threads, Reddit, X), and the replies, mentions and conversations under them, are public: low; a mail server\'s threads are conversations', () => {
  check([
    ['replies to a Threads post', tool('threads_get_replies', 'Gets replies to a Threads post.', { media_id: { type: 'string' } }), server('meta-mcp-server', ['threads_get_replies', 'threads_search', 'send_message']), 'read', 'low'],
    ['a subreddit\'s feed', tool('get_reddit_feed', 'Get the post feed from a specific subreddit.', { subreddit: { type: 'string' } }), server('Zernio social media posting, inbox and WhatsApp Business', ['get_reddit_feed', 'send_message'], 'zernio-mcp'), 'read', 'low'],
    ['negative: email threads', tool('threads_list', 'List or search email threads (conversations).', { q: { type: 'string' } }), server('gmail-mcp', ['threads_list', 'messages_list', 'send_message']), 'read', 'medium'],
  ]);
});

describe('a program\'s threads, under a debugger or in a thread dump, are threads of execution, not conversations: low', () => {
  check([
    ['a debuggee\'s threads', tool('debug_threads', 'List threads in the current debuggee.', {}), GENERIC, 'read', 'low'],
    ['a thread dump', tool('analyze_threads', 'Thread dump (jstack -l). Default: plain text.', { pid: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: a chat\'s threads', tool('list_threads', 'List the threads of a channel with their messages.', { channel: { type: 'string' } }), server('slack-mcp', ['list_threads', 'post_message']), 'read', 'medium'],
  ]);
});

describe('a chat with the caller\'s own model ("Chat with your local Llama model") returns the model\'s answer: low; a chat channel read is private messages', () => {
  check([
    ['a chat with a local Llama model', tool('ai_chat', 'Chat with your local Llama model. Zero cost, fully private.', { message: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a chat channel\'s history', tool('get_chat_history', 'Get the message history of a chat channel.', { channel: { type: 'string' } }), server('slack-mcp', ['get_chat_history', 'post_message']), 'read', 'medium'],
  ]);
});

describe('log files listed (with their sizes and times), or a log file\'s path, name the files: none of their lines comes back, low; log entries read are a log', () => {
  check([
    ['a database server\'s log files listed', tool('list_mysql_logs', 'List DB server log files for a Cloud DB for MySQL server instance', { instanceNo: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['an editor\'s log file path', tool('get_editor_logpath', 'Get the filepath to the editor log file (this may be Unity or Blender)', {}), GENERIC, 'read', 'low'],
    ['negative: log files read', tool('get_event_log_files', 'Get event log files: returns parsed CSV log entries of org activity.', { eventType: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a page\'s document tree (its DOM, a design file\'s node tree) is how the page is built, not a document someone wrote: low', () => {
  check([
    ['a page\'s DOM document', tool('DOM_getDocument', 'Get the document tree of the page.', {}), server('devtool-mcp', ['DOM_getDocument', 'DOM_performSearch']), 'read', 'low'],
    ['a Figma page\'s document tree', tool('get_document', 'Get the current Figma page document tree.', { fileKey: { type: 'string' } }), server('Figma documents through a plugin bridge', ['get_document', 'get_selection'], 'figma-mcp-bridge'), 'read', 'low'],
    ['negative: a written document', tool('get_document', 'Get a document by ID (returns Markdown).', { id: { type: 'string' } }), server('google-docs-mcp', ['get_document', 'list_documents']), 'read', 'medium'],
  ]);
});

describe('the value of a form\'s input on a driven page (an input field, a textarea, a select) is what was typed or picked there: low; a key\'s value in a store is stored content', () => {
  check([
    ['an input field\'s value', tool('browser_get_input_value', 'Get the current value of an input field', { selector: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a textarea\'s value', tool('get_value', 'Read the current value of a form input, textarea, or select.', { selector: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a stored key\'s value', tool('get_value', 'Get the value stored under a key.', { key: { type: 'string' } }), server('redis-mcp', ['get_value', 'set_value']), 'read', 'medium'],
  ]);
});

describe('a file\'s metadata or details (its name, size, type), as the description says, are not what the file holds: low; a drive\'s file metadata, or a file\'s contents, are not', () => {
  check([
    ['a file\'s metadata', tool('files_get', 'Retrieve a single file\'s metadata by id.', { file_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a file\'s details', tool('get_file', 'Get details of a specific file', { file_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a drive file\'s metadata', tool('drive_get_file', 'Get metadata for a specific file in Google Drive', { fileId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a file\'s contents', tool('get_file', 'Get the contents of a specific file', { file_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a payment card\'s full number and security code (its CVV) read back are what anyone needs to pay with the card: high; the brand and last four digits are not, nor is a CVC letter pattern', () => {
  check([
    ['an issued card with its PAN and CVV', tool('card-issuing-get-full', 'Get issued card with PAN, CVV, and expiration.', { cardID: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: saved cards without their numbers', tool('list_payment_methods', 'List saved payment methods. Returns card brand, last 4 digits, and cardholder name only -- full card numbers and CVV are never included.', {}), GENERIC, 'read', 'medium'],
    ['negative: CVC name patterns', tool('hunt_domains', 'Find valuable domains. Pattern types: short 3-5 character pronounceable patterns (CVC, CVCV).', { pattern: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a transaction on a public blockchain, found by its hash, its block or its chain, is on a ledger anyone can read: low; an address\'s or a wallet\'s transactions gather one holder\'s money, medium', () => {
  const CHAIN = server('bnb-chain-mcp', ['get_transaction', 'get_block_by_number', 'get_native_balance', 'transfer_native_token']);
  check([
    ['a transaction by its hash', tool('get_transaction', 'Get detailed information about a specific transaction by its hash. Includes sender, recipient, value, data, and more.', { txHash: { type: 'string' } }), CHAIN, 'read', 'low'],
    ['a block\'s transactions', tool('list_block_transactions', 'Lists the transactions that occurred in a given block.', { blockNumber: { type: 'number' } }), CHAIN, 'read', 'low'],
    ['negative: an address\'s transactions', tool('list_address_transactions', 'Lists the transactions of a wallet address.', { address: { type: 'string' } }), CHAIN, 'read', 'medium'],
    ['negative: a bank\'s transactions', tool('get_transaction', 'Get the details of a transaction on a bank account.', { id: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
});

describe('a database a platform runs, read whole, comes back with how to connect to it (host, user, password): high; its config or its backups, named, and a database elsewhere are other reads', () => {
  const PAAS = server('dokploy-mcp', ['postgres-create', 'postgres-one', 'postgres-remove', 'application-deploy']);
  const DB_CLOUD = server('cloud-mcp', ['db-cluster-create', 'db-cluster-get', 'db-cluster-list-backups']);
  check([
    ['a hosted Postgres read by its id', tool('postgres-one', 'GET /postgres.one', { postgresId: { type: 'string' } }), PAAS, 'read', 'high'],
    ['a database cluster read by its id', tool('db-cluster-get', 'Get a cluster by its id', { id: { type: 'string' } }), DB_CLOUD, 'read', 'high'],
    ['negative: a cluster\'s backups listed', tool('db-cluster-list-backups', 'List backups for a database cluster by its id', { id: { type: 'string' } }), DB_CLOUD, 'read', 'low'],
    ['negative: a Postgres database\'s settings read, where the server creates none', tool('postgres-settings-one', 'GET /postgres.settings.one', { postgresId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a stored record\'s PDF (an invoice\'s, a form\'s, a certificate\'s), picked by its id with no content handed in, is the record rendered: a read of a business document, medium; a PDF made from content handed in, or of the current page, is a file made', () => {
  check([
    ['an invoice\'s PDF generated', tool('invoice_generate_pdf', 'Generate a PDF for an invoice', { id: { type: 'number' }, second_copy: { type: 'boolean' } }), GENERIC, 'read', 'medium'],
    ['a form\'s PDF fetched', tool('company-forms_get-pdf', 'Get the link to the form PDF', { formId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a PDF made from content handed in', tool('export_generate_pdf', 'Generate a PDF document from text content', { content: { type: 'string' }, filename: { type: 'string', description: 'Output filename' } }), GENERIC, 'write', 'medium'],
    ['negative: the current page printed', tool('browser_pdf', 'Generate a PDF of the current page', { path: { type: 'string' }, sessionId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a search across several kinds of record, people among them ("across deals, persons, and organizations"), returns whichever match: personal data, medium; people as a library\'s subject are no one\'s records', () => {
  check([
    ['a CRM search across deals and persons', tool('pipedrive_search', 'Search across deals, persons, and organizations in Pipedrive', { term: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a helpdesk search across tickets and customers', tool('smart_search', 'Intelligent search across tickets, customers, and views.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a library search across subjects and people', tool('search_books', 'Search Open Library across titles, authors, subjects, places, people, publishers and ISBNs.', { q: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('where a server\'s resources keep timesheets and absences, a resource is a person (a consultant, an employee): what is read of one is personal data, medium; a cloud\'s resources are machines', () => {
  const STAFFING = server('staffing-mcp', ['resources_search', 'resources_get', 'resources_timesheets', 'resources_absences', 'projects_search']);
  const CLOUD = server('cloud-mcp', ['resources_list', 'resources_get', 'resource_groups_list']);
  check([
    ['a resource\'s file', tool('resources_get', 'Get a resource by its numeric ID.', { id: { type: 'number' } }), STAFFING, 'read', 'medium'],
    ['a resource\'s projects', tool('resources_projects', 'Get the projects a resource works on, by its ID.', { id: { type: 'number' } }), STAFFING, 'read', 'medium'],
    ['negative: a cloud resource', tool('resources_get', 'Get a resource by its numeric ID.', { id: { type: 'number' } }), CLOUD, 'read', 'low'],
  ]);
});

describe('a business\'s representatives (its owners and managers, as a payments platform keeps them for verification) are people: personal data, medium; a legislature\'s votes are public record', () => {
  check([
    ['a representative read', tool('representatives-get', 'Retrieve a specific representative associated with a given account.', { accountID: { type: 'string' }, representativeID: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: House of Representatives votes', tool('congress_house_votes', 'Get House of Representatives roll call vote results.', { congress: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('"local" or "cached" only says where a copy is kept: a mail product\'s local search still searches the mail, medium', () => {
  check([
    ['a mail search over the local cache', tool('gmail_search_local', 'Search the LOCAL cache of synced mail — instant, no browser.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a local model list', tool('list_local_models', 'List the models installed on this machine.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('"fs" is the file system: reading it reads a file\'s contents, as `read_file` does, medium; its listing or a path\'s stat shows names and sizes, low', () => {
  check([
    ['a file read through fs_read', tool('fs_read', 'Read the contents of a file on a node by absolute path.', { path: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a path\'s stat', tool('fs_stat', 'Stat a single absolute path on a node: exists, size, mode, mtime.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('time tracked by a person (a user\'s worklogs, a time-tracking report by user or author) says who worked on what and for how long: personal data, medium; a project\'s total logged time names no one', () => {
  check([
    ['a user\'s time tracking report', tool('jira_get_user_worklogs', 'Get a USER\'s time tracking report across ALL issues within a date range.', { accountId: { type: 'string' }, from: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a time-tracking summary by author', tool('workitems_report_summary', 'Aggregated time-tracking summary for one author or all users.', { author: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a project\'s total logged time', tool('get_total_worklogs', 'Get total logged time for a project', { projectId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('what a job or a session printed as it ran (a cron job\'s captured output, a job\'s spool, a background session\'s output) is its log: medium; an output format setting is no output', () => {
  check([
    ['a cron job\'s captured output', tool('getCronJobOutput', 'Returns the output captured from the last execution of the cron job identified by its uid.', { uid: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a background session\'s output', tool('read-session-output', 'Read recent output from a background session.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the output formats offered', tool('get_output_formats', 'List the output formats the converter supports.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a voice or phone call\'s record holds who called whom, when, and often its recording or transcript: medium; a function\'s incoming calls are code', () => {
  check([
    ['a helpdesk\'s voice calls', tool('list_voice_calls', 'List voice calls, cursor-paginated.', { cursor: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a function\'s incoming calls', tool('get_incoming_calls', 'Find all functions that call the function at a position.', { file: { type: 'string' }, line: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a first word that `get` and an object follow is the part of the API read, not an act (`swap_get_orders`: the SWAP instruments\' orders; `protect_get_camera`: UniFi Protect\'s camera), even where no other tool shows it; a verb that stands alone with its object still acts', () => {
  check([
    ['SWAP orders got', tool('swap_get_orders', 'Query open or historical SWAP orders.', { instId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a Protect camera got, text only', tool('protect_get_camera', 'Get details of a camera.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a swap that stands alone with its object still acts', tool('swap_tokens', 'Swap one token for another.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a verb-shaped word right before a name\'s last word, where that is a CRUD verb, is the thing acted on (`bland_call_list` lists calls, `nfs-snapshot-get` gets a snapshot); a look before it stays a look (`check_update`)', () => {
  check([
    ['calls listed', tool('bland_call_list', 'List recent calls. Returns call IDs, status, duration, and phone numbers.', { limit: { type: 'number' } }), GENERIC, 'read', undefined],
    ['a snapshot got, text only', tool('nfs-snapshot-get', 'Get an NFS snapshot by its id.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an update checked for', tool('makerkit_check_update', 'Analyze a plugin update using three-way diff.', { plugin: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('after a server\'s prefix, a verb-shaped word that `get` or `list` and an object follow is the part of the API read (`nomoreide_deploy_list_projects`, `employee-tax-setup_get-state-taxes`), even where no other tool shows it; a `list` straight after a first verb is as often a list (`filter-list-entries`)', () => {
  check([
    ['deploy projects listed', tool('nomoreide_deploy_list_projects', 'List the projects the deploy module knows.', {}), GENERIC, 'read', 'low'],
    ['a model evaluation\'s presets listed, text only', tool('genai-model-eval-list-presets', 'List the presets available for model evaluations.', {}), GENERIC, 'read', 'low'],
    ['negative: a list\'s entries filtered', tool('filter-list-entries', 'Filter the entries of a CRM list.', { listId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a verb beside "precheck" or "preflight" in a name (`upgrade_precheck`, `precheck_upgrade`) names the act checked before it is done: read; the act itself stays what it is', () => {
  check([
    ['an upgrade pre-checked', tool('cdss_upgrade_precheck', 'Pre-check whether a Kafka version upgrade can proceed', { clusterNo: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['a restart pre-checked', tool('ses_precheck_restart', 'Pre-check before performing a rolling restart', { clusterNo: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: the upgrade itself', tool('cdss_upgrade', 'Upgrade a Kafka cluster to a new version', { clusterNo: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a message\'s send requests (SMS, mail, Alim Talk) listed are the messages sent through the service, who they went to and what they said: private messages, medium; a pull request listed stays low', () => {
  check([
    ['SMS send requests', tool('sens_list_sms_requests', 'List SMS delivery requests of the last 90 days.', { serviceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['mail send requests', tool('list_mail_requests', 'List mail send requests in a period.', { serviceId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: pull requests', tool('list_pull_requests', 'List pull requests in a repository.', { repo: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a money word the name repeats (`invoices-list-invoices`, `transactions-list-asset-transactions`) is the head itself: the rationale names it once, and a public chain\'s transactions listed so stay public, low', () => {
  const CHAIN = server('avacloud-sdk', ['data-primary-network-transactions-list-asset-transactions', 'data-evm-blocks-get-block']);
  const assets = tool('data-primary-network-transactions-list-asset-transactions', 'Lists asset transactions corresponding to the given asset id on the X-Chain.', { assetId: { type: 'string' } });
  check([
    ['a public chain\'s asset transactions', assets, CHAIN, 'read', 'low'],
    ['negative: a business\'s invoices', tool('invoices-list-invoices', 'List invoices.', { status: { type: 'string' } }), GENERIC, 'read', 'medium'],
  ]);
  test('the repeated word is quoted once', () => {
    const c = classifyTool(tool('invoices-list-invoices', 'List invoices.', { status: { type: 'string' } }), GENERIC);
    expect(c.rationale).toContain('("invoices")');
    expect(c.rationale).not.toContain('invoices invoices');
  });
});

describe('a hosted database read by its id (`mysql-one`, "Gets a specific MySQL database by its ID", "Get a cluster by its id" on `db-cluster-get`) comes back with how to connect to it: high, even where the server\'s other tools are unknown; a database\'s tables listed stay low', () => {
  check([
    ['a MySQL database read by its id', tool('mysql-one', 'Gets a specific MySQL database by its ID in Dokploy.', { mysqlId: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['a database cluster read by its id', tool('db-cluster-get', 'Get a cluster by its id', { id: { type: 'string' } }), GENERIC, 'read', 'high'],
    ['negative: a database\'s tables listed', tool('mysql_list_tables', 'List the tables of a MySQL database.', { database: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a call\'s record whose description says it holds the transcript, the recording or the phone numbers ("Get full call details: transcript, … recording URL", "List recent calls. Returns … phone numbers") is a private conversation: medium, even where the server is not named for calls; a function call\'s graph stays low', () => {
  check([
    ['a call\'s details with its transcript', tool('bland_call_get', 'Get full call details: transcript, extracted variables, summary, recording URL, and status.', { call_id: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['recent calls with phone numbers', tool('bland_call_list', 'List recent calls. Returns call IDs, status, duration, and phone numbers.', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['negative: a function\'s call graph', tool('get_call_graph', 'Get the call graph of a function: its callers and callees.', { symbol: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a server named for a parliament serves its public records (votes, attendance, documents): low, even where its other tools and its description are unknown; a company\'s board votes stay what they are', () => {
  check([
    ['voting records on a parliament\'s server', tool('get_voting_records', 'Retrieve voting records from plenary sessions. Filter by session, member or topic.', { sessionId: { type: 'string' } }), server('european-parliament-mcp-server'), 'read', 'low'],
    ['negative: the same records on a company\'s governance server', tool('get_voting_records', 'Retrieve voting records from plenary sessions. Filter by session, member or topic.', { sessionId: { type: 'string' } }), server('board-governance-mcp'), 'read', 'medium'],
  ]);
});

describe('a read whose description says it returns what an account holds (a credit or cash balance, an opening or closing balance, the account\'s equity) returns financial records: medium, whatever its name calls the account; a stock\'s equity data stays public', () => {
  check([
    ['a credit balance returned', tool('ncloud_get_credit_history_list', 'Get credit history list. Returns credit balance, usage history per service, and validity periods.', {}), GENERIC, 'read', 'medium'],
    ['opening and closing balances', tool('account_period_summary', 'Get a period summary for an account: opening balance, total debits/credits, closing balance.', { accountId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an equity symbol\'s data', tool('get_equity_details', 'Get equity details for a specific symbol', { symbol: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a face in a photo matched, searched or aged ("Compare two facial images", "Estimate a person\'s age from a facial image") is biometric data that identifies the person: medium; a card\'s face flipped in a game is no one\'s', () => {
  check([
    ['two facial images compared', tool('didit_face_match', 'Compare two facial images to determine if they belong to the same person (1:1 face matching).', { user_image: { type: 'string' }, ref_image: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['an age estimated from a face', tool('didit_age_estimation', "Estimate a person's age from a facial image.", { user_image: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: a card\'s face shown', tool('get_card_face', 'Get which face of a playing card is shown.', { card: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an email\'s or a message\'s attachments ("List all attachments in an email", "attachments on a sandbox message") are part of that private message: medium, even where the server is not named for mail; an issue\'s attachments listed stay low', () => {
  check([
    ['an email\'s attachments listed', tool('list_attachments', 'List all attachments in an email without downloading them.', { uid: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a sandbox message\'s attachments', tool('list-sandbox-attachments', 'List all attachments on a sandbox message.', { messageId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: an issue\'s attachments listed', tool('jira_get_attachments', 'Get all attachments for an issue.', { issueKey: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('"determine" works something out and hands it back ("Determine each player\'s Primary Mission"): a read, even where the text names a way of playing ("Matched Play")', () => {
  check([
    ['a mission determined', tool('determine_primary_mission', 'Determine each player\'s Primary Mission from their Force Dispositions, per Warhammer 40,000 11th Edition Matched Play.', { your_disposition: { type: 'string' }, opponent_disposition: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a determined winner recorded', tool('record_winner', 'Record the winner determined by the judges.', { winner: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a tool whose description opens by saying it was removed ("[REMOVED in v0.9.0] This tool was removed in …") does nothing any more, a call returns that notice: read; a name that destroys keeps its reading, since the notice may not be true', () => {
  check([
    ['a removed session starter', tool('start_visual_session', '[REMOVED in v0.9.0] This tool was removed in fsb-mcp-server v0.9.0 (FSB v0.9.62 implicit visual-session contract).', { clientLabel: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a delete that says it was removed', tool('delete_project', 'This tool was removed in v2. Deletes a project.', { id: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a tool that says what it removed', tool('start_session', 'Start a session. The old session tool was removed in v2.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('mentions on LinkedIn or Instagram, or on Threads as the name\'s first word, are posts published there (low); mentions in a team chat are private messages (medium)', () => {
  check([
    ['LinkedIn mentions', tool('get_linkedin_mentions', 'Get LinkedIn mentions -- posts and comments where your LinkedIn page was tagged or mentioned.', { accountId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['Threads mentions', tool('threads_get_mentions', 'Gets posts where the authenticated user was @mentioned.', { threads_user_id: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: mentions in Teams chats', tool('get_my_mentions', 'Find all recent messages where the current user was mentioned (@mentioned) across Teams chats and channels.', {}), GENERIC, 'read', 'medium'],
  ]);
});

describe('lock information, lock contention or lock waits are locks as they stand (`pg_lock_info`, "Lock contention from JFR"): a read; a lock taken (`lock_issue`) is a write', () => {
  check([
    ['lock information', tool('pg_lock_info', 'Get active lock information from the database catalog.', { connectionId: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['lock contention', tool('profile_jfr_locks', 'Lock contention from JFR: synchronized monitors and parking.', { file: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: an issue locked', tool('lock_issue', 'Lock an issue so no one can comment on it.', { issue: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('files on someone\'s own drive (Google Drive, OneDrive, Dropbox) listed, searched or read are that person\'s private work: medium; the drives themselves, or a file\'s versions, listed stay low', () => {
  check([
    ['drive files listed', tool('listDriveFiles', 'Lists files across Google Drive with optional filtering by type and folder.', { folderId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['a drive searched for files', tool('searchDrive', 'Searches across all files in Google Drive by name or content.', { query: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the shared drives listed', tool('list_shared_drives', 'List all shared drives.', {}), GENERIC, 'read', 'low'],
    ['negative: a drive file\'s versions', tool('list-drive-item-versions', 'Lists the version history of a file.', { itemId: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('errors or events the text says were caught in a log, a running program or a live service ("incidents detected across service logs", "the realm\'s login event log") are log entries: medium; a compiler\'s errors, or errors it says are not from the running program, stay low', () => {
  check([
    ['incidents from service logs', tool('list_errors', 'List deduped error / stack-trace incidents detected across managed service logs.', { limit: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['events from an event log', tool('get_admin_events', 'Returns recent administrative events from the realm\'s admin event log.', { realm: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: compilation errors', tool('get_compile_errors', 'Get compilation errors from the editor markers.', {}), GENERIC, 'read', 'low'],
    ['negative: errors that are not runtime ones', tool('get_bundle_errors', 'Get bundling errors from the build (not runtime errors).', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a download hands back the stored file\'s bytes, whatever they hold ("Download all blocklist entries as a CSV export"): medium; a template, a model or a visual the tool generated for the caller stays low', () => {
  check([
    ['entries downloaded as CSV', tool('blocklist_download', 'Download all blocklist entries as a CSV export.', {}), GENERIC, 'read', 'medium'],
    ['check results downloaded', tool('download_item_results', 'Download check results for a specific check item as an Excel report.', { itemId: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: templates downloaded', tool('download_email_templates', 'Download the current email templates as a zip file.', {}), GENERIC, 'read', 'low'],
    ['negative: a generated visual downloaded', tool('download_visual', 'Download a generated visual file as base64-encoded data.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a query or code handed in to be verified ("Verify if a GraphQL query is valid against a remote Supergraph") is checked as text, as a validation is: read; a verification that runs it says so', () => {
  check([
    ['a GraphQL query verified', tool('verify_query_against_remote_schema', 'Verify if a GraphQL query is valid against a remote Supergraph.', { query: { type: 'string', description: 'The GraphQL query' } }), GENERIC, 'read', 'low'],
    ['negative: a query run', tool('run_query', 'Run a GraphQL query against the remote Supergraph.', { query: { type: 'string', description: 'The GraphQL query' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a read whose description runs the examination its name states ("Run a code review against the repository", "Run a comprehensive threat assessment") runs no code: read; a build or tests run alongside ("Run build, test, and lint") do', () => {
  check([
    ['a code review run', tool('review', 'Run a code review against the current repository.', { base: { type: 'string' } }), GENERIC, 'read', undefined],
    ['a threat assessment run', tool('explain_indicator', 'Run a comprehensive threat assessment on a single indicator.', { indicator: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: build, tests and lint run', tool('verify_all', 'Run build, test, and lint sequentially for a project.', { projectPath: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('on a documents server, what is around the documents (a note\'s outline, its backlinks, a page\'s children or restrictions, a file\'s revisions) holds none of their text: low; a note read, or a block\'s children (the blocks of text under it), return the text', () => {
  const NOTES_APP = server('obsidian-mcp', ['read_note', 'search_notes', 'get_outline', 'get_backlinks']);
  check([
    ['a note\'s outline', tool('get_outline', 'Get the heading structure/outline of a note.'), NOTES_APP, 'read', 'low'],
    ['a note\'s backlinks', tool('get_backlinks', 'List all notes that link to the specified note.'), NOTES_APP, 'read', 'low'],
    ['a page\'s restrictions', tool('get_content_restrictions', 'Get all restrictions on a piece of content.'), server('confluence'), 'read', 'low'],
    ['negative: a note read', tool('read_note', 'Read a note.'), NOTES_APP, 'read', 'medium'],
    ['negative: a block\'s children', tool('get_block_children', 'Retrieve block children'), NOTES_APP, 'read', 'medium'],
  ]);
});

describe('a supplier or a counterparty is a business partner on file, with its contacts, its tax number and its bank details: read, medium, as a customer is; the kinds of counterparty a carrier knows are a reference list', () => {
  check([
    ['suppliers listed', tool('list_suppliers', 'List suppliers (proveedores)', { page: { type: 'number' } }), GENERIC, 'read', 'medium'],
    ['a supplier read with its contact details', tool('erpnext_supplier_get', 'Get a single ERPNext supplier by name (ID). Returns all fields including contact details.', { name: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['counterparties listed', tool('counterparty_get_counterparties', 'Get counterparties list filtered by property (Sender/Recipient/ThirdPerson).', { property: { type: 'string' } }), GENERIC, 'read', 'medium'],
    ['negative: the types of counterparty', tool('reference_get_types_of_counterparties', 'Get list of counterparty types (PrivatePerson/Organization).', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('a media manager\'s download clients are its connections to torrent and Usenet clients, with their hosts and logins: read, medium; a download\'s progress holds no such settings', () => {
  check([
    ['the download clients\' settings', tool('radarr_get_download_clients', 'Get download client configurations from Radarr (Movies). Shows configured clients and their settings.', {}), GENERIC, 'read', 'medium'],
    ['negative: a download\'s progress', tool('get_download_progress', 'Get the progress of a download by id.', { id: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});
