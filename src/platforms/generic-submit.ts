/**
 * When a user action would send a draft, and how to replay it. Keys: Ctrl/⌘+Enter anywhere; plain
 * Enter only in a single-line-ish composer (an input, a DM box, aria-multiline="false", a one-row
 * textarea), because elsewhere Enter is a newline. Clicks: a submit button, or a button labelled
 * 发送/发布/评论/回复/Send/Post/Reply/Tweet, in the same form or composer container as an editor.
 */
import type { SubmitTrigger } from './adapter';
import { editorAround, findGenericEditors } from './generic-editors';
import { guessSurface } from './generic-surface';

// No \b after the Chinese words: \b needs an ASCII word character on one side.
const SEND_WORDS = /^(?:发送|发布|发表|评论|回复|(?:send|post|reply|tweet|comment|publish)\b)/i;
const BUTTON = 'button, [role="button"], input[type="submit"]';
const LEGACY_KEY_CODES: Record<string, number> = { Enter: 13 };
/** How far up from a button to look for its composer. */
const MAX_CONTAINER_DEPTH = 6;

export type SubmitMatch = { editor: Element; trigger: SubmitTrigger };

export function matchKeySubmit(event: KeyboardEvent): SubmitMatch | null {
  if (event.key !== 'Enter' || event.altKey) return null;
  const editor = editorAround(targetOf(event));
  if (!editor) return null;
  const chord = event.ctrlKey || event.metaKey;
  if (!chord && (event.shiftKey || !singleLineIsh(editor))) return null;
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
  return { editor, trigger: { kind: 'key', editor, key, code, ctrlKey, metaKey, shiftKey, altKey } };
}

export function matchClickSubmit(event: MouseEvent, lastEditor: Element | null): SubmitMatch | null {
  const target = targetOf(event);
  const from = target && target.nodeType === 1 ? (target as Element) : (target?.parentElement ?? null);
  const button = from?.closest<HTMLElement>(BUTTON);
  if (!button || !isSendButton(button)) return null;
  const editor = composerOf(button, lastEditor);
  return editor ? { editor, trigger: { kind: 'click', editor, button } } : null;
}

export function replaySubmit(trigger: SubmitTrigger): void {
  if (trigger.kind === 'click') {
    trigger.button.click();
    return;
  }
  const { key, code, ctrlKey, metaKey, shiftKey, altKey } = trigger;
  // keyCode/which too: Draft.js and other older editors still read e.keyCode (13 for Enter).
  const keyCode = LEGACY_KEY_CODES[key] ?? 0;
  const init: KeyboardEventInit = { key, code, keyCode, which: keyCode, ctrlKey, metaKey, shiftKey, altKey, bubbles: true, cancelable: true, composed: true };
  if (trigger.editor instanceof HTMLElement) trigger.editor.focus();
  trigger.editor.dispatchEvent(new KeyboardEvent('keydown', init));
  trigger.editor.dispatchEvent(new KeyboardEvent('keyup', init));
}

function targetOf(event: Event): Node | null {
  const first = event.composedPath()[0];
  return first && 'nodeType' in (first as object) ? (first as Node) : (event.target as Node | null);
}

function singleLineIsh(editor: Element): boolean {
  const tag = editor.tagName.toUpperCase();
  if (tag === 'INPUT') return true;
  if (editor.getAttribute('aria-multiline') === 'false') return true;
  if (tag === 'TEXTAREA' && Number(editor.getAttribute('rows') ?? '2') <= 1) return true;
  return guessSurface(editor) === 'dm';
}

function isSendButton(button: HTMLElement): boolean {
  if (button.getAttribute('aria-disabled') === 'true' || (button as HTMLButtonElement).disabled) return false;
  if (button.getAttribute('type') === 'submit' && (button.tagName === 'BUTTON' || button.tagName === 'INPUT')) return true;
  const label = (button.getAttribute('aria-label') ?? button.textContent ?? (button as HTMLInputElement).value ?? '').trim();
  return SEND_WORDS.test(label);
}

/** The editor this button sends: same form first, else the nearest ancestor holding an editor. */
function composerOf(button: HTMLElement, lastEditor: Element | null): Element | null {
  const form = button.closest('form');
  const scopes: Element[] = form ? [form] : [];
  let element: Element | null = button.parentElement;
  for (let depth = 0; element && depth < MAX_CONTAINER_DEPTH; depth++, element = element.parentElement) scopes.push(element);
  for (const scope of scopes) {
    const editors = findGenericEditors(scope);
    if (editors.length === 0) continue;
    return lastEditor && editors.includes(lastEditor) ? lastEditor : editors[0]!;
  }
  return null;
}
