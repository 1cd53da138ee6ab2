// Read sensitivity and the newer risk principles (shared/LABELS.md): one table per principle,
// with invented tools, negatives included.
import { describe } from 'vitest';
import { check, server as makeServer, tool } from './table.ts';

// These servers are named by their package, as real ones are.
const server = (name: string, toolNames: string[] = []) => makeServer(name, toolNames, name);
const GENERIC = server('example-mcp');
const MAIL = server('acme-mail-mcp');
const CHAT = server('slack-mcp-server');
const DRIVE = server('gdrive-mcp');
const CRM = server('hubspot-mcp');
const CAL = server('team-calendar-mcp');
const OBS = server('sentry-mcp');
const CODE = server('github-mcp-server');

describe('blobs are sensitive when read, not when listed', () => {
  check([
    ['reading a stored object returns its contents', tool('get_object', 'Get an object from a bucket.'), GENERIC, 'read', 'medium'],
    ['listing objects names them', tool('list_objects', 'List the objects in a bucket.'), GENERIC, 'read', 'low'],
    ['reading a stored value', tool('kv_get', 'Get a value by key.'), GENERIC, 'read', 'medium'],
    ['reading a note', tool('read_note', 'Read a note.'), GENERIC, 'read', 'medium'],
    ['listing notes', tool('list_notes', 'List notes.'), GENERIC, 'read', 'low'],
  ]);
});

describe('records of a store come back whole from a listing or a search', () => {
  check([
    ['listing records', tool('list_records', 'List records in a table.'), GENERIC, 'read', 'medium'],
    ['searching documents', tool('search_documents', 'Search documents in an index.'), GENERIC, 'read', 'medium'],
    ['counting records is not returning them', tool('count_records', 'Count records in a table.'), GENERIC, 'read', 'low'],
    ['a table schema is metadata', tool('describe_table_schema', 'Describe the schema of a table.'), GENERIC, 'read', 'low'],
  ]);
});

describe('people, not places: an address alone is a map lookup', () => {
  check([
    ['geocoding an address', tool('geocode_address', 'Convert an address to coordinates.'), GENERIC, 'read', 'low'],
    ['attendees are people', tool('list_attendees', 'List the attendees of a meeting.'), GENERIC, 'read', 'medium'],
    ['subscribers are people', tool('list_subscribers', 'List newsletter subscribers.'), GENERIC, 'read', 'medium'],
  ]);
});

describe('the domain of the server makes what its reads return private', () => {
  check([
    ['a bare search on a mail server searches mail', tool('search', 'Search the mailbox.'), MAIL, 'read', 'medium'],
    ['replies of a chat thread are messages', tool('get_thread_replies', 'Get replies in a thread.'), CHAT, 'read', 'medium'],
    ['posts of a chat channel are messages', tool('get_channel_posts', 'Get the posts of a channel.'), CHAT, 'read', 'medium'],
    ['channel lists on a chat server are metadata', tool('list_channels', 'List public channels.'), CHAT, 'read', 'low'],
    ['a bot profile is reference data', tool('get_bot_info', 'Get the bot information.'), CHAT, 'read', 'low'],
    ['the same search elsewhere is not', tool('search', 'Search the catalogue.'), GENERIC, 'read', 'low'],
    ['reading a page on a drive returns a private document', tool('retrieve_page', 'Retrieve a page.'), DRIVE, 'read', 'medium'],
    ['listing folders on a drive names them', tool('list_folders', 'List folders.'), DRIVE, 'read', 'low'],
    ['CRM records hold personal data', tool('list_deals', 'List deals in the CRM.'), CRM, 'read', 'medium'],
    ['CRM properties are metadata', tool('list_properties', 'List property definitions.'), CRM, 'read', 'low'],
    ['calendar events are personal schedules', tool('get_event', 'Get an event.'), CAL, 'read', 'medium'],
    ['the current time is not', tool('get_current_time', 'Get the current time.'), CAL, 'read', 'low'],
    ['error events of an observability server are logs', tool('list_issue_events', 'List events of an issue.'), OBS, 'read', 'medium'],
    ['a commit of a code host is private source (its diff)', tool('get_commit', 'Get a commit.'), CODE, 'read', 'medium'],
    ['branches of a code host are metadata', tool('list_branches', 'List branches.'), CODE, 'read', 'low'],
    ['a domain named only in a description does not count', tool('get_post', 'Get a post.'), server('blog-mcp', []), 'read', 'low'],
  ]);
});

describe('console output and network traffic are logs', () => {
  check([
    ['network requests', tool('list_network_requests', 'List network requests made by the page.'), GENERIC, 'read', 'medium'],
    ['console errors', tool('get_console_errors', 'Get errors from the browser console.'), GENERIC, 'read', 'medium'],
    ['page title is not', tool('get_page_title', 'Get the page title.'), GENERIC, 'read', 'low'],
  ]);
});

describe('a query that can only read is execute, but medium', () => {
  const query = { query: { type: 'string', description: 'A SOQL query' } };
  check([
    ['a SOQL query', tool('run_soql_query', 'Run a SOQL query against the org.', query), GENERIC, 'execute', 'medium'],
    ['a find filter', tool('find', 'Run a find query against a MongoDB collection.', { filter: { type: 'object', description: 'The query filter, in MongoDB syntax' } }), GENERIC, 'execute', 'medium'],
    ['SQL can write', tool('run_query', 'Run a SQL query against the database.', { sql: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['a find that names write statements is not read-only', tool('find', 'Run a query; supports UPDATE statements.', { query: { type: 'string', description: 'A SQL query' } }), GENERIC, 'execute', 'critical'],
  ]);
});

describe('posting a message to people is high; a message to a queue stays inside', () => {
  check([
    ['posting a chat message', tool('post_message', 'Post a message to a channel.', { channel: { type: 'string' }, text: { type: 'string' } }), CHAT, 'write', 'high'],
    ['creating an email that is sent', tool('create_email', 'Create and deliver an email.', { to: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['drafting one is not', tool('create_draft_message', 'Create a draft message.'), GENERIC, 'write', 'medium'],
    ['sending to a queue', tool('queue_send_message', 'Send a message to a queue for its consumers.'), GENERIC, 'write', 'medium'],
    ['a reaction is not a message, and a small mark anyone can take back', tool('add_reaction', 'Add an emoji reaction to a message.'), CHAT, 'write', 'low'],
  ]);
});
