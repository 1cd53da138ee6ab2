// The classifier's principles for destructive tools (what is lost for good).
// One table per principle (shared/LABELS.md), with invented tools: each row states what the principle
// predicts for a tool whose text exercises it.
import { describe } from 'vitest';
import type { ServerContext } from '../../../src/core/classify/types.ts';
import { check, tool } from '../table.ts';
import { server, GENERIC } from './contexts.ts';

describe('safety margin: the more dangerous reading of ambiguous text', () => {
  check([
    ['a read name whose description opens with a deletion', tool('sync_folder', 'Deletes remote files that are missing locally, then uploads the rest.'), GENERIC, 'destructive', 'critical'],
    ['a read name whose description opens with running a script', tool('check_build', 'Executes the build script and reports failures.'), GENERIC, 'execute', undefined],
    ['a later mention does not count', tool('get_job', 'Returns a job. Jobs can be deleted with delete_job.'), GENERIC, 'read', 'low'],
    ['a read-only claim settles it', tool('get_report', 'Runs nothing; read-only. Deletes are done elsewhere.'), GENERIC, 'read', undefined],
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

describe('a run that says it irreversibly overwrites what exists destroys it', () => {
  check([
    ['a deployment that overwrites the live site for good', tool('deploy_site_archive', 'Deploy a website from an archive. WARNING: this overwrites the existing contents and cannot be undone.'), GENERIC, 'destructive', 'critical'],
    ['negative: a deployment that only overwrites', tool('deploy_site', 'Deploy a website; existing files are overwritten.'), GENERIC, 'execute', 'high'],
    ['negative: a deployment that cannot be undone but overwrites nothing', tool('deploy_release', 'Deploy a release. This cannot be undone.'), GENERIC, 'execute', undefined],
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

describe('the operations a batch performs count as the tool\'s actions', () => {
  const ops = (values: string[]) => ({ operations: { type: 'array', items: { type: 'object', properties: { operation: { type: 'string', enum: values }, source: { type: 'string' } } } } });
  check([
    ['a batch of file operations that can delete', tool('batch_file_operations', 'Performs batch operations on multiple files', ops(['copy', 'move', 'delete', 'rename'])), GENERIC, 'destructive', 'critical'],
    ['negative: a JSON Patch that removes a property edits the document', tool('update_dashboard', 'Update a dashboard with patch operations', { operations: { type: 'array', items: { type: 'object', properties: { op: { type: 'string', enum: ['replace', 'add', 'remove'] }, path: { type: 'string' } } } } }), GENERIC, 'write', undefined],
    ['negative: a batch of copies and moves', tool('batch_file_operations', 'Performs batch operations on multiple files', ops(['copy', 'move'])), GENERIC, 'write', undefined],
  ]);
});

describe('a write, or a job that runs no code of the caller\'s, whose own description warns that it is destructive is taken at its word', () => {
  check([
    ['a create that replaces the whole document', tool('create_new_diagram', 'Create a NEW diagram from XML. ⚠️ DESTRUCTIVE: This tool REPLACES the entire document, including any unsaved user changes.', { xml: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a reorder the server warns about', tool('reorder_slides', 'Reorder slides by providing a new array of slide IDs. WARNING: This is a destructive operation.'), GENERIC, 'destructive', 'critical'],
    ['a rollback flagged with a dash', tool('config_rollback', 'Roll the configuration back to a saved checkpoint. DESTRUCTIVE - asks for approval first.', { checkpoint: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a removal of a re-addable thing that says it is destructive — and takes more with it', tool('delete-bookmark', 'Delete a bookmark by id. This is destructive — the bookmark, its notes and its files are removed.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a logout the text calls a destructive write', tool('user_logout', 'Destructive write that revokes all active sessions for a user, forcing them to re-authenticate.', { userId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a write that is not a destructive change', tool('user_update', 'Update a user\'s display name. This is not a destructive change.', { userId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a non-destructive edit', tool('edit_diagram', 'Edit cells of the current diagram. This is a non-destructive operation.'), GENERIC, 'write', 'medium'],
    ['negative: a destructive hint named in passing', tool('update_cells', 'Update cells. Not destructive: earlier versions are kept.'), GENERIC, 'write', 'medium'],
    ['negative: a rollback with no warning stays a job', tool('config_rollback', 'Roll the configuration back to a saved checkpoint.', { checkpoint: { type: 'string' } }), GENERIC, 'execute', 'high'],
    ['negative: running the caller\'s command, which may be destructive, stays execute', tool('run_command', 'Run a shell command on the host. Destructive - use with care.', { command: { type: 'string' } }), GENERIC, 'execute', 'critical'],
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

describe('an enum that offers reading beside changes picks the operation, even on a tool named for a listing', () => {
  check([
    ['a generic query tool whose operation may delete', tool('query', 'Execute CRUD operations on entities.', { entity: { type: 'string' }, operation: { type: 'string', enum: ['list', 'read', 'create', 'update', 'delete'] } }), GENERIC, 'destructive', 'critical'],
    ['a listing named tool whose action may remove a file', tool('list_models', 'Inspect installed models.', { action: { type: 'string', enum: ['list', 'remove', 'list_paths'] } }), GENERIC, 'destructive', 'critical'],
    ['negative: an action enum of record kinds filters a listing', tool('list_adjustments', 'List balance adjustments.', { action: { type: 'string', enum: ['refund', 'credit'] } }), GENERIC, 'read', undefined],
    ['negative: an enum of reads only stays a read', tool('search', 'Search the catalogue.', { operation: { type: 'string', enum: ['list', 'get', 'search'] } }), GENERIC, 'read', undefined],
  ]);
});

describe('a destructiveHint that the description\'s own first word confirms ("Delete …") is kept', () => {
  const destructive = { readOnlyHint: false, destructiveHint: true };
  check([
    // (Its text also speaks of a "read-only" template, which once let the milder name win.)
    ['an archive the description calls a delete', tool('templates_archive', 'Delete a gate template. Soft-deletes (archives) a customer template. Returns 409 if the id names a read-only built-in template.', { id: { type: 'string' } }, destructive), GENERIC, 'destructive', 'critical'],
    ['the same in another style', tool('archiveWorkflow', 'Remove a workflow. Read-only system workflows cannot be archived.', { id: { type: 'string' } }, destructive), GENERIC, 'destructive', 'critical'],
    ['negative: a hint the description does not confirm', tool('templates_archive', 'Archive a template; it can be restored later.', { id: { type: 'string' } }, destructive), GENERIC, 'write', undefined],
    ['negative: an endpoint\'s DELETE method is not the action', tool('remove_ticket_tags', 'DELETE /api/tickets/{ticket_id}/tags — Remove specific tags from a ticket. Only the specified tags are removed.', { ticket_id: { type: 'string' }, names: { type: 'array' } }, destructive), GENERIC, 'write', undefined],
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

describe('a stop or restart whose description says it wipes state or cannot be undone is destructive', () => {
  check([
    ['a hard restart that wipes goals and decisions', tool('restart_room', 'Hard stop — wipes goals, decisions and escalations and restarts the room.', { roomId: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['a stop that cannot be undone, in another style', tool('stopSession', 'Stops a running session and terminates its processes. This action cannot be undone.', { sessionId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a plain restart', tool('restart_service', 'Restart the service.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a stop that keeps the state', tool('stop_container', 'Stop a running container; it can be started again.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
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

describe('resetting a system or its state throws away what it held: destructive, as resetting a database is', () => {
  check([
    ['a system reset', tool('system_reset', 'Reset system state.', { component: { type: 'string' }, confirm: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a password reset issues a new one', tool('reset_password', 'Reset a user\'s password.', { userId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a restore the description says is from a backup or a snapshot puts it back over what came after (destructive)', () => {
  check([
    ['a droplet restored from a backup', tool('restore-droplet', 'Restore a droplet from a backup/snapshot', { ID: { type: 'number' }, ImageID: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a file restored from the trash', tool('restore_file', 'Restore a file from the trash.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('destructiveHint: true and a description sentence saying what the call wipes ("This deletes all …") agree: destructive', () => {
  check([
    ['AI removed from a column, its recipes deleted', tool('remove_ai_from_column', 'Remove AI from a column on a board. This deletes all AI automation recipes associated with the column. The column itself is not deleted.', { columnId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same hint on a plain removal from a column', tool('remove_label_from_column', 'Remove a label from a column on a board.', { columnId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('writing content to a file at a path the caller names replaces whatever file is there: destructive, as dev\'s write_file is', () => {
  check([
    ['a file written', tool('fast_write_file', 'Writes or modifies a file', { path: { type: 'string' }, content: { type: 'string' }, append: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['a theme file written at a relative path', tool('respira_write_theme_file', 'Replace (or create) a theme stylesheet on disk with the given content. Path is relative to wp-content/themes.', { relative_path: { type: 'string' }, content: { type: 'string' }, site_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: files written into a sandbox in a batch', tool('bash_sandbox_write_files', 'Write multiple files to the persistent isolated environment at once.', { files: { type: 'array' } }), GENERIC, 'write', 'medium'],
    ['negative: a note written', tool('write_note', 'Write a new note.', { title: { type: 'string' }, content: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('an `operation_type` or `action_type` that picks each operation of a batch offers its operations, as `operation` does: the most dangerous one decides', () => {
  const ops = (names: string[]) => ({ operations: { type: 'array', items: { anyOf: names.map((n) => ({ type: 'object', properties: { operation_type: { type: 'string', const: n } } })) } } });
  check([
    ['a document edited by operations, one of them deleting blocks', tool('update_doc', 'Update an existing document with an ordered operations array.', { doc_id: { type: 'string' }, ...ops(['set_name', 'add_markdown_content', 'update_block', 'delete_blocks']) }), GENERIC, 'destructive', 'critical'],
    ['negative: operations that only add and rename', tool('update_doc', 'Update an existing document with an ordered operations array.', { doc_id: { type: 'string' }, ...ops(['set_name', 'add_markdown_content', 'update_block']) }), GENERIC, 'write', 'medium'],
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

describe('a name\'s "item" is what the description says it is: a task or a project removed from the app is deleted (destructive); an item taken out of a cart or a list stays write', () => {
  check([
    ['a task or project removed', tool('remove_item', 'Remove a task or project from OmniFocus', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: an item removed from a cart', tool('remove_item', 'Remove an item from the shopping cart.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an archive the description calls a trashing ("Archive (trash) a document") deletes, as moving a file to the trash does; an archive that hides a thing stays a write', () => {
  check([
    ['a document archived to the trash', tool('archiveDocument', 'Archive (trash) a Linear document', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a message archived out of the inbox', tool('archiveMessage', 'Archive a message (remove from inbox)', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a write whose description has a sentence of its own saying what it destroys ("Drops the _version column and its trigger") is destructive; a cache purged on the way is not', () => {
  check([
    ['versioning disabled, its column dropped', tool('mysql_disable_versioning', 'Disable optimistic concurrency control on a table. Drops the _version column and its trigger.', { table: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a website cache cleared, the CDN\'s purged too', tool('clearWebsiteCache', 'Clear the website cache. Also purges the CDN cache when CDN is enabled.', { domain: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an archive the description calls irreversible ("archived flags cannot be easily restored") is for good: destructive, as an archive to the trash is', () => {
  check([
    ['flags archived for good', tool('archive_flags_bulk', 'ARCHIVE multiple flags in single batch operation. IRREVERSIBLE operation - archived flags cannot be easily restored.', { flag_keys: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a project archived', tool('archive_project', 'Archive a project. It can be restored from the archive later.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a switch that deletes what the tool works on (`deleteItems` on an ungroup, `delete_extra` on a sync, a `reset` that says "delete existing") makes a write destructive, as `truncate` or `deleteExisting` do; a switch that tidies output, a field or a cache does not', () => {
  check([
    ['a group ungrouped with its items deleted', tool('ungroup-items', 'Ungroup a specific group on a board', { groupId: { type: 'string' }, deleteItems: { type: 'boolean', description: 'Indicates whether the items should be removed. By default, false.' } }), GENERIC, 'destructive', 'critical'],
    ['a sync that deletes extra files', tool('fast_sync_directories', 'Synchronize two directories', { source: { type: 'string' }, target: { type: 'string' }, delete_extra: { type: 'boolean', description: 'Delete files that only exist in the target' } }), GENERIC, 'destructive', 'critical'],
    ['a page\'s content replaced with a switch that permits deletion of existing child pages', tool('update-page-markdown', "Update a page's content as Markdown.", { page_id: { type: 'string' }, replace_content: { type: 'object', properties: { new_str: { type: 'string' }, allow_deleting_content: { type: 'boolean', description: 'Permit deletion of existing child pages/databases that are no longer present in the new content.' } } } }), GENERIC, 'destructive', 'critical'],
    ['a database initialised with a switch that deletes the existing one', tool('agentdb_init', 'Initialize the database with schema and optimizations.', { db_path: { type: 'string' }, reset: { type: 'boolean', description: 'Reset database (delete existing)' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a form field filled after clearing its text', tool('form_input_fill', 'Fill out an input field', { selector: { type: 'string' }, value: { type: 'string' }, clear: { type: 'boolean', description: 'Whether to clear existing text before filling' } }), GENERIC, 'execute', 'high'],
    ['negative: a setting changed with the cache cleared', tool('set-market-type', 'Set the market type', { type: { type: 'string' }, clearCache: { type: 'boolean', description: 'Clear exchange cache to apply changes immediately' } }), GENERIC, 'write', 'medium'],
    ['negative: a file moved from its parents', tool('move_file', 'Move a file to a folder', { fileId: { type: 'string' }, removeFromParents: { type: 'boolean' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a batch of requests whose text documents their methods sends each of them: the worst method it offers', () => {
  check([
    ['a batch whose documented methods include DELETE', tool('graph-batch', "Combine up to 20 Graph requests into a single HTTP call. Body: { requests: [{ id: '1', method: 'GET'|'POST'|'PATCH'|'DELETE', url: '/me/messages' }] }.", { body: { type: 'object' } }), GENERIC, 'destructive', 'critical'],
    ['a batch that documents only reads and posts', tool('api_batch', 'Send several API requests at once. Each item: method: GET | POST, path.', { items: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a record with a method field is described, not sent', tool('list_routes', 'List the routes of the gateway. Each route has method: GET|POST|DELETE and a path.', {}), GENERIC, 'read', undefined],
  ]);
});

describe('a cancel that says it deletes the scheduled message or its draft destroys it: destructive', () => {
  check([
    ['a scheduled email cancelled by deleting it', tool('cancelScheduledEmail', 'Cancel a scheduled email message. Post the messageId for the API to delete a scheduled email message.', { messageId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a scheduled send whose draft is deleted', tool('cancel_scheduled', 'Cancel a scheduled email. Removes it from the queue and deletes the associated draft.', { schedule_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a broadcast cancelled without removing it', tool('cancel_broadcast', 'Cancel a queued or scheduled broadcast without removing it, so it can be edited and sent again.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a workflow aborted that removes its state file', tool('autopilot_abort', 'Abort the current workflow and clean up its state. This will remove the workflow state file but will not delete the git branch.', {}), GENERIC, 'write', 'medium'],
    ['negative: a scheduled message cancelled, nothing said of deleting it', tool('cancel_scheduled_message', 'Cancel a scheduled message before it is sent.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a cancel of a run, a job or a queued build that the server itself marks destructiveHint: true ends it for good: destructive; without the hint, or on a stop or an abort, it stays a write', () => {
  check([
    ['a run cancelled, marked destructive', tool('cancel_run', 'Cancel a run. The run ID is the ID of the run that was triggered.', { runId: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['a queued build cancelled, marked destructive', tool('jenkins_cancel_queue', 'Cancel a queued build by queue ID', { queueId: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same cancel with no hint', tool('cancel_run', 'Cancel a run.', { runId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['a job cancelled through its DELETE endpoint, marked destructive', tool('cancel_job', 'DELETE /api/jobs/{id} — Cancel a job by ID. Changes already applied will not be reverted.', { id: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: a run aborted, marked destructive', tool('abort-actor-run', 'Abort an Actor run that is currently starting or running.', { runId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'write', 'medium'],
  ]);
});

describe('resetting what a system has learned (its intelligence, its training, its knowledge) wipes it: destructive', () => {
  check([
    ['a learning state reset', tool('hooks_intelligence-reset', 'Reset intelligence learning state.', {}), GENERIC, 'destructive', 'critical'],
    ['a knowledge base reset', tool('reset_knowledge', 'Reset the knowledge the agent has accumulated.', {}), GENERIC, 'destructive', 'critical'],
    ['negative: a counter reset', tool('autopilot_reset', 'Reset the autopilot iteration counter and timer.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('an SQL file or a database dump imported into a database runs its statements over what is there, dropping and replacing the tables it holds: destructive', () => {
  check([
    ['an SQL file imported into MySQL', tool('db_import', 'Imports SQL file into a MySQL database', { database: { type: 'string' }, inputPath: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a dump restored into a database', tool('restore_dump', 'Restore a database dump into the given Postgres database.', { file: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: rows imported from a CSV file', tool('import_csv', 'Import rows from a CSV file into a table of the database.', { file: { type: 'string' }, table: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a public or sharing link deleted is gone: the address people were given stops working, and a new link gets a new one: destructive', () => {
  check([
    ['a dashboard\'s public link deleted', tool('delete_dashboard_public_link', 'Remove the public sharing link for a dashboard', { dashboard_id: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a link between two issues deleted is re-addable', tool('delete_issue_link', 'Delete the link between two issues.', { linkId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a clear whose text says it clears the data an app holds ("Clear app data") destroys it, whatever the name calls it', () => {
  check([
    ['an app\'s state cleared, said to clear its data', tool('clear_state', 'Clear app data (Android) or reset permissions (iOS).', { appId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a selection cleared', tool('clear_selection', 'Clear the current selection on the canvas.', {}), GENERIC, 'write', undefined],
  ]);
});

describe('a bare association deleted (a CRM\'s relationship type between record types, not a link between two records) is a record of its own: deleting it deletes every relation made with it: destructive', () => {
  check([
    ['an association deleted by its id, behind the server\'s prefix', tool('crm_delete_association', 'Delete an association.', { associationId: { type: 'string' } }), server('0nmcp', ['crm_create_association', 'crm_get_association', 'crm_delete_association']), 'destructive', 'critical'],
    ['negative: the association between two records removed', tool('delete_association', 'Delete the association between a contact and a deal.', { contactId: { type: 'string' }, dealId: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a contact\'s associations deleted', tool('delete_contact_associations', 'Remove the associations of a contact.', { contactId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('all the data of a table replaced (its rows or records swapped for new content) wipes the rows it held, an overwrite of all: destructive', () => {
  check([
    ['a table\'s data replaced from a CSV', tool('replace_table_csv', 'Replace all data in a table with new CSV content.', { table_id: { type: 'number' }, csv_content: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a dataset\'s records replaced', tool('replace_dataset', 'Replaces all the records of the dataset with the rows given.', { dataset_id: { type: 'string' }, rows: { type: 'array', items: { type: 'object' } } }), GENERIC, 'destructive', 'critical'],
    ['negative: rows appended to a table', tool('append_table_csv', 'Append CSV rows to a table.', { table_id: { type: 'number' }, csv_content: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: all matching text replaced in slides', tool('replaceAllTextInSlides', 'Replace all matching text in a presentation.', { presentationId: { type: 'string' }, find: { type: 'string' }, replace: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a text that lists DELETE among the values a call sets, in capitals as an enum is written ("conversationStatus: ACTIVE, ARCHIVE, DELETE"), offers deletion, the worst of what it does: destructive', () => {
  check([
    ['a status set to one of ACTIVE, ARCHIVE, DELETE', tool('update_conversation', 'Update a single conversation (conversationStatus: ACTIVE, ARCHIVE, DELETE; or read flag).', { conversationId: { type: 'string' }, conversationStatus: { type: 'string', description: 'The updated status: ACTIVE, ARCHIVE, DELETE' } }), GENERIC, 'destructive', 'critical'],
    ['memory operations decided and done', tool('extract_and_operate_memory', 'Extract facts from an interaction and process them to determine memory operations (ADD, UPDATE, DELETE, NONE) in one step.', { interaction: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a listing filtered by those statuses', tool('get_conversations', 'Get conversations, filtered by status (ACTIVE, ARCHIVE, DELETE).', { status: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: HTTP methods a function answers', tool('create_function', 'Create a serverless function answering one of (DELETE, GET, PATCH, POST, PUT).', { name: { type: 'string' }, method: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an enum of operations grouped in families, the family named first (`models_list`, `models_remove`; `workflow_run`), offers each family\'s operations: the worst counts', () => {
  const action = (values: string[]) => ({ action: { type: 'string', enum: values, description: 'Which operation to perform.' } });
  check([
    ['model files removed among a CLI\'s families', tool('studio_cli', 'Drive the studio CLI for the selected environment.', action(['status', 'server_start', 'server_stop', 'models_list', 'models_remove', 'skills_list'])), GENERIC, 'destructive', 'critical'],
    ['a workflow run among the families', tool('studio_cli', 'Drive the studio CLI for the selected environment.', action(['status', 'workflow_validate', 'workflow_run', 'models_list', 'models_show'])), GENERIC, 'execute', undefined],
    ['negative: families that only read', tool('studio_cli', 'Drive the studio CLI for the selected environment.', action(['status', 'models_list', 'models_show', 'jobs_list'])), GENERIC, 'read', 'low'],
    ['negative: a lone two-word value is a name, not a family\'s operation', tool('market_overview', 'Market overview data.', action(['nav', 'gray_scale', 'stock_market'])), GENERIC, 'read', 'low'],
  ]);
});

describe('a job created, started or queued does what its type says: a `type` enum of operations on a tool that creates a job offers them, the worst counting', () => {
  const jobType = { type: { type: 'string', enum: ['applyMacro', 'deleteTicket', 'exportTicket', 'updateTicket'], description: 'The type of job to create' }, params: { type: 'object' } };
  check([
    ['a job created whose types include deleting tickets', tool('create_job', 'Create a new asynchronous job. Jobs run in the background for bulk ticket updates and exports.', jobType), GENERIC, 'destructive', 'critical'],
    ['negative: jobs listed by the same types', tool('list_jobs', 'List jobs, optionally filtered by type.', jobType), GENERIC, 'read', undefined],
    ['negative: a record\'s type on a tool that creates no job', tool('create_event', 'Create an event on the calendar.', { type: { type: 'string', enum: ['deleteReminder', 'meeting'] } }), GENERIC, 'write', undefined],
  ]);
});

describe('an action parameter with no enum whose description quotes its values ("e.g., \'create\', \'list\', \'remove\', \'inspect\'") offers them as an enum would: the worst counts', () => {
  check([
    ['Docker volumes managed, removal among the quoted actions', tool('docker-volume', 'Manage Docker volumes', { action: { type: 'string', description: "Action to perform (e.g., 'create', 'list', 'remove', 'inspect')" }, volumeName: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: quoted values that only read', tool('docker-network', 'Manage Docker networks', { action: { type: 'string', description: "Action to perform (e.g., 'list', 'inspect', 'ls')" }, networkName: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: two quoted channels are no list of operations', tool('send_invoice', 'Send an invoice to the customer.', { invoiceId: { type: 'string' }, action: { type: 'string', description: "How to send it: 'sms' or 'email'" } }), GENERIC, 'write', undefined],
  ]);
});

describe('the server\'s destructiveHint agrees with a description that says what the call deletes on the way ("Soft-deletes (archives) the metric", "by deleting its children"): destructive', () => {
  check([
    ['an archive described as a soft delete, hinted destructive', tool('metrics_archive', 'Archive a metric. Soft-deletes (archives) the metric.', { id: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['a transaction unsplit by deleting its children, hinted destructive', tool('unsplit_transaction', 'Unsplit a previously split transaction by deleting its children and restoring the parent.', { transaction_id: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same archive without the hint', tool('metrics_archive', 'Archive a metric. Soft-deletes (archives) the metric.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an archive the text calls reversible, hinted destructive', tool('archive_customer', "Archive a customer. Sets their status to 'archived'; reversible by updating it back.", { id: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('a soft delete the server\'s own tools bring back (`metrics_unarchive` beside `metrics_archive`) is undone there: a write, whatever its hint', () => {
  const SHIP = (names: string[]) => server('@shipeasy/mcp', names);
  const archive = tool('metrics_archive', 'Archive a metric. Soft-deletes (archives) the metric.', { id: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true });
  check([
    ['an archive beside its unarchive tool', archive, SHIP(['metrics_archive', 'metrics_unarchive', 'metrics_list']), 'write', 'medium'],
    ['an experiment archived beside its restore tool', tool('release_experiments_archive', 'Archive an experiment. Soft-deletes the experiment.', { id: { type: 'string' } }, { destructiveHint: true }), SHIP(['release_experiments_archive', 'release_experiments_restore']), 'write', undefined],
    ['negative: the same archive where nothing restores it', archive, SHIP(['metrics_archive', 'metrics_list']), 'destructive', 'critical'],
  ]);
});

describe('a secret rotated where the server declares destructiveHint: the old secret is revoked for good, and whatever still uses it stops working: destructive; without the hint a rotation creates a credential (write, high)', () => {
  check([
    ['a webhook signing secret rotated, hinted destructive', tool('rotateWebhookSecret', 'Rotate a workspace webhook signing secret.', { webhookId: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['an API token regenerated, hinted destructive', tool('regenerate_api_token', 'Regenerate (rotate) an API token by ID.', { tokenId: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: an API key rotated, not hinted', tool('rotate_api_key', 'Rotate an API key.', { keyId: { type: 'string' } }), GENERIC, 'write', 'high'],
    ['negative: sandbox credentials reset, hinted destructive', tool('reset-sandbox-credentials', 'Reset the SMTP credentials of a sandbox.', { sandboxId: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'write', 'high'],
  ]);
});

describe('a rented address released (a phone number, a reserved IP) goes back to the provider, for anyone else to take: destructive', () => {
  check([
    ['a phone number released', tool('release_phone_number', 'Release (cancel) a phone number from a location.', { phoneNumberId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a reserved IP released', tool('reserved-ip-release', 'Release a reserved IP address from the account.', { ip: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a claim on an issue released', tool('claims_release', 'Release your claim on an issue so another agent can take it.', { issueId: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a savepoint released', tool('transaction_release', 'Release a transaction savepoint.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a reset or a clean whose description says data or changes "will be lost" says what it destroys: destructive, critical', () => {
  check([
    ['a development branch reset, its untracked data lost', tool('reset_branch', 'Resets migrations of a development branch. Any untracked data or schema changes will be lost.', { branch_id: { type: 'string' }, migration_version: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: a branch rebased from its parent, nothing said lost', tool('rebase_branch', 'Rebases a development branch on production, applying newer migrations.', { branch_id: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', undefined],
    ['negative: a hostname reset to its default', tool('VPS_resetHostnameV1', 'Reset the hostname and PTR record of a virtual machine to the default value.', { virtualMachineId: { type: 'integer' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a garbage collection run to free up storage deletes what it collects (untagged manifests, unreferenced blobs) for good: destructive', () => {
  check([
    ['a registry garbage collection started', tool('docr-garbage-collection-start', 'Start a garbage collection for a container registry to free up storage', { RegistryName: { type: 'string' }, Type: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: the garbage collection runs listed', tool('docr-garbage-collection-list', 'List garbage collections for a container registry', { RegistryName: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a garbage collection updated to cancel it', tool('docr-garbage-collection-update', 'Update a garbage collection for a container registry (e.g., to cancel it)', { RegistryName: { type: 'string' }, Cancel: { type: 'boolean' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a write the description says is used to redact text ("used to redact Message `body` text") erases that text for good: destructive', () => {
  check([
    ['a message update used to redact its body', tool('TwilioApiV2010--UpdateMessage', 'Update a Message resource (used to redact Message `body` text and to cancel not-yet-sent messages)', { Sid: { type: 'string' }, Body: { type: 'string' }, Status: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: results sanitized to redact secrets', tool('save_results', 'Save results for the mirror. Results are sanitized server-side to redact sensitive data.', { results: { type: 'array' } }), GENERIC, 'write', undefined],
    ['negative: a message updated', tool('update_message', 'Update a message\'s text.', { id: { type: 'string' }, text: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a full replace whose text says what the request leaves out is deleted ("any variable not in the request is deleted") throws those away: destructive; tags dropped the same way are re-added at will', () => {
  check([
    ['environment variables replaced, the rest deleted', tool('hosting_replaceNode_jsEnvironmentVariablesV1', 'Replaces the website\'s Node.js environment variables with the ones provided. This is a full replace: any variable not in the request is deleted.', { env_vars: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['SSH keys updated, the rest removed', tool('update-ssh-keys', 'Set the account\'s SSH public keys. Keys not present in the request are removed.', { keys: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a ticket\'s tags replaced', tool('set_ticket_tags', 'Replace the tags on a ticket. Tags not included in the request are removed.', { ticket_id: { type: 'number' }, tags: { type: 'array' } }), GENERIC, 'write', undefined],
  ]);
});

describe('rolling back a schema migration runs its down step, which drops the tables and columns it added with their data: destructive; rolling back a transaction only undoes uncommitted statements', () => {
  check([
    ['a migration rolled back', tool('rollback_migration', 'Roll back a migration if it is reversible. Only the most recent migration can be rolled back.', { database_id: { type: 'string' }, migration_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a transaction rolled back', tool('rollback_transaction', 'Roll back the current transaction.', { transaction_id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('updating the schema of a database or a data source (its `properties`) under a destructive hint can remove a property and its values across every entry: destructive', () => {
  check([
    ['a data source\'s schema updated, hinted destructive', tool('API-update-a-data-source', 'Notion | Update a data source', { data_source_id: { type: 'string' }, title: { type: 'array' }, properties: { type: 'object' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same update, no hint', tool('API-update-a-data-source', 'Notion | Update a data source', { data_source_id: { type: 'string' }, title: { type: 'array' }, properties: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a page\'s properties updated, hinted destructive', tool('API-patch-page', 'Notion | Update page properties', { page_id: { type: 'string' }, properties: { type: 'object' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('an action the description defines by its verb ("- **dismiss**: Delete a notification") does what the definition says, where that is graver than its name: here a deletion', () => {
  check([
    ['notifications managed, dismiss defined as a delete', tool('action_notification', 'Manage notifications.\n\n**Actions:**\n- **mark_read**: Mark a specific notification as read\n- **dismiss**: Delete a notification (requires "id", must be read first)\n- **dismiss_all_read**: Delete all read notifications', { action: { type: 'string', enum: ['mark_read', 'mark_all_read', 'dismiss', 'dismiss_all_read'] }, id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: dismiss defined as hiding', tool('action_notification', 'Manage notifications.\n- **mark_read**: Mark a notification as read\n- **dismiss**: Hide a notification from the inbox', { action: { type: 'string', enum: ['mark_read', 'dismiss'] }, id: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a reset of a token or a key that its text says invalidates the old one ("The previous token is invalidated"), declared destructive, is a rotation: the old secret is revoked for good', () => {
  check([
    ['an API token reset, the previous one invalidated', tool('reset-api-token', 'Reset (rotate) an API token by ID. The response includes the **new** secret `token` value — returned only on this call, so store it immediately. The previous token is invalidated.', { api_token_id: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: a reset that does not say the old one stops working', tool('reset-sandbox-credentials', 'Reset the SMTP credentials for a sandbox', { sandbox_id: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
    ['negative: the same reset not declared destructive', tool('reset-api-token', 'Reset an API token by ID. The previous token is invalidated.', { api_token_id: { type: 'number' } }), GENERIC, 'write', undefined],
  ]);
});

describe('cancelling a submitted document (an order, an invoice in an ERP), declared destructive, closes it for good: what replaces it is a new, amended one', () => {
  check([
    ['a submitted ERPNext document cancelled', tool('erpnext_doc_cancel', 'Cancel any ERPNext submitted document (changes status to Cancelled). Applies to submittable DocTypes like Sales Order, Purchase Order, Sales Invoice, etc.', { doctype: { type: 'string' }, name: { type: 'string' } }, { destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: a submitted document cancelled, not declared destructive', tool('doc_cancel', 'Cancel a submitted document.', { name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a scheduled campaign cancelled back to a draft, declared destructive', tool('cancel-email-campaign', 'Cancel a `scheduled` email campaign, returning it to `draft`; only `scheduled` campaigns can be cancelled.', { campaign_id: { type: 'number' } }, { destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('redactions applied ("Apply redactions to a document. Replaces PII") or a user\'s anonymisation scheduled replace the personal data for good: destructive; checking whether a user can be anonymised, or the redaction status, is a read', () => {
  check([
    ['redactions applied', tool('ocr_redact_apply', '[ACTION] Apply redactions to a document. Replaces PII in OCR text, chunks, and embeddings.', { documentId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a user\'s anonymisation scheduled', tool('schedule_user_anonymization', 'Schedule a user anonymization process in the instance. Requires system admin permission.', { userKey: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: whether a user can be anonymised', tool('validate_user_anonymization', 'Validate whether a user can be anonymized in the instance', { userKey: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a tool whose name and text state no act at all, but whose description warns it is destructive ("DESTRUCTIVE: trains the filter account-wide"), is taken at its word: destructive; a text that says it only reads, or no warning, leaves it a read', () => {
  check([
    ['the text warns it is destructive', tool('mail_spam', 'Report a mail thread as spam, or un-spam it. DESTRUCTIVE: trains the filter account-wide, hiding later mail from that sender.', { threadId: { type: 'string' }, spam: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: no warning', tool('mail_spam', 'Report a mail thread as spam, or un-spam it.', { threadId: { type: 'string' } }), GENERIC, 'read', undefined],
    ['negative: a read-only check of what would be destructive', tool('risk_check', 'Read-only: says whether the planned change is destructive: before you run it.', { plan: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('closing or shutting down anything, or stopping a session, whose text says the processes in it are terminated or killed ("Close a pane, terminating its shell", "terminate all workers", "then TERM, then KILL") loses what they were doing: destructive; a dev server or containers stopped are started again as they were', () => {
  check([
    ['a pane closed with its shell', tool('close_pane', 'Close a pane, terminating its shell.', { paneId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a swarm shut down with its workers', tool('hive_shutdown', 'Shutdown the hive and terminate all workers.', { graceful: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['a session closed, its command killed', tool('close-session', 'Close a named session. A background session\'s command is signalled on the host (INT, then TERM, then KILL) before its channel is dropped.', { name: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a dev server stopped with SIGTERM', tool('devserver_stop', 'Stops a running development server that was started with devserver_start. Sends SIGTERM to the process.', { project: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('closing a terminal or a PTY session ends the processes running in it, and what they were doing is lost: destructive', () => {
  check([
    ['a terminal closed', tool('terminal_close', 'Close terminal session', { terminal_id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a sandbox PTY closed', tool('sandbox_pty_close', 'Close a PTY session in the sandbox.', { sessionId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a browser session closed', tool('close_session', 'Closes the current browser session.', {}), GENERIC, 'write', undefined],
    ['negative: a terminal\'s output read', tool('terminal_read', 'Read the output of a terminal session.', { terminal_id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a removal the text says is made to the current session only ("from current session (not persisted)") deletes nothing stored: a write, low', () => {
  check([
    ['a server removed from the session', tool('servers_remove', 'Deletes a server from current session (not persisted)', { id: { type: 'string' } }), GENERIC, 'write', 'low'],
    ['negative: a server registered for the session', tool('servers_add', 'Register a server for current session (not persisted)', { id: { type: 'string' }, url: { type: 'string' }, token: { type: 'string' } }), GENERIC, 'write', 'medium'],
    ['negative: a server removed for good', tool('servers_remove', 'Deletes a server.', { id: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a tool the server marks destructive whose text says it may kill the program it is attached to ("With terminateDebuggee=true it may also terminate a live target process") destroys that process\'s state (destructive, critical)', () => {
  const DAP = server('qwen-dap-mcp', ['debug_disconnect', 'debug_attach', 'debug_pause']);
  check([
    ['a debug session ended that may kill its target', tool('debug_disconnect', 'End the active DAP session and stop its local adapter process. With terminateDebuggee=true it may also terminate a live target process.', { terminateDebuggee: { type: 'boolean' } }, { destructiveHint: true, readOnlyHint: false }), DAP, 'destructive', 'critical'],
    ['negative: the same without the server\'s mark', tool('debug_disconnect', 'End the active DAP session and stop its local adapter process. With terminateDebuggee=true it may also terminate a live target process.', { terminateDebuggee: { type: 'boolean' } }), DAP, 'write', undefined],
    ['negative: a session ended', tool('disconnect', 'End the active session.', {}, { destructiveHint: true, readOnlyHint: false }), GENERIC, 'write', undefined],
  ]);
});

describe('a saved database connection removed is a stored profile deleted, with its credentials, not a link between two things taken off (destructive, critical)', () => {
  check([
    ['a database connection removed from a client', tool('dbx_remove_connection', 'Remove a database connection from DBX', { connectionId: { type: 'string' } }), server('dbx-mcp-server', ['dbx_list_connections', 'dbx_remove_connection', 'dbx_execute_query']), 'destructive', 'critical'],
    ['negative: a connection between two nodes removed', tool('remove_connection', 'Remove the connection between two nodes of the workflow.', { from: { type: 'string' }, to: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('cancelling a booking on a server that also bills (a business suite with invoices beside its bookings) still ends the booking for the customer, who is told: destructive, critical; only a cancel whose own text speaks of money is left to the money rules', () => {
  const SUITE = server('business-suite-mcp', ['invoice_list', 'invoice_create', 'invoice_send', 'payment_record', 'booking_create', 'booking_cancel']);
  check([
    ['a booking cancelled beside invoices', tool('booking_cancel', 'Cancel an existing booking by its ID.', { booking_id: { type: 'string' } }), SUITE, 'destructive', 'critical'],
    ['an appointment cancelled beside invoices', tool('cancel_appointment', 'Cancel a customer appointment.', { id: { type: 'string' } }), SUITE, 'destructive', 'critical'],
    ['negative: an invoice cancelled there', tool('invoice_cancel', 'Cancel an invoice.', { id: { type: 'string' } }), SUITE, 'financial', undefined],
  ]);
});

describe('a tool whose description says it empties or recreates the folder it writes into ("completely recreates outputDir") loses whatever the caller points it at: destructive, critical, even when its own act is a read; a folder it only writes files into is not', () => {
  check([
    ['an output folder recreated by a decompile', tool('decompile_apk', 'Disassemble an Android APK into decoded files. Reads apkPath without mutating the source APK, but completely recreates outputDir.', { apkPath: { type: 'string' }, outputDir: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['an output folder cleared before a conversion', tool('convert_docs', 'Convert the documents to HTML. Clears the output folder first.', { outputDir: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: files written into an output folder', tool('export_pages', 'Export the pages as HTML files into the output folder.', { outputDir: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('refreshing a sandbox that its description says is re-copied from production or reset replaces whatever was built or tested in it: destructive, critical; a sandbox\'s status refreshed is not', () => {
  check([
    ['a sandbox refreshed from production', tool('sf_refresh_sandbox', 'Refreshes an existing sandbox org by re-copying it from production. Refreshing resets the sandbox to the current state of the production org.', { sandboxName: { type: 'string' } }), server('salesforce-metadata-mcp', ['sf_create_sandbox', 'sf_refresh_sandbox', 'sf_list_sandboxes']), 'destructive', 'critical'],
    ['negative: a sandbox\'s status refreshed', tool('refresh_sandbox_status', 'Refresh the cached status of a sandbox.', { sandboxName: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('on a telephony or messaging server, stopping or ending live calls hangs them up, and a call ended cannot be picked up again: destructive, critical; a recording stopped or a call\'s transcript read is not', () => {
  const VOICE = server('Bland AI voice calls, SMS and pathways (bland-cli)', ['bland_call_send', 'bland_call_stop', 'bland_call_stop_all', 'bland_call_recording_stop']);
  check([
    ['every active call stopped', tool('bland_call_stop_all', 'Stop all currently active calls at once.', {}), VOICE, 'destructive', 'critical'],
    ['one call ended', tool('end_call', 'End an active phone call.', { call_id: { type: 'string' } }), VOICE, 'destructive', 'critical'],
    ['negative: a call recording stopped', tool('bland_call_recording_stop', 'Stop recording an active call.', { call_id: { type: 'string' } }), VOICE, 'write', undefined],
  ]);
});

describe('stopping or ending a process picked by its PID ("Stop a running process by PID") kills whatever process that is, as `kill_process` does; a process the tool names as its own is only stopped', () => {
  check([
    ['a process ended by PID', tool('end_process', 'Stop a running process by PID', { pid: { type: 'number' } }), GENERIC, 'destructive', 'critical'],
    ['a process stopped with a pid parameter', tool('stop_process', 'Stops the given process.', { pid: { type: 'integer' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a port-forward process stopped', tool('stop_port_forward', 'Stops a running port-forward process.', { id: { type: 'string' } }), GENERIC, 'write', 'medium'],
  ]);
});

describe('a switch that confirms or allows data loss (`confirmDataLoss`, `allowDataLoss`) says the call can lose data once it is set: a write with it is destructive', () => {
  check([
    ['a schema patched with a data-loss confirmation', tool('update_type', 'Patch the latest revision of a workspace type: its fields, badges and formulas.', { templateName: { type: 'string' }, changes: { type: 'object' }, confirmDataLoss: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a schema patched', tool('update_type', 'Patch the latest revision of a workspace type: its fields, badges and formulas.', { templateName: { type: 'string' }, changes: { type: 'object' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a command the tool runs with `--force` ("runs `jhipster jdl <file> --force`") overwrites what is there without asking: a write becomes destructive', () => {
  check([
    ['a JDL applied with a forced generator run', tool('import_jdl', 'Writes the provided JDL into the project directory and runs `jhipster jdl <file> --force --skip-git` to apply it.', { workingDirectory: { type: 'string' }, jdl: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['an app scaffolded by running a forced command', tool('create_app', 'Scaffolds a new application by running `gen app --force` in the target directory.', { workingDirectory: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: the same generator run without --force', tool('import_jdl', 'Writes the provided JDL into the project directory and runs `jhipster jdl <file> --skip-git` to apply it.', { workingDirectory: { type: 'string' }, jdl: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a restore the description says is from a backup, however it qualifies it ("from the most recent cloud backup"), replaces what is there now: destructive', () => {
  check([
    ['a local database restored from the latest cloud backup', tool('cello_restore', 'Restore the local CELLO database from the most recent cloud backup. Replaces the local database file only after checksum verification passes.', {}), GENERIC, 'destructive', 'critical'],
    ['negative: a document\'s earlier revision restored', tool('restore_revision', 'Restore an earlier revision of the document; the current one stays in its history.', { revisionId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a merge that says it then deletes or trashes its sources ("moves formats from source books into a target … then trashes the sources") destroys them: destructive, as "the source is deleted" is', () => {
  check([
    ['duplicate books merged, the sources trashed', tool('calibre_merge_books', 'Merge duplicate book records: moves formats from source books into a target, merges metadata, then trashes the sources.', { targetId: { type: 'number' }, sourceIds: { type: 'array' } }), GENERIC, 'destructive', 'critical'],
    ['negative: cells merged', tool('merge_cells', 'Merge a range of cells in a sheet.', { range: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a tool that changes a record\'s state, whose state offers deletion (`estimate_change_state`, state: [finalized, deleted, canceled]), can delete it: destructive; a journal created with a status among others is not a state change', () => {
  check([
    ['an estimate\'s state changed, deleted among the states', tool('estimate_change_state', 'Change the state of an estimate (finalize, accept, refuse, cancel, delete)', { id: { type: 'number' }, state: { type: 'string', enum: ['finalized', 'deleted', 'accept', 'refuse', 'canceled'] } }), server('invoiceexpress-mcp', ['estimate_get', 'estimate_list', 'estimate_change_state']), 'destructive', 'critical'],
    ['negative: a manual journal created with a status', tool('create-manual-journal', 'Create a manual journal.', { narration: { type: 'string' }, status: { type: 'string', enum: ['DRAFT', 'POSTED', 'DELETED', 'VOIDED'] } }), GENERIC, 'write', undefined],
  ]);
});

describe('Redis commands say what they do: `lpop`, `rpop`, `srem`, `hdel` take values out of the store for good (destructive), `incr`, `mset`, `lpush` write, `mget`, `hgetall`, `lrange` read; before a list or set command, `list` and `set` name the data type', () => {
  const REDIS = server('redis-mcp', ['string_get', 'string_incr', 'hash_mset', 'list_lpush', 'list_lpop', 'list_range', 'set_add', 'set_members']);
  check([
    ['an element popped from a list', tool('list_lpop', '左侧弹出列表', { key: { type: 'string' }, count: { type: 'number' } }), REDIS, 'destructive', 'critical'],
    ['a value pushed onto a list', tool('list_lpush', '左侧推入列表', { key: { type: 'string' }, values: { type: 'array' } }), REDIS, 'write', undefined],
    ['a counter incremented', tool('string_incr', '递增数值', { key: { type: 'string' }, increment: { type: 'number' } }), REDIS, 'write', undefined],
    ['hash fields set together', tool('hash_mset', '批量设置哈希字段', { key: { type: 'string' }, fieldValues: { type: 'object' } }), REDIS, 'write', undefined],
    ['negative: values of several keys read', tool('string_mget', '批量获取键值', { keys: { type: 'array' } }), REDIS, 'read', undefined],
    ['negative: the items of a to-do list read', tool('list_items', 'List the items of a to-do list.', { list_id: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('rebuilding a database service (Dokploy\'s `mysql-rebuild`, "Rebuilds a MySQL database": its volumes deleted and the service started again, which Dokploy puts in its danger zone) empties it, destructive, as rebuilding a machine replaces its disk; rebuilding its indexes or reinstalling it keeps the data', () => {
  check([
    ['a MySQL database rebuilt', tool('mysql-rebuild', 'Rebuilds a MySQL database in Dokploy.', { mysqlId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a Redis service rebuilt, named only by its engine', tool('redis-rebuild', 'POST /redis.rebuild', { redisId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a database\'s indexes rebuilt', tool('postgres_reindex', 'Rebuild PostgreSQL indexes to improve performance and reclaim space.', { index_name: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a search index rebuilt', tool('rebuild_search_index', 'Rebuild the search index of the database.'), GENERIC, 'write', undefined],
  ]);
});

describe('an operation named for its route (`download-client-delete-api-v1-downloadclient-bulk`, `search-post-api-v1-search`, as an SDK generated from an OpenAPI file names it): the HTTP method right before `api` is what it does, and the words before it are the route\'s tag, a kind of resource, even when one of them is a verb', () => {
  check([
    ['download clients deleted in bulk, under the tag "download client"', tool('download-client-delete-api-v1-downloadclient-bulk', '', { request: { type: 'object' } }), GENERIC, 'destructive', 'critical'],
    ['a release posted to the search route, to grab it', tool('search-post-api-v1-search', '', { request: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: a download client read by its route', tool('download-client-get-api-v1-downloadclient-id', '', { request: { type: 'object' } }), GENERIC, 'read', undefined],
    ['negative: a search with no route in its name', tool('search_releases', 'Search indexers for releases.', { query: { type: 'string' } }), GENERIC, 'read', undefined],
  ]);
});

describe('a list of files, each with the operation to do to it (`files[].action: [write, skip, delete]`, "delete: remove file from disk"), is a batch: each operation is done, so a delete among them destroys; files pushed in one commit are one commit, whose deletes git keeps in the history', () => {
  const files = (actions: string[]) => ({ type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' }, action: { type: 'string', enum: actions } } } });
  check([
    ['plugin files written or deleted on disk', tool('apply_update', 'Apply resolved plugin update files. Writes merged content to disk.', { projectPath: { type: 'string' }, files: files(['write', 'skip', 'delete']) }), GENERIC, 'destructive', 'critical'],
    ['negative: files pushed in one commit, some deleted', tool('push_files', 'Push multiple files to a GitLab project in a single commit.', { project_id: { type: 'string' }, branch: { type: 'string' }, files: files(['create', 'update', 'delete', 'move']) }), GENERIC, 'write', 'high'],
  ]);
});

describe('a reset of what was recorded (a request journal, a log, a history) throws the records away: destructive; a reset of a counter\'s schedule or a password is no loss', () => {
  check([
    ['a mock API\'s request journal reset', tool('reset_request_journal', 'Resets the request journal for a mock API', { mockApiId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a build\'s log reset', tool('reset_build_logs', 'Reset the logs of a build.', { buildId: { type: 'string' } }), GENERIC, 'destructive', undefined],
    ['negative: a password reset', tool('reset_password', 'Reset a user\'s password and email them a link.', { userId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a deletion later in the description\'s first sentence, joined by "and" ("Stop the chat-log export for this session and delete its .md file"), is done too: destructive, whoever\'s the deleted thing was; a connection closed and its id revoked loses nothing stored', () => {
  check([
    ['an export stopped and its file deleted', tool('chatlog_optout', 'Stop the streaming chat-log export for this session and delete its .md file (assets are left alone).', {}), GENERIC, 'destructive', 'critical'],
    ['a sync stopped and the local copy deleted', tool('sync_optout', 'Stop syncing this workspace to the cloud and delete the local copy of its data.', {}), GENERIC, 'destructive', undefined],
    ['negative: a connection closed and its id revoked', tool('disconnect', 'Close a MongoDB connection and revoke its connectionId.', { connectionId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('an update the server declares destructive (destructiveHint: true) whose description says it replaces the whole object ("PUT semantics: this is a FULL REPLACE, not a patch", "replaces the entire configuration"): the hint and the text agree that fields left out are lost, destructive; without the hint a full replacement is an ordinary update', () => {
  const HINT = { readOnlyHint: false, destructiveHint: true, idempotentHint: true };
  check([
    ['a tag replaced whole, hinted', tool('update_entity', 'Updates a tag, trigger or variable by its API path. PUT semantics: this is a FULL REPLACE, not a patch — fetch the current resource, modify it, and send the whole object back.', { path: { type: 'string' }, body: { type: 'object' } }, HINT), GENERIC, 'destructive', 'critical'],
    ['a configuration replaced whole, hinted', tool('put_bucket_lifecycle', 'Set a bucket\'s lifecycle rules. The API replaces the entire configuration on every call.', { bucket: { type: 'string' }, rules: { type: 'array' } }, HINT), GENERIC, 'destructive', 'critical'],
    ['negative: a full replacement with no hint', tool('update_app_orchestration', 'Update an application orchestration. This is a full replacement — include all existing spec fields.', { appName: { type: 'string' }, spec: { type: 'object' } }), GENERIC, 'write', undefined],
    ['negative: an attendee list replaced, hinted', tool('update_calendar_event', 'Update a calendar event. Warning: setting attendees replaces the entire attendee list.', { eventId: { type: 'string' }, attendees: { type: 'array' } }, HINT), GENERIC, 'write', undefined],
  ]);
});

describe('a two-word name that opens with a collection\'s type and ends on an operation on its members (`set_remove`, Redis\'s SREM) acts on a set or a list: removing members loses them; `set_focus` or `list_send` are other things', () => {
  check([
    ['members removed from a set', tool('set_remove', '移除集合成员', { key: { type: 'string' }, members: { type: 'array', items: { type: 'string' } } }), GENERIC, 'destructive', 'critical'],
    ['negative: focus set on a node', tool('set_focus', 'Set focus on a specific node by selecting it and scrolling the viewport to it.', { nodeId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('writing content to a script file at a path the caller names (`write_script`: "Write content to a script file") replaces whatever script is there, as write_file does', () => {
  check([
    ['a script written to a path', tool('write_script', 'Write content to a script file.', { path: { type: 'string' }, content: { type: 'string' }, create_backup: { type: 'boolean' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a script created from a template, no content given', tool('create_script', 'Create a new script from a template.', { path: { type: 'string' }, template: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a write under the destructive hint whose description says plainly "This is irreversible." (`jira_merge_version`: its issues moved, the version merged away) destroys what it takes away: the hint and the text agree; "may be irreversible" is not that', () => {
  check([
    ['a version merged into another, irreversibly', tool('jira_merge_version', 'Merge a version into another version in the JIRA Data Center edition instance, moving all its issues to the target version. This is irreversible.', { id: { type: 'string' }, moveIssuesTo: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'destructive', 'critical'],
    ['negative: the same without the hint', tool('jira_merge_version', 'Merge a version into another version in the JIRA Data Center edition instance, moving all its issues to the target version. This is irreversible.', { id: { type: 'string' }, moveIssuesTo: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a change that may be irreversible', tool('update_label', 'Update a label. It changes remote data and may be irreversible.', { id: { type: 'string' }, name: { type: 'string' } }, { readOnlyHint: false, destructiveHint: true }), GENERIC, 'write', undefined],
  ]);
});

describe('a tag or a label removed by its own id alone (`tag-remove` with `tagId`), nothing it could be taken off named, is itself deleted; taken off a contact or a project it stays a write', () => {
  const DOKPLOY = server('Dokploy', ['tag-remove', 'tag-removeFromProject', 'project-create', 'backup-one']);
  check([
    ['a tag removed by its id', tool('tag-remove', 'POST /tag.remove', { tagId: { type: 'string' } }, { destructiveHint: true }), DOKPLOY, 'destructive', 'critical'],
    ['negative: a tag taken off a project', tool('tag-removeFromProject', 'POST /tag.removeFromProject', { projectId: { type: 'string' }, tagId: { type: 'string' } }, { destructiveHint: true }), DOKPLOY, 'write', undefined],
    ['negative: a breakpoint removed by its id', tool('removeBreakpoint', 'Remove a breakpoint.', { breakpointId: { type: 'string' } }), server('Chrome debugger', ['removeBreakpoint', 'setBreakpoint']), 'write', undefined],
  ]);
});

describe('a link deleted is a record of its own (an issue link by its id, a room\'s invitation link), unless the text says it is only the link between two things: destructive; a reaction or a star deleted stays a write', () => {
  check([
    ['an issue link deleted by its id', tool('issue_link_delete', 'Delete a single link by id with REST or command-based fallback.', { issueId: { type: 'string' }, linkId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['a template\'s direct link deleted', tool('templates-direct-link-delete', 'Delete direct link', { templateId: { type: 'number' } }), server('Documenso', ['templates-direct-link-delete', 'envelope-get', 'document-create']), 'destructive', 'critical'],
    ['negative: the link between two notes', tool('remove_note_link', 'Delete the link between two notes.', { id: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: a reaction deleted', tool('delete_issue_reaction', 'Delete an emoji reaction from an issue.', { reactionId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a firewall rule\'s action (ACCEPT, DROP) is its verdict on the traffic it matches, not an operation the call offers: a rule edited is a write (its risk is the rule\'s); an action that offers delete still destroys', () => {
  const RULE = { type: 'object', properties: { Protocol: { type: 'string' }, Port: { type: 'string' }, Action: { type: 'string', enum: ['ACCEPT', 'DROP'] } } };
  check([
    ['a firewall rule\'s description edited', tool('modify_firewall_rule_description', 'Modify the description of one firewall rule.', { InstanceId: { type: 'string' }, FirewallRule: RULE, Description: { type: 'string' } }), GENERIC, 'write', undefined],
    ['negative: an action that offers delete', tool('manage_rule', 'Manage a firewall rule.', { ruleId: { type: 'string' }, action: { type: 'string', enum: ['create', 'delete'] } }), GENERIC, 'destructive', 'critical'],
  ]);
});

describe('a one-way sync that makes the destination match the source deletes there whatever the source lacks: destructive; a copy keeps what the destination has', () => {
  check([
    ['a sync that makes the destination match', tool('sync_sync', 'Sync source to destination — Synchronises a source remote to a destination remote, making the destination match the source.', { srcFs: { type: 'string' }, dstFs: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a copy', tool('sync_copy', 'Copy source to destination — Copies objects from a source remote to a destination remote without deleting anything.', { srcFs: { type: 'string' }, dstFs: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});

describe('replacing all the entries of a data list or all the user data of a database ("Bulk replace all entries in a data list") throws away what it held: destructive, as replacing all the rows of a table is; replacing all the tags on a record stays a write', () => {
  check([
    ['all entries in a data list replaced', tool('bulk_upload_replace_data_list', 'Bulk replace all entries in a data list', { listId: { type: 'string' }, file: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['all user data in a user database replaced', tool('bulk_upload_replace_user_db', 'Bulk upload to replace all user data in a user database', { dbId: { type: 'string' }, file: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: all tags on a table replaced', tool('update_table_tag', 'Replaces all tags on a table with the list given.', { tableId: { type: 'string' }, tags: { type: 'array' } }), GENERIC, 'write', undefined],
  ]);
});

describe('a verb the description glosses as a delete in brackets ("Stop (delete) a cloud session") deletes: destructive; a stop with no such gloss stays a write', () => {
  check([
    ['a session stopped, glossed as a delete', tool('ccr_cloud_stop', 'Stop (delete) a CLOUD session and free its container.', { sessionId: { type: 'string' } }), GENERIC, 'destructive', 'critical'],
    ['negative: a session stopped', tool('stop_session', 'Stop a running session; it can be resumed later.', { sessionId: { type: 'string' } }), GENERIC, 'write', undefined],
  ]);
});
