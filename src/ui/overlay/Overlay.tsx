/** Everything ClinGuard draws on a page, from props; the content layer owns the state. */
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { Marks } from './Marks';
import { Notice } from './Notice';
import { SpanCard } from './SpanCard';
import type { CardView, DialogChoice, DialogView, EditorView, GuidanceTitles } from './types';

export interface OverlayProps {
  lang: UiLang;
  t: Translate;
  guidance: GuidanceTitles;
  editors: readonly EditorView[];
  card: CardView | null;
  dialog: DialogView | null;
  notice: string | null;
  onBadge: (editorId: number) => void;
  onFix: (editorId: number, finding: Finding) => void;
  onCloseCard: (refocusEditor: boolean) => void;
  onCardHover: (inside: boolean) => void;
  onDialogChoice: (choice: DialogChoice, reason?: string) => void;
  onCloseNotice: () => void;
}

export function Overlay(p: OverlayProps) {
  return (
    <div class="cg-root" lang={p.lang === 'zh' ? 'zh-CN' : 'en'} aria-label={p.t('overlayLabel')}>
      {p.editors.map((view) => (
        <Marks key={view.id} view={view} t={p.t} onBadge={p.onBadge} />
      ))}
      {p.card && (
        <SpanCard card={p.card} t={p.t} lang={p.lang} guidance={p.guidance} onFix={p.onFix} onClose={p.onCloseCard} onHover={p.onCardHover} />
      )}
      {p.dialog && <ConfirmDialog dialog={p.dialog} t={p.t} onChoice={p.onDialogChoice} />}
      {p.notice && <Notice text={p.notice} t={p.t} onClose={p.onCloseNotice} />}
    </div>
  );
}
