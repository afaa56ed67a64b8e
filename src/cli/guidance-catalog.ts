/** The citation catalogue (rules/guidance.json) read from disk. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRulesDir } from './builtin-packs';

export interface Citation {
  title: { zh: string; en: string };
  where: string;
  tag: string;
  unverified: boolean;
}

export function guidanceCatalog(rulesDir = findRulesDir()): Record<string, Citation> {
  return (JSON.parse(readFileSync(join(rulesDir, 'guidance.json'), 'utf8')) as { citations: Record<string, Citation> }).citations;
}

export function guidanceIds(rulesDir = findRulesDir()): Set<string> {
  return new Set(Object.keys(guidanceCatalog(rulesDir)));
}
