/**
 * The send gate (DESIGN.md §5). Window capture-phase listeners, installed at document_start so
 * they run before the page's own: when a keydown or click would send a draft, re-read the text and
 * analyse it NOW (invariant I6: a debounce result may be up to 300 ms stale), then act by mode:
 * observe lets it through and counts "would warn/block"; warn asks, and one click posts anyway;
 * enforce asks, and each block finding needs an acknowledgement (plus a written reason when the
 * policy requires one). "Post anyway" arms a one-shot bypass for exactly this text and replays
 * the send; if the editor still holds the same text 2 s later, the post did not go out, and the
 * user is told so rather than left to guess. When the engine fails, policy `onEngineError` says
 * whether to let the post through or to ask.
 */
import { severityRank, type Finding } from '../engine/types';
import type { EditorDriver, PlatformAdapter, SubmitTrigger } from '../platforms/adapter';
import type { AuditAction } from './audit-action';
import type { GatePolicy } from './config';

export const RESUBMIT_CHECK_MS = 2000;

export type GateChoice = 'fix' | 'edit' | 'post';
export interface GateAnswer {
  choice: GateChoice;
  reason?: string;
}

export interface GateRequest {
  editor: Element;
  text: string;
  findings: Finding[];
  /** enforce with block findings: each must be acknowledged before posting. */
  acknowledge: boolean;
  /** A written reason is needed to post (enforce + requireJustification + block findings). */
  reasonRequired: boolean;
  /** The engine failed: there are no findings to show, only the question. */
  engineError: boolean;
}

export interface GateDeps {
  adapter: PlatformAdapter;
  driverFor: (editor: Element) => EditorDriver;
  /** Findings for the text now; null when no rules are ready (treated like an engine error). */
  analyze: (text: string, editor: Element) => Finding[] | null;
  policy: () => GatePolicy;
  /** Why a written reason is refused (a UI string key), or null when it is acceptable. */
  checkReason: (reason: string) => string | null;
  isComposing: (editor: Element) => boolean;
  /** Shows the dialog; resolves with the user's choice. */
  confirm: (request: GateRequest) => Promise<GateAnswer>;
  fixAll: (request: GateRequest) => void;
  notSent: (editor: Element) => void;
  /** Metadata for the local audit: never the text. */
  record: (action: AuditAction, request: GateRequest, reason?: string) => void;
  signal: AbortSignal;
}

export interface SendGate {
  /** For tests and the dialog: is a bypass armed for this editor and text? */
  armed(editor: Element, text: string): boolean;
}

const WARN = severityRank('warn');
const BLOCK = severityRank('block');

export function installSendGate(win: Window, deps: GateDeps): SendGate {
  let bypass: { editor: Element; text: string } | null = null;
  let asking = false;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const onEvent = (event: Event) => {
    if (deps.signal.aborted) return;
    const hit = deps.adapter.matchSubmit(event);
    if (!hit) return;
    if ((event as KeyboardEvent).isComposing || deps.isComposing(hit.editor)) return;
    // A second Enter while the dialog is open must not post behind it.
    if (asking) return stop(event);
    const text = deps.driverFor(hit.editor).read(hit.editor).text;
    if (bypass && bypass.editor === hit.editor && bypass.text === text) {
      bypass = null; // one shot: the next send of this text is judged again
      return;
    }
    bypass = null;
    const policy = deps.policy();
    const request = judge(hit.editor, text, policy);
    if (!request) return;
    if (request.engineError && policy.onEngineError === 'allow') return deps.record('engine-error', request);
    if (!request.engineError && policy.mode === 'observe') {
      return deps.record(request.findings.some((f) => severityRank(f.severity) >= BLOCK) ? 'would-block' : 'would-warn', request);
    }
    stop(event);
    asking = true;
    void deps.confirm(request).then((answer) => {
      asking = false;
      if (deps.signal.aborted) return;
      if (answer.choice === 'post' && !(request.reasonRequired && deps.checkReason(answer.reason ?? ''))) {
        deps.record(request.engineError ? 'engine-error' : 'posted-anyway', request, request.reasonRequired ? answer.reason : undefined);
        postAnyway(request, hit.trigger);
      } else if (answer.choice === 'fix') {
        deps.record('fixed', request);
        deps.fixAll(request);
      } else {
        deps.record('edited', request);
        (hit.editor as HTMLElement).focus?.();
      }
    });
  };

  /** What to ask about, or null when the draft may go. */
  const judge = (editor: Element, text: string, policy: GatePolicy): GateRequest | null => {
    let all: Finding[] | null;
    try {
      all = deps.analyze(text, editor);
    } catch {
      all = null;
    }
    if (!all) return { editor, text, findings: [], acknowledge: false, reasonRequired: false, engineError: true };
    const findings = all.filter((f) => severityRank(f.severity) >= WARN);
    if (!findings.length) return null;
    const enforcedBlock = policy.mode === 'enforce' && findings.some((f) => severityRank(f.severity) >= BLOCK);
    return { editor, text, findings, acknowledge: enforcedBlock, reasonRequired: enforcedBlock && policy.requireJustification, engineError: false };
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
