/** Data the overlay draws. The content layer computes it (the UI never reads the editors itself). */
import type { Finding, Severity } from '../../engine/types';
import type { UiKey } from '../../i18n';

/** A rectangle in viewport coordinates (CSS px), as getClientRects() returns. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface SpanView {
  finding: Finding;
  /** Where the span is drawn; empty when the page draws it (CSS Custom Highlight API). */
  boxes: Box[];
}

export interface EditorView {
  id: number;
  /** The editor's own box, for the badge in its bottom-right corner. */
  box: Box;
  findings: Finding[];
  spans: SpanView[];
}

/** Localized citation titles from rules/guidance.json. */
export type GuidanceTitles = Readonly<Record<string, { zh: string; en: string }>>;

export interface CardView {
  editorId: number;
  finding: Finding;
  /** The span's box the card attaches to (below it, or above when there is no room). */
  anchor: Box;
  /** Opened from the keyboard: move focus into the card. */
  takeFocus: boolean;
  /** The caret's box, which the card must not cover; null when the caret is elsewhere. */
  caret: Box | null;
}

/** The count badge of one editor, already placed (see placement.ts). */
export interface BadgeView {
  editorId: number;
  count: number;
  severity: Severity;
  box: Box;
}

export interface PanelItem {
  finding: Finding;
  /** The flagged text, shortened for the list. */
  excerpt: string;
}

/** The list of all findings in one editor, opened from its badge or Alt+Shift+L. */
export interface PanelView {
  editorId: number;
  items: PanelItem[];
  /** The badge it opened from. */
  anchor: Box;
  caret: Box | null;
}

export type DialogChoice = 'fix' | 'edit' | 'post';

export interface DialogView {
  findings: Finding[];
  /** The draft the findings' offsets refer to, to quote each flagged span. */
  text: string;
  /** enforce mode: each block finding needs its own tick before "Post anyway" is enabled. */
  acknowledge?: boolean;
  /** enforce + policy requireJustification: a written reason (≤200 chars) is needed to post. */
  reasonRequired?: boolean;
  /** The checker failed: no findings to list, only the question. */
  engineError?: boolean;
  /** Why a reason is refused (a UI string key), or null; run by the content layer (tier 1). */
  checkReason?: (reason: string) => UiKey | null;
}

export interface DialogAnswer {
  choice: DialogChoice;
  reason?: string;
}
