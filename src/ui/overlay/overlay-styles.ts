/**
 * Styles inside our closed shadow root. `:host { all: initial }` keeps the page's CSS out; colours
 * come from the palette of the scheme the page around the editor uses (data-scheme on the root).
 * Boxes draw nothing over the text, only an underline and a tint, and take no pointer events, so
 * clicks and the caret reach the editor.
 */
import { paletteVars } from './palette';

export const OVERLAY_CSS = `
:host { all: initial; }
.cg-root {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  color: var(--cg-fg);
}
.cg-root[data-scheme="light"] { ${paletteVars('light')} color-scheme: light; }
.cg-root[data-scheme="dark"] { ${paletteVars('dark')} color-scheme: dark; }
.cg-box { position: fixed; pointer-events: none; border-bottom: 2px solid var(--cg-sev); box-sizing: border-box; }
.cg-box::before { content: ""; position: absolute; inset: 0; background: var(--cg-sev); opacity: .12; }
[data-severity="block"] { --cg-sev: var(--cg-block); }
[data-severity="warn"] { --cg-sev: var(--cg-warn); }
[data-severity="info"] { --cg-sev: var(--cg-info); }
.cg-badge {
  position: fixed; pointer-events: auto; min-width: 22px; height: 22px; padding: 0 6px; box-sizing: border-box;
  border-radius: 11px; border: 0; background: var(--cg-sev); color: var(--cg-badge-fg); font-family: inherit; font-size: 12px; font-weight: 600; line-height: 22px;
  cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.25);
}
.cg-badge:focus-visible, .cg-button:focus-visible, .cg-close:focus-visible, .cg-option:focus-visible {
  outline: 2px solid var(--cg-focus); outline-offset: 2px;
}
.cg-card, .cg-panel, .cg-dialog, .cg-notice {
  pointer-events: auto; background: var(--cg-bg); color: var(--cg-fg); border: 1px solid var(--cg-border);
  border-radius: 10px; box-shadow: var(--cg-shadow); box-sizing: border-box;
}
.cg-card { position: fixed; width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px; border-top: 4px solid var(--cg-sev); }
.cg-card, .cg-panel { animation: cg-in .12s ease-out; }
/* Slide only: a fade would leave the popup see-through for its first frames. */
@keyframes cg-in { from { transform: translateY(3px); } }
@media (prefers-reduced-motion: reduce) { .cg-card, .cg-panel { animation: none; } }
.cg-panel { position: fixed; width: 380px; max-width: calc(100vw - 16px); max-height: min(420px, calc(100vh - 16px)); display: flex; flex-direction: column; }
.cg-panel-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 10px 12px 6px 14px; }
.cg-panel-head h2 { margin: 0; font-size: 15px; }
.cg-panel-hint { margin: 0 14px 6px; font-size: 12px; color: var(--cg-muted); }
.cg-options { list-style: none; margin: 0; padding: 2px 6px 8px; overflow: auto; }
.cg-option { display: block; margin: 2px 0; padding: 6px 8px 6px 10px; border-radius: 6px; border-left: 3px solid var(--cg-sev); cursor: pointer; outline-offset: -2px; }
.cg-option[aria-selected="true"] { background: var(--cg-button); }
.cg-option-head { display: flex; gap: 8px; align-items: baseline; }
.cg-option q { font-weight: 600; quotes: "“" "”"; word-break: break-all; }
.cg-option .cg-message { margin: 2px 0 0; font-size: 13px; }
.cg-option .cg-guide { margin: 2px 0 0; font-size: 12px; color: var(--cg-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
/* Inside the scrolling list an outer ring would be clipped. */
.cg-root .cg-option:focus-visible { outline-offset: -2px; }
.cg-card-head { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; }
.cg-sev { font-weight: 700; color: var(--cg-sev); font-size: 12px; text-transform: uppercase; letter-spacing: .02em; white-space: nowrap; }
.cg-category { color: var(--cg-muted); font-size: 12px; }
.cg-message { margin: 6px 0 8px; font-size: 14px; }
.cg-why { margin: 0 0 10px; padding: 0; list-style: none; font-size: 12px; color: var(--cg-muted); }
.cg-why li { margin: 2px 0; }
.cg-why code { font: 11px/1.4 ui-monospace, monospace; color: var(--cg-fg); }
.cg-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.cg-button {
  font: inherit; font-size: 13px; padding: 5px 10px; border-radius: 6px; border: 1px solid var(--cg-border);
  background: var(--cg-button); color: var(--cg-fg); cursor: pointer;
}
.cg-button.cg-primary { background: var(--cg-primary); border-color: var(--cg-primary); color: var(--cg-primary-fg); }
.cg-close { border: 0; background: none; color: var(--cg-muted); cursor: pointer; font-size: 16px; line-height: 1; padding: 2px 4px; }
.cg-backdrop { position: fixed; inset: 0; pointer-events: auto; background: rgba(0,0,0,.35); display: flex; align-items: center; justify-content: center; }
.cg-dialog { width: 460px; max-width: calc(100vw - 24px); max-height: calc(100vh - 24px); overflow: auto; padding: 18px 20px; }
.cg-dialog h2 { margin: 0 0 6px; font-size: 17px; }
.cg-dialog p { margin: 0 0 10px; color: var(--cg-muted); }
.cg-findings { margin: 0 0 14px; padding: 0; list-style: none; }
.cg-findings li { padding: 6px 0 6px 10px; border-left: 3px solid var(--cg-sev); margin: 6px 0; }
.cg-findings q { font-weight: 600; quotes: "“" "”"; word-break: break-all; }
.cg-dialog .cg-actions { justify-content: flex-end; }
.cg-notice { position: fixed; right: 16px; bottom: 16px; width: 340px; padding: 12px 14px; border-left: 4px solid var(--cg-block); display: flex; gap: 8px; align-items: flex-start; }
.cg-mirror { position: fixed; visibility: hidden; pointer-events: none; overflow: hidden; }
`;

/** Lives in the page's document (or the editor's shadow root): ::highlight() cannot be styled from ours. */
export const PAGE_HIGHLIGHT_CSS = `
::highlight(clinguard-block) { text-decoration: underline wavy #d93025; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(217, 48, 37, .12); }
::highlight(clinguard-warn) { text-decoration: underline wavy #c26400; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(226, 116, 0, .12); }
::highlight(clinguard-info) { text-decoration: underline dotted #1a73e8; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;
