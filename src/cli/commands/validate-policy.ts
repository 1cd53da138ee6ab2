// `mcp-catalogue validate-policy <file>…`: Intercept's checks on policy files, without Intercept.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblem, validatePolicy } from '../../core/policy/index.ts';

const HELP = `usage: mcp-catalogue validate-policy <file>…

Checks Intercept policy files as "intercept validate" does (YAML that decodes into its
format, then every semantic rule, regexes compiled as Go RE2). Prints "file: path: message"
for each problem; exits 1 if any file has an error (warnings, such as unknown fields that
Intercept ignores, do not fail).`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`mcp-catalogue validate-policy: ${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help) { console.log(HELP); return 0; }
  if (parsed.positionals.length === 0) { console.error(HELP); return 2; }
  let failed = false;
  for (const file of parsed.positionals) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      console.error(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      failed = true;
      continue;
    }
    const problems = validatePolicy(text);
    for (const p of problems) console.log(`${file}: ${formatProblem(p)}`);
    if (problems.some((p) => p.severity === 'error')) failed = true;
    else if (problems.length === 0) console.error(`${file}: valid`);
  }
  return failed ? 1 : 0;
}
