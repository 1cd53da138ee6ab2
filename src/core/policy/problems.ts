// What the validator reports: Intercept's own message text, under a YAML path
// (`tools.create_issue.rules[0]`) so a person can find the spot.

export interface PolicyProblem {
  severity: 'error' | 'warning';
  /** `tools.create_issue.rules[0].conditions[1]`, `hide[2]`, or '' for the whole file. */
  path: string;
  message: string;
  /** 1-based line in the file, where known. */
  line?: number;
}

export function formatProblem(p: PolicyProblem): string {
  const where = p.path ? `${p.path}: ` : '';
  const line = p.line ? ` (line ${p.line})` : '';
  return `${p.severity === 'warning' ? 'warning: ' : ''}${where}${p.message}${line}`;
}

/** `tools.<name>`: bare when the name reads unambiguously, JSON-quoted otherwise. */
export function toolPath(name: string): string {
  return /^[A-Za-z0-9_-]+$/u.test(name) ? `tools.${name}` : `tools[${JSON.stringify(name)}]`;
}
