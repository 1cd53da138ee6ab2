#!/usr/bin/env node
// mcp-catalogue: the command-line entry. Each subcommand lives in ./commands/<name>.ts
// and exports `run(args): Promise<number>` (the exit code); they load lazily so that
// `check` does not pay for Astro and `build` does not pay for the MCP client.

const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  ingest: { summary: 'capture a live MCP server\'s tools/list into a manifest', load: () => import('./commands/ingest.ts') },
  check: { summary: 'validate every manifest in a data folder', load: () => import('./commands/check.ts') },
  classify: { summary: 'classify the tools of manifests (table or --json)', load: () => import('./commands/classify.ts') },
  eval: { summary: 'measure the classifier against a labelled set', load: () => import('./commands/eval.ts') },
  policy: { summary: 'print the Intercept policy of a manifest or a live server', load: () => import('./commands/policy.ts') },
  'validate-policy': { summary: 'check Intercept policy files the way Intercept does', load: () => import('./commands/validate-policy.ts') },
  build: { summary: 'build the catalogue website from a data folder', load: () => import('./commands/build.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: mcp-catalogue <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun \`mcp-catalogue <command> --help\` for a command's options.`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`mcp-catalogue: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`mcp-catalogue: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
