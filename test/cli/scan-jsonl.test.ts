/** `clinguard scan --jsonl` against CONTRACT.md, through the built bin as a user runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../../bin/clinguard.mjs', import.meta.url).pathname;
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' });
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('clinguard scan --jsonl', () => {
  it('answers one line per input line, in order, with UTF-16 offsets', () => {
    const text = '😀😀身份证440106198512034522';
    const input = [
      { id: 'a', text, lang: 'zh', surface: 'post' },
      { id: 'b', text: 'nothing to see here', lang: 'en' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const res = run(['scan', '--jsonl'], input);
    expect(res.status).toBe(0);
    const [a, b] = lines(res.stdout);
    expect(a!.id).toBe('a');
    const finding = (a!.findings as { start: number; end: number; rule: string; category: string }[]).find((f) => f.category === 'patient-identity')!;
    expect(text.slice(finding.start, finding.end)).toBe('440106198512034522');
    expect(Object.keys(finding).sort()).toEqual(['category', 'end', 'entity', 'guidance', 'message', 'rule', 'severity', 'start']);
    expect(b).toEqual({ id: 'b', findings: [] });
  });

  it('turns bad lines into error lines, keeps going and exits 1', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"x"}\nnot json\n'),
      Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]),
      Buffer.from('{"id":"ok","text":"fine"}\n{"id":"s","text":"t","surface":"chat"}\n'),
    ]);
    const res = run(['scan', '--jsonl'], input);
    expect(res.status).toBe(1);
    expect(lines(res.stdout)).toEqual([
      { id: 'x', error: '"text" is missing' },
      { id: 2, error: expect.stringMatching(/^not valid JSON/) },
      { id: 3, error: 'line is not valid UTF-8' },
      { id: 'ok', findings: [] },
      { id: 's', error: '"surface" must be one of post, reply, dm, note, article' },
    ]);
  });

  it('reads files given as arguments, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinguard-'));
    writeFileSync(join(dir, '1.jsonl'), '{"id":"one","text":"a"}\n');
    writeFileSync(join(dir, '2.jsonl'), '{"id":"two","text":"b"}\n');
    const res = run(['scan', '--jsonl', join(dir, '1.jsonl'), join(dir, '2.jsonl')]);
    expect(lines(res.stdout).map((l) => l.id)).toEqual(['one', 'two']);
  });

  it('exits 2 on a usage error with one line on stderr', () => {
    const res = run(['scan', '--surface', 'tweet']);
    expect(res.status).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['scan', '--bogus']).status).toBe(2);
  });
});

describe('clinguard scan (plain text)', () => {
  it('shows the marked text, message and guidance in the text language', () => {
    const res = run(['scan', '--no-color'], '3床王建国，身份证440106198512034522，今天又拒绝手术。');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('⟦440106198512034522⟧');
    expect(res.stdout).toContain('依据');
    expect(res.stdout).toContain('ID-CARD-LAW-19');
  });

  it('refuses a 50 MB file with one line, not a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinguard-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    spawnSync('truncate', ['-s', '50M', big]);
    const res = run(['scan', big]);
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/^clinguard: .*larger than 8 MB\n$/);
  });

  it('refuses a file that is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clinguard-'));
    writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xc4, 0xe3, 0xba, 0xc3, 0xff]));
    const res = run(['scan', join(dir, 'gbk.txt')]);
    expect(res.stderr).toMatch(/not valid UTF-8/);
    expect(res.status).toBe(1);
  });

  it('prints help', () => {
    const res = run(['--help']);
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('clinguard scan --jsonl');
  });
});
