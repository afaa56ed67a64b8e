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
import { applyAllFixes } from './apply-fix';
import { installCardTriggers } from './card-triggers';
import { defaultConfig, type GuardConfig } from './config';
import { trackDraft } from './draft-tracker';
import { watchEditors } from './editor-watcher';
import { createOverlayController, type OverlayController } from './overlay-controller';
import { installSendGate, type SendGate } from './send-gate';

export interface Guard {
  adapter: PlatformAdapter;
  gate: SendGate;
}

export function startGuard(doc: Document, signal: AbortSignal, config: GuardConfig = defaultConfig(doc.defaultView?.navigator.languages ?? [])): Guard {
  const win = doc.defaultView!;
  let lastEditor: Element | null = null;
  const adapter = genericAdapter(() => lastEditor);
  const analyzeFor = (text: string, editor: Element): Finding[] =>
    analyze(text, config.ruleSet(), { surface: adapter.surface(editor), locale: config.locale, explain: true });

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
        const o = ensureOverlay();
        const driver = driverFor(editor);
        const tracker = trackDraft(editor, { driver, analyze: (text) => analyzeFor(text, editor), onChange: () => o.schedule(), signal });
        editor.addEventListener('input', () => o.schedule(), { passive: true, signal });
        o.add({ id: nextId++, editor, driver, tracker });
        tracker.refresh();
      },
      onFocus(editor) {
        lastEditor = editor;
      },
      onGone: (editor) => overlay?.remove(editor),
      // A same-origin frame's keys never reach our window: its Enter and Alt+Shift+G need listeners there too.
      onFrame(frameDoc) {
        installSendGate(frameDoc.defaultView!, gateDeps);
        installCardTriggers(frameDoc, ensureOverlay(), signal);
      },
    });

  const t = translator(config.lang);
  const gateDeps: Parameters<typeof installSendGate>[1] = {
    adapter,
    driverFor,
    analyze: analyzeFor,
    threshold: config.threshold,
    isComposing: (editor) => overlay?.entryOf(editor)?.tracker.composing() ?? false,
    confirm: (request) => {
      // The gate analysed the text as it is now; bring the highlights up to the same text.
      overlay?.entryOf(request.editor)?.tracker.refresh();
      return ensureOverlay().ask({ findings: request.findings, text: request.text });
    },
    fixAll(request) {
      const entry = overlay?.entryOf(request.editor);
      applyAllFixes(request.editor, driverFor(request.editor), request.findings, request.text);
      entry?.tracker.refresh();
      overlay?.schedule();
    },
    notSent: () => ensureOverlay().notice(t('noticeNotSent')),
    signal,
  };
  const gate = installSendGate(win, gateDeps);
  if (ready()) begin();
  else doc.addEventListener('readystatechange', begin, { once: true, signal });
  return { adapter, gate };
}
