/**
 * Tier-2 signals for the drafts (DESIGN.md §5): asked of the background after tier 1 has answered,
 * once per text, and kept for the last few texts so every later analysis of the same text (the
 * send gate's included) uses them. A failed or slow answer counts as "no signals": tier 1 stands.
 */
import { MAX_INPUT_CHARS } from '../engine/analyze';
import { languageRuns } from '../engine/language';
import type { NlpSignal } from '../engine/types';

export type AskSignals = (text: string, queries: readonly string[]) => Promise<NlpSignal[]>;

export interface DeepSignals {
  /** The signals for exactly this text, or undefined while none have arrived. */
  get(text: string, queries: readonly string[]): readonly NlpSignal[] | undefined;
  /** Asks for this text's signals unless they are known or on their way; `onArrive` runs when they come. */
  want(text: string, queries: readonly string[], onArrive: () => void): void;
}

const KEEP = 8;

export function deepSignals(ask: AskSignals): DeepSignals {
  const known = new Map<string, readonly NlpSignal[]>();
  const asked = new Set<string>();
  const remember = (key: string, signals: readonly NlpSignal[]) => {
    known.delete(key);
    known.set(key, signals);
    if (known.size > KEEP) known.delete(known.keys().next().value!);
  };
  // Keyed by the queries too: signals found for other rules are not this rule set's.
  const keyOf = (text: string, queries: readonly string[]) => `${queries.join('\u0000')}\u0001${text}`;
  return {
    get: (text, queries) => known.get(keyOf(text, queries)),
    want(text, queries, onArrive) {
      const key = keyOf(text, queries);
      if (known.has(key) || asked.has(key)) return;
      // Tier 2 reads English only: a draft without an English run needs no round trip.
      if (!queries.length || !languageRuns(text).some((run) => run.lang === 'en')) return remember(key, []);
      asked.add(key);
      // Tier 1 reads only the first MAX_INPUT_CHARS too, and the request refuses more: send what is read.
      ask(text.slice(0, MAX_INPUT_CHARS), queries)
        .catch(() => [])
        .then((signals) => {
          asked.delete(key);
          remember(key, signals);
          onArrive();
        });
    },
  };
}
