/**
 * Which elements are composers: textareas, text inputs and contenteditable roots. Skips fields a
 * checker has no business in (passwords, read-only, disabled, opted out with data-gramm="false"
 * as Grammarly's opt-out is widely used) and tiny fields (search boxes in toolbars, OTP boxes).
 */
import { isFormField } from './editors';

const EDITOR_SELECTOR = 'textarea, input, [contenteditable], [role="textbox"]';
const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);
/** Narrower than this is a code or quantity box, not a composer (CSS px). */
const MIN_WIDTH = 60;

export function isGenericEditor(element: Element): boolean {
  if (element.closest('[data-gramm="false"]')) return false;
  if (isFormField(element)) return fieldAccepted(element);
  if (!isEditableRoot(element)) return false;
  return !tooSmall(element);
}

/** Also inside open shadow roots and same-origin frames under `root` (DESIGN.md §6). */
export function findGenericEditors(root: ParentNode): Element[] {
  const found = [...root.querySelectorAll(EDITOR_SELECTOR)].filter(isGenericEditor);
  for (const inner of innerRoots(root)) found.push(...findGenericEditors(inner));
  return found;
}

/** Open shadow roots and same-origin frame documents directly under `root`. */
export function innerRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(element.shadowRoot);
    const frame = element.tagName === 'IFRAME' || element.tagName === 'FRAME' ? frameDocument(element as HTMLIFrameElement) : null;
    if (frame) roots.push(frame);
  }
  return roots;
}

/** A frame's document when it is same-origin (reading contentDocument of another origin gives null). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** The outermost editable element containing `node`, or the field itself. */
export function editorAround(node: Node | null): Element | null {
  let element: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  if (element && isFormField(element)) return isGenericEditor(element) ? element : null;
  let root: Element | null = null;
  for (; element; element = element.parentElement) {
    if (isEditableRoot(element) || editableAttr(element)) root = element;
    else if (root) break;
  }
  return root && isGenericEditor(root) ? root : null;
}

function fieldAccepted(field: HTMLTextAreaElement | HTMLInputElement): boolean {
  if (field.disabled || field.readOnly) return false;
  if (field.tagName.toUpperCase() === 'INPUT') {
    const type = (field.getAttribute('type') ?? '').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type) || field.getAttribute('role') === 'combobox') return false;
  }
  return !tooSmall(field);
}

function editableAttr(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value === '' || value === 'true' || value === 'plaintext-only';
}

/** An editing host: editable itself, its parent not (so nested editable spans count once). */
function isEditableRoot(element: Element): boolean {
  if (!editableAttr(element)) return false;
  const parent = element.parentElement;
  return !parent || !parent.closest('[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]');
}

function tooSmall(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  // Zero means no layout (hidden, or a DOM without layout such as happy-dom): judge it by focus instead.
  return rect.width > 0 && rect.width < MIN_WIDTH;
}
