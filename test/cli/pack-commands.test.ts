import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/clinguard.mjs', import.meta.url).pathname;
const template = new URL('../../rules/templates/hospital-pack.json', import.meta.url).pathname;
const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

function withPack(mutate: (pack: { rules: Record<string, unknown>[] }) => void): string {
  const pack = JSON.parse(readFileSync(template, 'utf8')) as { rules: Record<string, unknown>[] };
  mutate(pack);
  const file = join(mkdtempSync(join(tmpdir(), 'clinguard-')), 'pack.json');
  writeFileSync(file, JSON.stringify(pack));
  return file;
}

describe('clinguard pack', () => {
  it('validates and tests the hospital template cleanly', () => {
    expect(run(['pack', 'validate', template]).status).toBe(0);
    const tested = run(['pack', 'test', template]);
    expect(tested.stdout).toMatch(/ok, \d+ rules?, \d+ examples pass/);
    expect(tested.status).toBe(0);
  });

  it('names the path and rule of a typo and exits 1', () => {
    const file = withPack((p) => (p.rules[0]!['serverity'] = 'block'));
    const res = run(['pack', 'validate', file]);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/rules\[0\]\.serverity \(.+\): unknown field/);
  });

  it('reports a failing example under pack test', () => {
    const file = withPack((p) => {
      const examples = p.rules[0]!['examples'] as { noMatch: { lang: string; text: string }[]; match: { lang: string; text: string }[] };
      examples.noMatch.push({ lang: examples.match[0]!.lang, text: examples.match[0]!.text.replace(/\[\[|\]\]/g, '') });
    });
    const res = run(['pack', 'test', file]);
    expect(res.status).toBe(1);
    expect(res.stdout).toMatch(/examples\.noMatch\[\d+\].*should stay silent/);
  });

  it('adds a pack to a scan', () => {
    const res = spawnSync(process.execPath, [bin, 'scan', '--jsonl', '--pack', template], { input: '{"id":"1","text":"x"}\n', encoding: 'utf8' });
    expect(res.status).toBe(0);
  });

  it('exits 2 without a pack path', () => {
    expect(run(['pack', 'validate']).status).toBe(2);
  });
});
