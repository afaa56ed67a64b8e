/** A content-script config compiled from the built-in pack, as the background would hand it over. */
import { readFileSync } from 'node:fs';
import { staticGuardConfig, type GatePolicy, type GuardConfig } from '../../src/content/config';
import type { UiLang } from '../../src/i18n';
import { builtin } from './builtin';

export function builtinGuardConfig(lang: UiLang, gate: Partial<GatePolicy> = {}): GuardConfig {
  const json = JSON.parse(readFileSync('rules/guidance.json', 'utf8')) as { citations: Record<string, { title: { zh: string; en: string } }> };
  const guidance = Object.fromEntries(Object.entries(json.citations).map(([id, c]) => [id, c.title]));
  return staticGuardConfig(builtin().ruleSet, { lang, gate, guidance });
}
