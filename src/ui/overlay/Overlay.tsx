/** Everything ClinGuard draws on a page, from props; the content layer owns the state. */
import type { Finding } from '../../engine/types';
import type { Translate, UiLang } from '../../i18n';
import { Badge } from './Badge';
import type { Scheme } from './color-scheme';
import { ConfirmDialog } from './ConfirmDialog';
import { FindingsPanel } from './FindingsPanel';
import { Marks } from './Marks';
import { Notice } from './Notice';
import { SpanCard } from './SpanCard';
import type { BadgeView, CardView, DialogChoice, DialogView, EditorView, GuidanceTitles, PanelView } from './types';

export interface OverlayProps {
  lang: UiLang;
  t: Translate;
  /** The page's scheme around the focused editor: our colours follow it. */
  scheme: Scheme;
  guidance: GuidanceTitles;
  editors: readonly EditorView[];
  badges: readonly BadgeView[];
  card: CardView | null;
  panel: PanelView | null;
  dialog: DialogView | null;
  notice: string | null;
  onBadge: (editorId: number) => void;
  onFix: (editorId: number, finding: Finding) => void;
  onCloseCard: (refocusEditor: boolean) => void;
  onCardHover: (inside: boolean) => void;
  onPanelPick: (editorId: number, finding: Finding) => void;
  onClosePanel: (refocusEditor: boolean) => void;
  onDialogChoice: (choice: DialogChoice, reason?: string) => void;
  onCloseNotice: () => void;
}

export function Overlay(p: OverlayProps) {
  return (
    <div class="cg-root" lang={p.lang === 'zh' ? 'zh-CN' : 'en'} data-scheme={p.scheme} aria-label={p.t('overlayLabel')}>
      {p.editors.map((view) => (
        <Marks key={view.id} view={view} />
      ))}
      {p.badges.map((badge) => (
        <Badge key={badge.editorId} badge={badge} t={p.t} open={p.panel?.editorId === badge.editorId} onOpen={p.onBadge} />
      ))}
      {p.panel && !p.card && (
        <FindingsPanel panel={p.panel} t={p.t} lang={p.lang} guidance={p.guidance} onPick={p.onPanelPick} onClose={p.onClosePanel} />
      )}
      {p.card && (
        <SpanCard card={p.card} t={p.t} lang={p.lang} guidance={p.guidance} onFix={p.onFix} onClose={p.onCloseCard} onHover={p.onCardHover} />
      )}
      {p.dialog && <ConfirmDialog dialog={p.dialog} t={p.t} onChoice={p.onDialogChoice} />}
      {p.notice && <Notice text={p.notice} t={p.t} onClose={p.onCloseNotice} />}
    </div>
  );
}
