/**
 * The card for one highlighted span: what is wrong, why, and its fix. Placed below the span (or
 * above it when the viewport has no room), never on the span's own line, so it cannot cover the
 * caret. Esc closes it and hands focus back to the editor.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { FindingSummary } from './FindingSummary';
import type { CardView, GuidanceTitles } from './types';

interface Props {
  card: CardView;
  t: Translate;
  lang: UiLang;
  guidance: GuidanceTitles;
  onFix: (editorId: number, finding: Finding) => void;
  onClose: (refocusEditor: boolean) => void;
  onHover: (inside: boolean) => void;
}

const WIDTH = 340;
const GAP = 6;
/** Room the card needs below the span before it flips above. */
const ROOM_BELOW = 220;

export function SpanCard({ card, t, lang, guidance, onFix, onClose, onHover }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (card.takeFocus) ref.current?.querySelector<HTMLElement>('button.cg-primary, button')?.focus();
  }, [card.finding, card.takeFocus]);
  const { anchor, finding } = card;
  const view = ref.current?.ownerDocument.defaultView ?? null;
  const vw = view?.innerWidth ?? 1024;
  const vh = view?.innerHeight ?? 768;
  const left = Math.max(8, Math.min(anchor.left, vw - WIDTH - 8));
  const below = anchor.top + anchor.height + ROOM_BELOW < vh || anchor.top < ROOM_BELOW;
  const place = below ? { top: `${anchor.top + anchor.height + GAP}px` } : { bottom: `${vh - anchor.top + GAP}px` };
  const fix = finding.detail?.fix;
  return (
    <div
      ref={ref}
      class="cg-card"
      role="dialog"
      aria-labelledby="cg-card-head"
      data-severity={finding.severity}
      style={{ left: `${left}px`, ...place }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose(true);
        }
      }}
    >
      <FindingSummary finding={finding} t={t} lang={lang} guidance={guidance} headingId="cg-card-head" />
      <div class="cg-actions">
        {fix && (
          <button type="button" class="cg-button cg-primary" onClick={() => onFix(card.editorId, finding)}>
            {fix.kind === 'replace' ? t('cardFixReplace', { text: fix.text }) : fix.kind === 'remove' ? t('cardFixRemove') : t('cardFixReply')}
          </button>
        )}
        <button type="button" class="cg-button" onClick={() => onClose(true)}>
          {t('cardClose')}
        </button>
      </div>
    </div>
  );
}
