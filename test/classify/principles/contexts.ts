// The server contexts and parameters the principle tables share.
import { server } from '../table.ts';

export { server };
export const GENERIC = server('example-mcp');
export const SHOP = server('billing-mcp', ['create_invoice', 'list_payments', 'update_subscription']);
export const NOTES = server('notes-mcp', ['create_note', 'update_subscription', 'list_notes']);

export const FILTER = { type: 'object', description: 'The query filter, in the syntax of db.collection.find()' };
