/**
 * Follows one editor's draft: after the user stops typing for 300 ms, read and analyse it, and
 * keep the findings for exactly that text. Never mid-composition (an IME's half-typed pinyin is
 * not the draft); compositionend triggers one pass. Native edits, paste and undo arrive as input
 * events; framework editors (Slate, Lexical, ProseMirror, Draft.js, Quill) cancel beforeinput or
 * handle Ctrl+Z in keydown and re-render the DOM themselves, which fires no input event, so a
 * MutationObserver on the editor alone catches those too. It only schedules; the records are not read.
 */
import type { Finding } from '../engine/types';
import type { EditorDriver } from '../platforms/adapter';

export const DEBOUNCE_MS = 300;

export interface DraftState {
  text: string;
  findings: Finding[];
}

export interface DraftTracker {
  readonly editor: Element;
  composing(): boolean;
  /** The last analysis; its text may be older than the editor's (the gate never trusts it). */
  current(): DraftState;
  /** Analyse now, skipping the debounce. */
  refresh(): void;
  /** Analyse now even if the text is unchanged: the rules or the hint setting changed. */
  reanalyze(): void;
  dispose(): void;
}

export interface TrackerDeps {
  driver: EditorDriver;
  analyze: (text: string) => Finding[];
  onChange: (tracker: DraftTracker) => void;
  signal: AbortSignal;
  delayMs?: number;
}

export function trackDraft(editor: Element, deps: TrackerDeps): DraftTracker {
  const own = new AbortController();
  const signal = AbortSignal.any([deps.signal, own.signal]);
  let composing = false;
  let timer: number | undefined;
  let state: DraftState | null = null;
  const view = editor.ownerDocument.defaultView!;

  const run = () => {
    timer = undefined;
    if (signal.aborted || composing || !editor.isConnected) return;
    const text = deps.driver.read(editor).text;
    // Same text, maybe new nodes (a re-render): the overlay still re-measures its ranges.
    if (!state || text !== state.text) state = { text, findings: deps.analyze(text) };
    deps.onChange(tracker);
  };
  const schedule = () => {
    if (timer !== undefined) view.clearTimeout(timer);
    if (!signal.aborted && !composing) timer = view.setTimeout(run, deps.delayMs ?? DEBOUNCE_MS);
  };
  signal.addEventListener('abort', () => timer !== undefined && view.clearTimeout(timer));

  const observer = new (view as typeof globalThis).MutationObserver(schedule);
  observer.observe(editor, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const on = (type: string, handler: () => void) => editor.addEventListener(type, handler, { signal, passive: true });
  on('input', schedule);
  on('compositionstart', () => {
    composing = true;
    if (timer !== undefined) view.clearTimeout(timer);
  });
  on('compositionend', () => {
    composing = false;
    schedule();
  });

  const tracker: DraftTracker = {
    editor,
    composing: () => composing,
    current: () => state ?? { text: '', findings: [] },
    refresh: () => {
      if (timer !== undefined) view.clearTimeout(timer);
      run();
    },
    reanalyze: () => {
      state = null;
      tracker.refresh();
    },
    dispose: () => own.abort(),
  };
  return tracker;
}
