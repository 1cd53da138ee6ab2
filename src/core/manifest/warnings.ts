// Things in a tool definition that are allowed but worth telling the user (and showing on the page).
import type { Diagnostic } from '../diagnostics.ts';
import type { ToolDefinition } from './schema.ts';

/** MCP's recommended tool-name alphabet (the SDK warns outside it rather than throwing). */
export const TOOL_NAME_PATTERN = /^[A-Za-z0-9._-]{1,128}$/;
const SHORT_DESCRIPTION = 20;
const LONG_DESCRIPTION_BYTES = 10 * 1024;

export function toolWarnings(tool: ToolDefinition, file: string, at: string): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  const warn = (path: string, message: string) => warnings.push({ severity: 'warning', file, path: `${at}${path}`, message });

  if (!TOOL_NAME_PATTERN.test(tool.name)) {
    warn('.name', `${JSON.stringify(tool.name.slice(0, 140))} is outside MCP's recommended tool names (1–128 of A–Z a–z 0–9 . _ -); some clients refuse it`);
  }
  if (tool.name === '*') warn('.name', 'a tool named "*" is Intercept\'s wildcard: its policy cannot name it on its own');
  const description = tool.description?.trim() ?? '';
  if (!description) warn('.description', 'no description: neither agents nor people can tell what the tool does');
  else if (description.length < SHORT_DESCRIPTION) warn('.description', `a very short description (${description.length} characters) says little about what the tool does`);
  else if (Buffer.byteLength(description, 'utf8') > LONG_DESCRIPTION_BYTES) {
    warn('.description', `the description is ${Math.round(Buffer.byteLength(description, 'utf8') / 1024)} KB (over 10 KB); it costs every agent context on every call`);
  }
  const schema = tool.inputSchema;
  if (schema.type === undefined && schema.properties === undefined) {
    warn('.inputSchema', 'no "type" or "properties": the tool\'s parameters are unknown, so no argument checks can be offered');
  } else if (schema.type !== undefined && schema.type !== 'object') {
    warn('.inputSchema.type', `MCP expects "object", got ${JSON.stringify(schema.type)}`);
  }
  return warnings;
}
