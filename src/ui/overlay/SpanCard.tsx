/**
 * The card for one highlighted span: what is wrong, why, and its fix. Placed below the span, or
 * above it when below has no room or would cover the caret (placement.ts). Tab stays inside; Esc
 * closes it and hands focus back to the editor at the caret.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { trapTab } from './focus-trap';
import { FindingSummary } from './FindingSummary';
import type { CardView, GuidanceTitles } from './types';
import { usePopupPlace } from './use-popup-place';

interface Props {
  card: CardView;
  t: Translate;
  lang: UiLang;
  guidance: GuidanceTitles;
  onFix: (editorId: number, finding: Finding) => void;
  onClose: (refocusEditor: boolean) => void;
  onHover: (inside: boolean) => void;
}

export function SpanCard({ card, t, lang, guidance, onFix, onClose, onHover }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (card.takeFocus) ref.current?.querySelector<HTMLElement>('button.cg-primary, button')?.focus();
  }, [card.finding, card.takeFocus]);
  usePopupPlace(ref, card.anchor, card.caret);
  const { finding } = card;
  const fix = finding.detail?.fix;
  return (
    <div
      ref={ref}
      class="cg-card"
      role="dialog"
      aria-labelledby="cg-card-head"
      data-severity={finding.severity}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onClose(true);
        } else trapTab(event, ref.current);
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
