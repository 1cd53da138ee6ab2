// data/sources.yaml: validation messages name the file and the place, and the committed
// file and corpus agree with each other.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources, parseSources, SourcesError } from '../../src/ingest/sources.ts';
import { ServerManifestSchema } from '../../src/core/manifest/schema.ts';
import { ROOT } from './helpers.ts';

function problems(yaml: string): string[] {
  try {
    parseSources(yaml, 'sources.yaml');
  } catch (error) {
    if (error instanceof SourcesError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('parseSources', () => {
  it('accepts a minimal source and fills in defaults', () => {
    const [source] = parseSources('servers:\n  - { package: "@acme/mcp", version: 1.2.3, name: "Acme (official)" }\n', 'sources.yaml');
    expect(source).toMatchObject({ slug: 'acme-official', args: [], env: {}, files: {}, ignoreScripts: true });
  });

  it.each([
    ['a version range', 'servers:\n  - { package: pkg, version: ^1.2.0, name: P }\n',
      'sources.yaml: servers[0].version: an exact version such as "1.2.3" (no ranges or tags: captures must be reproducible)'],
    ['a misspelt field', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, envs: {} }\n',
      'sources.yaml: servers[0]: unknown field "envs": remove it or check the spelling'],
    ['a bad env name', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, env: { "API-KEY": x } }\n',
      'sources.yaml: servers[0].env["API-KEY"]: "API-KEY" is not an environment variable name (letters, digits and _, not starting with a digit)'],
    ['a file outside the scratch folder', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, files: { "../x": y } }\n',
      'sources.yaml: servers[0].files["../x"]: "../x" is not a relative path inside the scratch folder'],
    ['a missing name', 'servers:\n  - { package: pkg, version: 1.0.0 }\n',
      'sources.yaml: servers[0].name: required, but missing'],
    ['two sources with one slug', 'servers:\n  - { package: a, version: 1.0.0, name: Same }\n  - { package: b, version: 1.0.0, name: same }\n',
      'sources.yaml: servers[1]: its slug "same" is already used by servers[0]: give one of them another name or a `slug`'],
  ])('reports %s with file and path', (_what, yaml, expected) => {
    expect(problems(yaml)).toContain(expected);
  });

  it('accepts secrets used as {secret:NAME} in args and sidecar args', () => {
    const [source] = parseSources([
      'servers:',
      '  - package: pkg',
      '    version: 1.0.0',
      '    name: P',
      '    args: ["--api-key={secret:API_KEY}", "mysql://root:{secret:DB_PASSWORD}@127.0.0.1/db"]',
      '    secrets: { API_KEY: sk_test_dummy, DB_PASSWORD: dummy }',
      '    env: { DB_PASSWORD: dummy }',
      '    sidecar: { command: db, args: ["--password={secret:DB_PASSWORD}"] }',
      '',
    ].join('\n'), 'sources.yaml');
    expect(source?.secrets).toEqual({ API_KEY: 'sk_test_dummy', DB_PASSWORD: 'dummy' });
  });

  it.each([
    ['an unknown secret', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, args: [x, "--key={secret:API_KY}"], secrets: { API_KEY: dummy } }\n', [
      'sources.yaml: servers[0].args[1]: {secret:API_KY}: "P" has no secret API_KY: add it to its `secrets` with a dummy value, or fix the name',
      'sources.yaml: servers[0].secrets.API_KEY: "P" never uses this secret: put {secret:API_KEY} in its `args`, or remove it',
    ]],
    ['a secret without `secrets`', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, args: ["{secret:TOKEN}"] }\n', [
      'sources.yaml: servers[0].args[0]: {secret:TOKEN}: "P" has no secret TOKEN: add it to its `secrets` with a dummy value, or fix the name',
    ]],
    ['a secret that is also env with another value', 'servers:\n  - { package: pkg, version: 1.0.0, name: P, args: ["{secret:TOKEN}"], secrets: { TOKEN: a }, env: { TOKEN: b } }\n', [
      'sources.yaml: servers[0].secrets.TOKEN: "P" also has TOKEN in `env`, with another value: give the secret another name',
    ]],
  ])('reports %s, naming the source', (_what, yaml, expected) => {
    expect(problems(yaml)).toEqual(expected);
  });

  it('reports broken YAML', () => {
    expect(problems('servers: [\n')[0]).toMatch(/^sources\.yaml: not valid YAML: /);
  });
});

describe('the bundled corpus', () => {
  const sources = loadSources(join(ROOT, 'data/sources.yaml'));
  const dir = join(ROOT, 'data/servers');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

  it('has a valid, pretty-printed manifest for each captured source, named by its slug', () => {
    const slugs = new Set(sources.map((s) => s.slug));
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      const manifest = ServerManifestSchema.parse(JSON.parse(text));
      expect(slugs.has(file.replace(/\.json$/, '')), `${file} has no source in data/sources.yaml`).toBe(true);
      expect(text, file).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      const source = sources.find((s) => `${s.slug}.json` === file);
      expect(manifest.package, file).toEqual({ registry: 'npm', name: source?.package, version: source?.version });
      expect(manifest.name, file).toBe(source?.name);
      // Dummy values from sources.yaml never reach a manifest, only their names.
      for (const value of Object.values(source?.env ?? {})) if (value.length > 6) expect(text, file).not.toContain(`"${value}"`);
    }
  });

  it('publishes no dummy credential in a launch command', () => {
    // Values long enough to tell apart (redaction's 8 characters) of every source's secrets and of the
    // manifest's own env (but a loopback address), anywhere in an arg; its shorter secrets as a word
    // (`--token=dummy`); and the corpus's word for a dummy, but in a shop's host name and an SSH user name.
    const everySecret = sources.flatMap((s) => Object.values(s.secrets)).filter((v) => v.length >= 8);
    const notCredentials = ['dummy.myshopify.com', '--user=dummy'];
    for (const file of files) {
      const launch = ServerManifestSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))).launch;
      const source = sources.find((s) => `${s.slug}.json` === file);
      if (!launch || !('command' in launch) || !source) continue;
      const long = [...everySecret, ...Object.values(source.env).filter((v) => v.length >= 8 && !/^(?:https?:\/\/)?(?:127\.0\.0\.1|localhost)\b/.test(v))];
      const short = Object.values(source.secrets).filter((v) => v.length < 8);
      for (const arg of launch.args) {
        for (const value of long) expect(arg, `${file}: a launch arg holds a dummy value from data/sources.yaml`).not.toContain(value);
        for (const value of short) expect(arg.split(/[^\w.-]+/), `${file}: "${arg}" holds a dummy secret`).not.toContain(value);
        if (!notCredentials.includes(arg)) expect(arg, `${file}: a dummy in the launch: move it to \`secrets\``).not.toMatch(/dummy/i);
      }
    }
  });
});
