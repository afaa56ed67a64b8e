/**
 * Every finding in one editor, opened from its badge (or Alt+Shift+L). A dialog holding a
 * listbox: Up/Down/Home/End move between findings (roving tabindex, so each is focusable),
 * Enter or Space opens that finding's card with its fix focused, Tab cycles inside, Esc returns
 * to the editor at the caret. The quoted draft text lives only here, in our closed shadow root.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { SEVERITY_LABEL } from '../labels';
import { trapTab } from './focus-trap';
import type { GuidanceTitles, PanelView } from './types';
import { usePopupPlace } from './use-popup-place';

interface Props {
  panel: PanelView;
  t: Translate;
  lang: UiLang;
  guidance: GuidanceTitles;
  onPick: (editorId: number, finding: Finding) => void;
  onClose: (refocusEditor: boolean) => void;
}

const MOVES: Readonly<Record<string, (at: number, n: number) => number>> = {
  ArrowDown: (at, n) => Math.min(at + 1, n - 1),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function FindingsPanel({ panel, t, lang, guidance, onPick, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const at = Math.min(active, panel.items.length - 1);
  usePopupPlace(ref, panel.anchor, panel.caret);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>(`#cg-option-${at}`)?.focus();
  }, [at, panel.editorId]);

  const onListKey = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      setActive(move(at, panel.items.length));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const item = panel.items[at];
      if (item) onPick(panel.editorId, item.finding);
    }
  };

  return (
    <div
      ref={ref}
      class="cg-panel"
      role="dialog"
      aria-modal="true"
      aria-labelledby="cg-panel-title"
      aria-describedby="cg-panel-hint"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose(true);
        } else trapTab(event, ref.current);
      }}
    >
      <div class="cg-panel-head">
        <h2 id="cg-panel-title">{t('panelTitle', { count: panel.items.length })}</h2>
        <button type="button" class="cg-close" aria-label={t('cardClose')} onClick={() => onClose(true)}>
          ×
        </button>
      </div>
      <p class="cg-panel-hint" id="cg-panel-hint">
        {t('panelHint')}
      </p>
      <ul class="cg-options" role="listbox" aria-label={t('panelListLabel')} onKeyDown={onListKey}>
        {panel.items.map((item, i) => {
          const f = item.finding;
          // The first citation is the rule's main source; the card lists them all (and so does the tooltip).
          const titles = f.guidance.map((id) => guidance[id]?.[lang]).filter((x): x is string => Boolean(x));
          return (
            <li
              key={`${f.rule}-${f.start}-${i}`}
              id={`cg-option-${i}`}
              class="cg-option"
              role="option"
              tabIndex={i === at ? 0 : -1}
              aria-selected={i === at}
              data-severity={f.severity}
              onClick={() => onPick(panel.editorId, f)}
              onFocus={() => setActive(i)}
            >
              <div class="cg-option-head">
                <span class="cg-sev">{t(SEVERITY_LABEL[f.severity])}</span>
                <q>{item.excerpt}</q>
              </div>
              <p class="cg-message">{f.message}</p>
              {titles.length > 0 && (
                <p class="cg-guide" title={titles.join('\n')}>
                  {t('panelGuide', { title: titles[0]! })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
