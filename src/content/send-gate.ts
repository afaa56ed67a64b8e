/**
 * The send gate (DESIGN.md §5). Window capture-phase listeners, installed at document_start so
 * they run before the page's own: when a keydown or click would send a draft, re-read the text and
 * analyse it NOW (invariant I6: a debounce result may be up to 300 ms stale), and if anything at
 * the threshold remains, stop the event and ask. "Post anyway" arms a one-shot bypass for exactly
 * this text and replays the send; if the editor still holds the same text 2 s later, the post did
 * not go out, and the user is told so rather than left to guess.
 */
import { severityRank, type Finding, type Severity } from '../engine/types';
import type { EditorDriver, PlatformAdapter, SubmitTrigger } from '../platforms/adapter';

export const RESUBMIT_CHECK_MS = 2000;

export type GateChoice = 'fix' | 'edit' | 'post';

export interface GateRequest {
  editor: Element;
  text: string;
  findings: Finding[];
}

export interface GateDeps {
  adapter: PlatformAdapter;
  driverFor: (editor: Element) => EditorDriver;
  analyze: (text: string, editor: Element) => Finding[];
  threshold: Severity;
  isComposing: (editor: Element) => boolean;
  /** Shows the dialog; resolves with the user's choice. */
  confirm: (request: GateRequest) => Promise<GateChoice>;
  fixAll: (request: GateRequest) => void;
  notSent: (editor: Element) => void;
  signal: AbortSignal;
}

export interface SendGate {
  /** For tests and the dialog: is a bypass armed for this editor and text? */
  armed(editor: Element, text: string): boolean;
}

export function installSendGate(win: Window, deps: GateDeps): SendGate {
  let bypass: { editor: Element; text: string } | null = null;
  let asking = false;

  const onEvent = (event: Event) => {
    if (deps.signal.aborted) return;
    const hit = deps.adapter.matchSubmit(event);
    if (!hit) return;
    if ((event as KeyboardEvent).isComposing || deps.isComposing(hit.editor)) return;
    if (asking) {
      // A second Enter while the dialog is open must not post behind it.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const text = deps.driverFor(hit.editor).read(hit.editor).text;
    if (bypass && bypass.editor === hit.editor && bypass.text === text) {
      bypass = null; // one shot: the next send of this text is judged again
      return;
    }
    bypass = null;
    const findings = deps.analyze(text, hit.editor).filter((f) => severityRank(f.severity) >= severityRank(deps.threshold));
    if (findings.length === 0) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    asking = true;
    const request = { editor: hit.editor, text, findings };
    void deps.confirm(request).then((choice) => {
      asking = false;
      if (deps.signal.aborted) return;
      if (choice === 'post') postAnyway(request, hit.trigger);
      else if (choice === 'fix') deps.fixAll(request);
      else (hit.editor as HTMLElement).focus?.();
    });
  };

  const postAnyway = (request: GateRequest, trigger: SubmitTrigger) => {
    const { editor } = request;
    bypass = { editor, text: request.text };
    // Any edit after the replay (the site clearing the box, the user typing) means it was taken.
    let edited = false;
    const watch = new AbortController();
    editor.addEventListener('input', () => (edited = true), { once: true, signal: watch.signal });
    deps.adapter.resubmit(trigger);
    const timer = win.setTimeout(() => {
      watch.abort();
      if (bypass?.editor === editor) bypass = null;
      if (!edited && editor.isConnected && deps.driverFor(editor).read(editor).text === request.text) deps.notSent(editor);
    }, RESUBMIT_CHECK_MS);
    deps.signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });
  };

  win.addEventListener('keydown', onEvent, { capture: true, signal: deps.signal });
  win.addEventListener('click', onEvent, { capture: true, signal: deps.signal });
  return { armed: (editor, text) => bypass?.editor === editor && bypass.text === text };
}
