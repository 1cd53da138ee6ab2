// Category principles (shared/LABELS.md) added for triggers, UI steps, discarding options, generic API
// requests and purchases, each with negatives. Invented tools only.
import { describe } from 'vitest';
import { check, server as makeServer, tool } from './table.ts';

const server = makeServer;
const GENERIC = server('example-mcp');
const UI = server('acme-browser-mcp', ['browser_click', 'browser_type', 'browser_navigate', 'browser_snapshot']);
const PAY = server('acme-payments', ['create_charge', 'list_payments', 'acme_post']);
const str = (description?: string) => ({ type: 'string', ...(description ? { description } : {}) });

describe('starting a workflow, pipeline, job, build or test run is a trigger (execute)', () => {
  check([
    ['start a workflow run', tool('start_workflow_run', 'Starts a run of a workflow.'), GENERIC, 'execute', 'high'],
    ['restart a job', tool('restart_job', 'Restarts a failed job.'), GENERIC, 'execute', 'high'],
    ['submit a job', tool('submit_job', 'Submits a job to the cluster.'), GENERIC, 'execute', 'high'],
    ['create a pipeline run', tool('create_pipeline_run', 'Creates a new pipeline run.'), GENERIC, 'execute', 'high'],
    ['create a build', tool('create_build', 'Create a build for a branch.'), GENERIC, 'execute', undefined],
    ['negative: creating a workflow definition is a write', tool('create_workflow', 'Creates a workflow definition.'), GENERIC, 'write', 'medium'],
    ['negative: starting a search is that read', tool('start_search', 'Starts a search of the index.'), GENERIC, 'read', undefined],
    ['negative: starting a timer is a write', tool('start_timer', 'Starts a time tracking timer.'), GENERIC, 'write', undefined],
  ]);
});

describe('a step in a UI that the server drives is execute', () => {
  check([
    ['fill a form', tool('browser_fill_form', 'Fill several form fields at once.', { fields: { type: 'array' } }), UI, 'execute', 'high'],
    ['select an option', tool('browser_select_option', 'Select an option in a dropdown.', { values: { type: 'array' } }), UI, 'execute', 'high'],
    ['upload into a page', tool('browser_file_upload', 'Upload files.', { paths: { type: 'array' } }), UI, 'execute', undefined],
    ['negative: closing a tab ends part of the session; it takes no step in a page', tool('close_tab', 'Closes the tab.'), UI, 'write', 'medium'],
    ['a step named in the description', tool('handle_dialog', 'Accepts or dismisses the dialog on the current page.', { accept: { type: 'boolean' } }), UI, 'execute', undefined],
    ['negative: a snapshot of the page is a read', tool('browser_snapshot', 'Capture an accessibility snapshot of the current page.'), UI, 'read', undefined],
    ['negative: the same fill on a server that drives no UI', tool('fill_form', 'Fill several form fields of a stored form.'), GENERIC, 'write', undefined],
    ['negative: select on a server that drives no UI', tool('select_option', 'Select an option.'), GENERIC, 'read', undefined],
  ]);
});

describe('options that discard work make a git-style write destructive', () => {
  check([
    ['reset with a hard mode', tool('git_reset', 'Reset the current HEAD.', { mode: { type: 'string', enum: ['soft', 'mixed', 'hard'] } }), GENERIC, 'destructive', 'critical'],
    ['push with force', tool('git_push', 'Push commits to a remote.', { force: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a push without force', tool('git_push', 'Push commits to a remote.', { remote: str() }), GENERIC, 'write', 'high'],
    ['negative: force on a create is not discarding work', tool('create_branch', 'Create a branch.', { force: { type: 'boolean' } }), GENERIC, 'write', undefined],
  ]);
});

describe('generic API requests take their most dangerous method', () => {
  check([
    ['a method documented up to DELETE', tool('api_request', 'Make a request to the Acme API.', { method: str('HTTP method: GET, POST, PUT or DELETE'), path: str() }), GENERIC, 'destructive', 'critical'],
    ['POST to a payments API can move money', tool('acme_post', 'Make a POST request to the Acme API.', { path: str() }), PAY, 'financial', 'critical'],
    ['a method enum on a payments API', tool('call_endpoint', 'Call an endpoint of the API.', { method: { type: 'string', enum: ['GET', 'POST'] } }), PAY, 'financial', undefined],
    ['negative: GET only is a read', tool('api_get', 'Make a GET request to the Acme API.', { method: { type: 'string', enum: ['GET'] } }), GENERIC, 'read', undefined],
    ['negative: posting a comment on a payments server', tool('post_comment', 'Post a comment on a dispute.'), PAY, 'write', undefined],
  ]);
});

describe('buying: registering, renewing or upgrading a domain, licence or plan is financial', () => {
  check([
    ['register a domain', tool('register_domain', 'Register a new domain name.', { domain: str() }), GENERIC, 'financial', 'critical'],
    ['renew a domain', tool('renew_domain', 'Renew a domain for another year.'), GENERIC, 'financial', 'critical'],
    ['upgrade a plan', tool('upgrade_plan', 'Upgrade the workspace plan.'), GENERIC, 'financial', undefined],
    ['negative: registering a webhook', tool('register_webhook', 'Register a webhook URL.'), GENERIC, 'write', undefined],
    ['negative: listing domains', tool('list_domains', 'List registered domains.'), GENERIC, 'read', undefined],
  ]);
});

describe('reads stay reads', () => {
  check([
    ['"any query" of a web search is search text', tool('web_search', 'Search the web for any query.', { query: str('Search query') }), GENERIC, 'read', 'low'],
    ['"executes a search" is that search', tool('search_index', 'Executes a search query against the index.', { query: str() }), GENERIC, 'read', undefined],
    ['a CI pipeline named by a string is not an aggregation', tool('list_runs', 'List runs of a pipeline.', { pipeline: str('Pipeline to list runs for') }), GENERIC, 'read', undefined],
    ['a chart shown in the browser is a display', tool('generate_chart', 'Generate a bar chart and open it in the browser.', { data: { type: 'array' } }), GENERIC, 'read', undefined],
    ['negative: any SQL query still runs', tool('query', 'Run any SQL query against the database.', { sql: str() }), GENERIC, 'execute', undefined],
    ['negative: an aggregation pipeline still runs', tool('aggregate_docs', 'Aggregate documents.', { pipeline: { type: 'array', items: { type: 'object' } } }), GENERIC, 'execute', undefined],
  ]);
});

describe('a tool named for API requests in general is a generic API tool', () => {
  check([
    ['make an API request on a payments server', tool('make_api_request', 'Make a request to any Acme API service.', { service: str(), request: { type: 'object' } }), PAY, 'financial', 'critical'],
    ['negative: a pull request is not an API request', tool('create_pull_request', 'Create a pull request.'), PAY, 'write', undefined],
  ]);
});
