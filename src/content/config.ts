/**
 * What the content script judges drafts with. The rules, word lists and enforcement settings live
 * in the background's `local:effectiveConfig` (DESIGN.md §5); nothing of the packs is bundled here.
 * The config is read and compiled only when an editor is first focused (most pages are read, not
 * written on), and recompiled when the background rewrites it (a mode or pack change applies
 * without a reload).
 */
import type { RuleSet } from '../engine/rule-set';
import type { HintLevel, Lang } from '../engine/types';
import { preferredLang, type UiLang } from '../i18n';
import { sendMessage } from '../messaging/protocol';
import type { AskSignals } from './deep-signals';
import { compileRuleSet } from '../packs/compile-rule-set';
import type { EffectiveConfig } from '../storage/effective-config-schema';
import { readEffectiveConfig, watchEffectiveConfig } from '../storage/items';
import { DEFAULT_SETTINGS, type Mode } from '../storage/settings-schema';

export interface GatePolicy {
  mode: Mode;
  requireJustification: boolean;
  onEngineError: 'allow' | 'confirm';
}

export interface GuardConfig {
  readonly lang: UiLang;
  /** Language of finding messages: the UI's. */
  readonly locale: Lang;
  /** The compiled rules; null until prepare() has finished (or when the config cannot be compiled). */
  ruleSet(): RuleSet | null;
  gate(): GatePolicy;
  guidance(): Record<string, { zh: string; en: string }>;
  /** Which stand-alone hints to show (the user's setting). */
  hints(): HintLevel;
  /** Tier 2: compromise's spans for a draft, from the background's Worker. */
  askSignals: AskSignals;
  /** Reads and compiles the config; idempotent. Resolves false when no usable config exists. */
  prepare(): Promise<boolean>;
  /** Called after every (re)compile, so open editors are analysed again. */
  onReady(listener: () => void): void;
}

export const DEFAULT_GATE: GatePolicy = { mode: 'warn', requireJustification: false, onEngineError: 'confirm' };

interface Sources {
  read: () => Promise<EffectiveConfig | null>;
  /** Asks the background to write the config (first run, or after storage was cleared). */
  ensure: () => Promise<unknown>;
  watch: (onChange: (config: EffectiveConfig | null) => void) => () => void;
}

const extensionSources: Sources = {
  read: readEffectiveConfig,
  ensure: () => sendMessage('ensureConfig', {}),
  watch: watchEffectiveConfig,
};

export function effectiveGuardConfig(languages: readonly string[], signal: AbortSignal, sources: Sources = extensionSources): GuardConfig {
  let current: EffectiveConfig | null = null;
  let compiled: RuleSet | null = null;
  let loading: Promise<boolean> | undefined;
  const listeners: (() => void)[] = [];

  const use = (config: EffectiveConfig | null): boolean => {
    if (!config) return false;
    try {
      compiled = compileRuleSet(config.packs, { overrides: config.overrides });
      current = config;
    } catch {
      // Keep judging with the last good rules; with none, the gate applies onEngineError.
      return compiled !== null;
    }
    for (const listener of listeners) listener();
    return true;
  };
  const load = async (): Promise<boolean> => {
    let config = await sources.read().catch(() => null);
    if (!config) {
      await sources.ensure().catch(() => undefined);
      config = await sources.read().catch(() => null);
    }
    if (signal.aborted) return false;
    const unwatch = sources.watch((next) => next && use(next));
    signal.addEventListener('abort', unwatch, { once: true });
    return use(config);
  };

  const uiLang = (): UiLang => (current?.language === 'zh' || current?.language === 'en' ? current.language : preferredLang(languages));
  return {
    get lang() {
      return uiLang();
    },
    get locale() {
      return uiLang();
    },
    ruleSet: () => compiled,
    gate: () => (current ? { mode: current.mode, requireJustification: current.requireJustification, onEngineError: current.onEngineError } : DEFAULT_GATE),
    guidance: () => current?.guidance ?? {},
    hints: () => current?.hints ?? DEFAULT_SETTINGS.hints,
    askSignals: async (text, queries) => (await sendMessage('nlpSignals', { text, queries: [...queries] })).signals,
    prepare: () => (loading ??= load()),
    onReady: (listener) => listeners.push(listener),
  };
}

/** A fixed config (tests, and pages that compile their own rules). */
export function staticGuardConfig(
  ruleSet: RuleSet,
  options: { lang: UiLang; gate?: Partial<GatePolicy>; guidance?: Record<string, { zh: string; en: string }>; hints?: HintLevel; askSignals?: AskSignals },
): GuardConfig {
  const gate = { ...DEFAULT_GATE, ...options.gate };
  return {
    lang: options.lang,
    locale: options.lang,
    ruleSet: () => ruleSet,
    gate: () => gate,
    guidance: () => options.guidance ?? {},
    hints: () => options.hints ?? 'all',
    askSignals: options.askSignals ?? (async () => []),
    prepare: async () => true,
    onReady: () => {},
  };
}
