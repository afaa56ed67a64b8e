/**
 * What the content script judges drafts with: the built-in pack, compiled once and only when an
 * editor is first focused (most pages are read, not written on). Fresh installs run in warn mode
 * (issue 4): the dialog shows for findings at `warn` or above. Settings and policy arrive with
 * the background's effectiveConfig in a later issue.
 */
import type { RuleSet } from '../engine/rule-set';
import type { Lang, Severity } from '../engine/types';
import { preferredLang, type UiLang } from '../i18n';
import { builtinGuidanceTitles, loadBuiltinPackInBrowser } from '../packs/builtin-vite';
import { compileRuleSet } from '../packs/compile-rule-set';

export interface GuardConfig {
  ruleSet(): RuleSet;
  lang: UiLang;
  /** Language of finding messages: the UI's. */
  locale: Lang;
  /** The dialog opens for findings at or above this severity. */
  threshold: Severity;
  guidance(): Record<string, { zh: string; en: string }>;
}

let compiled: RuleSet | undefined;
let titles: Record<string, { zh: string; en: string }> | undefined;

function builtinRuleSet(): RuleSet {
  if (!compiled) {
    const loaded = loadBuiltinPackInBrowser();
    // A pack with broken rules still runs its good ones (the playground banner names the rest).
    try {
      compiled = compileRuleSet(loaded.pack ? [loaded.pack] : []);
    } catch {
      compiled = compileRuleSet([]);
    }
  }
  return compiled;
}

export function defaultConfig(languages: readonly string[]): GuardConfig {
  const lang = preferredLang(languages);
  return {
    ruleSet: builtinRuleSet,
    lang,
    locale: lang,
    threshold: 'warn',
    guidance: () => (titles ??= builtinGuidanceTitles()),
  };
}
