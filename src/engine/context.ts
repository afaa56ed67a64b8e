/**
 * Context words (Presidio's context enhancer): words near a candidate raise or lower its
 * severity, are required, or silence it. Hits are found once per text, then looked up per span.
 */
import { AhoCorasick } from '../detectors/keywords/aho-corasick';
import { findTerms } from '../detectors/keywords/find-terms';
import type { ContextClause, ContextEffect } from '../packs/schema';
import type { Surface } from './types';
import { foldAscii, toOriginalSpan, type NormalizedText } from './normalize';

export const DEFAULT_CONTEXT_WINDOW = 24;

export interface CompiledContext {
  readonly effect: ContextEffect;
  readonly scope: NonNullable<ContextClause['scope']>;
  readonly windowChars: number;
  /** Surfaces the clause applies on; null: all. */
  readonly surfaces: readonly Surface[] | null;
  /** Levels a boost or dampen moves. */
  readonly levels: number;
  readonly words: readonly string[];
  readonly automaton: AhoCorasick | null;
  readonly pattern: RegExp | null;
}

export interface ContextHit {
  start: number;
  end: number;
  word: string;
}

export function compileContext(clause: ContextClause, lists: Readonly<Record<string, readonly string[]>>): CompiledContext {
  const words = [...(clause.zh ?? []), ...(clause.en ?? []), ...(clause.lists ?? []).flatMap((name) => lists[name] ?? [])];
  return {
    effect: clause.effect,
    scope: clause.scope ?? 'window',
    windowChars: clause.windowChars ?? DEFAULT_CONTEXT_WINDOW,
    surfaces: clause.surfaces ?? null,
    levels: clause.levels ?? 1,
    words,
    automaton: words.length ? new AhoCorasick(words.map(foldAscii)) : null,
    pattern: clause.pattern ? new RegExp(clause.pattern, `gu${clause.flags?.includes('i') ? 'i' : ''}`) : null,
  };
}

/** Every occurrence of a clause's words or pattern in the text, in original offsets. */
export function contextHits(ctx: CompiledContext, norm: NormalizedText): ContextHit[] {
  const hits: ContextHit[] = [];
  if (ctx.automaton) {
    for (const hit of findTerms(ctx.automaton, norm.folded, ctx.words)) {
      hits.push({ ...toOriginalSpan(norm, hit.start, hit.end), word: ctx.words[hit.pattern]! });
    }
  }
  if (ctx.pattern) {
    for (const m of norm.text.matchAll(ctx.pattern)) {
      if (m[0].length) hits.push({ ...toOriginalSpan(norm, m.index, m.index + m[0].length), word: m[0] });
    }
  }
  return hits;
}

/** The hit of a clause that applies to a span, if any. */
export function hitNear(ctx: CompiledContext, hits: readonly ContextHit[], start: number, end: number): ContextHit | undefined {
  if (ctx.scope === 'text') return hits[0];
  const from = ctx.scope === 'after' ? end : start - ctx.windowChars;
  const to = ctx.scope === 'before' ? start : end + ctx.windowChars;
  return hits.find((h) => h.end > from && h.start < to && (ctx.scope === 'window' || h.end <= start || h.start >= end));
}
