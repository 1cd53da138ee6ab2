// Turns zod issues into diagnostics a person can act on:
// `tools[3].inputSchema: expected an object, got a string`.
import type * as z from 'zod';
import { formatPath, type Diagnostic } from '../diagnostics.ts';

/** `a string`, `an array`, `null`… for the value actually found. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? `the number ${value}` : 'a number';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
  return `a ${typeof value}`;
}

const EXPECTED_NAMES: Record<string, string> = {
  record: 'an object',
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function messageFor(issue: z.core.$ZodIssue, input: unknown): string {
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return `required, but missing`;
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeValue(found)}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling`;
    case 'invalid_union':
      return `${issue.message === 'Invalid input' ? 'does not match any accepted form' : issue.message}; got ${describeValue(found)}`;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return `must not be empty`;
      return issue.message;
    default:
      return issue.message;
  }
}

export function zodIssuesToDiagnostics(
  error: z.ZodError,
  input: unknown,
  file: string,
  pathPrefix: readonly PropertyKey[] = [],
): Diagnostic[] {
  return error.issues.map((issue) => ({
    severity: 'error',
    file,
    path: formatPath([...pathPrefix, ...issue.path]),
    message: messageFor(issue, input),
  }));
}
