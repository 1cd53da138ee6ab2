// The classifier's principles for execute (code, commands, queries and driven programs).
// One table per principle (shared/LABELS.md), with invented tools: each row states what the principle
// predicts for a tool whose text exercises it.
import { describe } from 'vitest';
import { check, tool } from '../table.ts';
import { server, GENERIC, FILTER } from './contexts.ts';

describe('a query language handed to a database is run, whatever the verb', () => {
  check([
    ['export with a find filter', tool('export_rows', 'Export query results to a file.', { filter: FILTER, pipeline: { type: 'array', items: { type: 'object' } } }), GENERIC, 'execute', undefined],
    ['find with a filter', tool('find_documents', 'Find the documents of a MongoDB collection that match a filter.', { filter: FILTER }), GENERIC, 'execute', undefined],
    ['negative: a count hands back only a number, whatever filter picked the records', tool('count_documents', 'Count the documents of a MongoDB collection that match a filter.', { filter: FILTER }), GENERIC, 'read', 'low'],
    ['validating SQL only checks it', tool('validate_sql', 'Validates a SQL statement without running it.', { sql: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['explaining what a query does only reads it', tool('explain_query', 'Explains in plain words what a SQL query does.', { sql: { type: 'string' } }), GENERIC, 'read', undefined],
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

describe('input steps on a server that drives a browser are execute', () => {
  const BROWSER = server('browser-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'fill', 'browser_drop']);
  check([
    ['filling a field (named only in the description)', tool('fill', 'Type text into an input or select an option from a <select> element.'), BROWSER, 'execute', 'high'],
    ['dropping files onto an element is drag and drop, not a drop of data', tool('browser_drop', 'Drop files onto an element, as if dragged from outside the page.'), BROWSER, 'execute', 'high'],
    ['dropping a table on a database server is destructive', tool('drop_table', 'Drop a table.'), server('postgres-mcp'), 'destructive', 'critical'],
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

describe('an HTTP method a run takes is its transport, not a generic API call', () => {
  check([
    ['triggering a workflow over its webhook', tool('test_workflow', 'Run a workflow through its webhook trigger.', { workflowId: { type: 'string' }, httpMethod: { type: 'string', enum: ['GET', 'POST', 'PUT', 'DELETE'] } }), GENERIC, 'execute', 'high'],
    ['a generic request tool still offers DELETE', tool('api_request', 'Make a request to the API.', { method: { type: 'string', enum: ['GET', 'POST', 'DELETE'] }, path: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
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

describe('code and queries named by their language, and generic calls, whatever the verb', () => {
  check([
    ['an OpenCypher query is a query language', tool('query_graph', 'Run a query on a graph.', { graphName: { type: 'string' }, query: { type: 'string', description: 'The OpenCypher query to run' } }), GENERIC, 'execute', undefined],
    ['a parameter named for its language carries code', tool('run_anonymous', 'Run anonymous code in the org.', { apexCode: { type: 'string', description: 'Apex code' } }), GENERIC, 'execute', 'critical'],
    ['negative: "before executing a query" says when to call it', tool('get_graph_schema', 'Get the schema of a graph, to understand its structure before executing a query.'), GENERIC, 'read', 'low'],
    ['a call to any path with any method is a generic request, even when it "interacts"', tool('ms-graph', 'A versatile tool to interact with Microsoft APIs.', { path: { type: 'string' }, method: { type: 'string', enum: ['get', 'post', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['a product named like a verb is a prefix', tool('protect_get_fob', 'Get a key fob.'), server('unifi-protect-mcp', ['protect_get_fob', 'protect_list_nvrs', 'protect_get_relay', 'protect_update_camera']), 'read', 'low'],
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

describe('building an image, an app or a job runs its build steps', () => {
  check([
    ['building a Docker image', tool('docker_build', 'Build a Docker image from a Dockerfile.'), GENERIC, 'execute', 'high'],
    ['building for a simulator', tool('build_sim', 'Build the app for the iOS simulator.'), GENERIC, 'execute', 'high'],
    ['negative: building a query filter only assembles it', tool('build_query_filter', 'Build a query filter string.'), GENERIC, 'read', 'low'],
    ['negative: building a risk profile is not running a build', tool('build_risk_profile', 'Build a risk profile from the discovered features.'), GENERIC, 'read', undefined],
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

describe('browser steps described in prose are browser steps', () => {
  check([
    ['an automation parameter that clicks and fills', tool('scrape', 'Scrape a single page and extract its content.', { url: { type: 'string' }, automation: { type: 'object', description: 'Web automation actions (Click, Fill, Wait, Scroll, etc.)' } }), GENERIC, 'execute', 'high'],
    ['negative: an object that only names one step', tool('scrape', 'Scrape a single page and extract its content.', { url: { type: 'string' }, wait: { type: 'object', description: 'Browser actions: wait for a selector before reading.' } }), GENERIC, 'read', 'low'],
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
    ['navigating the driven browser', tool('navigate', 'Navigates the current browser to a URL.'), SELENIUM, 'execute', undefined],
    ['switching frames', tool('frame', 'Switch focus to a frame element on the page.'), SELENIUM, 'execute', 'high'],
    ['negative: a Selenium grid\'s console takes no step', tool('sbox_upload_mobile_app', 'Upload a mobile app file to the grid for a project.'), GRID, 'write', undefined],
  ]);
});

describe('so does a server named for an app\'s devtools, which drive the app they inspect', () => {
  const DEVTOOL = server('@acme/devtool-mcp-server', ['Device_listClients', 'DOM_scrollIntoViewIfNeeded', 'DOM_getDocument', 'Page_takeScreenshot']);
  check([
    ['a page opened at a URL on the device', tool('Device_openPage', 'Open a page', { url: { type: 'string' }, clientId: { type: 'string' } }, { readOnlyHint: false }), DEVTOOL, 'execute', 'high'],
    ['negative: the same tool where no driver is named reads', tool('Device_openPage', 'Open a page', { url: { type: 'string' } }), server('acme-pages', ['Device_listClients', 'DOM_getDocument']), 'read', undefined],
    ['negative: the devtools\' document read is still a read', tool('DOM_getDocument', 'Returns the root DOM node.', {}), DEVTOOL, 'read', undefined],
  ]);
});

describe('launching an installed application runs a program, but none of the caller\'s code', () => {
  check([
    ['launching an app on a simulator', tool('launch_app', 'Launches an app on the iOS Simulator by bundle identifier', { bundle_id: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['launching a HarmonyOS app by its ability', tool('harmony_launch_ability', 'Launch an ability (app entry point) on a HarmonyOS device.', { bundleName: { type: 'string' }, abilityName: { type: 'string' } }), GENERIC, 'execute', 'medium'],
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
    // (Continuing or stepping runs more of the program's code: high, as labelled for 17 of the 30 debugger run controls.)
    ['continuing a paused program', tool('continue', 'Continues code execution'), DEBUGGER, 'execute', 'high'],
    ['stepping over a line', tool('step_over', 'Step over the current line'), DEBUGGER, 'execute', 'high'],
    ['restarting the debuggee relaunches it', tool('restart_debugging', 'Restart the debuggee: terminate the current program and relaunch it.'), DEBUGGER, 'execute', 'high'],
    ['attaching takes control of a running process', tool('attach_to_process', 'Attach to a running process for debugging.'), DEBUGGER, 'execute', 'high'],
    ['negative: resuming a queue elsewhere is a write', tool('resume_queue', 'Resume processing of a paused queue.'), QUEUES, 'write', undefined],
    ['negative: a breakpoint is still a small mark', tool('set_breakpoint', 'Sets a breakpoint at a line of a file.'), DEBUGGER, 'write', 'low'],
  ]);
});

describe('a UI part named with a slash is still a UI part', () => {
  const DEVTOOLS = server('firefox-devtools-mcp', ['click_by_uid', 'hover_by_uid', 'fill_by_uid', 'navigate_page']);
  check([
    ['filling a text input or textarea', tool('fill_by_uid', 'Fill text input/textarea by UID.'), DEVTOOLS, 'execute', 'high'],
    ['negative: filling a spreadsheet range is a write', tool('fill_range', 'Fill a range of cells with a value.'), GENERIC, 'write', undefined],
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

describe('a script picked by its path runs as the program it holds', () => {
  check([
    ['running a PHP script from disk', tool('php_cli_run', 'Executes a PHP script with the PHP CLI. PHP runs with the full privileges of this server.', { scriptPath: { type: 'string', description: 'Path to the .php script' } }), GENERIC, 'execute', 'critical'],
    ['negative: reading a file by its path', tool('read_file', 'Read a file.', { path: { type: 'string', description: 'Path to the file' } }), GENERIC, 'read', undefined],
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

describe('opening something in the user\'s browser or a program\'s window starts that program', () => {
  check([
    ['a URL of the caller\'s choosing, in the user\'s default browser', tool('open_page', 'Open a URL in the user\'s default browser.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a dashboard in the browser', tool('open_dashboard', 'Open the test result dashboard in your browser to review the results.'), GENERIC, 'execute', 'medium'],
    ['a database viewer with no verb in its name', tool('Prisma-Studio', 'Open Prisma Studio to view data in your database in a pleasing visual UI.', { projectCWD: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: opening a file reads it', tool('open_file', 'Open a file in the workspace and return its text.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a video in the chat\'s embedded player is shown, not launched', tool('view_video', 'Open a lesson video in the embedded UI player for the user.', { videoUrl: { type: 'string' } }), GENERIC, 'read', undefined],
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
    // (A review it runs with the same CLI only reviews: both labelled Codex reviews are read/medium.)
    ['negative: a review it runs with the same CLI', tool('review', 'Run a code review against the current repository using the Acme CLI.', agentParams), GENERIC, 'read', undefined],
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

describe('a sandbox the caller can switch off holds nothing: the code can run on the host', () => {
  const script = { type: 'string', description: 'The script to run.' };
  check([
    ['a script run "in a sandbox" with a sandbox flag', tool('run_script', 'Safely run JavaScript in a sandbox.', { script, sandbox: { type: 'boolean' } }), GENERIC, 'execute', 'critical'],
    ['a flag that turns it off', tool('eval_code', 'Evaluate JavaScript code in a sandboxed environment.', { code: script, noSandbox: { type: 'boolean' } }), GENERIC, 'execute', 'critical'],
    ['negative: a sandbox with no switch', tool('run_script', 'Safely run JavaScript in a sandbox.', { script }), GENERIC, 'execute', 'high'],
    ['negative: a sandbox id picks which sandbox, it does not switch it off', tool('run_code', 'Run Python code in a sandbox.', { code: script, sandbox: { type: 'string', description: 'Sandbox id' } }), GENERIC, 'execute', 'high'],
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

describe('rendering a program the caller writes (JavaScript, a shader) runs it to draw: execute, high in the client\'s view', () => {
  check([
    ['a Three.js scene from the caller\'s code', tool('show_threejs_scene', 'Render an interactive 3D scene with custom Three.js code.', { code: { type: 'string' }, height: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['a GLSL shader, in another style', tool('render-shadertoy', 'Renders a ShaderToy-compatible GLSL fragment shader in real-time using WebGL 2.0.', { fragmentShader: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a Mermaid diagram is markup, not a program', tool('diagram_render', 'Validates Mermaid code and returns a rendered SVG image.', { code: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: rendering a stored chart runs nothing of the caller\'s', tool('render_chart', 'Render a chart of the dashboard\'s data as PNG.', { chartId: { type: 'string' } }), GENERIC, 'read', undefined],
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

describe('emulating input or a device in a driven browser is a step on its page: execute', () => {
  check([
    ['a touch emulated from a mouse event', tool('Input_emulateTouchFromMouseEvent', 'Emulates touch event from the mouse event parameters.', { type: { type: 'string' }, x: { type: 'number' }, y: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['media features, in another style', tool('browser_emulate_media', 'Emulate CSS media features for the page, for example switch between the light and dark color scheme.', { colorScheme: { type: 'string', enum: ['light', 'dark'] } }, { destructiveHint: true, readOnlyHint: false }), GENERIC, 'execute', undefined],
    ['negative: listing emulated devices reads', tool('list_emulated_devices', 'List the devices the browser can emulate.', {}), GENERIC, 'read', undefined],
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

describe('unticking a box is a step on a driven page; expanding a task writes its subtasks; optimizing a table rewrites it, an optimizer of a style handed in returns one', () => {
  const DRIVEN = server('playwright-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_uncheck']);
  check([
    ['a checkbox unticked', tool('browser_uncheck', 'Uncheck a checkbox or radio button', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
    ['a task expanded into subtasks', tool('expand_task', 'Expand a task into subtasks for detailed implementation', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['a table optimized', tool('optimize_table', 'Optimizes a table to reclaim unused space and defragment data.', { table_name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a style optimized and returned', tool('optimize_style_tool', 'Optimizes Mapbox styles by removing unused sources and duplicate layers.', { style: { type: 'object' } }), GENERIC, 'read', undefined],
  ]);
});

describe('installing an app binary on a device or a simulator puts a program there that then runs (execute)', () => {
  check([
    ['an APK installed', tool('adb_install', 'Install an APK on an Android device.', { deviceId: { type: 'string' }, apkPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an .app bundle installed', tool('ios_install', 'Install an .app bundle on an iOS Simulator.', { deviceId: { type: 'string' }, appPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a theme installed', tool('install_theme', 'Install a theme on the site.', { theme: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a leading "Use when …:" clause says when to call the tool; what it does follows the colon', () => {
  check([
    ['a page agent', tool('browser_act', 'Use when a target element is easier to describe than to select: executes a natural-language instruction on the current page (e.g. "Click the login button").', { task: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a read after the clause', tool('page_summary', 'Use when you need an overview: returns a summary of the current page.', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('opening a deep link on a driven device navigates its app, as opening a URL does (execute)', () => {
  check([
    ['a deep link on a simulator', tool('open_deeplink', 'Open deep link on simulator/device. Navigate to screens via URL scheme.', { url: { type: 'string' } }), server('react-native-mcp', ['tap', 'swipe', 'type_text', 'open_deeplink']), 'execute', undefined],
    ['negative: a deep link generated', tool('generate_deeplink', 'Generate a deeplink URL for a dashboard.', { uid: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('ShopifyQL and NRQL are query languages: a tool that takes one runs the caller\'s query (execute)', () => {
  check([
    ['a ShopifyQL query', tool('get-shopifyql-analytics', '', { query: { type: 'string', description: 'ShopifyQL query string' } }), GENERIC, 'execute', undefined],
    ['negative: a search query', tool('search_products', 'Search products.', { query: { type: 'string', description: 'Search text' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a program handed to a generator or a renderer is run to make its output (execute)', () => {
  check([
    ['a build generated from JavaScript', tool('generate_build', 'Procedurally generate a build via JS code.', { id: { type: 'string' }, code: { type: 'string', description: 'JavaScript code using the primitives above to generate parts procedurally' } }), GENERIC, 'execute', undefined],
    ['negative: docs generated for code (files written, nothing run)', tool('generate_docs', 'Generate documentation for a component.', { code: { type: 'string', description: 'The component source code to document' } }), GENERIC, 'write', undefined],
    ['negative: a chart rendered from data', tool('render_chart', 'Render a chart from data.', { data: { type: 'array', items: { type: 'number' } } }), GENERIC, 'read', undefined],
  ]);
});

describe('a plugin, an extension or an add-on installed is third-party code that then runs inside what it extends (execute)', () => {
  check([
    ['a WordPress plugin installed', tool('respira_install_plugin', 'Install a plugin from the WordPress.org directory.', { slug: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a browser extension installed', tool('install_extension', 'Install a browser extension from a file.', { path: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: an SSL certificate installed', tool('installSSL', 'Install an SSL certificate on a website.', { domain: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a key event sent on a server that drives a device is a UI step, as a key press is (execute)', () => {
  check([
    ['an Android key event', tool('android_key_event', 'Send a key event to an Android device/emulator. Common keys: HOME, BACK.', { key: { type: 'string' } }), server('react-native-debugger', ['tap', 'swipe', 'android_key_event']), 'execute', undefined],
    ['negative: an API key created on the same kind of server', tool('create_api_key', 'Create an API key for the project.', { name: { type: 'string' } }), server('react-native-debugger', ['tap', 'swipe', 'create_api_key']), 'write', 'high'],
  ]);
});

describe('executing KQL, Cypher or GraphQL queries runs free-form queries, as executing SQL queries does (execute)', () => {
  check([
    ['a Kusto router that executes KQL queries', tool('kusto', 'Kusto operations - Commands for managing and querying Azure Data Explorer (Kusto) resources. Includes operations for listing clusters and databases, executing KQL queries, retrieving table schemas.', { command: { type: 'string', description: 'The command to execute against the specified tool.' }, parameters: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['negative: a tool that explains KQL queries', tool('kql_explain', 'Explains KQL queries in plain language.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('opening a sim (a simulator) starts a program on the machine, as opening a simulator does (execute)', () => {
  check([
    ['the simulator opened', tool('open_sim', 'Open the simulator frontend for visibility and manual workflows.', {}), GENERIC, 'execute', undefined],
    ['negative: a simulation\'s results opened', tool('open_simulation_results', 'Open the results of a simulation run.', { runId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a prompt or a turn sent to a (WASM, managed, cloud) agent sets it working (execute); a message to a matched party is a message', () => {
  check([
    ['a prompt sent to a WASM agent', tool('wasm_agent_prompt', 'Send a prompt to a WASM agent and get a response.', { agentId: { type: 'string' }, prompt: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a user turn sent to a managed cloud-agent session', tool('managed_agent_prompt', 'Send a user turn to a managed cloud-agent session and wait for it to go idle.', { sessionId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a message sent to a matched agent on a matching network', tool('molten_send_message', 'Send a message to a matched agent.', { matchId: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a server that drives a UI, an action list that offers a UI step (click, focus) takes that step: execute, as its own `click` tool is', () => {
  const DEVICE = server('agent-device', ['click', 'fill', 'swipe', 'find', 'screenshot']);
  check([
    ['find an element and click it', tool('find', 'Find by text/label/value/role/id and run action', { query: { type: 'string' }, action: { type: 'string', enum: ['click', 'focus', 'getText'] } }), DEVICE, 'execute', 'high'],
    ['negative: the same action list on a server that drives nothing', tool('viewer', 'Move around the document viewer.', { action: { type: 'string', enum: ['navigate', 'click', 'zoom'] } }), GENERIC, 'write', undefined],
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

describe('a query tool that says it runs read-only or SELECT-only SQL is execute/medium, even where "execute a … query" states the running', () => {
  check([
    ['a read-only SQL query executed', tool('query', 'Execute a read-only SQL query and return results', { sql: { type: 'string', description: 'SQL query to execute (SELECT statements only)' } }), server('SQLite (mcp-server-sqlite)', ['query', 'execute', 'describe-table', 'list-tables', 'create-table', 'drop-table', 'insert-record', 'update-record', 'delete-record', 'transaction'], 'mcp-server-sqlite'), 'execute', 'medium'],
    ['only SELECT statements allowed', tool('run_select_query', 'Run a SELECT query on the ClickHouse server. Only SELECT statements are allowed for security reasons.', { query: { type: 'string', description: 'The SELECT query to execute. Only SELECT statements are allowed.' } }), GENERIC, 'execute', 'medium'],
    ['negative: any SQL query executed', tool('query', 'Execute a SQL query and return results', { sql: { type: 'string', description: 'SQL query to execute' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('reloading the page in a driven browser shows it afresh and submits nothing: execute/medium, as scrolling is', () => {
  const BROWSER = server('playwright', ['browser_click', 'browser_type', 'browser_navigate', 'browser_reload']);
  check([
    ['the page reloaded', tool('browser_reload', 'Reload the current page', {}), BROWSER, 'execute', 'medium'],
    ['negative: a link clicked', tool('browser_click', 'Click an element on the page', { ref: { type: 'string' } }), BROWSER, 'execute', 'high'],
  ]);
});

describe('on a server that drives a UI, resizing its window, page or viewport is a step in the driven session that only reshapes the view: execute/medium, as scrolling is', () => {
  const BROWSER = server('playwright', ['browser_click', 'browser_type', 'browser_navigate', 'browser_resize']);
  check([
    ['the browser window resized', tool('browser_resize', 'Resize the browser window', { width: { type: 'number' }, height: { type: 'number' } }), BROWSER, 'execute', 'medium'],
    ['negative: a disk resized (a write that scales the machine: high)', tool('resize_disk', 'Resize a VM disk.', { size: { type: 'number' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('re-requesting a check or a check run sets it running again, as a rerun does (execute)', () => {
  check([
    ['a check re-requested', tool('rerequestCheck', 'Rerequest a check', { deploymentId: { type: 'string' }, checkId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a check read', tool('getCheck', 'Get a check', { deploymentId: { type: 'string' }, checkId: { type: 'string' } }), GENERIC, 'read', 'low'],
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

describe('replaying a run sets it going again, as a rerun does (execute)', () => {
  check([
    ['a run replayed', tool('replay_run', 'Replay a run: create a new run of the same task in the same environment, reusing the original run\'s payload.', { runId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a session replay read', tool('get_session_replay', 'Get a recorded session replay.', { id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an app build or binary the caller names, installed or reinstalled on a device, is a program that then runs there (execute); an app installed by name stays a write', () => {
  check([
    ['app builds installed from URLs', tool('install-from-source', 'Install app builds from URLs, remote source specs, or CI artifacts.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an installed app replaced with a binary', tool('reinstall', 'Replace an installed app with a binary from a local path.', { path: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an app installed on a device', tool('mobile_install_app', 'Install an app on mobile device', { appId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a tool that explores or navigates the caller\'s app drives it, as a browser step does (execute/high); a crawl of a website only reads it', () => {
  check([
    ['an app explored, tests generated and run', tool('vibe_shield', 'One-command safety net: explore your app, generate tests, save them, and run regression checks.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an app navigated for security testing', tool('security_audit', 'Dynamic security testing for web applications via AI-driven browser adversarial testing. Navigates the app, tests OWASP Top 10 categories.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a website crawled', tool('crawl_site', 'Crawl a website starting from a URL and extract the content of its pages.', { url: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('picking one of the open pages (`select_page`) is a tab switched by another name: it only changes the view (execute, medium)', () => {
  const BROWSER = server('chrome-devtools-mcp', ['click', 'fill', 'hover', 'navigate_page']);
  check([
    ['an open page selected', tool('select_page', 'Select a page as a context for future tool calls.', { pageId: { type: 'number' } }), BROWSER, 'execute', 'medium'],
    ['negative: an element on the page clicked', tool('click', 'Clicks on the provided element', { uid: { type: 'string' } }), BROWSER, 'execute', 'high'],
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

describe('SQL run on a database engine that keeps the data (SQLite, MySQL, Postgres, D1, DuckDB, SQL Server), with nothing that says it only reads, can insert, update or drop as well as select: execute, critical', () => {
  check([
    ['a D1 query', tool('d1_query', 'Execute a SQL query against a D1 database', { databaseId: { type: 'string' }, query: { type: 'string' } }), GENERIC, 'execute', 'critical'],
    ['SQL on the sqlite database', tool('execute_sql', 'Execute SQL queries on the sqlite database', { sql: { type: 'string' } }), server('dbhub'), 'execute', 'critical'],
    ['negative: the same tool the server annotates read-only', tool('execute_sql', 'Execute SQL queries on the mysql database', { sql: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'execute', 'medium'],
    ['negative: a SELECT query', tool('execute_query', 'Execute a custom SQL SELECT query with automatic limit (top 20 rows).', { query: { type: 'string' } }), server('mssql-mcp-server'), 'execute', 'high'],
    ['negative: an analytics tool\'s SQL', tool('execute_query', 'Execute a native SQL query against a Metabase database', { query: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a new automation workflow made from the caller\'s nodes with a switch that turns it on at once runs those steps as soon as it is made (execute, high); made inactive, or its nodes replaced, it stays a write', () => {
  check([
    ['a workflow created and optionally activated', tool('n8n_create_workflow', 'Create a new automation workflow with nodes and connections. Optionally activate immediately.', { name: { type: 'string' }, nodes: { type: 'array', items: { type: 'object' } }, connections: { type: 'object' }, active: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['a bare creation with the switch', tool('create_workflow', 'Create a new workflow in n8n', { name: { type: 'string' }, nodes: { type: 'array', items: { type: 'object' } }, active: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['negative: a workflow created inactive', tool('n8n_create_workflow', 'Create workflow. Requires: name, nodes[], connections{}. Created inactive.', { name: { type: 'string' }, nodes: { type: 'array', items: { type: 'object' } }, connections: { type: 'object' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a script that what the tool starts or creates runs as it starts (cloud-init, an init or startup script) is run there: execute, high, not on the host', () => {
  check([
    ['a cloud server created with a cloud-init script', tool('create_server', 'Create a cloud server.', { name: { type: 'string' }, image: { type: 'string' }, cloud_init_script: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a cloud agent spun up with an init script', tool('managed_agent_create', 'Spin up a managed cloud agent with its environment.', { name: { type: 'string' }, initScript: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a sandbox created with a startup script', tool('sandbox_create', 'Create a new code execution sandbox.', { template: { type: 'string' }, startup_script: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a server created with user data only', tool('create_server', 'Create a new server.', { name: { type: 'string' }, user_data: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a server that drives a browser, exploring or scanning pages sends the driven browser to each: execute, high', () => {
  const SELENIUM = server('selenium-ai-agent', ['navigate_to', 'click_element', 'input_text', 'scroll_page']);
  check([
    ['a page explored', tool('planner_explore_page', 'Explore a specific page in detail, discovering elements and forms', { pageUrl: { type: 'string' } }, { readOnlyHint: false }), SELENIUM, 'execute', 'high'],
    ['a product scanned', tool('analyzer_scan_product', 'Explore the product using process walking and page scanning', { maxPages: { type: 'number' } }), SELENIUM, 'execute', 'high'],
    ['negative: the same exploring on a server that drives nothing', tool('explore_page', 'Explore a specific page in detail, discovering elements and forms', { pageUrl: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a driven browser\'s log read', tool('generator_read_log', 'Read the performed test log.', {}), SELENIUM, 'read', undefined],
  ]);
});

describe('an app\'s deep link opens a screen of the app: opening one on a device drives the app, as opening a tab drives a browser: execute, high', () => {
  check([
    ['a deep link opened on a device', tool('open_deep_link', 'Open a deep link or URL on the device.', { deviceId: { type: 'string' }, url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a deep link opened, in camelCase', tool('openDeepLink', 'Opens the given deep link in the app under test.', { link: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a deep link built, not opened', tool('generate_deeplink', 'Build a deep link URL to a dashboard panel.', { dashboardUid: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a WHERE clause or a WIQL query string the caller writes, on a tool that queries in SOQL or WIQL, is a query run: execute even where it only reads (LABELS.md)', () => {
  check([
    ['records queried with a SOQL WHERE clause', tool('query_records', 'Query records from any Salesforce object using SOQL, including relationship queries.', { objectName: { type: 'string' }, fields: { type: 'array', items: { type: 'string' } }, whereClause: { type: 'string', description: 'WHERE clause, can include conditions on related objects' } }), GENERIC, 'execute', undefined],
    ['work items queried with WIQL', tool('query_work_items', 'Query work items using WIQL (Work Item Query Language) or simple filters', { project: { type: 'string' }, wiql: { type: 'string', description: 'WIQL query string (if provided, other filters are ignored)' } }), GENERIC, 'execute', undefined],
    ['negative: a WHERE clause on a tool that names no query language', tool('json_stats', 'Get statistics about a JSON column.', { table: { type: 'string' }, column: { type: 'string' }, whereClause: { type: 'string', description: 'Optional WHERE clause' } }), GENERIC, 'read', undefined],
  ]);
});

describe('starting an existing agent (its machine, a chat run with it) sets it acting on its own in ways the tool does not bound: execute, high', () => {
  check([
    ['a provisioned agent started', tool('agents_start', 'Start a provisioned agent runtime machine.', { agentId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a chat agent started', tool('start_agent_chat', 'Start a chat agent task run.', { agentId: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: the start of an agent invocation recorded', tool('startAgentInvocation', 'Record the start of an agent invocation in the tracking store.', { workflowId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an agent created', tool('create_agent', 'Create an agent definition.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a code parameter whose own text says it is evaluated or executed ("JS evaluated in the app") is run, whatever the tool\'s verb says: execute', () => {
  check([
    ['a credential captured by JavaScript evaluated in the app', tool('vault_capture', 'Read a credential out of the running app straight into the vault.', { expression: { type: 'string', description: 'JS evaluated in the app; its result goes to the vault.' }, origin: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: code handed over to be explained', tool('explain_code', 'Explain what a piece of code does.', { code: { type: 'string', description: 'The source code to explain.' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a parameter that addresses a place by what is there (the text of the target line, a symbol name) locates it; it is not a statement or a function run', () => {
  check([
    ['a breakpoint addressed by its line\'s text or its function', tool('set_breakpoint', 'Set a breakpoint.', {
      sessionId: { type: 'string' }, file: { type: 'string' }, line: { type: 'number' },
      statement: { type: 'string', description: 'Address by content instead of line number: the text of the target line, like an Edit-tool match' },
      function: { type: 'string', description: 'Address by symbol name instead of file location: break on entry to this function/method (DAP function breakpoint).' },
    }), GENERIC, 'write', 'low'],
    ['negative: a statement run against the database', tool('run_statement', 'Run a SQL statement.', { statement: { type: 'string', description: 'The SQL statement to execute' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('an explain with an `analyze` switch is EXPLAIN ANALYZE, which runs the query to time it (an UPDATE does its work): execute, high; a plain explain of a SQL query only plans it: execute, medium', () => {
  check([
    ['a query explained, with analyze offered', tool('explain_query', 'Get the execution plan for a SQL query', { connectionId: { type: 'string' }, query: { type: 'string', description: 'The SQL query to analyze' }, analyze: { type: 'boolean', description: 'Run EXPLAIN ANALYZE for actual execution stats', default: false } }), GENERIC, 'execute', 'high'],
    ['negative: a query explained, no analyze', tool('explain_query', 'Get the execution plan for a SQL query', { connectionId: { type: 'string' }, query: { type: 'string', description: 'The SQL query to plan' } }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('a SQL query the tool puts through EXPLAIN ("Analyzes a SQL query using EXPLAIN") goes to the database, which parses and plans it: a free-form query, execute, but medium, since nothing runs it', () => {
  check([
    ['a query analysed with EXPLAIN', tool('analyze_query', '🔍 Analyzes a SQL query using EXPLAIN and provides optimization suggestions: missing indexes, inefficient operations, cost estimates. Returns actionable recommendations. Use before running expensive queries.', { query: { type: 'string', description: 'SQL query to analyze' } }), GENERIC, 'execute', 'medium'],
    ['negative: a query analysed as text, no EXPLAIN', tool('analyze_query', 'Analyzes a SQL query for style problems and suggests a cleaner version.', { query: { type: 'string', description: 'SQL query to analyze' } }), GENERIC, 'read', undefined],
    ['negative: an EXPLAIN ANALYZE still runs the query', tool('explain_query', 'Run EXPLAIN on a SQL query and return the plan.', { sql: { type: 'string' }, analyze: { type: 'boolean', description: 'Use EXPLAIN ANALYZE' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a request in plain language whose agent, the text says, decides which calls to make acts with the service\'s tools as the agent sees fit: execute', () => {
  check([
    ['a task handed to a service\'s agent', tool('askBrowserStackAI', 'Use this when no other BrowserStack tool here fits the task. Describe what you want in plain language and BrowserStack\'s agent decides which calls to make, then returns its answer plus the steps it took.', { product: { type: 'string', enum: ['tm', 'tra'] }, query: { type: 'string', description: 'What you want, in plain language.' } }), GENERIC, 'execute', undefined],
    ['negative: a question answered from the docs', tool('ask_docs', 'Ask a question about BrowserStack and get an answer from its documentation.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('moving a rolling release on (approving its next stage, completing it) shifts production traffic to the new deployment: a deployment step, execute', () => {
  check([
    ['a rolling release\'s next stage approved', tool('rolling-release-approve-rolling-release-stage', 'Update the active rolling release to the next stage for a project\n\nAdvance a rollout to the next stage.', { request: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['a rolling release completed', tool('rolling-release-complete-rolling-release', 'Complete the rolling release for a project, sending all traffic to the new deployment.', { request: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['negative: a rolling release\'s settings changed', tool('rolling-release-update-rolling-release-config', 'Update the rolling release configuration for a project.', { request: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('debugging a test, a script or a program runs it under a debugger, its code executing whatever it does: execute, a read-only hint notwithstanding', () => {
  check([
    ['a single test debugged', tool('test_debug', 'Debug single test', { test: { type: 'object' } }, { readOnlyHint: true, destructiveHint: false }), GENERIC, 'execute', 'high'],
    ['negative: guidance on debugging an issue', tool('debug_issue', 'Get debugging guidance for a React Native issue type.', { issueType: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: the debugger\'s status', tool('get_debugger_status', 'Report the debugger connection status.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a tool whose first sentence says it runs mutations to change data ("Execute GraphQL mutations against the API to create, update, or delete data") runs caller-written statements that can destroy data, as a tool for INSERT/UPDATE/DELETE statements does: critical', () => {
  check([
    ['GraphQL mutations that create, update or delete', tool('all_api_write', 'Execute GraphQL mutations against the monday.com API to create, update, or delete data. Only mutations are accepted — queries are rejected with an error before the request is sent.', { query: { type: 'string', description: 'GraphQL mutation' }, variables: { type: 'object' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'execute', 'critical'],
    ['negative: GraphQL queries with mutations rejected', tool('all_api_read', 'Execute GraphQL queries against the monday.com API. Mutations are rejected.', { query: { type: 'string', description: 'GraphQL query' } }, { readOnlyHint: true }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('a look whose text says it navigates a browser to the URL and captures the page ("Navigates to the URL, captures a snapshot and screenshot") drives a browser there: execute, whatever the server is', () => {
  check([
    ['a web app explored in a browser', tool('explore', 'PRIMARY TOOL for exploring web applications. Navigates to the URL, captures a snapshot and screenshot, and returns structured exploration instructions.', { url: { type: 'string' }, max_pages: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['negative: a page fetched over HTTP', tool('fetch_page', 'Fetches the page at the URL and returns its text.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('on a server whose name or description names a database language (SQL databases), a bare `query` of a tool the name calls a query is a statement the tool runs, though its text never says SQL', () => {
  const SQL = server('SQL databases', ['read_query', 'write_query', 'export_query', 'list_tables']);
  check([
    ['a query exported', tool('export_query', 'Export query results to various formats (CSV, JSON)', { query: { type: 'string' }, format: { type: 'string', enum: ['csv', 'json'] } }), SQL, 'execute', 'high'],
    ['negative: the same on a server of no database', tool('export_query', 'Export query results to various formats (CSV, JSON)', { query: { type: 'string' }, format: { type: 'string', enum: ['csv', 'json'] } }), server('Search analytics', ['export_query', 'list_reports']), 'read', undefined],
    ['negative: tables searched by name on the SQL server', tool('search_tables', 'Search tables by name.', { query: { type: 'string' } }), SQL, 'read', 'low'],
  ]);
});

describe('on a server of SQL databases, a tool that creates a table from a bare `query` runs the CREATE TABLE statement the caller writes: execute (a table keeps no query, as a saved one does); a statement that only CREATEs changes nothing already there, so high, not critical', () => {
  const SQL = server('SQL databases', ['read_query', 'write_query', 'create_table', 'list_tables']);
  check([
    ['a table created from a bare query', tool('create_table', 'Create a new table in the SQLite database', { query: { type: 'string' } }), SQL, 'execute', 'high'],
    ['a CREATE TABLE statement named, behind a confirm switch', tool('create_table', 'Create a new table in the database using a CREATE TABLE statement. Supports all standard SQL table creation syntax.', { query: { type: 'string' }, confirm: { type: 'boolean' } }), SQL, 'execute', 'high'],
    ['negative: a table built from its name and columns', tool('create_table', 'Creates a new table with columns, data types and indexes.', { table_name: { type: 'string' }, columns: { type: 'array', items: { type: 'object' } } }), SQL, 'write', 'medium'],
    ['negative: a saved query created (kept for later, nothing runs)', tool('create_query', 'Create a saved query.', { name: { type: 'string' }, query: { type: 'string', description: 'SQL query' } }), GENERIC, 'write', undefined],
    ['negative: statements that INSERT as well as CREATE', tool('execute_sql', 'Execute SQL statements such as CREATE TABLE or INSERT.', { sql: { type: 'string' } }), SQL, 'execute', 'critical'],
  ]);
});

describe('a coding agent\'s own flag that accepts all its actions unasked (`yolo`, `fullAuto`) says an agent\'s CLI is behind a tool that takes a prompt, whatever the tool is named for (`brainstorm`): the agent may run anything on the host', () => {
  const BRIDGE = server('@example/codex-bridge', ['ask', 'brainstorm', 'ping']);
  check([
    ['ideas generated by an agent with a yolo flag', tool('brainstorm', 'Generate creative ideas using structured frameworks with domain context and feasibility analysis.', { prompt: { type: 'string' }, sandboxMode: { type: 'string', enum: ['read-only', 'workspace-write', 'danger-full-access'] }, fullAuto: { type: 'boolean' }, yolo: { type: 'boolean' } }), BRIDGE, 'execute', 'critical'],
    ['negative: the same ideas with no such flag', tool('brainstorm', 'Generate creative ideas using structured frameworks with domain context and feasibility analysis.', { prompt: { type: 'string' }, ideaCount: { type: 'number' } }), BRIDGE, 'read', undefined],
    ['negative: a planner\'s flag that approves the features it generates', tool('plan_features', 'Plan the features of a product.', { prompt: { type: 'string' }, autoApprove: { type: 'boolean' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a response\'s or an output\'s mode is how the answer is written (`responseMode: [clean, raw]`), not an operation the call can pick: a "clean" response destroys nothing', () => {
  check([
    ['a coding agent run with a clean response mode', tool('ask-agent', 'Execute the agent CLI with a prompt.', { prompt: { type: 'string' }, responseMode: { type: 'string', enum: ['clean', 'raw', 'full'] } }), GENERIC, 'execute', undefined],
    ['negative: a mode that picks an operation', tool('records', 'Manage the records of the project.', { mode: { type: 'string', enum: ['create', 'delete'] } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('RQL (RavenDB\'s query language) is a query language: a tool that takes one runs the caller\'s query, declared read-only or not (execute)', () => {
  check([
    ['an RQL query declared read-only', tool('run_query', 'Read-only RQL. Supports where, order, select, group and include.', { databaseName: { type: 'string' }, query: { type: 'string' } }, { readOnlyHint: true }), server('ravendb-mcp'), 'execute', 'medium'],
    ['negative: a search by words', tool('search_documents', 'Search documents by keywords.', { query: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', undefined],
  ]);
});

describe('a write statement the text rules out ("no UPDATE/patch", "without INSERT, UPDATE or DELETE") does not say the query can write', () => {
  check([
    ['SQL with UPDATE ruled out', tool('run_query', 'Runs a read-only SQL query (no UPDATE or DELETE).', { query: { type: 'string', description: 'SQL query' } }), GENERIC, 'execute', 'medium'],
    ['SQL run without INSERT', tool('query', 'Execute read-only SQL against the warehouse, without INSERT, UPDATE or DELETE.', { sql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: SQL that can UPDATE', tool('run_query', 'Runs a SQL query; UPDATE and DELETE are allowed.', { query: { type: 'string', description: 'SQL query' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('in a parameter that names its query language, a "keyword" is the language\'s ("Raw ShopifyQL query — GROUP BY full keyword"), not search keywords: the tool runs the query; a language that can only read, named only by the parameter, makes it medium', () => {
  check([
    ['a ShopifyQL report whose query speaks of GROUP BY keywords', tool('getCustomReport', 'Alias for runShopifyQL; see its description for syntax.', { query: { type: 'string', description: 'Raw ShopifyQL query — bare dates, GROUP BY full keyword, verified datasets only' } }), GENERIC, 'execute', 'medium'],
    ['a report taking a KQL query named only by its parameter', tool('get_report', 'Gets a report.', { query: { type: 'string', description: 'KQL query to run' } }), GENERIC, 'execute', 'medium'],
    ['negative: a search by keywords', tool('getReport', 'Find reports.', { query: { type: 'string', description: 'Search keywords' } }), GENERIC, 'read', undefined],
    ['negative: a natural-language question about a database', tool('search-knowledge', 'Search the MongoDB knowledge base.', { query: { type: 'string', description: 'A natural language query to search for in the MongoDB knowledge base' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('an EXPLAIN whose text says "without executing it" still runs the statement through its `analyze` switch (EXPLAIN ANALYZE): execute', () => {
  check([
    ['an explain with an analyze switch, said not to execute', tool('explain_query', 'Get the execution plan for a SQL query without executing it. Supports PostgreSQL, MySQL and SQLite.', { query: { type: 'string', description: 'SQL query to explain' }, analyze: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['negative: the same explain with no analyze switch', tool('explain_query', 'Get the execution plan for a SQL query without executing it.', { query: { type: 'string', description: 'SQL query to explain' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a question turned into SQL with a switch that runs what was made (`nl_query` with `autoExecute`) runs a query nobody wrote or read: execute', () => {
  check([
    ['natural language to SQL, run on request', tool('nl_query', 'Natural language to SQL query', { connectionId: { type: 'string' }, question: { type: 'string' }, autoExecute: { type: 'boolean' } }), GENERIC, 'execute', undefined],
    ['negative: natural language to SQL, only shown', tool('nl_to_sql', 'Natural language to SQL query; returns the SQL for review.', { question: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('SQL run on Databricks, on Redshift or on "the connected database", with nothing that says it only reads, can change or drop data as any engine\'s SQL can (execute, critical); a warehouse behind an analytics tool still reads a copy', () => {
  check([
    ['SQL on a Databricks warehouse', tool('execute_sql', 'Executes SQL statements on a Databricks warehouse and returns the results', { statement: { type: 'string' }, warehouse_id: { type: 'string' } }), server('databricks-mcp-server'), 'execute', 'critical'],
    ['SQL on the connected database', tool('run_query', 'Execute a SQL query on the connected database. Returns results as a formatted table.', { sql: { type: 'string' } }), server('sql-context-presets-mcp'), 'execute', 'critical'],
    ['negative: SQL said to be read-only on the connected database', tool('run_query', 'Execute a read-only SQL query on the connected database.', { sql: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: SQL on a BigQuery warehouse', tool('execute_query', 'Run a SQL query on the BigQuery warehouse.', { sql: { type: 'string' } }), GENERIC, 'execute', 'high'],
  ]);
});

describe('a security scan run or started against a URL or a host the caller names probes that live service from outside, as an attacker\'s scanner would (execute, high)', () => {
  const GUARDBEE = { name: 'GuardBee vulnerability scans', toolNames: ['start_scan', 'get_findings', 'scan_and_report'], description: 'Triggers GuardBee security scans and queries findings' };
  check([
    ['a security scan of a URL started', tool('start_scan', 'Start a GuardBee security scan on a URL. Returns a scan ID.', { url: { type: 'string' } }), GUARDBEE, 'execute', 'high'],
    ['a full scan run and reported', tool('scan_and_report', 'Run a full GuardBee scan and immediately return all critical and high findings.', { url: { type: 'string' } }), GUARDBEE, 'execute', 'high'],
    ['negative: a local project scanned for vulnerabilities', tool('scan_project', 'Statically scans a directory for security vulnerabilities.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
    ['negative: a scan\'s findings read', tool('get_findings', 'Get vulnerability findings from a scan.', { scanId: { type: 'string' } }), GUARDBEE, 'read', undefined],
  ]);
});

describe('starting a debugger or its adapter (`debug_start_lldb_dap`) starts a program on this machine that launches and attaches to others: execute (high), where starting a search is that read', () => {
  const DAP = server('qwen-dap-mcp', ['debug_start_lldb_dap', 'debug_start_gdb', 'debug_attach', 'debug_pause']);
  check([
    ['a debug adapter started', tool('debug_start_lldb_dap', 'Discover and initialize the upstream LLVM lldb-dap adapter over local stdio. This starts the debugger adapter only.', { adapterPath: { type: 'string' } }), DAP, 'execute', 'high'],
    ['a debugger started', tool('debug_start_gdb', 'Start GDB with its built-in DAP interpreter.', { cwd: { type: 'string' } }), DAP, 'execute', 'high'],
    ['negative: a search started', tool('start_search', 'Start a search over the indexed documents.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('flashing firmware onto a board or a device ("Flash the built firmware to target hardware") replaces what the hardware runs, as a deployment does: execute, high; a news flash is read, and a device\'s LED flashed to find it changes nothing', () => {
  const KEIL = server('keil-project-tools', ['read_project', 'keil_build', 'keil_flash']);
  check([
    ['firmware flashed to the target', tool('keil_flash', 'Flash/download the built firmware to target hardware. Requires a recent successful build.', { project: { type: 'string' }, target: { type: 'string' } }), KEIL, 'execute', 'high'],
    ['a bootloader flashed', tool('flash_bootloader', 'Flash the bootloader onto the connected board.', { port: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: news flashes', tool('flash', 'Latest crypto flash news.', { limit: { type: 'number' } }), GENERIC, 'read', 'low'],
    ['negative: an LED flashed to locate a device', tool('locate_device', 'Flash the LED on an access point to locate it physically.', { mac: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a parameter whose own text opens by saying it is evaluated ("Expression to evaluate", "Code to execute") runs in the program, whatever the tool\'s verb (`gdb_print`, "Print value of expression"): execute', () => {
  const GDB = server('GDB debugging sessions (mcp-gdb)', ['gdb_start', 'gdb_print', 'gdb_backtrace']);
  check([
    ['an expression printed in the debuggee', tool('gdb_print', 'Print value of expression', { sessionId: { type: 'string' }, expression: { type: 'string', description: 'Expression to evaluate' } }), GDB, 'execute', undefined],
    ['negative: a math expression simplified', tool('simplify_expression', 'Simplify a math expression.', { expression: { type: 'string', description: 'The math expression to simplify' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a step back or forward in a driven browser\'s or app\'s history (`browser_go_back`, "Navigate back one page") shows a page already visited: execute, medium, as scrolling or switching tabs', () => {
  const BROWSER = server('browser-driver-mcp', ['browser_navigate', 'browser_click', 'browser_type', 'browser_go_back', 'browser_go_forward']);
  check([
    ['a browser sent back one page', tool('browser_go_back', 'Navigate back one page in browser history.', {}), BROWSER, 'execute', 'medium'],
    ['a browser sent forward', tool('browser_go_forward', 'Navigate forward in browser history.', {}), BROWSER, 'execute', 'medium'],
    ['a bare back step on a device', tool('back', 'Go back one screen in the app under automation.', {}), server('device-driver-mcp', ['tap', 'swipe', 'back']), 'execute', 'medium'],
    ['negative: a page opened at a URL', tool('browser_navigate', 'Navigate to a URL.', { url: { type: 'string' } }), BROWSER, 'execute', 'high'],
    ['negative: a port forwarded', tool('forward_port', 'Forward a local port to a pod.', { port: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a hot reload or hot restart (`flutter_hot_reload`) puts the project\'s own changed code into the dev app the server runs: execute, medium', () => {
  const FLUTTER = server('flutter-dev-mcp', ['flutter_run', 'flutter_hot_reload', 'flutter_hot_restart']);
  check([
    ['a hot reload triggered', tool('flutter_hot_reload', 'Trigger a hot reload on a running Flutter app.', { run_id: { type: 'string' } }), FLUTTER, 'execute', 'medium'],
    ['a hot restart triggered', tool('flutter_hot_restart', 'Trigger a hot restart on a running Flutter app.', { run_id: { type: 'string' } }), FLUTTER, 'execute', 'medium'],
    ['negative: the app run', tool('flutter_run', 'Run the Flutter app on a device with extra flags.', { args: { type: 'array' } }), FLUTTER, 'execute', 'high'],
  ]);
});

describe('applying with `kubectl` or `terraform` (a manifest, a plan) puts infrastructure into effect: a deployment, execute, whether the name or the text names what is applied', () => {
  check([
    ['a manifest applied through a gateway', tool('gateway_kubectl_apply', 'Apply a Kubernetes manifest. Evaluated before execution.', { manifest: { type: 'string' }, namespace: { type: 'string' } }), server('infra-gateway-mcp'), 'execute', 'high'],
    ['a Terraform plan applied', tool('gateway_terraform_apply', 'Apply a previously evaluated Terraform plan.', { plan_id: { type: 'string' } }), server('infra-gateway-mcp'), 'execute', undefined],
    ['negative: a label applied to an issue', tool('apply_label', 'Apply a label to an issue.', { issue: { type: 'number' }, label: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a deployment scaled with kubectl', tool('kubectl_scale', 'Scale a Kubernetes deployment to the given number of replicas.', { name: { type: 'string' }, replicas: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('JavaScript evaluated "in the tab\'s main world" (a browser tab\'s page) runs in that page, not on the host: execute, high', () => {
  check([
    ['an expression evaluated in a tab\'s main world', tool('evalJs', 'Evaluate a JavaScript expression in the tab\'s main world and return the result.', { tabId: { type: 'integer' }, expression: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an expression evaluated on the host', tool('eval_js', 'Evaluate a JavaScript expression in Node.js and return the result.', { expression: { type: 'string' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('typing into a terminal (a PTY, a TTY, a terminal session: `pty_write`) runs whatever is typed, and opening one hands the caller a shell: execute; a payment terminal on a money server takes cards, not commands', () => {
  check([
    ['raw text written to a PTY', tool('pty_write', 'Write raw text or escape sequences to the PTY stdin. Use \\r for Enter.', { session_id: { type: 'string' }, input: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a PTY session created', tool('pty_create', 'Create a new persistent PTY (pseudo-terminal) session. Returns a session_id.', { cols: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['a terminal session created', tool('terminal_create', 'Create a new terminal session.', { name: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a payment terminal application created', tool('terminal-applications-create', 'Create a terminal application for card payments.', { platform: { type: 'string' } }), server('payments-mcp', ['transfers-create', 'payment-methods-list', 'terminal-applications-create']), 'write', undefined],
  ]);
});

describe('under a debugger, watch expressions are evaluated in the stopped program ("evaluate them in the current stopped frame"): the caller\'s expressions run there, as an evaluate does (execute, high)', () => {
  const DEBUGGER = server('game-debugger-mcp', ['dbg_set_breakpoint', 'dbg_continue', 'dbg_watch']);
  check([
    ['watch expressions evaluated in the stopped frame', tool('dbg_watch', 'Manage a persistent set of watch expressions and evaluate them in the current stopped frame.', { add: { type: 'array' }, frame_id: { type: 'number' } }), DEBUGGER, 'execute', 'high'],
    ['negative: a watch on a file on a non-debugger', tool('watch_file', 'Watch a file and evaluate changes to it.', { path: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a description that opens with a step of the UI the server drives ("Press simulator hardware button", "UI automation batch … taps") says it acts there, whatever readOnlyHint says: execute; a language server\'s request at a line and a character is no UI step', () => {
  const SIM = server('sim-driver-mcp', ['tap', 'swipe', 'type_text', 'button', 'batch', 'completion']);
  check([
    ['a hardware button pressed, declared read-only', tool('button', 'Press simulator hardware button.', { buttonType: { type: 'string' } }, { readOnlyHint: true }), SIM, 'execute', 'high'],
    ['a batch of taps, declared read-only', tool('batch', 'UI automation batch for multiple same-screen elementRef taps, especially visible settings switches that can be toggled.', { steps: { type: 'array' } }, { readOnlyHint: true }), SIM, 'execute', 'high'],
    ['negative: a type-aware completion at a position', tool('completion', 'Type-aware code completion at a position.', { path: { type: 'string' }, line: { type: 'integer' }, character: { type: 'integer' } }, { readOnlyHint: true }), SIM, 'read', 'low'],
  ]);
});

describe('clearing an input field in a driven page is typing nothing into it: a UI step (execute), as filling it is; closing the browser ends the session and stays a write', () => {
  const DRIVEN = server('electron-driver', ['click', 'type', 'clear_input', 'close_browser']);
  check([
    ['an input field cleared', tool('clear_input', 'Clear the value of an input or textarea matching a selector.', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
    ['a browser\'s input cleared', tool('browser_clear_input', 'Clear the text of an input field on the page.', { selector: { type: 'string' } }), DRIVEN, 'execute', undefined],
    ['negative: the browser closed', tool('close_browser', 'Close the browser and end the session.', {}), DRIVEN, 'write', undefined],
  ]);
});

describe('a prompt the tool writes out for someone to use ("Produce a repeatable agent workflow prompt") is its output, handed to no agent; a prompt handed to an agent\'s CLI in a folder sets it going', () => {
  check([
    ['a workflow prompt produced', tool('prompt', 'Produce a repeatable agent workflow prompt for a task (bootstrap, onboard, feature, fix, refactor).', { task: { type: 'string' }, cwd: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', 'low'],
    ['negative: a prompt handed to a coding agent in a folder', tool('codex', 'Run a Codex agent session on a prompt in the given working directory.', { prompt: { type: 'string' }, cwd: { type: 'string' } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a question in plain language put to a SQL database (`natural-language-spanner-query`) is run as SQL the server writes: execute; a query language generated and only returned runs nothing', () => {
  check([
    ['a natural-language Spanner query', tool('natural-language-spanner-query', '', { query: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: DQL generated from natural language', tool('generate_dql_from_natural_language', 'Generates DQL from a natural-language request; runs nothing.', { text: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a metrics query in natural language', tool('natural-language-metrics-query', 'Query Cloud Monitoring metrics in natural language.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a tool that makes HTTP requests with a free `method` whose text names only its default ("HTTP method (default: GET)") takes any method the caller writes, DELETE included: a generic request tool (execute)', () => {
  check([
    ['an HTTP request of any method from a browser extension', tool('browser_fetch', 'Make an HTTP request from the extension background (NOT subject to CORS).', { url: { type: 'string' }, method: { type: 'string', description: 'HTTP method (default: GET)' }, headers: { type: 'object' }, body: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a page fetched by URL', tool('web_fetch', 'Fetch a web page by URL and return its content.', { url: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('setting a job\'s retries (`job_setRetries`, "the usual way to re-run the failed job") is a retry: its engine runs the job again, execute; retries read, or a retry count set on something that is no job, are not', () => {
  check([
    ['a failed job\'s retries set', tool('job_setRetries', 'Set the retry count for a failed job. Set to 1 or more to re-enable execution.', { id: { type: 'string' }, retries: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['a job\'s retries set', tool('camunda_set_job_retries', 'Sets the retry count of a job — the usual way to re-run the failed job behind an incident.', { jobId: { type: 'string' }, retries: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['negative: a test result\'s retries read', tool('get_test_result_retries', 'Get the retry history for a test result.', { id: { type: 'number' } }), GENERIC, 'read', undefined],
    ['negative: a webhook\'s retry count set', tool('set_webhook_retries', 'Set how many times a webhook delivery is retried.', { webhook_id: { type: 'string' }, retries: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('installing an MCP package (`install_mcp_package`) installs an MCP server, code the client then starts on this machine: execute/critical; an npm package installed into no MCP setup, or MCP packages listed, are not', () => {
  check([
    ['an MCP package installed and registered', tool('install_mcp_package', 'Install the given MCP package and write it into settings.json.', { name: { type: 'string' }, version: { type: 'string' }, config: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['negative: the installed MCP packages listed', tool('list_installed_mcp_packages', 'List the MCP packages installed.', {}), GENERIC, 'read', undefined],
    ['negative: package tracking set up, no MCP in the name', tool('install_package_tracking', 'Install package tracking for a shipment.', { shipment_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a project\'s dependencies installed or updated through its package manager ("Update dependencies for a project", "Install a theme using the appropriate package manager") run third-party install scripts here: execute; a dependency between tasks, or a package added to a list, is a write', () => {
  check([
    ['a fresh install that clears node_modules', tool('deps_install', 'Fresh install. Use clean=true to nuke node_modules first.', { project: { type: 'string' }, clean: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['a project\'s dependencies updated', tool('deps_update', 'Update dependencies for a project. Works with any supported language.', { project: { type: 'string' }, level: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a theme installed with the package manager', tool('install-theme', 'Install a theme from the theme studio using the appropriate package manager.', { themeName: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a dependency between tasks updated', tool('update_dependency', 'Update a dependency between two tasks.', { task_id: { type: 'string' }, depends_on: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a theme installed on a site', tool('install_theme', 'Install a theme on an existing WordPress site.', { site: { type: 'string' }, theme: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('keys sent ("Send a sequence of named keys: enter, escape, ctrl+c", `send_keys`, `pty_sendkey`) are key presses, as pressing them is: execute; a key sent to someone (an API key mailed) is not', () => {
  check([
    ['named keys sent to a pane', tool('send_keys', 'Send a sequence of named keys to a live pane as the right terminal bytes: enter, escape, tab, shift+tab, up/down, and ctrl+<letter>.', { paneId: { type: 'string' }, keys: { type: 'array', items: { type: 'string' } } }), GENERIC, 'execute', undefined],
    ['a glued name', tool('pty_sendkey', 'Send one or more named special keys to the PTY. Examples: ctrl+c to interrupt, escape to exit modes.', { session_id: { type: 'string' }, key: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: an API key sent to a user', tool('send_key', 'Send a new API key to the account owner by email.', { user_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a build whose description names what it builds when the name does not (`ember_build`, "Builds your app and places it into the output path") runs the project\'s build, as building an app or a project does: execute; building a query string stays a read', () => {
  check([
    ['an app built by a CLI', tool('ember_build', 'Builds your app and places it into the output path', { environment: { type: 'string' }, output_path: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a test build', tool('ember_build_test', 'Build the app for test environment (creates dist/ with test files)', { cwd: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a filter built', tool('ember_filter', 'Build a query filter string from the given fields.', { fields: { type: 'object' } }), GENERIC, 'read', undefined],
  ]);
});

describe('installing from a package registry ("Installs an ember-cli addon from npm", "via pip") is a package manager at work, which runs third-party install scripts: execute/high, as a project\'s dependencies installed are; installing an app on a site is not', () => {
  check([
    ['an addon installed from npm', tool('ember_install', 'Installs an ember-cli addon from npm', { addon_name: { type: 'string' }, save_dev: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['a tool installed via pip', tool('install_tool', 'Install the ComfyUI command line via pip into the active environment.', { version: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an app installed on a site', tool('install_app', 'Install an app from the marketplace on a store.', { app_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('two verbs that share one object ("Builds and serves your app") both act on it: the app built runs its build, execute', () => {
  check([
    ['an app built and served', tool('ember_serve', 'Builds and serves your app, rebuilding on file changes', { port: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['negative: a filter built and shown', tool('filter_preview', 'Builds and shows the filter string for a search.', { fields: { type: 'object' } }), GENERIC, 'read', undefined],
  ]);
});

describe('filling or uploading into a page\'s own input, named in so many words ("fill out an input field", "Upload a file to an input[type=\'file\'] element", "through a provided element", "form elements") is a step in that page, execute, even where the rest of the server is not in view; a stored form\'s fields filled, or a file uploaded to storage, are not', () => {
  check([
    ['an input field filled', tool('page_fill', 'fill out an input field', { selector: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a file uploaded to a file input', tool('upload_file', 'Uploads a file using a file input element', { by: { type: 'string' }, value: { type: 'string' }, filePath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a file uploaded through a provided element', tool('upload_file', 'Upload a file through a provided element.', { uid: { type: 'string' }, filePath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['form elements filled at once', tool('fill_form', 'Fill out multiple form elements (inputs, selects, checkboxes, radios) at once.', { elements: { type: 'array' } }), GENERIC, 'execute', 'high'],
    ['negative: a stored form\'s fields filled', tool('fill_form', 'Fill several form fields of a stored form.', { form_id: { type: 'string' }, fields: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a file uploaded to storage', tool('upload_file', 'Upload a file to the bucket.', { bucket: { type: 'string' }, path: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('picking an option in a page\'s own dropdown ("Select an element on the page with Select tag", "from a dropdown/select element") is a step in that page, execute, as filling it is; an element picked for its details is a read', () => {
  check([
    ['an option picked by a select tag', tool('pptr_select', 'Select an element on the page with Select tag', { selector: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an option picked from a dropdown', tool('select_option', 'Select an option from a dropdown/select element by value, text, or index', { ref: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an element picked to read its metadata', tool('webview_select_element', 'Activates an element picker overlay in the app. The user selects an element by clicking it, and the tool returns its metadata.', { windowId: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'read', undefined],
  ]);
});

describe('opening a URL in a simulator or an emulator ("Opens a URL in the iOS Simulator, useful for testing deep links") drives that device\'s UI to it, execute, as opening one in a browser tab is; listing simulators is a read', () => {
  check([
    ['a URL opened in the simulator', tool('open_url', 'Opens a URL in the iOS Simulator, useful for testing deep links and universal links', { udid: { type: 'string' }, url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a URL opened in an emulator', tool('android_open_url', 'Open a URL in the Android emulator.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: the simulators listed', tool('list_simulators', 'Lists the available iOS simulators.'), GENERIC, 'read', undefined],
  ]);
});

describe('a shell command handed to a monitor ("Start a background monitor that streams events from a long-running script", `command`: "Shell command or script") is started so its output can be watched: execute, as any command the caller supplies; a monitor of a named service runs nothing', () => {
  check([
    ['a script watched', tool('Monitor', 'Start a background monitor that streams events from a long-running script. Each stdout line is an event.', { command: { type: 'string', description: 'Shell command or script. Each stdout line is an event.' }, timeout_ms: { type: 'number' } }), GENERIC, 'execute', 'critical'],
    ['a command tailed', tool('tail_command', 'Tail the output of a command as it runs.', { command: { type: 'string', description: 'The shell command to run and tail.' } }), GENERIC, 'execute', undefined],
    ['negative: a service monitored', tool('monitor_service', 'Monitor the health of a named service.', { service: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a prompt handed over with a cron expression (`CronCreate` with `prompt` and `cron`, a task with `prompt` and `cronExpression`) is an agent\'s task set to run on that schedule: execute, as a scheduled script is; a reminder message or a wake-up delay runs nothing', () => {
  check([
    ['a prompt scheduled by cron', tool('CronCreate', 'Schedule a prompt to be enqueued at a future time.', { cron: { type: 'string' }, prompt: { type: 'string' }, recurring: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['an agent task on a cron expression', tool('room_schedule', 'Create a task, recurring or one-time.', { name: { type: 'string' }, prompt: { type: 'string' }, cronExpression: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a reminder message on a cron', tool('create_reminder', 'Create a recurring reminder.', { cron: { type: 'string' }, message: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a wake-up after a delay', tool('schedule_wakeup', 'Schedule when to resume work.', { delaySeconds: { type: 'number' }, prompt: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('injecting faults into a running service ("Inject faults (latency, errors, CPU) for chaos engineering resilience testing") makes it fail on purpose, in ways the tool does not bound: execute, as starting a chaos experiment is; a read of past fault reports is a read', () => {
  check([
    ['faults injected into a service', tool('chaos_test', 'Inject faults (latency, errors, CPU) for chaos engineering resilience testing.', { faultType: { type: 'string' }, target: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['latency injected', tool('add_latency', 'Injects network latency into the target pod.', { pod: { type: 'string' }, ms: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['negative: fault reports read', tool('list_fault_reports', 'List the fault reports filed this week.'), GENERIC, 'read', undefined],
  ]);
});

describe('loading a module of the caller\'s at run time ("Connect an instance by dynamically importing a user module that exports a schema") runs that module\'s code: execute, whatever the tool goes on to do with what it exports; importing data is no module loaded', () => {
  check([
    ['a user module imported to connect', tool('instance_connect', 'Connect a store instance by dynamically importing a user module that exports a schema and a sync backend factory.', { configPath: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a config module imported', tool('load_config', 'Dynamically imports your project config module and returns the settings it exports.', { path: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: events imported', tool('import_events', 'Import events from export data into the backend.', { data: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('text a parameter\'s description calls code in a named language ("Map of role name to Strudel code", "Array of JavaScript code strings") is code, whatever the parameter is called: a tool that plays or runs it runs code, execute; a description that only mentions a language for a name is not', () => {
  check([
    ['a map of layers of Strudel code', tool('conduct', 'Orchestrate a full band: generates multiple layers at once from a single directive.', { directive: { type: 'string' }, layers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Map of role name to Strudel code.' } }), GENERIC, 'execute', undefined],
    ['stages of JavaScript code', tool('run_stages', 'Play a set in stages.', { stages_code: { type: 'array', items: { type: 'string' }, description: 'Array of JavaScript code strings, one per stage.' } }), GENERIC, 'execute', undefined],
    ['negative: a language picked by name', tool('set_language', 'Set the language of the editor.', { language: { type: 'string', description: 'Language name, e.g. Python code style' } }), GENERIC, 'write', undefined],
  ]);
});

describe('code in a music pattern language ("Strudel/Tidal code to evaluate", "Map of role name to Strudel code") is evaluated by the music engine, which plays what the pattern says: execute, but high, not the critical of code run on the host; Python code handed over is still critical', () => {
  check([
    ['Strudel code evaluated', tool('play_strudel', 'Evaluate raw Strudel/Tidal code directly.', { code: { type: 'string', description: 'Strudel/Tidal code to evaluate' } }), GENERIC, 'execute', 'high'],
    ['layers of Strudel code played', tool('conduct', 'Orchestrate a full band from a directive.', { layers: { type: 'object', additionalProperties: { type: 'string' }, description: 'Map of role name to Strudel code.' } }), GENERIC, 'execute', 'high'],
    ['negative: Python code run', tool('python_repl', 'Execute Python code in a persistent REPL.', { code: { type: 'string', description: 'Python code to execute' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('a prompt whose own text says an agent, a worker or a task executor carries it out ("The prompt to send to the agent", a queued task\'s "Detailed instructions for the task executor") sets that agent going, at any depth: execute; an agent\'s configuration, a pending action awaiting approval, or a prompt for a model that only answers are not', () => {
  const TASKS = { tasks: { type: 'array', items: { type: 'object', properties: { title: { type: 'string' }, prompt: { type: 'string', description: 'Detailed instructions for the task executor.' } } } } };
  check([
    ['tasks queued with prompts for their executor', tool('create_tasks', 'Directly create campaign tasks in the queue, skipping AI decomposition.', TASKS), GENERIC, 'execute', 'high'],
    ['a follow-up prompt sent to an agent session', tool('session_action', 'Perform an action on a session.', { action: { type: 'string', enum: ['follow_up', 'pause'] }, prompt: { type: 'string', description: 'The prompt to send to the agent.' } }), GENERIC, 'execute', undefined],
    ['negative: instructions that configure an agent', tool('update_column_config', 'Update a column\'s configuration.', { instructions: { type: 'string', description: 'Markdown instructions for the AI agent' } }), GENERIC, 'write', undefined],
    ['negative: a pending action set for approval', tool('setPendingAction', 'Set a pending action for workflow', { action: { type: 'object', properties: { prompt: { type: 'string', description: 'Prompt/instructions for the agent' } } } }), GENERIC, 'write', undefined],
    ['negative: a task created with a plain description', tool('create_task', 'Create a task in a project.', { tasks: { type: 'array', items: { type: 'object', properties: { prompt: { type: 'string', description: 'What the task is about.' } } } } }), GENERIC, 'write', undefined],
  ]);
});

describe('a tool named only `open` whose description navigates a browser ("Navigate to a URL, launching a browser if needed") sets a driven browser going: execute; a bare `open` of a file reads it', () => {
  check([
    ['a bare open that navigates a browser', tool('open', 'Navigate to a URL, launching a browser if needed. Set cdp to connect to an already running Chrome.', { url: { type: 'string' }, headed: { type: 'boolean' } }), GENERIC, 'execute', 'high'],
    ['negative: a bare open of a file', tool('open', 'Open a file and return its contents.', { path: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('requesting a build has the build service start one, as triggering it does: execute/high; requesting a review asks a person', () => {
  check([
    ['a native build requested', tool('capgo_request_build', 'Request a native iOS/Android build from Capgo Cloud', { appId: { type: 'string' }, platform: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a review requested', tool('request_review', 'Request a review of a pull request from a teammate.', { pr: { type: 'number' }, reviewer: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a call relayed to whichever tool the caller names, with its arguments (`tool` and `args`: "Bridge to the engine… forwards a single call"), does what that tool does: execute; a relay the text says reaches only read-only tools, or a tool\'s schema looked up, does not', () => {
  check([
    ['a call forwarded to an engine\'s tool', tool('data_liberation', 'Bridge to the Data Liberation engine, which extracts content from closed web platforms and reconstructs it into a WordPress site. This tool forwards a single call to the engine.', { tool: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['negative: a relay to read-only tools only', tool('browser_query', 'Run a registered read-only browser tool with schema validation.', { tool: { type: 'string' }, arguments: { type: 'object' } }), GENERIC, 'read', 'low'],
    ['negative: a tool\'s schema looked up', tool('get_tool_schema', 'Return the input schema of a tool.', { tool: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a generic API request to any path with a method the caller sets freely (no list of methods) sends whatever request the caller builds, GET to DELETE: it runs the request, execute; a request tool whose methods are listed takes the worst of them', () => {
  check([
    ['an API request sent via curl, any method', tool('send_request', 'Send an API request via curl and return the response with schema validation.', { method: { type: 'string' }, path: { type: 'string' }, params_json: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an API request whose methods are GET and POST', tool('send_request', 'Send an API request and return the response.', { method: { type: 'string', enum: ['GET', 'POST'] }, path: { type: 'string' } }), GENERIC, 'write', 'high'],
  ]);
});

describe('a `code` parameter of a tool whose text speaks of arbitrary code in a named dialect ("Run arbitrary CodeceptJS code") carries a program: critical; a `code` beside an item\'s fields is its identifier', () => {
  check([
    ['arbitrary test-framework code run', tool('run_code', 'Run arbitrary CodeceptJS code. Response includes the symbols in scope.', { code: { type: 'string' }, timeout: { type: 'number' } }), GENERIC, 'execute', 'critical'],
    ['negative: an item\'s code updated', tool('update_item', 'Update an item.', { itemId: { type: 'string' }, code: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a request to an absolute or full URL the caller gives (`absoluteUrl`, `fullUrl`), with a method the caller sets freely, sends whatever request the caller builds to any endpoint: execute, as with a `url`', () => {
  check([
    ['an HTTP request to any absolute URL', tool('make_http_request', 'Makes an HTTP request to any endpoint and returns the response. Supports all HTTP methods, custom headers, and request bodies.', { method: { type: 'string' }, absoluteUrl: { type: 'string' }, headers: { type: 'object' }, body: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a logged request\'s URL recorded', tool('insert_log', 'Insert log records for requests that bypassed the gateway.', { request_url: { type: 'string' }, request_method: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a switch that runs the project\'s own scripts as part of the call (`run_default_test`: "Run the package\'s default `test` script", `run_migrations`) makes the project\'s code execute here: execute, whatever the tool\'s verb says', () => {
  check([
    ['a package validated, its tests optionally run', tool('validate_codemod_package', 'Validate whether a codemod package is real and complete.', { package_path: { type: 'string' }, run_default_test: { type: 'boolean', description: 'Run the package\'s default `test` script if present.' } }), GENERIC, 'execute', 'high'],
    ['a project generated, its migrations optionally run', tool('generate_project', 'Generate the complete project with all its configuration.', { outputPath: { type: 'string' }, runMigrations: { type: 'boolean' } }), GENERIC, 'execute', undefined],
    ['negative: a package validated', tool('validate_package', 'Validate whether a package manifest is complete.', { package_path: { type: 'string' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('starting a process (a workflow engine\'s process instance, "Starts a new instance of a process definition by key") runs what the process is made of, its service tasks and scripts: execute, as triggering a workflow is', () => {
  const CAMUNDA = server('camunda-mcp', ['camunda_list_process_definitions', 'camunda_start_process_instance', 'camunda_list_incidents']);
  check([
    ['a process instance started', tool('camunda_start_process_instance', 'Starts a new instance of a process definition by key.', { key: { type: 'string' }, businessKey: { type: 'string' }, variables: { type: 'object' } }), CAMUNDA, 'execute', 'high'],
    ['negative: a process instance suspended', tool('camunda_suspend_process_instance', 'Suspends a running process instance.', { id: { type: 'string' } }), CAMUNDA, 'write', undefined],
    ['negative: a session started', tool('start_session', 'Start a new editing session.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('a wait handed code (`wait_for` with `js`: "Poll a JavaScript predicate in the renderer until it returns truthy") runs that code again and again until it holds: execute, as evaluating it once is; a wait for a selector runs nothing', () => {
  check([
    ['a JavaScript predicate polled', tool('wait_for', 'Poll a JavaScript predicate in the renderer until it returns truthy, then return its value. The predicate is a function body.', { js: { type: 'string', description: 'Function body.' }, timeoutMs: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['an expression awaited', tool('wait_for_condition', 'Poll a JavaScript expression in the app until it returns a truthy value.', { expression: { type: 'string' }, timeout: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['negative: a selector awaited', tool('wait_for_selector', 'Wait until an element matching the selector appears.', { selector: { type: 'string' }, timeout: { type: 'number' } }), GENERIC, 'read', 'low'],
  ]);
});

describe('a CSS or XPath `selector` picks an element of a page, not records: setting a combobox by it (`browser_set_combobox`) is a browser step, not an overwrite of every match', () => {
  const BROWSER = server('browser-mcp', ['browser_navigate', 'browser_click', 'browser_set_combobox', 'browser_snapshot']);
  check([
    ['a combobox set', tool('browser_set_combobox', 'Set value(s) on an autocomplete/combobox input. Handles the click, type query, wait for listbox, click option flow as one call.', { selector: { type: 'string', description: 'CSS selector for the combobox/autocomplete input' }, value: { type: 'string' } }), BROWSER, 'execute', undefined],
    ['negative: records updated where a selector matches', tool('update_documents', 'Set fields on every document matching the selector.', { selector: { type: 'object', description: 'Mango query selector.' }, fields: { type: 'object' } }), GENERIC, 'destructive', undefined],
  ]);
});

describe('a MongoDB filter passed as a JSON string ("JSON string filter query (e.g. \'{"status":"active"}\')") is the filter document the database runs, as an object filter is: `mongo_find` takes a free-form query', () => {
  check([
    ['documents found by a JSON string filter', tool('mongo_find', 'Query documents from a MongoDB collection.', { collection: { type: 'string' }, filter: { type: 'string', description: 'JSON string filter query (e.g. \'{"status":"active"}\').' }, limit: { type: 'number' } }), GENERIC, 'execute', undefined],
    ['negative: a listing filtered by a JSON string of labels', tool('list_monitors', 'List monitors.', { filter: { type: 'string', description: 'JSON string of labels to match.' } }), GENERIC, 'read', undefined],
  ]);
});

describe('building for a platform (`build_macos`, "Build macOS app.", its title "Build macOS") builds that platform\'s app, which runs its build steps, as building for a device or a simulator does', () => {
  check([
    ['a macOS app built, its title repeating the name', tool('build_macos', 'Build macOS app.', { extraArgs: { type: 'array', items: { type: 'string' } } }, { title: 'Build macOS', readOnlyHint: false, destructiveHint: false }), GENERIC, 'execute', 'high'],
    ['an Android app built', tool('build_android', 'Build Android.', { variant: { type: 'string' } }, { title: 'Build Android' }), GENERIC, 'execute', undefined],
    ['negative: a filter built', tool('build_filter', 'Build a filter expression for a search.', { field: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('an application or a service made or started with a switch to deploy it at once (`instant_deploy`: Coolify\'s `create_dockerfile_application`) is deployed, running what it is given: execute; a database made with the same switch is a store', () => {
  const COOLIFY = server('coolify-mcp-server', ['create_dockerfile_application', 'create_postgresql_database', 'list_applications', 'start_application']);
  check([
    ['an application created from a Dockerfile, deployed at once', tool('create_dockerfile_application', 'Create an application from a Dockerfile.', { project_uuid: { type: 'string' }, dockerfile: { type: 'string' }, instant_deploy: { type: 'boolean' } }), COOLIFY, 'execute', 'high'],
    ['an application started', tool('start_application', 'Start an application.', { uuid: { type: 'string' }, force: { type: 'boolean' }, instant_deploy: { type: 'boolean' } }), COOLIFY, 'execute', undefined],
    ['negative: a database created with the switch', tool('create_postgresql_database', 'Create a PostgreSQL database.', { server_uuid: { type: 'string' }, instant_deploy: { type: 'boolean' } }), COOLIFY, 'write', undefined],
    ['negative: an application created with no switch', tool('create_application', 'Create an application record.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a preview deployment, environment or URL is a thing a platform keeps for a branch: `previewDeployment-redeploy` redeploys it (its name\'s action is the redeploy), as `application-redeploy` does', () => {
  const DOKPLOY = server('dokploy-mcp', ['application-redeploy', 'previewDeployment-redeploy', 'previewDeployment-one', 'compose-deploy']);
  check([
    ['a preview deployment redeployed', tool('previewDeployment-redeploy', 'POST /previewDeployment.redeploy', { previewDeploymentId: { type: 'string' } }), DOKPLOY, 'execute', undefined],
    ['negative: a preview deployment read', tool('previewDeployment-one', 'GET /previewDeployment.one', { previewDeploymentId: { type: 'string' } }), DOKPLOY, 'read', undefined],
  ]);
});

describe('input simulated or injected into a running program (a key press in an editor, input events in a game being played) drives it: execute; in a game being played it is medium, what a player can do; a key binding created is a setting', () => {
  check([
    ['a key press simulated in an editor', tool('editor_simulate_key', 'Simulate a key press in the editor (e.g. "F5" to run, "Ctrl+S" to save).', { key: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a key event injected into the running game', tool('runtime_input', 'Inject a key input event into the running game.', { keycode: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['keyboard input during a playtest', tool('simulate_keyboard_input', 'Simulate keyboard input via VirtualInputManager. Use during playtest for character movement.', { keyCode: { type: 'string' }, action: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: a keyboard input binding created', tool('bind_input_key', 'Create or extend a keyboard input binding', { action_name: { type: 'string' }, key: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a bare `query` of a tool whose description opens by running a query language ("Run ShopifyQL and return columns") is that language, run: execute; a search box is not', () => {
  check([
    ['ShopifyQL run', tool('shopify_run_analytics_query', 'Run ShopifyQL and return columns, rows and chart metadata. Requires reports access.', { store: { type: 'string' }, query: { type: 'string' } }, { readOnlyHint: true }), GENERIC, 'execute', undefined],
    ['negative: a search of the docs', tool('search_docs', 'Search the ShopifyQL documentation for a topic.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a search whose description opens by running a query language ("Runs an MCQL query via reports:search") runs its query as a statement: execute; a search of text is not', () => {
  check([
    ['reports searched with an MCQL query', tool('search_reports', 'Runs a Merchant Center Query Language (MCQL) query via reports:search.', { query: { type: 'string', description: 'MCQL query, e.g. SELECT offer_id, title FROM product_view.' } }), GENERIC, 'execute', undefined],
    ['negative: reports searched by text', tool('search_reports', 'Search the saved reports by title.', { query: { type: 'string', description: 'Words to look for in report titles.' } }), GENERIC, 'read', undefined],
  ]);
});

describe('emitting a signal or an event fires the handlers connected to it in the running program: execute; "emit" a graph or a type system only produces one', () => {
  check([
    ['a signal emitted in a running game', tool('runtime_emit_signal', 'Emit a signal on a node in the running game.', { node: { type: 'string' }, signal: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['an app event emitted to its handlers', tool('ipc_emit_event', 'Emit an event to test the app\'s event handlers.', { event: { type: 'string' }, payload: { type: 'object' } }), GENERIC, 'execute', undefined],
    ['negative: a knowledge graph emitted', tool('graph', 'Emit the wiki knowledge graph (documents plus resolved links).'), GENERIC, 'read', undefined],
  ]);
});

describe('a parameter named after a query language a store runs (LogQL, TraceQL, NRQL, InfluxQL) holds a query: execute; a search box is not', () => {
  check([
    ['log stream stats for a LogQL selector', tool('query_loki_stats', 'Retrieves statistics about log streams matching a given LogQL selector within a Loki datasource.', { datasourceUid: { type: 'string' }, logql: { type: 'string', description: 'The LogQL matcher expression to execute' } }), GENERIC, 'execute', undefined],
    ['traces for a TraceQL query', tool('search_traces', 'Find traces in Tempo.', { traceql: { type: 'string', description: 'The TraceQL query' } }), GENERIC, 'execute', undefined],
    ['negative: log streams named by label', tool('list_log_streams', 'List the log streams of a datasource.', { label: { type: 'string', description: 'Label to group streams by' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a tool that calls any of the server\'s own tools by name can do what the most dangerous of them does: critical where one of them destroys, high where none does', () => {
  check([
    ['a store\'s tools, deletes among them', tool('invoke_tool', 'Run any store tool by exact name with its arguments (discover names via search_tools).', { name: { type: 'string' }, arguments: { type: 'object' } }), server('storefront-mcp', ['search_tools', 'invoke_tool', 'list_pages', 'delete_page']), 'execute', 'critical'],
    ['a CLI\'s tools, a record deletion among them', tool('sf_call_tool', 'Invokes any of this server\'s tools by name.', { tool: { type: 'string' }, arguments: { type: 'object' } }), server('salesforce-metadata-mcp', ['sf_call_tool', 'sf_list_tools', 'sf_delete_record']), 'execute', 'critical'],
    ['negative: tools that only read and update', tool('execute_sentry_tool', 'Execute an available Sentry MCP tool discovered through search_sentry_tools.', { name: { type: 'string' }, arguments: { type: 'object' } }), server('sentry-mcp', ['search_sentry_tools', 'execute_sentry_tool', 'get_issue', 'update_issue']), 'execute', 'high'],
  ]);
});

describe('a route sent to a command or to a named action (`command-post-api-v1-command`, `…-action-name`) runs it: execute; a GET of the commands only reads them', () => {
  check([
    ['a command posted', tool('command-post-api-v1-command', '', { body: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['a named action posted', tool('indexer-post-api-v1-indexer-action-name', '', { name: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: the commands read', tool('command-get-api-v1-command', '', {}), GENERIC, 'read', 'low'],
  ]);
});

describe('moving the input focus or the mouse pointer on a driven page points at an element and presses nothing: medium; a click is high', () => {
  check([
    ['focus on an element', tool('browser_focus_element', 'Set focus on a specific element', { selector: { type: 'string' } }), server('playwright-mcp', ['browser_click', 'browser_type', 'browser_focus_element']), 'execute', 'medium'],
    ['the mouse moved', tool('browser_mouse_move_xy', 'Move mouse to a given position', { x: { type: 'number' }, y: { type: 'number' } }), server('playwright-mcp', ['browser_click', 'browser_type', 'browser_mouse_move_xy']), 'execute', 'medium'],
    ['negative: a click', tool('browser_click', 'Click an element on the page', { selector: { type: 'string' } }), server('playwright-mcp', ['browser_click', 'browser_type', 'browser_focus_element']), 'execute', 'high'],
  ]);
});

describe('dismissing a dialog or an overlay on a driven page closes what covers it, accepting nothing: medium; accepting a dialog confirms it, high', () => {
  const FIREFOX = server('firefox-devtools-mcp', ['click_by_uid', 'fill_by_uid', 'dismiss_dialog', 'accept_dialog']);
  check([
    ['a dialog dismissed', tool('dismiss_dialog', 'Dismiss browser dialog.', {}), FIREFOX, 'execute', 'medium'],
    ['overlays dismissed', tool('browser_dismiss_overlays', 'Dismiss visible popups, modals, tooltips and banners in one call.', {}), FIREFOX, 'execute', 'medium'],
    ['negative: a dialog accepted', tool('accept_dialog', 'Accept browser dialog. Provide promptText for prompts.', { promptText: { type: 'string' } }), FIREFOX, 'execute', 'high'],
  ]);
});

describe('a SQL query\'s execution plan asked for ("Get the execution plan for a MySQL query") is EXPLAIN by another name: the database parses and plans the caller\'s statement, execute, medium; a MongoDB find\'s plan is a query document, no SQL', () => {
  check([
    ['a MySQL query\'s execution plan', tool('mysql_explain_query', 'Get the execution plan for a MySQL query.', { sql: { type: 'string', description: 'SQL statement' }, connectionId: { type: 'string' } }), GENERIC, 'execute', 'medium'],
    ['negative: a MongoDB find\'s plan', tool('mongo_explain', 'Get execution plan and index scan statistics for a MongoDB find query.', { collection: { type: 'string' }, filter: { type: 'object' } }), GENERIC, 'read', 'low'],
  ]);
});
describe('an explain of a statement\'s plan handed in a `sql` parameter ("Explain a query\'s execution plan", `sql`) has the database plan it: only a database\'s planner makes a query plan, execute; code explained to the reader stays a read', () => {
  check([
    ['a query\'s plan with hypothetical indexes', tool('pg_explain_hypothetical_index', 'Explain a query\'s execution plan simulating hypothetical indexes using the hypopg extension (if installed).', { sql: { type: 'string', description: 'The SELECT query to explain (do NOT use EXPLAIN ANALYZE).' }, indexes: { type: 'array', items: { type: 'string' } } }), GENERIC, 'execute', undefined],
    ['negative: code explained to the reader', tool('explain_code', 'Explain what a piece of code does, line by line.', { code: { type: 'string', description: 'The code to explain' } }), GENERIC, 'read', undefined],
  ]);
});

describe('starting or approving a deployment deploys it, and a canary deployment approved or rejected is promoted or rolled back: execute; a deployment request rejected never runs, a write', () => {
  check([
    ['a deployment started', tool('sourcedeploy_start_deploy', 'Start a deployment for a specific scenario', { projectId: { type: 'string' }, scenarioId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a deployment request approved', tool('sourcedeploy_approve_deploy', 'Approve a scenario deployment request', { historyId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a canary rejected', tool('sourcedeploy_reject_canary', 'Reject a manually analyzed canary version deployment', { historyId: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a deployment request rejected', tool('sourcedeploy_reject_deploy', 'Reject a scenario deployment request', { historyId: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('setting a page\'s control in a browser (`browser_set_combobox`, `browser_set_date`) picks it as a person would: a step in the page, execute, even where the server\'s other tools are unknown; a date set on a record stays a write', () => {
  check([
    ['a combobox set in the browser', tool('browser_set_combobox', 'Choose an option in a combobox on the active tab by its label.', { ref: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a due date set on a task', tool('set_due_date', 'Set the due date of a task.', { taskId: { type: 'string' }, date: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('handling, accepting or dismissing a browser\'s dialog (`dismiss_dialog`, a browser `alert`) answers it as a person would: a step in the page, execute, even where the server\'s other tools are unknown; a prompt template handled in a prompt library is no dialog', () => {
  check([
    ['a browser dialog dismissed', tool('dismiss_dialog', 'Dismiss browser dialog.', {}), GENERIC, 'execute', 'medium'],
    ['a browser alert handled', tool('alert', 'handles a browser alert, confirm, or prompt dialog', { action: { type: 'string', enum: ['accept', 'dismiss', 'get_text', 'send_text'] } }), GENERIC, 'execute', undefined],
    ['negative: a prompt accepted into a library', tool('accept_prompt_suggestion', 'Accept a suggested prompt template into the library.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('filling "a UI input" (an app\'s or a page\'s input, picked by a snapshot ref or a selector) is a step in that UI: execute, even where the server\'s other tools are unknown; filling a stored form\'s field is a write', () => {
  check([
    ['a UI input filled', tool('fill', 'Replace text in a UI input selected by snapshot ref, selector, or coordinates.', { ref: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a stored form\'s field filled', tool('fill_form_field', 'Fill a field of a saved form template with a default value.', { formId: { type: 'string' }, value: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a plugin the description says is installed ("Install plugin — Downloads and installs a plugin", "Install integration/theme/plugin"), or code an install fetches from GitHub or a repository, is third-party code that then runs: execute; a plugin only switched on stays a write', () => {
  check([
    ['a plugin installed from a repository URL', tool('pluginsctl_add_plugin', 'Install plugin — Downloads and installs a plugin into the WebUI from the provided repository URL.', { url: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a store\'s plugin installed', tool('ha_hacs_install_repository', 'Install integration/theme/plugin from HACS.', { repository: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a store installed from GitHub', tool('ha_install_hacs', 'Install HACS (Home Assistant Community Store). Downloads latest HACS from GitHub, installs to custom_components, and restarts Home Assistant.', {}), GENERIC, 'execute', 'high'],
    ['negative: an installed plugin switched on', tool('activate_plugin', 'Activate an installed plugin on a WordPress installation.', { plugin: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a browser\'s dialog handled (`browser_handle_dialog`, where "handle" is the name\'s only verb) and the page a browser shows reloaded ("Reload the current page", `browser_reload`) are steps in that browser: execute, even where the server\'s other tools are unknown; a cache refreshed stays a write', () => {
  check([
    ['a dialog handled', tool('browser_handle_dialog', 'Handle a dialog', { accept: { type: 'boolean' }, promptText: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['the current page reloaded', tool('refresh_page', 'Refresh the current page', {}), GENERIC, 'execute', 'medium'],
    ['the browser reloaded', tool('browser_reload', 'Reload the page.', {}), GENERIC, 'execute', 'medium'],
    ['a bare refresh of the current page', tool('refresh', 'Reload the current page. Returns the refreshed URL.', {}), GENERIC, 'execute', 'medium'],
    ['negative: a cache refreshed', tool('refresh_cache', 'Refresh the cached catalogue from the upstream API.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('reshaping what a browser or a device shows (a browser\'s or a page\'s window resized, a viewport sized, a screen\'s orientation set) is a step in that UI: execute, even where the server\'s other tools are unknown; a scene\'s viewport node set is content, a write', () => {
  check([
    ['the browser window resized', tool('browser_resize', 'Resize the browser window', { width: { type: 'number' }, height: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['a viewport sized', tool('set_viewport_size', 'Set viewport dimensions in pixels.', { width: { type: 'number' }, height: { type: 'number' } }), GENERIC, 'execute', 'medium'],
    ['a device\'s orientation set', tool('set_orientation', 'Set device orientation to portrait or landscape.', { orientation: { type: 'string', enum: ['portrait', 'landscape'] } }), GENERIC, 'execute', undefined],
    ['negative: a scene\'s viewport node set', tool('editor_set_viewport_param', 'Set a property on a Viewport node in the open scene.', { node: { type: 'string' }, property: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('continuing, resuming or restarting where the description says it is execution that goes on ("Resume execution in debugger", "Resume one paused thread") runs the paused program: execute, even where the server\'s other tools are unknown; a paused subscription resumed stays a write', () => {
  check([
    ['execution resumed in a debugger', tool('editor_debug_continue', 'Resume execution in debugger.', {}), GENERIC, 'execute', 'high'],
    ['a paused thread resumed', tool('debug_continue', 'Resume one paused thread in a live debug session.', { threadId: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['execution restarted from a frame', tool('restartFrame', 'Restart execution from a specific stack frame (DAP standard)', { frameId: { type: 'number' } }), GENERIC, 'execute', 'high'],
    ['negative: a paused subscription resumed', tool('resume_subscription', 'Resume a paused newsletter subscription.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('watch expressions evaluated "in the current stopped frame" run the caller\'s expressions in the paused program: execute, even where the server\'s other tools are unknown; a watch list of stock symbols stays a read', () => {
  check([
    ['watch expressions evaluated in the stopped frame', tool('dbg_watch', 'Manage a persistent set of watch expressions and evaluate them in the current stopped frame. Pass `add`/`remove` to edit the set.', { add: { type: 'string' }, remove: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: a watch list of stocks', tool('get_watchlist', 'Get the symbols on your watch list and evaluate their daily change.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a bare `query` of a table or query tool is SQL where its own text names a DDL statement ("CREATE TABLE statement") or the server is named for a database (`database-server`, `mysql-mcp`, "MySQL queries"): execute, even where its other tools are unknown; a search server\'s `query` stays search text', () => {
  check([
    ['a CREATE TABLE statement', tool('create_table', 'Create new tables in the database', { connectionId: { type: 'string' }, query: { type: 'string', description: 'CREATE TABLE statement' } }), GENERIC, 'execute', 'high'],
    ['a bare query on a database server', tool('create_table', 'Create new tables in the database', { query: { type: 'string' } }), server('@executeautomation/database-server'), 'execute', 'high'],
    ['a query exported on a database server', tool('export_query', 'Export query results to various formats (CSV, JSON)', { query: { type: 'string' }, format: { type: 'string', enum: ['csv', 'json'] } }), server('@executeautomation/database-server'), 'execute', 'high'],
    ['negative: a search server\'s query', tool('search_table', 'Search a table of products by keyword.', { query: { type: 'string' } }), server('products-search-mcp'), 'read', undefined],
    ['a query planned on a server named for the MySQL it queries', tool('explain_query', 'Explica o plano de execução de uma query', { query: { type: 'string', description: 'Query para analisar' } }), server('MySQL queries and schema over SSH tunnel'), 'execute', 'medium'],
    ['negative: a query planned on a server that only caches in SQLite', tool('explain_query', 'Explica o plano de execução de uma query', { query: { type: 'string', description: 'Query para analisar' } }), server('Nutrition lookup with local SQLite caching'), 'read', undefined],
  ]);
});

describe('a project, a scene or a game world played from its editor runs it, and a recorded action (a macro) played runs its steps: execute; a sound, a video or a preset played is only heard or seen, a write of low risk', () => {
  check([
    ['a project played from the editor', tool('editor_play', 'Play project from editor.', {}), GENERIC, 'execute', undefined],
    ['the edited scene played', tool('editor_play_current_scene', 'Play the currently edited scene from the editor.', {}), GENERIC, 'execute', undefined],
    ['a recorded action played', tool('photoshop_play_action', 'Play a recorded action from the Actions palette', { actionName: { type: 'string' }, actionSet: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a sound played', tool('play_audio', 'Play an audio file. Supports WAV and MP3 formats. Does not support video.', { input_file_path: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a preset of a music library played', tool('play_preset', 'Play from the curated pattern library. Call without arguments to list all available presets.', { name: { type: 'string' } }), GENERIC, 'write', 'low'],
  ]);
});

describe('JavaScript run in an app\'s renderer, an iframe, a React Native app or a named page\'s context reaches what that page or app reaches, not the host: execute, high; the same code in an app\'s main process runs on the host: critical', () => {
  check([
    ['JavaScript in the focused renderer', tool('electron_eval_renderer', 'Evaluate JavaScript in the focused renderer and return the returned/awaited value.', { code: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['JavaScript in a React Native app', tool('evaluate_js', 'Execute a JavaScript expression in the running React Native app and return the result.', { expression: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['JavaScript in an iframe', tool('browser_select_frame', 'Execute JavaScript in a specific iframe by frame index.', { frameIndex: { type: 'number' }, code: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['JavaScript in a named page\'s context', tool('ui_evaluate', 'Execute JavaScript code in the TradingView page context for advanced automation', { expression: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: JavaScript in the main process', tool('eval_main', 'Evaluate JavaScript in the Electron main process (Node.js process) and return the result.', { code: { type: 'string' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('a query tool whose text warns it can change data ("⚠️ This tool can read AND modify data") runs statements that can change or destroy it: critical; one whose text says it only reads stays below', () => {
  check([
    ['a query that can modify data', tool('mssql_execute_query', 'Deprecated alias for mssql_run_sql_query. ⚠️ This tool can read AND modify data.', { query: { type: 'string', description: 'The SQL query' } }), GENERIC, 'execute', 'critical'],
    ['negative: a read-only query', tool('execute_query', 'Execute a read-only SQL query. It cannot modify data.', { query: { type: 'string', description: 'The SQL query' } }), GENERIC, 'execute', 'medium'],
  ]);
});

describe('answering the question a paused run is waiting on ("Answer the PENDING question the cloud agent is blocked on") lets the run go on to do whatever the answer allows: execute; answering a support question, or reading the pending one, is not', () => {
  check([
    ['a blocked session\'s question answered', tool('ccr_cloud_answer', 'Answer a PENDING question the cloud agent is blocked on.', { sessionId: { type: 'string' }, answer: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a paused booking\'s question answered', tool('answer_booking_question', 'Answer the question a paused booking is waiting on.', { bookingId: { type: 'string' }, choice: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: the pending question read', tool('get_pending_question', 'Get the question a paused session is blocked on.', { sessionId: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a prompt or a user turn sent into a session an agent runs ("Send a prompt (a user turn) into a connected Claude Code session", "The session receives the text as an injected prompt") sets that agent working: execute; a prompt saved to a library is no session\'s', () => {
  check([
    ['a user turn sent into a session', tool('ccr_cloud_drive', 'Send a follow-up user turn to a running cloud session. Then poll for the reply.', { sessionId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a message injected as a prompt', tool('mission_session_drive', 'Send a message to a mission session. The session receives the text as an injected prompt.', { sessionId: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a prompt saved', tool('save_prompt', 'Save a prompt to the prompt library.', { name: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a service, an app or a worker created from what it is built from (a Docker image, an app spec, a template) is built and set running, as a deployment is: execute/high; a bare one made empty is a write', () => {
  check([
    ['a service created from a Docker image', tool('service_create_from_image', 'Create a new service from a Docker image.', { projectId: { type: 'string' }, image: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['an app created from its spec', tool('apps-create-app-from-spec', 'Creates an application from a given app spec. Within the app spec, a source has to be provided.', { spec: { type: 'object' } }), GENERIC, 'execute', 'high'],
    ['a worker created from a template', tool('template_create_worker', 'Create a Worker from a template', { template: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: an empty service made in a project', tool('create-service', 'Create a new service in a project', { projectId: { type: 'string' }, name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an email template created from another', tool('create_template', 'Create an email template from a template in the gallery.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a template in a template language (Jinja2, Liquid, Handlebars) rendered on a service\'s template engine has its expressions evaluated there: execute; a chart or a page rendered is a read', () => {
  check([
    ['a Jinja2 template rendered by the home server', tool('ha_render_template', 'Render a Jinja2 template using Home Assistant\'s template engine', { template: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['a Liquid template rendered', tool('render_liquid', 'Render a Liquid template with the given variables on the store\'s template engine.', { template: { type: 'string' } }), GENERIC, 'execute', undefined],
    ['negative: a chart rendered', tool('render_chart', 'Render a bar chart from the given data as a PNG.', { data: { type: 'array', items: { type: 'number' } } }), GENERIC, 'read', undefined],
  ]);
});

describe('calling by name tools the server does not list (deactivated ones, ones from a catalog, a remote IDE\'s, any tool of a tool registry) reaches acts nothing listed shows: execute/critical; a server\'s own listed tools that only read and update stay high', () => {
  const REGISTRY = server('Enact Protocol tool registry search, verification and execution', ['search-tools', 'execute-tool-by-name'], 'enact-cli');
  check([
    ['a tool from the catalog called by name', tool('call_tool', 'Execute a tool from the catalog by name. Pass its parameters in `args` (object).', { name: { type: 'string' }, args: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['a deactivated tool called by name', tool('call_advanced_tool', 'Proxy for calling deactivated editor tools by name.', { tool_name: { type: 'string' }, arguments: { type: 'object' } }), GENERIC, 'execute', 'critical'],
    ['a registry\'s tool called by name', tool('execute-tool-by-name', 'Execute a tool by its name using direct core integration', { name: { type: 'string' }, inputs: { type: 'object' } }), REGISTRY, 'execute', 'critical'],
    ['negative: the server\'s own listed tools', tool('execute_sentry_tool', 'Execute an available Sentry MCP tool discovered through search_sentry_tools.', { name: { type: 'string' }, arguments: { type: 'object' } }), server('sentry-mcp', ['search_sentry_tools', 'execute_sentry_tool', 'get_issue', 'update_issue']), 'execute', 'high'],
  ]);
});

describe('a tool that runs another tool by its name (`execute_tool` with a `tool_name`) runs that tool, whatever the server\'s readOnlyHint says of the relay: execute; a read-only hint on a listing of tools is taken', () => {
  const hinted = (name: string, description: string, props: Record<string, unknown>) => ({ ...tool(name, description, props), annotations: { readOnlyHint: true } });
  check([
    ['a named tool run, marked read-only, its text in Korean', hinted('execute_tool', '[메타] discover_tools 결과 도구를 프록시 실행. tool_name + params', { tool_name: { type: 'string' }, params: { type: 'object' } }), GENERIC, 'execute', undefined],
    ['negative: the tools listed, marked read-only', hinted('discover_tools', 'List the tools this server can run, by keyword.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});
