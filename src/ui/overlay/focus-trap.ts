/**
 * Keyboard containment for our popups (card, panel, confirm dialog): Tab and Shift+Tab cycle inside, and keys
 * typed there stay ours, so the page's shortcuts never act on them.
 */
const FOCUSABLE = 'button:not([disabled]), input, textarea, [tabindex="0"]';

/** Handles Tab inside `container`; returns true when it moved focus. */
export function trapTab(event: KeyboardEvent, container: HTMLElement | null): boolean {
  event.stopPropagation();
  if (event.key !== 'Tab' || !container) return false;
  const items = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  if (items.length === 0) return false;
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const at = items.indexOf(active as HTMLElement);
  const next = at === -1 ? 0 : (at + (event.shiftKey ? -1 : 1) + items.length) % items.length;
  event.preventDefault();
  items[next]!.focus();
  return true;
}
