// Problems found in input files, reported all at once as `file: path: message`.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** The file, as the user named it (relative paths stay relative). */
  file: string;
  /** Where in the file: a JSON path such as `tools[3].inputSchema`, or '' for the whole file. */
  path: string;
  /** What was expected, what was found, and the fix where there is one. */
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.file}: ${d.path}` : d.file;
  return `${d.severity === 'warning' ? 'warning: ' : ''}${where}: ${d.message}`;
}

/** `['tools', 3, 'inputSchema']` → `tools[3].inputSchema`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
