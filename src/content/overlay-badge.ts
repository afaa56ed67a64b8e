/** The badge and panel data for one measured editor: where the badge goes, what the panel lists. */
import type { Finding } from '../engine/types';
import { placeBadge, type Size } from '../ui/overlay/placement';
import { topSeverity } from '../ui/overlay/top-severity';
import type { BadgeView, Box, PanelItem } from '../ui/overlay/types';
import type { Measured } from './span-geometry';

const EXCERPT_MAX = 40;
/** A textarea's resize grip, when it has no scrollbar to sit in. */
const GRIP = 12;

export function badgeView(m: Measured, editor: Element, caret: Box | null, viewport: Size): BadgeView | null {
  const count = m.view.findings.length;
  if (count === 0) return null;
  const size = { width: Math.max(22, 12 + 7 * String(count).length), height: 22 };
  const box = placeBadge({ editor: m.view.box, insetRight: rightChrome(editor), caret, viewport, size });
  return box && { editorId: m.view.id, count, severity: topSeverity(m.view.findings), box };
}

/** Width the editor's own scrollbar (or resize grip) takes at its right edge. */
function rightChrome(editor: Element): number {
  const el = editor as HTMLElement;
  const style = editor.ownerDocument.defaultView!.getComputedStyle(el);
  const borders = (parseFloat(style.borderLeftWidth) || 0) + (parseFloat(style.borderRightWidth) || 0);
  const scrollbar = Math.max(0, el.offsetWidth - el.clientWidth - borders);
  const grip = style.resize && style.resize !== 'none' ? GRIP : 0;
  return Math.max(scrollbar, grip);
}

/** The panel's rows, in text order, each quoting its span (shortened in the middle). */
export function panelItems(findings: readonly Finding[], text: string): PanelItem[] {
  return [...findings]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((finding) => ({ finding, excerpt: excerpt(text.slice(finding.start, finding.end)) }));
}

export function excerpt(span: string): string {
  const chars = [...span.replace(/\s+/g, ' ').trim()];
  if (chars.length <= EXCERPT_MAX) return chars.join('');
  const half = Math.floor((EXCERPT_MAX - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(-half).join('')}`;
}
