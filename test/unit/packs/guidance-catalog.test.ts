import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guidanceCatalog } from '../../../src/cli/guidance-catalog';

describe('rules/guidance.json', () => {
  const catalog = guidanceCatalog();
  const md = readFileSync(new URL('../../../../shared/guidance.md', import.meta.url), 'utf8');

  it('holds every id of guidance.md §6.3 with zh and en titles', () => {
    const ids = [...md.slice(md.indexOf('### 6.3')).matchAll(/^\| ([A-Z][A-Za-z0-9.-]+) \|/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(90);
    expect(Object.keys(catalog).sort()).toEqual([...new Set(ids)].sort());
    for (const c of Object.values(catalog)) expect(c.title.zh && c.title.en).toBeTruthy();
  });

  it('flags unverified numbers', () => {
    expect(catalog['INTERNET-DX-18']?.unverified).toBe(true);
    expect(catalog['PIPL-28']?.unverified).toBe(false);
  });
});
