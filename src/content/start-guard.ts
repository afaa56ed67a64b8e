/**
 * Starts ClinGuard in one document: the content script calls this at document_start with WXT's
 * ctx.signal, and the playground page calls it on itself. Everything registered here stops when
 * `signal` aborts (invariant I11: nothing outlives its context).
 */
import { analyze } from '../engine/analyze';
import type { Finding } from '../engine/types';
import { translator } from '../i18n';
import { driverFor } from '../platforms/editors';
import { genericAdapter } from '../platforms/generic';
import type { PlatformAdapter } from '../platforms/adapter';
import { applyAllFixes, editWithFocus } from './apply-fix';
import { installCardTriggers } from './card-triggers';
import { checkReason } from './check-reason';
import { effectiveGuardConfig, type GuardConfig } from './config';
import { deepSignals } from './deep-signals';
import { recordGateAction } from './record-action';
import { trackDraft } from './draft-tracker';
import { watchEditors } from './editor-watcher';
import { createOverlayController, type OverlayController } from './overlay-controller';
import { installSendGate, type SendGate } from './send-gate';

export interface Guard {
  adapter: PlatformAdapter;
  gate: SendGate;
}

export function startGuard(doc: Document, signal: AbortSignal, config?: GuardConfig): Guard {
  const win = doc.defaultView!;
  const guardConfig = config ?? effectiveGuardConfig(win.navigator.languages ?? [], signal);
  return runGuard(doc, win, signal, guardConfig);
}

function runGuard(doc: Document, win: Window, signal: AbortSignal, config: GuardConfig): Guard {
  let lastEditor: Element | null = null;
  const adapter = genericAdapter(() => lastEditor);
  const deep = deepSignals(config.askSignals);
  // Until the rules are compiled (first focus), nothing is flagged; the gate treats that as an engine error.
  // Tier 2's spans come later: when they arrive for the text on screen, the draft is analysed again.
  const judge = (text: string, editor: Element): Finding[] | null => {
    const ruleSet = config.ruleSet();
    if (!ruleSet) return null;
    const queries = ruleSet.nlpQueries;
    deep.want(text, queries, () => {
      const tracker = overlay?.entryOf(editor)?.tracker;
      if (tracker?.current().text === text) tracker.reanalyze();
    });
    const signals = deep.get(text, queries) ?? [];
    return analyze(text, ruleSet, { surface: adapter.surface(editor), locale: config.locale, explain: true, hints: config.hints(), signals });
  };
  const analyzeFor = (text: string, editor: Element): Finding[] => judge(text, editor) ?? [];
  const trackers = new Set<{ reanalyze(): void }>();
  config.onReady(() => trackers.forEach((t) => t.reanalyze()));

  // The overlay host is created on first use, so pages where nobody types get no node at all.
  let overlay: OverlayController | undefined;
  const ensureOverlay = () => {
    if (!overlay) {
      overlay = createOverlayController(doc, config);
      installCardTriggers(doc, overlay, signal);
      for (const type of ['scroll', 'resize'] as const) win.addEventListener(type, () => overlay?.schedule(), { capture: true, passive: true, signal });
      signal.addEventListener('abort', () => overlay?.dispose(), { once: true });
    }
    return overlay;
  };

  let nextId = 1;
  const ready = () => doc.documentElement !== null;
  const begin = () =>
    watchEditors(doc, {
      adapter,
      signal,
      onEditor(editor) {
        // The rules arrive from the background's effective config, read on the first focus.
        void config.prepare().then(() => {
          if (signal.aborted || !editor.isConnected || overlay?.entryOf(editor)) return;
          const o = ensureOverlay();
          const driver = driverFor(editor);
          const tracker = trackDraft(editor, { driver, analyze: (text) => analyzeFor(text, editor), onChange: () => o.schedule(), signal });
          editor.addEventListener('input', () => o.schedule(), { passive: true, signal });
          o.add({ id: nextId++, editor, driver, tracker });
          trackers.add(tracker);
          signal.addEventListener('abort', () => trackers.delete(tracker), { once: true });
          tracker.refresh();
        });
      },
      onFocus(editor) {
        lastEditor = editor;
      },
      onGone: (editor) => {
        const entry = overlay?.entryOf(editor);
        if (entry) trackers.delete(entry.tracker);
        overlay?.remove(editor);
      },
      // A same-origin frame's keys never reach our window: its Enter and Alt+Shift+G need listeners there too.
      onFrame(frameDoc) {
        installSendGate(frameDoc.defaultView!, gateDeps);
        installCardTriggers(frameDoc, ensureOverlay(), signal);
      },
    });

  const t = translator(config.lang);
  // The dialog checks the reason to explain a refusal; the gate checks it again before posting.
  const reasonProblem = (reason: string) => checkReason(reason, config.ruleSet());
  const gateDeps: Parameters<typeof installSendGate>[1] = {
    adapter,
    driverFor,
    analyze: judge,
    policy: () => config.gate(),
    checkReason: reasonProblem,
    isComposing: (editor) => overlay?.entryOf(editor)?.tracker.composing() ?? false,
    confirm: (request) => {
      // The gate analysed the text as it is now; bring the highlights up to the same text.
      overlay?.entryOf(request.editor)?.tracker.refresh();
      const { findings, text, acknowledge, reasonRequired, engineError } = request;
      return ensureOverlay().ask({ findings, text, acknowledge, reasonRequired, engineError, checkReason: reasonProblem });
    },
    record: (action, request, reason) => recordGateAction(win, { action, findings: request.findings, surface: adapter.surface(request.editor), mode: config.gate().mode, reason }),
    fixAll(request) {
      editWithFocus(request.editor, () => {
        applyAllFixes(request.editor, driverFor(request.editor), request.findings, request.text);
        overlay?.entryOf(request.editor)?.tracker.refresh();
        overlay?.schedule();
      });
    },
    notSent: () => ensureOverlay().notice(t('noticeNotSent')),
    signal,
  };
  const gate = installSendGate(win, gateDeps);
  if (ready()) begin();
  else doc.addEventListener('readystatechange', begin, { once: true, signal });
  return { adapter, gate };
}
