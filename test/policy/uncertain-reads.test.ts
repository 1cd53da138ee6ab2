// A read the classifier is unsure of is not trusted by the strict and read-only presets:
// they handle it as a write (uncertain_reads in data/policy-defaults.yaml).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { LOW_CONFIDENCE } from '../../src/core/labels.ts';
import { BUILTIN_DEFAULTS, loadPolicyDefaults, planTool, serverPolicyFile, toolPolicy, validatePolicy } from '../../src/core/policy/index.ts';
import type { ClassifiedTool } from '../../src/core/model.ts';
import { server, tool } from './fixtures/servers.ts';
import { tempDir } from '../temp-dir.ts';

function withConfidence(t: ClassifiedTool, confidence: number): ClassifiedTool {
  return { ...t, classification: { ...t.classification, confidence } };
}

const unsure = withConfidence(tool('orientation', 'read', 'low', { description: 'Device orientation' }), 0.6);
const atTheLine = withConfidence(tool('list_devices', 'read', 'low', { description: 'List the devices' }), LOW_CONFIDENCE);
const sure = tool('get_device', 'read', 'low', { description: 'Get one device' });
const unsureWrite = withConfidence(tool('set_name', 'write', 'medium', { description: 'Rename a device' }), 0.5);
const devices = server('devices', { name: 'Devices' }, [unsure, atTheLine, sure, unsureWrite]);

describe('uncertain reads', () => {
  test.each([
    // preset, tool, expected placement, expected rule name (when listed)
    ['read-only', unsure, 'hide', undefined],
    ['read-only', atTheLine, 'tools', 'read limit: 60 per minute'],
    ['read-only', sure, 'tools', 'read limit: 60 per minute'],
    ['strict', unsure, 'tools', 'unsure read, write limit: 60 per hour'],
    ['strict', sure, 'tools', 'read limit: 60 per minute'],
    ['balanced', unsure, 'tools', 'read limit: 60 per minute'],
    ['read-only', unsureWrite, 'hide', undefined], // hidden as a write anyway, with no note about reads
  ] as const)('%s: %s', (preset, t, placement, ruleName) => {
    const plan = planTool(t, BUILTIN_DEFAULTS, preset);
    expect(plan.placement).toBe(placement);
    expect(plan.rules[0]?.rule.name).toBe(ruleName);
    const noted = plan.notes.some((n) => n.startsWith('Classified as a read with confidence'));
    expect(noted).toBe(t === unsure && preset !== 'balanced');
  });

  test('the note says the confidence, the line and what to do', () => {
    expect(planTool(unsure, BUILTIN_DEFAULTS, 'read-only').notes).toEqual([
      'Classified as a read with confidence 0.60, below the 0.80 this preset trusts: handled as a write tool, since such reads are the labels most often wrong. Check what it does; if it only reads, move it to a read\'s rule.',
    ]);
  });

  test('the read-only file hides it with the note, lists the sure reads, and passes Intercept\'s checks', () => {
    const text = serverPolicyFile(devices, BUILTIN_DEFAULTS, 'read-only');
    expect(validatePolicy(text)).toEqual([]);
    const file = parse(text) as { hide: string[]; tools: Record<string, unknown> };
    expect(file.hide.sort()).toEqual(['orientation', 'set_name']);
    expect(Object.keys(file.tools).sort()).toEqual(['get_device', 'list_devices']);
    expect(text).toContain('# note: Classified as a read with confidence 0.60');
  });

  test('the tool\'s own page says what the other files do with it', () => {
    expect(toolPolicy(devices, unsure, BUILTIN_DEFAULTS).notes).toContain(
      'Its read label has confidence 0.60, too low for the strict and read-only presets to trust: they handle it as a write tool (the strict file limits it to 60 calls per hour; the read-only file hides it).',
    );
    for (const t of [sure, atTheLine, unsureWrite]) expect(toolPolicy(devices, t, BUILTIN_DEFAULTS).notes.join(' ')).not.toMatch(/read label has confidence/);
  });

  test('a defaults file may leave it out, and is refused when it would handle unsure reads as reads', () => {
    const file = join(tempDir('defaults-'), 'defaults.yaml');
    /** The built-in table (JSON is YAML) with the read-only preset's uncertain_reads replaced. */
    const load = (uncertainReads: unknown) => {
      const { uncertain_reads: _dropped, ...readOnly } = BUILTIN_DEFAULTS.presets['read-only'];
      const presets = { ...BUILTIN_DEFAULTS.presets, 'read-only': uncertainReads === undefined ? readOnly : { ...readOnly, uncertain_reads: uncertainReads } };
      writeFileSync(file, JSON.stringify({ ...BUILTIN_DEFAULTS, presets }));
      return loadPolicyDefaults(file);
    };
    expect(planTool(unsure, load(undefined), 'read-only').placement).toBe('tools');
    expect(() => load({ below: 0.8, as: 'read' })).toThrow(/defaults\.yaml: presets\["read-only"\]\.uncertain_reads\.as: a read the classifier is unsure of must be handled as another category/);
    expect(() => load({ below: 1.5, as: 'write' })).toThrow(/defaults\.yaml: presets\["read-only"\]\.uncertain_reads\.below: /);
  });
});
